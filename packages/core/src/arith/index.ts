export * from './calculator.js';
export { D, type Dec, decimalCalculator, toDec } from './decimal.js';
export { type FloatVal, floatCalculator } from './float.js';
