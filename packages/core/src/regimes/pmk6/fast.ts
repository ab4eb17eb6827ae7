/**
 * The PermenPANRB 6/2022 scorer's most common case without its general machinery: both
 * ratings given by the pejabat penilai, no head-of-unit rule, no SKP to show capaian for.
 * Returns exactly what `pmk6Regime.score` returns for such an appraisal (proven by
 * `fast.test.ts`), or `undefined` for anything else, and the caller runs the general scorer.
 *
 * Such an outcome depends only on the matrix and the two ratings, so each matrix object gets
 * its nine outcomes once (frozen, see `../values.ts`) and a call allocates nothing.
 *
 * @internal
 */
import { type PredikatPegawai, RATINGS, type Rating } from '../../codes.js';
import type { Appraisal } from '../../model/appraisal.js';
import type { Pmk6Ruleset } from '../../ruleset/types.js';
import type { RegimeOutcome } from '../types.js';
import { NO_NILAI, predikatPmk6, ratingValue } from '../values.js';
import { validateMatriks } from './matrix.js';

type Outcome = RegimeOutcome<'PERMENPANRB_6_2022'>;
/** The outcome of each (hasil kerja, perilaku) cell, or null for an invalid matrix. */
type Outcomes = Readonly<Record<Rating, Readonly<Record<Rating, Outcome>>>> | null;

/** Rulesets are immutable data: one entry per matrix object. */
const OUTCOMES = new WeakMap<object, Outcomes>();

/** The nine outcomes of a valid matrix. */
function outcomesOf(m: Readonly<Record<Rating, Readonly<Record<Rating, PredikatPegawai>>>>) {
  const rows = Object.create(null) as Record<Rating, Record<Rating, Outcome>>;
  for (const h of RATINGS) {
    const row = Object.create(null) as Record<Rating, Outcome>;
    for (const p of RATINGS) {
      row[p] = Object.freeze({
        ok: true,
        nilai: NO_NILAI,
        rating: ratingValue(h, p, 'PENILAI', 'PENILAI'),
        predikat: predikatPmk6(m[h][p]),
      });
    }
    rows[h] = Object.freeze(row);
  }
  return Object.freeze(rows);
}

/** The last matrix asked for and its outcomes: a batch asks for the same one every time. */
let lastMatriks: object | undefined;
let lastOutcomes: Outcomes = null;

/** The matrix's outcomes, built on first use, or null when the matrix is invalid. */
function outcomes(rs: Pmk6Ruleset): Outcomes {
  const m = rs.params.matriks.value as unknown;
  if (m === lastMatriks) return lastOutcomes;
  if (m === null || typeof m !== 'object') return null;
  let out = OUTCOMES.get(m);
  if (out === undefined) {
    out =
      validateMatriks(m, ['ruleset', 'params', 'matriks']).length === 0
        ? outcomesOf(rs.params.matriks.value)
        : null;
    OUTCOMES.set(m, out);
  }
  lastMatriks = m;
  lastOutcomes = out;
  return out;
}

/**
 * Scores a validated 6/2022 appraisal whose two ratings come from the pejabat penilai, or
 * returns `undefined` when the general scorer must decide.
 */
export function scorePmk6Fast(a: Appraisal, rs: Pmk6Ruleset): Outcome | undefined {
  const hasilKerja = a.ratingHasilKerja as Rating | undefined;
  const perilaku = a.ratingPerilaku as Rating | undefined;
  if (hasilKerja === undefined || perilaku === undefined || a.kepalaUnit === true) return undefined;
  if (a.skp !== undefined && a.skp.rencanaHasilKerja.length > 0) return undefined;
  if (!rs.params.berlakuUntuk.value.includes(a.pegawai.jenisAsn ?? 'PNS')) return undefined;
  const out = outcomes(rs);
  if (out === null) return undefined;
  return out[hasilKerja][perilaku];
}
