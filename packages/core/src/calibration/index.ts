/**
 * `@kinerja/core/calibration`: the organisation predikat and the distribution of employee
 * predikat (SE MenPANRB 3/2023), agency guidelines, apportionment, calibration proposals,
 * normalisation of numeric rater scores, audited calibration sessions and multi-level
 * organisations. Everything returns values and issues (never throws for bad input) and takes
 * and returns JSON, so PHP or Java callers can use it through a thin bridge.
 *
 * @example
 * ```ts
 * import { checkDistribution, proposeCalibration, hamilton } from '@kinerja/core/calibration';
 * checkDistribution({ BAIK: 10 }, 'BAIK').check?.verdict; // 'TIDAK_MEMENUHI' (advisory)
 * const team = [
 *   { nip: 'A', predikat: 'BAIK', ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI', skor: 91 },
 *   { nip: 'B', predikat: 'BAIK', ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI', skor: 74 },
 * ];
 * proposeCalibration(team, 'BAIK'); // B: Baik → Butuh Perbaikan (rating hasil kerja → Di Bawah), with reason
 * hamilton(12, [1000, 2000, 4000, 2000, 1000], { tie: 'flag' }); // tieAtCutoff [1, 3], 1 seat unassigned
 * ```
 *
 * @packageDocumentation
 */
export {
  type Apportionment,
  type ApportionOptions,
  type ApportionResult,
  hamilton,
  type TiePolicy,
  webster,
} from './apportion.js';
export {
  type CheckDistributionOptions,
  checkDistribution,
  type DistributionCheck,
  type DistributionCheckResult,
  type GuidelineInput,
  GuidelineSchema,
  type RuleAction,
  type RuleCheck,
  type UsedReading,
} from './check.js';
export {
  type BoundaryTie,
  type BoundaryTiePolicy,
  type ForcedDistributionOptions,
  type ForcedDistributionResult,
  forcedDistribution,
  type RankedItem,
  RankedItemSchema,
} from './forced.js';
export {
  type CountRule,
  DISTRIBUTION_REFS,
  type DistributionGuidance,
  extendGuidance,
  type GuidanceParams,
  type GuidanceRule,
  type ModalRule,
  type PolaDistribusi,
  type ResolvedRule,
  resolveRules,
  type SebagianBesarRule,
  type ShareRule,
  se_menpanrb_3_2023,
} from './guidance.js';
export {
  type PredikatCounts,
  PredikatCountsSchema,
  parseTeam,
  type TeamMember,
  type TeamMemberInput,
  TeamMemberSchema,
} from './input.js';
export { CALIBRATION_MESSAGES } from './messages.js';
export {
  percentileRanks,
  type RaterComponent,
  type RaterEffectsResult,
  type RaterScore,
  RaterScoreSchema,
  raterEffects,
  recenter,
  type ShrinkageResult,
  shrinkRaterMeans,
  type ZScoreResult,
  zScores,
} from './normalize.js';
export {
  checkOrganisation,
  type HeadOfUnitCheck,
  type OrganisationOptions,
  type OrganisationResult,
  type OrgUnit,
  OrgUnitSchema,
  type UnitReport,
} from './organisation.js';
export {
  calibrateTeam,
  type InfeasibleReason,
  type MatrixCell,
  type ProposedChange,
  type ProposeOptions,
  type ProposeResult,
  proposeCalibration,
  type RankKey,
  rankMembers,
} from './propose.js';
export {
  type CountInterval,
  countInterval,
  OPERATORS,
  type Operator,
  type QuotaRounding,
  roundRatio,
  shareInterval,
} from './quota.js';
export {
  type CalibrationSession,
  finalizeSession,
  openSession,
  recordChange,
  replay,
  type SessionEvent,
  type SessionEventInput,
  SessionEventSchema,
  type SessionOptions,
  type SessionResult,
  type SessionState,
  type SessionSubject,
  type StoredCheck,
  StoredCheckSchema,
  type SubjectValues,
  sessionDiff,
  startSession,
  verifyCalibrated,
} from './session.js';
export {
  type BoundedSet,
  type DistributionProblem,
  type FlowGroup,
  type FlowSolution,
  solveDistribution,
} from './solver.js';
