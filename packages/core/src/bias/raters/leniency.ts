import type { Text } from '../../i18n/text.js';
import { tTwoSided } from '../distributions/dist.js';
import { BIAS_MESSAGES as M } from '../messages.js';
import {
  type AnovaResult,
  complementMoments,
  mean,
  oneWayAnova,
  pAdjust,
  variance,
  welchTFromMoments,
} from '../stats.js';
import { fitAdditiveModelOn, raterComponents } from './model.js';
import { groupBy, type RaterOptions, type RatingRecord } from './types.js';

/** Leniency/severity of one rater. */
export interface RaterLeniency {
  readonly rater: string;
  readonly n: number;
  /** Fewer than `minPerRater` ratings: nothing else is reported for this rater. */
  readonly suppressed: boolean;
  /** Why the rater is suppressed (fewer than `minPerRater` ratings). */
  readonly reason?: Text;
  readonly mean?: number;
  /** Raw index L_j = ȳ_j − ȳ (grand mean). */
  readonly index?: number;
  /** L_j / s_pooled. */
  readonly standardized?: number;
  /** Welch t of this rater's ratings against all other ratings. */
  readonly welch?: { readonly t: number; readonly df: number; readonly p: number };
  /**
   * Contrast t of the same difference with the pooled within-rater SD (df Σ(n_j − 1)). Welch
   * breaks down when a small team's ratings are all equal (s_j = 0), so the raw method flags
   * only when BOTH tests agree (p = max of the two).
   */
  readonly pooled?: { readonly t: number; readonly df: number; readonly p: number };
  /** Additive-model effect b̂_j with SE and t (only when the graph is connected). */
  readonly model?: {
    readonly effect: number;
    readonly se: number;
    readonly t: number;
    readonly df: number;
    readonly p: number;
  };
  /** p of the method used (model when available, else Welch), adjusted across raters. */
  readonly p?: number;
  readonly pAdjusted?: number;
  /** Direction when significant after adjustment. */
  readonly flag?: 'LENIENT' | 'SEVERE';
}

/** Result of {@link leniency}. */
export interface LeniencyResult {
  /** `model`: additive-model effects (raters share ratees, graph connected); `raw`: rater means. */
  readonly method: 'model' | 'raw';
  /** Why the model was not used, when it was not. */
  readonly rawReason?: 'DISCONNECTED' | 'NO_RESIDUAL_DF' | 'SINGULAR' | 'EMPTY';
  readonly components: number;
  readonly n: number;
  readonly grandMean: number;
  readonly pooledSd: number;
  /** One-way ANOVA across the reportable raters. */
  readonly omnibus: AnovaResult;
  readonly correction: 'holm' | 'BH' | 'none';
  readonly alpha: number;
  readonly raters: readonly RaterLeniency[];
}

/**
 * Leniency and severity of raters (Saal, Downey & Lahey 1980; methods.md §2.1): raw index
 * ȳ_j − ȳ and its standardized form, a per-rater Welch t against all other ratings, an
 * omnibus one-way ANOVA, and — when raters share ratees and the rater–ratee graph is connected
 * — the additive-model effect b̂_j/SE, which does not confound leniency with team quality.
 * p-values are adjusted across reportable raters (Holm by default). Raters with fewer than
 * `minPerRater` (default 5) ratings are suppressed.
 *
 * @example
 * ```ts
 * const recs = ['A', 'B', 'C'].flatMap((rater, k) =>
 *   Array.from({ length: 8 }, (_, i) => ({ rater, ratee: `${rater}${i}`, value: 3 + (i % 2) + (k === 0 ? 1 : 0) })),
 * );
 * leniency(recs).raters[0]?.flag; // 'LENIENT'
 * ```
 */
export function leniency(
  records: readonly RatingRecord[],
  opts: RaterOptions = {},
): LeniencyResult {
  const minPerRater = opts.minPerRater ?? 5;
  const alpha = opts.alpha ?? 0.05;
  const correction = opts.correction ?? 'holm';
  const all = records.map((r) => r.value);
  const grandMean = mean(all);
  const byRater = groupBy(records, (r) => r.rater);
  let num = 0;
  let den = 0;
  for (const rs of byRater.values()) {
    if (rs.length < 2) continue;
    num += (rs.length - 1) * variance(rs.map((r) => r.value));
    den += rs.length - 1;
  }
  const pooledSd = den > 0 ? Math.sqrt(num / den) : Number.NaN;
  const comps = raterComponents(records);
  const model = fitAdditiveModelOn(records, comps);
  const modelByRater = model.ok ? new Map(model.raters.map((r) => [r.rater, r])) : undefined;
  const reportable = [...byRater.entries()].filter(([, rs]) => rs.length >= minPerRater);
  const omnibus = oneWayAnova(reportable.map(([, rs]) => rs.map((r) => r.value)));
  // "All other raters" as the whole minus one rater (shifted sums, see complementMoments).
  const c = mean(all);
  const shifted = (xs: readonly number[]) => {
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < xs.length; i++) {
      const d = (xs[i] as number) - c;
      s1 += d;
      s2 += d * d;
    }
    return { n: xs.length, s1, s2 };
  };
  const whole = shifted(all);
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
    const others = complementMoments(c, whole, shifted(mine));
    const m = mean(mine);
    const w = welchTFromMoments({ n, mean: m, variance: variance(mine) }, others);
    const no = others.n;
    const pt =
      pooledSd > 0 && no > 0
        ? (m - others.mean) / (pooledSd * Math.sqrt(1 / n + 1 / no))
        : Number.NaN;
    const pooled = { t: pt, df: den, p: tTwoSided(pt, den) };
    const rawP = Number.isNaN(w.p) ? pooled.p : Math.max(w.p, pooled.p);
    const fit = modelByRater?.get(rater);
    const modelPart =
      fit && model.ok
        ? { model: { effect: fit.effect, se: fit.se, t: fit.t, df: model.df, p: fit.p } }
        : {};
    return {
      rater,
      n,
      suppressed: false as const,
      mean: m,
      index: m - grandMean,
      standardized: pooledSd > 0 ? (m - grandMean) / pooledSd : Number.NaN,
      welch: { t: w.t, df: w.df, p: w.p },
      pooled,
      ...modelPart,
      p: fit ? fit.p : rawP,
      direction: fit ? fit.effect : m - grandMean,
    };
  });
  const ps = rows.map((r) => (r.suppressed ? Number.NaN : r.p));
  const adj = pAdjust(ps, correction);
  const raters: RaterLeniency[] = rows.map((r, i) => {
    if (r.suppressed) return r;
    const { direction, ...rest } = r;
    const pAdjusted = adj[i] as number;
    const flag =
      pAdjusted < alpha
        ? direction > 0
          ? 'LENIENT'
          : direction < 0
            ? 'SEVERE'
            : undefined
        : undefined;
    return { ...rest, pAdjusted, ...(flag ? { flag } : {}) };
  });
  return {
    method: model.ok ? 'model' : 'raw',
    ...(model.ok ? {} : { rawReason: model.reason }),
    components: comps.count,
    n: records.length,
    grandMean,
    pooledSd,
    omnibus,
    correction,
    alpha,
    raters,
  };
}
