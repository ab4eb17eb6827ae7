/* Quota arithmetic in integers: shares are basis points, never floats (methods.md §1.1). */

/**
 * How a share limit that is not a whole number of people is rounded.
 *
 * @example
 * ```ts
 * roundRatio(7, 2, 'HALF_UP'); // 4
 * ```
 */
export type QuotaRounding = 'FLOOR' | 'CEIL' | 'HALF_UP';

/**
 * Comparison operators of a guideline (SAP KBA 3045355 style).
 *
 * @example
 * ```ts
 * OPERATORS.includes('between'); // true
 * ```
 */
export const OPERATORS = ['=', '<', '<=', '>', '>=', 'between'] as const;
/**
 * A guideline operator.
 *
 * @example
 * ```ts
 * const op: Operator = '<'; // strict: count·10000 < h·b
 * ```
 */
export type Operator = (typeof OPERATORS)[number];

/**
 * A closed interval of head counts `[min, max]`; empty when `min > max`.
 *
 * @example
 * ```ts
 * const iv: CountInterval = shareInterval(10, '<=', 7000); // { min: 0, max: 7 }
 * ```
 */
export interface CountInterval {
  readonly min: number;
  readonly max: number;
}

/**
 * `⌊num / den⌋`, `⌈num / den⌉` or half-up of a non-negative integer ratio, computed with
 * integer remainders only. `Math.ceil(0.07 * 100)` is 8 in IEEE doubles; `roundRatio(7 * 100,
 * 10000 / 100, 'CEIL')`-style integer arithmetic is always exact (inputs must be safe integers).
 *
 * @example
 * ```ts
 * roundRatio(100 * 700, 10000, 'CEIL'); // 7 (7 % of 100 people), never 8
 * roundRatio(100 * 2900, 10000, 'FLOOR'); // 29, never 28
 * roundRatio(12 * 2000, 10000, 'HALF_UP'); // 2 (2.4)
 * ```
 */
export function roundRatio(num: number, den: number, mode: QuotaRounding): number {
  const rem = num % den;
  const q = (num - rem) / den;
  if (rem === 0) return q;
  if (mode === 'FLOOR') return q;
  if (mode === 'CEIL') return q + 1;
  return 2 * rem >= den ? q + 1 : q;
}

/**
 * The allowed count interval of a share guideline at headcount `h`, in integers.
 *
 * - `<= b`: `max = round_max(h·b/10000)`; `< b`: the largest `c` with `c·10000 < h·b` (strict,
 *   exact, not subject to rounding);
 * - `>= a`: `min = round_min(h·a/10000)`; `> a`: the smallest `c` with `c·10000 > h·a`;
 * - `= a`: `[round_min(h·a/10000), round_max(h·a/10000)]` (empty with the default rounding when
 *   `h·a/10000` is not whole);
 * - `between [a, b]`: `[round_min(h·a/10000), round_max(h·b/10000)]`.
 *
 * @param bp - basis points (10000 = 100 %); `[a, b]` for `between`.
 * @param rounding - rounding of maxima and minima (default floor/ceil, the spec's reading).
 *
 * @example
 * ```ts
 * shareInterval(10, '<=', 7000); // { min: 0, max: 7 }
 * shareInterval(7, '>=', 6000); // { min: 5, max: 7 }   (4.2 → 5)
 * shareInterval(10, '<', 7000); // { min: 0, max: 6 }   (7·10000 < 10·7000 is false)
 * ```
 */
export function shareInterval(
  h: number,
  op: Operator,
  bp: number | readonly [number, number],
  rounding: { readonly maks: QuotaRounding; readonly min: QuotaRounding } = {
    maks: 'FLOOR',
    min: 'CEIL',
  },
): CountInterval {
  const D = 10000;
  const [a, b] = typeof bp === 'number' ? [bp, bp] : bp;
  switch (op) {
    case '<=':
      return { min: 0, max: Math.min(h, roundRatio(h * b, D, rounding.maks)) };
    case '<':
      // c·10000 < h·b  ⇔  c ≤ ⌈h·b/10000⌉ − 1
      return { min: 0, max: Math.min(h, roundRatio(h * b, D, 'CEIL') - 1) };
    case '>=':
      return { min: roundRatio(h * a, D, rounding.min), max: h };
    case '>':
      // c·10000 > h·a  ⇔  c ≥ ⌊h·a/10000⌋ + 1
      return { min: roundRatio(h * a, D, 'FLOOR') + 1, max: h };
    case '=':
      return {
        min: roundRatio(h * a, D, rounding.min),
        max: Math.min(h, roundRatio(h * a, D, rounding.maks)),
      };
    case 'between':
      return {
        min: roundRatio(h * a, D, rounding.min),
        max: Math.min(h, roundRatio(h * b, D, rounding.maks)),
      };
  }
}

/**
 * The allowed count interval of a guideline stated in people (e.g. "at least one").
 *
 * @example
 * ```ts
 * countInterval(10, '>=', 1); // { min: 1, max: 10 }
 * countInterval(10, 'between', [2, 4]); // { min: 2, max: 4 }
 * ```
 */
export function countInterval(
  h: number,
  op: Operator,
  n: number | readonly [number, number],
): CountInterval {
  const [a, b] = typeof n === 'number' ? [n, n] : n;
  switch (op) {
    case '<=':
      return { min: 0, max: Math.min(h, b) };
    case '<':
      return { min: 0, max: Math.min(h, b - 1) };
    case '>=':
      return { min: a, max: h };
    case '>':
      return { min: a + 1, max: h };
    case '=':
      return { min: a, max: Math.min(h, a) };
    case 'between':
      return { min: a, max: Math.min(h, b) };
  }
}

/** Percent text of basis points, e.g. 7000 → "70", 1050 → "10.5". */
export function bpText(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const frac = bp % 100;
  if (frac === 0) return String(whole);
  return `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}
