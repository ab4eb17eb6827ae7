/*
 * The smallest set of moves that brings a team's predikat counts inside the guidance: a
 * min-cost flow with lower bounds (integral by total unimodularity), plus a one-dimensional
 * convex search for the modal ("sebagian besar") rule.
 */

/**
 * People who share a current predikat and the same set of reachable predikat.
 *
 * @example
 * ```ts
 * const g: FlowGroup = { from: 1, allowed: [0, 1, 2], count: 12 }; // Baik, perilaku Di Atas
 * ```
 */
export interface FlowGroup {
  /** Current bin index. */
  readonly from: number;
  /** Bin indices this group may be moved to (including `from`). */
  readonly allowed: readonly number[];
  readonly count: number;
}

/**
 * A count interval on a set of bins.
 *
 * @example
 * ```ts
 * const b: BoundedSet = { bins: [2, 3], min: 1, max: 10 }; // Butuh Perbaikan + Kurang ≥ 1
 * ```
 */
export interface BoundedSet {
  readonly bins: readonly number[];
  readonly min: number;
  readonly max: number;
}

/**
 * The problem: groups to place, bounds on (laminar) sets of bins, an optional modal bin.
 *
 * @example
 * ```ts
 * const p: DistributionProblem = { nBins: 5, groups: [{ from: 1, allowed: [1, 2], count: 3 }], bounds: [] };
 * ```
 */
export interface DistributionProblem {
  readonly nBins: number;
  readonly groups: readonly FlowGroup[];
  readonly bounds: readonly BoundedSet[];
  readonly modal?: { readonly bin: number; readonly ties: boolean };
  /**
   * Third objective, among placements with as few changes and as small a total distance:
   * `UP` prefers moves to a lower bin index (better predikat), `DOWN` the opposite, `NONE`
   * no preference. Dropped for teams above 100,000 people, where the weights would leave the
   * exact integer range.
   */
  readonly prefer?: 'UP' | 'DOWN' | 'NONE';
}

/**
 * The optimal placement, or why there is none.
 *
 * @example
 * ```ts
 * const s: FlowSolution = solveDistribution({ nBins: 2, groups: [{ from: 0, allowed: [0, 1], count: 2 }], bounds: [{ bins: [1], min: 1, max: 2 }] });
 * s.feasible && s.changed; // 1
 * ```
 */
export type FlowSolution =
  | {
      readonly feasible: true;
      /** `moves[g][b]`: people of group `g` placed in bin `b` (`b = from` = staying). */
      readonly moves: readonly (readonly number[])[];
      readonly counts: readonly number[];
      /** People who change bin. */
      readonly changed: number;
      /** Sum of |from − to| over the people who change (the secondary objective). */
      readonly distance: number;
      /** People moved against the preferred direction (the third objective). */
      readonly against: number;
    }
  | { readonly feasible: false; readonly reason: 'NOT_LAMINAR' | 'INFEASIBLE' };

class MinCostFlow {
  readonly to: number[] = [];
  readonly cap: number[] = [];
  readonly cost: number[] = [];
  readonly next: number[] = [];
  readonly head: number[];
  constructor(readonly n: number) {
    this.head = new Array<number>(n).fill(-1);
  }
  add(u: number, v: number, cap: number, cost: number): number {
    const e = this.to.length;
    this.to.push(v, u);
    this.cap.push(cap, 0);
    this.cost.push(cost, -cost);
    this.next.push(this.head[u] as number, this.head[v] as number);
    this.head[u] = e;
    this.head[v] = e + 1;
    return e;
  }
  /** Successive shortest paths (SPFA: residual arcs carry negative costs). */
  run(s: number, t: number): { flow: number; cost: number } {
    const { n, to, cap, cost, next, head } = this;
    let flow = 0;
    let total = 0;
    const dist = new Array<number>(n);
    const inQ = new Array<boolean>(n);
    const prevE = new Array<number>(n);
    for (;;) {
      dist.fill(Number.POSITIVE_INFINITY);
      inQ.fill(false);
      prevE.fill(-1);
      dist[s] = 0;
      const q: number[] = [s];
      inQ[s] = true;
      for (let qi = 0; qi < q.length; qi++) {
        const u = q[qi] as number;
        inQ[u] = false;
        for (let e = head[u] as number; e !== -1; e = next[e] as number) {
          if ((cap[e] as number) <= 0) continue;
          const v = to[e] as number;
          const nd = (dist[u] as number) + (cost[e] as number);
          if (nd < (dist[v] as number)) {
            dist[v] = nd;
            prevE[v] = e;
            if (!inQ[v]) {
              inQ[v] = true;
              q.push(v);
            }
          }
        }
      }
      if (dist[t] === Number.POSITIVE_INFINITY) break;
      let push = Number.POSITIVE_INFINITY;
      for (let v = t; v !== s; v = to[(prevE[v] as number) ^ 1] as number) {
        push = Math.min(push, cap[prevE[v] as number] as number);
      }
      for (let v = t; v !== s; v = to[(prevE[v] as number) ^ 1] as number) {
        const e = prevE[v] as number;
        cap[e] = (cap[e] as number) - push;
        cap[e ^ 1] = (cap[e ^ 1] as number) + push;
      }
      flow += push;
      total += push * (dist[t] as number);
    }
    return { flow, cost: total };
  }
}

interface Laminar {
  /** Merged sets (identical bin sets intersected), smallest first. */
  readonly sets: { bins: number[]; min: number; max: number }[];
  /** Parent set index of each set, -1 = root. */
  readonly parent: number[];
  /** Smallest set containing each bin, -1 = none. */
  readonly binParent: number[];
  /** Own bounds of each bin (singleton sets). */
  readonly binBounds: { min: number; max: number }[];
}

function laminar(nBins: number, h: number, bounds: readonly BoundedSet[]): Laminar | undefined {
  const binBounds = Array.from({ length: nBins }, () => ({ min: 0, max: h }));
  const byKey = new Map<string, { bins: number[]; min: number; max: number }>();
  for (const b of bounds) {
    const bins = [...new Set(b.bins)].sort((x, y) => x - y);
    if (bins.length === 1) {
      const bb = binBounds[bins[0] as number] as { min: number; max: number };
      bb.min = Math.max(bb.min, b.min);
      bb.max = Math.min(bb.max, b.max);
      continue;
    }
    const key = bins.join(',');
    const prev = byKey.get(key);
    if (prev) {
      prev.min = Math.max(prev.min, b.min);
      prev.max = Math.min(prev.max, b.max);
    } else byKey.set(key, { bins, min: b.min, max: b.max });
  }
  const sets = [...byKey.values()].sort(
    (a, b) => a.bins.length - b.bins.length || a.bins.join().localeCompare(b.bins.join()),
  );
  const contains = (a: number[], b: number[]) => b.every((x) => a.includes(x));
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i]?.bins as number[];
      const b = sets[j]?.bins as number[];
      const overlap = a.some((x) => b.includes(x));
      if (overlap && !contains(b, a)) return undefined;
    }
  }
  const parent = sets.map((s, i) => {
    for (let j = i + 1; j < sets.length; j++) {
      if (contains(sets[j]?.bins as number[], s.bins)) return j;
    }
    return -1;
  });
  const binParent = Array.from({ length: nBins }, (_, b) =>
    sets.findIndex((s) => s.bins.includes(b)),
  );
  return { sets, parent, binParent, binBounds };
}

/** Lexicographic weights (changes, distance, direction) that stay exact in doubles. */
function weights(h: number, prefer: 'UP' | 'DOWN' | 'NONE' | undefined) {
  const dir = prefer === 'UP' || prefer === 'DOWN' ? prefer : 'NONE';
  const useDir = dir !== 'NONE' && h <= 100_000;
  const B = useDir ? h + 1 : 1; // Σ direction penalties ≤ h < B
  const A = 4 * h * B + B; // Σ distance costs ≤ 4h·B < A
  return { A, B, dir: useDir ? dir : 'NONE' };
}

function solveLaminar(
  nBins: number,
  groups: readonly FlowGroup[],
  lam: Laminar,
  h: number,
  prefer?: 'UP' | 'DOWN' | 'NONE',
): FlowSolution {
  const G = groups.length;
  const K = lam.sets.length;
  // nodes: S, T, groups, bins, sets, SS, TT
  const S = 0;
  const T = 1;
  const g0 = 2;
  const b0 = g0 + G;
  const k0 = b0 + nBins;
  const SS = k0 + K;
  const TT = SS + 1;
  const f = new MinCostFlow(TT + 1);
  const excess = new Array<number>(TT + 1).fill(0);
  const w = weights(h, prefer);
  const against = (from: number, b: number) =>
    (w.dir === 'UP' && b > from) || (w.dir === 'DOWN' && b < from) ? 1 : 0;
  const arc = (u: number, v: number, lo: number, hi: number, c: number): number | undefined => {
    if (lo > hi) return undefined;
    excess[v] = (excess[v] as number) + lo;
    excess[u] = (excess[u] as number) - lo;
    return f.add(u, v, hi - lo, c);
  };
  for (let g = 0; g < G; g++) {
    const grp = groups[g] as FlowGroup;
    arc(S, g0 + g, grp.count, grp.count, 0);
  }
  const gArcs: { g: number; b: number; e: number }[] = [];
  for (let g = 0; g < G; g++) {
    const grp = groups[g] as FlowGroup;
    for (const b of grp.allowed) {
      const c = b === grp.from ? 0 : w.A + w.B * Math.abs(b - grp.from) + against(grp.from, b);
      gArcs.push({ g, b, e: arc(g0 + g, b0 + b, 0, grp.count, c) as number });
    }
  }
  for (let b = 0; b < nBins; b++) {
    const bb = lam.binBounds[b] as { min: number; max: number };
    const p = lam.binParent[b] as number;
    if (arc(b0 + b, p === -1 ? T : k0 + p, bb.min, bb.max, 0) === undefined) {
      return { feasible: false, reason: 'INFEASIBLE' };
    }
  }
  for (let k = 0; k < K; k++) {
    const s = lam.sets[k] as { min: number; max: number };
    const p = lam.parent[k] as number;
    if (arc(k0 + k, p === -1 ? T : k0 + p, s.min, s.max, 0) === undefined) {
      return { feasible: false, reason: 'INFEASIBLE' };
    }
  }
  f.add(T, S, h, 0);
  let need = 0;
  for (let v = 0; v < SS; v++) {
    const x = excess[v] as number;
    if (x > 0) {
      f.add(SS, v, x, 0);
      need += x;
    } else if (x < 0) f.add(v, TT, -x, 0);
  }
  const r = f.run(SS, TT);
  if (r.flow !== need) return { feasible: false, reason: 'INFEASIBLE' };
  const moves = groups.map(() => new Array<number>(nBins).fill(0));
  const counts = new Array<number>(nBins).fill(0);
  let changed = 0;
  let distance = 0;
  let againstCount = 0;
  for (const { g, b, e } of gArcs) {
    const used = f.cap[e ^ 1] as number;
    (moves[g] as number[])[b] = used;
    counts[b] = (counts[b] as number) + used;
    const from = (groups[g] as FlowGroup).from;
    if (b !== from) {
      changed += used;
      distance += used * Math.abs(b - from);
      againstCount += used * against(from, b);
    }
  }
  return { feasible: true, moves, counts, changed, distance, against: againstCount };
}

/**
 * Solves a {@link DistributionProblem}: the placement with the fewest people changing bin, then
 * the smallest total distance, then the fewest moves against `prefer`, subject to every bound and the modal rule. Bounds on sets of
 * bins must form a laminar family (any two sets disjoint or nested), which the national
 * guidance does; otherwise the answer is `NOT_LAMINAR`.
 *
 * The modal rule (`count[X] ≥ count[Y]` for all Y) is not a flow constraint: the solver fixes
 * `count[X] = m`, caps every other bin at `m` (or `m − 1` without ties), and searches `m`. The
 * optimal cost is the value of a linear program whose right-hand side is affine in `m`, hence
 * convex in `m`, and integral (network matrix), so a local descent from the current count
 * finds the global optimum (binary search on the sign of the slope). With `feasibilityOnly`,
 * the first feasible placement is returned (not necessarily optimal).
 *
 * @example
 * ```ts
 * solveDistribution({
 *   nBins: 5,
 *   groups: [{ from: 1, allowed: [0, 1, 2], count: 10 }],
 *   bounds: [{ bins: [2, 3], min: 1, max: 10 }],
 * }); // feasible, one person moved 1 → 2
 * ```
 */
export function solveDistribution(
  p: DistributionProblem,
  opts: { readonly feasibilityOnly?: boolean } = {},
): FlowSolution {
  const h = p.groups.reduce((s, g) => s + g.count, 0);
  const lam = laminar(p.nBins, h, p.bounds);
  if (!lam) return { feasible: false, reason: 'NOT_LAMINAR' };
  if (!p.modal) return solveLaminar(p.nBins, p.groups, lam, h, p.prefer);
  const X = p.modal.bin;
  const ties = p.modal.ties;
  const own = lam.binBounds[X] as { min: number; max: number };
  const lo = own.min;
  const hi = own.max;
  if (lo > hi) return { feasible: false, reason: 'INFEASIBLE' };
  const memo = new Map<number, FlowSolution>();
  const at = (m: number): FlowSolution => {
    let s = memo.get(m);
    if (s) return s;
    const binBounds = lam.binBounds.map((bb, b) =>
      b === X ? { min: m, max: m } : { min: bb.min, max: Math.min(bb.max, ties ? m : m - 1) },
    );
    s = solveLaminar(p.nBins, p.groups, { ...lam, binBounds }, h, p.prefer);
    memo.set(m, s);
    return s;
  };
  const w = weights(h, p.prefer);
  const cost = (s: FlowSolution) =>
    s.feasible ? s.changed * w.A + s.distance * w.B + s.against : Number.POSITIVE_INFINITY;
  let current = 0;
  for (const g of p.groups) if (g.from === X) current += g.count;
  const m0 = Math.min(hi, Math.max(lo, current));
  // the feasible values of m form an interval (projection of a polyhedron); find one point
  let start: number | undefined;
  for (const m of [m0, hi, lo]) {
    if (at(m).feasible) {
      start = m;
      break;
    }
  }
  if (start === undefined) {
    for (let m = lo + 1; m < hi; m++) {
      if (at(m).feasible) {
        start = m;
        break;
      }
    }
  }
  if (start === undefined) return { feasible: false, reason: 'INFEASIBLE' };
  if (opts.feasibilityOnly) return at(start);
  // convex cost (∞ outside the feasible interval): binary search for the minimiser on the
  // side where the cost decreases; a flat step of a convex function is at its minimum
  if (start < hi && cost(at(start + 1)) < cost(at(start))) {
    let a = start + 1; // f(a) < f(a − 1)
    let b = hi;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (cost(at(mid + 1)) < cost(at(mid))) a = mid + 1;
      else b = mid;
    }
    return at(a);
  }
  if (start > lo && cost(at(start - 1)) < cost(at(start))) {
    let a = lo;
    let b = start - 1; // f(b) < f(b + 1)
    while (a < b) {
      const mid = (a + b + 1) >> 1;
      if (cost(at(mid - 1)) < cost(at(mid))) b = mid - 1;
      else a = mid;
    }
    return at(a);
  }
  return at(start);
}
