import { chiSquareSf, hypergeomLogPmf, hypergeomSupport, normalSf } from '../distributions/dist.js';

/** Fisher's exact test of a 2×2 table, conditional on the margins (Fisher–Irwin). */
export interface FisherResult {
  /** Two-sided p by Irwin's rule: tables with P ≤ P(observed)·(1 + 1e−7), as R and scipy. */
  readonly twoSided: number;
  /** One-sided P(X ≤ x₁): the focal group has as few or fewer events. */
  readonly less: number;
  /** One-sided P(X ≥ x₁): the focal group has as many or more events. */
  readonly greater: number;
  /** Mid-p of the lower tail, P(X < x₁) + ½P(X = x₁). */
  readonly midPLess: number;
  /** Mid-p of the upper tail, P(X > x₁) + ½P(X = x₁). */
  readonly midPGreater: number;
}

/**
 * Fisher's exact test for focal x₁/n₁ against reference x₂/n₂, in log space:
 * X ~ Hypergeom(N = n₁+n₂, K = x₁+x₂, n₁).
 *
 * @example
 * ```ts
 * fisherExact(3, 4, 1, 4).twoSided; // 0.485714 (lady tasting tea)
 * fisherExact(3, 4, 1, 4).greater; // 0.242857
 * ```
 */
export function fisherExact(x1: number, n1: number, x2: number, n2: number): FisherResult {
  const N = n1 + n2;
  const K = x1 + x2;
  const { min, max } = hypergeomSupport(N, K, n1);
  const logs: number[] = [];
  for (let x = min; x <= max; x++) logs.push(hypergeomLogPmf(x, N, K, n1));
  const top = Math.max(...logs);
  const ps = logs.map((l) => Math.exp(l - top));
  const total = ps.reduce((s, p) => s + p, 0);
  const pObs = ps[x1 - min] as number;
  let less = 0;
  let greater = 0;
  let two = 0;
  const cut = pObs * (1 + 1e-7);
  ps.forEach((p, i) => {
    const x = i + min;
    if (x <= x1) less += p;
    if (x >= x1) greater += p;
    if (p <= cut) two += p;
  });
  const clamp = (v: number) => Math.min(1, Math.max(0, v / total));
  return {
    twoSided: clamp(two),
    less: clamp(less),
    greater: clamp(greater),
    midPLess: clamp(less - pObs / 2),
    midPGreater: clamp(greater - pObs / 2),
  };
}

/** All the tests of a focal-vs-reference comparison of two proportions. */
export interface TwoProportionResult {
  readonly focal: { readonly events: number; readonly total: number; readonly rate: number };
  readonly reference: { readonly events: number; readonly total: number; readonly rate: number };
  /** Pooled two-proportion z (focal − reference) and its two-sided p. */
  readonly z: number;
  readonly zP: number;
  /** Pearson χ² times (N − 1)/N (Campbell 2007), 1 df. */
  readonly chiSquareN1: number;
  readonly chiSquareN1P: number;
  readonly fisher: FisherResult;
  /** The smallest expected cell count under independence. */
  readonly minExpected: number;
  /** Campbell's (2007) choice: N−1 χ² if every expected count ≥ 1, else Fisher–Irwin two-sided. */
  readonly recommended: { readonly test: 'N-1 chi-square' | 'Fisher-Irwin'; readonly p: number };
  /** Expected minus actual focal events, n₁·p̄ − x₁ (persons; DCI shortfall). */
  readonly shortfall: number;
  /** Cohen's h = 2·asin√p₁ − 2·asin√p₂. */
  readonly cohensH: number;
  /** Odds ratio (focal vs reference); Haldane–Anscombe +½ when a cell is zero. */
  readonly oddsRatio: number;
  readonly oddsRatioCorrected: boolean;
}

/**
 * Compares a focal group's event rate x₁/n₁ with a reference group's x₂/n₂: pooled z, N−1 χ²,
 * Fisher's exact test (two-sided by Irwin's rule, one-sided, mid-p), Campbell's choice,
 * shortfall, Cohen's h and the odds ratio. Counts must be integers with 0 ≤ x ≤ n, n ≥ 1.
 *
 * @example
 * ```ts
 * const r = compareProportions(3, 4, 1, 4);
 * r.fisher.twoSided; // 0.485714
 * r.recommended.test; // 'N-1 chi-square' (all expected counts are 2)
 * ```
 */
export function compareProportions(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
): TwoProportionResult {
  const N = n1 + n2;
  const K = x1 + x2;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pbar = K / N;
  const se = Math.sqrt(pbar * (1 - pbar) * (1 / n1 + 1 / n2));
  const z = se > 0 ? (p1 - p2) / se : Number.NaN;
  const zP = Number.isNaN(z) ? Number.NaN : Math.min(1, 2 * normalSf(Math.abs(z)));
  const chi = Number.isNaN(z) ? Number.NaN : (z * z * (N - 1)) / N;
  const chiP = chiSquareSf(chi, 1);
  const fisher = fisherExact(x1, n1, x2, n2);
  const minExpected = Math.min(n1 * pbar, n1 * (1 - pbar), n2 * pbar, n2 * (1 - pbar));
  const useChi = minExpected >= 1 && !Number.isNaN(chiP);
  const corrected = x1 === 0 || x2 === 0 || x1 === n1 || x2 === n2;
  const c = corrected ? 0.5 : 0;
  const oddsRatio = ((x1 + c) * (n2 - x2 + c)) / ((n1 - x1 + c) * (x2 + c));
  return {
    focal: { events: x1, total: n1, rate: p1 },
    reference: { events: x2, total: n2, rate: p2 },
    z,
    zP,
    chiSquareN1: chi,
    chiSquareN1P: chiP,
    fisher,
    minExpected,
    recommended: useChi
      ? { test: 'N-1 chi-square', p: chiP }
      : { test: 'Fisher-Irwin', p: fisher.twoSided },
    shortfall: (n1 * K - x1 * N) / N,
    cohensH: 2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p2)),
    oddsRatio,
    oddsRatioCorrected: corrected,
  };
}
