import type { Text } from '../../i18n/text.js';
import { BIAS_MESSAGES as M } from '../messages.js';
import { mean, pearson } from '../stats.js';
import { groupBy } from './types.js';

/** A ratee's final rating and the time-stamped periodic evidence behind it. */
export interface RecencyInput {
  readonly rater: string;
  readonly ratee: string;
  readonly final: number;
  /** Periodic evidence (check-ins, monthly/quarterly scores) with ISO dates `YYYY-MM-DD`. */
  readonly evidence: readonly { readonly date: string; readonly value: number }[];
}

/** Recency heuristic of one rater. */
export interface RaterRecency {
  readonly rater: string;
  readonly n: number;
  readonly suppressed: boolean;
  /** Why the rater is suppressed (too few ratees). */
  readonly reason?: Text;
  /** r(final, early-period mean) and r(final, late-period mean). */
  readonly rEarly?: number;
  readonly rLate?: number;
  /** Standardized regression weights of final on early and late means. */
  readonly betaEarly?: number;
  readonly betaLate?: number;
  /** β_L − β_E: how much more the final rating tracks the late period. */
  readonly index?: number;
  readonly flag?: 'RECENCY';
}

/** Result of {@link recency}; always labelled as a heuristic. */
export interface RecencyResult {
  readonly heuristic: true;
  readonly label: Text;
  readonly threshold: number;
  readonly raters: readonly RaterRecency[];
}

/**
 * Recency — a clearly LABELLED HEURISTIC (methods.md §2.4: the literature has no standard
 * index). Each ratee's evidence is split in time order into an early half and a late half
 * (the middle item of an odd count is left out); per rater, the final ratings are regressed on
 * the early and late means (standardized weights from the correlations) and
 * β_L − β_E > `threshold` (default 0.5) is flagged. Ratees need at least two dated evidence
 * items; raters need `minPerRater` (default 5) such ratees. No p-value is claimed.
 *
 * @example
 * ```ts
 * const r = recency([]);
 * r.heuristic; // true
 * ```
 */
export function recency(
  inputs: readonly RecencyInput[],
  opts: { minPerRater?: number; threshold?: number } = {},
): RecencyResult {
  const minPerRater = opts.minPerRater ?? 5;
  const threshold = opts.threshold ?? 0.5;
  const usable = inputs
    .map((x) => {
      const ev = [...x.evidence].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      if (ev.length < 2) return undefined;
      const h = Math.floor(ev.length / 2);
      const early = mean(ev.slice(0, h).map((e) => e.value));
      const late = mean(ev.slice(ev.length - h).map((e) => e.value));
      return { rater: x.rater, final: x.final, early, late };
    })
    .filter((x): x is { rater: string; final: number; early: number; late: number } => !!x);
  const raters = [...groupBy(usable, (x) => x.rater).entries()].map(([rater, xs]): RaterRecency => {
    const n = xs.length;
    if (n < minPerRater) {
      return {
        rater,
        n,
        suppressed: true,
        reason: M.text('SUPPRESSED_RATER', { min: minPerRater }),
      };
    }
    const f = xs.map((x) => x.final);
    const e = xs.map((x) => x.early);
    const l = xs.map((x) => x.late);
    const rE = pearson(f, e);
    const rL = pearson(f, l);
    const rEL = pearson(e, l);
    const d = 1 - rEL * rEL;
    const betaEarly = d > 1e-12 ? (rE - rL * rEL) / d : Number.NaN;
    const betaLate = d > 1e-12 ? (rL - rE * rEL) / d : Number.NaN;
    const index = betaLate - betaEarly;
    return {
      rater,
      n,
      suppressed: false,
      rEarly: rE,
      rLate: rL,
      betaEarly,
      betaLate,
      index,
      ...(index > threshold ? { flag: 'RECENCY' as const } : {}),
    };
  });
  return { heuristic: true, label: M.text('RECENCY_HEURISTIC', {}), threshold, raters };
}
