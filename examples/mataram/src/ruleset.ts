/**
 * The Mataram ruleset: the CURRENT national ruleset (PermenPANRB 6/2022) extended with the
 * city's three indicator types. National parameters keep their defaults.
 */
import { extendRuleset, rulesets, t } from '@kinerja/core';
import { INDIKATOR_MATARAM } from './indikator.js';

/**
 * `pemkot-mataram-2025`.
 *
 * @example
 * ```ts
 * RULESET_MATARAM.indicatorTypes; // ['standar', 'mataram.pencapaianTarget', 'mataram.disiplin', 'mataram.kompetensi']
 * ```
 */
export const RULESET_MATARAM = extendRuleset(rulesets['permenpanrb-6-2022'], {
  id: 'pemkot-mataram-2025',
  agency: 'Pemerintah Kota Mataram',
  title: t(
    'Penilaian kinerja ASN Kota Mataram (contoh, di atas PermenPANRB 6/2022)',
    'ASN performance appraisal of Mataram (example, on PermenPANRB 6/2022)',
  ),
  effective: { from: '2025-01-01' },
  indicatorTypes: [...INDIKATOR_MATARAM],
});
