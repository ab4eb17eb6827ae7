import type { Regime } from '../codes.js';
import type { IndicatorType } from '../indicators/types.js';
import type { Issue, Warning } from '../issues/issue.js';
import { safeParseWith } from '../issues/zod.js';
import { type Appraisal, AppraisalSchema } from '../model/appraisal.js';
import { fastParseAppraisal } from '../model/fastParse.js';
import type { Periode } from '../model/periode.js';
import { findForbiddenKeys } from '../model/primitives.js';
import type { RegimeOutcome, RincianOf } from '../regimes/types.js';
import { ref } from '../ruleset/legal.js';
import {
  attachedIndicatorTypes,
  builtinIndicatorTypes,
  inForce,
  resolveIndicatorTypes,
  rulesetFor,
  rulesets,
} from '../ruleset/registry.js';
import type { Param, Ruleset } from '../ruleset/types.js';
import type { TraceStep } from '../trace/trace.js';
import { scoreKernel } from './kernel.js';
import { EVAL_MESSAGES as M, type ReadingSource } from './messages.js';

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** The ruleset to apply (object or id). Default: chosen from the period. */
  readonly ruleset?: Ruleset | string;
  /**
   * Candidate rulesets for the automatic choice and for ids, searched before the national
   * ones (put an agency's extensions here).
   */
  readonly rulesets?: readonly Ruleset[];
  /** Implementations of custom indicator types referenced by the ruleset. */
  readonly indicatorTypes?: readonly IndicatorType[];
  /** Record the trace (default true). Batch jobs that do not need it can turn it off. */
  readonly trace?: boolean;
  /**
   * Arithmetic backend. `auto` (default): exact decimal when tracing; otherwise the filtered
   * float fast path, which falls back to decimal whenever it cannot prove a decision, so its
   * results always equal the decimal reference.
   */
  readonly backend?: 'auto' | 'decimal' | 'float';
  /**
   * Include the regime's `rincian` (per-kegiatan / per-IKI breakdown) in the result (default
   * true). Batch jobs that report only the final values can turn it off: the values, rating,
   * predikat, flags and warnings are the same, and the PP 46 fast path then skips the ~40
   * roundings and strings of the breakdown.
   */
  readonly rincian?: boolean;
}

/** Summary of the ruleset that was applied (`R`: its regime). */
export interface AppliedRuleset<R extends Regime = Regime> {
  readonly id: string;
  readonly version: string;
  readonly regime: R;
  readonly extends?: string;
  readonly agency?: string;
}

type OkOutcome = Extract<RegimeOutcome, { ok: true }>;

/**
 * The result of one appraisal: the values, rating and predikat as applicable, the trace of
 * every step, warnings, and the issues when the input is invalid (`ok: false`).
 *
 * `R` is the regime of the applied ruleset; it types `ruleset.regime` and `rincian`
 * ({@link RincianOf}). A plain `EvaluationResult` (any regime) has the union of the three
 * breakdowns; {@link isRegimeResult} narrows it to one regime.
 *
 * A result is a read-only value. Its small parts — `predikat` (and the label in it), the 6/2022
 * `rating`, PP 46's `flags`, an empty `nilai` — are one frozen object per distinct value,
 * shared by every result that has it, so batch scoring does not allocate them; copy a result
 * (`structuredClone(result)`) before changing it in place. JSON output is not affected.
 */
export interface EvaluationResult<R extends Regime = Regime> {
  readonly ok: boolean;
  /** The appraisal's own id, when given. */
  readonly id?: string;
  readonly nip?: string;
  readonly nama?: string;
  readonly unitKerja?: string;
  /** Attributes used by calibration and the objectivity checks (grouping, fairness). */
  readonly pegawai?: {
    readonly jenisAsn: 'PNS' | 'PPPK';
    readonly jenisJabatan: string;
    readonly jenjang?: string;
    readonly golongan?: string;
    readonly unitKerjaId?: string;
    readonly jenisKelamin?: 'L' | 'P';
    readonly tanggalLahir?: string;
  };
  /** The pejabat penilai kinerja, when given (rater analyses group by it). */
  readonly penilai?: { readonly nip?: string; readonly nama: string };
  readonly periode?: Periode;
  readonly ruleset?: AppliedRuleset<R>;
  readonly nilai?: OkOutcome['nilai'];
  readonly rating?: OkOutcome['rating'];
  readonly predikat?: OkOutcome['predikat'];
  /** Regime-specific breakdown: `RincianPp46`, `Pp30Rincian` or `Pmk6Rincian` ({@link RincianOf}). */
  readonly rincian?: RincianOf<R>;
  readonly flags?: OkOutcome['flags'];
  readonly trace: readonly TraceStep[];
  readonly warnings: readonly Warning[];
  readonly issues: readonly Issue[];
  /** Which backend produced the values (`float` only when every decision was proven). */
  readonly backend: 'decimal' | 'float';
}

/**
 * Whether a result was computed under a ruleset of the given regime; narrows `rincian` (and
 * `ruleset.regime`) to that regime. Works on batch results too (their `rincian` is then an
 * intersection that has the regime's fields). A result rejected before a ruleset was chosen
 * has no regime.
 *
 * @example
 * ```ts
 * const r = evaluate(appraisal);
 * if (isRegimeResult(r, 'PP30_2019')) r.rincian?.skp.utama; // typed as Pp30Rincian
 * if (isRegimeResult(r, 'PERMENPANRB_6_2022')) r.rincian?.capaian; // typed as Pmk6Rincian
 * ```
 */
export function isRegimeResult<R extends Regime>(
  result: EvaluationResult,
  regime: R,
): result is EvaluationResult<R> {
  return result.ruleset?.regime === regime;
}

const SELECT_REF = ref('Kinerja', 'CONFIRMED-2', 'Pemilihan ruleset menurut periode', {
  note: 'PP 46/2011 untuk 2014–2020, PermenPANRB 8/2021 untuk 2021, PermenPANRB 6/2022 sejak 2022 (regulations.md §0)',
});

function failed(issues: Issue[], partial: Partial<EvaluationResult> = {}): EvaluationResult {
  return { ok: false, trace: [], warnings: [], backend: 'decimal', ...partial, issues };
}

function resolveRuleset(
  a: Appraisal,
  opts: EvaluateOptions,
): { rs?: Ruleset; issues: Issue[]; how: 'explicit' | 'period' } {
  const pool =
    opts.rulesets === undefined || opts.rulesets.length === 0
      ? NATIONAL
      : [...opts.rulesets, ...NATIONAL];
  const wanted = opts.ruleset ?? a.rulesetId;
  if (wanted !== undefined) {
    if (typeof wanted !== 'string') return { rs: wanted, issues: [], how: 'explicit' };
    const rs = pool.find((r) => r.id === wanted);
    if (!rs)
      return {
        issues: [M.issue('UNKNOWN_RULESET', opts.ruleset ? [] : ['rulesetId'], { id: wanted })],
        how: 'explicit',
      };
    return { rs, issues: [], how: 'explicit' };
  }
  const rs = rulesetFor(a.periode.selesai, pool);
  if (!rs)
    return {
      issues: [M.issue('NO_RULESET', ['periode', 'selesai'], { date: a.periode.selesai })],
      how: 'period',
    };
  return { rs, issues: [], how: 'period' };
}

const NATIONAL: readonly Ruleset[] = Object.values(rulesets);

function paramValueText(v: unknown): string {
  const s = v === undefined ? '(lihat jejak/see trace)' : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/**
 * Evaluates one appraisal with the ruleset in force for its period (or the one given).
 * Never throws for bad input: invalid data gives `ok: false` and issues with paths and
 * messages in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * import { evaluate } from '@kinerja/core';
 * const r = evaluate({
 *   pegawai: { nip: '198703122010011002', nama: 'Siti', jabatan: { jenis: 'PELAKSANA' } },
 *   periode: { jenis: 'TAHUNAN', mulai: '2023-01-01', selesai: '2023-12-31' },
 *   ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
 *   ratingPerilaku: 'SESUAI_EKSPEKTASI',
 * });
 * r.predikat?.code; // 'BAIK'
 * ```
 */
export function evaluate(input: unknown, opts: EvaluateOptions = {}): EvaluationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return failed([M.issue('NOT_AN_OBJECT', [], {})]);
  }
  // Well-formed input takes the hand-written fast path (proven equal to zod by a property
  // test; it also steps aside on any prototype-polluting key); anything unusual goes through
  // the key check and zod, which words the issues.
  const fast = fastParseAppraisal(input);
  if (fast === undefined) {
    const bad = findForbiddenKeys(input);
    if (bad.length > 0) {
      return failed(bad.map((p) => M.issue('FORBIDDEN_KEY', p, { key: String(p[p.length - 1]) })));
    }
  }
  const parsed =
    fast !== undefined
      ? ({ success: true, data: fast } as const)
      : safeParseWith(AppraisalSchema, input);
  const raw = input as { id?: unknown; pegawai?: { nip?: unknown; nama?: unknown } };
  if (!parsed.success) {
    return failed(parsed.issues, {
      ...(typeof raw.id === 'string' ? { id: raw.id } : {}),
      ...(typeof raw.pegawai?.nip === 'string' ? { nip: raw.pegawai.nip } : {}),
    });
  }
  const a = parsed.data;
  const identity = identityOf(a);
  const { rs, issues, how } = resolveRuleset(a, opts);
  if (!rs) return failed(issues, identity);
  const applied = appliedOf(rs);
  const pre: Warning[] = [];
  if (how === 'explicit' && !inForce(rs, a.periode.selesai)) {
    pre.push(
      M.warning('RULESET_NOT_IN_FORCE', { id: rs.id, date: a.periode.selesai }, 'ruleset.select'),
    );
  }
  if (a.pegawai.jenisAsn === 'PPPK' && rs.regime !== 'PERMENPANRB_6_2022') {
    return failed([M.issue('PPPK_NOT_COVERED', ['pegawai', 'jenisAsn'], { id: rs.id })], {
      ...identity,
      ruleset: applied,
    });
  }
  const { types, missing } = indicatorTypesOf(rs, opts.indicatorTypes);
  if (missing.length > 0) {
    return failed(
      missing.map((id) => M.issue('INDICATOR_TYPE_UNAVAILABLE', [], { id })),
      { ...identity, ruleset: applied },
    );
  }

  const tracing = opts.trace ?? true;
  const result = scoreKernel(a, rs, types, tracing, opts.backend ?? 'auto', opts.rincian ?? true);
  const used = result.backend;

  const warnings: Warning[] = pre;
  for (const w of result.warnings) warnings.push(w);
  if (result.readings.size > 0) {
    for (const w of readingWarnings(rs, result.readings, types)) warnings.push(w);
  }
  const trace = tracing ? [selectStep(rs, a, how), ...result.steps] : [];
  const o = result.outcome;
  const r = identity as Record<string, unknown>;
  if (!o.ok) {
    r.ruleset = applied;
    r.ok = false;
    r.trace = trace;
    r.warnings = warnings;
    r.issues = [...o.issues];
    r.backend = used;
    return r as unknown as EvaluationResult;
  }
  r.ok = true;
  r.ruleset = applied;
  r.nilai = o.nilai;
  if (o.rating) r.rating = o.rating;
  r.predikat = o.predikat;
  if (o.rincian !== undefined && opts.rincian !== false) r.rincian = o.rincian;
  if (o.flags) r.flags = o.flags;
  r.trace = trace;
  r.warnings = warnings;
  r.issues = [];
  r.backend = used;
  return r as unknown as EvaluationResult;
}

type Identity = Pick<
  EvaluationResult,
  'id' | 'nip' | 'nama' | 'unitKerja' | 'pegawai' | 'penilai' | 'periode'
>;

/** The appraisal's identity fields, keys in the order results have always had. */
function identityOf(a: Appraisal): Identity {
  const p = a.pegawai;
  const r: { -readonly [K in keyof Identity]: Identity[K] } = {};
  if (a.id !== undefined) r.id = a.id;
  r.nip = p.nip;
  r.nama = p.nama;
  if (p.unitKerja) r.unitKerja = p.unitKerja.nama;
  const peg: {
    -readonly [K in keyof NonNullable<Identity['pegawai']>]: NonNullable<Identity['pegawai']>[K];
  } = {
    jenisAsn: p.jenisAsn,
    jenisJabatan: p.jabatan.jenis,
  };
  if (p.jabatan.jenjang !== undefined) peg.jenjang = p.jabatan.jenjang;
  if (p.golongan !== undefined) peg.golongan = p.golongan;
  if (p.unitKerja?.id !== undefined) peg.unitKerjaId = p.unitKerja.id;
  if (p.jenisKelamin !== undefined) peg.jenisKelamin = p.jenisKelamin;
  if (p.tanggalLahir !== undefined) peg.tanggalLahir = p.tanggalLahir;
  r.pegawai = peg;
  if (a.penilai) {
    r.penilai =
      a.penilai.nip !== undefined
        ? { nip: a.penilai.nip, nama: a.penilai.nama }
        : { nama: a.penilai.nama };
  }
  r.periode = a.periode;
  return r;
}

function appliedOf(rs: Ruleset): AppliedRuleset {
  const r: { -readonly [K in keyof AppliedRuleset]: AppliedRuleset[K] } = {
    id: rs.id,
    version: rs.version,
    regime: rs.regime,
  };
  if (rs.extends !== undefined) r.extends = rs.extends;
  if (rs.agency !== undefined) r.agency = rs.agency;
  return r;
}

function selectStep(rs: Ruleset, a: Appraisal, how: 'explicit' | 'period'): TraceStep {
  return {
    rule: 'ruleset.select',
    title: { id: 'Pemilihan ruleset', en: 'Ruleset selection' },
    ref: SELECT_REF,
    kind: 'quotation',
    inputs: {
      periodeSelesai: a.periode.selesai,
      cara: how === 'explicit' ? 'eksplisit' : 'menurut periode',
    },
    output: rs.id,
    explanation: {
      id: `Ruleset ${rs.id} (${rs.title.id}) ${how === 'explicit' ? 'dipilih secara eksplisit' : `berlaku pada ${a.periode.selesai}`}.`,
      en: `Ruleset ${rs.id} (${rs.title.en}) ${how === 'explicit' ? 'was chosen explicitly' : `is in force on ${a.periode.selesai}`}.`,
    },
  };
}

/**
 * The reading warnings of a readings set, with the ruleset and types they were made for: the
 * fast paths share one set per combination of readings and ruleset, so a batch finds each
 * combination here (a set of the general scorer is made per run and goes with it).
 */
const READINGS_WARNINGS = new WeakMap<
  ReadonlySet<string>,
  {
    readonly rs: Ruleset;
    readonly types: ReadonlyMap<string, IndicatorType>;
    readonly warnings: readonly Warning[];
  }
>();

/** The UNCERTAIN_READING warnings of a run's readings, in name order. */
function readingWarnings(
  rs: Ruleset,
  readings: ReadonlySet<string>,
  types: ReadonlyMap<string, IndicatorType>,
): readonly Warning[] {
  const hit = READINGS_WARNINGS.get(readings);
  if (hit !== undefined && hit.rs === rs && hit.types === types) return hit.warnings;
  const warnings = [...readings].sort().map((name) => readingWarning(rs, name, types));
  READINGS_WARNINGS.set(readings, { rs, types, warnings });
  return warnings;
}

/**
 * The UNCERTAIN_READING warning of a reading: a ruleset parameter (the Kinerja default, or the
 * agency's value) or an indicator type's own reading (`<type id>.<reading>`, see `capaianIki`),
 * named after its source. Its text depends only on the ruleset object (immutable data), the
 * name and the indicator type behind the name, so it is built once per triple; each result
 * gets a copy.
 */
const READING_WARNINGS = new WeakMap<
  Ruleset,
  Map<string, { readonly type: IndicatorType | undefined; readonly w: Warning }>
>();

function readingWarning(
  rs: Ruleset,
  name: string,
  types: ReadonlyMap<string, IndicatorType>,
): Warning {
  let byName = READING_WARNINGS.get(rs);
  if (byName === undefined) {
    byName = new Map();
    READING_WARNINGS.set(rs, byName);
  }
  const params = rs.params as unknown as Record<string, Param<unknown>>;
  const p = params[name] ?? (name === 'rounding' ? (rs.rounding as Param<unknown>) : undefined);
  const type = p === undefined ? readingType(name, types) : undefined;
  let hit = byName.get(name);
  if (hit === undefined || hit.type !== type) {
    hit = {
      type,
      w: freezeDeep(M.warning('UNCERTAIN_READING', readingSource(rs, name, p, type), name)),
    };
    byName.set(name, hit);
  }
  // One frozen warning per ruleset and reading, shared by every result that has it.
  return hit.w;
}

/** Freezes a plain data value and everything in it (a shared part of results). */
function freezeDeep<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    for (const v of Object.values(x)) freezeDeep(v);
    Object.freeze(x);
  }
  return x;
}

/** The indicator type whose id prefixes a reading name (`standar.dalamRentang` → `standar`). */
function readingType(
  name: string,
  types: ReadonlyMap<string, IndicatorType>,
): IndicatorType | undefined {
  let found: IndicatorType | undefined;
  for (const [id, t] of types) {
    if (name.startsWith(`${id}.`) && (found === undefined || id.length > found.id.length)) {
      found = t;
    }
  }
  return found;
}

function readingSource(
  rs: Ruleset,
  name: string,
  p: Param<unknown> | undefined,
  type: IndicatorType | undefined,
): ReadingSource {
  if (p !== undefined) {
    const value = paramValueText(p.value);
    return p.overriddenBy === undefined
      ? { name, value, kind: 'KINERJA' }
      : { name, value, kind: 'AGENCY', agency: p.overriddenBy, ruleset: rs.id };
  }
  if (type === undefined) return { name, value: paramValueText(undefined), kind: 'UNKNOWN' };
  const r = type.readings?.[name];
  const value = paramValueText(r?.value);
  if (builtinIndicatorTypes.get(type.id) === type && r?.isDefault !== false) {
    return { name, value, kind: 'TYPE_DEFAULT', typeId: type.id, label: type.label };
  }
  const fromRuleset = attachedIndicatorTypes(rs).get(type.id) === type;
  return {
    name,
    value,
    kind: 'TYPE',
    typeId: type.id,
    label: type.label,
    ...(fromRuleset && rs.agency !== undefined
      ? { agency: { name: rs.agency, ruleset: rs.id } }
      : {}),
  };
}

const IMPLS = Symbol.for('kinerja.indicatorTypes');
type TypesResolution = ReturnType<typeof resolveIndicatorTypes>;
const TYPES = new WeakMap<Ruleset, { attached: unknown; list: unknown; res: TypesResolution }>();

/**
 * `resolveIndicatorTypes`, cached per ruleset object when the call passes no extra types
 * (the attached implementations and the id list are checked, in case they were replaced).
 */
function indicatorTypesOf(
  rs: Ruleset,
  extra: readonly IndicatorType[] | undefined,
): TypesResolution {
  if (extra !== undefined && extra.length > 0) return resolveIndicatorTypes(rs, extra);
  const attached = (rs as unknown as { [IMPLS]?: unknown })[IMPLS];
  const hit = TYPES.get(rs);
  if (hit !== undefined && hit.attached === attached && hit.list === rs.indicatorTypes) {
    return hit.res;
  }
  const res = resolveIndicatorTypes(rs, extra);
  TYPES.set(rs, { attached, list: rs.indicatorTypes, res });
  return res;
}
