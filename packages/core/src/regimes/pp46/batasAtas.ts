import type { Calculator } from '../../arith/calculator.js';
import type { Pp46Params } from './params.js';

/** Result of {@link batasAtasCapaianPp46}. */
export interface BatasAtasPp46<T> {
  /** The capaian after the cap (unchanged when there is no cap or it is not reached). */
  readonly nilai: T;
  /** The capaian exceeds 100 % or the cap, so the UNCERTAIN cap reading decided the value. */
  readonly dipakai: boolean;
  /** The cap was applied (value lowered). */
  readonly dipotong: boolean;
}

/**
 * Applies the `batasAtasKuantitasKualitas` reading to a kuantitas or kualitas capaian. The
 * default (`null`) keeps over-achievement (e.g. 120 %): no cap was seen in Perka BKN 1/2013.
 * `dipakai` tells the scorer that the reading mattered (capaian above 100 % or above the cap).
 *
 * @example
 * ```ts
 * import { decimalCalculator as c, pp46_2011 } from '@kinerja/core';
 * const p = pp46_2011.params;
 * c.toString(batasAtasCapaianPp46(c, c.from(120), p).nilai); // '120' (no cap by default)
 * const capped = { ...p, batasAtasKuantitasKualitas: { ...p.batasAtasKuantitasKualitas, value: '100' } };
 * c.toString(batasAtasCapaianPp46(c, c.from(120), capped).nilai); // '100'
 * ```
 */
export function batasAtasCapaianPp46<T>(
  c: Calculator<T>,
  capaian: T,
  params: Pp46Params,
): BatasAtasPp46<T> {
  const cap = params.batasAtasKuantitasKualitas.value;
  return batasAtasInti(c, capaian, cap === null ? null : c.from(cap), c.from(100));
}

/** {@link batasAtasCapaianPp46} with the cap already parsed (internal, used by the scorer). */
export function batasAtasInti<T>(
  c: Calculator<T>,
  capaian: T,
  cap: T | null,
  hundred: T,
): BatasAtasPp46<T> {
  if (cap !== null && c.cmp(capaian, cap) > 0) return { nilai: cap, dipakai: true, dipotong: true };
  return { nilai: capaian, dipakai: c.cmp(capaian, hundred) > 0, dipotong: false };
}
