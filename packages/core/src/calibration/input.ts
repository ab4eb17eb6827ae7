/* Input of calibration: evaluate() results or a minimal JSON shape (PHP/Java callers). */
import { z } from 'zod';
import {
  PREDIKAT_ORGANISASI,
  PREDIKAT_PEGAWAI,
  type PredikatOrganisasi,
  type PredikatPegawai,
  RATINGS,
  type Rating,
} from '../codes.js';
import type { EvaluationResult } from '../evaluate/evaluate.js';
import type { Issue } from '../issues/issue.js';
import { safeParseWith } from '../issues/zod.js';
import type { MatriksPredikat } from '../regimes/pmk6/params.js';
import { CALIBRATION_MESSAGES as M } from './messages.js';

/** A decimal `skor` string (the schema and the fast path below read it alike). */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * The minimal shape of one employee for calibration (JSON in and out). `skor` is the ranking
 * score (e.g. rata-rata capaian) used for evidence and tie-breaking, never for a band decision.
 *
 * @example
 * ```ts
 * TeamMemberSchema.parse({ nip: '198703122010011002', predikat: 'BAIK',
 *   ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI', skor: 97.5 });
 * ```
 */
export const TeamMemberSchema = z.strictObject({
  nip: z.string().min(1).max(64),
  predikat: z.enum(PREDIKAT_PEGAWAI),
  ratingHasilKerja: z.enum(RATINGS).optional(),
  ratingPerilaku: z.enum(RATINGS).optional(),
  skor: z
    .union([z.number(), z.string().regex(DECIMAL)])
    .transform((v) => (typeof v === 'number' ? v : Number(v)))
    .refine((v) => Number.isFinite(v))
    .optional(),
  predikatSebelumnya: z.enum(PREDIKAT_PEGAWAI).optional(),
  unit: z.string().min(1).optional(),
  kepalaUnit: z.boolean().optional(),
  nama: z.string().optional(),
});
/**
 * One employee as given (before zod's transforms).
 *
 * @example
 * ```ts
 * const m: TeamMemberInput = { nip: '198703122010011002', predikat: 'BUTUH_PERBAIKAN', skor: '61.25' };
 * ```
 */
export type TeamMemberInput = z.input<typeof TeamMemberSchema>;
/**
 * One employee, validated.
 *
 * @example
 * ```ts
 * const m: TeamMember = TeamMemberSchema.parse({ nip: 'A', predikat: 'BAIK', skor: '97.5' });
 * m.skor; // 97.5
 * ```
 */
export type TeamMember = z.output<typeof TeamMemberSchema>;

/**
 * Counts per employee predikat (missing predikat = 0).
 *
 * @example
 * ```ts
 * PredikatCountsSchema.parse({ BAIK: 7, BUTUH_PERBAIKAN: 1 });
 * ```
 */
export const PredikatCountsSchema = z.strictObject({
  SANGAT_BAIK: z.number().int().min(0).optional(),
  BAIK: z.number().int().min(0).optional(),
  BUTUH_PERBAIKAN: z.number().int().min(0).optional(),
  KURANG: z.number().int().min(0).optional(),
  SANGAT_KURANG: z.number().int().min(0).optional(),
});
/**
 * Counts per employee predikat.
 *
 * @example
 * ```ts
 * const c: PredikatCounts = { SANGAT_BAIK: 1, BAIK: 6, BUTUH_PERBAIKAN: 2, KURANG: 1, SANGAT_KURANG: 0 };
 * ```
 */
export type PredikatCounts = Readonly<Record<PredikatPegawai, number>>;

/** The organisation predikat, validated. */
export const PredikatOrganisasiSchema = z.enum(PREDIKAT_ORGANISASI);

const MEMBER_KEYS = new Set(Object.keys(TeamMemberSchema.shape));
const PREDIKAT_SET = new Set<unknown>(PREDIKAT_PEGAWAI);
const RATING_SET = new Set<unknown>(RATINGS);
const optIn = (v: unknown, set: Set<unknown>) => v === undefined || set.has(v);

/**
 * A hand-written check of the common case (plain JSON member, skor a finite number or a decimal
 * string) that accepts exactly what {@link TeamMemberSchema} accepts and gives what it outputs
 * (a decimal string skor read as its number), without zod's cost; anything else goes through
 * zod, which produces the issues. `fresh`: `x` was built here (from an evaluation result) and
 * holds no undefined values, so it is returned itself instead of a copy.
 */
function fastMember(x: unknown, fresh = false): TeamMember | undefined {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return undefined;
  const o = x as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!MEMBER_KEYS.has(k)) return undefined;
  const { nip, skor, unit, nama, kepalaUnit } = o;
  if (typeof nip !== 'string' || nip.length < 1 || nip.length > 64) return undefined;
  if (!PREDIKAT_SET.has(o.predikat)) return undefined;
  if (!optIn(o.ratingHasilKerja, RATING_SET) || !optIn(o.ratingPerilaku, RATING_SET))
    return undefined;
  if (!optIn(o.predikatSebelumnya, PREDIKAT_SET)) return undefined;
  let score = skor;
  if (typeof skor === 'string' && DECIMAL.test(skor)) score = Number(skor);
  if (score !== undefined && (typeof score !== 'number' || !Number.isFinite(score))) {
    return undefined;
  }
  if (unit !== undefined && (typeof unit !== 'string' || unit.length < 1)) return undefined;
  if (nama !== undefined && typeof nama !== 'string') return undefined;
  if (kepalaUnit !== undefined && typeof kepalaUnit !== 'boolean') return undefined;
  let m: Record<string, unknown>;
  if (fresh) m = o;
  else {
    m = {};
    for (const k of Object.keys(o)) if (o[k] !== undefined) m[k] = o[k];
  }
  if (score !== skor) m.skor = score;
  return m as TeamMember;
}

function isEvaluationResult(x: unknown): x is EvaluationResult {
  return (
    typeof x === 'object' &&
    x !== null &&
    Array.isArray((x as { trace?: unknown }).trace) &&
    Array.isArray((x as { issues?: unknown }).issues) &&
    typeof (x as { backend?: unknown }).backend === 'string'
  );
}

/** Options of {@link parseTeam}. */
export interface ParseTeamOptions {
  /** Keys of `EvaluationResult.nilai` tried in order for the ranking score. */
  readonly scoreKeys?: readonly string[];
  readonly matrix?: MatriksPredikat;
}

const DEFAULT_SCORE_KEYS = ['rataRataCapaian', 'akhir', 'skp'];

function fromEvaluation(
  r: EvaluationResult,
  i: number,
  keys: readonly string[],
): { member?: unknown; issues: Issue[] } {
  const nip = r.nip ?? `#${i}`;
  if (!r.ok || !r.predikat) return { issues: [M.issue('RESULT_NOT_OK', [i], { nip })] };
  if (r.predikat.scale !== 'PMK6') {
    return {
      issues: [M.issue('WRONG_SCALE', [i, 'predikat', 'scale'], { scale: r.predikat.scale })],
    };
  }
  let skor: string | undefined;
  for (const k of keys) {
    const v = r.nilai?.[k];
    if (v !== undefined) {
      skor = v;
      break;
    }
  }
  // Only defined values, in the order the fields were always listed.
  const member: Record<string, unknown> = { nip, predikat: r.predikat.code };
  if (r.rating) {
    if (r.rating.hasilKerja !== undefined) member.ratingHasilKerja = r.rating.hasilKerja;
    if (r.rating.perilaku !== undefined) member.ratingPerilaku = r.rating.perilaku;
  }
  if (skor !== undefined) member.skor = skor;
  const unit = r.pegawai?.unitKerjaId ?? r.unitKerja;
  if (unit !== undefined) member.unit = unit;
  if (r.rating?.sumber.hasilKerja === 'KEPALA_UNIT') member.kepalaUnit = true;
  if (r.nama !== undefined) member.nama = r.nama;
  return { member, issues: [] };
}

/**
 * Validates a team: an array of `evaluate()` results and/or plain {@link TeamMemberInput}
 * objects. Invalid entries, duplicate NIPs and a predikat that contradicts the member's own
 * ratings under the matrix are issues (paths `[index, field]`), never throws.
 *
 * @example
 * ```ts
 * parseTeam([{ nip: 'A', predikat: 'BAIK' }, { nip: 'A', predikat: 'KURANG' }]).issues[0]?.code;
 * // 'DUPLICATE_NIP'
 * ```
 */
export function parseTeam(
  input: unknown,
  opts: ParseTeamOptions = {},
): { members: TeamMember[]; issues: Issue[] } {
  if (!Array.isArray(input)) return { members: [], issues: [M.issue('NOT_A_LIST', [], {})] };
  const members: TeamMember[] = [];
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  const keys = opts.scoreKeys ?? DEFAULT_SCORE_KEYS;
  input.forEach((raw, i) => {
    let candidate: unknown = raw;
    const fromResult = isEvaluationResult(raw);
    if (fromResult) {
      const r = fromEvaluation(raw, i, keys);
      if (r.issues.length > 0) {
        issues.push(...r.issues);
        return;
      }
      candidate = r.member;
    }
    let m = fastMember(candidate, fromResult);
    if (m === undefined) {
      const parsed = safeParseWith(TeamMemberSchema, candidate, [i]);
      if (!parsed.success) {
        issues.push(...parsed.issues);
        return;
      }
      m = parsed.data;
    }
    const first = seen.get(m.nip);
    if (first !== undefined) {
      issues.push(M.issue('DUPLICATE_NIP', [i, 'nip'], { nip: m.nip, first }));
      return;
    }
    seen.set(m.nip, i);
    if (opts.matrix && m.ratingHasilKerja && m.ratingPerilaku) {
      const cell = opts.matrix[m.ratingHasilKerja][m.ratingPerilaku];
      if (cell !== m.predikat) {
        issues.push(
          M.issue('RATING_PREDIKAT_MISMATCH', [i, 'predikat'], {
            predikat: m.predikat,
            hasil: m.ratingHasilKerja,
            perilaku: m.ratingPerilaku,
            cell,
          }),
        );
        return;
      }
    }
    members.push(m);
  });
  return { members, issues };
}

/**
 * Validates a counts object (JSON) into full counts per predikat.
 *
 * @example
 * ```ts
 * parseCounts({ BAIK: 3 }).counts?.SANGAT_BAIK; // 0
 * ```
 */
export function parseCounts(input: unknown): { counts?: PredikatCounts; issues: Issue[] } {
  const parsed = safeParseWith(PredikatCountsSchema, input);
  if (!parsed.success) return { issues: parsed.issues };
  const c = {} as Record<PredikatPegawai, number>;
  for (const p of PREDIKAT_PEGAWAI) c[p] = parsed.data[p] ?? 0;
  return { counts: c, issues: [] };
}

/** Counts of a validated team. */
export function countsOf(
  members: readonly { readonly predikat: PredikatPegawai }[],
): PredikatCounts {
  const c = { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 };
  for (const m of members) c[m.predikat]++;
  return c;
}

/** Validates an organisation predikat; an issue at `path` when unknown. */
export function parseOrgPredikat(
  v: unknown,
  path: (string | number)[] = ['orgPredikat'],
): { value?: PredikatOrganisasi; issues: Issue[] } {
  const r = PredikatOrganisasiSchema.safeParse(v);
  if (r.success) return { value: r.data, issues: [] };
  return { issues: [M.issue('UNKNOWN_ORG_PREDIKAT', path, { value: String(v) })] };
}

/** Whether a value is one of the three rating codes. */
export function isRating(v: unknown): v is Rating {
  return typeof v === 'string' && (RATINGS as readonly string[]).includes(v);
}
