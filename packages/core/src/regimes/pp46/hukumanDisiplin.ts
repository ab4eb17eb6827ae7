import type { Calculator } from '../../arith/calculator.js';
import type { BoundaryMode } from '../../ruleset/types.js';
import { nilaiPembandingPp46 } from './batas.js';
import type { Pp46Params } from './params.js';

/** Result of {@link hukumanDisiplinPp46}. */
export interface HukumanDisiplinPp46 {
  /** Nilai SKP below `batasHukdis` (50): disciplinary punishment. */
  readonly flag: boolean;
  /** The UNCERTAIN boundary mode decided the flag (the other mode says otherwise). */
  readonly modeMenentukan: boolean;
}

/**
 * "Nilai SKP tidak mencapai 50 %" → hukuman disiplin (Perka BKN 1/2013 deck): flagged when
 * nilai SKP < 50, compared under the same boundary mode as the sebutan (exact by default,
 * so 49.999 is flagged; with `ROUND_THEN_COMPARE` a value reported as 50.00 is not).
 *
 * @example
 * ```ts
 * import { decimalCalculator as c, pp46_2011 } from '@kinerja/core';
 * hukumanDisiplinPp46(c, c.from('49.99'), pp46_2011.params, 2).flag; // true
 * hukumanDisiplinPp46(c, c.from(50), pp46_2011.params, 2).flag; // false
 * ```
 */
export function hukumanDisiplinPp46<T>(
  c: Calculator<T>,
  nilaiSkp: T,
  params: Pp46Params,
  dp: number,
): HukumanDisiplinPp46 {
  return hukumanDisiplinInti(
    c,
    nilaiSkp,
    c.from(params.batasHukdis.value),
    params.batasSebutan.value,
    dp,
  );
}

/** {@link hukumanDisiplinPp46} with the threshold already parsed (internal). */
export function hukumanDisiplinInti<T>(
  c: Calculator<T>,
  nilaiSkp: T,
  batas: T,
  mode: BoundaryMode,
  dp: number,
): HukumanDisiplinPp46 {
  const other: BoundaryMode = mode === 'LOWER_INCLUSIVE' ? 'ROUND_THEN_COMPARE' : 'LOWER_INCLUSIVE';
  const flag = c.cmp(nilaiPembandingPp46(c, nilaiSkp, mode, dp), batas) < 0;
  const flagLain = c.cmp(nilaiPembandingPp46(c, nilaiSkp, other, dp), batas) < 0;
  return { flag, modeMenentukan: flag !== flagLain };
}
