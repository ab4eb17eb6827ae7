/*
 * True forced distribution for the numeric regimes (methods.md §1.1 "Assigning individuals to
 * bins"): Hamilton counts, then people filled top-down by score, with a policy for equal scores
 * that straddle a bin boundary.
 */
import { z } from 'zod';
import type { Issue } from '../issues/issue.js';
import { safeParseWith } from '../issues/zod.js';
import { hamilton, type TiePolicy } from './apportion.js';
import { CALIBRATION_MESSAGES as M } from './messages.js';

/**
 * One person to place: an id, the calibrated score and optional secondary keys.
 *
 * @example
 * ```ts
 * RankedItemSchema.parse({ id: '198703122010011002', skor: 88.25, sekunder: [87.5] });
 * ```
 */
export const RankedItemSchema = z.strictObject({
  id: z.string().min(1),
  skor: z.number().refine(Number.isFinite, 'finite'),
  /** Secondary keys, higher first (e.g. adjusted score, previous rating as an ordinal). */
  sekunder: z.array(z.number().refine(Number.isFinite, 'finite')).optional(),
});
/**
 * One person to place.
 *
 * @example
 * ```ts
 * const x: RankedItem = { id: 'a', skor: 91 };
 * ```
 */
export type RankedItem = z.infer<typeof RankedItemSchema>;

/**
 * Equal scores at a bin boundary:
 * - `flag` (default, recommended for human-in-the-loop calibration): place by the secondary keys
 *   then the id, and report the tie for the session;
 * - `secondaryKeys`: place by the secondary keys then the id, and report nothing;
 * - `keepTogether`: everyone tied goes to the upper bin; the bin counts deviate from the targets
 *   and the deviation is reported.
 *
 * @example
 * ```ts
 * const p: BoundaryTiePolicy = 'keepTogether';
 * ```
 */
export type BoundaryTiePolicy = 'flag' | 'secondaryKeys' | 'keepTogether';

/**
 * Options of {@link forcedDistribution}.
 *
 * @example
 * ```ts
 * const o: ForcedDistributionOptions = { seatTie: 'centerFirst', boundaryTie: 'secondaryKeys' };
 * ```
 */
export interface ForcedDistributionOptions {
  /** Hamilton tie policy for the seat counts (default `higherBinFirst`: with bins best first, fewer top bins). */
  readonly seatTie?: Exclude<TiePolicy, 'flag'>;
  readonly boundaryTie?: BoundaryTiePolicy;
}

/**
 * A boundary between bin `upper` and the next bin where equal scores were split or kept.
 *
 * @example
 * ```ts
 * const t: BoundaryTie = { upper: 0, skor: 85, ids: ['b', 'c'] };
 * ```
 */
export interface BoundaryTie {
  readonly upper: number;
  readonly skor: number;
  readonly ids: readonly string[];
}

/**
 * Result of {@link forcedDistribution}.
 *
 * @example
 * ```ts
 * const r: ForcedDistributionResult = forcedDistribution([], [5000, 5000]);
 * r.ok && r.targets; // [0, 0]
 * ```
 */
export type ForcedDistributionResult =
  | {
      readonly ok: true;
      /** Target counts (Hamilton). */
      readonly targets: readonly number[];
      /** Actual counts (differ from the targets only with `keepTogether`). */
      readonly counts: readonly number[];
      /** In rank order: 1 = highest score. */
      readonly placements: readonly {
        readonly id: string;
        readonly bin: number;
        readonly rank: number;
      }[];
      readonly boundaryTies: readonly BoundaryTie[];
      readonly seatTieAtCutoff?: readonly number[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Places people into bins (ordered best first) by score: Hamilton target counts from the
 * shares in basis points, then filled top-down. Ties in score at a bin boundary follow
 * `boundaryTie`; nothing is random, and the result does not depend on the input order.
 *
 * @example
 * ```ts
 * forcedDistribution(
 *   [{ id: 'a', skor: 90 }, { id: 'b', skor: 80 }, { id: 'c', skor: 80 }, { id: 'd', skor: 70 }],
 *   [2500, 5000, 2500],
 * );
 * // targets [1, 2, 1]; a → 0, b and c → 1, d → 2; no boundary tie
 * ```
 */
export function forcedDistribution(
  items: unknown,
  shares: readonly number[],
  opts: ForcedDistributionOptions = {},
): ForcedDistributionResult {
  const parsed = safeParseWith(z.array(RankedItemSchema), items, ['items']);
  if (!parsed.success) return { ok: false, issues: parsed.issues };
  const xs = parsed.data;
  const seen = new Set<string>();
  const dup: Issue[] = [];
  xs.forEach((x, i) => {
    if (seen.has(x.id))
      dup.push(
        M.issue('DUPLICATE_ID', ['items', i, 'id'], {
          id: x.id,
          first: xs.findIndex((y) => y.id === x.id),
        }),
      );
    seen.add(x.id);
  });
  if (dup.length > 0) return { ok: false, issues: dup };
  const ap = hamilton(xs.length, shares, { tie: opts.seatTie ?? 'higherBinFirst' });
  if (!ap.ok) return ap;
  const cmp = (a: RankedItem, b: RankedItem): number => {
    if (a.skor !== b.skor) return b.skor - a.skor;
    const sa = a.sekunder ?? [];
    const sb = b.sekunder ?? [];
    for (let k = 0; k < Math.max(sa.length, sb.length); k++) {
      const x = sa[k] ?? Number.NEGATIVE_INFINITY;
      const y = sb[k] ?? Number.NEGATIVE_INFINITY;
      if (x !== y) return y - x;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  const sorted = [...xs].sort(cmp);
  const policy = opts.boundaryTie ?? 'flag';
  const bins = new Array<number>(sorted.length);
  const targets = ap.seats;
  const boundaryTies: BoundaryTie[] = [];
  let i = 0;
  let cum = 0;
  for (let b = 0; b < targets.length; b++) {
    // cumulative boundaries: an overflow kept together is taken from the next bin only
    cum += targets[b] as number;
    let end = b === targets.length - 1 ? sorted.length : Math.max(i, Math.min(cum, sorted.length));
    if (end > i && end < sorted.length) {
      const last = sorted[end - 1] as RankedItem;
      const next = sorted[end] as RankedItem;
      if (last.skor === next.skor) {
        const v = last.skor;
        let lo = end - 1;
        while (lo > 0 && (sorted[lo - 1] as RankedItem).skor === v) lo--;
        let hi = end;
        while (hi < sorted.length && (sorted[hi] as RankedItem).skor === v) hi++;
        if (policy !== 'secondaryKeys') {
          boundaryTies.push({ upper: b, skor: v, ids: sorted.slice(lo, hi).map((x) => x.id) });
        }
        if (policy === 'keepTogether') end = hi;
      }
    }
    for (; i < end; i++) bins[i] = b;
  }
  const counts = targets.map(() => 0);
  for (const b of bins) counts[b as number] = (counts[b as number] as number) + 1;
  return {
    ok: true,
    targets,
    counts,
    placements: sorted.map((x, k) => ({ id: x.id, bin: bins[k] as number, rank: k + 1 })),
    boundaryTies,
    ...(ap.tieAtCutoff ? { seatTieAtCutoff: ap.tieAtCutoff } : {}),
  };
}
