export { type FloatArena, floatArena } from './core.js';
