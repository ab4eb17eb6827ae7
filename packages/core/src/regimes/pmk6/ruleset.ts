import { t } from '../../i18n/text.js';
import { ref } from '../../ruleset/legal.js';
import type { Pmk6Ruleset } from '../../ruleset/types.js';

const SRC_LAMPIRAN =
  'Anak Lampiran 4 PermenPANRB 6/2022: https://id.scribd.com/document/672154356/Lampiran-Permenpan-RB-No-6-Th-2022-Kuantitatif';

/**
 * Legal references used by the PermenPANRB 6/2022 rules (shared with the scorer).
 *
 * @example
 * ```ts
 * PMK6_REFS.se3.regulation; // 'SE MenPANRB 3/2023'
 * PMK6_REFS.pp49.article; // 'Pasal 36' (PPPK)
 * ```
 */
export const PMK6_REFS = {
  permen: ref('PermenPANRB 6/2022', 'CONFIRMED-2', 'Pengelolaan Kinerja Pegawai ASN', {
    source: 'https://www.pustakawan.org/onmateri.php?id=20',
  }),
  pp30: ref('PP 30/2019', 'CONFIRMED-2', 'Pasal 61 ayat (1)', {
    source: 'https://pusatdapodik.com/2704',
    note: 'PermenPANRB 6/2022 implements PP 30/2019 Pasal 61(1) for PNS.',
  }),
  pp49: ref('PP 49/2018', 'CONFIRMED-2', 'Pasal 36', {
    source: 'https://pusatdapodik.com/2704',
    note: 'PermenPANRB 6/2022 implements PP 49/2018 Pasal 36 for PPPK.',
  }),
  se3: ref('SE MenPANRB 3/2023', 'CONFIRMED-2', 'Tata cara penetapan predikat kinerja pegawai', {
    source:
      'https://money.kompas.com/read/2023/02/08/130400326/3-tahapan-evaluasi-kinerja-asn-berdasarkan-se-terbaru-menpan-rb',
  }),
  /** The rating hasil kerja is the pejabat penilai's judgement (no numeric formula). */
  ratingPenilai: ref('PermenPANRB 6/2022', 'CONFIRMED-2', 'Anak Lampiran 4 — Rating Hasil Kerja', {
    source: SRC_LAMPIRAN,
    note: 'Set by the Pejabat Penilai Kinerja from realisasi and umpan balik berdasarkan bukti dukung; the regulation gives no numeric formula.',
  }),
  ratingPerilakuPenilai: ref(
    'PermenPANRB 6/2022',
    'CONFIRMED-2',
    'Anak Lampiran 4 — Rating Perilaku Kerja',
    {
      source: SRC_LAMPIRAN,
      note: 'Set by the Pejabat Penilai Kinerja against the seven BerAKHLAK core values.',
    },
  ),
} as const;

/**
 * The national PermenPANRB 6/2022 ruleset (with SE MenPANRB 3/2023), for PNS and PPPK from
 * 1 January 2022. The 3×3 kuadran is CONFIRMED-2; the head-of-unit mapping, the suggestion
 * heuristics, the rater weights and the annual aggregation are readings with the spec's
 * defaults, overridable by an agency ruleset.
 *
 * @example
 * ```ts
 * import { permenpanrb_6_2022 } from '@kinerja/core/rulesets';
 * permenpanrb_6_2022.params.matriks.value.DI_ATAS_EKSPEKTASI.DI_ATAS_EKSPEKTASI; // 'SANGAT_BAIK'
 * permenpanrb_6_2022.params.agregasiTahunan.value; // 'PERIODE_TERAKHIR'
 * ```
 */
export const permenpanrb_6_2022: Pmk6Ruleset = {
  id: 'permenpanrb-6-2022',
  version: '1.0.0',
  regime: 'PERMENPANRB_6_2022',
  title: t(
    'Pengelolaan Kinerja Pegawai ASN (PermenPANRB 6/2022, SE MenPANRB 3/2023)',
    'ASN employee performance management (PermenPANRB 6/2022, SE MenPANRB 3/2023)',
  ),
  effective: { from: '2022-01-01' },
  legalBasis: [PMK6_REFS.permen, PMK6_REFS.pp30, PMK6_REFS.pp49, PMK6_REFS.se3],
  rounding: {
    value: { dp: 2, mode: 'HALF_UP' },
    ref: ref('Kinerja', 'UNCERTAIN', undefined, {
      note: 'Reported values (average capaian) are rounded to 2 decimals half-up; decisions use exact values.',
    }),
    description: t(
      'Pembulatan nilai yang dilaporkan (2 desimal, setengah ke atas)',
      'Rounding of reported values (2 decimals, half up)',
    ),
  },
  indicatorTypes: ['standar'],
  params: {
    berlakuUntuk: {
      value: ['PNS', 'PPPK'],
      ref: ref(
        'PermenPANRB 6/2022',
        'CONFIRMED-2',
        'Pasal 1; konsiderans (PP 30/2019 Pasal 61(1), PP 49/2018 Pasal 36)',
        {
          source: 'https://www.pustakawan.org/onmateri.php?id=20; https://pusatdapodik.com/2704',
        },
      ),
      description: t(
        'Jenis ASN yang dinilai dengan peraturan ini: PNS dan PPPK',
        'ASN types appraised under this regulation: PNS and PPPK',
      ),
    },
    matriks: {
      value: {
        DI_ATAS_EKSPEKTASI: {
          DI_BAWAH_EKSPEKTASI: 'KURANG',
          SESUAI_EKSPEKTASI: 'BAIK',
          DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK',
        },
        SESUAI_EKSPEKTASI: {
          DI_BAWAH_EKSPEKTASI: 'KURANG',
          SESUAI_EKSPEKTASI: 'BAIK',
          DI_ATAS_EKSPEKTASI: 'BAIK',
        },
        DI_BAWAH_EKSPEKTASI: {
          DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
          SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
          DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
        },
      },
      ref: ref('PermenPANRB 6/2022', 'CONFIRMED-2', 'Lampiran — kuadran predikat kinerja pegawai', {
        source: `${SRC_LAMPIRAN}; at least five independent public implementations encode the same table`,
        note: 'The lampiran figure itself was not seen. Perilaku Di Bawah Ekspektasi always gives Kurang/Misconduct or Sangat Kurang.',
      }),
      description: t(
        'Matriks rating hasil kerja (baris) × rating perilaku kerja (kolom) → predikat kinerja pegawai',
        'Matrix of rating hasil kerja (rows) × rating perilaku kerja (columns) → employee predikat',
      ),
    },
    ratingKepalaUnit: {
      value: {
        ISTIMEWA: 'DI_ATAS_EKSPEKTASI',
        BAIK: 'SESUAI_EKSPEKTASI',
        BUTUH_PERBAIKAN: 'DI_BAWAH_EKSPEKTASI',
        KURANG: 'DI_BAWAH_EKSPEKTASI',
        SANGAT_KURANG: 'DI_BAWAH_EKSPEKTASI',
      },
      ref: ref(
        'SE MenPANRB 3/2023',
        'UNCERTAIN',
        'Pimpinan unit kerja: capaian kinerja organisasi = rating hasil kerja',
        {
          source:
            'https://postingnews.id/amp/11905/aturan-baru-pns-tidak-bisa-lagi-kerja-santai-sudah-mulai-dalam-pengawasan-ketat/16',
          note: 'The rule that the unit capaian becomes the head’s rating hasil kerja is CONFIRMED-2; the mapping of the 5 organisation predikat onto the 3 ratings is a reading.',
        },
      ),
      description: t(
        'Pemetaan predikat kinerja organisasi → rating hasil kerja pimpinan unit',
        'Mapping of the organisation predikat → the head of unit’s rating hasil kerja',
      ),
    },
    saranHasilKerja: {
      value: {
        aktif: true,
        diAtasRataRataMin: '90',
        minSetiapIki: '65',
        sesuaiRataRataMin: '65',
        hanyaUtama: false,
      },
      ref: ref('Praktik aplikasi (bukan peraturan)', 'UNCERTAIN', undefined, {
        note: 'App heuristic seen in one public implementation: average capaian ≥ 90 % with no IKI below 65 % → Di Atas; ≥ 65 % → Sesuai; else Di Bawah. Used only when the pejabat penilai gave no rating, and always labelled as a suggestion.',
      }),
      description: t(
        'Saran rating hasil kerja dari capaian IKI (heuristik aplikasi, hanya bila penilai tidak memberi rating)',
        'Suggested rating hasil kerja from IKI capaian (app heuristic, only when the rater gave none)',
      ),
    },
    saranPerilaku: {
      value: { aktif: true, adaDiBawahMakaDiBawah: true, minDiAtas: 4 },
      ref: ref('Praktik aplikasi (bukan peraturan)', 'UNCERTAIN', undefined, {
        note: 'App heuristic seen in one public implementation: any core value Di Bawah → Di Bawah; at least 4 of 7 Di Atas → Di Atas; else Sesuai. Used only when the pejabat penilai gave no rating.',
      }),
      description: t(
        'Saran rating perilaku dari penilaian tujuh nilai BerAKHLAK (heuristik aplikasi)',
        'Suggested rating perilaku from the seven BerAKHLAK value ratings (app heuristic)',
      ),
    },
    agregasiTahunan: {
      value: 'PERIODE_TERAKHIR',
      ref: ref('PermenPANRB 6/2022', 'UNCERTAIN', 'Evaluasi kinerja periodik dan tahunan', {
        note: 'No formula for deriving the annual predikat from the periodic ones was found; the default reads the last period (TRIWULAN IV-AKHIR) as the annual evaluation.',
      }),
      description: t(
        'Cara menurunkan predikat tahunan dari predikat periodik',
        'How the annual predikat is derived from the periodic ones',
      ),
    },
    bobotPenilai: {
      value: { ATASAN: 10000, REKAN_KERJA: 0, BAWAHAN: 0, MASYARAKAT: 0, DIRI_SENDIRI: 0 },
      ref: ref('PermenPANRB 6/2022', 'UNCERTAIN', undefined, {
        note: 'No official weights for several raters were found; by default only the atasan (pejabat penilai) counts.',
      }),
      description: t(
        'Bobot penilai perilaku (basis poin); bawaan hanya atasan',
        'Perilaku rater weights (basis points); by default the atasan only',
      ),
    },
    gabunganPenilai: {
      value: 'RATA_RATA_ORDINAL',
      ref: ref('Kinerja', 'UNCERTAIN', undefined, {
        note: 'How categorical ratings of several raters combine is not regulated; weighted ordinal mean, ties at the half stay Sesuai.',
      }),
      description: t(
        'Cara menggabungkan rating kategoris beberapa penilai untuk satu nilai dasar',
        'How categorical ratings of several raters of one core value combine',
      ),
    },
  },
};
