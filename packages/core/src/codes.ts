import type { Text } from './i18n/text.js';

/**
 * Canonical codes. Codes are stable SCREAMING_SNAKE strings; the official labels are data
 * (see {@link LABELS}), spelled as the regulation spells them.
 */

/** The three appraisal regimes. */
export const REGIMES = ['PP46_2011', 'PP30_2019', 'PERMENPANRB_6_2022'] as const;
export type Regime = (typeof REGIMES)[number];

/** PermenPANRB 6/2022 rating of hasil kerja or perilaku kerja. */
export const RATINGS = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
export type Rating = (typeof RATINGS)[number];

/** PermenPANRB 6/2022 predikat kinerja pegawai (best first, as SIASN kuadran 1–5). */
export const PREDIKAT_PEGAWAI = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
] as const;
export type PredikatPegawai = (typeof PREDIKAT_PEGAWAI)[number];

/** PP 30/2019 Pasal 41(5) predikat (label "Cukup" where 6/2022 says "Butuh Perbaikan"). */
export const PREDIKAT_PP30 = ['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG', 'SANGAT_KURANG'] as const;
export type PredikatPp30 = (typeof PREDIKAT_PP30)[number];

/** PP 46/2011 sebutan. */
export const SEBUTAN_PP46 = ['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG', 'BURUK'] as const;
export type SebutanPp46 = (typeof SEBUTAN_PP46)[number];

/** Predikat kinerja organisasi (SE MenPANRB 3/2023). */
export const PREDIKAT_ORGANISASI = [
  'ISTIMEWA',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
] as const;
export type PredikatOrganisasi = (typeof PREDIKAT_ORGANISASI)[number];

/**
 * Every predikat/sebutan code of the three regimes, best first, in one display order
 * (6/2022 and PP 30 share SANGAT_BAIK…SANGAT_KURANG; CUKUP is PP 30/PP 46, BURUK is PP 46).
 */
export const PREDIKAT_ALL = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'CUKUP',
  'KURANG',
  'SANGAT_KURANG',
  'BURUK',
] as const;

/** Any predikat/sebutan code produced by a regime. */
export type Predikat = PredikatPegawai | PredikatPp30 | SebutanPp46;

/** Official labels, as spelled by the regulations, in both languages. */
export const LABELS = {
  rating: {
    DI_ATAS_EKSPEKTASI: { id: 'Di Atas Ekspektasi', en: 'Above Expectations' },
    SESUAI_EKSPEKTASI: { id: 'Sesuai Ekspektasi', en: 'Meets Expectations' },
    DI_BAWAH_EKSPEKTASI: { id: 'Di Bawah Ekspektasi', en: 'Below Expectations' },
  },
  predikatPegawai: {
    SANGAT_BAIK: { id: 'Sangat Baik', en: 'Outstanding' },
    BAIK: { id: 'Baik', en: 'Good' },
    BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
    KURANG: { id: 'Kurang/Misconduct', en: 'Poor/Misconduct' },
    SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },
  },
  predikatPp30: {
    SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very Good' },
    BAIK: { id: 'Baik', en: 'Good' },
    CUKUP: { id: 'Cukup', en: 'Fair' },
    KURANG: { id: 'Kurang', en: 'Poor' },
    SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },
  },
  sebutanPp46: {
    SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very Good' },
    BAIK: { id: 'Baik', en: 'Good' },
    CUKUP: { id: 'Cukup', en: 'Fair' },
    KURANG: { id: 'Kurang', en: 'Poor' },
    BURUK: { id: 'Buruk', en: 'Bad' },
  },
  predikatOrganisasi: {
    ISTIMEWA: { id: 'Istimewa', en: 'Exceptional' },
    BAIK: { id: 'Baik', en: 'Good' },
    BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
    KURANG: { id: 'Kurang', en: 'Poor' },
    SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },
  },
} as const satisfies Record<string, Record<string, Text>>;

// Labels are shared by every result that shows them (see regimes/values.ts): frozen, so that
// changing one in place fails instead of relabelling every other result.
for (const group of Object.values(LABELS)) {
  for (const text of Object.values(group)) Object.freeze(text);
  Object.freeze(group);
}
Object.freeze(LABELS);
