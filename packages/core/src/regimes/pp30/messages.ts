/* Issue and warning messages of the PP 30/2019 + PermenPANRB 8/2021 regime. */
import { defineMessages } from '../../issues/issue.js';

/**
 * Messages of the PP 30/2019 regime, in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * PP30_MESSAGES.issue('SKP_MISSING', ['skp'], {}).message.en; // 'The SKP is missing…'
 * ```
 */
export const PP30_MESSAGES = defineMessages({
  SKP_MISSING: {
    id: () => 'SKP belum diisi; penilaian PP 30/2019 memerlukan SKP',
    en: () => 'The SKP is missing; a PP 30/2019 appraisal needs one',
  },
  RHK_EMPTY: {
    id: () => 'SKP belum memiliki rencana hasil kerja',
    en: () => 'The SKP has no rencana hasil kerja',
  },
  RHK_NO_UTAMA: {
    id: () => 'SKP JA/JF harus memiliki minimal satu rencana kinerja utama',
    en: () => 'A JA/JF SKP needs at least one rencana kinerja utama',
  },
  RHK_BOBOT_MISSING: {
    id: () =>
      'Bobot rencana hasil kerja wajib diisi untuk SKP JPT (nilai akhir = jumlah nilai tertimbang)',
    en: () =>
      'The rencana hasil kerja bobot is required for a JPT SKP (final value = sum of weighted values)',
  },
  INDICATOR_TYPE_UNKNOWN: {
    id: (p: { jenis: string; tersedia: string }) =>
      `Jenis indikator "${p.jenis}" tidak terdaftar dalam ruleset (tersedia: ${p.tersedia})`,
    en: (p: { jenis: string; tersedia: string }) =>
      `Indicator type "${p.jenis}" is not registered in the ruleset (available: ${p.tersedia})`,
  },
  BAND_MISSING: {
    id: (p: { param: string; value: string }) =>
      `Parameter ruleset ${p.param} tidak memiliki band untuk nilai ${p.value}`,
    en: (p: { param: string; value: string }) =>
      `Ruleset parameter ${p.param} has no band covering ${p.value}`,
  },
  PERILAKU_MISSING: {
    id: () => 'Penilaian perilaku kerja belum diisi',
    en: () => 'The perilaku kerja assessment is missing',
  },
  PERILAKU_ASPEK_MISSING: {
    id: (p: { aspek: string }) => `Nilai aspek perilaku ${p.aspek} belum diisi`,
    en: (p: { aspek: string }) => `The perilaku aspect ${p.aspek} has no score`,
  },
  PERILAKU_ASPEK_UNKNOWN: {
    id: (p: { aspek: string }) =>
      `"${p.aspek}" bukan aspek perilaku PP 30/2019 (Orientasi Pelayanan, Komitmen, Inisiatif Kerja, Kerja Sama, Kepemimpinan)`,
    en: (p: { aspek: string }) =>
      `"${p.aspek}" is not a PP 30/2019 perilaku aspect (Orientasi Pelayanan, Komitmen, Inisiatif Kerja, Kerja Sama, Kepemimpinan)`,
  },
  PERILAKU_SCORE_NOT_NUMBER: {
    id: (p: { value: string }) =>
      `Nilai perilaku PP 30/2019 harus berupa angka 0–120, bukan "${p.value}" (konversi level ke angka tidak ditetapkan)`,
    en: (p: { value: string }) =>
      `A PP 30/2019 perilaku score must be a number 0–120, not "${p.value}" (the level-to-number conversion is not fixed)`,
  },
  PERILAKU_SCORE_RANGE: {
    id: (p: { value: string; max: string }) =>
      `Nilai perilaku ${p.value} di luar rentang 0–${p.max}`,
    en: (p: { value: string; max: string }) => `Perilaku score ${p.value} is outside 0–${p.max}`,
  },
  PERILAKU_NO_WEIGHTED_RATER: {
    id: (p: { peran: string }) =>
      `Tidak ada penilai perilaku yang berbobot menurut ruleset (bobot > 0 untuk: ${p.peran})`,
    en: (p: { peran: string }) =>
      `No perilaku rater has a weight in the ruleset (weight > 0 for: ${p.peran})`,
  },
  KEPEMIMPINAN_IGNORED: {
    id: () =>
      'Aspek Kepemimpinan hanya dinilai untuk jabatan manajerial; nilai yang diberikan diabaikan',
    en: () => 'Kepemimpinan is assessed only for managerial posts; the given score is ignored',
  },
  SANGAT_BAIK_TANPA_INOVASI: {
    id: (p: { nilai: string }) =>
      `Nilai kinerja ${p.nilai} mencapai rentang Sangat Baik, tetapi tidak ada inovasi (PP 30/2019 Pasal 41 ayat (5) huruf a): predikat Baik`,
    en: (p: { nilai: string }) =>
      `Nilai kinerja ${p.nilai} reaches the Sangat Baik range but no inovasi is recorded (PP 30/2019 Pasal 41(5)(a)): predikat Baik`,
  },
  RATER_WITHOUT_WEIGHT: {
    id: (p: { peran: string }) =>
      `Masukan perilaku dari ${p.peran} tidak dihitung karena bobotnya 0 dalam ruleset`,
    en: (p: { peran: string }) =>
      `Perilaku input from ${p.peran} is not counted because its weight is 0 in the ruleset`,
  },
});
