import type { Text } from '../../i18n/text.js';
import { betaInc, fCdf, fSf } from '../distributions/index.js';
import { BIAS_MESSAGES as M } from '../messages.js';
import { complementMoments, mean, median, pAdjust, variance, welchTFromMoments } from '../stats.js';
import { groupBy, type RaterOptions, type RatingRecord } from './types.js';

/** Spread of one rater's ratings. */
export interface RaterSpread {
  readonly rater: string;
  readonly n: number;
  readonly suppressed: boolean;
  /** Why the rater is suppressed (fewer than `minPerRater` ratings). */
  readonly reason?: Text;
  readonly sd?: number;
  /** RR_j = s_j / s_pooled (below 1: narrower than the organisation). */
  readonly rangeRatio?: number;
  /** F = s_j² / s_{−j}², two-sided p; NaN when s_{−j} = 0. */
  readonly f?: number;
  readonly fDf?: readonly [number, number];
  readonly fP?: number;
  /**
   * Brown–Forsythe test (robust to non-normal, discrete ratings): Welch t of |y − median| of
   * this rater's ratings against the other raters' |y − their own median|; two-sided p. The
   * range-restriction flag uses this p (the F test is kept as the classical reference).
   */
  readonly bfT?: number;
  readonly bfP?: number;
  readonly bfPAdjusted?: number;
  /** Share of ratings in the middle category/categories, and the one-sided exact binomial p
   * of getting at least that many when the organisation's share applies. */
  readonly midShare?: number;
  readonly midP?: number;
  readonly midPAdjusted?: number;
  /** Scale-use entropy −Σ p_k ln p_k. */
  readonly entropy?: number;
  /** Every ratee got the same rating (s_j = 0): reported directly, nothing divided. */
  readonly noDifferentiation?: boolean;
  readonly flags?: readonly ('RANGE_RESTRICTION' | 'CENTRAL_TENDENCY' | 'NO_DIFFERENTIATION')[];
}

/** Result of {@link raterSpread}. */
export interface SpreadResult {
  readonly pooledSd: number;
  readonly orgMidShare: number;
  readonly middle: readonly number[];
  readonly raters: readonly RaterSpread[];
}

/** P(X ≥ x) for X ~ Binomial(n, p), exactly through the incomplete beta. */
function binomialUpper(x: number, n: number, p: number): number {
  if (x <= 0) return 1;
  if (x > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  return betaInc(p, x, n - x + 1);
}

/**
 * Range restriction and central tendency per rater (methods.md §2.2): RR_j = s_j / s_pooled
 * with the two-sided F test of s_j² against the other raters' ratings, the share of ratings in
 * the middle of the scale against the organisation's share (exact binomial), scale-use
 * entropy, and the degenerate "no differentiation" case (s_j = 0). Range restriction is flagged
 * when RR_j < 1 and the Brown–Forsythe adjusted p < alpha; central tendency when the middle
 * share is above the organisation's with adjusted p < alpha and RR_j < 1.
 *
 * @example
 * ```ts
 * const recs = [
 *   ...[1, 2, 3, 4, 5, 1, 2, 3, 4, 5].map((value, i) => ({ rater: 'A', ratee: `a${i}`, value })),
 *   ...[3, 3, 3, 3, 3, 3].map((value, i) => ({ rater: 'B', ratee: `b${i}`, value })),
 * ];
 * raterSpread(recs, { middle: [3] }).raters[1]?.noDifferentiation; // true
 * ```
 */
export function raterSpread(
  records: readonly RatingRecord[],
  opts: RaterOptions & { middle?: readonly number[] } = {},
): SpreadResult {
  const minPerRater = opts.minPerRater ?? 5;
  const alpha = opts.alpha ?? 0.05;
  const correction = opts.correction ?? 'holm';
  const values = records.map((r) => r.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const middle = opts.middle ?? (Number.isInteger((lo + hi) / 2) ? [(lo + hi) / 2] : []);
  const isMid = (v: number) => middle.includes(v);
  const orgMidShare = values.length ? values.filter(isMid).length / values.length : Number.NaN;
  const byRater = groupBy(records, (r) => r.rater);
  let num = 0;
  let den = 0;
  for (const rs of byRater.values()) {
    if (rs.length < 2) continue;
    num += (rs.length - 1) * variance(rs.map((r) => r.value));
    den += rs.length - 1;
  }
  const pooledSd = den > 0 ? Math.sqrt(num / den) : Number.NaN;
  const deviations = new Map<string, number[]>();
  for (const [rater, rs] of byRater) {
    const vs = rs.map((r) => r.value);
    const m = median(vs);
    deviations.set(
      rater,
      vs.map((v) => Math.abs(v - m)),
    );
  }
  // Sums over everyone, shifted by the overall mean, so that "all other raters" is the whole
  // minus one rater in O(1) instead of a pass over every record per rater.
  const shifted = (xs: readonly number[], c: number) => {
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < xs.length; i++) {
      const d = (xs[i] as number) - c;
      s1 += d;
      s2 += d * d;
    }
    return { n: xs.length, s1, s2 };
  };
  const cValue = mean(values);
  const allValues = shifted(values, cValue);
  const allDevs: number[] = [];
  for (const d of deviations.values()) for (const x of d) allDevs.push(x);
  const cDev = mean(allDevs);
  const allDeviations = shifted(allDevs, cDev);
  const rows = [...byRater.entries()].map(([rater, rs]) => {
    const n = rs.length;
    if (n < minPerRater) {
      return {
        rater,
        n,
        suppressed: true as const,
        reason: M.text('SUPPRESSED_RATER', { min: minPerRater }),
      };
    }
    const mine = rs.map((r) => r.value);
    const others = complementMoments(cValue, allValues, shifted(mine, cValue));
    const vj = variance(mine);
    const vo = others.variance;
    const sdj = Math.sqrt(vj);
    const d1 = n - 1;
    const d2 = others.n - 1;
    const f = vo > 0 ? vj / vo : Number.NaN;
    const fP =
      Number.isNaN(f) || d2 < 1
        ? Number.NaN
        : Math.min(1, 2 * Math.min(fCdf(f, d1, d2), fSf(f, d1, d2)));
    const medJ = median(mine);
    const devJ = mine.map((v) => Math.abs(v - medJ));
    const devO = complementMoments(cDev, allDeviations, shifted(devJ, cDev));
    const bf = welchTFromMoments({ n, mean: mean(devJ), variance: variance(devJ) }, devO);
    const midCount = mine.filter(isMid).length;
    const counts = new Map<number, number>();
    for (const v of mine) counts.set(v, (counts.get(v) ?? 0) + 1);
    let entropy = 0;
    for (const c of counts.values()) entropy -= (c / n) * Math.log(c / n);
    return {
      rater,
      n,
      suppressed: false as const,
      sd: sdj,
      rangeRatio: pooledSd > 0 ? sdj / pooledSd : Number.NaN,
      f,
      fDf: [d1, d2] as const,
      fP,
      bfT: bf.t,
      bfP: bf.p,
      midShare: midCount / n,
      midP: middle.length ? binomialUpper(midCount, n, orgMidShare) : Number.NaN,
      entropy: entropy === 0 ? 0 : entropy,
      noDifferentiation: vj === 0,
    };
  });
  const fAdj = pAdjust(
    rows.map((r) => (r.suppressed ? Number.NaN : r.bfP)),
    correction,
  );
  const mAdj = pAdjust(
    rows.map((r) => (r.suppressed ? Number.NaN : r.midP)),
    correction,
  );
  return {
    pooledSd,
    orgMidShare,
    middle,
    raters: rows.map((r, i): RaterSpread => {
      if (r.suppressed) return r;
      const bfPAdjusted = fAdj[i] as number;
      const midPAdjusted = mAdj[i] as number;
      const flags: ('RANGE_RESTRICTION' | 'CENTRAL_TENDENCY' | 'NO_DIFFERENTIATION')[] = [];
      if (r.noDifferentiation) flags.push('NO_DIFFERENTIATION');
      else if (r.rangeRatio < 1 && bfPAdjusted < alpha) flags.push('RANGE_RESTRICTION');
      if (
        !r.noDifferentiation &&
        r.rangeRatio < 1 &&
        midPAdjusted < alpha &&
        r.midShare > orgMidShare
      ) {
        flags.push('CENTRAL_TENDENCY');
      }
      return { ...r, bfPAdjusted, midPAdjusted, flags };
    }),
  };
}
