/**
 * Mataram's career follow-up of the predikat: "pegawai yang menunjukkan kinerja yang baik dan
 * konsisten dapat diberikan kesempatan untuk mengikuti pelatihan atau pendidikan lanjutan".
 *
 * KEBIJAKAN LOKAL (ilustrasi), BUKAN hukum nasional. National consequences of the predikat
 * (e.g. the predikat conditions for kenaikan pangkat) are in `@kinerja/core/consequences`.
 */
import type { PredikatPegawai, Text } from '@kinerja/core';

/** The local career follow-up. */
export type TindakLanjutKarier =
  | 'PENGEMBANGAN_KARIER'
  | 'PENGEMBANGAN_KOMPETENSI'
  | 'RENCANA_PERBAIKAN'
  | 'PEMBINAAN';

const BAIK_ATAU_LEBIH: readonly PredikatPegawai[] = ['SANGAT_BAIK', 'BAIK'];

/**
 * The career follow-up from this year's predikat and last year's (consistency): Baik or better
 * two years running → career development (training, further education, talent pool); Baik or
 * better this year only → competency development; Butuh Perbaikan → an improvement plan with
 * mentoring; Kurang or Sangat Kurang → coaching, not proposed for promotion.
 *
 * @example
 * ```ts
 * tindakLanjutKarier('SANGAT_BAIK', 'BAIK'); // 'PENGEMBANGAN_KARIER'
 * tindakLanjutKarier('BAIK'); // 'PENGEMBANGAN_KOMPETENSI'
 * ```
 */
export function tindakLanjutKarier(
  predikat: PredikatPegawai,
  predikatTahunLalu?: PredikatPegawai,
): TindakLanjutKarier {
  if (BAIK_ATAU_LEBIH.includes(predikat)) {
    return predikatTahunLalu !== undefined && BAIK_ATAU_LEBIH.includes(predikatTahunLalu)
      ? 'PENGEMBANGAN_KARIER'
      : 'PENGEMBANGAN_KOMPETENSI';
  }
  return predikat === 'BUTUH_PERBAIKAN' ? 'RENCANA_PERBAIKAN' : 'PEMBINAAN';
}

/**
 * Texts of the follow-ups, for printing.
 *
 * @example
 * ```ts
 * URAIAN_KARIER[tindakLanjutKarier('BAIK', 'BAIK')].id;
 * ```
 */
export const URAIAN_KARIER: Readonly<Record<TindakLanjutKarier, Text>> = {
  PENGEMBANGAN_KARIER: {
    id: 'Kinerja baik dan konsisten: usulkan pelatihan/pendidikan lanjutan dan kelompok rencana suksesi',
    en: 'Good and consistent: propose further training/education and the succession pool',
  },
  PENGEMBANGAN_KOMPETENSI: {
    id: 'Kinerja baik: pengembangan kompetensi; dipertimbangkan untuk pengembangan karier bila konsisten tahun depan',
    en: 'Good: competency development; considered for career development if consistent next year',
  },
  RENCANA_PERBAIKAN: {
    id: 'Rencana peningkatan kinerja dengan pendampingan (mentoring) oleh atasan',
    en: 'Performance improvement plan with mentoring by the supervisor',
  },
  PEMBINAAN: {
    id: 'Pembinaan oleh atasan; belum diusulkan untuk promosi',
    en: 'Coaching by the supervisor; not yet proposed for promotion',
  },
};
