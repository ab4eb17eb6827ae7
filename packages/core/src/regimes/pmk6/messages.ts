import { LABELS, type PredikatOrganisasi, type Rating } from '../../codes.js';
import { defineMessages } from '../../issues/issue.js';

const r = (x: Rating) => LABELS.rating[x];
const org = (x: PredikatOrganisasi) => LABELS.predikatOrganisasi[x];

/**
 * Issues and warnings of the PermenPANRB 6/2022 regime (codes are stable).
 *
 * @example
 * ```ts
 * PMK6_MESSAGES.text('PREDIKAT_ORGANISASI_REQUIRED', {}).en;
 * // 'The employee heads the unit: the organisation predikat is required, …'
 * ```
 */
export const PMK6_MESSAGES = defineMessages({
  JENIS_ASN_NOT_COVERED: {
    id: (p: { jenisAsn: string; berlaku: string }) =>
      `Ruleset ini berlaku untuk ${p.berlaku}, bukan untuk ${p.jenisAsn}`,
    en: (p: { jenisAsn: string; berlaku: string }) =>
      `This ruleset applies to ${p.berlaku}, not to ${p.jenisAsn}`,
  },
  PREDIKAT_ORGANISASI_REQUIRED: {
    id: () =>
      'Pegawai adalah pimpinan unit kerja: predikat kinerja organisasi wajib diisi, karena capaian kinerja unit menjadi rating hasil kerjanya (SE MenPANRB 3/2023)',
    en: () =>
      'The employee heads the unit: the organisation predikat is required, because the unit’s capaian becomes the head’s rating hasil kerja (SE MenPANRB 3/2023)',
  },
  RATING_HASIL_KERJA_MISSING: {
    id: (p: { reasonId: string; reasonEn: string }) =>
      `Rating hasil kerja tidak diberikan oleh pejabat penilai dan tidak dapat disarankan: ${p.reasonId}`,
    en: (p: { reasonId: string; reasonEn: string }) =>
      `No rating hasil kerja was given by the pejabat penilai and none can be suggested: ${p.reasonEn}`,
  },
  RATING_PERILAKU_MISSING: {
    id: (p: { reasonId: string; reasonEn: string }) =>
      `Rating perilaku kerja tidak diberikan oleh pejabat penilai dan tidak dapat disarankan: ${p.reasonId}`,
    en: (p: { reasonId: string; reasonEn: string }) =>
      `No rating perilaku kerja was given by the pejabat penilai and none can be suggested: ${p.reasonEn}`,
  },
  UNKNOWN_INDICATOR_TYPE: {
    id: (p: { jenis: string }) => `Jenis indikator "${p.jenis}" tidak terdaftar pada ruleset ini`,
    en: (p: { jenis: string }) => `Indicator type "${p.jenis}" is not registered in this ruleset`,
  },
  PERILAKU_SCORE_NOT_RATING: {
    id: (p: { nilai: string }) =>
      `Nilai perilaku "${p.nilai}" berupa angka; PermenPANRB 6/2022 memakai rating (Di Atas/Sesuai/Di Bawah Ekspektasi)`,
    en: (p: { nilai: string }) =>
      `Perilaku value "${p.nilai}" is a number; PermenPANRB 6/2022 uses ratings (Above/Meets/Below Expectations)`,
  },
  PERILAKU_UNKNOWN_VALUE: {
    id: (p: { nilai: string }) => `"${p.nilai}" bukan salah satu dari tujuh nilai dasar BerAKHLAK`,
    en: (p: { nilai: string }) => `"${p.nilai}" is not one of the seven BerAKHLAK core values`,
  },
  PERILAKU_VALUE_MISSING: {
    id: (p: { nilai: string }) =>
      `Nilai dasar ${p.nilai} tidak dinilai oleh penilai berbobot mana pun`,
    en: (p: { nilai: string }) => `Core value ${p.nilai} was not rated by any weighted rater`,
  },
  MATRIX_CELL_INVALID: {
    id: (p: { hasil: string; perilaku: string }) =>
      `Matriks predikat tidak memiliki predikat yang sah untuk (${p.hasil}, ${p.perilaku})`,
    en: (p: { hasil: string; perilaku: string }) =>
      `The predikat matrix has no valid predikat for (${p.hasil}, ${p.perilaku})`,
  },
  INVALID_RATING: {
    id: (p: { value: string }) =>
      `"${p.value}" bukan rating yang sah (DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI)`,
    en: (p: { value: string }) =>
      `"${p.value}" is not a valid rating (DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI)`,
  },
  ANNUAL_EMPTY: {
    id: () => 'Tidak ada predikat periodik untuk diagregasi menjadi predikat tahunan',
    en: () => 'There is no periodic predikat to aggregate into an annual predikat',
  },
  ANNUAL_OVERLAP: {
    id: (p: { other: number; label: string }) =>
      `Periode ${p.label} tumpang tindih dengan periode pada indeks ${p.other}`,
    en: (p: { other: number; label: string }) =>
      `Period ${p.label} overlaps the period at index ${p.other}`,
  },
  ANNUAL_MIXED_YEARS: {
    id: (p: { tahun: string }) =>
      `Predikat tahunan hanya dapat diturunkan dari periode dalam satu tahun kalender (diterima tahun ${p.tahun})`,
    en: (p: { tahun: string }) =>
      `An annual predikat can only be derived from periods within one calendar year (got years ${p.tahun})`,
  },
  // ---- warnings ------------------------------------------------------------------------
  ANNUAL_GAP: {
    id: (p: { dari: string; sampai: string }) =>
      `Ada celah tanpa penilaian periodik antara ${p.dari} dan ${p.sampai}`,
    en: (p: { dari: string; sampai: string }) =>
      `There is a gap without periodic appraisal between ${p.dari} and ${p.sampai}`,
  },
  ANNUAL_PARTIAL_YEAR: {
    id: (p: { mulai: string; selesai: string }) =>
      `Periode periodik hanya mencakup ${p.mulai} s.d. ${p.selesai}, tidak satu tahun penuh`,
    en: (p: { mulai: string; selesai: string }) =>
      `The periodic appraisals only cover ${p.mulai} to ${p.selesai}, not a full year`,
  },
  ANNUAL_PREDIKAT_MISMATCH: {
    id: (p: { predikat: string; matriks: string }) =>
      `Predikat ${p.predikat} tidak sesuai dengan matriks untuk rating yang dicatat (${p.matriks}); predikat yang dicatat tetap dipakai`,
    en: (p: { predikat: string; matriks: string }) =>
      `Predikat ${p.predikat} does not match the matrix for the recorded ratings (${p.matriks}); the recorded predikat is used`,
  },
  READING_USED: {
    id: (p: { param: string }) =>
      `Hasil ini bergantung pada parameter "${p.param}", sebuah bacaan (UNCERTAIN) dengan nilai bawaan, bukan kutipan peraturan`,
    en: (p: { param: string }) =>
      `This result depends on parameter "${p.param}", an UNCERTAIN reading with a default value, not a quotation of the regulation`,
  },
  RATING_SUGGESTED: {
    id: (p: { apa: 'hasil' | 'perilaku'; rating: Rating }) =>
      `Rating ${p.apa === 'hasil' ? 'hasil kerja' : 'perilaku kerja'} "${r(p.rating).id}" adalah SARAN dari heuristik aplikasi, bukan penilaian pejabat penilai dan bukan aturan PermenPANRB 6/2022; pejabat penilai yang menetapkan rating`,
    en: (p: { apa: 'hasil' | 'perilaku'; rating: Rating }) =>
      `Rating ${p.apa === 'hasil' ? 'hasil kerja' : 'perilaku kerja'} "${r(p.rating).en}" is a SUGGESTION from an app heuristic, not the rater’s judgement nor a PermenPANRB 6/2022 rule; the pejabat penilai sets the rating`,
  },
  CAPAIAN_NOT_COMPUTED: {
    id: (p: { reasonId: string; reasonEn: string }) =>
      `Capaian IKI ini tidak dihitung (hanya informasi; rating hasil kerja tidak bergantung padanya): ${p.reasonId}`,
    en: (p: { reasonId: string; reasonEn: string }) =>
      `The capaian of this IKI was not computed (information only; the rating hasil kerja does not depend on it): ${p.reasonEn}`,
  },
  HEAD_OF_UNIT_OVERRIDES_RATING: {
    id: (p: { given: Rating; derived: Rating; org: PredikatOrganisasi }) =>
      `Rating hasil kerja yang diberikan (${r(p.given).id}) diganti oleh aturan pimpinan unit: capaian organisasi ${org(p.org).id} → ${r(p.derived).id}`,
    en: (p: { given: Rating; derived: Rating; org: PredikatOrganisasi }) =>
      `The given rating hasil kerja (${r(p.given).en}) is replaced by the head-of-unit rule: organisation capaian ${org(p.org).en} → ${r(p.derived).en}`,
  },
});
