/**
 * The Plaju ruleset: the CURRENT national ruleset (PermenPANRB 6/2022) extended with the
 * sub-district's indicator types computed from its information system. National parameters keep
 * their defaults; the built-in `standar` indicator type stays available beside the local ones.
 */
import { extendRuleset, rulesets, t } from '@kinerja/core';
import { INDIKATOR_PLAJU } from './indikator.js';

/**
 * `kec-plaju-2025`.
 *
 * @example
 * ```ts
 * RULESET_PLAJU.indicatorTypes; // ['standar', 'plaju.penyelesaianPengaduan', 'plaju.waktuRespons', 'plaju.proyekTepatWaktu']
 * ```
 */
export const RULESET_PLAJU = extendRuleset(rulesets['permenpanrb-6-2022'], {
  id: 'kec-plaju-2025',
  agency: 'Kecamatan Plaju, Kota Palembang',
  title: t(
    'Penilaian kinerja ASN Kecamatan Plaju dari sistem informasi (contoh, di atas PermenPANRB 6/2022)',
    'ASN appraisal of Plaju from its information system (example, on PermenPANRB 6/2022)',
  ),
  effective: { from: '2025-01-01' },
  indicatorTypes: [...INDIKATOR_PLAJU],
});
