/* Kenaikan pangkat: predikat kinerja of the last two years (regulations.md §4.3). */
import { LABELS, type PredikatPegawai } from '../codes.js';
import { type Text, t } from '../i18n/text.js';
import type { Issue, Warning } from '../issues/issue.js';
import { IsoDateSchema } from '../model/primitives.js';
import { type LegalRef, ref } from '../ruleset/legal.js';
import type { Param } from '../ruleset/types.js';
import { createTracer, type TraceStep, type TraceValue } from '../trace/trace.js';
import { CONSEQUENCE_MESSAGES as M } from './messages.js';
import { PREDIKAT_ORDINAL, type PredikatApapun, predikatOrdinal } from './predikat.js';

/**
 * A dated, referenced ruleset for the predikat condition of kenaikan pangkat.
 *
 * @example
 * ```ts
 * const strict: KenaikanPangkatRuleset = {
 *   ...kenaikan_pangkat,
 *   params: { ...kenaikan_pangkat.params, jumlahTahun: { ...kenaikan_pangkat.params.jumlahTahun, value: 3 } },
 * };
 * ```
 */
export interface KenaikanPangkatRuleset {
  readonly id: string;
  readonly version: string;
  readonly title: Text;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly legalBasis: readonly LegalRef[];
  readonly params: {
    /** How many of the last years must meet the minimum. */
    readonly jumlahTahun: Param<number>;
    /** The minimum predikat ("sekurang-kurangnya bernilai baik"). */
    readonly predikatMinimum: Param<PredikatPegawai>;
    /** Whether "baik" means Baik or better (natural reading) or exactly Baik. */
    readonly bacaanMinimum: Param<'SAMA_ATAU_LEBIH_BAIK' | 'TEPAT'>;
    /**
     * Which years are "the last N years" on date `asOf`: the N calendar years before the
     * year of `asOf` (the current year's annual predikat does not exist yet), or the N
     * years ending with the year of `asOf`.
     */
    readonly tahunAcuan: Param<'SEBELUM_TAHUN_ASOF' | 'TERMASUK_TAHUN_ASOF'>;
  };
}

const PP99 = 'https://pasal.id/en/peraturan/pp/pp-no-99-tahun-2000/koreksi/9183467';

/**
 * The predikat condition of kenaikan pangkat (KP reguler and KP jabatan fungsional): every
 * appraisal of the last 2 years at least "baik" (PP 99/2000, CONFIRMED; in the PermenPANRB
 * 6/2022 era read as predikat ≥ Baik, CONFIRMED-2). The other KP conditions (years in
 * pangkat, angka kredit) are not part of this ruleset.
 *
 * @example
 * ```ts
 * kenaikan_pangkat.params.jumlahTahun.value; // 2
 * kenaikan_pangkat.params.bacaanMinimum.value; // 'SAMA_ATAU_LEBIH_BAIK'
 * ```
 */
export const kenaikan_pangkat: KenaikanPangkatRuleset = {
  id: 'kenaikan-pangkat-predikat',
  version: '1.0.0',
  title: t(
    'Syarat predikat kinerja untuk kenaikan pangkat',
    'Performance predikat condition of kenaikan pangkat (promotion in rank)',
  ),
  effective: { from: '2000-11-15' },
  legalBasis: [
    ref('PP 99/2000', 'CONFIRMED', 'Pasal 13', { source: PP99 }),
    ref('PermenPANRB 6/2022', 'CONFIRMED-2', 'Predikat kinerja sebagai syarat kenaikan pangkat', {
      source:
        'https://amp.suara.com/bisnis/2025/12/07/072808/asn-bisa-naik-pangkat-tiap-bulan-mulai-2025-ini-syaratnya',
    }),
  ],
  params: {
    jumlahTahun: {
      value: 2,
      ref: ref('PP 99/2000', 'CONFIRMED', 'Pasal 13 — "dalam 2 (dua) tahun terakhir"', {
        source: `${PP99}; https://bkpsdm.tegalkab.go.id/main/page/29/kenaikan-pangkat`,
      }),
    },
    predikatMinimum: {
      value: 'BAIK',
      ref: ref(
        'PP 99/2000',
        'CONFIRMED',
        'Pasal 13 — "setiap unsur penilaian … sekurang-kurangnya bernilai baik"',
        {
          source: PP99,
          note: 'In the PermenPANRB 6/2022 era: predikat kinerja Baik for 2 years (CONFIRMED-2, suara.com 2025).',
        },
      ),
    },
    bacaanMinimum: {
      value: 'SAMA_ATAU_LEBIH_BAIK',
      ref: ref('PP 99/2000', 'UNCERTAIN', 'Pasal 13', {
        note: 'Whether "baik" means Baik or better is not stated; "≥ Baik" is the natural reading.',
      }),
      description: t('"Baik" dibaca sebagai Baik atau lebih baik', '"Baik" read as Baik or better'),
    },
    tahunAcuan: {
      value: 'SEBELUM_TAHUN_ASOF',
      ref: ref('Kinerja', 'UNCERTAIN', undefined, {
        note: 'The "last 2 years" are read as the two calendar years before the year of the proposal date; since 2024 proposals may rely on periodic appraisals, which this reading does not cover.',
      }),
      description: t(
        '"Dua tahun terakhir" = dua tahun kalender sebelum tahun usulan',
        '"The last two years" = the two calendar years before the year of the proposal',
      ),
    },
  },
};

/** One year of the appraisal history: a predikat or sebutan of any regime. */
export interface RiwayatPredikat {
  readonly tahun: number;
  readonly predikat: PredikatApapun;
}

/** Per-year verdict in {@link PromotionResult}. */
export interface TahunPenilaian {
  readonly tahun: number;
  /** The deciding (worst) predikat of that year, or `null` when the year is missing. */
  readonly predikat: PredikatApapun | null;
  readonly memenuhi: boolean;
}

/** Result of {@link promotionEligibility}. */
export type PromotionResult =
  | {
      readonly ok: true;
      readonly eligible: boolean;
      readonly tahun: readonly TahunPenilaian[];
      /** Why not eligible (empty when eligible). */
      readonly alasan: readonly Text[];
      readonly trace: readonly TraceStep[];
      readonly warnings: readonly Warning[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const label = (p: PredikatApapun): Text =>
  (LABELS.predikatPegawai as Record<string, Text>)[p] ??
  (LABELS.predikatPp30 as Record<string, Text>)[p] ??
  (LABELS.sebutanPp46 as Record<string, Text>)[p] ?? { id: p, en: p };

/**
 * Whether the appraisal history meets the predikat condition of kenaikan pangkat: a predikat
 * of at least Baik in each of the last 2 years. PP 46/2011 sebutan, PP 30/2019 predikat and
 * PermenPANRB 6/2022 predikat are compared on one ordinal scale (Cukup ≡ Butuh Perbaikan).
 * A missing year makes the employee not eligible, with the reason; a year with several
 * appraisals (e.g. the two 2021 periods) is decided by its worst one. Never throws.
 *
 * @example
 * ```ts
 * const r = promotionEligibility(
 *   [{ tahun: 2023, predikat: 'BAIK' }, { tahun: 2024, predikat: 'SANGAT_BAIK' }],
 *   { asOf: '2025-04-01' },
 * );
 * // r.ok && r.eligible === true
 * const s = promotionEligibility([{ tahun: 2024, predikat: 'BAIK' }], { asOf: '2025-04-01' });
 * // s.ok && s.eligible === false (2023 is missing)
 * ```
 */
export function promotionEligibility(
  history: readonly RiwayatPredikat[],
  options: { readonly asOf: string; readonly ruleset?: KenaikanPangkatRuleset },
): PromotionResult {
  const rs = options?.ruleset ?? kenaikan_pangkat;
  const issues: Issue[] = [];
  const asOf = options?.asOf;
  if (!IsoDateSchema.safeParse(asOf).success) {
    issues.push(M.issue('DATE_INVALID', ['asOf'], { value: String(asOf) }));
  }
  if (!Array.isArray(history)) {
    issues.push(M.issue('NOT_A_LIST', ['history'], {}));
    return { ok: false, issues };
  }
  const entries: { i: number; tahun: number; predikat: PredikatApapun; ordinal: number }[] = [];
  history.forEach((raw, i) => {
    const e = (raw ?? {}) as Partial<Record<'tahun' | 'predikat', unknown>>;
    const tahunOk =
      typeof e.tahun === 'number' &&
      Number.isInteger(e.tahun) &&
      e.tahun >= 1000 &&
      e.tahun <= 9999;
    if (!tahunOk)
      issues.push(M.issue('TAHUN_INVALID', ['history', i, 'tahun'], { value: String(e.tahun) }));
    const ordinal = predikatOrdinal(e.predikat);
    if (ordinal === undefined) {
      issues.push(
        M.issue('UNKNOWN_PREDIKAT', ['history', i, 'predikat'], {
          value: String(e.predikat),
          diterima: Object.keys(PREDIKAT_ORDINAL).join(', '),
        }),
      );
    }
    if (tahunOk && ordinal !== undefined) {
      entries.push({
        i,
        tahun: e.tahun as number,
        predikat: e.predikat as PredikatApapun,
        ordinal,
      });
    }
  });
  if (issues.length > 0) return { ok: false, issues };

  const p = rs.params;
  const n = p.jumlahTahun.value;
  const yAsOf = Number((asOf as string).slice(0, 4));
  const last = p.tahunAcuan.value === 'SEBELUM_TAHUN_ASOF' ? yAsOf - 1 : yAsOf;
  const years: number[] = [];
  for (let y = last - n + 1; y <= last; y++) years.push(y);
  const min = PREDIKAT_ORDINAL[p.predikatMinimum.value];
  const exact = p.bacaanMinimum.value === 'TEPAT';
  const minLabel = LABELS.predikatPegawai[p.predikatMinimum.value];

  const warnings: Warning[] = [];
  const verdicts: TahunPenilaian[] = [];
  const alasan: Text[] = [];
  for (const y of years) {
    const ofYear = entries.filter((e) => e.tahun === y);
    if (ofYear.length === 0) {
      verdicts.push({ tahun: y, predikat: null, memenuhi: false });
      alasan.push(t(`Tidak ada predikat kinerja tahun ${y}`, `No performance predikat for ${y}`));
      continue;
    }
    if (ofYear.length > 1) {
      warnings.push(
        M.warning(
          'MULTIPLE_ENTRIES_YEAR',
          { tahun: y, jumlah: ofYear.length },
          'kp.predikat.tahunan',
          ['history', (ofYear[0] as (typeof ofYear)[number]).i],
        ),
      );
    }
    // Worst first; equal levels (e.g. BURUK and SANGAT_KURANG) are ordered by code, so the
    // reported predikat does not depend on the order of the history.
    const worst = [...ofYear].sort(
      (a, b) =>
        a.ordinal - b.ordinal || (a.predikat < b.predikat ? -1 : a.predikat > b.predikat ? 1 : 0),
    )[0] as (typeof ofYear)[number];
    const memenuhi = exact ? worst.ordinal === min : worst.ordinal >= min;
    verdicts.push({ tahun: y, predikat: worst.predikat, memenuhi });
    if (!memenuhi) {
      const l = label(worst.predikat);
      alasan.push(
        t(
          `Predikat tahun ${y} "${l.id}" ${exact ? 'bukan' : 'di bawah'} ${minLabel.id}`,
          `The ${y} predikat "${l.en}" is ${exact ? 'not' : 'below'} ${minLabel.en}`,
        ),
      );
    }
  }
  const eligible = verdicts.every((v) => v.memenuhi);

  const tracer = createTracer(true);
  tracer.step({
    rule: 'kp.predikat.tahunAcuan',
    title: t('Tahun yang dinilai', 'Years considered'),
    ref: p.tahunAcuan.ref,
    path: 'asOf',
    inputs: { asOf: asOf as string, jumlahTahun: n },
    output: years,
    parameter: {
      name: 'tahunAcuan',
      value: p.tahunAcuan.value,
      isDefault: p.tahunAcuan.overriddenBy === undefined,
    },
    explanation: t(
      `${n} tahun terakhir per ${asOf}: ${years.join(', ')} (bacaan: ${p.tahunAcuan.value === 'SEBELUM_TAHUN_ASOF' ? 'tahun kalender sebelum tahun usulan' : 'termasuk tahun usulan'}).`,
      `The last ${n} years as of ${asOf}: ${years.join(', ')} (reading: ${p.tahunAcuan.value === 'SEBELUM_TAHUN_ASOF' ? 'calendar years before the proposal year' : 'including the proposal year'}).`,
    ),
  });
  tracer.step({
    rule: 'kp.predikat.minimum',
    title: t('Predikat minimum tiap tahun', 'Minimum predikat in each year'),
    ref: p.predikatMinimum.ref,
    inputs: {
      tahun: verdicts.map((v) => ({
        tahun: v.tahun,
        predikat: v.predikat,
        memenuhi: v.memenuhi,
      })) as TraceValue,
      minimum: p.predikatMinimum.value,
    },
    output: eligible,
    parameter: {
      name: 'bacaanMinimum',
      value: p.bacaanMinimum.value,
      isDefault: p.bacaanMinimum.overriddenBy === undefined,
    },
    explanation: t(
      `Setiap tahun ${years.join(' dan ')} harus berpredikat ${exact ? 'tepat' : 'sekurang-kurangnya'} ${minLabel.id} (Cukup = Butuh Perbaikan; sebutan PP 46 disetarakan): ${verdicts.map((v) => `${v.tahun} ${v.predikat === null ? 'tidak ada' : label(v.predikat).id} ${v.memenuhi ? '✓' : '✗'}`).join('; ')} → ${eligible ? 'memenuhi' : 'tidak memenuhi'}.`,
      `Each year ${years.join(' and ')} must be ${exact ? 'exactly' : 'at least'} ${minLabel.en} (Cukup = Butuh Perbaikan; PP 46 sebutan aligned): ${verdicts.map((v) => `${v.tahun} ${v.predikat === null ? 'missing' : label(v.predikat).en} ${v.memenuhi ? '✓' : '✗'}`).join('; ')} → ${eligible ? 'eligible' : 'not eligible'}.`,
    ),
  });
  warnings.push(M.warning('READING_USED', { param: 'tahunAcuan' }, 'kp.predikat.tahunAcuan'));
  warnings.push(M.warning('READING_USED', { param: 'bacaanMinimum' }, 'kp.predikat.minimum'));
  return { ok: true, eligible, tahun: verdicts, alasan, trace: tracer.steps, warnings };
}
