import { defineMessages } from '../issues/issue.js';

/**
 * Issues and warnings of the consequence policies (angka kredit, kenaikan pangkat, tukin).
 *
 * @example
 * ```ts
 * CONSEQUENCE_MESSAGES.text('BULAN_INVALID', { value: '13' }).id;
 * // 'Jumlah bulan harus bilangan bulat 1–12 (diterima 13)'
 * ```
 */
export const CONSEQUENCE_MESSAGES = defineMessages({
  UNKNOWN_PREDIKAT: {
    id: (p: { value: string; diterima: string }) =>
      `Predikat "${p.value}" tidak dikenal (yang diterima: ${p.diterima}); tidak ada persentase bawaan yang dipakai`,
    en: (p: { value: string; diterima: string }) =>
      `Unknown predikat "${p.value}" (accepted: ${p.diterima}); no default percentage is used`,
  },
  UNKNOWN_JENJANG: {
    id: (p: { value: string; diterima: string }) =>
      `Jenjang jabatan fungsional "${p.value}" tidak memiliki koefisien angka kredit (yang diterima: ${p.diterima})`,
    en: (p: { value: string; diterima: string }) =>
      `Jenjang "${p.value}" has no angka kredit coefficient (accepted: ${p.diterima})`,
  },
  BULAN_INVALID: {
    id: (p: { value: string }) => `Jumlah bulan harus bilangan bulat 1–12 (diterima ${p.value})`,
    en: (p: { value: string }) => `The number of months must be an integer 1–12 (got ${p.value})`,
  },
  BULAN_PERIODE_MISMATCH: {
    id: (p: { bulan: number; periode: number }) =>
      `Jumlah bulan (${p.bulan}) tidak sama dengan jumlah bulan periode (${p.periode})`,
    en: (p: { bulan: number; periode: number }) =>
      `The number of months (${p.bulan}) differs from the months in the period (${p.periode})`,
  },
  NO_REQUIREMENT: {
    id: (p: { jenjang: string; tujuan: string }) =>
      `Tidak ada kebutuhan angka kredit ${p.tujuan} untuk jenjang ${p.jenjang} pada tabel`,
    en: (p: { jenjang: string; tujuan: string }) =>
      `The table has no ${p.tujuan} angka kredit requirement for jenjang ${p.jenjang}`,
  },
  UNKNOWN_TUJUAN: {
    id: (p: { value: string }) => `Tujuan harus PANGKAT atau JENJANG (diterima ${p.value})`,
    en: (p: { value: string }) => `Tujuan must be PANGKAT or JENJANG (got ${p.value})`,
  },
  NEGATIVE_VALUE: {
    id: (p: { value: string }) => `Nilai tidak boleh negatif (diterima ${p.value})`,
    en: (p: { value: string }) => `Value must not be negative (got ${p.value})`,
  },
  NOT_A_NUMBER: {
    id: (p: { value: string }) =>
      `"${p.value}" bukan angka desimal (pakai titik, tanpa pemisah ribuan)`,
    en: (p: { value: string }) =>
      `"${p.value}" is not a decimal number (use a dot and no thousands separator)`,
  },
  NOT_A_LIST: {
    id: () => 'Masukan harus berupa daftar (array)',
    en: () => 'Input must be a list (array)',
  },
  TAHUN_INVALID: {
    id: (p: { value: string }) => `Tahun harus bilangan bulat empat digit (diterima ${p.value})`,
    en: (p: { value: string }) => `The year must be a four-digit integer (got ${p.value})`,
  },
  DATE_INVALID: {
    id: (p: { value: string }) => `Tanggal harus berformat YYYY-MM-DD (diterima ${p.value})`,
    en: (p: { value: string }) => `The date must be YYYY-MM-DD (got ${p.value})`,
  },
  PERSEN_INVALID: {
    id: (p: { value: string }) => `Persentase harus angka 0–100 (diterima ${p.value})`,
    en: (p: { value: string }) => `The percentage must be a number 0–100 (got ${p.value})`,
  },
  TUKIN_RULE_INVALID: {
    id: (p: { predikat: string }) =>
      `Kebijakan tukin tidak memiliki aturan yang sah untuk predikat ${p.predikat}`,
    en: (p: { predikat: string }) =>
      `The tukin policy has no valid rule for predikat ${p.predikat}`,
  },
  // ---- warnings ------------------------------------------------------------------------
  KOEFISIEN_UNCERTAIN: {
    id: (p: { jenjang: string; koefisien: string }) =>
      `Koefisien angka kredit ${p.jenjang} = ${p.koefisien} adalah bacaan (UNCERTAIN, dari ingatan/tabel referensi SIASN), bukan kutipan PerBKN 3/2023; periksa terhadap PermenPANRB jabatan fungsional Anda`,
    en: (p: { jenjang: string; koefisien: string }) =>
      `The angka kredit coefficient of ${p.jenjang} = ${p.koefisien} is an UNCERTAIN reading (from memory / the SIASN reference table), not a quotation of PerBKN 3/2023; check it against your jabatan fungsional regulation`,
  },
  READING_USED: {
    id: (p: { param: string }) =>
      `Hasil ini bergantung pada parameter "${p.param}", sebuah bacaan (UNCERTAIN) dengan nilai bawaan, bukan kutipan peraturan`,
    en: (p: { param: string }) =>
      `This result depends on parameter "${p.param}", an UNCERTAIN reading with a default value, not a quotation of the regulation`,
  },
  MULTIPLE_ENTRIES_YEAR: {
    id: (p: { tahun: number; jumlah: number }) =>
      `Tahun ${p.tahun} memiliki ${p.jumlah} penilaian; setiap penilaian harus memenuhi syarat (yang terburuk menentukan)`,
    en: (p: { tahun: number; jumlah: number }) =>
      `Year ${p.tahun} has ${p.jumlah} appraisals; each must meet the requirement (the worst decides)`,
  },
  TUKIN_TABLE_PLACEHOLDER: {
    id: (p: { id: string }) =>
      `Tabel predikat pada kebijakan tukin "${p.id}" adalah placeholder (UNCERTAIN): persentase per predikat dalam peraturan belum terverifikasi; isi dari peraturan instansi sebelum dipakai untuk pembayaran`,
    en: (p: { id: string }) =>
      `The predikat table of tukin policy "${p.id}" is an UNCERTAIN placeholder: the per-predikat percentages of the regulation were not verified; fill them in from the agency regulation before using it for payroll`,
  },
});
