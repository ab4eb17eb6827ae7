/**
 * The PermenPANRB 6/2022 scorer's most common case without its general machinery: both
 * ratings given by the pejabat penilai, no head-of-unit rule, no SKP to show capaian for.
 * Returns exactly what `pmk6Regime.score` returns for such an appraisal (proven by
 * `fast.test.ts`), or `undefined` for anything else, and the caller runs the general scorer.
 *
 * Such an outcome depends only on the matrix and the two ratings, so each ruleset object gets
 * its nine outcomes once (frozen, see `../values.ts`), each with the kernel's result around
 * it, and a call allocates nothing.
 *
 * @internal
 */
import { type PredikatPegawai, RATINGS, type Rating } from '../../codes.js';
import { rememberPerObject } from '../../memo.js';
import type { Appraisal } from '../../model/appraisal.js';
import type { Pmk6Ruleset } from '../../ruleset/types.js';
import type { RegimeOutcome } from '../types.js';
import {
  NO_NILAI,
  NO_READINGS,
  NO_STEPS,
  NO_WARNINGS,
  predikatPmk6,
  ratingValue,
} from '../values.js';
import { matriksIssuesOf } from './matrix.js';

type Outcome = RegimeOutcome<'PERMENPANRB_6_2022'>;

/**
 * A cell's outcome as the scoring kernel returns it (no trace steps, warnings or readings,
 * decided on the float path): built once with the outcome, so a kernel call allocates
 * nothing either.
 */
export interface FusedPmk6 {
  readonly outcome: Outcome;
  readonly steps: readonly never[];
  readonly warnings: readonly never[];
  readonly readings: ReadonlySet<string>;
  readonly backend: 'float';
}

/** What the fast path needs of a ruleset, read once per ruleset object. */
interface Entry {
  /** Each (hasil kerja, perilaku) cell's outcome, or null for an invalid matrix. */
  readonly outcomes: Readonly<Record<Rating, Readonly<Record<Rating, FusedPmk6>>>> | null;
  /** Whether the ruleset applies to PNS, and to PPPK (`berlakuUntuk`). */
  readonly pns: boolean;
  readonly pppk: boolean;
}

/** The nine outcomes of a valid matrix. */
function outcomesOf(m: Readonly<Record<Rating, Readonly<Record<Rating, PredikatPegawai>>>>) {
  const rows = Object.create(null) as Record<Rating, Record<Rating, FusedPmk6>>;
  for (const h of RATINGS) {
    const row = Object.create(null) as Record<Rating, FusedPmk6>;
    for (const p of RATINGS) {
      const outcome: Outcome = Object.freeze({
        ok: true,
        nilai: NO_NILAI,
        rating: ratingValue(h, p, 'PENILAI', 'PENILAI'),
        predikat: predikatPmk6(m[h][p]),
      });
      row[p] = Object.freeze({
        outcome,
        steps: NO_STEPS,
        warnings: NO_WARNINGS,
        readings: NO_READINGS,
        backend: 'float' as const,
      });
    }
    rows[h] = Object.freeze(row);
  }
  return Object.freeze(rows);
}

/** Rulesets are immutable data: one entry per ruleset object. */
const entryOf = rememberPerObject((rs: Pmk6Ruleset): Entry => {
  const valid = matriksIssuesOf(rs.params.matriks.value).length === 0;
  const berlaku = rs.params.berlakuUntuk.value;
  return {
    outcomes: valid ? outcomesOf(rs.params.matriks.value) : null,
    pns: berlaku.includes('PNS'),
    pppk: berlaku.includes('PPPK'),
  };
});

/**
 * Scores a validated 6/2022 appraisal whose two ratings come from the pejabat penilai, or
 * returns `undefined` when the general scorer must decide.
 */
export function scorePmk6Fast(a: Appraisal, rs: Pmk6Ruleset): Outcome | undefined {
  return scorePmk6Fused(a, rs)?.outcome;
}

/** {@link scorePmk6Fast} with the outcome as the scoring kernel returns it (shared, frozen). */
export function scorePmk6Fused(a: Appraisal, rs: Pmk6Ruleset): FusedPmk6 | undefined {
  const hasilKerja = a.ratingHasilKerja as Rating | undefined;
  const perilaku = a.ratingPerilaku as Rating | undefined;
  if (hasilKerja === undefined || perilaku === undefined || a.kepalaUnit === true) return undefined;
  if (a.skp !== undefined && a.skp.rencanaHasilKerja.length > 0) return undefined;
  const e = entryOf(rs);
  if (e.outcomes === null || !(a.pegawai.jenisAsn === 'PPPK' ? e.pppk : e.pns)) return undefined;
  return e.outcomes[hasilKerja][perilaku];
}
