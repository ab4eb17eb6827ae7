import { z } from 'zod';
import { PREDIKAT_ALL } from '../codes.js';
import { predikatOrdinal } from '../consequences/predikat.js';
import type { Text } from '../i18n/text.js';
import { defineMessages, type Issue } from '../issues/issue.js';
import { safeParseWith } from '../issues/zod.js';
import { calendarNumber, isCalendarDate, isPlainObject } from '../model/checks.js';
import { IsoDateSchema } from '../model/primitives.js';
import { chiSquareSf } from './distributions/dist.js';
import { type GroupImpact, impactRatios, type OutcomeKind } from './fairness/impact.js';
import { referenceSample, smdAgainst } from './fairness/smd.js';
import { BIAS_MESSAGES as M } from './messages.js';
import { isSuppressed, suppressed, suppressionPlan } from './privacy.js';
import { halo } from './raters/halo.js';
import { leniency } from './raters/leniency.js';
import { robustOutliers } from './raters/outliers.js';
import { recency } from './raters/recency.js';
import { selfSupervisorGap } from './raters/selfGap.js';
import { raterSpread } from './raters/spread.js';
import type { DimensionRating, RatingRecord } from './raters/types.js';
import { krippendorffAlpha } from './reliability/krippendorff.js';
import { mean, oneWayAnova, pAdjust } from './stats.js';

/**
 * Attributes the fairness and score-gap checks can group by. `golongan` groups PNS golongan
 * by its roman part (III/a → III); `ageBand` is computed from `tanggalLahir`.
 *
 * @example
 * ```ts
 * audit(results, { attributes: AUDIT_ATTRIBUTES.filter((a) => a !== 'unitKerja') });
 * ```
 */
export const AUDIT_ATTRIBUTES = [
  'jenisKelamin',
  'golongan',
  'jenisJabatan',
  'unitKerja',
  'ageBand',
  'jenisAsn',
] as const;
/** One of {@link AUDIT_ATTRIBUTES}. */
export type AuditAttribute = (typeof AUDIT_ATTRIBUTES)[number];

/**
 * The checks {@link audit} can run.
 *
 * @example
 * ```ts
 * audit(results, { checks: ['leniency', 'fairness'] });
 * ```
 */
export const AUDIT_CHECKS = [
  'leniency',
  'spread',
  'outliers',
  'halo',
  'reliability',
  'fairness',
  'scoreGap',
  'selfGap',
  'recency',
] as const;
/** One of {@link AUDIT_CHECKS}. */
export type AuditCheck = (typeof AUDIT_CHECKS)[number];

const PREDIKAT_CODES = PREDIKAT_ALL;

const STRATA_MESSAGES = defineMessages({
  STRATUM_SUPPRESSED: {
    id: (p: { n: number; min: number }) =>
      `Strata ini hanya memuat ${p.n} pegawai dinilai (< ${p.min}); pemeriksaan penilai di dalamnya disembunyikan demi privasi`,
    en: (p: { n: number; min: number }) =>
      `This stratum has only ${p.n} ratees (< ${p.min}); its rater checks are withheld for privacy`,
  },
});

const finite = z.number().refine(Number.isFinite, 'finite number');
const id = z.string().min(1);

/**
 * Options of {@link audit} (validated with zod; unknown keys are refused).
 *
 * @example
 * ```ts
 * AuditOptionsSchema.safeParse({ alpha: 0.01, correction: 'holm', minGroupSize: 10 }).success; // true
 * ```
 */
export const AuditOptionsSchema = z.strictObject({
  /** Attributes for the fairness and score-gap checks (default: all). */
  attributes: z.array(z.enum(AUDIT_ATTRIBUTES)).optional(),
  /** Checks to run (default: every applicable one). */
  checks: z.array(z.enum(AUDIT_CHECKS)).optional(),
  /** Date for ages (default: the latest `periode.selesai` in the batch). */
  referenceDate: IsoDateSchema.optional(),
  /** Lower edges of the age bands after the first (default [30, 40, 50] → <30, 30–39, 40–49, 50+). */
  ageBands: z.array(z.number().int().positive()).min(1).optional(),
  /** Favourable outcome: predikat at least this level (default BAIK). */
  favourableAtLeast: z.enum(PREDIKAT_CODES).optional(),
  /** Adverse outcome: predikat at most this level (default BUTUH_PERBAIKAN / CUKUP). */
  adverseAtMost: z.enum(PREDIKAT_CODES).optional(),
  /** Score for rater effects and score gaps: the predikat ordinal 1–5 (default) or a `nilai` key. */
  score: z.union([z.literal('predikat'), z.strictObject({ nilai: z.string().min(1) })]).optional(),
  /** Significance level (default 0.05). */
  alpha: z.number().gt(0).lt(1).optional(),
  /**
   * Adjustment over ALL tests of the audit as one family. Default Benjamini–Hochberg: false
   * discovery rate ≤ alpha, and on data without any real effect the chance of any alarm is
   * ≤ alpha (Simes). `holm` controls the family-wise error under every configuration.
   */
  correction: z.enum(['holm', 'BH', 'none']).optional(),
  /** Privacy: aggregates over fewer people are suppressed (default 5). */
  minGroupSize: z.number().int().min(1).optional(),
  /** Minimum ratings per rater before the rater is reported (default 5; never below minGroupSize). */
  minPerRater: z.number().int().min(2).optional(),
  /**
   * Audit raters within strata instead of over the whole batch: `'unit'` (the unit kerja of
   * each result) or a function giving a result's stratum key (`undefined`: left out of the
   * rater checks). Leniency, spread and outliers then compare each rater with the raters of
   * the same stratum, so a lenient unit neither hides nor fakes another unit's lenient rater;
   * a stratum with fewer than `minGroupSize` ratees is suppressed whole. The other checks stay
   * pooled over the batch (differences between units are what fairness and score gaps by
   * `unitKerja` measure), and all p-values stay one family.
   */
  stratifyBy: z
    .union([
      z.literal('unit'),
      z.custom<(result: unknown) => string | undefined>((x) => typeof x === 'function', {
        message: 'a function (result) => string | undefined',
      }),
    ])
    .optional(),
  /** Per-dimension behaviour ratings (BerAKHLAK values or aspects) for halo and reliability. */
  dimensionRatings: z
    .array(z.strictObject({ rater: id, ratee: id, dimension: id, value: finite }))
    .optional(),
  /** Self and supervisor ratings of the same employees. */
  selfRatings: z
    .array(
      z.strictObject({ ratee: id, unit: z.string().optional(), self: finite, supervisor: finite }),
    )
    .optional(),
  /**
   * `false`: leave the report's `statistics` record empty (each finding still carries the
   * statistics it comes from). For callers that keep only the findings and the summary, such
   * as an audit unit by unit over a whole country: the record is the largest part of a report.
   */
  statistics: z.boolean().optional(),
  /** Time-stamped periodic evidence for the recency heuristic. */
  evidence: z
    .array(
      z.strictObject({
        rater: id,
        ratee: id,
        final: finite,
        evidence: z.array(z.strictObject({ date: IsoDateSchema, value: finite })),
      }),
    )
    .optional(),
});
/** The options accepted by {@link audit} (input form of {@link AuditOptionsSchema}). */
export type AuditOptions = z.input<typeof AuditOptionsSchema>;

export const ResultSchema = z.looseObject({
  ok: z.boolean(),
  id: z.string().optional(),
  nip: z.string().optional(),
  unitKerja: z.string().optional(),
  pegawai: z
    .looseObject({
      jenisAsn: z.string().optional(),
      jenisJabatan: z.string().optional(),
      golongan: z.string().optional(),
      unitKerjaId: z.string().optional(),
      jenisKelamin: z.string().optional(),
      tanggalLahir: IsoDateSchema.optional(),
    })
    .optional(),
  penilai: z.looseObject({ nip: z.string().optional(), nama: z.string().optional() }).optional(),
  periode: z.looseObject({ selesai: z.string() }).optional(),
  predikat: z.looseObject({ code: z.string() }).optional(),
  nilai: z.record(z.string(), z.string()).optional(),
  rincian: z.unknown().optional(),
});
type ResultIn = z.infer<typeof ResultSchema>;

const optString = (v: unknown) => v === undefined || typeof v === 'string';

/** Optional plain object whose listed keys are optional strings. */
function optStrings(v: unknown, keys: readonly string[]): boolean {
  if (v === undefined) return true;
  if (!isPlainObject(v)) return false;
  for (const k of keys) if (!optString(v[k])) return false;
  return true;
}

const PEGAWAI_KEYS = ['jenisAsn', 'jenisJabatan', 'golongan', 'unitKerjaId', 'jenisKelamin'];
const PENILAI_KEYS = ['nip', 'nama'];

/**
 * The result itself when it is a well-formed plain object that `ResultSchema` accepts as it is,
 * else undefined (then the schema decides and reports). Results straight from `evaluate()`
 * take this path: no copy, no schema walk. Nothing reads the input through anything but the
 * schema's fields, and `audit` never writes to it.
 */
export function resultAsIs(r: unknown): ResultIn | undefined {
  if (!isPlainObject(r) || typeof r.ok !== 'boolean') return undefined;
  if (!optString(r.id) || !optString(r.nip) || !optString(r.unitKerja)) return undefined;
  const pg = r.pegawai;
  if (!optStrings(pg, PEGAWAI_KEYS)) return undefined;
  if (pg !== undefined) {
    const t = (pg as Record<string, unknown>).tanggalLahir;
    if (t !== undefined && (typeof t !== 'string' || !isCalendarDate(t))) return undefined;
  }
  if (!optStrings(r.penilai, PENILAI_KEYS)) return undefined;
  const pr = r.periode;
  if (pr !== undefined && (!isPlainObject(pr) || typeof pr.selesai !== 'string')) return undefined;
  const pk = r.predikat;
  if (pk !== undefined && (!isPlainObject(pk) || typeof pk.code !== 'string')) return undefined;
  const nilai = r.nilai;
  if (nilai !== undefined) {
    if (!isPlainObject(nilai)) return undefined;
    for (const k in nilai) {
      if (!Object.hasOwn(nilai, k) || typeof nilai[k] !== 'string') return undefined;
    }
  }
  return r as ResultIn;
}

/** A finding of the audit. */
export interface Finding {
  readonly code: string;
  /** `high`: strong, stable evidence; `medium`: statistically significant after adjustment;
   * `low`: informational (a descriptive flag without a significant test). */
  readonly severity: 'high' | 'medium' | 'low';
  readonly subject: { readonly kind: 'rater' | 'unit' | 'group'; readonly id: string };
  /** The numbers behind the finding (JSON-safe: undefined values are `null`). */
  readonly evidence: Readonly<Record<string, number | string | boolean | null>>;
  /** Plain-language explanation in Bahasa Indonesia and English. */
  readonly explanation: Text;
  /** The statistics record of the check the finding comes from (JSON-safe). */
  readonly statistics: unknown;
}

/** Result of {@link audit}. */
export type AuditReport =
  | {
      readonly ok: true;
      readonly findings: readonly Finding[];
      readonly summary: {
        readonly results: number;
        readonly used: number;
        readonly skipped: number;
        readonly raters: number;
        readonly tests: number;
        readonly alpha: number;
        readonly correction: 'holm' | 'BH' | 'none';
        readonly minGroupSize: number;
        /** Date the age bands were computed on. */
        readonly referenceDate: string | null;
        readonly checksRun: readonly AuditCheck[];
        readonly checksNotRun: readonly { readonly check: AuditCheck; readonly reason: Text }[];
        /** With `stratifyBy`: each stratum's size, or the suppression marker; rows without a key. */
        readonly strata?: {
          readonly stratifiedBy: 'unit' | 'function';
          readonly strata: Readonly<Record<string, unknown>>;
          readonly unstratified: number;
        };
      };
      /**
       * Every check's full statistics (JSON-safe; suppressed aggregates carry the marker);
       * empty with the option `statistics: false`.
       */
      readonly statistics: Readonly<Partial<Record<AuditCheck, unknown>>>;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Deep copy with NaN/±Infinity replaced by null, so the report survives JSON unchanged. */
function jsonSafe(x: unknown): unknown {
  if (typeof x === 'number') return Number.isFinite(x) ? x : null;
  if (Array.isArray(x)) {
    const a = new Array<unknown>(x.length);
    for (let i = 0; i < x.length; i++) a[i] = jsonSafe(x[i]);
    return a;
  }
  if (x && typeof x === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(x)) {
      const v = (x as Record<string, unknown>)[k];
      if (v !== undefined) o[k] = jsonSafe(v);
    }
    return o;
  }
  return x;
}

const num = (x: number | undefined | null, dp = 2): string =>
  x === undefined || x === null || !Number.isFinite(x) ? '—' : x.toFixed(dp);
const pct = (x: number): string => `${num(100 * x, 1)}%`;
const pfmt = (p: number): string => (p < 0.001 ? '< 0.001' : num(p, 3));

/**
 * Age in whole years on the reference date `ref` (as {@link calendarNumber}: YYYYMMDD):
 * the year difference, less one while the birthday has not come yet that year. @internal
 */
export function ageOn(birth: string, ref: number): number {
  return Math.floor((ref - calendarNumber(birth)) / 10000);
}

/**
 * The age-band labeller for the given edges (sorted once): `<30`, `30-39`, `40-49`, `50+` for
 * the default edges 30, 40, 50. @internal
 */
export function ageBander(edges: readonly number[]): (age: number) => string {
  const e = [...edges].sort((a, b) => a - b);
  const first = e[0] as number;
  const labels = e.slice(0, -1).map((lo, i) => `${lo}-${(e[i + 1] as number) - 1}`);
  const below = `<${first}`;
  const above = `${e[e.length - 1]}+`;
  return (age) => {
    if (age < first) return below;
    for (let i = 0; i < e.length - 1; i++)
      if (age < (e[i + 1] as number)) return labels[i] as string;
    return above;
  };
}

interface Row {
  readonly ratee: string;
  /** Stratum key under `stratifyBy`. */
  readonly stratum?: string;
  readonly rater?: string;
  readonly score?: number;
  readonly ordinal?: number;
  readonly attrs: Partial<Record<AuditAttribute, string>>;
  readonly result: ResultIn;
}

interface PendingTest {
  readonly p: number;
  readonly build: (pAdjusted: number) => Finding[];
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/**
 * The order of findings: severity, code, subject, outcome and stratum. A function of its own:
 * findings' evidence comes in many shapes (see fairnessOf).
 */
function findingKey(f: Finding): string {
  return `${SEVERITY_RANK[f.severity]}\u0000${f.code}\u0000${f.subject.kind}\u0000${f.subject.id}\u0000${String(f.evidence.outcome ?? '')}\u0000${String(f.evidence.stratum ?? '')}`;
}

/**
 * The fairness check of one attribute and outcome: impact ratios, the omnibus test and the
 * pending test whose findings are built once the p-values are adjusted. A function of its own,
 * like the rest of the per-group code: the groups come in several shapes (reported,
 * suppressed, the reference), and inlined into audit() each new shape deoptimised it whole.
 */
function fairnessOf(
  attr: AuditAttribute,
  outcome: OutcomeKind,
  counts: { group: string; events: number; total: number }[],
  c: { minGroupSize: number; alpha: number; correction: 'holm' | 'BH' | 'none' },
  out: unknown[],
  tests: PendingTest[],
): void {
  const { minGroupSize, alpha, correction } = c;
  const ia = impactRatios(counts, { outcome, minGroupSize });
  // Plain loops over the groups in this function: reported and suppressed groups have
  // different shapes, and inlined array builtins with callbacks over them kept
  // deoptimising the whole audit (hundreds of times per run, seen with --trace-deopt).
  const rep: GroupImpact[] = [];
  // Omnibus (N−1) χ² over the reportable groups protects the comparisons with the best group.
  let N = 0;
  let K = 0;
  for (let i = 0; i < ia.groups.length; i++) {
    const g = ia.groups[i] as (typeof ia.groups)[number];
    if (isSuppressed(g)) continue;
    rep.push(g);
    N += g.total;
    K += g.events;
  }
  let chi = 0;
  for (const g of rep) {
    const e1 = (g.total * K) / N;
    const e0 = g.total - e1;
    if (e1 > 0) chi += (g.events - e1) ** 2 / e1;
    if (e0 > 0) chi += (g.total - g.events - e0) ** 2 / e0;
  }
  const omnibusP =
    rep.length >= 2 && K > 0 && K < N
      ? chiSquareSf((chi * (N - 1)) / N, rep.length - 1)
      : Number.NaN;
  out.push({
    attribute: attr,
    outcome,
    omnibus: { chiSquareN1: (chi * (N - 1)) / N, df: rep.length - 1, p: omnibusP },
    analysis: ia,
  });
  const focal: GroupImpact[] = [];
  const focalP: number[] = [];
  for (let i = 0; i < rep.length; i++) {
    const g = rep[i] as GroupImpact;
    if (g.isReference || !g.test) continue;
    focal.push(g);
    focalP.push(g.test.recommended.p ?? Number.NaN);
  }
  const pw = pAdjust(focalP, correction);
  if (Number.isNaN(omnibusP)) return;
  tests.push({
    p: omnibusP,
    build: (pOmni) =>
      focal.flatMap((g, k): Finding[] => {
        const pAdj = Math.max(pOmni, pw[k] as number);
        const significant = pAdj < alpha;
        const h = Math.abs(g.test?.cohensH ?? 0);
        let severity: Finding['severity'] | undefined;
        if (g.belowFourFifths && significant) severity = g.unstable ? 'medium' : 'high';
        else if (significant && h >= 0.2) severity = 'medium';
        else if (g.belowFourFifths) severity = 'low';
        if (!severity) return [];
        const ref = rep.find((x) => x.isReference) as GroupImpact;
        const code = outcome === 'favourable' ? 'GROUP_FAVOURABLE_GAP' : 'GROUP_ADVERSE_EXCESS';
        const params = {
          group: `${attr}=${g.group}`,
          rate: pct(g.rate),
          ref: `${attr}=${ref.group}`,
          refRate: pct(ref.rate),
          ir: num(g.impactRatio, 2),
          p: pfmt(pAdj),
          shortfall: g.shortfallPersons ?? 0,
        };
        return [
          {
            code,
            severity,
            subject: { kind: subjectKind(attr), id: `${attr}=${g.group}` },
            evidence: {
              attribute: attr,
              outcome,
              group: g.group,
              events: g.events,
              total: g.total,
              rate: g.rate,
              reference: ref.group,
              referenceRate: ref.rate,
              impactRatio: g.impactRatio,
              belowFourFifths: g.belowFourFifths,
              test: g.test?.recommended.test ?? null,
              p: g.test?.recommended.p ?? null,
              oneSidedFisherP: g.oneSidedP ?? null,
              omnibusP,
              pAdjusted: pAdj,
              shortfallPersons: g.shortfallPersons ?? null,
              cohensH: g.test?.cohensH ?? null,
              oddsRatio: g.test?.oddsRatio ?? null,
              unstable: g.unstable,
            },
            explanation: {
              id: M.text(code, {
                ...params,
                stability: g.unstable ? M.text('UNSTABLE_ID', {}).id : '',
              }).id,
              en: M.text(code, {
                ...params,
                stability: g.unstable ? M.text('UNSTABLE_ID', {}).en : '',
              }).en,
            },
            statistics: g,
          },
        ];
      }),
  });
}

/** Findings about groups name units when the attribute is the unit kerja. */
function subjectKind(attr: AuditAttribute): 'unit' | 'group' {
  return attr === 'unitKerja' ? 'unit' : 'group';
}

/**
 * Runs the applicable objectivity checks over a batch of {@link index!evaluate} results and returns
 * findings with the statistics behind them: rater leniency/severity, range restriction,
 * central tendency and no differentiation, outlying rater means, halo and reliability (when
 * per-dimension ratings are given or PP 46 results carry per-aspect values), adverse impact by
 * attribute for favourable and adverse outcomes, score gaps, self-vs-supervisor gaps and the
 * recency heuristic (when time-stamped evidence is given).
 *
 * All p-values of the audit form ONE family adjusted with `correction` (Benjamini–Hochberg by
 * default; Holm on request), so on data without real effects the chance of any
 * `medium`/`high` finding stays at most about `alpha` (tested by simulation).
 * Group comparisons against the best group are protected by an omnibus test per attribute.
 * Aggregates over fewer than `minGroupSize` people are suppressed. With `stratifyBy: 'unit'`
 * (or a key function) the rater checks run within each unit, so an entire lenient unit neither
 * masks nor fakes a lenient rater elsewhere; strata below `minGroupSize` are suppressed whole
 * (`summary.strata`), and the remaining checks stay pooled. Never throws: bad input
 * gives `{ ok: false, issues }`. Findings are sorted by severity, code and subject.
 *
 * @example
 * ```ts
 * import { evaluate } from '@kinerja/core';
 * import { audit } from '@kinerja/core/bias';
 * // `appraisals`: the agency's appraisals for one period, with pegawai attributes and penilai.
 * const results = appraisals.map((a) => evaluate(a, { trace: false }));
 * const report = audit(results, { attributes: ['jenisKelamin', 'golongan', 'ageBand'] });
 * if (report.ok) {
 *   for (const f of report.findings) console.log(f.severity, f.code, f.explanation.id);
 * } else {
 *   console.log(report.issues); // bad input: issues with paths, never a throw
 * }
 * ```
 */
export function audit(results: unknown, options: unknown = {}): AuditReport {
  if (!Array.isArray(results)) return { ok: false, issues: [M.issue('NOT_A_LIST', [], {})] };
  const issues: Issue[] = [];
  const parsedOpts = safeParseWith(AuditOptionsSchema, options ?? {}, ['options']);
  if (!parsedOpts.success) issues.push(...parsedOpts.issues);
  const rows: ResultIn[] = [];
  results.forEach((r, i) => {
    const asIs = resultAsIs(r);
    if (asIs !== undefined) {
      rows.push(asIs);
      return;
    }
    const p = safeParseWith(ResultSchema, r, [i]);
    if (p.success) rows.push(p.data);
    else issues.push(...p.issues);
  });
  if (!parsedOpts.success || issues.length > 0) return { ok: false, issues };
  const o = parsedOpts.data;
  const alpha = o.alpha ?? 0.05;
  const correction = o.correction ?? 'BH';
  const minGroupSize = o.minGroupSize ?? 5;
  // A rater's statistics aggregate over their ratees, so the privacy floor applies too.
  const minPerRater = Math.max(o.minPerRater ?? 5, minGroupSize);
  const attributes = o.attributes ?? [...AUDIT_ATTRIBUTES];
  const wanted = new Set<AuditCheck>(o.checks ?? AUDIT_CHECKS);
  const favMin = predikatOrdinal(o.favourableAtLeast ?? 'BAIK') as number;
  const advMax = predikatOrdinal(o.adverseAtMost ?? 'BUTUH_PERBAIKAN') as number;
  const scoreKey = o.score === undefined || o.score === 'predikat' ? undefined : o.score.nilai;
  // The latest periode end (the last in string order, as sorting them would give).
  let latest: string | undefined;
  if (o.referenceDate === undefined) {
    for (let i = 0; i < rows.length; i++) {
      const d = (rows[i] as ResultIn).periode?.selesai;
      if (typeof d === 'string' && (latest === undefined || d > latest)) latest = d;
    }
  }
  const refDate = o.referenceDate ?? latest;

  // Normalise the results into rows.
  const used: Row[] = [];
  const ref = refDate === undefined ? undefined : calendarNumber(refDate);
  const ageBand = ageBander(o.ageBands ?? [30, 40, 50]);
  rows.forEach((r, i) => {
    if (!r.ok) return;
    const ordinal = r.predikat ? predikatOrdinal(r.predikat.code) : undefined;
    const raw = scoreKey ? r.nilai?.[scoreKey] : undefined;
    const score = scoreKey
      ? raw !== undefined && Number.isFinite(Number(raw))
        ? Number(raw)
        : undefined
      : ordinal;
    if (score === undefined && ordinal === undefined) return;
    const pg = r.pegawai;
    const attrs: Partial<Record<AuditAttribute, string>> = {};
    if (pg?.jenisKelamin) attrs.jenisKelamin = pg.jenisKelamin;
    if (pg?.golongan) {
      const slash = pg.golongan.indexOf('/');
      attrs.golongan = slash < 0 ? pg.golongan : pg.golongan.slice(0, slash);
    }
    if (pg?.jenisJabatan) attrs.jenisJabatan = pg.jenisJabatan;
    const unit = r.unitKerja ?? pg?.unitKerjaId;
    if (unit) attrs.unitKerja = unit;
    if (pg?.jenisAsn) attrs.jenisAsn = pg.jenisAsn;
    if (pg?.tanggalLahir && ref !== undefined) attrs.ageBand = ageBand(ageOn(pg.tanggalLahir, ref));
    const rater = r.penilai?.nip ?? r.penilai?.nama;
    const stratum =
      o.stratifyBy === undefined
        ? undefined
        : o.stratifyBy === 'unit'
          ? attrs.unitKerja
          : o.stratifyBy(results[i]);
    const row: { -readonly [K in keyof Row]: Row[K] } = {
      ratee: r.nip ?? r.id ?? `#${i}`,
      attrs,
      result: r,
    };
    if (typeof stratum === 'string' && stratum !== '') row.stratum = stratum;
    if (rater) row.rater = rater;
    if (score !== undefined) row.score = score;
    if (ordinal !== undefined) row.ordinal = ordinal;
    used.push(row);
  });

  const tests: PendingTest[] = [];
  const direct: Finding[] = [];
  const statistics: Partial<Record<AuditCheck, unknown>> = {};
  const run: AuditCheck[] = [];
  const notRun: { check: AuditCheck; reason: Text }[] = [];
  const skip = (check: AuditCheck, why: Text) =>
    notRun.push({
      check,
      reason: {
        id: M.text('CHECK_NOT_APPLICABLE', { check, why: why.id }).id,
        en: M.text('CHECK_NOT_APPLICABLE', { check, why: why.en }).en,
      },
    });

  const records: RatingRecord[] = used
    .filter(
      (u): u is Row & { rater: string; score: number } =>
        u.rater !== undefined && u.score !== undefined,
    )
    .map((u) => ({ rater: u.rater, ratee: u.ratee, value: u.score }));
  const raterCount = new Set(records.map((r) => r.rater)).size;
  const raterChecks: AuditCheck[] = ['leniency', 'spread', 'outliers'];
  const ran = new Set<AuditCheck>();
  let strataSummary:
    | { stratifiedBy: 'unit' | 'function'; strata: Record<string, unknown>; unstratified: number }
    | undefined;
  const pooledStats: Partial<Record<AuditCheck, unknown>> = {};
  const strataStats: Partial<Record<AuditCheck, Record<string, unknown>>> = {};

  /**
   * Leniency, spread and outliers over one set of rating records: the whole batch, or one
   * stratum (`stratifyBy`), whose findings then carry `evidence.stratum`.
   */
  const raterChecksOn = (records: RatingRecord[], stratum: string | undefined): void => {
    const store = (check: AuditCheck, stats: unknown): void => {
      if (stratum === undefined) pooledStats[check] = stats;
      else {
        const byStratum = strataStats[check] ?? {};
        byStratum[stratum] = stats;
        strataStats[check] = byStratum;
      }
    };
    const tag = (f: Finding): Finding =>
      stratum === undefined
        ? f
        : {
            ...f,
            evidence: { ...f.evidence, stratum },
            explanation: {
              id: `${f.explanation.id} (strata: ${stratum})`,
              en: `${f.explanation.en} (stratum: ${stratum})`,
            },
          };
    const localDirect: Finding[] = [];
    const localTests: PendingTest[] = [];
    if (wanted.has('leniency')) {
      ran.add('leniency');
      const len = leniency(records, { minPerRater, alpha, correction });
      store('leniency', len);
      for (const r of len.raters) {
        if (r.suppressed || r.p === undefined || Number.isNaN(r.p)) continue;
        const effect = r.model ? r.model.effect : (r.index as number);
        localTests.push({
          p: r.p,
          build: (pAdj) => {
            if (!(pAdj < alpha) || effect === 0) return [];
            const lenient = effect > 0;
            const std = len.pooledSd > 0 ? effect / len.pooledSd : Number.NaN;
            const params = {
              rater: r.rater,
              n: r.n,
              diff: num(Math.abs(effect)),
              method: len.method === 'model' ? 'model aditif' : 'rata-rata mentah',
              p: pfmt(pAdj),
            };
            const paramsEn = {
              ...params,
              method: len.method === 'model' ? 'additive-model' : 'raw-mean',
            };
            const code = lenient ? 'RATER_LENIENT' : 'RATER_SEVERE';
            return [
              {
                code,
                severity: Math.abs(std) >= 0.5 ? 'high' : 'medium',
                subject: { kind: 'rater', id: r.rater },
                evidence: {
                  n: r.n,
                  mean: r.mean ?? null,
                  grandMean: len.grandMean,
                  effect,
                  standardized: std,
                  method: len.method,
                  p: r.p ?? null,
                  pAdjusted: pAdj,
                },
                explanation: { id: M.text(code, params).id, en: M.text(code, paramsEn).en },
                statistics: r,
              },
            ];
          },
        });
      }
    }

    if (wanted.has('spread')) {
      ran.add('spread');
      const ordinalScale = scoreKey === undefined;
      // Central tendency needs categories: the middle predikat (3) on the predikat scale, none
      // for a continuous `nilai` score.
      const sp = raterSpread(records, {
        minPerRater,
        alpha,
        correction,
        middle: ordinalScale ? [3] : [],
      });
      store('spread', sp);
      for (const r of sp.raters) {
        if (r.suppressed) continue;
        if (r.noDifferentiation) {
          localDirect.push({
            code: 'RATER_NO_DIFFERENTIATION',
            severity: 'low',
            subject: { kind: 'rater', id: r.rater },
            evidence: { n: r.n, sd: 0 },
            explanation: M.text('RATER_NO_DIFFERENTIATION', {
              rater: r.rater,
              n: r.n,
              value: num(records.find((x) => x.rater === r.rater)?.value),
            }),
            statistics: r,
          });
          continue;
        }
        if (r.bfP !== undefined && !Number.isNaN(r.bfP)) {
          localTests.push({
            p: r.bfP,
            build: (pAdj) =>
              pAdj < alpha && (r.rangeRatio as number) < 1
                ? [
                    {
                      code: 'RATER_RANGE_RESTRICTION',
                      severity: 'medium',
                      subject: { kind: 'rater', id: r.rater },
                      evidence: {
                        n: r.n,
                        sd: r.sd ?? null,
                        rangeRatio: r.rangeRatio ?? null,
                        p: r.bfP ?? null,
                        pAdjusted: pAdj,
                      },
                      explanation: M.text('RATER_RANGE_RESTRICTION', {
                        rater: r.rater,
                        n: r.n,
                        rr: num(r.rangeRatio),
                        p: pfmt(pAdj),
                      }),
                      statistics: r,
                    },
                  ]
                : [],
          });
        }
        if (r.midP !== undefined && !Number.isNaN(r.midP)) {
          localTests.push({
            p: r.midP,
            build: (pAdj) =>
              pAdj < alpha &&
              (r.rangeRatio as number) < 1 &&
              (r.midShare as number) > sp.orgMidShare
                ? [
                    {
                      code: 'RATER_CENTRAL_TENDENCY',
                      severity: 'medium',
                      subject: { kind: 'rater', id: r.rater },
                      evidence: {
                        n: r.n,
                        midShare: r.midShare ?? null,
                        orgMidShare: sp.orgMidShare,
                        p: r.midP ?? null,
                        pAdjusted: pAdj,
                      },
                      explanation: M.text('RATER_CENTRAL_TENDENCY', {
                        rater: r.rater,
                        n: r.n,
                        share: pct(r.midShare as number),
                        org: pct(sp.orgMidShare),
                        p: pfmt(pAdj),
                      }),
                      statistics: r,
                    },
                  ]
                : [],
          });
        }
      }
    }

    if (wanted.has('outliers')) {
      ran.add('outliers');
      const byRater = new Map<string, number[]>();
      for (let i = 0; i < records.length; i++) {
        const r = records[i] as RatingRecord;
        const list = byRater.get(r.rater);
        if (list) list.push(r.value);
        else byRater.set(r.rater, [r.value]);
      }
      const means = [...byRater.entries()]
        .filter(([, v]) => v.length >= minPerRater)
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([rater, v]) => ({ id: rater, value: mean(v), n: v.length }));
      if (means.length >= 3) {
        const out = robustOutliers(means);
        store('outliers', out);
        // A plain loop (items come in several shapes; see fairnessOf).
        for (let k = 0; k < out.items.length; k++) {
          const it = out.items[k] as (typeof out.items)[number];
          if (!it.modifiedZOutlier) continue;
          const n = means[k]?.n ?? 0;
          localDirect.push({
            code: 'RATER_OUTLIER',
            severity: 'low',
            subject: { kind: 'rater', id: it.id },
            evidence: {
              n,
              mean: it.value,
              median: out.median,
              mad: out.mad,
              modifiedZ: it.modifiedZ,
              tukeyOutlier: it.tukeyOutlier,
            },
            explanation: M.text('RATER_OUTLIER', {
              rater: it.id,
              n,
              mean: num(it.value),
              z: num(it.modifiedZ),
            }),
            statistics: it,
          });
        }
      } else store('outliers', { raters: means.length, note: 'fewer than 3 reportable raters' });
    }
    for (const f of localDirect) direct.push(tag(f));
    for (const t of localTests) tests.push({ p: t.p, build: (pAdj) => t.build(pAdj).map(tag) });
  };

  if (o.stratifyBy === undefined) {
    if (raterCount >= 2) raterChecksOn(records, undefined);
  } else {
    // One stratum per unit (or per key of the caller's function); rows without a key are
    // left out of the rater checks. A stratum with fewer than minGroupSize ratees is
    // suppressed as a whole; one with fewer than 2 raters has nothing to compare.
    const byStratum = new Map<string, RatingRecord[]>();
    let unstratified = 0;
    for (let i = 0; i < used.length; i++) {
      const u = used[i] as Row;
      if (u.rater === undefined || u.score === undefined) continue;
      if (u.stratum === undefined) {
        unstratified++;
        continue;
      }
      const list = byStratum.get(u.stratum);
      const rec = { rater: u.rater, ratee: u.ratee, value: u.score };
      if (list) list.push(rec);
      else byStratum.set(u.stratum, [rec]);
    }
    const strata: Record<string, unknown> = {};
    for (const name of [...byStratum.keys()].sort()) {
      const recs = byStratum.get(name) as RatingRecord[];
      const ratees = new Set(recs.map((r) => r.ratee)).size;
      const raters = new Set(recs.map((r) => r.rater)).size;
      if (ratees < minGroupSize) {
        strata[name] = suppressed(
          STRATA_MESSAGES.text('STRATUM_SUPPRESSED', { n: ratees, min: minGroupSize }),
        );
        continue;
      }
      strata[name] = { ratees, raters };
      if (raters >= 2) raterChecksOn(recs, name);
    }
    for (const c of raterChecks) {
      if (strataStats[c] !== undefined) {
        pooledStats[c] = {
          stratifiedBy: typeof o.stratifyBy === 'string' ? o.stratifyBy : 'function',
          strata: strataStats[c],
          unstratified,
        };
      }
    }
    strataSummary = {
      stratifiedBy: typeof o.stratifyBy === 'string' ? o.stratifyBy : 'function',
      strata,
      unstratified,
    };
  }
  for (const c of raterChecks) {
    if (!wanted.has(c)) continue;
    if (ran.has(c)) {
      run.push(c);
      statistics[c] = pooledStats[c];
    } else skip(c, M.text('NO_RATER', {}));
  }

  // Per-dimension ratings: given, or the PP 46 per-aspect values in `rincian`.
  const dims: DimensionRating[] = [...(o.dimensionRatings ?? [])];
  if (!o.dimensionRatings) {
    for (let i = 0; i < used.length; i++) {
      const u = used[i] as Row;
      const aspek = (
        u.result.rincian as { perilaku?: { aspek?: Record<string, unknown> } } | undefined
      )?.perilaku?.aspek;
      if (!u.rater || !aspek || typeof aspek !== 'object') continue;
      for (const [dimension, v] of Object.entries(aspek)) {
        const value = typeof v === 'string' || typeof v === 'number' ? Number(v) : Number.NaN;
        if (Number.isFinite(value)) dims.push({ rater: u.rater, ratee: u.ratee, dimension, value });
      }
    }
  }
  if (wanted.has('halo')) {
    if (dims.length === 0) skip('halo', M.text('NO_DIMENSIONS', {}));
    else {
      run.push('halo');
      const h = halo(dims, { minPerRater, alpha, correction });
      statistics.halo = h;
      for (const r of h.raters) {
        if (r.suppressed || r.p === undefined || Number.isNaN(r.p)) continue;
        tests.push({
          p: r.p,
          build: (pAdj) =>
            pAdj < alpha
              ? [
                  {
                    code: 'RATER_HALO',
                    severity: 'medium',
                    subject: { kind: 'rater', id: r.rater },
                    evidence: {
                      n: r.n,
                      meanCorrelation: r.meanCorrelation ?? null,
                      orgMeanCorrelation: h.orgMeanCorrelation,
                      meanWithinSd: r.meanWithinSd ?? null,
                      withinSdPercentile: r.withinSdPercentile ?? null,
                      p: r.p ?? null,
                      pAdjusted: pAdj,
                    },
                    explanation: M.text('RATER_HALO', {
                      rater: r.rater,
                      n: r.n,
                      h: num(r.meanCorrelation),
                      org: num(h.orgMeanCorrelation),
                      p: pfmt(pAdj),
                    }),
                    statistics: r,
                  },
                ]
              : [],
        });
      }
    }
  }

  if (wanted.has('reliability')) {
    // Raters × ratees matrix of each rater's mean over dimensions; needs ratees with 2+ raters.
    const cell = new Map<string, Map<string, number[]>>();
    for (const d of dims) {
      const m = cell.get(d.rater) ?? new Map<string, number[]>();
      const list = m.get(d.ratee);
      if (list) list.push(d.value);
      else m.set(d.ratee, [d.value]);
      cell.set(d.rater, m);
    }
    const ratees = [...new Set(dims.map((d) => d.ratee))].sort();
    const multi = ratees.filter((e) => [...cell.values()].filter((m) => m.has(e)).length >= 2);
    if (multi.length < minGroupSize) skip('reliability', M.text('NO_DIMENSIONS', {}));
    else {
      run.push('reliability');
      const raters = [...cell.keys()].sort();
      const matrix = raters.map((r) =>
        multi.map((e) => {
          const v = cell.get(r)?.get(e);
          return v ? mean(v) : null;
        }),
      );
      const a = krippendorffAlpha(matrix, 'interval');
      statistics.reliability = { krippendorffInterval: a, units: multi.length };
      if (a.alpha < 0.667) {
        direct.push({
          code: 'LOW_RELIABILITY',
          severity: 'low',
          subject: { kind: 'group', id: 'organisation' },
          evidence: { alpha: a.alpha, units: multi.length, pairable: a.pairable, threshold: 0.667 },
          explanation: M.text('LOW_RELIABILITY', { alpha: num(a.alpha, 3), units: multi.length }),
          statistics: a,
        });
      }
    }
  }

  // Fairness and score gaps per attribute.
  const fairness: unknown[] = [];
  const gaps: unknown[] = [];
  for (const attr of attributes) {
    const groups = new Map<string, Row[]>();
    for (let i = 0; i < used.length; i++) {
      const u = used[i] as Row;
      const v = u.attrs[attr];
      if (v === undefined) continue;
      const list = groups.get(v);
      if (list) list.push(u);
      else groups.set(v, [u]);
    }
    const names = [...groups.keys()].sort();
    if (names.length < 2) continue;
    if (wanted.has('fairness')) {
      for (const outcome of ['favourable', 'adverse'] as OutcomeKind[]) {
        const counts = names.map((g) => {
          // Members with a predikat, and those among them with the outcome.
          const rs = groups.get(g) as Row[];
          let total = 0;
          let events = 0;
          for (let i = 0; i < rs.length; i++) {
            const ordinal = (rs[i] as Row).ordinal;
            if (ordinal === undefined) continue;
            total++;
            if (outcome === 'favourable' ? ordinal >= favMin : ordinal <= advMax) events++;
          }
          return { group: g, events, total };
        });
        fairnessOf(attr, outcome, counts, { minGroupSize, alpha, correction }, fairness, tests);
      }
    }
    if (wanted.has('scoreGap')) {
      const scored: { group: string; xs: number[]; mean: number }[] = [];
      for (const g of names) {
        const xs: number[] = [];
        for (const r of groups.get(g) as Row[]) if (r.score !== undefined) xs.push(r.score);
        if (xs.length > 0) scored.push({ group: g, xs, mean: mean(xs) });
      }
      const plan = suppressionPlan(
        scored.map((g) => ({ key: g.group, n: g.xs.length })),
        minGroupSize,
      );
      const ok = scored.filter((g) => !plan.has(g.group));
      const stats = scored.map((g) => {
        const why = plan.get(g.group);
        if (!why) return { group: g.group, n: g.xs.length, mean: g.mean };
        return {
          group: g.group,
          ...suppressed(
            why === 'SECONDARY'
              ? M.text('SUPPRESSED_SECONDARY', {})
              : M.text('SUPPRESSED_GROUP', { min: minGroupSize }),
          ),
        };
      });
      if (ok.length < 2) {
        gaps.push({ attribute: attr, groups: stats });
        continue;
      }
      const anova = oneWayAnova(ok.map((g) => g.xs));
      const best = [...ok].sort(
        (a, b) => b.mean - a.mean || (a.group < b.group ? -1 : 1),
      )[0] as (typeof ok)[number];
      const reference = referenceSample(best.xs);
      const comps = ok
        .filter((g) => g !== best)
        .map((g) => ({ group: g.group, smd: smdAgainst(g.xs, reference) }));
      gaps.push({
        attribute: attr,
        reference: best.group,
        omnibus: anova,
        groups: stats,
        comparisons: comps,
      });
      const compP: number[] = [];
      for (let i = 0; i < comps.length; i++)
        compP.push((comps[i] as (typeof comps)[number]).smd.welch.p);
      const pw = pAdjust(compP, correction);
      if (Number.isNaN(anova.p)) continue;
      tests.push({
        p: anova.p,
        build: (pOmni) =>
          comps.flatMap((c, k): Finding[] => {
            const pAdj = Math.max(pOmni, pw[k] as number);
            if (!(pAdj < alpha) || !(c.smd.g <= -0.2)) return [];
            return [
              {
                code: 'GROUP_SCORE_GAP',
                severity: c.smd.g <= -0.5 ? 'high' : 'medium',
                subject: { kind: subjectKind(attr), id: `${attr}=${c.group}` },
                evidence: {
                  attribute: attr,
                  group: c.group,
                  n: c.smd.n1,
                  mean: c.smd.mean1,
                  reference: best.group,
                  referenceN: c.smd.n2,
                  referenceMean: c.smd.mean2,
                  cohensD: c.smd.d,
                  hedgesG: c.smd.g,
                  cliffsDelta: c.smd.cliffsDelta,
                  welchT: c.smd.welch.t,
                  welchDf: c.smd.welch.df,
                  p: c.smd.welch.p,
                  omnibusP: anova.p,
                  pAdjusted: pAdj,
                },
                explanation: M.text('GROUP_SCORE_GAP', {
                  group: `${attr}=${c.group}`,
                  ref: `${attr}=${best.group}`,
                  diff: num(c.smd.mean2 - c.smd.mean1),
                  g: num(c.smd.g),
                  p: pfmt(pAdj),
                }),
                statistics: c,
              },
            ];
          }),
      });
    }
  }
  if (wanted.has('fairness')) {
    if (fairness.length === 0) skip('fairness', M.text('NO_GROUPS', {}));
    else {
      run.push('fairness');
      statistics.fairness = fairness;
    }
  }
  if (wanted.has('scoreGap')) {
    if (gaps.length === 0) skip('scoreGap', M.text('NO_GROUPS', {}));
    else {
      run.push('scoreGap');
      statistics.scoreGap = gaps;
    }
  }

  if (wanted.has('selfGap')) {
    if (!o.selfRatings?.length) skip('selfGap', M.text('NO_SELF_RATINGS', {}));
    else {
      run.push('selfGap');
      const byUnit = new Map<string, { self: number; supervisor: number }[]>();
      for (const s of o.selfRatings) {
        const k = s.unit ?? '(semua)';
        const list = byUnit.get(k);
        if (list) list.push(s);
        else byUnit.set(k, [s]);
      }
      const out: unknown[] = [];
      for (const unit of [...byUnit.keys()].sort()) {
        const pairs = byUnit.get(unit) ?? [];
        const g = selfSupervisorGap(pairs, { minPairs: minGroupSize });
        if (!g.ok) {
          out.push({ unit, ...suppressed(M.text('SUPPRESSED_GROUP', { min: minGroupSize })) });
          continue;
        }
        out.push({ unit, ...g });
        if (Number.isNaN(g.p)) continue;
        tests.push({
          p: g.p,
          build: (pAdj) =>
            pAdj < alpha
              ? [
                  {
                    code: 'SELF_SUPERVISOR_GAP',
                    severity: 'medium',
                    subject: { kind: 'unit', id: unit },
                    evidence: {
                      n: g.n,
                      meanDifference: g.meanDifference,
                      dz: g.dz,
                      t: g.t,
                      df: g.df,
                      p: g.p,
                      pAdjusted: pAdj,
                      loaLower: g.limitsOfAgreement[0],
                      loaUpper: g.limitsOfAgreement[1],
                      r: g.r,
                    },
                    explanation: M.text('SELF_SUPERVISOR_GAP', {
                      unit,
                      n: g.n,
                      diff: num(g.meanDifference),
                      dz: num(g.dz),
                      p: pfmt(pAdj),
                    }),
                    statistics: g,
                  },
                ]
              : [],
        });
      }
      statistics.selfGap = out;
    }
  }

  if (wanted.has('recency')) {
    if (!o.evidence?.length) skip('recency', M.text('NO_EVIDENCE', {}));
    else {
      run.push('recency');
      const rc = recency(o.evidence, { minPerRater });
      statistics.recency = rc;
      for (const r of rc.raters) {
        if (r.flag !== 'RECENCY') continue;
        direct.push({
          code: 'RATER_RECENCY',
          severity: 'low',
          subject: { kind: 'rater', id: r.rater },
          evidence: {
            heuristic: true,
            n: r.n,
            betaEarly: r.betaEarly ?? null,
            betaLate: r.betaLate ?? null,
            index: r.index ?? null,
            threshold: rc.threshold,
          },
          explanation: M.text('RATER_RECENCY', { rater: r.rater, n: r.n, index: num(r.index) }),
          statistics: r,
        });
      }
    }
  }

  const adjusted = pAdjust(
    tests.map((t) => t.p),
    correction,
  );
  const findings = [...direct, ...tests.flatMap((t, i) => t.build(adjusted[i] as number))].map(
    (f) => jsonSafe(f) as Finding,
  );
  // Each finding's sort key once (a stable sort on the same keys gives the same order).
  const keyed: { f: Finding; k: string }[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    keyed.push({ f, k: findingKey(f) });
  }
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  for (let i = 0; i < keyed.length; i++) findings[i] = (keyed[i] as { f: Finding }).f;
  return {
    ok: true,
    findings,
    summary: {
      results: rows.length,
      used: used.length,
      skipped: rows.length - used.length,
      raters: raterCount,
      tests: tests.length,
      alpha,
      correction,
      minGroupSize,
      referenceDate: refDate ?? null,
      checksRun: run,
      checksNotRun: notRun,
      ...(strataSummary !== undefined
        ? { strata: jsonSafe(strataSummary) as NonNullable<typeof strataSummary> }
        : {}),
    },
    statistics:
      o.statistics === false ? {} : (jsonSafe(statistics) as Partial<Record<AuditCheck, unknown>>),
  };
}
