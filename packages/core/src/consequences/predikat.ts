import type { PredikatPegawai, PredikatPp30, SebutanPp46 } from '../codes.js';

/** Any predikat or sebutan code of the three regimes (PP 46/2011, PP 30/2019, PermenPANRB 6/2022). */
export type PredikatApapun = PredikatPegawai | PredikatPp30 | SebutanPp46;

/**
 * PP 30/2019 "Cukup" and PermenPANRB 6/2022 "Butuh Perbaikan" are the same level (SIASN
 * `BUTUH PERBAIKAN`, e-Kinerja `CUKUP`); the other PP 30 codes coincide with 6/2022 codes.
 */
const PMK6_OR_PP30: Readonly<Record<string, PredikatPegawai>> = {
  SANGAT_BAIK: 'SANGAT_BAIK',
  BAIK: 'BAIK',
  BUTUH_PERBAIKAN: 'BUTUH_PERBAIKAN',
  CUKUP: 'BUTUH_PERBAIKAN',
  KURANG: 'KURANG',
  SANGAT_KURANG: 'SANGAT_KURANG',
};

/**
 * Ordinal of every predikat/sebutan code on one five-level scale (5 = best): PP 46 sebutan
 * (Sangat Baik, Baik, Cukup, Kurang, Buruk), PP 30 predikat and 6/2022 predikat line up level
 * by level.
 *
 * @example
 * ```ts
 * PREDIKAT_ORDINAL.CUKUP === PREDIKAT_ORDINAL.BUTUH_PERBAIKAN; // true (3)
 * PREDIKAT_ORDINAL.BURUK; // 1
 * ```
 */
export const PREDIKAT_ORDINAL: Readonly<Record<PredikatApapun, 1 | 2 | 3 | 4 | 5>> = {
  SANGAT_BAIK: 5,
  BAIK: 4,
  BUTUH_PERBAIKAN: 3,
  CUKUP: 3,
  KURANG: 2,
  SANGAT_KURANG: 1,
  BURUK: 1,
};

/**
 * Reads a PermenPANRB 6/2022 predikat or its PP 30/2019 synonym; `undefined` for anything
 * else (never a silent default).
 *
 * @example
 * ```ts
 * toPredikatPegawai('CUKUP'); // 'BUTUH_PERBAIKAN'
 * toPredikatPegawai('BURUK'); // undefined (PP 46 sebutan, not a 6/2022 predikat)
 * ```
 */
export function toPredikatPegawai(x: unknown): PredikatPegawai | undefined {
  return typeof x === 'string' && Object.hasOwn(PMK6_OR_PP30, x) ? PMK6_OR_PP30[x] : undefined;
}

/**
 * Ordinal (5 = Sangat Baik … 1 = Sangat Kurang/Buruk) of any regime's code; `undefined` for
 * an unknown code.
 *
 * @example
 * ```ts
 * predikatOrdinal('BAIK'); // 4
 * predikatOrdinal('B'); // undefined
 * ```
 */
export function predikatOrdinal(x: unknown): 1 | 2 | 3 | 4 | 5 | undefined {
  return typeof x === 'string' && Object.hasOwn(PREDIKAT_ORDINAL, x)
    ? PREDIKAT_ORDINAL[x as PredikatApapun]
    : undefined;
}
