/*
 * Normalisation of numeric rater scores (PP 46/2011 and PP 30/2019 regimes): within-rater
 * z-scores, mean re-centering, mid-rank percentiles, shrinkage and the additive rater-effect
 * model (methods.md §1.2–1.3). These are statistics for discussion, not band decisions, so they
 * use IEEE doubles; nothing here decides a predikat.
 */
import { z } from 'zod';
import type { Issue, Warning } from '../issues/issue.js';
import { safeParseWith } from '../issues/zod.js';
import { CALIBRATION_MESSAGES as M } from './messages.js';

/**
 * One numeric rating `y_ij` given by rater `j` to ratee `i`.
 *
 * @example
 * ```ts
 * RaterScoreSchema.parse({ raterId: 'R1', rateeId: '198703122010011002', value: 88.5 });
 * ```
 */
export const RaterScoreSchema = z.strictObject({
  raterId: z.string().min(1),
  rateeId: z.string().min(1),
  value: z.number().refine(Number.isFinite, 'finite'),
});
/**
 * One numeric rating.
 *
 * @example
 * ```ts
 * const s: RaterScore = { raterId: 'R1', rateeId: '198703122010011002', value: 88 };
 * ```
 */
export type RaterScore = z.infer<typeof RaterScoreSchema>;

const ListSchema = z.array(RaterScoreSchema);

function parse(
  input: unknown,
): { ok: true; data: RaterScore[] } | { ok: false; issues: readonly Issue[] } {
  const r = safeParseWith(ListSchema, input);
  if (!r.success) return { ok: false, issues: r.issues };
  if (r.data.length === 0) return { ok: false, issues: [M.issue('EMPTY_TEAM', [], {})] };
  return { ok: true, data: r.data };
}

interface RaterStats {
  readonly raterId: string;
  readonly n: number;
  readonly mean: number;
  /** Sample SD (divisor n − 1); 0 when n < 2. */
  readonly sd: number;
}

function byRater(data: readonly RaterScore[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const r of data) {
    const xs = m.get(r.raterId);
    if (xs) xs.push(r.value);
    else m.set(r.raterId, [r.value]);
  }
  return m;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
function sampleSd(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}

function stats(data: readonly RaterScore[]): Map<string, RaterStats> {
  const out = new Map<string, RaterStats>();
  for (const [raterId, xs] of byRater(data)) {
    out.set(raterId, { raterId, n: xs.length, mean: mean(xs), sd: sampleSd(xs) });
  }
  return out;
}

/**
 * Result of {@link zScores}.
 *
 * @example
 * ```ts
 * const r: ZScoreResult = zScores([{ raterId: 'A', rateeId: '1', value: 70 }]);
 * r.ok && r.raters[0]?.noDifferentiation; // true (one rating)
 * ```
 */
export type ZScoreResult =
  | {
      readonly ok: true;
      /** Aligned with the input: `z` and the value rescaled to the organisation metric. */
      readonly scores: readonly (RaterScore & { readonly z: number; readonly rescaled: number })[];
      readonly raters: readonly (RaterStats & { readonly noDifferentiation: boolean })[];
      readonly target: { readonly mean: number; readonly sd: number };
      readonly warnings: readonly Warning[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Within-rater z-scores `z_ij = (y_ij − ȳ_j)/s_j` (sample SD) and the rescaled value
 * `μ_org + σ_org·z_ij`. A rater whose scores do not vary (`s_j = 0`, or a single rating) gets
 * `z = 0` and a "no differentiation" flag. The target defaults to the pooled mean and SD.
 *
 * @example
 * ```ts
 * const r = zScores([
 *   { raterId: 'A', rateeId: '1', value: 80 }, { raterId: 'A', rateeId: '2', value: 90 },
 *   { raterId: 'B', rateeId: '3', value: 70 }, { raterId: 'B', rateeId: '4', value: 70 },
 * ]);
 * // A: z = −0.7071, +0.7071; B: z = 0, 0 and raters[1].noDifferentiation === true
 * ```
 */
export function zScores(
  input: unknown,
  opts: { readonly target?: { readonly mean: number; readonly sd: number } } = {},
): ZScoreResult {
  const p = parse(input);
  if (!p.ok) return p;
  const st = stats(p.data);
  const all = p.data.map((r) => r.value);
  const target = opts.target ?? { mean: mean(all), sd: sampleSd(all) };
  const warnings: Warning[] = [];
  const raters = [...st.values()].map((s) => {
    const noDifferentiation = s.sd === 0;
    if (noDifferentiation) {
      warnings.push(M.warning('NO_DIFFERENTIATION', { rater: s.raterId }, 'calibration.zScore'));
    }
    return { ...s, noDifferentiation };
  });
  const scores = p.data.map((r) => {
    const s = st.get(r.raterId) as RaterStats;
    const z = s.sd === 0 ? 0 : (r.value - s.mean) / s.sd;
    return { ...r, z, rescaled: target.mean + target.sd * z };
  });
  return { ok: true, scores, raters, target, warnings };
}

/**
 * Mean-only re-centering (safer for small teams): `y* = y − (ȳ_j − μ_org)`, with `μ_org` the
 * pooled mean unless given.
 *
 * @example
 * ```ts
 * recenter([
 *   { raterId: 'A', rateeId: '1', value: 90 }, { raterId: 'B', rateeId: '2', value: 70 },
 * ]); // adjusted 80 and 80 (μ = 80)
 * ```
 */
export function recenter(
  input: unknown,
  opts: { readonly mean?: number } = {},
):
  | {
      readonly ok: true;
      readonly scores: readonly (RaterScore & { readonly adjusted: number })[];
      readonly mean: number;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] } {
  const p = parse(input);
  if (!p.ok) return p;
  const st = stats(p.data);
  const mu = opts.mean ?? mean(p.data.map((r) => r.value));
  return {
    ok: true,
    mean: mu,
    scores: p.data.map((r) => ({
      ...r,
      adjusted: r.value - ((st.get(r.raterId) as RaterStats).mean - mu),
    })),
  };
}

/**
 * Percentile ranks by the mid-rank convention `PR(v) = (#{x < v} + ½·#{x = v}) / n` (the Hazen
 * position `(r − ½)/n` with average ranks). Not the convention of
 * `simple-statistics.quantileRankSorted`.
 *
 * @example
 * ```ts
 * percentileRanks([1, 2, 3, 4]); // [0.125, 0.375, 0.625, 0.875]
 * percentileRanks([5, 5, 7]); // [0.3333…, 0.3333…, 0.8333…]
 * ```
 */
export function percentileRanks(values: readonly number[]): number[] {
  const n = values.length;
  const sorted = [...values].sort((a, b) => a - b);
  const lower = (v: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const upper = (v: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return values.map((v) => {
    const below = lower(v);
    const equal = upper(v) - below;
    return (below + equal / 2) / n;
  });
}

/**
 * Result of {@link shrinkRaterMeans}.
 *
 * @example
 * ```ts
 * const r: ShrinkageResult = shrinkRaterMeans([]);
 * r.ok; // false (EMPTY_TEAM)
 * ```
 */
export type ShrinkageResult =
  | {
      readonly ok: true;
      readonly grandMean: number;
      readonly msWithin: number;
      readonly msBetween: number;
      readonly n0: number;
      readonly tau2: number;
      /** `σ²_w/τ²`; `Infinity` when τ² = 0 (every rater mean shrinks fully to μ). */
      readonly kappa: number;
      readonly raters: readonly (RaterStats & { readonly shrunkenMean: number })[];
      readonly scores: readonly (RaterScore & { readonly adjusted: number })[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Shrinkage of rater means (one-way random-effects BLUP), for small teams:
 * `m_j = (n_j·ȳ_j + κ·μ)/(n_j + κ)`, `κ = σ²_w/τ²`, `σ²_w = MS_within`,
 * `τ² = max(0, (MS_between − MS_within)/n₀)`, `n₀ = (N − Σn_j²/N)/(J − 1)` (unbalanced one-way
 * ANOVA); adjusted `y* = y − (m_j − μ)`.
 *
 * @example
 * ```ts
 * const r = shrinkRaterMeans([
 *   { raterId: 'A', rateeId: '1', value: 1 }, { raterId: 'A', rateeId: '2', value: 2 },
 *   { raterId: 'A', rateeId: '3', value: 3 }, { raterId: 'B', rateeId: '4', value: 7 },
 *   { raterId: 'B', rateeId: '5', value: 8 }, { raterId: 'B', rateeId: '6', value: 9 },
 * ]);
 * // n0 = 3, MS_within = 1, MS_between = 54, τ² = 53/3, κ = 3/53
 * ```
 */
export function shrinkRaterMeans(input: unknown): ShrinkageResult {
  const p = parse(input);
  if (!p.ok) return p;
  const st = stats(p.data);
  const N = p.data.length;
  const J = st.size;
  if (J < 2 || N <= J) return { ok: false, issues: [M.issue('TOO_FEW_GROUPS', [], {})] };
  const mu = mean(p.data.map((r) => r.value));
  let ssw = 0;
  for (const r of p.data) ssw += (r.value - (st.get(r.raterId) as RaterStats).mean) ** 2;
  let ssb = 0;
  let sumN2 = 0;
  for (const s of st.values()) {
    ssb += s.n * (s.mean - mu) ** 2;
    sumN2 += s.n * s.n;
  }
  const msWithin = ssw / (N - J);
  const msBetween = ssb / (J - 1);
  const n0 = (N - sumN2 / N) / (J - 1);
  const tau2 = Math.max(0, (msBetween - msWithin) / n0);
  const kappa = tau2 === 0 ? Number.POSITIVE_INFINITY : msWithin / tau2;
  const raters = [...st.values()].map((s) => ({
    ...s,
    shrunkenMean:
      kappa === Number.POSITIVE_INFINITY ? mu : (s.n * s.mean + kappa * mu) / (s.n + kappa),
  }));
  const sm = new Map(raters.map((r) => [r.raterId, r.shrunkenMean]));
  return {
    ok: true,
    grandMean: mu,
    msWithin,
    msBetween,
    n0,
    tau2,
    kappa,
    raters,
    scores: p.data.map((r) => ({ ...r, adjusted: r.value - ((sm.get(r.raterId) as number) - mu) })),
  };
}

/**
 * A connected component of the rater–ratee graph.
 *
 * @example
 * ```ts
 * const r = raterEffects([{ raterId: 'A', rateeId: '1', value: 3 }]);
 * r.ok && r.components; // [{ raters: ['A'], ratees: ['1'] }]
 * ```
 */
export interface RaterComponent {
  readonly raters: readonly string[];
  readonly ratees: readonly string[];
}

/**
 * Result of {@link raterEffects}.
 *
 * @example
 * ```ts
 * const r: RaterEffectsResult = raterEffects([{ raterId: 'A', rateeId: '1', value: 3 }]);
 * r.ok && r.connected; // true
 * ```
 */
export type RaterEffectsResult =
  | {
      readonly ok: true;
      /** `fair` = μ + a_i: the score from an average rater of the ratee's component. */
      readonly ratees: readonly {
        readonly id: string;
        readonly fair: number;
        readonly n: number;
        readonly component: number;
      }[];
      /** `severity` = b_j: leniency (+) or severity (−); Σ b_j = 0 within each component. */
      readonly raters: readonly {
        readonly id: string;
        readonly severity: number;
        readonly rawMean: number;
        readonly n: number;
        readonly component: number;
      }[];
      readonly components: readonly RaterComponent[];
      /** One component: every severity is comparable with every other. */
      readonly connected: boolean;
      readonly iterations: number;
      readonly converged: boolean;
      /** `SSE / (N − I − J + C)` (C = components); `undefined` when there are no degrees of freedom. */
      readonly residualVariance: number | undefined;
      readonly warnings: readonly Warning[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * The additive rater-effect model `y_ij = μ + a_i + b_j + e_ij` (Raymond & Viswesvaran 1993),
 * fitted by backfitting: `a_i ← mean_j(y_ij − b_j)`, `b_j ← mean_i(y_ij − a_i)`, re-centering
 * `b` to zero mean within each connected component after every sweep. The rater–ratee graph
 * is split into components by union-find; severities are only comparable within a component
 * (FACETS "subsets"), and a disconnected graph gives a warning.
 *
 * @example
 * ```ts
 * // ratee true scores 80/70/60, rater A lenient (+2), B severe (−2), both rate everyone
 * const data = ['1', '2', '3'].flatMap((i, k) => [
 *   { raterId: 'A', rateeId: i, value: 80 - 10 * k + 2 },
 *   { raterId: 'B', rateeId: i, value: 80 - 10 * k - 2 },
 * ]);
 * raterEffects(data); // raters A: +2, B: −2; ratees fair 80, 70, 60; connected
 * ```
 */
export function raterEffects(
  input: unknown,
  opts: { readonly maxIterations?: number; readonly tolerance?: number } = {},
): RaterEffectsResult {
  const p = parse(input);
  if (!p.ok) return p;
  const data = p.data;
  const maxIt = opts.maxIterations ?? 10_000;
  const tol = opts.tolerance ?? 1e-12;
  const raterIds = [...new Set(data.map((r) => r.raterId))].sort();
  const rateeIds = [...new Set(data.map((r) => r.rateeId))].sort();
  const ri = new Map(raterIds.map((id, k) => [id, k]));
  const ii = new Map(rateeIds.map((id, k) => [id, k]));
  const J = raterIds.length;
  const I = rateeIds.length;
  // union-find over ratees (0..I-1) and raters (I..I+J-1)
  const parent = Array.from({ length: I + J }, (_, k) => k);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    let y = x;
    while (parent[y] !== r) {
      const nx = parent[y] as number;
      parent[y] = r;
      y = nx;
    }
    return r;
  };
  const obs = data.map((r) => ({
    i: ii.get(r.rateeId) as number,
    j: ri.get(r.raterId) as number,
    y: r.value,
  }));
  for (const o of obs) {
    const a = find(o.i);
    const b = find(I + o.j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const compOfRoot = new Map<number, number>();
  const compOf = (node: number): number => {
    const root = find(node);
    let c = compOfRoot.get(root);
    if (c === undefined) {
      c = compOfRoot.size;
      compOfRoot.set(root, c);
    }
    return c;
  };
  const rateeComp = rateeIds.map((_, i) => compOf(i));
  const raterComp = raterIds.map((_, j) => compOf(I + j));
  const C = compOfRoot.size;
  const a = new Array<number>(I).fill(0);
  const b = new Array<number>(J).fill(0);
  const nI = new Array<number>(I).fill(0);
  const nJ = new Array<number>(J).fill(0);
  for (const o of obs) {
    nI[o.i] = (nI[o.i] as number) + 1;
    nJ[o.j] = (nJ[o.j] as number) + 1;
  }
  let iterations = 0;
  let converged = false;
  const sumA = new Array<number>(I);
  const sumB = new Array<number>(J);
  let scale = 1;
  for (const o of obs) scale = Math.max(scale, Math.abs(o.y));
  while (iterations < maxIt) {
    iterations++;
    sumA.fill(0);
    for (const o of obs) sumA[o.i] = (sumA[o.i] as number) + o.y - (b[o.j] as number);
    let delta = 0;
    for (let i = 0; i < I; i++) {
      const v = (sumA[i] as number) / (nI[i] as number);
      delta = Math.max(delta, Math.abs(v - (a[i] as number)));
      a[i] = v;
    }
    sumB.fill(0);
    for (const o of obs) sumB[o.j] = (sumB[o.j] as number) + o.y - (a[o.i] as number);
    for (let j = 0; j < J; j++) {
      const v = (sumB[j] as number) / (nJ[j] as number);
      delta = Math.max(delta, Math.abs(v - (b[j] as number)));
      b[j] = v;
    }
    // Σ b = 0 within each component; the shift moves into the ratees' a
    const shift = new Array<number>(C).fill(0);
    const cnt = new Array<number>(C).fill(0);
    for (let j = 0; j < J; j++) {
      const c = raterComp[j] as number;
      shift[c] = (shift[c] as number) + (b[j] as number);
      cnt[c] = (cnt[c] as number) + 1;
    }
    for (let c = 0; c < C; c++) shift[c] = (shift[c] as number) / (cnt[c] as number);
    for (let j = 0; j < J; j++) b[j] = (b[j] as number) - (shift[raterComp[j] as number] as number);
    for (let i = 0; i < I; i++) a[i] = (a[i] as number) + (shift[rateeComp[i] as number] as number);
    if (delta <= tol * scale) {
      converged = true;
      break;
    }
  }
  let sse = 0;
  for (const o of obs) sse += (o.y - (a[o.i] as number) - (b[o.j] as number)) ** 2;
  const df = obs.length - I - J + C;
  const components: RaterComponent[] = Array.from({ length: C }, (_, c) => ({
    raters: raterIds.filter((_, j) => raterComp[j] === c),
    ratees: rateeIds.filter((_, i) => rateeComp[i] === c),
  }));
  const warnings: Warning[] = [];
  if (C > 1)
    warnings.push(M.warning('NOT_CONNECTED', { components: C }, 'calibration.raterEffects'));
  if (!converged) {
    warnings.push(M.warning('NOT_CONVERGED', { iterations }, 'calibration.raterEffects'));
  }
  const rawSum = new Array<number>(J).fill(0);
  for (const o of obs) rawSum[o.j] = (rawSum[o.j] as number) + o.y;
  return {
    ok: true,
    ratees: rateeIds.map((id, i) => ({
      id,
      fair: a[i] as number,
      n: nI[i] as number,
      component: rateeComp[i] as number,
    })),
    raters: raterIds.map((id, j) => ({
      id,
      severity: b[j] as number,
      rawMean: (rawSum[j] as number) / (nJ[j] as number),
      n: nJ[j] as number,
      component: raterComp[j] as number,
    })),
    components,
    connected: C === 1,
    iterations,
    converged,
    residualVariance: df > 0 ? sse / df : undefined,
    warnings,
  };
}
