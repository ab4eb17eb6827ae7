import { tTwoSided } from '../distributions/dist.js';
import type { RatingRecord } from './types.js';

/** Connected components of the rater–ratee graph (union-find). */
export interface Components {
  readonly count: number;
  /** Component index per rater id. */
  readonly ofRater: ReadonlyMap<string, number>;
}

/**
 * Connected components of the bipartite rater–ratee graph. Severities are comparable only
 * within a component (FACETS "subsets").
 *
 * @example
 * ```ts
 * raterComponents([
 *   { rater: 'A', ratee: 'x', value: 3 },
 *   { rater: 'B', ratee: 'x', value: 4 },
 *   { rater: 'C', ratee: 'y', value: 2 },
 * ]).count; // 2
 * ```
 */
export function raterComponents(records: readonly RatingRecord[]): Components {
  // Union-find over integer node ids (raters and ratees numbered apart), with path halving.
  // The components are a property of the graph, so the numbering below (by the sorted rater
  // ids) does not depend on which node ends up as a root.
  const raterId = new Map<string, number>();
  const rateeId = new Map<string, number>();
  const ends = new Int32Array(2 * records.length);
  let nodes = 0;
  for (let k = 0; k < records.length; k++) {
    const r = records[k] as RatingRecord;
    let a = raterId.get(r.rater);
    if (a === undefined) {
      a = nodes++;
      raterId.set(r.rater, a);
    }
    let b = rateeId.get(r.ratee);
    if (b === undefined) {
      b = nodes++;
      rateeId.set(r.ratee, b);
    }
    ends[2 * k] = a;
    ends[2 * k + 1] = b;
  }
  const parent = new Int32Array(nodes);
  for (let i = 0; i < nodes; i++) parent[i] = i;
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) {
      const g = parent[parent[r] as number] as number;
      parent[r] = g;
      r = g;
    }
    return r;
  };
  for (let k = 0; k < records.length; k++) {
    const ra = find(ends[2 * k] as number);
    const rb = find(ends[2 * k + 1] as number);
    if (ra < rb) parent[rb] = ra;
    else if (rb < ra) parent[ra] = rb;
  }
  const roots = new Map<number, number>();
  const ofRater = new Map<string, number>();
  for (const rater of [...raterId.keys()].sort()) {
    const root = find(raterId.get(rater) as number);
    let c = roots.get(root);
    if (c === undefined) {
      c = roots.size;
      roots.set(root, c);
    }
    ofRater.set(rater, c);
  }
  return { count: roots.size, ofRater };
}

/** One rater's effect in the additive model. */
export interface RaterEffect {
  readonly rater: string;
  readonly n: number;
  /** b̂_j: + lenient, − severe, relative to the average rater (Σ b = 0). */
  readonly effect: number;
  readonly se: number;
  readonly t: number;
  readonly p: number;
}

/** Result of {@link fitAdditiveModel}. */
export type AdditiveModelResult =
  | {
      readonly ok: true;
      readonly raters: readonly RaterEffect[];
      /** Adjusted ("fair") score a_i per ratee: the rating from an average rater. */
      readonly ratees: readonly { readonly ratee: string; readonly adjusted: number }[];
      readonly residualVariance: number;
      readonly df: number;
    }
  | {
      readonly ok: false;
      readonly reason: 'DISCONNECTED' | 'NO_RESIDUAL_DF' | 'SINGULAR' | 'EMPTY';
    };

function invert(m: number[][]): number[][] | undefined {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) {
      if (Math.abs((a[r] as number[])[c] as number) > Math.abs((a[piv] as number[])[c] as number))
        piv = r;
    }
    const pr = a[piv] as number[];
    const pv = pr[c] as number;
    if (Math.abs(pv) < 1e-12) return undefined;
    a[piv] = a[c] as number[];
    a[c] = pr;
    for (let j = 0; j < 2 * n; j++) pr[j] = (pr[j] as number) / pv;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = a[r] as number[];
      const f = row[c] as number;
      if (f === 0) continue;
      for (let j = 0; j < 2 * n; j++) row[j] = (row[j] as number) - f * (pr[j] as number);
    }
  }
  return a.map((row) => row.slice(n));
}

/**
 * Fixed-effects additive rater model y_ij = μ + a_i + b_j + e_ij with Σ_j b_j = 0
 * (Raymond & Viswesvaran 1993; methods.md §1.3). The ratee effects are absorbed, so the rater
 * effects solve the reduced J × J normal equations C·b = q with C = Z'Z − Z'X(X'X)⁻¹X'Z;
 * under the constraint the solution and its covariance use C⁺ = (C + 11'/J)⁻¹ − 11'/J. This
 * is the fixed point that backfitting (alternating ratee and rater means) converges to, reached
 * directly and with the standard errors σ̂²·C⁺. t tests use N − I − J + 1 df. Needs a connected
 * rater–ratee graph.
 *
 * @example
 * ```ts
 * const r = fitAdditiveModel([
 *   { rater: 'A', ratee: 'x', value: 4 }, { rater: 'B', ratee: 'x', value: 3 },
 *   { rater: 'A', ratee: 'y', value: 5 }, { rater: 'B', ratee: 'y', value: 3 },
 *   { rater: 'A', ratee: 'z', value: 4 }, { rater: 'B', ratee: 'z', value: 2 },
 * ]);
 * if (r.ok) r.raters[0]?.effect; // 0.8333… (A is the more lenient)
 * ```
 */
export function fitAdditiveModel(records: readonly RatingRecord[]): AdditiveModelResult {
  return fitAdditiveModelOn(records, raterComponents(records));
}

/**
 * {@link fitAdditiveModel} for a caller that already has the graph's components (leniency
 * needs them too). @internal
 */
export function fitAdditiveModelOn(
  records: readonly RatingRecord[],
  components: Components,
): AdditiveModelResult {
  if (records.length === 0) return { ok: false, reason: 'EMPTY' };
  if (components.count !== 1) return { ok: false, reason: 'DISCONNECTED' };
  const raters = [...new Set(records.map((r) => r.rater))].sort();
  const ratees = [...new Set(records.map((r) => r.ratee))].sort();
  const J = raters.length;
  const I = ratees.length;
  const N = records.length;
  const df = N - I - J + 1;
  if (df <= 0) return { ok: false, reason: 'NO_RESIDUAL_DF' };
  const ji = new Map(raters.map((r, i) => [r, i]));
  const ii = new Map(ratees.map((r, i) => [r, i]));
  // Per ratee: count, sum, and per-rater counts.
  const nI = new Array<number>(I).fill(0);
  const sumI = new Array<number>(I).fill(0);
  const byRatee: Map<number, number>[] = Array.from({ length: I }, () => new Map());
  const nJ = new Array<number>(J).fill(0);
  const sumJ = new Array<number>(J).fill(0);
  for (const r of records) {
    const i = ii.get(r.ratee) as number;
    const j = ji.get(r.rater) as number;
    nI[i] = (nI[i] as number) + 1;
    sumI[i] = (sumI[i] as number) + r.value;
    nJ[j] = (nJ[j] as number) + 1;
    sumJ[j] = (sumJ[j] as number) + r.value;
    const m = byRatee[i] as Map<number, number>;
    m.set(j, (m.get(j) ?? 0) + 1);
  }
  const C = Array.from({ length: J }, () => new Array<number>(J).fill(0));
  const q = [...sumJ];
  for (let j = 0; j < J; j++) (C[j] as number[])[j] = nJ[j] as number;
  for (let i = 0; i < I; i++) {
    const m = byRatee[i] as Map<number, number>;
    const ni = nI[i] as number;
    const meanI = (sumI[i] as number) / ni;
    for (const [j, nij] of m) {
      q[j] = (q[j] as number) - nij * meanI;
      const row = C[j] as number[];
      for (const [k, nik] of m) row[k] = (row[k] as number) - (nij * nik) / ni;
    }
  }
  const M = C.map((row) => row.map((x) => x + 1 / J));
  const Minv = invert(M);
  if (!Minv) return { ok: false, reason: 'SINGULAR' };
  const Cplus = Minv.map((row) => row.map((x) => x - 1 / J));
  const b = Cplus.map((row) => row.reduce((s, x, k) => s + x * (q[k] as number), 0));
  // Ratee effects a_i = mean over the ratee's ratings of (y − b_j).
  const aSum = new Array<number>(I).fill(0);
  for (const r of records) {
    const i = ii.get(r.ratee) as number;
    aSum[i] = (aSum[i] as number) + r.value - (b[ji.get(r.rater) as number] as number);
  }
  const a = aSum.map((s, i) => s / (nI[i] as number));
  let sse = 0;
  for (const r of records) {
    const e =
      r.value - (a[ii.get(r.ratee) as number] as number) - (b[ji.get(r.rater) as number] as number);
    sse += e * e;
  }
  const s2 = sse / df;
  return {
    ok: true,
    raters: raters.map((rater, j) => {
      const se = Math.sqrt(Math.max(0, s2 * ((Cplus[j] as number[])[j] as number)));
      const effect = b[j] as number;
      const t = se > 0 ? effect / se : Number.NaN;
      return { rater, n: nJ[j] as number, effect, se, t, p: tTwoSided(t, df) };
    }),
    ratees: ratees.map((ratee, i) => ({ ratee, adjusted: a[i] as number })),
    residualVariance: s2,
    df,
  };
}
