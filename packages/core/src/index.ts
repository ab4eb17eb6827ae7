/**
 * `@kinerja/core`: the performance-appraisal rules of Indonesia's civil service (ASN) as
 * exact, explainable code — PP 46/2011, PP 30/2019 + PermenPANRB 8/2021 and
 * PermenPANRB 6/2022 (BerAKHLAK, SE MenPANRB 3/2023).
 *
 * @packageDocumentation
 */
export * from './arith/index.js';
export * from './codes.js';
export { angkaKredit } from './consequences/index.js';
export {
  type AppliedRuleset,
  type EvaluateOptions,
  type EvaluationResult,
  evaluate,
  isRegimeResult,
} from './evaluate/evaluate.js';
export {
  addToSummary,
  type BatchResult,
  type BatchSummary,
  createBatchSummary,
  evaluateMany,
} from './evaluate/evaluateMany.js';
export { type Locale, type Text, t } from './i18n/text.js';
export {
  capaianIki,
  type IkiCapaianOutcome,
  INDICATOR_MESSAGES,
} from './indicators/capaian.js';
export {
  capaianPerIki,
  defineRatioIndicator,
  type Measured,
  percentRealisasi,
  RATIO_MESSAGES,
  type RatioIndicatorSpec,
} from './indicators/ratio.js';
export { standarIndicator } from './indicators/standar.js';
export type { CapaianContext, CapaianOutcome, IndicatorType } from './indicators/types.js';
export { defineMessages, formatPath, type Issue, type Path, type Warning } from './issues/issue.js';
export { safeParseWith, toIssues } from './issues/zod.js';
export * from './model/index.js';
export * from './regimes/pmk6/index.js';
export {
  type AnnualOutcome,
  aggregateAnnual,
  type PeriodicPredikat,
  predikatFromRatings,
  safePredikatFromRatings,
} from './regimes/pmk6/index.js';
export * from './regimes/pp30/index.js';
export * from './regimes/pp46/index.js';
export type {
  PredikatScale,
  RatingSource,
  RegimeModule,
  RegimeOutcome,
  RincianOf,
  ScoreContext,
} from './regimes/types.js';
export * from './rulesets/index.js';
export { formatTrace } from './trace/format.js';
export {
  createTracer,
  NO_TRACE,
  type Tracer,
  type TraceStep,
  type TraceValue,
} from './trace/trace.js';
export {
  renormalize,
  type UsedWeights,
  validateWeights,
  weightedMean,
} from './weighting/weights.js';

/** Library version. */
export const VERSION = '0.1.0';
