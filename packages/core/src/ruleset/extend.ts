import type { Text } from '../i18n/text.js';
import type { IndicatorType } from '../indicators/types.js';
import { defineMessages, type Issue, type Path } from '../issues/issue.js';
import { safeParseWith } from '../issues/zod.js';
import { findForbiddenKeys } from '../model/primitives.js';
import type { LegalRef } from './legal.js';
import {
  attachedIndicatorTypes,
  builtinIndicatorTypes,
  nationalRuleset,
  withIndicatorTypes,
} from './registry.js';
import { RulesetJsonSchema } from './schema.js';
import type { Param, Ruleset } from './types.js';

const M = defineMessages({
  UNKNOWN_PARAM: {
    id: (p: { name: string; ruleset: string }) =>
      `Parameter "${p.name}" tidak dikenal di ruleset ${p.ruleset}`,
    en: (p: { name: string; ruleset: string }) =>
      `Unknown parameter "${p.name}" in ruleset ${p.ruleset}`,
  },
  MISSING_PARAM: {
    id: (p: { name: string }) => `Parameter "${p.name}" tidak ada`,
    en: (p: { name: string }) => `Parameter "${p.name}" is missing`,
  },
  SHAPE_MISMATCH: {
    id: (p: { expected: string; got: string }) =>
      `Bentuk nilai tidak sesuai: diharapkan ${p.expected}, diterima ${p.got}`,
    en: (p: { expected: string; got: string }) =>
      `Value has the wrong shape: expected ${p.expected}, got ${p.got}`,
  },
  NOT_DECIMAL: {
    id: (p: { got: string }) =>
      `Harus berupa angka desimal dalam string (mis. "1.76"), diterima ${p.got}`,
    en: (p: { got: string }) => `Must be a decimal string (e.g. "1.76"), got ${p.got}`,
  },
  WEIGHTS_SUM: {
    id: (p: { total: number }) => `Jumlah bobot harus 10000 basis poin (100%), diterima ${p.total}`,
    en: (p: { total: number }) => `Weights must sum to 10000 basis points (100%), got ${p.total}`,
  },
  BANDS_ORDER: {
    id: () => 'Batas bawah pita harus menurun dari pita terbaik ke terburuk',
    en: () => 'Band lower bounds must decrease from the best band to the worst',
  },
  INDICATOR_TYPE_MISSING: {
    id: (p: { id: string }) =>
      `Jenis indikator "${p.id}" dirujuk tetapi implementasinya tidak diberikan`,
    en: (p: { id: string }) => `Indicator type "${p.id}" is listed but no implementation was given`,
  },
  FORBIDDEN_KEY: {
    id: (p: { key: string }) => `Kunci "${p.key}" tidak diizinkan (pencemaran prototipe)`,
    en: (p: { key: string }) => `Key "${p.key}" is not allowed (prototype pollution)`,
  },
  REGIME_MISMATCH: {
    id: (p: { base: string; got: string }) =>
      `Rezim ruleset (${p.got}) berbeda dengan ruleset induk (${p.base})`,
    en: (p: { base: string; got: string }) =>
      `Ruleset regime (${p.got}) differs from its base (${p.base})`,
  },
});

/** Thrown by {@link extendRuleset} and {@link loadRuleset}; carries the issues. */
export class RulesetError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(
      `invalid ruleset: ${issues.map((i) => `${i.path.join('.')}: ${i.message.en}`).join('; ')}`,
    );
    this.name = 'RulesetError';
    this.issues = issues;
  }
}

/** An agency's override of one parameter. */
export interface ParamOverride<T = unknown> {
  readonly value: T;
  /** The agency regulation that sets the value (recommended). */
  readonly ref?: LegalRef;
  readonly description?: Text;
}

/** What an agency changes when it extends a national ruleset. */
export interface RulesetExtension {
  /** New id, e.g. `pemkot-jambi-2024`. */
  readonly id: string;
  readonly version?: string;
  readonly title?: Text;
  /** The agency, recorded on every overridden parameter. */
  readonly agency: string;
  readonly effective?: { readonly from: string; readonly to?: string };
  readonly legalBasis?: readonly LegalRef[];
  readonly params?: Readonly<Record<string, ParamOverride>>;
  readonly rounding?: ParamOverride<{ dp: number; mode: 'HALF_UP' | 'HALF_EVEN' | 'DOWN' | 'UP' }>;
  /** Agency indicator types (plain objects with schema and capaian function). */
  readonly indicatorTypes?: readonly IndicatorType[];
}

const DEC = /^[-+]?(?:\d+\.?\d*|\.\d+)$/;
const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Checks that `value` has the same shape as `base` (types, keys, decimal strings). */
function checkShape(base: unknown, value: unknown, path: Path, out: Issue[]): void {
  if (base === null || value === null) return;
  if (describe(base) !== describe(value)) {
    out.push(M.issue('SHAPE_MISMATCH', path, { expected: describe(base), got: describe(value) }));
    return;
  }
  if (typeof base === 'string') {
    if (DEC.test(base) && !(typeof value === 'string' && DEC.test(value)))
      out.push(M.issue('NOT_DECIMAL', path, { got: JSON.stringify(value) }));
    return;
  }
  if (Array.isArray(base)) {
    const proto = base[0];
    if (proto === undefined) return;
    const arr = value as unknown[];
    for (let i = 0; i < arr.length; i++) checkShape(proto, arr[i], [...path, i], out);
    return;
  }
  if (typeof base === 'object') {
    const b = base as Record<string, unknown>;
    const v = value as Record<string, unknown>;
    const bk = Object.keys(b).sort();
    const vk = Object.keys(v).sort();
    // Records keyed by codes must keep the same keys; optional keys may be absent in either.
    for (const k of vk) {
      if (!(k in b) && !isOptionalExtraKey(b) && !OPTIONAL_KEYS.has(k)) {
        out.push(
          M.issue('SHAPE_MISMATCH', [...path, k], { expected: `one of ${bk.join(', ')}`, got: k }),
        );
      }
    }
    for (const k of bk) {
      if (k in v) checkShape(b[k], v[k], [...path, k], out);
      else if (b[k] !== undefined && !isOptionalExtraKey(b) && !OPTIONAL_KEYS.has(k))
        out.push(
          M.issue('SHAPE_MISMATCH', [...path, k], { expected: describe(b[k]), got: 'undefined' }),
        );
    }
  }
}

// Objects whose shape varies between elements (e.g. band formulas with a `kind`) are compared loosely.
function isOptionalExtraKey(b: Record<string, unknown>): boolean {
  return typeof b.kind === 'string';
}

/** Optional fields of legal references, texts and params: may be present or absent. */
const OPTIONAL_KEYS = new Set([
  'note',
  'source',
  'article',
  'description',
  'overriddenBy',
  'ref',
  'label',
]);

const RATER_OR_COMPONENT = /^(ATASAN|REKAN_KERJA|BAWAHAN|MASYARAKAT|DIRI_SENDIRI|SKP|PERILAKU)$/;

/** Semantic checks every ruleset must pass: weights sum to 100 %, bands ordered. */
function checkSemantics(rs: Ruleset, out: Issue[]): void {
  for (const [name, p] of Object.entries(rs.params as unknown as Record<string, Param<unknown>>)) {
    const v = p.value;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const entries = Object.entries(v as Record<string, unknown>);
      if (
        entries.length > 0 &&
        entries.every(([k, x]) => RATER_OR_COMPONENT.test(k) && typeof x === 'number')
      ) {
        let total = 0;
        for (const [, x] of entries) total += x as number;
        if (total !== 10000 || entries.some(([, x]) => !Number.isInteger(x) || (x as number) < 0))
          out.push(M.issue('WEIGHTS_SUM', ['params', name, 'value'], { total }));
      }
    }
    if (
      Array.isArray(v) &&
      v.length > 1 &&
      v.every((b) => b && typeof b === 'object' && 'min' in b && 'code' in b)
    ) {
      const mins = (v as { min: string | null }[]).map((b) => b.min);
      for (let i = 1; i < mins.length; i++) {
        const prev = mins[i - 1];
        const cur = mins[i];
        if (
          prev === null ||
          prev === undefined ||
          (cur !== null && cur !== undefined && Number(cur) >= Number(prev))
        ) {
          out.push(M.issue('BANDS_ORDER', ['params', name, 'value', i], {}));
          break;
        }
      }
    }
  }
}

/** Validates a complete ruleset against the national ruleset of its regime. */
export function validateRuleset(rs: Ruleset, extraTypes: Iterable<IndicatorType> = []): Issue[] {
  const issues: Issue[] = [];
  const parsed = safeParseWith(RulesetJsonSchema, JSON.parse(JSON.stringify(rs)));
  if (!parsed.success) return parsed.issues;
  const base = nationalRuleset(rs.regime);
  const baseParams = base.params as unknown as Record<string, Param<unknown>>;
  const params = rs.params as unknown as Record<string, Param<unknown>>;
  for (const name of Object.keys(baseParams)) {
    if (!(name in params)) issues.push(M.issue('MISSING_PARAM', ['params', name], { name }));
  }
  for (const name of Object.keys(params)) {
    const bp = baseParams[name];
    if (!bp) {
      issues.push(M.issue('UNKNOWN_PARAM', ['params', name], { name, ruleset: base.id }));
      continue;
    }
    checkShape(bp.value, params[name]?.value, ['params', name, 'value'], issues);
  }
  checkShape(base.rounding.value, rs.rounding.value, ['rounding', 'value'], issues);
  checkSemantics(rs, issues);
  const pool = new Set([...builtinIndicatorTypes.keys(), ...attachedIndicatorTypes(rs).keys()]);
  for (const t of extraTypes) pool.add(t.id);
  rs.indicatorTypes.forEach((id, i) => {
    if (!pool.has(id))
      issues.push(M.issue('INDICATOR_TYPE_MISSING', ['indicatorTypes', i], { id }));
  });
  return issues;
}

/**
 * Extends a ruleset (usually a national one) with an agency's parameters and indicator types.
 * The result is validated; invalid extensions return issues instead of a ruleset.
 *
 * @example
 * ```ts
 * const r = safeExtendRuleset(rulesets['pp46-2011'], {
 *   id: 'pemkab-contoh-pp46', agency: 'Pemkab Contoh',
 *   params: { clampNegatif: { value: false } },
 * });
 * if (r.ok) r.ruleset.params.clampNegatif.overriddenBy; // 'Pemkab Contoh'
 * ```
 */
export function safeExtendRuleset<R extends Ruleset>(
  base: R,
  ext: RulesetExtension,
): { ok: true; ruleset: R } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const params: Record<string, Param<unknown>> = {
    ...(base.params as unknown as Record<string, Param<unknown>>),
  };
  for (const [name, o] of Object.entries(ext.params ?? {})) {
    const bp = params[name];
    if (!bp) {
      issues.push(M.issue('UNKNOWN_PARAM', ['params', name], { name, ruleset: base.id }));
      continue;
    }
    params[name] = {
      value: structuredClone(o.value),
      ref: o.ref ?? { ...bp.ref, note: `diubah oleh/overridden by ${ext.agency}` },
      ...((o.description ?? bp.description)
        ? { description: o.description ?? bp.description }
        : {}),
      overriddenBy: ext.agency,
    };
  }
  const types = [...attachedIndicatorTypes(base).values(), ...(ext.indicatorTypes ?? [])];
  const indicatorTypes = [
    ...new Set([...base.indicatorTypes, ...(ext.indicatorTypes ?? []).map((t) => t.id)]),
  ];
  const rs = {
    ...structuredClone({ ...base }),
    id: ext.id,
    version: ext.version ?? '1.0.0',
    title: ext.title ?? {
      id: `${base.title.id} (${ext.agency})`,
      en: `${base.title.en} (${ext.agency})`,
    },
    effective: ext.effective ?? base.effective,
    legalBasis: [...base.legalBasis, ...(ext.legalBasis ?? [])],
    extends: base.id,
    agency: ext.agency,
    rounding: ext.rounding
      ? {
          value: ext.rounding.value,
          ref: ext.rounding.ref ?? base.rounding.ref,
          overriddenBy: ext.agency,
        }
      : base.rounding,
    indicatorTypes,
    params,
  } as unknown as R;
  withIndicatorTypes(rs, types);
  issues.push(...validateRuleset(rs));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, ruleset: rs };
}

/** Throwing variant of {@link safeExtendRuleset}. */
export function extendRuleset<R extends Ruleset>(base: R, ext: RulesetExtension): R {
  const r = safeExtendRuleset(base, ext);
  if (!r.ok) throw new RulesetError(r.issues);
  return r.ruleset;
}

/** Serialises a ruleset to JSON (indicator type implementations are referenced by id). */
export function serializeRuleset(rs: Ruleset): string {
  return JSON.stringify(rs, null, 2);
}

/**
 * Loads a ruleset from JSON (a string or a parsed object) and validates it. Custom indicator
 * types referenced by id must be passed in `indicatorTypes`.
 *
 * @example
 * ```ts
 * const back = safeLoadRuleset(serializeRuleset(rulesets['permenpanrb-6-2022']));
 * back.ok; // true
 * ```
 */
export function safeLoadRuleset(
  json: string | unknown,
  opts: { indicatorTypes?: readonly IndicatorType[] } = {},
): { ok: true; ruleset: Ruleset } | { ok: false; issues: Issue[] } {
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      return {
        ok: false,
        issues: [
          {
            code: 'INVALID_JSON',
            path: [],
            severity: 'error',
            message: {
              id: `JSON tidak valid: ${(e as Error).message}`,
              en: `Invalid JSON: ${(e as Error).message}`,
            },
          },
        ],
      };
    }
  }
  const bad = findForbiddenKeys(data);
  if (bad.length > 0)
    return {
      ok: false,
      issues: bad.map((path) =>
        M.issue('FORBIDDEN_KEY', path, { key: String(path[path.length - 1]) }),
      ),
    };
  const parsed = safeParseWith(RulesetJsonSchema, data);
  if (!parsed.success) return { ok: false, issues: parsed.issues };
  const rs = withIndicatorTypes(parsed.data as unknown as Ruleset, opts.indicatorTypes ?? []);
  const issues = validateRuleset(rs);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, ruleset: rs };
}

/** Throwing variant of {@link safeLoadRuleset}. */
export function loadRuleset(
  json: string | unknown,
  opts: { indicatorTypes?: readonly IndicatorType[] } = {},
): Ruleset {
  const r = safeLoadRuleset(json, opts);
  if (!r.ok) throw new RulesetError(r.issues);
  return r.ruleset;
}
