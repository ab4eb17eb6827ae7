import type { Calculator } from '../../arith/calculator.js';

/**
 * PP 46/2011 capaian of the kuantitas (output) aspect: `RO / TO × 100`, exact.
 * The caller guarantees `target > 0` (a target of 0 is excluded or rejected before).
 *
 * @example
 * ```ts
 * import { decimalCalculator as c } from '@kinerja/core';
 * c.toString(capaianKuantitasPp46(c, c.from(12), c.from(12))); // '100'
 * c.toString(capaianKuantitasPp46(c, c.from(12), c.from(9))); // '75'
 * ```
 */
export function capaianKuantitasPp46<T>(c: Calculator<T>, target: T, realisasi: T): T {
  return capaianKuantitasPp46Dengan(c, target, realisasi, c.from(100));
}

/** {@link capaianKuantitasPp46} with the constant 100 already parsed (internal). */
export function capaianKuantitasPp46Dengan<T>(
  c: Calculator<T>,
  target: T,
  realisasi: T,
  hundred: T,
): T {
  return c.mul(c.div(realisasi, target), hundred);
}
