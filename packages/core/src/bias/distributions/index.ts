export * from './dist.js';
export { betaInc, betaIncInv, gammaP, gammaQ, lgamma } from './special.js';
