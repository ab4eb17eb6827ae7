import type { Text } from '../../i18n/text.js';
import type { Issue } from '../../issues/issue.js';
import { BIAS_MESSAGES as M } from '../messages.js';
import { type Suppressed, suppressed, suppressionPlan } from '../privacy.js';
import { compareProportions, type TwoProportionResult } from './twoByTwo.js';

/** Which outcome a count measures. */
export type OutcomeKind = 'favourable' | 'adverse';

/** Count of one group: `events` of `total` had the outcome. */
export interface GroupCount {
  readonly group: string;
  readonly events: number;
  readonly total: number;
}

/** The flip-one stability check (UGESP Q&A "one different person"). */
export interface FlipOne {
  /** IR after moving one outcome in the focal group's favour and one against the reference. */
  readonly irAfterSwap: number | null;
  /** IR after changing one focal person's outcome only. */
  readonly irAfterOne: number | null;
  /** After the swap the focal group fares at least as well as the reference. */
  readonly reverses: boolean;
  /** After either change the group is no longer below four-fifths. */
  readonly clearsFlag: boolean;
}

/** Impact analysis of one reportable group. */
export interface GroupImpact {
  readonly group: string;
  readonly suppressed: false;
  readonly events: number;
  readonly total: number;
  readonly rate: number;
  readonly isReference: boolean;
  /**
   * Favourable: rate / highest rate. Adverse: lowest adverse rate / rate. Lower is worse for the
   * group in both; `null` when undefined (0/0, or a group with no adverse outcomes).
   */
  readonly impactRatio: number | null;
  /** Four-fifths rule, strictly IR < 0.8, decided in integers (x₁·n₂·5 < 4·x₂·n₁). */
  readonly belowFourFifths: boolean;
  /** Tests against the reference group (absent for the reference itself). */
  readonly test?: TwoProportionResult;
  /** One-sided Fisher p in the direction of disadvantage (fewer favourable / more adverse). */
  readonly oneSidedP?: number;
  /** Shortfall in whole persons (favourable: missing good outcomes; adverse: excess bad ones). */
  readonly shortfallPersons?: number;
  readonly flipOne?: FlipOne;
  /** Flagged, but one different person's outcome would change the conclusion. */
  readonly unstable: boolean;
}

/** Result of {@link impactRatios}. */
export interface ImpactAnalysis {
  readonly outcome: OutcomeKind;
  readonly reference: string | null;
  readonly minGroupSize: number;
  readonly groups: readonly (GroupImpact | (Suppressed & { readonly group: string }))[];
  readonly note: Text;
  /** Groups with invalid counts (left out of the analysis), with their index as path. */
  readonly issues: readonly Issue[];
}

/** (a/b) / (c/d) < 4/5 for non-negative integers, b, d > 0, c > 0. */
function belowFourFifths(a: number, b: number, c: number, d: number): boolean {
  return 5 * a * d < 4 * c * b;
}

/** Exact comparison of rates a/b vs c/d: −1, 0, 1. */
function cmpRate(a: number, b: number, c: number, d: number): number {
  const l = a * d;
  const r = c * b;
  return l < r ? -1 : l > r ? 1 : 0;
}

function roundHalfAwayFromZero(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/**
 * Impact ratios of every group against the reference group (UGESP 29 CFR 1607.4(D)): for a
 * favourable outcome the reference is the group with the highest rate and IR = rate / highest;
 * for an adverse outcome the reference is the group with the lowest adverse rate and
 * IR = lowest / rate. The four-fifths flag is strictly IR < 0.8, decided in integers. Each
 * group also gets the pooled z, N−1 χ², Fisher's exact test, Campbell's choice, the shortfall
 * and the flip-one check. Groups smaller than `minGroupSize` (default 5) are suppressed and
 * never serve as reference; when exactly one group is suppressed the smallest other group is
 * suppressed too, so the small group's size cannot be derived from the total.
 *
 * @example
 * ```ts
 * const r = impactRatios([
 *   { group: 'A', events: 60, total: 100 },
 *   { group: 'B', events: 45, total: 100 },
 *   { group: 'C', events: 48, total: 100 },
 *   { group: 'D', events: 51, total: 100 },
 * ]);
 * // IRs 1.00 / 0.75 / 0.80 / 0.85; only B is below four-fifths.
 * ```
 */
export function impactRatios(
  groups: readonly GroupCount[],
  opts: { outcome?: OutcomeKind; minGroupSize?: number } = {},
): ImpactAnalysis {
  const outcome = opts.outcome ?? 'favourable';
  const minGroupSize = opts.minGroupSize ?? 5;
  const fav = outcome === 'favourable';
  const issues: Issue[] = [];
  const valid = groups.filter((g, i) => {
    const ok =
      typeof g?.group === 'string' &&
      Number.isSafeInteger(g.events) &&
      Number.isSafeInteger(g.total) &&
      g.events >= 0 &&
      g.events <= g.total;
    if (!ok) issues.push(M.issue('INVALID_GROUP_COUNT', [i], { group: String(g?.group) }));
    return ok;
  });
  const plan = suppressionPlan(
    valid.map((g) => ({ key: g.group, n: g.total })),
    Math.max(1, minGroupSize),
  );
  const eligible = valid.filter((g) => !plan.has(g.group));
  // Reference: best rate (highest favourable / lowest adverse); ties → larger group, then name.
  let ref: GroupCount | undefined;
  for (const g of eligible) {
    if (!ref) {
      ref = g;
      continue;
    }
    const c = cmpRate(g.events, g.total, ref.events, ref.total) * (fav ? 1 : -1);
    if (
      c > 0 ||
      (c === 0 && (g.total > ref.total || (g.total === ref.total && g.group < ref.group)))
    ) {
      ref = g;
    }
  }
  const out = valid.map((g): GroupImpact | (Suppressed & { group: string }) => {
    const why = plan.get(g.group);
    if (why || !ref) {
      return {
        group: g.group,
        ...suppressed(
          why === 'SECONDARY'
            ? M.text('SUPPRESSED_SECONDARY', {})
            : M.text('SUPPRESSED_GROUP', { min: minGroupSize }),
        ),
      };
    }
    const rate = g.events / g.total;
    const isReference = g === ref;
    const x1 = g.events;
    const n1 = g.total;
    const x2 = ref.events;
    const n2 = ref.total;
    const ir = (a: number, b: number, c: number, d: number): number | null =>
      fav ? (c === 0 ? null : a / b / (c / d)) : a === 0 ? null : c / d / (a / b);
    const flagged = (a: number, b: number, c: number, d: number): boolean =>
      fav ? c > 0 && belowFourFifths(a, b, c, d) : a > 0 && belowFourFifths(c, d, a, b);
    const impactRatio = isReference ? (ir(x1, n1, x2, n2) === null ? null : 1) : ir(x1, n1, x2, n2);
    const below = !isReference && flagged(x1, n1, x2, n2);
    if (isReference) {
      return {
        group: g.group,
        suppressed: false,
        events: x1,
        total: n1,
        rate,
        isReference,
        impactRatio,
        belowFourFifths: false,
        unstable: false,
      };
    }
    const test = compareProportions(x1, n1, x2, n2);
    // One person's outcome moves in the focal group's favour (and, for the swap, one against
    // the reference).
    const step = fav ? 1 : -1;
    const one = x1 + step;
    const canOne = one >= 0 && one <= n1;
    const other = x2 - step;
    const canSwap = canOne && other >= 0 && other <= n2;
    const irAfterOne = canOne ? ir(one, n1, x2, n2) : null;
    const irAfterSwap = canSwap ? ir(one, n1, other, n2) : null;
    const reverses = canSwap && cmpRate(one, n1, other, n2) * step >= 0;
    const clearsFlag =
      below && ((canOne && !flagged(one, n1, x2, n2)) || (canSwap && !flagged(one, n1, other, n2)));
    return {
      group: g.group,
      suppressed: false,
      events: x1,
      total: n1,
      rate,
      isReference,
      impactRatio,
      belowFourFifths: below,
      test,
      oneSidedP: fav ? test.fisher.less : test.fisher.greater,
      shortfallPersons: roundHalfAwayFromZero(fav ? test.shortfall : -test.shortfall),
      flipOne: { irAfterSwap, irAfterOne, reverses, clearsFlag },
      unstable: below && (reverses || clearsFlag),
    };
  });
  return {
    outcome,
    reference: ref?.group ?? null,
    minGroupSize,
    groups: out,
    note: fav ? M.text('NOTE_FAVOURABLE', {}) : M.text('NOTE_ADVERSE', {}),
    issues,
  };
}
