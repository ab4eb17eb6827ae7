import { mean, variance, type WelchResult, welchTFromMoments } from '../stats.js';

/** Standardized mean difference of a focal group against a reference group. */
export interface SmdResult {
  readonly n1: number;
  readonly n2: number;
  readonly mean1: number;
  readonly mean2: number;
  /** Cohen's d with the pooled SD. */
  readonly d: number;
  /** Hedges' g = J·d, J = 1 − 3/(4(n₁+n₂) − 9). */
  readonly g: number;
  readonly welch: WelchResult;
  /** Cliff's δ = P(X > Y) − P(X < Y), rank based (ratings are ordinal). */
  readonly cliffsDelta: number;
}

function lowerBound(s: readonly number[], x: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if ((s[m] as number) < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

function upperBound(s: readonly number[], x: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if ((s[m] as number) <= x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/**
 * Cliff's δ of x against y in O((n+m) log m).
 *
 * @example
 * ```ts
 * cliffsDelta([3, 4, 5], [1, 2, 3]); // (8 − 0)/9 ≈ 0.889
 * ```
 */
export function cliffsDelta(x: readonly number[], y: readonly number[]): number {
  return cliffsDeltaSorted(
    x,
    [...y].sort((a, b) => a - b),
  );
}

/** {@link cliffsDelta} against y already sorted ascending (NaN when either is empty). */
function cliffsDeltaSorted(x: readonly number[], s: readonly number[]): number {
  if (x.length === 0 || s.length === 0) return Number.NaN;
  let dom = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    dom += lowerBound(s, v) - (s.length - upperBound(s, v));
  }
  return dom / (x.length * s.length);
}

/**
 * Standardized mean differences for numeric scores (methods.md §3.3): Cohen's d (pooled SD),
 * Hedges' g, the Welch t test and Cliff's δ.
 *
 * @example
 * ```ts
 * standardizedMeanDifference([80, 82, 85, 79, 84], [86, 88, 85, 90, 87]).d; // ≈ −2.30
 * ```
 */
export function standardizedMeanDifference(
  focal: readonly number[],
  reference: readonly number[],
): SmdResult {
  return smdAgainst(focal, referenceSample(reference));
}

/** A reference sample's size, moments and sorted values, for several comparisons. @internal */
export interface ReferenceSample {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
  readonly sorted: readonly number[];
}

/** The {@link ReferenceSample} of `reference`. @internal */
export function referenceSample(reference: readonly number[]): ReferenceSample {
  return {
    n: reference.length,
    mean: mean(reference),
    variance: variance(reference),
    sorted: [...reference].sort((a, b) => a - b),
  };
}

/**
 * {@link standardizedMeanDifference} of `focal` against a prepared reference (the audit compares
 * every group with the same best group). @internal
 */
export function smdAgainst(focal: readonly number[], ref: ReferenceSample): SmdResult {
  const n1 = focal.length;
  const n2 = ref.n;
  const m1 = mean(focal);
  const m2 = ref.mean;
  // Each sample's variance once (the same two-pass values welchT would compute again).
  const v1 = variance(focal);
  const v2 = ref.variance;
  const sp = Math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2));
  const d = sp > 0 ? (m1 - m2) / sp : Number.NaN;
  return {
    n1,
    n2,
    mean1: m1,
    mean2: m2,
    d,
    g: (1 - 3 / (4 * (n1 + n2) - 9)) * d,
    welch: welchTFromMoments({ n: n1, mean: m1, variance: v1 }, { n: n2, mean: m2, variance: v2 }),
    cliffsDelta: cliffsDeltaSorted(focal, ref.sorted),
  };
}
