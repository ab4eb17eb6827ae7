/**
 * The PermenPANRB 6/2022 scorer's most common case without its general machinery: both
 * ratings given by the pejabat penilai, no head-of-unit rule, no SKP to show capaian for.
 * Returns exactly what `pmk6Regime.score` returns for such an appraisal (proven by
 * `fast.test.ts`), or `undefined` for anything else, and the caller runs the general scorer.
 *
 * @internal
 */
import { LABELS, type PredikatPegawai, type Rating } from '../../codes.js';
import type { Appraisal } from '../../model/appraisal.js';
import type { Pmk6Ruleset } from '../../ruleset/types.js';
import type { RegimeOutcome } from '../types.js';
import { validateMatriks } from './matrix.js';

const VALID = new WeakMap<object, boolean>();

/** Whether the ruleset's matrix is valid (checked once per matrix object). */
function matriksValid(rs: Pmk6Ruleset): boolean {
  const m = rs.params.matriks.value as unknown;
  if (m === null || typeof m !== 'object') return false;
  let ok = VALID.get(m);
  if (ok === undefined) {
    ok = validateMatriks(m, ['ruleset', 'params', 'matriks']).length === 0;
    VALID.set(m, ok);
  }
  return ok;
}

/**
 * Scores a validated 6/2022 appraisal whose two ratings come from the pejabat penilai, or
 * returns `undefined` when the general scorer must decide.
 */
export function scorePmk6Fast(
  a: Appraisal,
  rs: Pmk6Ruleset,
): RegimeOutcome<'PERMENPANRB_6_2022'> | undefined {
  const hasilKerja = a.ratingHasilKerja as Rating | undefined;
  const perilaku = a.ratingPerilaku as Rating | undefined;
  if (hasilKerja === undefined || perilaku === undefined || a.kepalaUnit === true) return undefined;
  if (a.skp !== undefined && a.skp.rencanaHasilKerja.length > 0) return undefined;
  if (!rs.params.berlakuUntuk.value.includes(a.pegawai.jenisAsn ?? 'PNS')) return undefined;
  if (!matriksValid(rs)) return undefined;
  const code = rs.params.matriks.value[hasilKerja][perilaku] as PredikatPegawai;
  return {
    ok: true,
    nilai: {},
    rating: { hasilKerja, perilaku, sumber: { hasilKerja: 'PENILAI', perilaku: 'PENILAI' } },
    predikat: { code, scale: 'PMK6', label: LABELS.predikatPegawai[code] },
  };
}
