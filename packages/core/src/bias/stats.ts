import { fSf, tQuantile, tTwoSided } from './distributions/dist.js';

/**
 * Arithmetic mean; NaN for an empty list.
 *
 * @example
 * ```ts
 * mean([1, 2, 3, 6]); // 3
 * ```
 */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  // Indexed loops here and below: these run on arrays of every element kind, where for-of
  // allocates an iterator result per element once the call sites are polymorphic.
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] as number;
  return s / xs.length;
}

/**
 * Sample variance (divisor n − 1), two-pass; NaN when n < 2.
 *
 * @example
 * ```ts
 * variance([1, 2, 3, 6]); // 14/3
 * ```
 */
export function variance(xs: readonly number[]): number {
  if (xs.length < 2) return Number.NaN;
  const m = mean(xs);
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    const d = (xs[i] as number) - m;
    s += d * d;
  }
  return s / (xs.length - 1);
}

/**
 * Sample standard deviation (divisor n − 1).
 *
 * @example
 * ```ts
 * sd([2, 4, 4, 4, 5, 5, 7, 9]); // ≈ 2.138
 * ```
 */
export function sd(xs: readonly number[]): number {
  return Math.sqrt(variance(xs));
}

/**
 * Quantile of Hyndman–Fan type 7 (R and numpy default): linear interpolation at index (n−1)p.
 *
 * @example
 * ```ts
 * quantile7([1, 2, 3, 4], 0.25); // 1.75
 * ```
 */
export function quantile7(xs: readonly number[], p: number): number {
  if (xs.length === 0 || !(p >= 0 && p <= 1)) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const a = s[lo] as number;
  const b = s[Math.min(lo + 1, s.length - 1)] as number;
  return a + (h - lo) * (b - a);
}

/**
 * Median (type 7 quantile at ½).
 *
 * @example
 * ```ts
 * median([3, 1, 2, 10]); // 2.5
 * ```
 */
export function median(xs: readonly number[]): number {
  return quantile7(xs, 0.5);
}

/**
 * Unscaled median absolute deviation, median |x − median(x)| (no 1.4826 factor).
 *
 * @example
 * ```ts
 * mad([1, 2, 3, 4, 100]); // 1
 * ```
 */
export function mad(xs: readonly number[]): number {
  const m = median(xs);
  return median(xs.map((x) => Math.abs(x - m)));
}

/**
 * Pearson correlation; NaN when either variable is constant or n < 2.
 *
 * @example
 * ```ts
 * pearson([1, 2, 3], [2, 4, 7]); // ≈ 0.9934
 * ```
 */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = Math.min(x.length, y.length);
  if (n < 2) return Number.NaN;
  const mx = mean(x.slice(0, n));
  const my = mean(y.slice(0, n));
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return Number.NaN;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Mean of correlations through Fisher's z (atanh, average, tanh); |r| = 1 is clamped to
 * ±0.999999 so one perfect pair does not make the mean exactly ±1. NaN entries are skipped.
 *
 * @example
 * ```ts
 * fisherMean([0.5, 0.7]); // ≈ 0.6096
 * ```
 */
export function fisherMean(rs: readonly number[]): number {
  const zs = rs
    .filter((r) => !Number.isNaN(r))
    .map((r) => Math.atanh(Math.max(-0.999999, Math.min(0.999999, r))));
  return zs.length === 0 ? Number.NaN : Math.tanh(mean(zs));
}

/** Result of a Welch two-sample t test. */
export interface WelchResult {
  readonly t: number;
  readonly df: number;
  readonly p: number;
  /** Mean of the first sample minus the mean of the second. */
  readonly difference: number;
}

/**
 * Welch's unequal-variance t test of two samples, with Welch–Satterthwaite degrees of freedom.
 * NaN statistics when a sample has fewer than 2 values or both variances are zero.
 *
 * @example
 * ```ts
 * welchT([1, 2, 3, 4], [2, 4, 6, 8, 10]).df; // ≈ 5.52
 * ```
 */
export function welchT(a: readonly number[], b: readonly number[]): WelchResult {
  return welchTFromMoments(
    { n: a.length, mean: mean(a), variance: variance(a) },
    { n: b.length, mean: mean(b), variance: variance(b) },
  );
}

/** Size, mean and sample variance (divisor n − 1) of a sample. */
export interface Moments {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
}

/**
 * Moments of the complement of a part within a whole, from sums shifted by a centre `c`
 * (`s1 = Σ(x − c)`, `s2 = Σ(x − c)²`): one pass over the whole, then O(1) per part, instead
 * of re-reading "everyone else" for every part. With `c` the overall mean the subtraction
 * loses no meaningful precision for bounded rating scales.
 *
 * @example
 * ```ts
 * // whole [1, 2, 3, 6] (c = 3: s1 = 0, s2 = 14), part [6] (s1 = 3, s2 = 9) → rest [1, 2, 3]
 * complementMoments(3, { n: 4, s1: 0, s2: 14 }, { n: 1, s1: 3, s2: 9 }); // n 3, mean 2, variance 1
 * ```
 */
export function complementMoments(
  c: number,
  whole: { readonly n: number; readonly s1: number; readonly s2: number },
  part: { readonly n: number; readonly s1: number; readonly s2: number },
): Moments {
  const n = whole.n - part.n;
  if (n <= 0) return { n: 0, mean: Number.NaN, variance: Number.NaN };
  const s1 = whole.s1 - part.s1;
  const s2 = whole.s2 - part.s2;
  // A remainder within rounding noise of s2 is a constant sample (variance exactly 0), so
  // tests that treat zero variance specially see it as the two-pass variance would.
  const ss = s2 - (s1 * s1) / n;
  const v = n < 2 ? Number.NaN : ss <= s2 * 1e-12 ? 0 : ss / (n - 1);
  return { n, mean: c + s1 / n, variance: v };
}

/** {@link welchT} from the two samples' moments. */
export function welchTFromMoments(a: Moments, b: Moments): WelchResult {
  const na = a.n;
  const nb = b.n;
  const difference = a.mean - b.mean;
  if (na < 2 || nb < 2) return { t: Number.NaN, df: Number.NaN, p: Number.NaN, difference };
  const va = a.variance / na;
  const vb = b.variance / nb;
  const se2 = va + vb;
  if (se2 === 0) return { t: Number.NaN, df: Number.NaN, p: Number.NaN, difference };
  const t = difference / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (na - 1) + (vb * vb) / (nb - 1));
  return { t, df, p: tTwoSided(t, df), difference };
}

/** Result of a one-way ANOVA. */
export interface AnovaResult {
  readonly f: number;
  readonly df1: number;
  readonly df2: number;
  readonly p: number;
  readonly msBetween: number;
  readonly msWithin: number;
}

/**
 * One-way ANOVA F test across groups (groups with no values are ignored).
 *
 * @example
 * ```ts
 * oneWayAnova([[1, 2, 3], [4, 5, 6]]).f; // 13.5
 * ```
 */
export function oneWayAnova(groups: readonly (readonly number[])[]): AnovaResult {
  const gs = groups.filter((g) => g.length > 0);
  // The grand mean summed in the order of the concatenated groups (as mean() of them would).
  let N = 0;
  let sum = 0;
  for (const g of gs) {
    N += g.length;
    for (let i = 0; i < g.length; i++) sum += g[i] as number;
  }
  const k = gs.length;
  const grand = N === 0 ? Number.NaN : sum / N;
  let ssb = 0;
  let ssw = 0;
  for (const g of gs) {
    const m = mean(g);
    ssb += g.length * (m - grand) * (m - grand);
    for (let i = 0; i < g.length; i++) {
      const d = (g[i] as number) - m;
      ssw += d * d;
    }
  }
  const df1 = k - 1;
  const df2 = N - k;
  const msBetween = df1 > 0 ? ssb / df1 : Number.NaN;
  const msWithin = df2 > 0 ? ssw / df2 : Number.NaN;
  const f = msWithin > 0 ? msBetween / msWithin : Number.NaN;
  return { f, df1, df2, p: fSf(f, df1, df2), msBetween, msWithin };
}

/** Multiple-comparison adjustment methods. */
export type PAdjustMethod = 'holm' | 'BH' | 'none';

/**
 * Adjusts p-values for multiple comparisons: Holm (family-wise error) or Benjamini–Hochberg
 * (false discovery rate), as R's `p.adjust`. NaN p-values are kept as NaN and not counted.
 *
 * @example
 * ```ts
 * pAdjust([0.01, 0.04, 0.03], 'holm'); // [0.03, 0.06, 0.06]
 * pAdjust([0.01, 0.04, 0.03], 'BH'); // [0.03, 0.04, 0.04]
 * ```
 */
export function pAdjust(ps: readonly number[], method: PAdjustMethod): number[] {
  // Plain loops over `ps`: callers pass arrays of every element kind (empty, whole numbers,
  // doubles), and inlined array builtins deoptimised the audit on each new kind.
  const idx: { p: number; i: number }[] = [];
  const out: number[] = [];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i] as number;
    if (!Number.isNaN(p)) idx.push({ p, i });
    out.push(Number.NaN);
  }
  const m = idx.length;
  if (method === 'none') {
    for (let i = 0; i < ps.length; i++) out[i] = ps[i] as number;
    return out;
  }
  if (method === 'holm') {
    idx.sort((a, b) => a.p - b.p || a.i - b.i);
    let running = 0;
    idx.forEach((x, k) => {
      running = Math.max(running, Math.min(1, (m - k) * x.p));
      out[x.i] = running;
    });
    return out;
  }
  idx.sort((a, b) => b.p - a.p || b.i - a.i);
  let running = 1;
  idx.forEach((x, k) => {
    const rank = m - k;
    running = Math.min(running, Math.min(1, (m / rank) * x.p));
    out[x.i] = running;
  });
  return out;
}

/** Result of a paired comparison (self vs supervisor). */
export interface PairedResult {
  readonly n: number;
  readonly meanDifference: number;
  readonly sdDifference: number;
  readonly t: number;
  readonly df: number;
  readonly p: number;
  /** Standardized mean gap d_z = d̄ / s_d. */
  readonly dz: number;
  /** Bland–Altman 95 % limits of agreement d̄ ± 1.96·s_d. */
  readonly limitsOfAgreement: readonly [number, number];
  /** 95 % confidence interval of the mean difference (t based). */
  readonly ci95: readonly [number, number];
}

/**
 * Paired t test of `a − b` with d_z and Bland–Altman limits of agreement.
 *
 * @example
 * ```ts
 * pairedT([5, 6, 7, 8], [4, 6, 5, 6]).meanDifference; // 1.25
 * ```
 */
export function pairedT(a: readonly number[], b: readonly number[]): PairedResult {
  const n = Math.min(a.length, b.length);
  const d = Array.from({ length: n }, (_, i) => (a[i] as number) - (b[i] as number));
  const m = mean(d);
  const s = sd(d);
  const df = n - 1;
  const t = s > 0 ? m / (s / Math.sqrt(n)) : Number.NaN;
  const tq = df > 0 ? tQuantile(0.975, df) : Number.NaN;
  return {
    n,
    meanDifference: m,
    sdDifference: s,
    t,
    df,
    p: tTwoSided(t, df),
    dz: s > 0 ? m / s : Number.NaN,
    limitsOfAgreement: [m - 1.96 * s, m + 1.96 * s],
    ci95: [m - (tq * s) / Math.sqrt(n), m + (tq * s) / Math.sqrt(n)],
  };
}
