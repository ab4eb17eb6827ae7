import type { RoundingMode } from '../arith/calculator.js';
import type { Regime } from '../codes.js';
import type { Text } from '../i18n/text.js';
import type { PeranPenilai } from '../model/perilaku.js';
import type { LegalRef } from './legal.js';

/**
 * A ruleset parameter: a value with the legal reference it comes from. Parameters whose
 * reference is `UNCERTAIN` are readings: the library ships the default listed in the spec
 * and says so in every trace that uses it.
 */
export interface Param<T> {
  readonly value: T;
  readonly ref: LegalRef;
  readonly description?: Text;
  /** Set by {@link extendRuleset} when an agency overrides the national value. */
  readonly overriddenBy?: string;
}

/** Weights in integer basis points (10000 = 100 %). */
export type Weights<K extends string> = Readonly<Record<K, number>>;

/** How reported values are rounded. Comparisons use exact values unless a rule says otherwise. */
export interface RoundingPolicy {
  readonly dp: number;
  readonly mode: RoundingMode;
}

/** A band on a numeric scale: `code` applies when `value >= min` (min inclusive), scanning best first. */
export interface Band<C extends string> {
  readonly code: C;
  /** Inclusive lower bound as a decimal string; `null` = no lower bound. */
  readonly min: string | null;
}

/** How non-integer values are placed in bands whose text only gives integer ranges. */
export type BoundaryMode =
  /** lower bound inclusive, exact comparison (e.g. 90.99 is below 91). */
  | 'LOWER_INCLUSIVE'
  /** round to `dp` decimals (half-up) first, then compare. */
  | 'ROUND_THEN_COMPARE';

/** Per-role rater weights in basis points. Missing roles are excluded and the rest re-normalised. */
export type RaterWeights = Weights<PeranPenilai>;

export type { Pmk6Params } from '../regimes/pmk6/params.js';
export type { CapaianBand, Pp30Params } from '../regimes/pp30/params.js';
export type { Pp46Params } from '../regimes/pp46/params.js';

import type { Pmk6Params } from '../regimes/pmk6/params.js';
import type { Pp30Params } from '../regimes/pp30/params.js';
import type { Pp46Params } from '../regimes/pp46/params.js';

// ---------------------------------------------------------------------------------------

interface RulesetCommon {
  readonly id: string;
  readonly version: string;
  readonly title: Text;
  /** Inclusive dates `YYYY-MM-DD`; `to` absent = still in force. */
  readonly effective: { readonly from: string; readonly to?: string };
  readonly legalBasis: readonly LegalRef[];
  /** The ruleset this one extends (agency variants). */
  readonly extends?: string;
  readonly agency?: string;
  readonly rounding: Param<RoundingPolicy>;
  /** Indicator type ids available to IKIs (built-in `standar` plus agency types). */
  readonly indicatorTypes: readonly string[];
}

export interface Pp46Ruleset extends RulesetCommon {
  readonly regime: 'PP46_2011';
  readonly params: Pp46Params;
}
export interface Pp30Ruleset extends RulesetCommon {
  readonly regime: 'PP30_2019';
  readonly params: Pp30Params;
}
export interface Pmk6Ruleset extends RulesetCommon {
  readonly regime: 'PERMENPANRB_6_2022';
  readonly params: Pmk6Params;
}

/** A complete, dated ruleset for one regime. Plain data: serialises to JSON and back. */
export type Ruleset = Pp46Ruleset | Pp30Ruleset | Pmk6Ruleset;

/** The ruleset type of a regime. */
export type RulesetOf<R extends Regime> = Extract<Ruleset, { regime: R }>;
