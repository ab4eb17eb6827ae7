/**
 * "ASN dapat melihat hasil penilaian secara langsung dan mengetahui area mana yang perlu
 * ditingkatkan": the employee's own report card — the capaian of each of their indicators and,
 * where the target is not met, what exactly is missing.
 */
import {
  AppraisalSchema,
  type Calculator,
  decimalCalculator,
  type Iki,
  type IndicatorType,
  NO_TRACE,
  type Text,
  t,
} from '@kinerja/core';
import {
  bacaData,
  DisiplinSchema,
  INDIKATOR_MATARAM,
  KompetensiSchema,
  PencapaianTargetSchema,
} from './indikator.js';

/** One line of the report card. */
export interface BarisRapor {
  readonly iki: string;
  readonly indikator: string;
  /** Capaian in percent, 2 decimals. */
  readonly capaian: string;
  readonly tercapai: boolean;
  /** What to improve, concretely (empty when the target is met). */
  readonly perbaikan: readonly Text[];
}

const TYPES: ReadonlyMap<string, IndicatorType> = new Map(
  INDIKATOR_MATARAM.map((x) => [x.id, x as IndicatorType]),
);
const c: Calculator<ReturnType<typeof decimalCalculator.from>> = decimalCalculator;
const f2 = (x: ReturnType<typeof c.from>) => c.toFixed(c.round(x, 2, 'HALF_UP'), 2);
const targetOf = (iki: Iki) => ('jumlah' in iki.target ? iki.target.jumlah : iki.target.max);

/** The concrete shortfalls of one IKI, from its own data. */
function perbaikan(iki: Iki): Text[] {
  const ctx = { path: [] };
  switch (iki.jenis) {
    case 'mataram.pencapaianTarget': {
      const d = bacaData(iki.jenis, PencapaianTargetSchema, iki, ctx);
      if (!d.ok) return [];
      return d.data.keluaran
        .filter((k) => k.realisasi < k.target)
        .map((k) =>
          t(
            `${k.nama}: ${k.realisasi} dari ${k.target} (kurang ${k.target - k.realisasi})`,
            `${k.nama}: ${k.realisasi} of ${k.target} (${k.target - k.realisasi} short)`,
          ),
        );
    }
    case 'mataram.disiplin': {
      const d = bacaData(iki.jenis, DisiplinSchema, iki, ctx);
      if (!d.ok) return [];
      const target = c.from(targetOf(iki));
      // Most hours that may be missed and still meet the target: wajib × (100 − target) / 100.
      const boleh = c.div(
        c.mul(c.from(d.data.jamKerjaWajib), c.sub(c.from(100), target)),
        c.from(100),
      );
      return [
        t(
          `Jam kerja tidak terpenuhi ${d.data.jamTidakTerpenuhi} jam; agar mencapai ${c.toString(target)}% paling banyak ${f2(boleh)} jam`,
          `${d.data.jamTidakTerpenuhi} working hours not fulfilled; to reach ${c.toString(target)}% at most ${f2(boleh)} hours`,
        ),
      ];
    }
    case 'mataram.kompetensi': {
      const d = bacaData(iki.jenis, KompetensiSchema, iki, ctx);
      if (!d.ok) return [];
      const kurang = c.sub(c.from(targetOf(iki)), c.from(d.data.jpPengembangan));
      return [
        t(
          `Ikuti pengembangan kompetensi ${c.toString(kurang)} JP lagi (baru ${d.data.jpPengembangan} dari ${targetOf(iki)} JP)`,
          `Take ${c.toString(kurang)} more JP of competency development (${d.data.jpPengembangan} of ${targetOf(iki)} JP so far)`,
        ),
      ];
    }
    default:
      return [];
  }
}

/**
 * The employee's report card: every local IKI with its capaian and, below 100 %, what to
 * improve. Rows that do not parse give an empty report card (the appraisal itself reports the
 * issues).
 *
 * @example
 * ```ts
 * for (const b of rapor(row)) console.log(b.indikator, b.capaian, b.perbaikan.map((p) => p.id));
 * ```
 */
export function rapor(row: unknown): BarisRapor[] {
  const parsed = AppraisalSchema.safeParse(row);
  if (!parsed.success) return [];
  const out: BarisRapor[] = [];
  parsed.data.skp?.rencanaHasilKerja.forEach((rhk, i) => {
    rhk.indikator.forEach((iki, j) => {
      const type = TYPES.get(iki.jenis ?? 'standar');
      if (type === undefined) return;
      const r = type.capaian(c, iki, {
        path: ['skp', 'rencanaHasilKerja', i, 'indikator', j],
        tracer: NO_TRACE,
      });
      if (!r.ok) return;
      const tercapai = c.cmp(r.capaian, c.from(100)) >= 0;
      out.push({
        iki: iki.id ?? `${i}.${j}`,
        indikator: iki.indikator,
        capaian: f2(r.capaian),
        tercapai,
        perbaikan: tercapai ? [] : perbaikan(iki),
      });
    });
  });
  return out;
}
