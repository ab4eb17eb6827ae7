/* Apportionment of target shares to a headcount in exact integer arithmetic (methods.md §1.1). */
import type { Issue } from '../issues/issue.js';
import { CALIBRATION_MESSAGES as M } from './messages.js';

/**
 * Who gets a seat when equal remainders (Hamilton) or equal priorities (Webster) straddle the
 * cut-off. Never random (audit requirement).
 *
 * - `lowerBinFirst` (alias `lowerIndexFirst`): the tied bin with the lower index;
 * - `higherBinFirst` (alias `higherIndexFirst`): the higher index;
 * - `largerQuotaFirst`: the larger weight, then the lower index;
 * - `centerFirst`: the bin nearer the middle of the scale, then the lower index;
 * - `flag`: nobody; the seats are left `unassigned` and the tied bins are reported in
 *   `tieAtCutoff` for the people running the calibration.
 *
 * With bins ordered best first (Sangat Baik = 0, as `PREDIKAT_PEGAWAI`), `higherBinFirst` is the
 * conservative choice (fewer top ratings); with bins ordered worst first it is `lowerBinFirst`.
 *
 * @example
 * ```ts
 * const p: TiePolicy = 'flag'; // leave a tie at the cut-off to the session
 * ```
 */
export type TiePolicy =
  | 'lowerBinFirst'
  | 'higherBinFirst'
  | 'lowerIndexFirst'
  | 'higherIndexFirst'
  | 'largerQuotaFirst'
  | 'centerFirst'
  | 'flag';

/**
 * Options of {@link hamilton} and {@link webster}.
 *
 * @example
 * ```ts
 * const o: ApportionOptions = { tie: 'higherBinFirst' };
 * hamilton(12, [1000, 2000, 4000, 2000, 1000], o); // seats [1, 2, 5, 3, 1]
 * ```
 */
export interface ApportionOptions {
  /** Default `flag`: a tie at the cut-off is returned to the humans running calibration. */
  readonly tie?: TiePolicy;
}

/**
 * Seats per bin, the exact quotas, and any tie left to humans.
 *
 * @example
 * ```ts
 * const a = hamilton(12, [1000, 2000, 4000, 2000, 1000], { tie: 'flag' });
 * if (a.ok) a.seats.reduce((s, x) => s + x, 0) + a.unassigned; // 12
 * ```
 */
export interface Apportionment {
  readonly method: 'HAMILTON' | 'WEBSTER';
  readonly seats: readonly number[];
  /** Exact quota of each bin as a fraction `num/den` (`den` = Σ weights). */
  readonly quotas: readonly { readonly num: number; readonly den: number }[];
  /** Bins tied at the cut-off (0-based), when a tie had to be broken or was flagged. */
  readonly tieAtCutoff?: readonly number[];
  /** Seats not assigned because of a flagged tie (0 otherwise); `Σ seats + unassigned = h`. */
  readonly unassigned: number;
}

/**
 * Result of an apportionment: the seats, or issues for invalid input (never throws).
 *
 * @example
 * ```ts
 * const r: ApportionResult = hamilton(10, [1, 1]);
 * r.ok ? r.seats : r.issues; // [5, 5]
 * ```
 */
export type ApportionResult =
  | ({ readonly ok: true } & Apportionment)
  | { readonly ok: false; readonly issues: readonly Issue[] };

function validate(h: number, weights: readonly number[]): Issue[] {
  const issues: Issue[] = [];
  if (!Number.isSafeInteger(h) || h < 0) {
    issues.push(M.issue('INVALID_SEATS', ['h'], { value: String(h) }));
  }
  if (!Array.isArray(weights) || weights.length === 0) {
    issues.push(M.issue('INVALID_WEIGHTS', ['weights'], { reason: 'empty / kosong' }));
    return issues;
  }
  weights.forEach((w, i) => {
    if (!Number.isSafeInteger(w) || w < 0) {
      issues.push(
        M.issue('INVALID_WEIGHTS', ['weights', i], {
          reason: `${String(w)} is not a non-negative integer / bukan bilangan bulat ≥ 0`,
        }),
      );
    }
  });
  if (issues.length > 0) return issues;
  const total = weights.reduce((s, w) => s + w, 0);
  if (total === 0) {
    issues.push(M.issue('INVALID_WEIGHTS', ['weights'], { reason: 'Σ = 0' }));
  } else if (!Number.isSafeInteger(total * Math.max(h, 1) * 2 + total)) {
    issues.push(M.issue('INVALID_WEIGHTS', ['weights'], { reason: 'too large / terlalu besar' }));
  }
  return issues;
}

function orderTied(tied: number[], weights: readonly number[], policy: TiePolicy): number[] {
  const B = weights.length;
  const byIndex = (a: number, b: number) => a - b;
  switch (policy) {
    case 'lowerBinFirst':
    case 'lowerIndexFirst':
    case 'flag':
      return [...tied].sort(byIndex);
    case 'higherBinFirst':
    case 'higherIndexFirst':
      return [...tied].sort((a, b) => b - a);
    case 'largerQuotaFirst':
      return [...tied].sort(
        (a, b) => (weights[b] as number) - (weights[a] as number) || byIndex(a, b),
      );
    case 'centerFirst':
      return [...tied].sort(
        (a, b) => Math.abs(2 * a - (B - 1)) - Math.abs(2 * b - (B - 1)) || byIndex(a, b),
      );
  }
}

/**
 * Largest-remainder (Hamilton, Hare quota) apportionment of `h` seats to bins with integer
 * weights (e.g. basis points), in exact integer arithmetic: quota `q_b = h·w_b/Σw`, base seats
 * `⌊q_b⌋`, and the leftover seats to the largest remainders `h·w_b mod Σw`. Satisfies the
 * quota rule (every bin gets `⌊q_b⌋` or `⌈q_b⌉`, flagged ties aside).
 *
 * **Alabama paradox:** raising `h` can take a seat away from a bin. With weights
 * 1500/1500/900/500/500/200, 25 seats give `[7,7,4,3,3,1]` but 26 seats give `[8,8,5,2,2,1]`.
 * When monotonicity in `h` matters more than the quota rule, use {@link webster}.
 *
 * @example
 * ```ts
 * hamilton(10, [47000, 16000, 15800, 12000, 6100, 3100]); // seats [5, 2, 1, 1, 1, 0]
 * hamilton(12, [1000, 2000, 4000, 2000, 1000], { tie: 'flag' });
 * // seats [1, 2, 5, 2, 1], unassigned 1, tieAtCutoff [1, 3]
 * hamilton(12, [1000, 2000, 4000, 2000, 1000], { tie: 'lowerBinFirst' }).ok; // seats [1, 3, 5, 2, 1]
 * ```
 */
export function hamilton(
  h: number,
  weights: readonly number[],
  opts: ApportionOptions = {},
): ApportionResult {
  const issues = validate(h, weights);
  if (issues.length > 0) return { ok: false, issues };
  const policy = opts.tie ?? 'flag';
  const W = weights.reduce((s, w) => s + w, 0);
  const nums = weights.map((w) => h * w);
  const rems = nums.map((n) => n % W);
  const seats = nums.map((n, i) => (n - (rems[i] as number)) / W);
  let left = h - seats.reduce((s, x) => s + x, 0);
  const quotas = nums.map((num) => ({ num, den: W }));
  if (left === 0) return { ok: true, method: 'HAMILTON', seats, quotas, unassigned: 0 };
  const order = rems.map((_, i) => i).sort((a, b) => (rems[b] as number) - (rems[a] as number));
  const cutoff = rems[order[left - 1] as number] as number;
  for (const i of order) {
    if ((rems[i] as number) > cutoff) {
      seats[i] = (seats[i] as number) + 1;
      left--;
    }
  }
  const tied = order.filter((i) => rems[i] === cutoff);
  if (tied.length === left) {
    for (const i of tied) seats[i] = (seats[i] as number) + 1;
    return { ok: true, method: 'HAMILTON', seats, quotas, unassigned: 0 };
  }
  const tieAtCutoff = [...tied].sort((a, b) => a - b);
  if (policy === 'flag') {
    return { ok: true, method: 'HAMILTON', seats, quotas, tieAtCutoff, unassigned: left };
  }
  for (const i of orderTied(tied, weights, policy).slice(0, left)) {
    seats[i] = (seats[i] as number) + 1;
  }
  return { ok: true, method: 'HAMILTON', seats, quotas, tieAtCutoff, unassigned: 0 };
}

/**
 * Webster (Sainte-Laguë) divisor apportionment: each seat goes to the bin with the largest
 * `w_b / (2·s_b + 1)`, compared exactly as `w_a·(2s_b+1)` vs `w_b·(2s_a+1)`. House-monotone
 * (no Alabama paradox) but may violate the quota rule. Ties at the last seats follow the same
 * policies as {@link hamilton}.
 *
 * @example
 * ```ts
 * webster(10, [47000, 16000, 15800, 12000, 6100, 3100]); // seats [4, 2, 2, 1, 1, 0]
 * ```
 */
export function webster(
  h: number,
  weights: readonly number[],
  opts: ApportionOptions = {},
): ApportionResult {
  const issues = validate(h, weights);
  if (issues.length > 0) return { ok: false, issues };
  const policy = opts.tie ?? 'flag';
  const W = weights.reduce((s, w) => s + w, 0);
  const quotas = weights.map((w) => ({ num: h * w, den: W }));
  const seats = weights.map(() => 0);
  let left = h;
  // a beats b when w_a/(2s_a+1) > w_b/(2s_b+1)
  const cmp = (a: number, b: number) =>
    (weights[a] as number) * (2 * (seats[b] as number) + 1) -
    (weights[b] as number) * (2 * (seats[a] as number) + 1);
  while (left > 0) {
    let best: number[] = [];
    for (let i = 0; i < weights.length; i++) {
      if (weights[i] === 0) continue;
      if (best.length === 0) best = [i];
      else {
        const c = cmp(i, best[0] as number);
        if (c > 0) best = [i];
        else if (c === 0) best.push(i);
      }
    }
    if (best.length <= left) {
      for (const i of best) seats[i] = (seats[i] as number) + 1;
      left -= best.length;
      continue;
    }
    const tieAtCutoff = [...best].sort((a, b) => a - b);
    if (policy === 'flag') {
      return { ok: true, method: 'WEBSTER', seats, quotas, tieAtCutoff, unassigned: left };
    }
    for (const i of orderTied(best, weights, policy).slice(0, left)) {
      seats[i] = (seats[i] as number) + 1;
    }
    return { ok: true, method: 'WEBSTER', seats, quotas, tieAtCutoff, unassigned: 0 };
  }
  return { ok: true, method: 'WEBSTER', seats, quotas, unassigned: 0 };
}
