export { type FloatVal, floatCalculator } from './core.js';
