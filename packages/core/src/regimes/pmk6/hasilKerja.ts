import { type Calculator, ge, lt, sum } from '../../arith/calculator.js';
import { LABELS, RATINGS, type Rating } from '../../codes.js';
import { type Text, t } from '../../i18n/text.js';
import type { CapaianContext } from '../../indicators/types.js';
import type { Issue, Path } from '../../issues/issue.js';
import { formatPath } from '../../issues/issue.js';
import type { Appraisal } from '../../model/appraisal.js';
import type { Pmk6Ruleset } from '../../ruleset/types.js';
import type { TraceValue } from '../../trace/trace.js';
import type { RatingSource, ScoreContext } from '../types.js';
import { PMK6_MESSAGES as M } from './messages.js';
import { PMK6_REFS } from './ruleset.js';

/** Capaian of one IKI as reported in `rincian`. */
export interface RincianIki {
  readonly iki: number;
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

/** The resolved rating hasil kerja, with the computed capaian when a suggestion was made. */
export type HasilKerjaOutcome =
  | {
      readonly ok: true;
      readonly rating: Rating;
      readonly sumber: RatingSource;
      /** Reported average capaian (only when the rating was suggested from capaian). */
      readonly rataRataCapaian?: string;
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
  if (a.kepalaUnit === true) return kepalaUnit(a, rs, ctx);

  if (a.ratingHasilKerja !== undefined) {
    const rating = a.ratingHasilKerja;
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

  return suggestFromCapaian(c, a, rs, ctx);
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
    return missing(
      t(
        'SKP pendekatan kualitatif tidak memiliki capaian angka; pejabat penilai harus memberi rating',
        'a qualitative SKP has no numeric capaian; the rater must give the rating',
      ),
    );
  }

  const issues: Issue[] = [];
  const values: T[] = [];
  const perRhk: {
    rhk: number;
    jenis: 'UTAMA' | 'TAMBAHAN';
    nama: string;
    iki: { j: number; aspek: string; indikator: string; capaian: T }[];
  }[] = [];
  skp.rencanaHasilKerja.forEach((rhk, i) => {
    if (h.hanyaUtama && rhk.jenis !== 'UTAMA') return;
    const row: (typeof perRhk)[number] = {
      rhk: i,
      jenis: rhk.jenis,
      nama: rhk.rencanaHasilKerja,
      iki: [],
    };
    rhk.indikator.forEach((iki, j) => {
      const path: Path = ['skp', 'rencanaHasilKerja', i, 'indikator', j];
      const jenis = iki.jenis ?? 'standar';
      const type = ctx.indicatorTypes.get(jenis);
      if (type === undefined) {
        issues.push(M.issue('UNKNOWN_INDICATOR_TYPE', [...path, 'jenis'], { jenis }));
        return;
      }
      // Indicator types may report the UNCERTAIN readings they use (e.g. inside a range target).
      const capCtx: CapaianContext & { usedReading(name: string): void } = {
        path,
        tracer: ctx.tracer,
        usedReading: (name) => ctx.usedReading(name),
      };
      const out = type.capaian(c, iki, capCtx);
      if (!out.ok) {
        issues.push(...out.issues);
        return;
      }
      values.push(out.capaian);
      row.iki.push({ j, aspek: iki.aspek, indikator: iki.indikator, capaian: out.capaian });
    });
    perRhk.push(row);
  });
  if (issues.length > 0) return { ok: false, issues };
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
  const rincian: RincianRhk[] = perRhk.map((r) => ({
    rhk: r.rhk,
    jenis: r.jenis,
    rencanaHasilKerja: r.nama,
    indikator: r.iki.map((k) => ({
      iki: k.j,
      aspek: k.aspek,
      indikator: k.indikator,
      capaian: fmt(k.capaian),
    })),
  }));

  if (ctx.tracer.enabled) {
    const capaian: TraceValue[] = [];
    for (const r of perRhk) {
      for (const k of r.iki) {
        capaian.push({
          path: formatPath(['skp', 'rencanaHasilKerja', r.rhk, 'indikator', k.j]),
          capaian: c.toString(k.capaian),
        });
      }
    }
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
