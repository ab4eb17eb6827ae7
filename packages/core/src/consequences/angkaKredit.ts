/* Peraturan BKN 3/2023: predikat kinerja → angka kredit jabatan fungsional (regulations.md §4.2). */
import type { Calculator, DecimalInput, RoundingMode } from '../arith/calculator.js';
import { decimalCalculator } from '../arith/decimal.js';
import { LABELS, PREDIKAT_PEGAWAI, type PredikatPegawai } from '../codes.js';
import { type Text, t } from '../i18n/text.js';
import type { Issue, Warning } from '../issues/issue.js';
import { safeParseWith } from '../issues/zod.js';
import { JenjangSchema } from '../model/pegawai.js';
import { monthsIn, type Periode, PeriodeSchema } from '../model/periode.js';
import { DecimalInputSchema } from '../model/primitives.js';
import { type LegalRef, ref } from '../ruleset/legal.js';
import type { Param, RoundingPolicy } from '../ruleset/types.js';
import { createTracer, type TraceStep } from '../trace/trace.js';
import { CONSEQUENCE_MESSAGES as M } from './messages.js';
import { toPredikatPegawai } from './predikat.js';

/**
 * Jenjang jabatan fungsional that earn angka kredit (keahlian and keterampilan).
 *
 * @example
 * ```ts
 * JENJANG_JF.includes('AHLI_MUDA'); // true
 * ```
 */
export const JENJANG_JF = JenjangSchema.exclude(['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA']).options;
export type JenjangJf = (typeof JENJANG_JF)[number];

/** Cumulative AK needed for kenaikan pangkat and for kenaikan jenjang; `null` = none in the table. */
export interface KebutuhanAngkaKredit {
  readonly pangkat: string | null;
  readonly jenjang: string | null;
}

/**
 * A dated, referenced angka kredit ruleset (plain data: serialises to JSON). An agency or a
 * newer PermenPANRB jabatan fungsional extends {@link perbkn_3_2023}.
 *
 * @example
 * ```ts
 * const mine: AngkaKreditRuleset = {
 *   ...perbkn_3_2023,
 *   id: 'perbkn-3-2023+pranata-komputer',
 *   params: {
 *     ...perbkn_3_2023.params,
 *     koefisien: {
 *       ...perbkn_3_2023.params.koefisien,
 *       AHLI_MUDA: { value: '25', ref: ref('PermenPANRB 1/2023', 'CONFIRMED', 'Lampiran') },
 *     },
 *   },
 * };
 * ```
 */
export interface AngkaKreditRuleset {
  readonly id: string;
  readonly version: string;
  readonly title: Text;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly legalBasis: readonly LegalRef[];
  readonly rounding: Param<RoundingPolicy>;
  readonly params: {
    /** Percent of the koefisien earned per predikat (decimal strings, `'150'` = 150 %). */
    readonly persenPredikat: Param<Readonly<Record<PredikatPegawai, string>>>;
    /** Annual koefisien per jenjang, each with its own status. */
    readonly koefisien: Readonly<Record<JenjangJf, Param<string>>>;
    /** Cumulative AK needed for pangkat and jenjang (integrasi/konversi scheme). */
    readonly kebutuhan: Param<Readonly<Partial<Record<JenjangJf, KebutuhanAngkaKredit>>>>;
  };
}

const DECK =
  'https://id.scribd.com/presentation/694983391/3-PERHITUNGAN-KONVERSI-PREDIKAT-KINERJA-PERBKN-NO-3-TAHUN-2023-TEKNIS';
const KOEF_UNCERTAIN = (jenjang: string, nilai: string): Param<string> => ({
  value: nilai,
  ref: ref('PerBKN 3/2023 / PermenPANRB 1/2023', 'UNCERTAIN', `Koefisien tahunan ${jenjang}`, {
    source: 'SIASN referensi koefisien (ws-siasn-php src/Data/Referensi); from memory',
    note: 'Not seen in an official text or two independent sources; overridable.',
  }),
});

/**
 * The AK formula itself (PerBKN 3/2023, BKN Direktorat Jabatan ASN deck).
 *
 * @example
 * ```ts
 * AK_FORMULA_REF.status; // 'CONFIRMED-2'
 * ```
 */
export const AK_FORMULA_REF: LegalRef = ref(
  'PerBKN 3/2023',
  'CONFIRMED-2',
  'Konversi predikat kinerja ke angka kredit',
  {
    source: `${DECK}; https://id.scribd.com/presentation/695385622/PDF-Ppt-Sosialisasi-Perbkn-No-3-Tahun-2023-Teknis-Bu-Ika1-Compress`,
    note: 'AK_periodik = (bulan / 12) × %predikat × koefisien; worked examples: Ahli Pertama Sangat Baik → 18.75; Baik 2 bulan → 2.08.',
  },
);

/**
 * Peraturan BKN 3/2023 angka kredit ruleset: predikat percentages (CONFIRMED-2), annual
 * koefisien per jenjang (Ahli Pertama 12.5 and Ahli Madya 37.5 CONFIRMED-2; the others
 * UNCERTAIN) and the cumulative AK needed for pangkat/jenjang (CONFIRMED-2).
 *
 * @example
 * ```ts
 * import { perbkn_3_2023 } from '@kinerja/core/consequences';
 * perbkn_3_2023.params.persenPredikat.value.SANGAT_BAIK; // '150'
 * perbkn_3_2023.params.koefisien.AHLI_PERTAMA.value; // '12.5'
 * perbkn_3_2023.params.kebutuhan.value.AHLI_MUDA; // { pangkat: '100', jenjang: '200' }
 * ```
 */
export const perbkn_3_2023: AngkaKreditRuleset = {
  id: 'perbkn-3-2023',
  version: '1.0.0',
  title: t(
    'Angka kredit jabatan fungsional dari predikat kinerja (Peraturan BKN 3/2023)',
    'Jabatan fungsional angka kredit from the performance predikat (BKN Regulation 3/2023)',
  ),
  effective: { from: '2023-01-01' },
  legalBasis: [
    ref('PerBKN 3/2023', 'CONFIRMED-2', undefined, { source: DECK }),
    ref('PermenPANRB 1/2023', 'CONFIRMED-2', 'Jabatan fungsional'),
  ],
  rounding: {
    value: { dp: 2, mode: 'HALF_UP' },
    ref: ref('PerBKN 3/2023', 'CONFIRMED-2', 'Contoh perhitungan (2 desimal)', {
      source: DECK,
      note: 'The worked example reports 2/12 × 100% × 12.5 = 2.08.',
    }),
  },
  params: {
    persenPredikat: {
      value: {
        SANGAT_BAIK: '150',
        BAIK: '100',
        BUTUH_PERBAIKAN: '75',
        KURANG: '50',
        SANGAT_KURANG: '25',
      },
      ref: ref('PerBKN 3/2023', 'CONFIRMED-2', 'Persentase predikat kinerja', { source: DECK }),
      description: t(
        'Persentase koefisien menurut predikat: SB 150 %, B 100 %, BP/Cukup 75 %, K 50 %, SK 25 %',
        'Percent of the coefficient by predikat: SB 150 %, B 100 %, BP/Cukup 75 %, K 50 %, SK 25 %',
      ),
    },
    koefisien: {
      AHLI_PERTAMA: {
        value: '12.5',
        ref: ref('PerBKN 3/2023', 'CONFIRMED-2', 'Koefisien tahunan Ahli Pertama', {
          source: DECK,
        }),
      },
      AHLI_MUDA: KOEF_UNCERTAIN('Ahli Muda', '25'),
      AHLI_MADYA: {
        value: '37.5',
        ref: ref('PermenPANRB 1/2023', 'CONFIRMED-2', 'Koefisien tahunan Ahli Madya', {
          source: 'https://id.scribd.com/document/707496387/PAK-Konversi-NAMA-GURU-2',
        }),
      },
      AHLI_UTAMA: KOEF_UNCERTAIN('Ahli Utama', '50'),
      PEMULA: KOEF_UNCERTAIN('Pemula', '3.75'),
      TERAMPIL: KOEF_UNCERTAIN('Terampil', '5'),
      MAHIR: KOEF_UNCERTAIN('Mahir', '12.5'),
      PENYELIA: KOEF_UNCERTAIN('Penyelia', '25'),
    },
    kebutuhan: {
      value: {
        AHLI_PERTAMA: { pangkat: '50', jenjang: '100' },
        AHLI_MUDA: { pangkat: '100', jenjang: '200' },
        AHLI_MADYA: { pangkat: '150', jenjang: '450' },
        AHLI_UTAMA: { pangkat: '200', jenjang: null },
        TERAMPIL: { pangkat: '50', jenjang: '100' },
        MAHIR: { pangkat: '20', jenjang: '60' },
        PEMULA: { pangkat: '15', jenjang: '15' },
      },
      ref: ref('PerBKN 3/2023', 'CONFIRMED-2', 'Teknis penyesuaian AK (integrasi/konversi)', {
        source:
          'https://id.scribd.com/document/712964724/Teknis-Penyesuaian-AK-dari-Konvensional-ke-Integrasi',
        note: 'No Penyelia row and no jenjang requirement for Ahli Utama in the table.',
      }),
    },
  },
};

/** Input of {@link angkaKredit}. */
export interface AngkaKreditInput {
  /** 6/2022 predikat, or the PP 30/2019 synonym `CUKUP` (≡ `BUTUH_PERBAIKAN`). */
  readonly predikat: PredikatPegawai | 'CUKUP';
  readonly jenjang: JenjangJf;
  /** Months of the period, 1–12 (default 12, or the months of `periode`). */
  readonly bulan?: number;
  readonly periode?: Periode;
  readonly ruleset?: AngkaKreditRuleset;
}

/** Result of {@link angkaKredit}: the reported AK (2 dp) with its trace, or issues. */
export type AngkaKreditResult =
  | {
      readonly ok: true;
      /** Reported AK, rounded by the ruleset (e.g. `'2.08'`). */
      readonly nilai: string;
      readonly predikat: PredikatPegawai;
      readonly jenjang: JenjangJf;
      readonly bulan: number;
      readonly persen: string;
      readonly koefisien: string;
      readonly trace: readonly TraceStep[];
      readonly warnings: readonly Warning[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * The exact AK `bulan × persen × koefisien / 1200` (one division, so the float fast path is
 * exact whenever the result is a short decimal) and its reported string, on any backend.
 *
 * @example
 * ```ts
 * computeAngkaKredit(decimalCalculator, 2, '100', '12.5', { dp: 2, mode: 'HALF_UP' }).reported; // '2.08'
 * ```
 */
export function computeAngkaKredit<T>(
  c: Calculator<T>,
  bulan: number,
  persen: string,
  koefisien: string,
  rounding: { readonly dp: number; readonly mode: RoundingMode },
): { readonly exact: T; readonly reported: string } {
  const exact = c.div(c.mul(c.mul(c.from(bulan), c.from(persen)), c.from(koefisien)), c.from(1200));
  return { exact, reported: c.toFixed(c.round(exact, rounding.dp, rounding.mode), rounding.dp) };
}

const hasJenjang = (x: unknown): x is JenjangJf =>
  typeof x === 'string' && (JENJANG_JF as readonly string[]).includes(x);

/**
 * Angka kredit earned for a period (Peraturan BKN 3/2023):
 * `AK = (bulan / 12) × %predikat × koefisien`, computed exactly and reported to 2 decimals.
 * An unknown predikat or jenjang is an issue, never a silent 100 %. A koefisien that is an
 * UNCERTAIN reading (everything except Ahli Pertama and Ahli Madya) adds a warning.
 *
 * @example
 * ```ts
 * const a = angkaKredit({ predikat: 'SANGAT_BAIK', jenjang: 'AHLI_PERTAMA' });
 * // a.ok && a.nilai === '18.75'   (150 % × 12.5)
 * const b = angkaKredit({ predikat: 'BAIK', jenjang: 'AHLI_PERTAMA', bulan: 2 });
 * // b.ok && b.nilai === '2.08'    (2/12 × 100 % × 12.5)
 * angkaKredit({ predikat: 'B' as never, jenjang: 'AHLI_PERTAMA' }).ok; // false (UNKNOWN_PREDIKAT)
 * ```
 */
export function angkaKredit(input: AngkaKreditInput): AngkaKreditResult {
  const rs = input?.ruleset ?? perbkn_3_2023;
  const issues: Issue[] = [];
  const raw = (input ?? {}) as Partial<Record<keyof AngkaKreditInput, unknown>>;

  const predikat = toPredikatPegawai(raw.predikat);
  if (predikat === undefined) {
    issues.push(
      M.issue('UNKNOWN_PREDIKAT', ['predikat'], {
        value: String(raw.predikat),
        diterima: [...PREDIKAT_PEGAWAI, 'CUKUP'].join(', '),
      }),
    );
  }
  const jenjang =
    hasJenjang(raw.jenjang) && Object.hasOwn(rs.params.koefisien, raw.jenjang)
      ? raw.jenjang
      : undefined;
  if (jenjang === undefined) {
    issues.push(
      M.issue('UNKNOWN_JENJANG', ['jenjang'], {
        value: String(raw.jenjang),
        diterima: Object.keys(rs.params.koefisien).join(', '),
      }),
    );
  }

  let bulan = 12;
  let bulanPeriode: number | undefined;
  if (raw.periode !== undefined) {
    const p = safeParseWith(PeriodeSchema, raw.periode, ['periode']);
    if (!p.success) issues.push(...p.issues);
    else {
      bulanPeriode = monthsIn(p.data);
      if (bulanPeriode < 1 || bulanPeriode > 12) {
        issues.push(M.issue('BULAN_INVALID', ['periode'], { value: String(bulanPeriode) }));
      } else bulan = bulanPeriode;
    }
  }
  if (raw.bulan !== undefined) {
    const b = raw.bulan;
    if (typeof b !== 'number' || !Number.isInteger(b) || b < 1 || b > 12) {
      issues.push(M.issue('BULAN_INVALID', ['bulan'], { value: String(b) }));
    } else if (bulanPeriode !== undefined && bulanPeriode !== b) {
      issues.push(
        M.issue('BULAN_PERIODE_MISMATCH', ['bulan'], { bulan: b, periode: bulanPeriode }),
      );
    } else bulan = b;
  }
  if (predikat === undefined || jenjang === undefined || issues.length > 0)
    return { ok: false, issues };

  const c = decimalCalculator;
  const persenParam = rs.params.persenPredikat;
  const persen = persenParam.value[predikat];
  const koefParam = rs.params.koefisien[jenjang];
  const koefisien = koefParam.value;
  const checkNum = (v: unknown, path: (string | number)[]) => {
    const r = DecimalInputSchema.safeParse(v);
    if (!r.success) issues.push(M.issue('NOT_A_NUMBER', path, { value: String(v) }));
  };
  checkNum(persen, ['ruleset', 'params', 'persenPredikat', 'value', predikat]);
  checkNum(koefisien, ['ruleset', 'params', 'koefisien', jenjang, 'value']);
  if (issues.length > 0) return { ok: false, issues };

  const rounding = rs.rounding.value;
  const { exact, reported } = computeAngkaKredit(c, bulan, persen, koefisien, rounding);

  const warnings: Warning[] = [];
  if (koefParam.ref.status === 'UNCERTAIN') {
    warnings.push(
      M.warning('KOEFISIEN_UNCERTAIN', { jenjang, koefisien }, 'perbkn3.ak.koefisien', ['jenjang']),
    );
  }
  const tracer = createTracer(true);
  const pl = LABELS.predikatPegawai[predikat];
  tracer.step({
    rule: 'perbkn3.ak.persenPredikat',
    title: t('Persentase predikat kinerja', 'Predikat percentage'),
    ref: persenParam.ref,
    path: 'predikat',
    inputs: { predikat: String(raw.predikat) },
    output: persen,
    ...(persenParam.ref.status === 'UNCERTAIN'
      ? {
          parameter: {
            name: 'persenPredikat',
            value: persen,
            isDefault: persenParam.overriddenBy === undefined,
          },
        }
      : {}),
    explanation: t(
      `Predikat "${pl.id}"${raw.predikat === 'CUKUP' ? ' (Cukup menurut PP 30/2019 = Butuh Perbaikan)' : ''} → ${persen}% dari koefisien.`,
      `Predikat "${pl.en}"${raw.predikat === 'CUKUP' ? ' (PP 30/2019 Cukup = Butuh Perbaikan)' : ''} → ${persen}% of the coefficient.`,
    ),
  });
  tracer.step({
    rule: 'perbkn3.ak.koefisien',
    title: t(
      'Koefisien angka kredit tahunan jenjang',
      'Annual angka kredit coefficient of the jenjang',
    ),
    ref: koefParam.ref,
    path: 'jenjang',
    inputs: { jenjang },
    output: koefisien,
    ...(koefParam.ref.status === 'UNCERTAIN'
      ? {
          parameter: {
            name: `koefisien.${jenjang}`,
            value: koefisien,
            isDefault: koefParam.overriddenBy === undefined,
          },
        }
      : {}),
    explanation: t(
      `Koefisien tahunan ${jenjang} = ${koefisien}${koefParam.ref.status === 'UNCERTAIN' ? ' (bacaan, belum terkonfirmasi)' : ''}.`,
      `Annual coefficient of ${jenjang} = ${koefisien}${koefParam.ref.status === 'UNCERTAIN' ? ' (a reading, not confirmed)' : ''}.`,
    ),
  });
  tracer.step({
    rule: 'perbkn3.ak.rumus',
    title: t('Angka kredit periode', 'Angka kredit of the period'),
    ref: AK_FORMULA_REF,
    inputs: { bulan, persen, koefisien },
    output: reported,
    explanation: t(
      `AK = (${bulan}/12) × ${persen}% × ${koefisien} = ${c.toString(exact)} → dibulatkan ${rounding.dp} desimal = ${reported}.`,
      `AK = (${bulan}/12) × ${persen}% × ${koefisien} = ${c.toString(exact)} → rounded to ${rounding.dp} decimals = ${reported}.`,
    ),
  });
  return {
    ok: true,
    nilai: reported,
    predikat,
    jenjang,
    bulan,
    persen,
    koefisien,
    trace: tracer.steps,
    warnings,
  };
}

/** Input of {@link angkaKreditProgress}. */
export interface AngkaKreditProgressInput {
  readonly jenjang: JenjangJf;
  /** Which requirement: kenaikan pangkat or kenaikan jenjang. */
  readonly tujuan: 'PANGKAT' | 'JENJANG';
  /** AK accumulated: a total, or the list of AK earned per period (summed exactly). */
  readonly akumulasi: DecimalInput | readonly DecimalInput[];
  readonly ruleset?: AngkaKreditRuleset;
}

/** Result of {@link angkaKreditProgress}. */
export type AngkaKreditProgressResult =
  | {
      readonly ok: true;
      readonly terkumpul: string;
      readonly dibutuhkan: string;
      /** What is still missing (0 when met), reported to 2 decimals. */
      readonly kekurangan: string;
      readonly terpenuhi: boolean;
      readonly trace: readonly TraceStep[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Reports the angka kredit accumulated against what kenaikan pangkat or kenaikan jenjang
 * needs (PerBKN 3/2023 integrasi/konversi table, CONFIRMED-2). Exact comparison.
 *
 * @example
 * ```ts
 * const p = angkaKreditProgress({ jenjang: 'AHLI_PERTAMA', tujuan: 'PANGKAT', akumulasi: ['18.75', '12.5', '12.5'] });
 * // p.ok && p.terkumpul === '43.75' && p.dibutuhkan === '50' && p.kekurangan === '6.25' && !p.terpenuhi
 * ```
 */
export function angkaKreditProgress(input: AngkaKreditProgressInput): AngkaKreditProgressResult {
  const rs = input?.ruleset ?? perbkn_3_2023;
  const raw = (input ?? {}) as Partial<Record<keyof AngkaKreditProgressInput, unknown>>;
  const issues: Issue[] = [];
  const table = rs.params.kebutuhan;
  const tujuan = raw.tujuan === 'PANGKAT' || raw.tujuan === 'JENJANG' ? raw.tujuan : undefined;
  if (tujuan === undefined) {
    issues.push(M.issue('UNKNOWN_TUJUAN', ['tujuan'], { value: String(raw.tujuan) }));
  }
  const jenjang = hasJenjang(raw.jenjang) ? raw.jenjang : undefined;
  if (jenjang === undefined) {
    issues.push(
      M.issue('UNKNOWN_JENJANG', ['jenjang'], {
        value: String(raw.jenjang),
        diterima: Object.keys(table.value).join(', '),
      }),
    );
  }
  const list = Array.isArray(raw.akumulasi) ? (raw.akumulasi as unknown[]) : [raw.akumulasi];
  const c = decimalCalculator;
  const values: ReturnType<typeof c.from>[] = [];
  list.forEach((v, i) => {
    const path = Array.isArray(raw.akumulasi) ? ['akumulasi', i] : ['akumulasi'];
    const r = DecimalInputSchema.safeParse(v);
    if (!r.success) {
      issues.push(M.issue('NOT_A_NUMBER', path, { value: String(v) }));
      return;
    }
    const x = c.from(r.data);
    if (c.cmp(x, c.from(0)) < 0) issues.push(M.issue('NEGATIVE_VALUE', path, { value: String(v) }));
    else values.push(x);
  });
  if (tujuan === undefined || jenjang === undefined || issues.length > 0)
    return { ok: false, issues };

  const row = table.value[jenjang];
  const need = row === undefined ? null : tujuan === 'PANGKAT' ? row.pangkat : row.jenjang;
  if (need === null) {
    return {
      ok: false,
      issues: [
        M.issue('NO_REQUIREMENT', ['jenjang'], {
          jenjang,
          tujuan: tujuan === 'PANGKAT' ? 'pangkat' : 'jenjang',
        }),
      ],
    };
  }
  let total = c.from(0);
  for (const v of values) total = c.add(total, v);
  const needed = c.from(need);
  const terpenuhi = c.cmp(total, needed) >= 0;
  const { dp, mode } = rs.rounding.value;
  const fmt = (x: ReturnType<typeof c.from>) => c.toFixed(c.round(x, dp, mode), dp);
  const short = terpenuhi ? c.from(0) : c.sub(needed, total);
  const tracer = createTracer(true);
  tracer.step({
    rule: 'perbkn3.ak.kebutuhan',
    title: t(
      'Angka kredit terkumpul terhadap kebutuhan',
      'Angka kredit accumulated against the requirement',
    ),
    ref: table.ref,
    inputs: { jenjang, tujuan, akumulasi: values.map((v) => c.toString(v)) },
    output: { terkumpul: c.toString(total), dibutuhkan: need, terpenuhi },
    explanation: t(
      `AK terkumpul ${c.toString(total)} ${terpenuhi ? '≥' : '<'} kebutuhan ${tujuan === 'PANGKAT' ? 'kenaikan pangkat' : 'kenaikan jenjang'} ${jenjang} ${need}${terpenuhi ? ': terpenuhi' : `: kurang ${c.toString(short)}`}.`,
      `AK accumulated ${c.toString(total)} ${terpenuhi ? '≥' : '<'} the ${tujuan === 'PANGKAT' ? 'pangkat' : 'jenjang'} requirement of ${jenjang} ${need}${terpenuhi ? ': met' : `: ${c.toString(short)} short`}.`,
    ),
  });
  return {
    ok: true,
    terkumpul: fmt(total),
    dibutuhkan: need,
    kekurangan: fmt(short),
    terpenuhi,
    trace: tracer.steps,
  };
}
