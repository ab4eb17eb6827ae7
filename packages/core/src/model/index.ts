export * from './appraisal.js';
export * from './pegawai.js';
export * from './perilaku.js';
export * from './periode.js';
export * from './primitives.js';
export * from './quantity.js';
export * from './skp.js';
