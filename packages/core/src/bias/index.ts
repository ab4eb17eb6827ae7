/**
 * `@kinerja/core/bias` — objectivity checks: rater effects, inter-rater reliability and group
 * fairness, with privacy thresholds, plus the distribution functions they need.
 *
 * @module
 */
export {
  completeRows,
  type PerilakuRating,
  perilakuRatings,
  raterMatrix,
  selfSupervisorPairs,
} from './appraisals.js';
export {
  AUDIT_ATTRIBUTES,
  AUDIT_CHECKS,
  type AuditAttribute,
  type AuditCheck,
  type AuditOptions,
  AuditOptionsSchema,
  type AuditReport,
  audit,
  type Finding,
} from './audit.js';
export * from './distributions/index.js';
export {
  type FlipOne,
  type GroupCount,
  type GroupImpact,
  type ImpactAnalysis,
  impactRatios,
  type OutcomeKind,
} from './fairness/impact.js';
export { cliffsDelta, type SmdResult, standardizedMeanDifference } from './fairness/smd.js';
export {
  compareProportions,
  type FisherResult,
  fisherExact,
  type TwoProportionResult,
} from './fairness/twoByTwo.js';
export { BIAS_MESSAGES } from './messages.js';
export { isSuppressed, type Suppressed, suppressed } from './privacy.js';
export { type HaloResult, halo, type RaterHalo } from './raters/halo.js';
export { type LeniencyResult, leniency, type RaterLeniency } from './raters/leniency.js';
export {
  type AdditiveModelResult,
  type Components,
  fitAdditiveModel,
  type RaterEffect,
  raterComponents,
} from './raters/model.js';
export { type OutlierItem, type OutlierResult, robustOutliers } from './raters/outliers.js';
export {
  type RaterRecency,
  type RecencyInput,
  type RecencyResult,
  recency,
} from './raters/recency.js';
export { type SelfGapResult, selfSupervisorGap } from './raters/selfGap.js';
export { type RaterSpread, raterSpread, type SpreadResult } from './raters/spread.js';
export type { DimensionRating, RaterOptions, RatingRecord } from './raters/types.js';
export {
  type IccEstimate,
  type IccFailure,
  type IccForm,
  type IccResult,
  icc,
} from './reliability/icc.js';
export {
  type CohenKappaResult,
  cohenKappa,
  cohenKappaTable,
  type FleissKappaResult,
  fleissKappa,
  type KappaFailure,
  type KappaWeights,
  type LandisKoch,
  landisKoch,
} from './reliability/kappa.js';
export {
  type AlphaLevel,
  type AlphaResult,
  type AlphaValue,
  krippendorffAlpha,
} from './reliability/krippendorff.js';
export {
  type AnovaResult,
  fisherMean,
  mad,
  mean,
  median,
  oneWayAnova,
  type PAdjustMethod,
  type PairedResult,
  pAdjust,
  pairedT,
  pearson,
  quantile7,
  sd,
  variance,
  type WelchResult,
  welchT,
} from './stats.js';
