/* PP 46/2011 + Perka BKN 1/2013 — ruleset parameters of this regime. */
import type { SebutanPp46 } from '../../codes.js';
import type { Band, BoundaryMode, Param, RaterWeights, Weights } from '../../ruleset/types.js';

/**
 * Parameters of the PP 46/2011 regime. Numbers are decimal strings and weights integer basis
 * points, so a ruleset serialises to JSON exactly. The defaults and the status of each one
 * (CONFIRMED-2 or UNCERTAIN reading) are in `pp46_2011` (ruleset.ts).
 *
 * @example
 * ```ts
 * import { pp46_2011 } from '@kinerja/core';
 * const p: Pp46Params = pp46_2011.params;
 * p.batasEfisiensi.value; // '24'
 * ```
 */
export interface Pp46Params {
  /** SKP 60 % + perilaku 40 %. */
  readonly bobot: Param<Weights<'SKP' | 'PERILAKU'>>;
  /** Nilai tertimbang 1.76 of the waktu/biaya formulas. */
  readonly nilaiTertimbang: Param<string>;
  /** Efficiency edge (percent): `E <= 24` → branch 1, `E > 24` → branch 2, compared exactly. */
  readonly batasEfisiensi: Param<string>;
  /** The constant 76 of branch 2 (`76 − (… − 100)`). */
  readonly basisCabang2: Param<string>;
  /** Clamp negative waktu/biaya scores (late delivery beyond 1.76 × target) at 0. */
  readonly clampNegatif: Param<boolean>;
  /** Cap for kuantitas/kualitas capaian in percent; null = no cap. */
  readonly batasAtasKuantitasKualitas: Param<string | null>;
  /** Realisasi kuantitas 0 → every aspect of the kegiatan scores 0. */
  readonly realisasiNolSemuaNol: Param<boolean>;
  /** Kegiatan with target kuantitas 0 are excluded from the average. */
  readonly targetNolDikecualikan: Param<boolean>;
  /** Tugas tambahan points by count: the entry with the largest `min` ≤ count applies. */
  readonly tugasTambahan: Param<readonly { readonly min: number; readonly nilai: string }[]>;
  /** Kreativitas points by level of the statement letter. */
  readonly kreativitas: Param<Readonly<Record<'UNIT_KERJA' | 'ORGANISASI' | 'NEGARA', string>>>;
  /** How several kreativitas claims combine: the highest (`MAX`) or their sum (`SUM`). */
  readonly kreativitasAgregasi: Param<'MAX' | 'SUM'>;
  /**
   * Kepemimpinan is assessed only for structural posts (`isStruktural`): then a structural post
   * must be scored on it and a score given to a non-structural post is ignored with a warning.
   * With false, kepemimpinan is counted whenever it is given.
   */
  readonly kepemimpinanHanyaStruktural: Param<boolean>;
  /** Maximum perilaku aspect score. */
  readonly nilaiPerilakuMaks: Param<string>;
  /** Sebutan bands on Nilai Prestasi Kerja (best first). */
  readonly sebutan: Param<readonly Band<SebutanPp46>[]>;
  /** How non-integer values meet the sebutan edges and the hukuman disiplin threshold. */
  readonly batasSebutan: Param<BoundaryMode>;
  /** Nilai SKP below this (in points) → disciplinary consequence flag. */
  readonly batasHukdis: Param<string>;
  /**
   * Perilaku rater weights (basis points, summing to 10000); roles absent from the input are
   * excluded and the rest re-normalised; roles with weight 0 are traced as considered.
   */
  readonly bobotPenilai: Param<RaterWeights>;
}
