import type { Text } from '../../i18n/text.js';
import { normalSf } from '../distributions/dist.js';
import { BIAS_MESSAGES as M } from '../messages.js';
import { fisherMean, mean, pAdjust, pearson, sd } from '../stats.js';
import { type DimensionRating, groupBy, type RaterOptions } from './types.js';

/** Halo indices of one rater. */
export interface RaterHalo {
  readonly rater: string;
  /** Ratees with at least two rated dimensions. */
  readonly n: number;
  readonly suppressed: boolean;
  /** Why the rater is suppressed (too few ratees). */
  readonly reason?: Text;
  /** h_j: mean inter-dimension correlation across the rater's ratees (Fisher z average). */
  readonly meanCorrelation?: number;
  /** HSD_j: mean over ratees of the SD across dimensions (lower = more halo). */
  readonly meanWithinSd?: number;
  /** h_j minus the organisation's h. */
  readonly excessCorrelation?: number;
  /** Share of the organisation's ratees whose within-ratee SD is ≤ this rater's HSD. */
  readonly withinSdPercentile?: number;
  /**
   * Approximate one-sided p of h_j > h_org: (atanh h_j − atanh h_org)·√(n_j − 3) against the
   * normal. An average of correlations is not a single correlation, so treat it as a screen.
   */
  readonly p?: number;
  readonly pAdjusted?: number;
  readonly flag?: 'HALO';
}

/** Result of {@link halo}. */
export interface HaloResult {
  readonly dimensions: readonly string[];
  readonly orgMeanCorrelation: number;
  readonly orgMeanWithinSd: number;
  readonly raters: readonly RaterHalo[];
}

function meanPairCorrelation(
  rows: readonly ReadonlyMap<string, number>[],
  dims: readonly string[],
): number {
  const rs: number[] = [];
  for (let a = 0; a < dims.length; a++) {
    for (let b = a + 1; b < dims.length; b++) {
      const x: number[] = [];
      const y: number[] = [];
      for (const r of rows) {
        const va = r.get(dims[a] as string);
        const vb = r.get(dims[b] as string);
        if (va !== undefined && vb !== undefined) {
          x.push(va);
          y.push(vb);
        }
      }
      if (x.length >= 3) rs.push(pearson(x, y));
    }
  }
  return fisherMean(rs);
}

/**
 * Halo per rater (methods.md §2.3): the mean inter-dimension correlation over the rater's
 * ratees, averaged through Fisher z and compared with the organisation's (org-wide true
 * correlations are not zero, so only the EXCESS is flagged), and the mean within-ratee SD
 * across dimensions (Saal et al. 1980) with its percentile among all ratees.
 *
 * @example
 * ```ts
 * const dims = ['AKUNTABEL', 'KOMPETEN', 'HARMONIS'];
 * const recs = Array.from({ length: 6 }, (_, i) =>
 *   dims.map((dimension, d) => ({ rater: 'A', ratee: `p${i}`, dimension, value: 60 + 5 * i + d })),
 * ).flat();
 * halo(recs).raters[0]?.meanCorrelation; // ≈ 1 (every dimension moves together)
 * ```
 */
export function halo(records: readonly DimensionRating[], opts: RaterOptions = {}): HaloResult {
  const minPerRater = opts.minPerRater ?? 5;
  const alpha = opts.alpha ?? 0.05;
  const correction = opts.correction ?? 'holm';
  const dims = [...new Set(records.map((r) => r.dimension))].sort();
  const rowsOf = (rs: readonly DimensionRating[]) =>
    [...groupBy(rs, (r) => `${r.rater}\u0000${r.ratee}`).values()]
      .map((g) => new Map(g.map((r) => [r.dimension, r.value])))
      .filter((m) => m.size >= 2);
  const allRows = rowsOf(records);
  const orgH = meanPairCorrelation(allRows, dims);
  const allSds = allRows.map((m) => sd([...m.values()]));
  const orgHsd = mean(allSds);
  const rows = [...groupBy(records, (r) => r.rater).entries()].map(([rater, rs]) => {
    const mine = rowsOf(rs);
    const n = mine.length;
    if (n < minPerRater) {
      return {
        rater,
        n,
        suppressed: true as const,
        reason: M.text('SUPPRESSED_RATER', { min: minPerRater }),
      };
    }
    const h = meanPairCorrelation(mine, dims);
    const hsd = mean(mine.map((m) => sd([...m.values()])));
    const zstat =
      n > 3 && !Number.isNaN(h) && !Number.isNaN(orgH)
        ? (Math.atanh(Math.min(0.999999, h)) - Math.atanh(Math.min(0.999999, orgH))) *
          Math.sqrt(n - 3)
        : Number.NaN;
    return {
      rater,
      n,
      suppressed: false as const,
      meanCorrelation: h,
      meanWithinSd: hsd,
      excessCorrelation: h - orgH,
      withinSdPercentile: allSds.filter((s) => s <= hsd).length / allSds.length,
      p: Number.isNaN(zstat) ? Number.NaN : normalSf(zstat),
    };
  });
  const adj = pAdjust(
    rows.map((r) => (r.suppressed ? Number.NaN : r.p)),
    correction,
  );
  return {
    dimensions: dims,
    orgMeanCorrelation: orgH,
    orgMeanWithinSd: orgHsd,
    raters: rows.map((r, i): RaterHalo => {
      if (r.suppressed) return r;
      const pAdjusted = adj[i] as number;
      return { ...r, pAdjusted, ...(pAdjusted < alpha ? { flag: 'HALO' as const } : {}) };
    }),
  };
}
