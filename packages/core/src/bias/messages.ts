import { defineMessages } from '../issues/issue.js';

type Rater = { rater: string; n: number };

/**
 * Messages of the objectivity checks (suppression reasons, notes and the plain-language
 * explanations of audit findings), in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * BIAS_MESSAGES.text('SUPPRESSED_GROUP', { min: 5 }).en;
 * // 'Withheld: fewer than 5 people in this group (privacy and statistical stability)'
 * ```
 */
export const BIAS_MESSAGES = defineMessages({
  SUPPRESSED_GROUP: {
    id: (p: { min: number }) =>
      `Disembunyikan: kelompok ini kurang dari ${p.min} orang (privasi dan kestabilan statistik)`,
    en: (p: { min: number }) =>
      `Withheld: fewer than ${p.min} people in this group (privacy and statistical stability)`,
  },
  SUPPRESSED_SECONDARY: {
    id: () =>
      'Disembunyikan agar ukuran kelompok kecil yang disembunyikan tidak dapat dihitung dari selisih total (penyembunyian sekunder)',
    en: () =>
      'Withheld so that the size of a suppressed small group cannot be derived from the totals (secondary suppression)',
  },
  SUPPRESSED_RATER: {
    id: (p: { min: number }) =>
      `Disembunyikan: penilai ini menilai kurang dari ${p.min} pegawai (privasi dan kestabilan statistik)`,
    en: (p: { min: number }) =>
      `Withheld: this rater rated fewer than ${p.min} employees (privacy and statistical stability)`,
  },
  NOTE_FAVOURABLE: {
    id: () =>
      'Rasio dampak = tingkat hasil baik kelompok ÷ tingkat tertinggi; ditandai bila di bawah 0,8 (aturan empat perlima, 29 CFR 1607.4(D)).',
    en: () =>
      'Impact ratio = group favourable rate ÷ highest rate; flagged when below 0.8 (four-fifths rule, 29 CFR 1607.4(D)).',
  },
  NOTE_ADVERSE: {
    id: () =>
      'Rasio dampak = tingkat hasil buruk terendah ÷ tingkat hasil buruk kelompok; ditandai bila di bawah 0,8.',
    en: () => 'Impact ratio = lowest adverse rate ÷ group adverse rate; flagged when below 0.8.',
  },
  RECENCY_HEURISTIC: {
    id: () =>
      'HEURISTIK, bukan uji baku: mengukur apakah nilai akhir lebih mengikuti bukti periode akhir daripada periode awal.',
    en: () =>
      'HEURISTIC, not a standard test: measures whether final ratings follow late-period evidence more than early-period evidence.',
  },
  RATER_LENIENT: {
    id: (p: Rater & { diff: string; method: string; p: string }) =>
      `Penilai ${p.rater} memberi nilai rata-rata ${p.diff} poin lebih tinggi daripada penilai lain (${p.n} pegawai, metode ${p.method}, p terkoreksi ${p.p}). Ini tanda untuk dibahas, bukan bukti.`,
    en: (p: Rater & { diff: string; method: string; p: string }) =>
      `Rater ${p.rater} rates on average ${p.diff} points higher than other raters (${p.n} employees, ${p.method} method, adjusted p ${p.p}). A flag for discussion, not proof.`,
  },
  RATER_SEVERE: {
    id: (p: Rater & { diff: string; method: string; p: string }) =>
      `Penilai ${p.rater} memberi nilai rata-rata ${p.diff} poin lebih rendah daripada penilai lain (${p.n} pegawai, metode ${p.method}, p terkoreksi ${p.p}). Ini tanda untuk dibahas, bukan bukti.`,
    en: (p: Rater & { diff: string; method: string; p: string }) =>
      `Rater ${p.rater} rates on average ${p.diff} points lower than other raters (${p.n} employees, ${p.method} method, adjusted p ${p.p}). A flag for discussion, not proof.`,
  },
  RATER_NO_DIFFERENTIATION: {
    id: (p: Rater & { value: string }) =>
      `Penilai ${p.rater} memberi semua ${p.n} pegawai nilai yang sama (${p.value}); tidak ada pembedaan kinerja.`,
    en: (p: Rater & { value: string }) =>
      `Rater ${p.rater} gave all ${p.n} employees the same rating (${p.value}); no differentiation.`,
  },
  RATER_RANGE_RESTRICTION: {
    id: (p: Rater & { rr: string; p: string }) =>
      `Sebaran nilai dari penilai ${p.rater} hanya ${p.rr} kali sebaran organisasi (${p.n} pegawai, p terkoreksi ${p.p}): nilai terlalu seragam.`,
    en: (p: Rater & { rr: string; p: string }) =>
      `Rater ${p.rater}'s ratings spread only ${p.rr} times the organisation's (${p.n} employees, adjusted p ${p.p}): ratings are too uniform.`,
  },
  RATER_CENTRAL_TENDENCY: {
    id: (p: Rater & { share: string; org: string; p: string }) =>
      `Penilai ${p.rater} menaruh ${p.share} penilaian di kategori tengah, dibanding ${p.org} di organisasi (p terkoreksi ${p.p}).`,
    en: (p: Rater & { share: string; org: string; p: string }) =>
      `Rater ${p.rater} puts ${p.share} of ratings in the middle category, against ${p.org} in the organisation (adjusted p ${p.p}).`,
  },
  RATER_HALO: {
    id: (p: Rater & { h: string; org: string; p: string }) =>
      `Aspek-aspek perilaku dari penilai ${p.rater} bergerak bersama (korelasi rata-rata ${p.h}, organisasi ${p.org}; p terkoreksi ${p.p}): kemungkinan efek halo.`,
    en: (p: Rater & { h: string; org: string; p: string }) =>
      `Rater ${p.rater}'s behaviour dimensions move together (mean correlation ${p.h}, organisation ${p.org}; adjusted p ${p.p}): possible halo effect.`,
  },
  RATER_RECENCY: {
    id: (p: Rater & { index: string }) =>
      `HEURISTIK: nilai akhir dari penilai ${p.rater} lebih mengikuti bukti periode akhir (selisih bobot ${p.index}).`,
    en: (p: Rater & { index: string }) =>
      `HEURISTIC: rater ${p.rater}'s final ratings follow late-period evidence more (weight difference ${p.index}).`,
  },
  RATER_OUTLIER: {
    id: (p: Rater & { mean: string; z: string }) =>
      `Rata-rata nilai dari penilai ${p.rater} (${p.mean}) jauh dari penilai lain (z termodifikasi ${p.z}).`,
    en: (p: Rater & { mean: string; z: string }) =>
      `Rater ${p.rater}'s mean rating (${p.mean}) is far from the other raters' (modified z ${p.z}).`,
  },
  GROUP_FAVOURABLE_GAP: {
    id: (p: {
      group: string;
      rate: string;
      ref: string;
      refRate: string;
      ir: string;
      p: string;
      shortfall: number;
      stability: string;
    }) =>
      `Kelompok ${p.group} memperoleh hasil baik ${p.rate}, dibanding ${p.refRate} pada kelompok ${p.ref} (rasio dampak ${p.ir}; p terkoreksi ${p.p}; kekurangan ${p.shortfall} orang)${p.stability}.`,
    en: (p: {
      group: string;
      rate: string;
      ref: string;
      refRate: string;
      ir: string;
      p: string;
      shortfall: number;
      stability: string;
    }) =>
      `Group ${p.group} receives favourable outcomes at ${p.rate}, against ${p.refRate} for group ${p.ref} (impact ratio ${p.ir}; adjusted p ${p.p}; shortfall ${p.shortfall} persons)${p.stability}.`,
  },
  GROUP_ADVERSE_EXCESS: {
    id: (p: {
      group: string;
      rate: string;
      ref: string;
      refRate: string;
      ir: string;
      p: string;
      shortfall: number;
      stability: string;
    }) =>
      `Kelompok ${p.group} memperoleh hasil buruk ${p.rate}, dibanding ${p.refRate} pada kelompok ${p.ref} (rasio dampak ${p.ir}; p terkoreksi ${p.p}; kelebihan ${p.shortfall} orang)${p.stability}.`,
    en: (p: {
      group: string;
      rate: string;
      ref: string;
      refRate: string;
      ir: string;
      p: string;
      shortfall: number;
      stability: string;
    }) =>
      `Group ${p.group} receives adverse outcomes at ${p.rate}, against ${p.refRate} for group ${p.ref} (impact ratio ${p.ir}; adjusted p ${p.p}; excess ${p.shortfall} persons)${p.stability}.`,
  },
  UNSTABLE_ID: {
    id: () => '; TIDAK STABIL: satu orang berbeda mengubah kesimpulan',
    en: () => '; UNSTABLE: one different person changes the conclusion',
  },
  GROUP_SCORE_GAP: {
    id: (p: { group: string; ref: string; diff: string; g: string; p: string }) =>
      `Nilai rata-rata kelompok ${p.group} ${p.diff} poin di bawah kelompok ${p.ref} (Hedges g ${p.g}; p terkoreksi ${p.p}).`,
    en: (p: { group: string; ref: string; diff: string; g: string; p: string }) =>
      `Group ${p.group}'s mean score is ${p.diff} points below group ${p.ref} (Hedges g ${p.g}; adjusted p ${p.p}).`,
  },
  SELF_SUPERVISOR_GAP: {
    id: (p: { unit: string; n: number; diff: string; dz: string; p: string }) =>
      `Di ${p.unit}, penilaian diri rata-rata ${p.diff} poin berbeda dari penilaian atasan (${p.n} pasangan, d_z ${p.dz}, p terkoreksi ${p.p}).`,
    en: (p: { unit: string; n: number; diff: string; dz: string; p: string }) =>
      `In ${p.unit}, self-ratings differ from supervisor ratings by ${p.diff} points on average (${p.n} pairs, d_z ${p.dz}, adjusted p ${p.p}).`,
  },
  CHECK_NOT_APPLICABLE: {
    id: (p: { check: string; why: string }) => `Pemeriksaan ${p.check} tidak dijalankan: ${p.why}`,
    en: (p: { check: string; why: string }) => `Check ${p.check} not run: ${p.why}`,
  },
  NO_RATER: {
    id: () => 'hasil tidak memuat pejabat penilai',
    en: () => 'the results carry no rater (penilai)',
  },
  NO_DIMENSIONS: {
    id: () => 'tidak ada nilai per aspek/dimensi perilaku',
    en: () => 'there are no per-dimension behaviour scores',
  },
  NO_GROUPS: {
    id: () => 'tidak ada atribut dengan dua kelompok atau lebih',
    en: () => 'no attribute has two or more groups',
  },
  NO_SELF_RATINGS: {
    id: () => 'tidak ada pasangan penilaian diri dan atasan',
    en: () => 'there are no self/supervisor rating pairs',
  },
  NO_EVIDENCE: {
    id: () => 'tidak ada bukti berkala bertanggal',
    en: () => 'there is no time-stamped periodic evidence',
  },
  NOT_A_LIST: {
    id: () => 'Masukan harus berupa daftar hasil evaluate()',
    en: () => 'Input must be a list of evaluate() results',
  },
  INVALID_GROUP_COUNT: {
    id: (p: { group: string }) =>
      `Hitungan kelompok "${p.group}" tidak valid: jumlah dan kejadian harus bilangan bulat dengan 0 ≤ kejadian ≤ jumlah`,
    en: (p: { group: string }) =>
      `Invalid counts for group "${p.group}": total and events must be integers with 0 ≤ events ≤ total`,
  },
  LOW_RELIABILITY: {
    id: (p: { alpha: string; units: number }) =>
      `Kesepakatan antarpenilai rendah: α Krippendorff ${p.alpha} atas ${p.units} pegawai yang dinilai 2+ penilai (di bawah 0,667, batas kesimpulan sementara).`,
    en: (p: { alpha: string; units: number }) =>
      `Low inter-rater agreement: Krippendorff's α ${p.alpha} over ${p.units} employees rated by 2+ raters (below 0.667, the bar for tentative conclusions).`,
  },
  UNKNOWN_PREDIKAT_THRESHOLD: {
    id: (p: { value: string }) => `Predikat ambang "${p.value}" tidak dikenal`,
    en: (p: { value: string }) => `Unknown threshold predikat "${p.value}"`,
  },
});
