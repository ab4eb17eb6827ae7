import type { Regime } from '../codes.js';
import type { IndicatorType } from '../indicators/types.js';
import type { Issue, Warning } from '../issues/issue.js';
import { safeParseWith } from '../issues/zod.js';
import { type Appraisal, AppraisalSchema } from '../model/appraisal.js';
import type { Periode } from '../model/periode.js';
import { findForbiddenKeys } from '../model/primitives.js';
import type { RegimeOutcome } from '../regimes/types.js';
import { ref } from '../ruleset/legal.js';
import { inForce, resolveIndicatorTypes, rulesetFor, rulesets } from '../ruleset/registry.js';
import type { Param, Ruleset } from '../ruleset/types.js';
import type { TraceStep } from '../trace/trace.js';
import { scoreKernel } from './kernel.js';
import { EVAL_MESSAGES as M } from './messages.js';

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
}

/** Summary of the ruleset that was applied. */
export interface AppliedRuleset {
  readonly id: string;
  readonly version: string;
  readonly regime: Regime;
  readonly extends?: string;
  readonly agency?: string;
}

type OkOutcome = Extract<RegimeOutcome, { ok: true }>;

/**
 * The result of one appraisal: the values, rating and predikat as applicable, the trace of
 * every step, warnings, and the issues when the input is invalid (`ok: false`).
 */
export interface EvaluationResult {
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
  readonly ruleset?: AppliedRuleset;
  readonly nilai?: OkOutcome['nilai'];
  readonly rating?: OkOutcome['rating'];
  readonly predikat?: OkOutcome['predikat'];
  readonly rincian?: unknown;
  readonly flags?: OkOutcome['flags'];
  readonly trace: readonly TraceStep[];
  readonly warnings: readonly Warning[];
  readonly issues: readonly Issue[];
  /** Which backend produced the values (`float` only when every decision was proven). */
  readonly backend: 'decimal' | 'float';
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
  const pool = [...(opts.rulesets ?? []), ...Object.values(rulesets)];
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
  const bad = findForbiddenKeys(input);
  if (bad.length > 0) {
    return failed(bad.map((p) => M.issue('FORBIDDEN_KEY', p, { key: String(p[p.length - 1]) })));
  }
  const parsed = safeParseWith(AppraisalSchema, input);
  const raw = input as { id?: unknown; pegawai?: { nip?: unknown; nama?: unknown } };
  if (!parsed.success) {
    return failed(parsed.issues, {
      ...(typeof raw.id === 'string' ? { id: raw.id } : {}),
      ...(typeof raw.pegawai?.nip === 'string' ? { nip: raw.pegawai.nip } : {}),
    });
  }
  const a = parsed.data;
  const identity = {
    ...(a.id !== undefined ? { id: a.id } : {}),
    nip: a.pegawai.nip,
    nama: a.pegawai.nama,
    ...(a.pegawai.unitKerja ? { unitKerja: a.pegawai.unitKerja.nama } : {}),
    pegawai: {
      jenisAsn: a.pegawai.jenisAsn,
      jenisJabatan: a.pegawai.jabatan.jenis,
      ...(a.pegawai.jabatan.jenjang !== undefined ? { jenjang: a.pegawai.jabatan.jenjang } : {}),
      ...(a.pegawai.golongan !== undefined ? { golongan: a.pegawai.golongan } : {}),
      ...(a.pegawai.unitKerja?.id !== undefined ? { unitKerjaId: a.pegawai.unitKerja.id } : {}),
      ...(a.pegawai.jenisKelamin !== undefined ? { jenisKelamin: a.pegawai.jenisKelamin } : {}),
      ...(a.pegawai.tanggalLahir !== undefined ? { tanggalLahir: a.pegawai.tanggalLahir } : {}),
    },
    ...(a.penilai
      ? {
          penilai: {
            ...(a.penilai.nip !== undefined ? { nip: a.penilai.nip } : {}),
            nama: a.penilai.nama,
          },
        }
      : {}),
    periode: a.periode,
  };
  const { rs, issues, how } = resolveRuleset(a, opts);
  if (!rs) return failed(issues, identity);
  const applied: AppliedRuleset = {
    id: rs.id,
    version: rs.version,
    regime: rs.regime,
    ...(rs.extends !== undefined ? { extends: rs.extends } : {}),
    ...(rs.agency !== undefined ? { agency: rs.agency } : {}),
  };
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
  const { types, missing } = resolveIndicatorTypes(rs, opts.indicatorTypes);
  if (missing.length > 0) {
    return failed(
      missing.map((id) => M.issue('INDICATOR_TYPE_UNAVAILABLE', [], { id })),
      { ...identity, ruleset: applied },
    );
  }

  const tracing = opts.trace ?? true;
  const result = scoreKernel(a, rs, types, tracing, opts.backend ?? 'auto');
  const used = result.backend;

  const selectStep: TraceStep = {
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
  const params = rs.params as unknown as Record<string, Param<unknown>>;
  const readingWarnings = [...result.readings].sort().map((name) => {
    const p = params[name] ?? (name === 'rounding' ? (rs.rounding as Param<unknown>) : undefined);
    return M.warning(
      'UNCERTAIN_READING',
      { name, value: paramValueText(p?.value), isDefault: p?.overriddenBy === undefined },
      name,
    );
  });
  const warnings = [...pre, ...result.warnings, ...readingWarnings];
  const trace = tracing ? [selectStep, ...result.steps] : [];
  const o = result.outcome;
  if (!o.ok)
    return {
      ...identity,
      ruleset: applied,
      ok: false,
      trace,
      warnings,
      issues: [...o.issues],
      backend: used,
    };
  return {
    ...identity,
    ok: true,
    ruleset: applied,
    nilai: o.nilai,
    ...(o.rating ? { rating: o.rating } : {}),
    predikat: o.predikat,
    ...(o.rincian !== undefined ? { rincian: o.rincian } : {}),
    ...(o.flags ? { flags: o.flags } : {}),
    trace,
    warnings,
    issues: [],
    backend: used,
  };
}
