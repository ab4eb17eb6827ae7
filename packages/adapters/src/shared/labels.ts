import { PREDIKAT_PEGAWAI, type PredikatPegawai, RATINGS, type Rating } from '@kinerja/core';
import type { AdapterCode } from './messages.js';

/** A label read into a canonical code, with the decision taken to read it, if any. */
export type LabelRead<C extends string> =
  | { readonly ok: true; readonly code: C; readonly via?: AdapterCode }
  | { readonly ok: false };

/** Upper case, `_ - /` as spaces, ESPEKTASI (SIASN's typo) fixed, spaces removed. */
function squash(s: string): string {
  // The same few labels fill the rating and predikat columns of every row: remember them
  // (bounded, like normalizeKey's cache).
  const hit = SQUASHED.get(s);
  if (hit !== undefined) return hit;
  const out = s
    .normalize('NFKC')
    .toUpperCase()
    .replace(/ESPEKTASI/g, 'EKSPEKTASI')
    .replace(/[^A-Z0-9]+/g, '');
  if (SQUASHED.size >= SQUASHED_MAX) SQUASHED.clear();
  SQUASHED.set(s, out);
  return out;
}

const SQUASHED = new Map<string, string>();
const SQUASHED_MAX = 4096;

/**
 * Rating synonyms (squashed spelling → code): the SIASN reference labels (with its "ESPEKTASI"
 * typo), the official labels, snake_case enums and the short forms `diatas`, `di atas`,
 * `sesuai`, `dibawah`.
 *
 * @example
 * ```ts
 * RATING_SYNONYMS.DIATAS; // 'DI_ATAS_EKSPEKTASI'
 * ```
 */
export const RATING_SYNONYMS: Readonly<Record<string, Rating>> = {
  DIATASEKSPEKTASI: 'DI_ATAS_EKSPEKTASI',
  DIATAS: 'DI_ATAS_EKSPEKTASI',
  ATAS: 'DI_ATAS_EKSPEKTASI',
  SESUAIEKSPEKTASI: 'SESUAI_EKSPEKTASI',
  SESUAI: 'SESUAI_EKSPEKTASI',
  DIBAWAHEKSPEKTASI: 'DI_BAWAH_EKSPEKTASI',
  DIBAWAH: 'DI_BAWAH_EKSPEKTASI',
  BAWAH: 'DI_BAWAH_EKSPEKTASI',
};

/**
 * Predikat synonyms (squashed spelling → code). `CUKUP` (e-Kinerja Excel) is the level SIASN
 * calls `BUTUH PERBAIKAN`; `Kurang`, `Kurang/Misconduct` and `Kurang / Misconduct` are one level.
 *
 * @example
 * ```ts
 * PREDIKAT_SYNONYMS.CUKUP; // 'BUTUH_PERBAIKAN'
 * ```
 */
export const PREDIKAT_SYNONYMS: Readonly<Record<string, PredikatPegawai>> = {
  SANGATBAIK: 'SANGAT_BAIK',
  BAIK: 'BAIK',
  BUTUHPERBAIKAN: 'BUTUH_PERBAIKAN',
  CUKUP: 'BUTUH_PERBAIKAN',
  KURANG: 'KURANG',
  KURANGMISCONDUCT: 'KURANG',
  MISCONDUCT: 'KURANG',
  SANGATKURANG: 'SANGAT_KURANG',
};

/**
 * SIASN `perilakuDanKinerja` codes: 1 = Di Atas, 2 = Sesuai, 3 = Di Bawah Ekspektasi (1 = best).
 * UNCERTAIN (regulations.md §3.4): read from third-party clients, not the live reference.
 *
 * @example
 * ```ts
 * SIASN_RATING_CODES[1]; // 'DI_ATAS_EKSPEKTASI'
 * ```
 */
export const SIASN_RATING_CODES: Readonly<Record<number, Rating>> = {
  1: 'DI_ATAS_EKSPEKTASI',
  2: 'SESUAI_EKSPEKTASI',
  3: 'DI_BAWAH_EKSPEKTASI',
};

/**
 * SIASN `kuadranNilai` codes: 1 = Sangat Baik … 5 = Sangat Kurang (1 = best). UNCERTAIN
 * (regulations.md §3.4).
 *
 * @example
 * ```ts
 * SIASN_KUADRAN_CODES[3]; // 'BUTUH_PERBAIKAN'
 * ```
 */
export const SIASN_KUADRAN_CODES: Readonly<Record<number, PredikatPegawai>> = {
  1: 'SANGAT_BAIK',
  2: 'BAIK',
  3: 'BUTUH_PERBAIKAN',
  4: 'KURANG',
  5: 'SANGAT_KURANG',
};

function numericCode(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\s*\d\s*$/.test(v)) return Number(v.trim());
  return undefined;
}

/**
 * Reads a PermenPANRB 6/2022 rating from a label, a synonym or a SIASN code 1–3 (1 = best;
 * `via: 'NUMERIC_RATING_CODE'` marks the UNCERTAIN code table).
 *
 * @example
 * ```ts
 * readRating('DIATAS ESPEKTASI'); // { ok: true, code: 'DI_ATAS_EKSPEKTASI' }
 * readRating(2); // { ok: true, code: 'SESUAI_EKSPEKTASI', via: 'NUMERIC_RATING_CODE' }
 * ```
 */
export function readRating(v: unknown): LabelRead<Rating> {
  const n = numericCode(v);
  if (n !== undefined) {
    const code = SIASN_RATING_CODES[n];
    return code ? { ok: true, code, via: 'NUMERIC_RATING_CODE' } : { ok: false };
  }
  if (typeof v !== 'string') return { ok: false };
  if ((RATINGS as readonly string[]).includes(v)) return { ok: true, code: v as Rating };
  const code = RATING_SYNONYMS[squash(v)];
  return code ? { ok: true, code } : { ok: false };
}

/**
 * Reads a predikat kinerja pegawai from a label, a synonym or a SIASN kuadran code 1–5. `CUKUP`
 * is read as `BUTUH_PERBAIKAN` with `via: 'CUKUP_AS_BUTUH_PERBAIKAN'` (to be reported).
 *
 * @example
 * ```ts
 * readPredikat('Kurang / Misconduct'); // { ok: true, code: 'KURANG' }
 * readPredikat('CUKUP'); // { ok: true, code: 'BUTUH_PERBAIKAN', via: 'CUKUP_AS_BUTUH_PERBAIKAN' }
 * ```
 */
export function readPredikat(v: unknown): LabelRead<PredikatPegawai> {
  const n = numericCode(v);
  if (n !== undefined) {
    const code = SIASN_KUADRAN_CODES[n];
    return code ? { ok: true, code, via: 'NUMERIC_KUADRAN_CODE' } : { ok: false };
  }
  if (typeof v !== 'string') return { ok: false };
  if ((PREDIKAT_PEGAWAI as readonly string[]).includes(v))
    return { ok: true, code: v as PredikatPegawai };
  const key = squash(v);
  const code = PREDIKAT_SYNONYMS[key];
  if (!code) return { ok: false };
  return key === 'CUKUP' ? { ok: true, code, via: 'CUKUP_AS_BUTUH_PERBAIKAN' } : { ok: true, code };
}

/**
 * The SIASN code (1–3) of a rating.
 *
 * @example
 * ```ts
 * siasnRatingCode('SESUAI_EKSPEKTASI'); // 2
 * ```
 */
export function siasnRatingCode(r: Rating): 1 | 2 | 3 {
  return (RATINGS.indexOf(r) + 1) as 1 | 2 | 3;
}

/**
 * The SIASN kuadran code (1–5) of a predikat.
 *
 * @example
 * ```ts
 * siasnKuadranCode('KURANG'); // 4
 * ```
 */
export function siasnKuadranCode(p: PredikatPegawai): 1 | 2 | 3 | 4 | 5 {
  return (PREDIKAT_PEGAWAI.indexOf(p) + 1) as 1 | 2 | 3 | 4 | 5;
}
