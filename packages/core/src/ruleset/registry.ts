import type { Regime } from '../codes.js';
import { standarIndicator } from '../indicators/standar.js';
import type { IndicatorType } from '../indicators/types.js';
import { permenpanrb_6_2022 } from '../regimes/pmk6/ruleset.js';
import { permenpanrb_8_2021 } from '../regimes/pp30/ruleset.js';
import { pp46_2011 } from '../regimes/pp46/ruleset.js';
import type { Ruleset } from './types.js';

/**
 * The national rulesets shipped with the library, by id.
 *
 * @example
 * ```ts
 * import { rulesets } from '@kinerja/core';
 * rulesets['permenpanrb-6-2022'].effective.from; // '2022-01-01'
 * ```
 */
export const rulesets = {
  'pp46-2011': pp46_2011,
  'permenpanrb-8-2021': permenpanrb_8_2021,
  'permenpanrb-6-2022': permenpanrb_6_2022,
} as const satisfies Record<string, Ruleset>;

/** Ids of the national rulesets. */
export type NationalRulesetId = keyof typeof rulesets;

/** Built-in indicator types. */
export const builtinIndicatorTypes: ReadonlyMap<string, IndicatorType> = new Map([
  [standarIndicator.id, standarIndicator as IndicatorType],
]);

const IMPLS = Symbol.for('kinerja.indicatorTypes');

/** Indicator type implementations attached to a ruleset by {@link extendRuleset} (not serialised). */
export function attachedIndicatorTypes(rs: Ruleset): ReadonlyMap<string, IndicatorType> {
  const m = (rs as unknown as { [IMPLS]?: Map<string, IndicatorType> })[IMPLS];
  return m ?? new Map();
}

/** Attaches indicator type implementations as a non-enumerable property (JSON drops it). */
export function withIndicatorTypes<R extends Ruleset>(rs: R, types: Iterable<IndicatorType>): R {
  const m = new Map(attachedIndicatorTypes(rs));
  for (const t of types) m.set(t.id, t);
  Object.defineProperty(rs, IMPLS, {
    value: m,
    enumerable: false,
    configurable: true,
    writable: false,
  });
  return rs;
}

/** Resolves the indicator type implementations a ruleset lists. */
export function resolveIndicatorTypes(
  rs: Ruleset,
  extra: Iterable<IndicatorType> = [],
): { types: Map<string, IndicatorType>; missing: string[] } {
  const pool = new Map(builtinIndicatorTypes);
  for (const [k, v] of attachedIndicatorTypes(rs)) pool.set(k, v);
  for (const t of extra) pool.set(t.id, t);
  const types = new Map<string, IndicatorType>();
  const missing: string[] = [];
  for (const id of rs.indicatorTypes) {
    const t = pool.get(id);
    if (t) types.set(id, t);
    else missing.push(id);
  }
  return { types, missing };
}

function toIsoDate(d: string | Date): string {
  if (typeof d === 'string') return d.slice(0, 10);
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${dd}`;
}

/** Whether a ruleset is in force on a date (inclusive bounds). */
export function inForce(rs: Ruleset, date: string | Date): boolean {
  const d = toIsoDate(date);
  return rs.effective.from <= d && (rs.effective.to === undefined || d <= rs.effective.to);
}

/**
 * The ruleset in force on a date, among the national ones (or a given list, e.g. an agency's
 * extensions, which take precedence in list order). Returns `undefined` when none applies.
 *
 * A period is matched by its end date (`periode.selesai`): the regime in force when the
 * period closes. Agencies that kept PP 46/2011 for January–June 2021 pass the ruleset
 * explicitly.
 *
 * @example
 * ```ts
 * rulesetFor('2023-12-31')?.id; // 'permenpanrb-6-2022'
 * rulesetFor('2019-12-31')?.id; // 'pp46-2011'
 * ```
 */
export function rulesetFor(
  date: string | Date,
  candidates: readonly Ruleset[] = Object.values(rulesets),
): Ruleset | undefined {
  for (const rs of candidates) if (inForce(rs, date)) return rs;
  return undefined;
}

/** The national ruleset of a regime. */
export function nationalRuleset(regime: Regime): Ruleset {
  const rs = Object.values(rulesets).find((r) => r.regime === regime);
  if (!rs) throw new Error(`no national ruleset for ${regime}`);
  return rs;
}
