/**
 * The Jambi ruleset: the CURRENT national ruleset (PermenPANRB 6/2022) extended with the
 * Disdukcapil indicator types and 360° rater weights for the SUGGESTED rating perilaku.
 */
import { extendRuleset, ref, rulesets, t } from '@kinerja/core';
import { INDIKATOR_JAMBI } from './indikator.js';

const BASE = {
  agency: 'Disdukcapil Kota Jambi',
  effective: { from: '2025-01-01' },
  indicatorTypes: [...INDIKATOR_JAMBI],
} as const;

/**
 * `disdukcapil-jambi-2025`: "penilaian ini tidak hanya dilakukan oleh atasan, tetapi juga
 * melibatkan masukan dari rekan kerja dan masyarakat". The rater weights (basis points, summing
 * to 10000) are ATASAN 50 %, REKAN_KERJA 30 %, MASYARAKAT 20 %; several raters of one core value
 * combine by the national default reading (weighted ordinal mean; an exact tie at the half stays
 * Sesuai). The weights only shape the SUGGESTION used when the pejabat penilai gave no rating
 * perilaku; they are an illustrative local policy, not a regulation.
 *
 * @example
 * ```ts
 * RULESET_JAMBI.params.bobotPenilai.value.MASYARAKAT; // 2000
 * ```
 */
export const RULESET_JAMBI = extendRuleset(rulesets['permenpanrb-6-2022'], {
  ...BASE,
  id: 'disdukcapil-jambi-2025',
  title: t(
    'Penilaian kinerja ASN Disdukcapil Kota Jambi dengan masukan 360° (contoh, di atas PermenPANRB 6/2022)',
    'ASN appraisal of the Jambi civil-registry office with 360° input (example, on PermenPANRB 6/2022)',
  ),
  params: {
    bobotPenilai: {
      value: { ATASAN: 5000, REKAN_KERJA: 3000, BAWAHAN: 0, MASYARAKAT: 2000, DIRI_SENDIRI: 0 },
      ref: ref('Kebijakan lokal Disdukcapil Jambi (ilustrasi)', 'UNCERTAIN', 'Penilai 360°', {
        source: 'Artikel "Implementasi Sistem Penilaian Kinerja ASN di Jambi"',
        note: 'Illustrative local policy derived from the seed article (atasan, rekan kerja and masyarakat give input); the weights are an example, not a published regulation.',
      }),
    },
  },
});

/**
 * The same local indicator types with the NATIONAL rater weights (atasan only), to show what the
 * 360° input changes. Not used for the appraisal itself.
 *
 * @example
 * ```ts
 * RULESET_JAMBI_ATASAN_SAJA.params.bobotPenilai.value.ATASAN; // 10000
 * ```
 */
export const RULESET_JAMBI_ATASAN_SAJA = extendRuleset(rulesets['permenpanrb-6-2022'], {
  ...BASE,
  id: 'disdukcapil-jambi-2025-atasan-saja',
});
