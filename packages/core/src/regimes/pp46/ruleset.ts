import { t } from '../../i18n/text.js';
import { ref } from '../../ruleset/legal.js';
import type { Pp46Ruleset } from '../../ruleset/types.js';
import { PP46_REFS, PP46_SOURCES as S } from './refs.js';

const PP46 = 'PP 46/2011';
const PERKA = 'Perka BKN 1/2013';
const PERMENSOS = 'Permensos 5/2012';

/**
 * The national PP 46/2011 + Perka BKN 1/2013 ruleset ("Penilaian Prestasi Kerja PNS"),
 * appraisal years 2014–2020. Numbers seen in two or more independent sources (60/40, 1.76,
 * the `≤ 24` edge, `/3` vs `/4`, tugas tambahan 1/2/3, sebutan 91/76/61/51) are CONFIRMED-2;
 * kreativitas points, the clamp at 0, the kuantitas/kualitas cap, the exclusion of target-0
 * kegiatan, the band boundary mode, kepemimpinan-only-structural and the kreativitas
 * aggregation are readings (UNCERTAIN) with the spec's defaults.
 *
 * Some agencies also used this regime for January–June 2021: such appraisals must pick it
 * explicitly (`rulesetId: 'pp46-2011'`), since its effective dates end on 2020-12-31.
 *
 * @example
 * ```ts
 * import { pp46_2011 } from '@kinerja/core';
 * pp46_2011.params.nilaiTertimbang.value; // '1.76'
 * pp46_2011.params.bobot.value; // { SKP: 6000, PERILAKU: 4000 }
 * pp46_2011.params.clampNegatif.ref.status; // 'UNCERTAIN'
 * ```
 */
export const pp46_2011: Pp46Ruleset = {
  id: 'pp46-2011',
  version: '1.0.0',
  regime: 'PP46_2011',
  title: t(
    'Penilaian Prestasi Kerja PNS (PP 46/2011, Perka BKN 1/2013)',
    'Civil-servant work-performance appraisal (PP 46/2011, Perka BKN 1/2013)',
  ),
  effective: { from: '2014-01-01', to: '2020-12-31' },
  legalBasis: [PP46_REFS.pp46, PP46_REFS.perka],
  rounding: {
    value: { dp: 2, mode: 'HALF_UP' },
    ref: ref('Kinerja', 'UNCERTAIN', undefined, {
      note: 'The forms show two decimals (e.g. 85.50); the rounding mode is not stated. Reported values are rounded half-up to 2 decimals; every decision uses exact values.',
    }),
    description: t(
      'Pembulatan nilai yang dilaporkan (2 desimal, setengah ke atas)',
      'Rounding of reported values (2 decimals, half up)',
    ),
  },
  indicatorTypes: ['standar'],
  params: {
    bobot: {
      value: { SKP: 6000, PERILAKU: 4000 },
      ref: ref(
        PP46,
        'CONFIRMED-2',
        'Unsur penilaian prestasi kerja (SKP 60 %, perilaku kerja 40 %)',
        {
          source: `${S.deckBkn}; ${S.deckPp46}; ${S.slideplayer}`,
          note: 'BKN training deck: "a. SKP bobotnya 60 %, b. Perilaku kerja bobotnya 40 %". Both weights apply to every PNS, structural or not (one public implementation used 60/100 for the perilaku of non-structural staff: a bug).',
        },
      ),
      description: t(
        'Bobot unsur SKP dan perilaku kerja (basis poin)',
        'Weights of the SKP and perilaku kerja elements (basis points)',
      ),
    },
    nilaiTertimbang: {
      value: '1.76',
      ref: ref(
        PERKA,
        'CONFIRMED-2',
        'Lampiran: Pengukuran SKP, aspek waktu dan biaya (nilai tertimbang)',
        {
          source: `${S.mencariNt}; ${S.rumusSkpXls}`,
          note: 'Chosen so that a realisasi of 76 % of the target gives exactly 100: (1.76 × 12 − 9.12) / 12 × 100 = 100.',
        },
      ),
      description: t(
        'Nilai tertimbang (NT) rumus waktu dan biaya',
        'Weighted constant (NT) of the time and cost formulas',
      ),
    },
    batasEfisiensi: {
      value: '24',
      ref: ref(PERKA, 'CONFIRMED-2', 'Lampiran: tingkat efisiensi ≤ 24 % / > 24 %', {
        source: `${S.blogWaktu}; ${S.rumusSkpXls}`,
        note: 'Exact comparison: E ≤ 24 → rumus 1, E > 24 → rumus 2. Several repositories get the edge wrong (< 25, or < 24 without = 24).',
      }),
      description: t(
        'Batas efisiensi (persen) antara rumus 1 dan rumus 2',
        'Efficiency edge (percent) between formula 1 and formula 2',
      ),
    },
    basisCabang2: {
      value: '76',
      ref: ref(PERKA, 'CONFIRMED-2', 'Lampiran: rumus efisiensi > 24 %', {
        source: `${S.ekinerjaSql}; identical code in unrelated public implementations`,
        note: 'The official text was not seen (the blog shows this branch only as an image). Formula: 76 − ((((1.76 × T − R) / T) × 100) − 100), dividing by the target.',
      }),
      description: t(
        'Konstanta 76 pada rumus efisiensi > 24 %',
        'The constant 76 of the > 24 % efficiency formula',
      ),
    },
    clampNegatif: {
      value: true,
      ref: ref(PERKA, 'UNCERTAIN', 'Lampiran: aspek waktu/biaya, keterlambatan', {
        note: 'No floor was seen: rumus 1 reaches 0 at R = 1.76 × T and goes negative beyond. Reading: clamp at 0.',
      }),
      description: t(
        'Nilai waktu/biaya negatif (realisasi > 1,76 × target) dijadikan 0',
        'Negative time/cost scores (realisasi > 1.76 × target) become 0',
      ),
    },
    batasAtasKuantitasKualitas: {
      value: null,
      ref: ref(PERKA, 'UNCERTAIN', 'Lampiran: aspek kuantitas dan kualitas', {
        note: 'The formula allows more than 100 %; no cap was seen in Perka BKN 1/2013. Reading: no cap (null); an agency may set one, e.g. "100".',
      }),
      description: t(
        'Batas atas capaian kuantitas/kualitas (persen); null = tanpa batas',
        'Cap of the quantity/quality scores (percent); null = no cap',
      ),
    },
    realisasiNolSemuaNol: {
      value: true,
      ref: ref(PERKA, 'CONFIRMED-2', 'Lampiran: kegiatan atau target tidak terlaksana', {
        source: `${S.blogBagian3}; ${S.ekinerjaSql}`,
        note: 'A kegiatan whose realisasi kuantitas is 0 scores 0 on every aspect (blog variant "kegiatan atau target tidak terlaksana"; public implementations zero all aspects when RO = 0).',
      }),
      description: t(
        'Realisasi kuantitas 0 → semua aspek kegiatan bernilai 0',
        'Realisasi kuantitas 0 → every aspect of the kegiatan scores 0',
      ),
    },
    targetNolDikecualikan: {
      value: true,
      ref: ref(PERKA, 'UNCERTAIN', 'Lampiran: Nilai Capaian SKP (jumlah kegiatan)', {
        source: 'public implementations (`hh` flag)',
        note: 'Kegiatan whose target kuantitas is 0 are left out of the average. Not seen in the official text. With false, a target of 0 is an input error.',
      }),
      description: t(
        'Kegiatan dengan target kuantitas 0 tidak dihitung dalam rata-rata',
        'Kegiatan with a quantity target of 0 are left out of the average',
      ),
    },
    tugasTambahan: {
      value: [
        { min: 0, nilai: '0' },
        { min: 1, nilai: '1' },
        { min: 4, nilai: '2' },
        { min: 7, nilai: '3' },
      ],
      ref: ref(PERKA, 'CONFIRMED-2', 'Lampiran: Penilaian Tugas Tambahan', {
        source: `${S.ekinerjaSql}; a second, unrelated public implementation (≤ 3 → 1, ≤ 6 → 2, > 6 → 3)`,
        note: 'Each tugas tambahan is backed by a surat perintah. 0 → 0; 1–3 → 1; 4–6 → 2; 7 or more → 3.',
      }),
      description: t(
        'Nilai tugas tambahan menurut jumlah tugas (baris dengan min terbesar ≤ jumlah)',
        'Additional-task points by number of tasks (the row with the largest min ≤ count)',
      ),
    },
    kreativitas: {
      value: { UNIT_KERJA: '3', ORGANISASI: '6', NEGARA: '12' },
      ref: ref(PERKA, 'UNCERTAIN', 'Lampiran: Penilaian Kreativitas', {
        source: S.kamikamu,
        note: 'From memory; the text was not seen. Unit kerja (statement signed by the head of the unit, eselon II) → 3; organisation (signed by the PPK) → 6; state (signed by the President) → 12.',
      }),
      description: t(
        'Nilai kreativitas menurut tingkat surat keterangan',
        'Creativity points by level of the statement letter',
      ),
    },
    kreativitasAgregasi: {
      value: 'MAX',
      ref: ref(PERKA, 'UNCERTAIN', 'Lampiran: Penilaian Kreativitas', {
        note: 'How several kreativitas claims in one year combine was not seen. Reading: the highest one counts (MAX); SUM is the alternative.',
      }),
      description: t(
        'Cara menggabungkan beberapa kreativitas (MAX = tertinggi, SUM = dijumlah)',
        'How several creativity claims combine (MAX = highest, SUM = added)',
      ),
    },
    kepemimpinanHanyaStruktural: {
      value: true,
      ref: ref(PP46, 'UNCERTAIN', 'Pasal 12 ayat (2)', {
        source: S.samparona,
        note: 'Kepemimpinan is assessed only for PNS holding a jabatan struktural (from memory, consistent with Pasal 12(2); the excerpt seen stopped before kepemimpinan). With true: a structural post must be scored on kepemimpinan, and a kepemimpinan score given to a non-structural post is ignored with a warning. With false: every aspect given is counted.',
      }),
      description: t(
        'Aspek kepemimpinan hanya dinilai untuk jabatan struktural',
        'Kepemimpinan is assessed for structural posts only',
      ),
    },
    nilaiPerilakuMaks: {
      value: '100',
      ref: ref(PERMENSOS, 'CONFIRMED', 'Pasal 14 ayat (3)', {
        source: S.permensos,
        note: '"Nilai perilaku kerja dapat diberikan paling tinggi 100": an agency regulation implementing PP 46/2011; the 0–100 scale (91–100 Sangat Baik … ≤ 50 Buruk) is the national reading.',
      }),
      description: t(
        'Nilai tertinggi setiap aspek perilaku',
        'Highest score of each perilaku aspect',
      ),
    },
    sebutan: {
      value: [
        { code: 'SANGAT_BAIK', min: '91' },
        { code: 'BAIK', min: '76' },
        { code: 'CUKUP', min: '61' },
        { code: 'KURANG', min: '51' },
        { code: 'BURUK', min: null },
      ],
      ref: ref(PP46, 'CONFIRMED-2', 'Pasal 17 (article number from memory)', {
        source: `${S.mencariNt}; ${S.deckBkn}`,
        note: '"Sangat baik 91–100; Baik 76–90; Cukup 61–75; Kurang 51–60; Buruk 50 ke bawah".',
      }),
      description: t(
        'Sebutan nilai prestasi kerja (batas bawah, dari yang terbaik)',
        'Work-performance categories (lower bounds, best first)',
      ),
    },
    batasSebutan: {
      value: 'LOWER_INCLUSIVE',
      ref: ref(PP46, 'UNCERTAIN', 'Pasal 17 (nilai bukan bilangan bulat)', {
        note: 'The text gives integer ranges only. Reading: each lower bound inclusive, exact comparison (90.99 is Baik). ROUND_THEN_COMPARE rounds to the reported decimals first (some systems do). Also applies to the hukuman disiplin threshold.',
      }),
      description: t(
        'Penempatan nilai bukan bilangan bulat pada sebutan',
        'How non-integer values are placed in the categories',
      ),
    },
    batasHukdis: {
      value: '50',
      ref: ref(PERKA, 'CONFIRMED-2', 'Nilai SKP tidak mencapai 50 %', {
        source: S.rumusDeck,
        note: '"b. Nilai SKP Tidak Mencapai 50 % dijatuhi hukuman disiplin" (deck only): flagged when nilai SKP < 50.',
      }),
      description: t(
        'Nilai SKP di bawah batas ini → hukuman disiplin',
        'A nilai SKP below this → disciplinary punishment',
      ),
    },
    bobotPenilai: {
      value: { ATASAN: 10000, REKAN_KERJA: 0, BAWAHAN: 0, MASYARAKAT: 0, DIRI_SENDIRI: 0 },
      ref: ref(PERMENSOS, 'CONFIRMED', 'Pasal 14 ayat (2)', {
        source: S.permensos,
        note: 'Perilaku is assessed by observation of the pejabat penilai, who may consider input from other officials; it is not a 360° process. Other raters are recorded as considered with weight 0 (agency regulation implementing PP 46/2011).',
      }),
      description: t(
        'Bobot penilai perilaku (basis poin); hanya pejabat penilai (atasan)',
        'Perilaku rater weights (basis points); the pejabat penilai (atasan) only',
      ),
    },
  },
};
