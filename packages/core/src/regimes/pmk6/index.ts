import type { Calculator } from '../../arith/calculator.js';
import { LABELS, type Rating } from '../../codes.js';
import { t } from '../../i18n/text.js';
import type { Issue } from '../../issues/issue.js';
import type { Appraisal } from '../../model/appraisal.js';
import type { NilaiBerakhlak } from '../../model/perilaku.js';
import type { Pmk6Ruleset } from '../../ruleset/types.js';
import type { RegimeModule, RegimeOutcome, ScoreContext } from '../types.js';
import { NO_NILAI, predikatPmk6, ratingValue } from '../values.js';
import { type RincianRhk, resolveRatingHasilKerja } from './hasilKerja.js';
import { matriksIssuesOf } from './matrix.js';
import { PMK6_MESSAGES as M } from './messages.js';
import { resolveRatingPerilaku } from './perilaku.js';

export { type AnnualOutcome, aggregateAnnual, type PeriodicPredikat } from './annual.js';

/**
 * The `rincian` of a PermenPANRB 6/2022 outcome (each part only when there is something to
 * report; a result with neither has no `rincian`).
 *
 * @example
 * ```ts
 * const r = evaluate(appraisal, { ruleset: permenpanrb_6_2022 });
 * if (isRegimeResult(r, 'PERMENPANRB_6_2022')) r.rincian?.capaian?.[0]?.indikator[0]?.capaian; // '101.53'
 * ```
 */
export interface Pmk6Rincian {
  /** Capaian per RHK and IKI: information, or the basis of a suggested rating hasil kerja. */
  readonly capaian?: readonly RincianRhk[];
  /** Combined rating per BerAKHLAK core value (only when the rating perilaku was suggested). */
  readonly nilaiDasar?: Readonly<Record<NilaiBerakhlak, Rating>>;
}
export type { RincianIki, RincianRhk } from './hasilKerja.js';
export {
  type PredikatFromRatingsResult,
  predikatFromRatings,
  safePredikatFromRatings,
  validateMatriks,
} from './matrix.js';
export { PMK6_MESSAGES } from './messages.js';
export type { AgregasiTahunan, GabunganPenilai, MatriksPredikat, Pmk6Params } from './params.js';
export { PMK6_REFS, permenpanrb_6_2022 } from './ruleset.js';

function score<T>(
  c: Calculator<T>,
  a: Appraisal,
  rs: Pmk6Ruleset,
  ctx: ScoreContext,
): RegimeOutcome<'PERMENPANRB_6_2022'> {
  const issues: Issue[] = [];
  const berlaku = rs.params.berlakuUntuk.value;
  const jenisAsn = a.pegawai.jenisAsn ?? 'PNS';
  if (!berlaku.includes(jenisAsn)) {
    issues.push(
      M.issue('JENIS_ASN_NOT_COVERED', ['pegawai', 'jenisAsn'], {
        jenisAsn,
        berlaku: berlaku.join(', '),
      }),
    );
  }
  const matriksIssues = matriksIssuesOf(rs.params.matriks.value);
  if (matriksIssues.length > 0) issues.push(...matriksIssues);

  const hasil = resolveRatingHasilKerja(c, a, rs, ctx);
  if (!hasil.ok) issues.push(...hasil.issues);
  const perilaku = resolveRatingPerilaku(c, a, rs, ctx);
  if (!perilaku.ok) issues.push(...perilaku.issues);
  if (!hasil.ok || !perilaku.ok || issues.length > 0) return { ok: false, issues };

  const matriks = rs.params.matriks;
  // matriksIssuesOf above guarantees a valid cell.
  const code = matriks.value[hasil.rating][perilaku.rating];
  const label = LABELS.predikatPegawai[code];
  if (ctx.tracer.enabled) {
    const h = LABELS.rating[hasil.rating];
    const p = LABELS.rating[perilaku.rating];
    ctx.tracer.step({
      rule: 'pmk6.predikat.matriks',
      title: t(
        'Predikat kinerja pegawai dari matriks kuadran',
        'Employee predikat from the kuadran matrix',
      ),
      ref: matriks.ref,
      inputs: {
        ratingHasilKerja: hasil.rating,
        sumberHasilKerja: hasil.sumber,
        ratingPerilaku: perilaku.rating,
        sumberPerilaku: perilaku.sumber,
      },
      output: code,
      explanation: t(
        `Rating hasil kerja "${h.id}" × rating perilaku kerja "${p.id}" → predikat "${label.id}" (matriks PermenPANRB 6/2022: baris = hasil kerja, kolom = perilaku; perilaku Di Bawah Ekspektasi selalu menghasilkan Kurang/Misconduct atau Sangat Kurang).`,
        `Rating hasil kerja "${h.en}" × rating perilaku kerja "${p.en}" → predikat "${label.en}" (PermenPANRB 6/2022 matrix: rows = hasil kerja, columns = perilaku; perilaku Below Expectations always gives Poor/Misconduct or Very Poor).`,
      ),
    });
  }

  const nilai =
    hasil.rataRataCapaian !== undefined ? { rataRataCapaian: hasil.rataRataCapaian } : NO_NILAI;
  const rating = ratingValue(hasil.rating, perilaku.rating, hasil.sumber, perilaku.sumber);
  const predikat = predikatPmk6(code);
  if (hasil.rincian === undefined && perilaku.nilaiDasar === undefined) {
    return { ok: true, nilai, rating, predikat };
  }
  return {
    ok: true,
    nilai,
    rating,
    predikat,
    rincian: {
      ...(hasil.rincian !== undefined ? { capaian: hasil.rincian } : {}),
      ...(perilaku.nilaiDasar !== undefined ? { nilaiDasar: perilaku.nilaiDasar } : {}),
    },
  };
}

/**
 * The PermenPANRB 6/2022 regime (PNS and PPPK, from 2022): rating hasil kerja × rating
 * perilaku kerja → predikat kinerja pegawai through the 3×3 kuadran.
 *
 * - Rating hasil kerja: for a head of unit (`kepalaUnit: true`) the organisation predikat
 *   decides (SE MenPANRB 3/2023; it wins over a given rating, with a warning); otherwise the
 *   pejabat penilai's `ratingHasilKerja`; only if neither, a labelled SUGGESTION from the IKI
 *   capaian (source `SARAN_HEURISTIK`, warning `RATING_SUGGESTED`).
 * - Rating perilaku: the pejabat penilai's `ratingPerilaku`, or a labelled suggestion from the
 *   seven BerAKHLAK value ratings in `perilaku.penilaian[]` (rater weights: the atasan only by
 *   default; several raters combine by `gabunganPenilai`).
 * - Bad or missing input gives issues with paths; it never throws (the float backend may
 *   throw `Undecidable`, which the engine answers by re-running on the decimal backend).
 *
 * @example
 * ```ts
 * import { decimalCalculator, createTracer } from '@kinerja/core';
 * const ctx = { tracer: createTracer(), indicatorTypes: new Map(), warn() {}, usedReading() {} };
 * const out = pmk6Regime.score(decimalCalculator, {
 *   pegawai: { nip: '199001012015011001', nama: 'Sari', jenisAsn: 'PPPK', jabatan: { jenis: 'FUNGSIONAL' } },
 *   periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
 *   ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
 *   ratingPerilaku: 'SESUAI_EKSPEKTASI',
 * }, permenpanrb_6_2022, ctx);
 * // out.ok && out.predikat.code === 'BAIK'; out.predikat.label.id === 'Baik'
 * ```
 */
export const pmk6Regime: RegimeModule<'PERMENPANRB_6_2022'> = {
  regime: 'PERMENPANRB_6_2022',
  score,
};
