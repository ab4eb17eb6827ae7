/**
 * The Semarang ruleset: the CURRENT national ruleset (PermenPANRB 6/2022) extended with the
 * city's three indicator types. Every national parameter keeps its default, so the suggested
 * rating hasil kerja uses the national labelled heuristic (average capaian ≥ 90 % with no IKI
 * below 65 % → Di Atas; ≥ 65 % → Sesuai), and only when the pejabat penilai gave no rating.
 */
import { extendRuleset, rulesets, t } from '@kinerja/core';
import { INDIKATOR_SEMARANG } from './indikator.js';

/**
 * `pemkot-semarang-2025`.
 *
 * @example
 * ```ts
 * RULESET_SEMARANG.indicatorTypes; // ['standar', 'semarang.kehadiran', 'semarang.kualitasHasil', 'semarang.kontribusiTujuan']
 * ```
 */
export const RULESET_SEMARANG = extendRuleset(rulesets['permenpanrb-6-2022'], {
  id: 'pemkot-semarang-2025',
  agency: 'Pemerintah Kota Semarang',
  title: t(
    'Penilaian ASN berbasis capaian Kota Semarang (contoh, di atas PermenPANRB 6/2022)',
    'Achievement-based ASN appraisal of Semarang (example, on PermenPANRB 6/2022)',
  ),
  effective: { from: '2025-01-01' },
  indicatorTypes: [...INDIKATOR_SEMARANG],
});
