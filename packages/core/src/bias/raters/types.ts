/** One rating: rater `rater` gave ratee `ratee` the score `value` (higher = better). */
export interface RatingRecord {
  readonly rater: string;
  readonly ratee: string;
  readonly value: number;
}

/** One rating of one dimension (a BerAKHLAK value or a PP 46 / PP 30 aspect). */
export interface DimensionRating extends RatingRecord {
  readonly dimension: string;
}

/** Options shared by the rater analyses. */
export interface RaterOptions {
  /** Minimum ratings per rater before anything about that rater is reported (default 5). */
  readonly minPerRater?: number;
  /** Significance level (default 0.05). */
  readonly alpha?: number;
  /** Multiple-comparison adjustment across raters (default Holm). */
  readonly correction?: 'holm' | 'BH' | 'none';
}

/**
 * Groups values by a key; the map's keys are sorted so iteration is deterministic.
 *
 * @example
 * ```ts
 * [...groupBy([{ r: 'b' }, { r: 'a' }], (x) => x.r).keys()]; // ['a', 'b']
 * ```
 */
export function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as T;
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return new Map([...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}
