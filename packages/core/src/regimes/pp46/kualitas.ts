import type { Calculator } from '../../arith/calculator.js';

/**
 * PP 46/2011 capaian of the kualitas (mutu) aspect: `RK / TK × 100`, exact. TK is normally
 * 100 and RK is chosen on the kualitas scale (91–100 no errors … ≤ 50 many errors).
 * The caller guarantees `target > 0`.
 *
 * @example
 * ```ts
 * import { decimalCalculator as c } from '@kinerja/core';
 * c.toString(capaianKualitasPp46(c, c.from(100), c.from(90))); // '90'
 * ```
 */
export function capaianKualitasPp46<T>(c: Calculator<T>, target: T, realisasi: T): T {
  return capaianKualitasPp46Dengan(c, target, realisasi, c.from(100));
}

/** {@link capaianKualitasPp46} with the constant 100 already parsed (internal). */
export function capaianKualitasPp46Dengan<T>(
  c: Calculator<T>,
  target: T,
  realisasi: T,
  hundred: T,
): T {
  return c.mul(c.div(realisasi, target), hundred);
}
