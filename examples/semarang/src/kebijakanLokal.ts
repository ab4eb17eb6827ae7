/**
 * Semarang's local policies around the appraisal, as described in the seed article:
 * recognition of innovation ("ASN yang berhasil mengimplementasikan program layanan publik yang
 * inovatif dapat diakui dan diberikan penghargaan") and oversight of objectivity ("mekanisme
 * yang baik untuk mengawasi dan mengevaluasi hasil penilaian").
 *
 * KEBIJAKAN LOKAL (ilustrasi), BUKAN hukum nasional: PermenPANRB 6/2022 prescribes neither.
 */
import type { PredikatPegawai, Rating } from '@kinerja/core';

/** What happens to an employee's innovation claim. */
export type PengakuanInovasi = 'DIUSULKAN_PENGHARGAAN' | 'DICATAT';

/**
 * Recognition of innovation: an innovation is always recorded; it is nominated for the city's
 * innovation award when the predikat is Baik or Sangat Baik (an innovation does not outweigh
 * behaviour below expectations).
 *
 * @example
 * ```ts
 * pengakuanInovasi('SANGAT_BAIK'); // 'DIUSULKAN_PENGHARGAAN'
 * pengakuanInovasi('KURANG'); // 'DICATAT'
 * ```
 */
export function pengakuanInovasi(predikat: PredikatPegawai): PengakuanInovasi {
  return predikat === 'SANGAT_BAIK' || predikat === 'BAIK' ? 'DIUSULKAN_PENGHARGAAN' : 'DICATAT';
}

/** Outcome of the objectivity review of one rating hasil kerja given by the pejabat penilai. */
export interface ReviuObjektivitas {
  readonly status: 'KONSISTEN' | 'PERLU_REVIU_LEBIH_TINGGI' | 'PERLU_REVIU_LEBIH_RENDAH';
  readonly ratingPenilai: Rating;
  /** What the measured capaian suggests (the labelled national heuristic). */
  readonly saranDariCapaian: Rating;
}

const URUTAN: Record<Rating, number> = {
  DI_BAWAH_EKSPEKTASI: 1,
  SESUAI_EKSPEKTASI: 2,
  DI_ATAS_EKSPEKTASI: 3,
};

/**
 * Oversight of objectivity: compares the pejabat penilai's rating hasil kerja with the rating
 * the measured capaian suggests. A difference does not change the rating (the pejabat penilai
 * decides under PermenPANRB 6/2022); it sends the appraisal to the review team with both values.
 *
 * @example
 * ```ts
 * reviuObjektivitas('SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI').status; // 'PERLU_REVIU_LEBIH_TINGGI'
 * ```
 */
export function reviuObjektivitas(
  ratingPenilai: Rating,
  saranDariCapaian: Rating,
): ReviuObjektivitas {
  const d = URUTAN[ratingPenilai] - URUTAN[saranDariCapaian];
  return {
    status: d === 0 ? 'KONSISTEN' : d > 0 ? 'PERLU_REVIU_LEBIH_TINGGI' : 'PERLU_REVIU_LEBIH_RENDAH',
    ratingPenilai,
    saranDariCapaian,
  };
}
