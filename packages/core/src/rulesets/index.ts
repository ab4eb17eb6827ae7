/**
 * `@kinerja/core/rulesets`: the national rulesets as data, and the tools to choose, extend,
 * validate, serialise and load them.
 *
 * @packageDocumentation
 */
export { permenpanrb_6_2022, pmk6Regime } from '../regimes/pmk6/index.js';
export { permenpanrb_8_2021, pp30Regime } from '../regimes/pp30/index.js';
export { pp46_2011, pp46Regime } from '../regimes/pp46/index.js';
export {
  extendRuleset,
  loadRuleset,
  type ParamOverride,
  RulesetError,
  type RulesetExtension,
  safeExtendRuleset,
  safeLoadRuleset,
  serializeRuleset,
  validateRuleset,
} from '../ruleset/extend.js';
export { kindOf, type LegalRef, type RuleKind, type RuleStatus, ref } from '../ruleset/legal.js';
export {
  builtinIndicatorTypes,
  inForce,
  type NationalRulesetId,
  nationalRuleset,
  rulesetFor,
  rulesets,
} from '../ruleset/registry.js';
export type * from '../ruleset/types.js';
