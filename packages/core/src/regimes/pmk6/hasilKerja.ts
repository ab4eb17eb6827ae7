import { type Calculator, ge, lt, type RoundingMode, sum } from '../../arith/calculator.js';
import { LABELS, RATINGS, type Rating } from '../../codes.js';
import { type Text, t } from '../../i18n/text.js';
import { capaianIki } from '../../indicators/capaian.js';
import type { Issue, Path } from '../../issues/issue.js';
import { formatPath } from '../../issues/issue.js';
import { safeParseWith } from '../../issues/zod.js';
import type { Appraisal } from '../../model/appraisal.js';
import type { Skp } from '../../model/skp.js';
import type { Pmk6Ruleset } from '../../ruleset/types.js';
import type { TraceValue } from '../../trace/trace.js';
import type { RatingSource, ScoreContext } from '../types.js';
import { PMK6_MESSAGES as M } from './messages.js';
import { PMK6_REFS } from './ruleset.js';

/** Capaian of one IKI as reported in `rincian`. */
export interface RincianIki {
  /** Position of the IKI in its rencana hasil kerja (0-based). */
  readonly iki: number;
  /** The IKI's own `id`, when the input gives one. */
  readonly id?: string;
  readonly aspek: string;
  readonly indikator: string;
  /** Capaian in percent, rounded by the ruleset's rounding policy. */
  readonly capaian: string;
}

/** Capaian of the IKIs of one rencana hasil kerja, as reported in `rincian`. */
export interface RincianRhk {
  readonly rhk: number;
  readonly jenis: 'UTAMA' | 'TAMBAHAN';
  readonly rencanaHasilKerja: string;
  readonly indikator: readonly RincianIki[];
}

/**
 * The resolved rating hasil kerja, with the capaian of every IKI of the SKP (information when
 * the rating comes from the pejabat penilai or the organisation; the basis of a suggestion).
 */
export type HasilKerjaOutcome =
  | {
      readonly ok: true;
      readonly rating: Rating;
      readonly sumber: RatingSource;
      /** Reported average capaian (only when the rating was suggested from capaian). */
      readonly rataRataCapaian?: string;
      /** Capaian per RHK and IKI (absent when the SKP has no IKI whose capaian was computed). */
      readonly rincian?: readonly RincianRhk[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const lbl = (r: Rating) => LABELS.rating[r];

/** The outcome for a rating set by the pejabat penilai: one shared, frozen object per rating. */
const DARI_PENILAI = Object.fromEntries(
  RATINGS.map((rating) => [rating, Object.freeze({ ok: true, rating, sumber: 'PENILAI' })]),
) as unknown as Readonly<Record<Rating, HasilKerjaOutcome>>;

/**
 * Resolves the rating hasil kerja: the head-of-unit rule first (SE MenPANRB 3/2023), then the
 * pejabat penilai's rating, and only if neither applies the labelled capaian heuristic.
 */
export function resolveRatingHasilKerja<T>(
  c: Calculator<T>,
  a: Appraisal,
  rs: Pmk6Ruleset,
  ctx: ScoreContext,
): HasilKerjaOutcome {
  const skp = a.skp;
  if (a.kepalaUnit !== true && a.ratingHasilKerja === undefined) {
    return suggestFromCapaian(c, a, rs, ctx);
  }
  // The rating is the organisation's (head of unit) or the pejabat penilai's. The IKIs are still
  // checked (payload against the type's schema) and their capaian shown as information.
  const cap =
    skp === undefined || skp.rencanaHasilKerja.length === 0
      ? undefined
      : hitungCapaian(c, skp, ctx, 'INFO', false);
  const rated = a.kepalaUnit === true ? kepalaUnit(a, rs, ctx) : dariPenilai(a, ctx);
  if (cap === undefined) return rated;
  if (cap.issues.length > 0) {
    return { ok: false, issues: rated.ok ? cap.issues : [...rated.issues, ...cap.issues] };
  }
  if (!rated.ok) return rated;
  warnNotComputed(cap.gagal, ctx);
  if (cap.jumlah === 0) return rated;
  const { dp, mode } = rs.rounding.value;
  const rincian = rincianOf(c, cap.perRhk, dp, mode);
  if (ctx.tracer.enabled) traceInformasi(c, cap, rincian, rated.sumber, ctx);
  return { ok: true, rating: rated.rating, sumber: rated.sumber, rincian };
}

function dariPenilai(a: Appraisal, ctx: ScoreContext): HasilKerjaOutcome {
  const rating = a.ratingHasilKerja as Rating;
  if (ctx.tracer.enabled) {
    ctx.tracer.step({
      rule: 'pmk6.ratingHasilKerja.penilai',
      title: t('Rating hasil kerja dari pejabat penilai', 'Rating hasil kerja by the rater'),
      ref: PMK6_REFS.ratingPenilai,
      path: 'ratingHasilKerja',
      inputs: { ratingHasilKerja: rating },
      output: rating,
      explanation: t(
        `Pejabat penilai kinerja menetapkan rating hasil kerja "${lbl(rating).id}" berdasarkan realisasi dan umpan balik yang didukung bukti dukung.`,
        `The pejabat penilai kinerja set the rating hasil kerja "${lbl(rating).en}" from realisasi and evidence-backed feedback.`,
      ),
    });
  }
  return DARI_PENILAI[rating];
}

/** One IKI whose capaian was computed. */
interface IkiDihitung<T> {
  readonly j: number;
  readonly id: string | undefined;
  readonly aspek: string;
  readonly indikator: string;
  readonly capaian: T;
  /** Counts in the suggestion's average (false: a TAMBAHAN RHK under `hanyaUtama`). */
  readonly dirataRata: boolean;
}

/** The capaian of the IKIs of one SKP. */
interface CapaianSkp<T> {
  /** Blocking issues: unknown indicator type, `iki.data` not matching the type's schema. */
  readonly issues: Issue[];
  /** IKIs whose capaian could not be computed (the type's own issues). */
  readonly gagal: Issue[];
  readonly perRhk: {
    readonly rhk: number;
    readonly jenis: 'UTAMA' | 'TAMBAHAN';
    readonly nama: string;
    readonly iki: IkiDihitung<T>[];
  }[];
  /** Number of IKIs whose capaian was computed. */
  readonly jumlah: number;
}

/**
 * Validates every IKI against its indicator type and computes its capaian (not for a
 * qualitative SKP, which has no numeric capaian: its payloads are still validated).
 */
function hitungCapaian<T>(
  c: Calculator<T>,
  skp: Skp,
  ctx: ScoreContext,
  untuk: 'INFO' | 'SARAN',
  hanyaUtama: boolean,
): CapaianSkp<T> {
  const kualitatif = skp.pendekatan === 'KUALITATIF';
  const issues: Issue[] = [];
  const gagal: Issue[] = [];
  const perRhk: CapaianSkp<T>['perRhk'] = [];
  let jumlah = 0;
  const rhks = skp.rencanaHasilKerja;
  for (let i = 0; i < rhks.length; i++) {
    const rhk = rhks[i] as (typeof rhks)[number];
    const row: CapaianSkp<T>['perRhk'][number] = {
      rhk: i,
      jenis: rhk.jenis,
      nama: rhk.rencanaHasilKerja,
      iki: [],
    };
    const dirataRata = !hanyaUtama || rhk.jenis === 'UTAMA';
    for (let j = 0; j < rhk.indikator.length; j++) {
      const iki = rhk.indikator[j] as (typeof rhk.indikator)[number];
      const path: Path = ['skp', 'rencanaHasilKerja', i, 'indikator', j];
      const jenis = iki.jenis ?? 'standar';
      const type = ctx.indicatorTypes.get(jenis);
      if (type === undefined) {
        issues.push(M.issue('UNKNOWN_INDICATOR_TYPE', [...path, 'jenis'], { jenis }));
        continue;
      }
      if (kualitatif) {
        // No numeric capaian in a qualitative SKP; the payload must still match its schema.
        if (type.schema !== undefined && iki.data !== undefined) {
          const parsed = safeParseWith(type.schema, iki.data, [...path, 'data']);
          if (!parsed.success) issues.push(...parsed.issues);
        }
        continue;
      }
      // Indicator types may report the UNCERTAIN readings they use (e.g. inside a range target).
      const out = capaianIki(c, type, iki, {
        path,
        tracer: ctx.tracer,
        usedReading: (name) => ctx.usedReading(name),
      });
      if (!out.ok) {
        // Invalid data is always an issue; a capaian that cannot be computed only blocks the
        // suggestion that needs it (otherwise the rating is the penilai's: a warning).
        if (out.stage === 'DATA' || (untuk === 'SARAN' && dirataRata)) issues.push(...out.issues);
        else gagal.push(...out.issues);
        continue;
      }
      jumlah++;
      row.iki.push({
        j,
        id: iki.id,
        aspek: iki.aspek,
        indikator: iki.indikator,
        capaian: out.capaian,
        dirataRata,
      });
    }
    perRhk.push(row);
  }
  return { issues, gagal, perRhk, jumlah };
}

/** One `CAPAIAN_NOT_COMPUTED` warning per issue of an IKI whose capaian is only information. */
function warnNotComputed(gagal: readonly Issue[], ctx: ScoreContext): void {
  for (const i of gagal) {
    ctx.warn(
      M.warning(
        'CAPAIAN_NOT_COMPUTED',
        { reasonId: i.message.id, reasonEn: i.message.en },
        'pmk6.capaian.informasi',
        i.path,
      ),
    );
  }
}

function rincianOf<T>(
  c: Calculator<T>,
  perRhk: CapaianSkp<T>['perRhk'],
  dp: number,
  mode: RoundingMode,
): RincianRhk[] {
  return perRhk.map((r) => ({
    rhk: r.rhk,
    jenis: r.jenis,
    rencanaHasilKerja: r.nama,
    indikator: r.iki.map((k) => {
      const capaian = c.roundToFixed(k.capaian, dp, mode);
      return k.id === undefined
        ? { iki: k.j, aspek: k.aspek, indikator: k.indikator, capaian }
        : { iki: k.j, id: k.id, aspek: k.aspek, indikator: k.indikator, capaian };
    }),
  }));
}

function capaianTrace<T>(c: Calculator<T>, cap: CapaianSkp<T>, averaged: boolean): TraceValue[] {
  const out: TraceValue[] = [];
  for (const r of cap.perRhk) {
    for (const k of r.iki) {
      if (averaged && !k.dirataRata) continue;
      out.push({
        path: formatPath(['skp', 'rencanaHasilKerja', r.rhk, 'indikator', k.j]),
        capaian: c.toString(k.capaian),
      });
    }
  }
  return out;
}

/** The information step: capaian per IKI, and who sets the rating instead. */
function traceInformasi<T>(
  c: Calculator<T>,
  cap: CapaianSkp<T>,
  rincian: readonly RincianRhk[],
  sumber: RatingSource,
  ctx: ScoreContext,
): void {
  const shown = rincian
    .flatMap((r) => r.indikator.map((k) => `${k.indikator} ${k.capaian}%`))
    .join(', ');
  const oleh =
    sumber === 'KEPALA_UNIT'
      ? t('capaian kinerja organisasi', 'the organisation’s capaian')
      : t('pejabat penilai', 'the pejabat penilai');
  ctx.tracer.step({
    rule: 'pmk6.capaian.informasi',
    title: t('Capaian IKI (informasi)', 'IKI capaian (information)'),
    ref: PMK6_REFS.ratingPenilai,
    path: 'skp.rencanaHasilKerja',
    inputs: {
      capaian: capaianTrace(c, cap, false),
      tidakDihitung: cap.gagal.map((i) => formatPath(i.path)),
    },
    output: rincian.flatMap((r) => r.indikator.map((k) => k.capaian)),
    explanation: t(
      `Capaian ${cap.jumlah} IKI dihitung dengan jenis indikatornya sebagai informasi: ${shown}. Rating hasil kerja ditetapkan oleh ${oleh.id}, bukan dihitung dari capaian ini (PermenPANRB 6/2022 tidak memuat rumus).`,
      `Capaian of ${cap.jumlah} IKI computed with their indicator types, as information: ${shown}. The rating hasil kerja is set by ${oleh.en}, not computed from this capaian (PermenPANRB 6/2022 gives no formula).`,
    ),
  });
}

function kepalaUnit(a: Appraisal, rs: Pmk6Ruleset, ctx: ScoreContext): HasilKerjaOutcome {
  const org = a.predikatOrganisasi;
  if (org === undefined) {
    return {
      ok: false,
      issues: [M.issue('PREDIKAT_ORGANISASI_REQUIRED', ['predikatOrganisasi'], {})],
    };
  }
  const param = rs.params.ratingKepalaUnit;
  const rating = param.value[org];
  ctx.usedReading('ratingKepalaUnit');
  const given = a.ratingHasilKerja;
  if (given !== undefined && given !== rating) {
    ctx.warn(
      M.warning(
        'HEAD_OF_UNIT_OVERRIDES_RATING',
        { given, derived: rating, org },
        'pmk6.ratingHasilKerja.kepalaUnit',
        ['ratingHasilKerja'],
      ),
    );
  }
  if (ctx.tracer.enabled) {
    const o = LABELS.predikatOrganisasi[org];
    ctx.tracer.step({
      rule: 'pmk6.ratingHasilKerja.kepalaUnit',
      title: t(
        'Rating hasil kerja pimpinan unit = capaian kinerja organisasi',
        'Head of unit: rating hasil kerja = organisation capaian',
      ),
      ref: param.ref,
      path: 'predikatOrganisasi',
      inputs: {
        kepalaUnit: true,
        predikatOrganisasi: org,
        ratingHasilKerjaDiberikan: given ?? null,
      },
      output: rating,
      parameter: {
        name: 'ratingKepalaUnit',
        value: param.value,
        isDefault: param.overriddenBy === undefined,
      },
      explanation: t(
        `Pegawai adalah pimpinan unit kerja, sehingga capaian kinerja organisasi menjadi rating hasil kerjanya (SE MenPANRB 3/2023): capaian organisasi "${o.id}" → "${lbl(rating).id}". Pemetaan 5 predikat organisasi ke 3 rating adalah bacaan (dapat diubah), bukan kutipan.${given !== undefined && given !== rating ? ` Rating yang diberikan penilai ("${lbl(given).id}") tidak dipakai.` : ''}`,
        `The employee heads the unit, so the organisation’s capaian becomes the rating hasil kerja (SE MenPANRB 3/2023): organisation "${o.en}" → "${lbl(rating).en}". Mapping 5 organisation predikat onto 3 ratings is a configurable reading, not a quotation.${given !== undefined && given !== rating ? ` The rater’s rating ("${lbl(given).en}") is not used.` : ''}`,
      ),
    });
  }
  return { ok: true, rating, sumber: 'KEPALA_UNIT' };
}

function missing(reason: Text, path: Path = ['ratingHasilKerja']): HasilKerjaOutcome {
  return {
    ok: false,
    issues: [
      M.issue('RATING_HASIL_KERJA_MISSING', path, { reasonId: reason.id, reasonEn: reason.en }),
    ],
  };
}

function suggestFromCapaian<T>(
  c: Calculator<T>,
  a: Appraisal,
  rs: Pmk6Ruleset,
  ctx: ScoreContext,
): HasilKerjaOutcome {
  const param = rs.params.saranHasilKerja;
  const h = param.value;
  if (!h.aktif) {
    return missing(
      t(
        'saran heuristik dinonaktifkan pada ruleset ini',
        'the suggestion heuristic is disabled in this ruleset',
      ),
    );
  }
  const skp = a.skp;
  if (skp === undefined || skp.rencanaHasilKerja.length === 0) {
    return missing(t('SKP tanpa rencana hasil kerja', 'the SKP has no rencana hasil kerja'));
  }
  if (skp.pendekatan === 'KUALITATIF') {
    const m = missing(
      t(
        'SKP pendekatan kualitatif tidak memiliki capaian angka; pejabat penilai harus memberi rating',
        'a qualitative SKP has no numeric capaian; the rater must give the rating',
      ),
    );
    const checked = hitungCapaian(c, skp, ctx, 'SARAN', false);
    return m.ok || checked.issues.length === 0
      ? m
      : { ok: false, issues: [...m.issues, ...checked.issues] };
  }

  const cap = hitungCapaian(c, skp, ctx, 'SARAN', h.hanyaUtama);
  if (cap.issues.length > 0) return { ok: false, issues: cap.issues };
  warnNotComputed(cap.gagal, ctx);
  const values: T[] = [];
  for (const r of cap.perRhk) for (const k of r.iki) if (k.dirataRata) values.push(k.capaian);
  if (values.length === 0) {
    return missing(
      t(
        'tidak ada IKI yang dapat dihitung capaiannya',
        'there is no IKI whose capaian can be computed',
      ),
      ['skp', 'rencanaHasilKerja'],
    );
  }

  const avg = c.div(sum(c, values), c.from(values.length));
  const minIki = c.from(h.minSetiapIki);
  let below = 0;
  for (const v of values) if (lt(c, v, minIki)) below++;
  let rating: Rating;
  if (ge(c, avg, c.from(h.diAtasRataRataMin)) && below === 0) rating = 'DI_ATAS_EKSPEKTASI';
  else if (ge(c, avg, c.from(h.sesuaiRataRataMin))) rating = 'SESUAI_EKSPEKTASI';
  else rating = 'DI_BAWAH_EKSPEKTASI';

  ctx.usedReading('saranHasilKerja');
  ctx.warn(
    M.warning('RATING_SUGGESTED', { apa: 'hasil', rating }, 'pmk6.saran.hasilKerja', [
      'ratingHasilKerja',
    ]),
  );

  const { dp, mode } = rs.rounding.value;
  const fmt = (x: T) => c.toFixed(c.round(x, dp, mode), dp);
  const rataRataCapaian = fmt(avg);
  const rincian = rincianOf(c, cap.perRhk, dp, mode);

  if (ctx.tracer.enabled) {
    const capaian = capaianTrace(c, cap, true);
    const exact = c.toString(avg);
    // Long (repeating) decimals are shortened in the prose; the trace inputs keep them whole.
    const shown = exact.length > 14 ? `${exact.slice(0, 12)}…` : exact;
    const why =
      rating === 'DI_ATAS_EKSPEKTASI'
        ? t(
            `rata-rata ${shown}% ≥ ${h.diAtasRataRataMin}% dan tidak ada IKI di bawah ${h.minSetiapIki}%`,
            `average ${shown}% ≥ ${h.diAtasRataRataMin}% and no IKI below ${h.minSetiapIki}%`,
          )
        : rating === 'SESUAI_EKSPEKTASI'
          ? t(
              `rata-rata ${shown}% ≥ ${h.sesuaiRataRataMin}%${below > 0 ? `, tetapi ${below} IKI di bawah ${h.minSetiapIki}%` : ` tetapi < ${h.diAtasRataRataMin}%`}`,
              `average ${shown}% ≥ ${h.sesuaiRataRataMin}%${below > 0 ? `, but ${below} IKI below ${h.minSetiapIki}%` : ` but < ${h.diAtasRataRataMin}%`}`,
            )
          : t(
              `rata-rata ${shown}% < ${h.sesuaiRataRataMin}%`,
              `average ${shown}% < ${h.sesuaiRataRataMin}%`,
            );
    ctx.tracer.step({
      rule: 'pmk6.saran.hasilKerja',
      title: t(
        'SARAN rating hasil kerja dari capaian IKI (heuristik aplikasi)',
        'SUGGESTED rating hasil kerja from IKI capaian (app heuristic)',
      ),
      ref: param.ref,
      kind: 'reading',
      path: 'skp.rencanaHasilKerja',
      inputs: {
        capaian,
        jumlahIki: values.length,
        rataRataCapaian: exact,
        ikiDiBawahMin: below,
      },
      output: rating,
      parameter: {
        name: 'saranHasilKerja',
        value: { ...h },
        isDefault: param.overriddenBy === undefined,
      },
      explanation: t(
        `Pejabat penilai tidak memberi rating hasil kerja. SARAN (bukan aturan PermenPANRB 6/2022): rata-rata capaian ${values.length} IKI = Σ capaian / ${values.length} = ${shown}% (dilaporkan ${rataRataCapaian}%); ${why.id} → "${lbl(rating).id}". Pejabat penilai tetap yang menetapkan rating.`,
        `The rater gave no rating hasil kerja. SUGGESTION (not a PermenPANRB 6/2022 rule): average capaian of ${values.length} IKI = Σ capaian / ${values.length} = ${shown}% (reported ${rataRataCapaian}%); ${why.en} → "${lbl(rating).en}". The rater still sets the rating.`,
      ),
    });
  }
  return { ok: true, rating, sumber: 'SARAN_HEURISTIK', rataRataCapaian, rincian };
}
