import type { Calculator } from '../../arith/calculator.js';
import type { Pp46Params } from './params.js';

/** Result of {@link capaianWaktuPp46} / {@link capaianBiayaPp46}, all values exact. */
export interface EfisiensiPp46<T> {
  /** The score after the optional clamp at 0. */
  readonly nilai: T;
  /** Efficiency `E = 100 − R / T × 100` in percent (negative when late / over budget). */
  readonly efisiensi: T;
  /** 1 when `E ≤ 24`, 2 when `E > 24` (exact comparison). */
  readonly cabang: 1 | 2;
  /** The formula's value before the clamp. */
  readonly mentah: T;
  /** The formula went below 0, so the UNCERTAIN `clampNegatif` reading decided the value. */
  readonly clampDipakai: boolean;
  /** The value was raised to 0 by the clamp. */
  readonly dijepit: boolean;
}

/**
 * Efficiency of a waktu or biaya realisasi, `E = 100 − (R / T × 100)` percent, exact.
 *
 * Computed exactly: with IEEE-754 doubles `100 − 9.12 / 12 × 100` is `24.000000000000004`,
 * which would wrongly push the exact edge case E = 24 into the second formula.
 *
 * @example
 * ```ts
 * import { decimalCalculator as c } from '@kinerja/core';
 * c.toString(efisiensiPp46(c, c.from(12), c.from('9.12'))); // '24'
 * ```
 */
export function efisiensiPp46<T>(c: Calculator<T>, target: T, realisasi: T): T {
  return efisiensiDengan(c, target, realisasi, c.from(100));
}

function efisiensiDengan<T>(c: Calculator<T>, target: T, realisasi: T, hundred: T): T {
  return c.sub(hundred, c.mul(c.div(realisasi, target), hundred));
}

/**
 * Score of a waktu or biaya aspect under Perka BKN 1/2013 (nilai tertimbang 1.76):
 *
 * - `E ≤ 24` (rumus 1): `((1.76 × T − R) / T) × 100`; R = T gives exactly 76, R = 0.76 T
 *   gives exactly 100, late delivery (R > T) gives less than 76;
 * - `E > 24` (rumus 2): `76 − ((((1.76 × T − R) / T) × 100) − 100)`, penalising an
 *   unrealistically short realisasi (R = 0.5 T → 50). The division is by the TARGET; some
 *   public repositories divide by R in the biaya branch, which is a bug.
 *
 * The edge is compared exactly (`≤`), so TW = 12, RW = 9.12 gives 100.00, not 76.
 * With `clampNegatif` (UNCERTAIN, default true) a value below 0 (R > 1.76 T) becomes 0.
 * The caller guarantees `target > 0` and `realisasi ≥ 0`.
 *
 * @example
 * ```ts
 * import { decimalCalculator as c, pp46_2011 } from '@kinerja/core';
 * const w = capaianWaktuPp46(c, c.from(12), c.from('9.12'), pp46_2011.params);
 * c.toString(w.nilai); // '100'
 * w.cabang; // 1
 * c.toString(capaianWaktuPp46(c, c.from(12), c.from(9), pp46_2011.params).nilai); // '75'
 * ```
 */
export function capaianWaktuPp46<T>(
  c: Calculator<T>,
  target: T,
  realisasi: T,
  params: Pp46Params,
): EfisiensiPp46<T> {
  return efisiensiInti(
    c,
    target,
    realisasi,
    c.from(params.nilaiTertimbang.value),
    c.from(params.batasEfisiensi.value),
    c.from(params.basisCabang2.value),
    params.clampNegatif.value,
    c.from(0),
    c.from(100),
  );
}

/**
 * {@link capaianWaktuPp46} with the ruleset numbers already parsed (the scorer passes them
 * from its per-ruleset cache). Internal: the single place where the formula is written.
 */
export function efisiensiInti<T>(
  c: Calculator<T>,
  target: T,
  realisasi: T,
  nt: T,
  batas: T,
  basis: T,
  clamp: boolean,
  zero: T,
  hundred: T,
): EfisiensiPp46<T> {
  const efisiensi = efisiensiDengan(c, target, realisasi, hundred);
  const cabang: 1 | 2 = c.cmp(efisiensi, batas) <= 0 ? 1 : 2;
  // ((NT × T − R) / T) × 100 — always over T, in both branches.
  const rumus1 = c.mul(c.div(c.sub(c.mul(nt, target), realisasi), target), hundred);
  const mentah = cabang === 1 ? rumus1 : c.sub(basis, c.sub(rumus1, hundred));
  const negatif = c.cmp(mentah, zero) < 0;
  const dijepit = negatif && clamp;
  return {
    nilai: dijepit ? zero : mentah,
    efisiensi,
    cabang,
    mentah,
    clampDipakai: negatif,
    dijepit,
  };
}

/**
 * Score of the biaya aspect: the same formula as {@link capaianWaktuPp46} with TB/RB
 * (`((1.76 × TB − RB) / TB) × 100` when `E_b ≤ 24`, else `76 − (… − 100)`, always over TB).
 *
 * @example
 * ```ts
 * import { decimalCalculator as c, pp46_2011 } from '@kinerja/core';
 * c.toString(capaianBiayaPp46(c, c.from(1000000), c.from(1000000), pp46_2011.params).nilai); // '76'
 * ```
 */
export function capaianBiayaPp46<T>(
  c: Calculator<T>,
  target: T,
  realisasi: T,
  params: Pp46Params,
): EfisiensiPp46<T> {
  return capaianWaktuPp46(c, target, realisasi, params);
}
