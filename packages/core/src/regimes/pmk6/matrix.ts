import { PREDIKAT_PEGAWAI, type PredikatPegawai, RATINGS, type Rating } from '../../codes.js';
import type { Issue, Path } from '../../issues/issue.js';
import { rememberPerObject } from '../../memo.js';
import { PMK6_MESSAGES as M } from './messages.js';
import type { MatriksPredikat } from './params.js';
import { permenpanrb_6_2022 } from './ruleset.js';

const isRating = (x: unknown): x is Rating =>
  typeof x === 'string' && (RATINGS as readonly string[]).includes(x);
const isPredikat = (x: unknown): x is PredikatPegawai =>
  typeof x === 'string' && (PREDIKAT_PEGAWAI as readonly string[]).includes(x);

/**
 * The predikat kinerja pegawai of a rating hasil kerja and a rating perilaku kerja, read from
 * the 3×3 kuadran of PermenPANRB 6/2022 (CONFIRMED-2). It is a table lookup, not `max`/`min`
 * of the two ratings: perilaku Di Bawah Ekspektasi always gives Kurang/Misconduct or Sangat
 * Kurang, whatever the hasil kerja.
 *
 * Throws a `TypeError` only for a programmer error (a value that is not a rating code, or an
 * incomplete custom matrix); {@link safePredikatFromRatings} never throws.
 *
 * @param hasilKerja - rating hasil kerja (row).
 * @param perilaku - rating perilaku kerja (column).
 * @param matrix - an agency matrix; default the national table.
 *
 * @example
 * ```ts
 * predikatFromRatings('DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'); // 'SANGAT_BAIK'
 * predikatFromRatings('DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'); // 'KURANG' (not Butuh Perbaikan)
 * predikatFromRatings('DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI'); // 'BUTUH_PERBAIKAN'
 * ```
 */
export function predikatFromRatings(
  hasilKerja: Rating,
  perilaku: Rating,
  matrix: MatriksPredikat = permenpanrb_6_2022.params.matriks.value,
): PredikatPegawai {
  const r = safePredikatFromRatings(hasilKerja, perilaku, matrix);
  if (!r.ok) throw new TypeError(r.issues.map((i) => i.message.en).join('; '));
  return r.predikat;
}

/** Result of {@link safePredikatFromRatings}. */
export type PredikatFromRatingsResult =
  | { readonly ok: true; readonly predikat: PredikatPegawai }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Non-throwing {@link predikatFromRatings} for untyped input (JSON, spreadsheets): invalid
 * ratings or a matrix without a valid cell are reported as issues.
 *
 * @example
 * ```ts
 * safePredikatFromRatings('SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'); // { ok: true, predikat: 'BAIK' }
 * safePredikatFromRatings('BAGUS', 'SESUAI_EKSPEKTASI').ok; // false, issue INVALID_RATING at ['hasilKerja']
 * ```
 */
export function safePredikatFromRatings(
  hasilKerja: unknown,
  perilaku: unknown,
  matrix: MatriksPredikat = permenpanrb_6_2022.params.matriks.value,
): PredikatFromRatingsResult {
  const issues: Issue[] = [];
  if (!isRating(hasilKerja)) {
    issues.push(M.issue('INVALID_RATING', ['hasilKerja'], { value: String(hasilKerja) }));
  }
  if (!isRating(perilaku)) {
    issues.push(M.issue('INVALID_RATING', ['perilaku'], { value: String(perilaku) }));
  }
  if (!isRating(hasilKerja) || !isRating(perilaku)) return { ok: false, issues };
  const cell = (matrix as Partial<Record<string, Partial<Record<string, unknown>>>>)[hasilKerja]?.[
    perilaku
  ];
  if (!isPredikat(cell)) {
    return {
      ok: false,
      issues: [
        M.issue('MATRIX_CELL_INVALID', ['matrix', hasilKerja, perilaku], {
          hasil: hasilKerja,
          perilaku,
        }),
      ],
    };
  }
  return { ok: true, predikat: cell };
}

/**
 * Checks that a (possibly agency-overridden) matrix has a valid predikat in all nine cells.
 *
 * @example
 * ```ts
 * validateMatriks(permenpanrb_6_2022.params.matriks.value); // []
 * ```
 */
export function validateMatriks(matrix: unknown, path: Path = ['params', 'matriks']): Issue[] {
  const issues: Issue[] = [];
  const m = (matrix ?? {}) as Partial<Record<string, Partial<Record<string, unknown>>>>;
  for (const h of RATINGS) {
    for (const p of RATINGS) {
      if (!isPredikat(m[h]?.[p])) {
        issues.push(M.issue('MATRIX_CELL_INVALID', [...path, h, p], { hasil: h, perilaku: p }));
      }
    }
  }
  return issues;
}

/** Rulesets are immutable data: check each matrix object once (batch scoring reuses it). */
const matriksObjectIssues = rememberPerObject((matriks: object): readonly Issue[] =>
  validateMatriks(matriks, ['ruleset', 'params', 'matriks']),
);

/**
 * {@link validateMatriks} of a ruleset's matrix (path `ruleset.params.matriks`), remembered per
 * matrix object. @internal
 */
export function matriksIssuesOf(matriks: unknown): readonly Issue[] {
  if (matriks === null || typeof matriks !== 'object') {
    return validateMatriks(matriks, ['ruleset', 'params', 'matriks']);
  }
  return matriksObjectIssues(matriks);
}
