import { type Calculator, gt, lt } from '../../arith/calculator.js';
import { LABELS, RATINGS, type Rating } from '../../codes.js';
import { type Text, t } from '../../i18n/text.js';
import type { Issue } from '../../issues/issue.js';
import type { Appraisal } from '../../model/appraisal.js';
import { BERAKHLAK, type NilaiBerakhlak, type PeranPenilai } from '../../model/perilaku.js';
import type { Pmk6Ruleset } from '../../ruleset/types.js';
import type { TraceValue } from '../../trace/trace.js';
import { basisPointsUsed, formatBasisPoints } from '../../weighting/basisPoints.js';
import { renormalize, weightedMean } from '../../weighting/weights.js';
import type { RatingSource, ScoreContext } from '../types.js';
import { PMK6_MESSAGES as M } from './messages.js';
import type { GabunganPenilai } from './params.js';
import { PMK6_REFS } from './ruleset.js';

/** The resolved rating perilaku kerja. */
export type PerilakuOutcome =
  | {
      readonly ok: true;
      readonly rating: Rating;
      readonly sumber: RatingSource;
      /** Combined rating per core value (only when the rating was suggested). */
      readonly nilaiDasar?: Readonly<Record<NilaiBerakhlak, Rating>>;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const lbl = (r: Rating) => LABELS.rating[r];

/** The outcome for a rating set by the pejabat penilai: one shared, frozen object per rating. */
const DARI_PENILAI = Object.fromEntries(
  RATINGS.map((rating) => [rating, Object.freeze({ ok: true, rating, sumber: 'PENILAI' })]),
) as unknown as Readonly<Record<Rating, PerilakuOutcome>>;
const isRating = (x: unknown): x is Rating =>
  typeof x === 'string' && (RATINGS as readonly string[]).includes(x);
const isNilai = (x: string): x is NilaiBerakhlak => (BERAKHLAK as readonly string[]).includes(x);
const ORDINAL: Record<Rating, number> = {
  DI_BAWAH_EKSPEKTASI: 1,
  SESUAI_EKSPEKTASI: 2,
  DI_ATAS_EKSPEKTASI: 3,
};

function missing(reason: Text, path: (string | number)[] = ['ratingPerilaku']): PerilakuOutcome {
  return {
    ok: false,
    issues: [
      M.issue('RATING_PERILAKU_MISSING', path, { reasonId: reason.id, reasonEn: reason.en }),
    ],
  };
}

/**
 * Resolves the rating perilaku kerja: the pejabat penilai's rating, or, only if none was
 * given, the labelled suggestion from the seven BerAKHLAK value ratings in
 * `perilaku.penilaian[]`, combining several raters by the ruleset's rater weights.
 */
export function resolveRatingPerilaku<T>(
  c: Calculator<T>,
  a: Appraisal,
  rs: Pmk6Ruleset,
  ctx: ScoreContext,
): PerilakuOutcome {
  if (a.ratingPerilaku !== undefined) {
    const rating = a.ratingPerilaku;
    if (ctx.tracer.enabled) {
      ctx.tracer.step({
        rule: 'pmk6.ratingPerilaku.penilai',
        title: t(
          'Rating perilaku kerja dari pejabat penilai',
          'Rating perilaku kerja by the rater',
        ),
        ref: PMK6_REFS.ratingPerilakuPenilai,
        path: 'ratingPerilaku',
        inputs: { ratingPerilaku: rating },
        output: rating,
        explanation: t(
          `Pejabat penilai kinerja menetapkan rating perilaku kerja "${lbl(rating).id}" terhadap tujuh nilai dasar BerAKHLAK.`,
          `The pejabat penilai kinerja set the rating perilaku kerja "${lbl(rating).en}" against the seven BerAKHLAK core values.`,
        ),
      });
    }
    return DARI_PENILAI[rating];
  }

  const sp = rs.params.saranPerilaku;
  if (!sp.value.aktif) {
    return missing(
      t(
        'saran heuristik dinonaktifkan pada ruleset ini',
        'the suggestion heuristic is disabled in this ruleset',
      ),
    );
  }
  const penilaian = a.perilaku?.penilaian ?? [];
  if (penilaian.length === 0) {
    return missing(
      t(
        'tidak ada penilaian nilai dasar BerAKHLAK (perilaku.penilaian kosong)',
        'there is no BerAKHLAK value rating (perilaku.penilaian is empty)',
      ),
    );
  }

  // 1. Validate every rater's entries: keys must be core values, values must be ratings.
  const issues: Issue[] = [];
  penilaian.forEach((p, i) => {
    for (const [k, v] of Object.entries(p.nilai)) {
      const path = ['perilaku', 'penilaian', i, 'nilai', k];
      if (!isNilai(k)) issues.push(M.issue('PERILAKU_UNKNOWN_VALUE', path, { nilai: k }));
      else if (!isRating(v))
        issues.push(M.issue('PERILAKU_SCORE_NOT_RATING', path, { nilai: String(v) }));
    }
  });
  if (issues.length > 0) return { ok: false, issues };

  // 2. Combine raters per core value by the rater weights (zero-weight roles are excluded).
  const bobot = rs.params.bobotPenilai;
  const gabungan = rs.params.gabunganPenilai;
  ctx.usedReading('bobotPenilai');
  const combined: Partial<Record<NilaiBerakhlak, Rating>> = {};
  const detail: TraceValue[] = [];
  /** Weighted roles that rated at least one core value (for the trace). */
  const present = new Set<PeranPenilai>();
  let usedGabungan = false;
  for (const v of BERAKHLAK) {
    const byRole: Partial<Record<PeranPenilai, Rating[]>> = {};
    for (const p of penilaian) {
      const r = p.nilai[v];
      const w = bobot.value[p.penilai.peran] ?? 0;
      if (!isRating(r) || w <= 0) continue;
      const list = byRole[p.penilai.peran] ?? [];
      list.push(r);
      byRole[p.penilai.peran] = list;
    }
    const roles = Object.keys(byRole).sort() as PeranPenilai[];
    if (roles.length === 0) {
      issues.push(M.issue('PERILAKU_VALUE_MISSING', ['perilaku', 'penilaian'], { nilai: v }));
      continue;
    }
    let raters = 0;
    for (const r of roles) raters += byRole[r]?.length ?? 0;
    let rating: Rating;
    if (raters === 1) {
      rating = (byRole[roles[0] as PeranPenilai] as Rating[])[0] as Rating;
    } else {
      usedGabungan = true;
      rating = combine(c, byRole, roles, bobot.value, gabungan.value);
    }
    combined[v] = rating;
    if (ctx.tracer.enabled) {
      const ratings: { [k: string]: TraceValue } = {};
      for (const r of roles) {
        ratings[r] = byRole[r] ?? [];
        present.add(r);
      }
      detail.push(
        roles.length > 1
          ? {
              nilai: v,
              penilai: ratings,
              bobot: { ...basisPointsUsed(renormalize(bobot.value, roles)) },
              hasil: rating,
            }
          : { nilai: v, penilai: ratings, hasil: rating },
      );
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  if (usedGabungan) ctx.usedReading('gabunganPenilai');
  const nilaiDasar = combined as Record<NilaiBerakhlak, Rating>;

  if (ctx.tracer.enabled) {
    // The configured weights, the roles without any rating (excluded) and the weights applied
    // after re-normalisation over the roles present, in integer basis points.
    const used = renormalize(bobot.value, [...present]);
    const applied = basisPointsUsed(used);
    const excluded = used.excluded;
    const gab = usedGabungan
      ? t(
          `Beberapa penilai digabung dengan cara ${gabungan.value} (bacaan, dapat diubah).`,
          `Several raters are combined by ${gabungan.value} (a configurable reading).`,
        )
      : t(
          'Setiap nilai dasar dinilai oleh satu penilai.',
          'Each core value was rated by one rater.',
        );
    ctx.tracer.step({
      rule: 'pmk6.perilaku.nilaiDasar',
      title: t(
        'Rating tiap nilai dasar BerAKHLAK dari para penilai',
        'Rating of each BerAKHLAK core value from the raters',
      ),
      ref: bobot.ref,
      path: 'perilaku.penilaian',
      inputs: {
        penilaian: detail,
        bobotDikonfigurasi: { ...bobot.value },
        bobotDipakai: { ...applied },
        dikecualikan: [...excluded],
        gabungan: gabungan.value,
      },
      output: { ...nilaiDasar },
      parameter: {
        name: 'bobotPenilai',
        value: { ...bobot.value },
        isDefault: bobot.overriddenBy === undefined,
      },
      explanation: t(
        `Hanya penilai berbobot > 0 yang dihitung. ${excluded.length > 0 ? `Peran tanpa penilaian dikecualikan (${excluded.join(', ')}); bobot dipakai setelah dinormalkan ulang: ${formatBasisPoints(applied)}.` : `Bobot dipakai: ${formatBasisPoints(applied)}.`} ${gab.id}`,
        `Only raters with weight > 0 count. ${excluded.length > 0 ? `Roles without ratings are excluded (${excluded.join(', ')}); weights applied after re-normalisation: ${formatBasisPoints(applied)}.` : `Weights applied: ${formatBasisPoints(applied)}.`} ${gab.en}`,
      ),
    });
  }

  // 3. The heuristic on the seven combined ratings.
  const h = sp.value;
  let diAtas = 0;
  let diBawah = 0;
  for (const v of BERAKHLAK) {
    if (nilaiDasar[v] === 'DI_ATAS_EKSPEKTASI') diAtas++;
    if (nilaiDasar[v] === 'DI_BAWAH_EKSPEKTASI') diBawah++;
  }
  let rating: Rating;
  if (h.adaDiBawahMakaDiBawah && diBawah > 0) rating = 'DI_BAWAH_EKSPEKTASI';
  else if (diAtas >= h.minDiAtas) rating = 'DI_ATAS_EKSPEKTASI';
  else rating = 'SESUAI_EKSPEKTASI';
  ctx.usedReading('saranPerilaku');
  ctx.warn(
    M.warning('RATING_SUGGESTED', { apa: 'perilaku', rating }, 'pmk6.saran.perilaku', [
      'ratingPerilaku',
    ]),
  );

  if (ctx.tracer.enabled) {
    const why =
      rating === 'DI_BAWAH_EKSPEKTASI'
        ? t(
            `${diBawah} nilai dasar Di Bawah Ekspektasi`,
            `${diBawah} core value(s) Below Expectations`,
          )
        : rating === 'DI_ATAS_EKSPEKTASI'
          ? t(
              `${diAtas} dari 7 nilai dasar Di Atas Ekspektasi (≥ ${h.minDiAtas})`,
              `${diAtas} of 7 core values Above Expectations (≥ ${h.minDiAtas})`,
            )
          : t(
              `${diAtas} dari 7 nilai dasar Di Atas Ekspektasi (< ${h.minDiAtas})${diBawah > 0 ? `, ${diBawah} Di Bawah tidak menentukan` : ', tidak ada yang Di Bawah'}`,
              `${diAtas} of 7 core values Above Expectations (< ${h.minDiAtas})${diBawah > 0 ? `, ${diBawah} Below does not decide` : ', none Below'}`,
            );
    ctx.tracer.step({
      rule: 'pmk6.saran.perilaku',
      title: t(
        'SARAN rating perilaku dari tujuh nilai dasar BerAKHLAK (heuristik aplikasi)',
        'SUGGESTED rating perilaku from the seven BerAKHLAK values (app heuristic)',
      ),
      ref: sp.ref,
      kind: 'reading',
      path: 'perilaku.penilaian',
      inputs: { nilaiDasar: { ...nilaiDasar }, jumlahDiAtas: diAtas, jumlahDiBawah: diBawah },
      output: rating,
      parameter: {
        name: 'saranPerilaku',
        value: { ...h },
        isDefault: sp.overriddenBy === undefined,
      },
      explanation: t(
        `Pejabat penilai tidak memberi rating perilaku. SARAN (bukan aturan PermenPANRB 6/2022): ${why.id} → "${lbl(rating).id}". Pejabat penilai tetap yang menetapkan rating.`,
        `The rater gave no rating perilaku. SUGGESTION (not a PermenPANRB 6/2022 rule): ${why.en} → "${lbl(rating).en}". The rater still sets the rating.`,
      ),
    });
  }
  return { ok: true, rating, sumber: 'SARAN_HEURISTIK', nilaiDasar };
}

/**
 * Combines several raters' categorical ratings of one core value (see {@link GabunganPenilai}).
 * Exact arithmetic: the comparisons at the half (2.5, 1.5) and the weight ties are decided on
 * the calculator, so the float backend throws `Undecidable` rather than guess.
 */
export function combine<T>(
  c: Calculator<T>,
  byRole: Readonly<Partial<Record<PeranPenilai, readonly Rating[]>>>,
  roles: readonly PeranPenilai[],
  weights: Readonly<Partial<Record<PeranPenilai, number>>>,
  mode: GabunganPenilai,
): Rating {
  const used = renormalize(weights, roles);
  if (mode === 'RATA_RATA_ORDINAL') {
    const perRole: Partial<Record<PeranPenilai, T>> = {};
    for (const r of roles) {
      const list = byRole[r] ?? [];
      let s = 0;
      for (const x of list) s += ORDINAL[x];
      perRole[r] = c.div(c.from(s), c.from(list.length));
    }
    const mean = weightedMean(c, perRole, used);
    if (gt(c, mean, c.from('2.5'))) return 'DI_ATAS_EKSPEKTASI';
    if (lt(c, mean, c.from('1.5'))) return 'DI_BAWAH_EKSPEKTASI';
    return 'SESUAI_EKSPEKTASI';
  }
  // MAYORITAS_TERTIMBANG: each rater carries weight(role) / raters(role).
  const totals: Record<Rating, T> = {
    DI_ATAS_EKSPEKTASI: c.from(0),
    SESUAI_EKSPEKTASI: c.from(0),
    DI_BAWAH_EKSPEKTASI: c.from(0),
  };
  for (const r of roles) {
    const list = byRole[r] ?? [];
    const w = used.used[r] ?? 0;
    const each = c.div(c.from(w), c.from(list.length));
    for (const x of list) totals[x] = c.add(totals[x], each);
  }
  let best: Rating[] = [];
  let bestW: T | undefined;
  for (const x of RATINGS) {
    const w = totals[x];
    const cmp = bestW === undefined ? 1 : c.cmp(w, bestW);
    if (cmp > 0) {
      best = [x];
      bestW = w;
    } else if (cmp === 0) best.push(x);
  }
  return best.length === 1 ? (best[0] as Rating) : 'SESUAI_EKSPEKTASI';
}
