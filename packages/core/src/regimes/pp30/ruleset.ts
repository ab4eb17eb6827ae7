/* The national PP 30/2019 + PermenPANRB 8/2021 ruleset (regulations.md §2, §6). */
import { t } from '../../i18n/text.js';
import { ref } from '../../ruleset/legal.js';
import type { Pp30Ruleset } from '../../ruleset/types.js';
import { SOURCES } from './refs.js';

const PP30 = 'PP 30/2019';
const PERMEN = 'PermenPANRB 8/2021';

/**
 * PNS performance appraisal under PP 30/2019 Pasal 41 and PermenPANRB 8/2021, appraisal
 * year 2021. Every CONFIRMED number is quoted with its article or page; every UNCERTAIN
 * item is a parameter with the default from the specification, and a trace that uses it
 * says it is a reading, not a quotation.
 *
 * @example
 * ```ts
 * import { permenpanrb_8_2021 } from './ruleset.js';
 * permenpanrb_8_2021.params.bobotTanpa360.value; // { SKP: 7000, PERILAKU: 3000 }
 * permenpanrb_8_2021.params.mode360.ref.status; // 'UNCERTAIN'
 * ```
 */
export const permenpanrb_8_2021: Pp30Ruleset = {
  id: 'permenpanrb-8-2021',
  version: '1.0.0',
  regime: 'PP30_2019',
  title: t(
    'Penilaian Kinerja PNS — PP 30/2019 dan PermenPANRB 8/2021',
    'PNS performance appraisal — PP 30/2019 and PermenPANRB 8/2021',
  ),
  effective: { from: '2021-01-01', to: '2021-12-31' },
  legalBasis: [
    ref(PP30, 'CONFIRMED', 'Pasal 41', { source: SOURCES.pp30Pasal41 }),
    ref(PERMEN, 'CONFIRMED', 'Lampiran hlm. 99, 101, 110 dan 363 (salinan flipbook)', {
      source: SOURCES.page101,
    }),
  ],
  rounding: {
    value: { dp: 2, mode: 'HALF_UP' },
    ref: ref(PERMEN, 'UNCERTAIN', 'Lampiran hlm. 363 (contoh)', {
      source: SOURCES.page363,
      note: 'The official example reports values with at most two decimals (102.8); the rounding mode is not stated. Rounding affects reported values only.',
    }),
    description: t(
      'Nilai dilaporkan dengan 2 desimal, dibulatkan setengah ke atas',
      'Values are reported with 2 decimals, rounded half up',
    ),
  },
  indicatorTypes: ['standar'],
  params: {
    bobotTanpa360: {
      value: { SKP: 7000, PERILAKU: 3000 },
      ref: ref(PP30, 'CONFIRMED', 'Pasal 41 ayat (2) huruf a dan ayat (3)', {
        source: SOURCES.pp30Pasal41,
      }),
      description: t(
        '70% nilai SKP + 30% nilai perilaku, bagi instansi yang tidak menilai perilaku dengan pendapat rekan kerja setingkat dan bawahan langsung',
        '70% SKP + 30% perilaku, for agencies that do not assess perilaku with input from peers and direct subordinates',
      ),
    },
    bobotDengan360: {
      value: { SKP: 6000, PERILAKU: 4000 },
      ref: ref(PP30, 'CONFIRMED', 'Pasal 41 ayat (2) huruf b dan ayat (4)', {
        source: SOURCES.pp30Pasal41,
      }),
      description: t(
        '60% nilai SKP + 40% nilai perilaku, bagi instansi yang menilai perilaku dengan pendapat rekan kerja setingkat dan bawahan langsung',
        '60% SKP + 40% perilaku, for agencies that assess perilaku with input from peers and direct subordinates',
      ),
    },
    mode360: {
      value: 'AUTO',
      ref: ref(PP30, 'UNCERTAIN', 'Pasal 41 ayat (3) dan (4)', {
        source: SOURCES.pp30Pasal41,
        note: "Pasal 41 ties the weights to the agency's practice. Reading: 60/40 applies when this appraisal has perilaku input from both a rekan kerja and a bawahan; an agency that knows its practice sets SELALU or TIDAK_PERNAH.",
      }),
      description: t(
        'Bobot 60/40 dipakai bila penilaian perilaku memuat masukan rekan kerja dan bawahan (AUTO)',
        'The 60/40 weights apply when the perilaku input includes both a peer and a subordinate (AUTO)',
      ),
    },
    bandCapaian: {
      value: [
        {
          kategori: 'SANGAT_BAIK',
          from: '110',
          fromInclusive: false,
          to: null,
          toInclusive: false,
          nilai: { kind: 'constant', nilai: '120' },
          ref: ref(PERMEN, 'CONFIRMED', 'Lampiran hlm. 101 huruf h', {
            source: SOURCES.page101,
            note: 'Capaian above 110% is converted to nilai 120.',
          }),
        },
        {
          kategori: 'SANGAT_BAIK',
          from: '100',
          fromInclusive: false,
          to: '110',
          toInclusive: true,
          nilai: {
            kind: 'linear',
            capaianFrom: '101',
            capaianTo: '110',
            nilaiFrom: '110',
            nilaiTo: '120',
          },
          ref: ref(PERMEN, 'CONFIRMED-2', 'Lampiran hlm. 100 (rumus Sangat Baik 101%–110%)', {
            source: SOURCES.page101,
            note: 'The formula text of page 100 was not seen; public implementations use exactly this line, and 110–120 matches the Sangat Baik range of PP 30/2019 Pasal 41(5).',
          }),
        },
        {
          kategori: 'BAIK',
          from: '100',
          fromInclusive: true,
          to: '100',
          toInclusive: true,
          nilai: { kind: 'constant', nilai: '109' },
          ref: ref(
            PERMEN,
            'CONFIRMED',
            'Lampiran hlm. 363 (contoh: capaian 100%, Baik, nilai 109)',
            {
              source: SOURCES.page363,
              note: 'Seen in the official worked example; the formula text of (d) was not seen.',
            },
          ),
        },
        {
          kategori: 'CUKUP',
          from: '80',
          fromInclusive: true,
          to: '100',
          toInclusive: false,
          nilai: {
            kind: 'linear',
            capaianFrom: '80',
            capaianTo: '99',
            nilaiFrom: '70',
            nilaiTo: '89',
          },
          ref: ref(PERMEN, 'CONFIRMED', 'Lampiran hlm. 101 huruf e', {
            source: SOURCES.page101,
            note: 'Printed for 80%–99%; example 98% → 88. The band runs to just below 100% (HALF_OPEN).',
          }),
        },
        {
          kategori: 'KURANG',
          from: '60',
          fromInclusive: true,
          to: '80',
          toInclusive: false,
          nilai: {
            kind: 'linear',
            capaianFrom: '60',
            capaianTo: '79',
            nilaiFrom: '50',
            nilaiTo: '69',
          },
          ref: ref(PERMEN, 'CONFIRMED', 'Lampiran hlm. 101 huruf f', {
            source: SOURCES.page101,
            note: 'Printed for 60%–79%. The band runs to just below 80% (HALF_OPEN).',
          }),
        },
        {
          kategori: 'SANGAT_KURANG',
          from: null,
          fromInclusive: false,
          to: '60',
          toInclusive: false,
          nilai: { kind: 'proportional', capaianAt: '59', nilaiAt: '49' },
          ref: ref(PERMEN, 'CONFIRMED', 'Lampiran hlm. 101 huruf g', {
            source: SOURCES.page101,
            note: 'Printed for 0%–59%. The band runs to just below 60% (HALF_OPEN).',
          }),
        },
      ],
      ref: ref(PERMEN, 'CONFIRMED-2', 'Lampiran hlm. 100–101 dan 363', {
        source: SOURCES.page101,
        note: 'Each band carries its own reference: Cukup, Kurang, Sangat Kurang and >110% are CONFIRMED (hlm. 101 e–h), Baik = 109 is CONFIRMED by the example on hlm. 363, Sangat Baik 101–110% is CONFIRMED-2.',
      }),
      description: t(
        'Konversi capaian IKI (%) menjadi nilai capaian IKI (0–120)',
        'Conversion of capaian IKI (%) into nilai capaian IKI (0–120)',
      ),
    },
    modeCelahCapaian: {
      value: 'HALF_OPEN',
      ref: ref(PERMEN, 'UNCERTAIN', 'Lampiran hlm. 101 (rentang bilangan bulat)', {
        source: SOURCES.page101,
        note: 'The text gives integer ranges (0–59, 60–79, 80–99, 100, 101–110) and is silent on 59–60, 79–80, 99–100 and 100–101. Reading: half-open intervals [60,80) Kurang, [80,100) Cukup, exactly 100 Baik, (100,110] Sangat Baik, each with the nearest printed formula.',
      }),
      description: t(
        'Capaian di antara rentang bilangan bulat: interval setengah terbuka (HALF_OPEN) atau dibulatkan ke persen bulat dahulu (ROUND_PERCENT)',
        'Capaian between the integer ranges: half-open intervals (HALF_OPEN) or rounded to a whole percent first (ROUND_PERCENT)',
      ),
    },
    nilaiTargetMaksimal: {
      value: '120',
      ref: ref(PERMEN, 'CONFIRMED', 'Lampiran hlm. 101 huruf i', { source: SOURCES.page101 }),
      description: t(
        'Capaian 100% atas target yang merupakan nilai maksimal (mis. 100% bebas temuan material) berkategori Sangat Baik dengan nilai 120',
        'Capaian 100% of a maximum-achievable target (e.g. 100% free of material findings) is Sangat Baik with nilai 120',
      ),
    },
    batasBawahNilai: {
      value: '0',
      ref: ref(PERMEN, 'UNCERTAIN', 'Lampiran hlm. 101 huruf g', {
        source: SOURCES.page101,
        note: 'A special-condition capaian (1 + (1 − R/T)) is negative when R > 2T. The text does not say what happens; reading: the nilai does not go below 0, the bottom of the 0–120 scale.',
      }),
      description: t('Nilai capaian IKI tidak kurang dari 0', 'A nilai capaian IKI is not below 0'),
    },
    batasNilai: {
      value: '120',
      ref: ref(PP30, 'CONFIRMED-2', 'Penilaian kinerja: batas nilai capaian kinerja', {
        source: SOURCES.batas120,
        note: 'Secondary source; consistent with the 0–120 scale of Pasal 41(5).',
      }),
      description: t(
        'Nilai capaian kinerja (nilai SKP) paling tinggi 120',
        'Nilai capaian kinerja (nilai SKP) is capped at 120',
      ),
    },
    agregasiRencana: {
      value: 'MEAN',
      ref: ref(
        PERMEN,
        'UNCERTAIN',
        'Lampiran, Format Penilaian SKP (kolom Capaian Rencana Kinerja)',
        {
          source: SOURCES.formatPenilaian,
          note: 'The form has a nilai capaian rencana kinerja column; how IKI values combine was not seen. Reading: the mean of the nilai capaian IKI, weighted by the IKI bobot when every IKI has one.',
        },
      ),
      description: t(
        'Nilai capaian rencana = rata-rata nilai capaian IKI (MEAN) atau poin kategori (POINTS)',
        'Nilai capaian rencana = mean of the nilai capaian IKI (MEAN) or kategori points (POINTS)',
      ),
    },
    poinRencana: {
      value: {
        poin: { SANGAT_BAIK: 16, BAIK: 13, CUKUP: 8, KURANG: 3, SANGAT_KURANG: 1 },
        ambang: [
          { min: 43, nilai: '120' },
          { min: 34, nilai: '100' },
          { min: 19, nilai: '80' },
          { min: 7, nilai: '60' },
          { min: 0, nilai: '25' },
        ],
      },
      ref: ref(PERMEN, 'UNCERTAIN', 'tidak ditemukan dalam teks', {
        note: 'One public implementation: points SB 16 / B 13 / C 8 / K 3 / SK 1 summed; > 42 → 120 (written min 43: points are integers), ≥ 34 → 100, ≥ 19 → 80, ≥ 7 → 60, else 25. Looks app-specific and assumes three aspects per rencana.',
      }),
      description: t(
        'Poin kategori IKI dan ambang nilai rencana (cara POINTS)',
        'IKI kategori points and rencana value thresholds (POINTS method)',
      ),
    },
    kategoriRencana: {
      value: [
        { code: 'SANGAT_BAIK', min: '110' },
        { code: 'BAIK', min: '90' },
        { code: 'CUKUP', min: '70' },
        { code: 'KURANG', min: '50' },
        { code: 'SANGAT_KURANG', min: null },
      ],
      ref: ref(
        PERMEN,
        'UNCERTAIN',
        'Lampiran, Format Penilaian SKP (kolom kategori capaian rencana)',
        {
          source: SOURCES.formatPenilaian,
          note: 'Reading: the kategori of a rencana value on the 0–120 scale follows the bands of PP 30/2019 Pasal 41(5) (without the inovasi condition), which also bound the nilai capaian IKI bands.',
        },
      ),
      description: t(
        'Kategori capaian rencana dari nilainya: ≥110 Sangat Baik, ≥90 Baik, ≥70 Cukup, ≥50 Kurang, selain itu Sangat Kurang',
        'Rencana kategori from its nilai: ≥110 Sangat Baik, ≥90 Baik, ≥70 Cukup, ≥50 Kurang, else Sangat Kurang',
      ),
    },
    bonusTambahan: {
      value: {
        SANGAT_BAIK: '2.4',
        BAIK: '1.6',
        CUKUP: '1',
        KURANG: '0.5',
        SANGAT_KURANG: '0.1',
      },
      ref: ref(PERMEN, 'UNCERTAIN', 'Lampiran, Format Penilaian SKP (B. Kinerja Tambahan)', {
        source: SOURCES.formatPenilaian,
        note: 'Single public implementation; the regulation text was not seen.',
      }),
      description: t(
        'Tambahan nilai SKP per rencana kinerja tambahan (JA/JF) menurut kategorinya',
        'Nilai SKP bonus per kinerja tambahan item (JA/JF) by its kategori',
      ),
    },
    predikat: {
      value: [
        { code: 'SANGAT_BAIK', min: '110' },
        { code: 'BAIK', min: '90' },
        { code: 'CUKUP', min: '70' },
        { code: 'KURANG', min: '50' },
        { code: 'SANGAT_KURANG', min: null },
      ],
      ref: ref(PP30, 'CONFIRMED-2', 'Pasal 41 ayat (5)', {
        source: SOURCES.pp30Pasal41,
        note: 'Huruf a–c (Sangat Baik 110–120 with inovasi, Baik 90–120, Cukup 70–<90) are CONFIRMED from the official text; huruf d–e (Kurang 50–<70, Sangat Kurang <50) are CONFIRMED-2 (news paraphrase, lower bound inclusive as in a–c).',
      }),
      description: t(
        'Predikat kinerja: Sangat Baik ≥110 (dengan inovasi), Baik ≥90, Cukup ≥70, Kurang ≥50, Sangat Kurang <50',
        'Predikat: Sangat Baik ≥110 (with inovasi), Baik ≥90, Cukup ≥70, Kurang ≥50, Sangat Kurang <50',
      ),
    },
    batasPredikat: {
      value: 'LOWER_INCLUSIVE',
      ref: ref(PP30, 'UNCERTAIN', 'Pasal 41 ayat (5)', {
        source: SOURCES.pp30Pasal41,
        note: 'The text states inequalities on the nilai; it does not say whether a nilai with decimals is rounded first. Reading: compare the exact nilai (89.996 is Cukup although it is reported as 90.00).',
      }),
      description: t(
        'Nilai kinerja dibandingkan dengan batas predikat secara eksak',
        'Nilai kinerja is compared with the predikat bounds exactly',
      ),
    },
    nilaiMaks: {
      value: '120',
      ref: ref(PP30, 'CONFIRMED', 'Pasal 41 ayat (5) huruf a dan b', {
        source: SOURCES.pp30Pasal41,
      }),
      description: t('Skala nilai 0–120', 'The 0–120 scale'),
    },
    bobotPenilai: {
      value: { ATASAN: 10000, REKAN_KERJA: 0, BAWAHAN: 0, MASYARAKAT: 0, DIRI_SENDIRI: 0 },
      ref: ref(PP30, 'UNCERTAIN', 'Pasal 41 ayat (4)', {
        source: SOURCES.pp30Pasal41,
        note: 'No official numeric weights for the individual 360° raters were found (regulations.md §2.5). Default: the judgement of the atasan only; an agency sets its own weights.',
      }),
      description: t(
        'Bobot penilai perilaku menurut peran (bawaan: hanya atasan)',
        'Perilaku rater weights by role (default: the atasan only)',
      ),
    },
  },
};
