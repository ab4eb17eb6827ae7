/** The page's interface texts in Bahasa Indonesia and English (keys used as `data-i18n`). */
import type { Locale } from '@kinerja/core';

/**
 * Interface texts by key and language.
 *
 * @example
 * ```ts no-run
 * UI.en.submit; // 'Evaluate'
 * ```
 */
export const UI = {
  id: {
    title: 'Penilaian kinerja pegawai (PermenPANRB 6/2022)',
    intro:
      'Isi oleh atasan / pejabat penilai. Perhitungan berjalan di peramban ini; tidak ada data yang dikirim ke server.',
    pegawai: 'Pegawai',
    nip: 'NIP (18 digit)',
    nama: 'Nama',
    jabatan: 'Jenis jabatan',
    tahun: 'Tahun penilaian',
    hasil: 'Hasil kerja',
    rhk: 'Rencana hasil kerja',
    aspek: 'Aspek',
    indikator: 'Indikator kinerja individu',
    target: 'Target',
    realisasi: 'Realisasi',
    lowerBetter: 'Lebih kecil lebih baik',
    addRow: 'Tambah IKI',
    ratings: 'Rating oleh pejabat penilai',
    ratingHasil: 'Rating hasil kerja',
    ratingPerilaku: 'Rating perilaku kerja (BerAKHLAK)',
    saran: '— belum ditetapkan: tampilkan saran dari capaian IKI —',
    pilih: '— pilih —',
    bahasa: 'Bahasa penjelasan',
    submit: 'Nilai',
    result: 'Hasil',
    trace: 'Penjelasan lengkap',
  },
  en: {
    title: 'Employee performance appraisal (PermenPANRB 6/2022)',
    intro:
      'For the supervisor / rater. Everything is computed in this browser; no data is sent to any server.',
    pegawai: 'Employee',
    nip: 'NIP (18 digits)',
    nama: 'Name',
    jabatan: 'Position type',
    tahun: 'Appraisal year',
    hasil: 'Work results',
    rhk: 'Planned work result',
    aspek: 'Aspect',
    indikator: 'Individual performance indicator (IKI)',
    target: 'Target',
    realisasi: 'Realisation',
    lowerBetter: 'Lower is better',
    addRow: 'Add IKI',
    ratings: 'Ratings by the rater',
    ratingHasil: 'Rating hasil kerja (work results)',
    ratingPerilaku: 'Rating perilaku kerja (behaviour, BerAKHLAK)',
    saran: '— not set: show the suggestion from the IKI capaian —',
    pilih: '— choose —',
    bahasa: 'Explanation language',
    submit: 'Evaluate',
    result: 'Result',
    trace: 'Full explanation',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/**
 * A key of {@link UI}.
 *
 * @example
 * ```ts no-run
 * const k: UiKey = 'submit';
 * ```
 */
export type UiKey = keyof (typeof UI)['id'];
