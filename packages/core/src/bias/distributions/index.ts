/**
 * Distribution functions for p-values and confidence intervals: normal, Student t, F,
 * chi-square and hypergeometric, with the special functions behind them.
 *
 * Implemented in-house with zero runtime dependencies instead of wrapping `jstat`: jstat ships
 * no TypeScript types (a local `.d.ts` would be needed), and `@stdlib` pulls in about 220
 * packages per function. The implementation is about 300 lines, deterministic, and pinned by
 * the scipy spot values of methods.md §5.9 to 1e-10 relative (see `dist.test.ts`).
 *
 * @module
 */
export * from './dist.js';
export { betaInc, betaIncInv, gammaP, gammaQ, lgamma } from './special.js';
