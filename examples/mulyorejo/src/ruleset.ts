/**
 * The Mulyorejo ruleset: the CURRENT national ruleset (PermenPANRB 6/2022) extended with
 * Mulyorejo's own indicator types and a stricter reading of the capaian suggestion.
 */
import { extendRuleset, ref, rulesets, t } from '@kinerja/core';
import { INDIKATOR_MULYOREJO } from './indikator.js';

/**
 * `kec-mulyorejo-2025`: PermenPANRB 6/2022 as the national base (the kuadran, the rule that
 * the pejabat penilai decides the ratings), plus:
 * - the indicator types `mulyorejo.akurasiData` and `mulyorejo.ketepatanWaktu`;
 * - `saranHasilKerja` raised so that the SUGGESTED rating hasil kerja asks for the local targets
 *   to be met on average (≥ 100 %) with no indicator below 95 % for "Di Atas Ekspektasi", and
 *   ≥ 90 % on average for "Sesuai Ekspektasi". The suggestion is used only when the pejabat
 *   penilai gave no rating, and is always labelled as a suggestion.
 *
 * @example
 * ```ts
 * RULESET_MULYOREJO.extends; // 'permenpanrb-6-2022'
 * RULESET_MULYOREJO.params.saranHasilKerja.overriddenBy; // 'Kecamatan Mulyorejo'
 * ```
 */
export const RULESET_MULYOREJO = extendRuleset(rulesets['permenpanrb-6-2022'], {
  id: 'kec-mulyorejo-2025',
  agency: 'Kecamatan Mulyorejo',
  title: t(
    'Penilaian kinerja ASN Kecamatan Mulyorejo (contoh, di atas PermenPANRB 6/2022)',
    'ASN performance appraisal of Mulyorejo (example, on PermenPANRB 6/2022)',
  ),
  effective: { from: '2025-01-01' },
  indicatorTypes: [...INDIKATOR_MULYOREJO],
  params: {
    saranHasilKerja: {
      value: {
        aktif: true,
        diAtasRataRataMin: '100',
        minSetiapIki: '95',
        sesuaiRataRataMin: '90',
        hanyaUtama: false,
      },
      ref: ref('Kebijakan lokal Mulyorejo (ilustrasi)', 'UNCERTAIN', 'Saran rating hasil kerja', {
        note: 'Illustrative local policy derived from the seed article: the local targets are the expectation, so "above expectations" needs them met on average. Not a published regulation.',
      }),
    },
  },
});
