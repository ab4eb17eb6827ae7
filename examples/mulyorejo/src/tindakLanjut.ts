/**
 * Mulyorejo's follow-up of the predikat: rewards for high performers, training for those who
 * need coaching ("ASN yang berprestasi … mendapatkan penghargaan, sementara ASN yang
 * membutuhkan pembinaan diberikan pelatihan tambahan").
 *
 * KEBIJAKAN LOKAL (ilustrasi), BUKAN hukum nasional: PermenPANRB 6/2022 does not prescribe
 * these follow-ups; they are the region's policy as described in the seed article.
 */
import type { PredikatPegawai, Text } from '@kinerja/core';

/** What Mulyorejo does after the appraisal. */
export type JenisTindakLanjut = 'PENGHARGAAN' | 'UMPAN_BALIK' | 'PELATIHAN' | 'PEMBINAAN';

/** A follow-up suggestion, labelled as local policy. */
export interface TindakLanjut {
  readonly jenis: JenisTindakLanjut;
  readonly uraian: Text;
  readonly dasar: 'KEBIJAKAN_LOKAL_MULYOREJO';
}

const TABEL: Record<PredikatPegawai, { jenis: JenisTindakLanjut; uraian: Text }> = {
  SANGAT_BAIK: {
    jenis: 'PENGHARGAAN',
    uraian: {
      id: 'Usulkan penghargaan pegawai berprestasi',
      en: 'Nominate for the outstanding-employee award',
    },
  },
  BAIK: {
    jenis: 'UMPAN_BALIK',
    uraian: {
      id: 'Umpan balik rutin; pertahankan kinerja',
      en: 'Regular feedback; keep up the performance',
    },
  },
  BUTUH_PERBAIKAN: {
    jenis: 'PELATIHAN',
    uraian: {
      id: 'Pelatihan tambahan pada indikator yang belum tercapai',
      en: 'Additional training on the indicators not yet met',
    },
  },
  KURANG: {
    jenis: 'PEMBINAAN',
    uraian: {
      id: 'Pembinaan oleh atasan langsung dan pelatihan tambahan',
      en: 'Coaching by the direct supervisor and additional training',
    },
  },
  SANGAT_KURANG: {
    jenis: 'PEMBINAAN',
    uraian: {
      id: 'Pembinaan intensif oleh atasan langsung dan pelatihan tambahan',
      en: 'Intensive coaching by the direct supervisor and additional training',
    },
  },
};

/**
 * The local follow-up for a predikat (a pure function of the predikat).
 *
 * @example
 * ```ts
 * tindakLanjut('SANGAT_BAIK').jenis; // 'PENGHARGAAN'
 * tindakLanjut('BUTUH_PERBAIKAN').jenis; // 'PELATIHAN'
 * ```
 */
export function tindakLanjut(predikat: PredikatPegawai): TindakLanjut {
  return { ...TABEL[predikat], dasar: 'KEBIJAKAN_LOKAL_MULYOREJO' };
}
