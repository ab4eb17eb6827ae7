import type { Calculator } from '../arith/calculator.js';
import type { Predikat, Rating, Regime } from '../codes.js';
import type { Text } from '../i18n/text.js';
import type { IndicatorType } from '../indicators/types.js';
import type { Issue, Warning } from '../issues/issue.js';
import type { Appraisal } from '../model/appraisal.js';
import type { Ruleset, RulesetOf } from '../ruleset/types.js';
import type { Tracer } from '../trace/trace.js';
import type { Pmk6Rincian } from './pmk6/index.js';
import type { Pp30Rincian } from './pp30/regime.js';
import type { RincianPp46 } from './pp46/score.js';

/** Everything a regime's scorer receives besides the appraisal and the ruleset. */
export interface ScoreContext {
  readonly tracer: Tracer;
  /** Indicator types available in this ruleset, by id. */
  readonly indicatorTypes: ReadonlyMap<string, IndicatorType>;
  /** Records a warning (deduplicated by code+rule by the caller). */
  warn(w: Warning): void;
  /**
   * Records that an UNCERTAIN parameter decided something. The caller turns this into a
   * single warning per parameter and marks the trace step.
   */
  usedReading(paramName: string): void;
}

/** Which scale a predikat code belongs to (labels differ between regimes). */
export type PredikatScale = 'PP46' | 'PP30' | 'PMK6';

/** How a 6/2022 rating was obtained. */
export type RatingSource = 'PENILAI' | 'KEPALA_UNIT' | 'SARAN_HEURISTIK';

/**
 * The `rincian` (regime-specific breakdown) of a regime's results: {@link RincianPp46},
 * {@link Pp30Rincian} or {@link Pmk6Rincian}. For the default `Regime` it is the union of the three.
 *
 * @example
 * ```ts
 * type R = RincianOf<'PP30_2019'>; // Pp30Rincian
 * ```
 */
export type RincianOf<R extends Regime> = R extends 'PP46_2011'
  ? RincianPp46
  : R extends 'PP30_2019'
    ? Pp30Rincian
    : R extends 'PERMENPANRB_6_2022'
      ? Pmk6Rincian
      : never;

/**
 * What a regime scorer returns. Reported numbers are decimal strings already rounded by the
 * ruleset's rounding policy (e.g. `"85.50"`). `R` narrows `rincian` to one regime's breakdown.
 */
export type RegimeOutcome<R extends Regime = Regime> =
  | {
      readonly ok: true;
      /** Reported values, e.g. `{ skp: '85.50', perilaku: '80.00', akhir: '83.30' }`. */
      readonly nilai: Readonly<Record<string, string>>;
      readonly rating?: {
        readonly hasilKerja: Rating;
        readonly perilaku: Rating;
        readonly sumber: { readonly hasilKerja: RatingSource; readonly perilaku: RatingSource };
      };
      readonly predikat: {
        readonly code: Predikat;
        readonly scale: PredikatScale;
        readonly label: Text;
      };
      /** Regime-specific breakdown (per kegiatan/RHK values as reported strings). */
      readonly rincian?: RincianOf<R>;
      /** Consequence flags, e.g. `{ hukumanDisiplin: true }` (PP 46 SKP < 50). */
      readonly flags?: Readonly<Record<string, boolean>>;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * A regime: validates the regime-specific requirements of an appraisal and scores it,
 * written once against the {@link Calculator} interface so it runs on both backends.
 */
export interface RegimeModule<R extends Regime = Regime> {
  readonly regime: R;
  score<T>(c: Calculator<T>, a: Appraisal, rs: RulesetOf<R>, ctx: ScoreContext): RegimeOutcome;
}

export type AnyRuleset = Ruleset;
