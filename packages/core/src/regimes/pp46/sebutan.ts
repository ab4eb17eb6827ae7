import type { Calculator } from '../../arith/calculator.js';
import type { SebutanPp46 } from '../../codes.js';
import type { BoundaryMode } from '../../ruleset/types.js';
import { nilaiPembandingPp46 } from './batas.js';
import type { Pp46Params } from './params.js';

/** Result of {@link sebutanPp46}. */
export interface SebutanPp46Result {
  readonly code: SebutanPp46;
  /** The band chosen under the other boundary mode. */
  readonly codeLain: SebutanPp46;
  /** The UNCERTAIN boundary mode decided the band (the other mode gives another one). */
  readonly modeMenentukan: boolean;
}

/**
 * Sebutan (category) of a nilai prestasi kerja: bands scanned best first, each lower bound
 * inclusive (Sangat Baik ≥ 91, Baik ≥ 76, Cukup ≥ 61, Kurang ≥ 51, else Buruk). The text gives
 * integer ranges only; `batasSebutan` (UNCERTAIN) decides non-integer values: exact
 * comparison (`LOWER_INCLUSIVE`, 90.99 → Baik) or rounding to `dp` decimals first
 * (`ROUND_THEN_COMPARE`, 90.995 → 91.00 → Sangat Baik).
 *
 * @example
 * ```ts
 * import { decimalCalculator as c, pp46_2011 } from '@kinerja/core';
 * sebutanPp46(c, c.from('90.99'), pp46_2011.params, 2).code; // 'BAIK'
 * sebutanPp46(c, c.from(91), pp46_2011.params, 2).code; // 'SANGAT_BAIK'
 * ```
 */
export function sebutanPp46<T>(
  c: Calculator<T>,
  nilai: T,
  params: Pp46Params,
  dp: number,
): SebutanPp46Result {
  const bands = params.sebutan.value.map((b) => ({
    code: b.code,
    min: b.min === null ? null : c.from(b.min),
  }));
  return sebutanInti(c, nilai, bands, params.batasSebutan.value, dp);
}

function bandInti<T>(
  c: Calculator<T>,
  x: T,
  bands: readonly { readonly code: SebutanPp46; readonly min: T | null }[],
): SebutanPp46 {
  for (const b of bands) {
    if (b.min === null || c.cmp(x, b.min) >= 0) return b.code;
  }
  // Validated rulesets end with a band without lower bound.
  const last = bands[bands.length - 1];
  if (!last) throw new TypeError('sebutanPp46: the ruleset has no sebutan band');
  return last.code;
}

/** {@link sebutanPp46} on parsed bands (internal, used by the scorer). */
export function sebutanInti<T>(
  c: Calculator<T>,
  nilai: T,
  bands: readonly { readonly code: SebutanPp46; readonly min: T | null }[],
  mode: BoundaryMode,
  dp: number,
): SebutanPp46Result {
  const other: BoundaryMode = mode === 'LOWER_INCLUSIVE' ? 'ROUND_THEN_COMPARE' : 'LOWER_INCLUSIVE';
  const code = bandInti(c, nilaiPembandingPp46(c, nilai, mode, dp), bands);
  const codeLain = bandInti(c, nilaiPembandingPp46(c, nilai, other, dp), bands);
  return { code, codeLain, modeMenentukan: code !== codeLain };
}
