import { z } from 'zod';
import { decimalCalculator as c } from '../../arith/decimal.js';
import {
  LABELS,
  PREDIKAT_PEGAWAI,
  type PredikatPegawai,
  RATINGS,
  type Rating,
} from '../../codes.js';
import { type Text, t } from '../../i18n/text.js';
import type { Issue, Warning } from '../../issues/issue.js';
import { safeParseWith } from '../../issues/zod.js';
import { calendarParts } from '../../model/checks.js';
import { type Periode, PeriodeSchema } from '../../model/periode.js';
import type { Pmk6Ruleset } from '../../ruleset/types.js';
import { createTracer, type TraceStep, type TraceValue } from '../../trace/trace.js';
import { PMK6_MESSAGES as M } from './messages.js';
import type { AgregasiTahunan } from './params.js';
import { permenpanrb_6_2022 } from './ruleset.js';

/** One periodic evaluation (bulanan, triwulan…) of one employee. */
export interface PeriodicPredikat {
  readonly periode: Periode;
  /** Optional; when both ratings are given, the predikat is checked against the matrix. */
  readonly ratingHasilKerja?: Rating;
  readonly ratingPerilaku?: Rating;
  readonly predikat: PredikatPegawai;
}

const PeriodicSchema = z.strictObject({
  periode: PeriodeSchema,
  ratingHasilKerja: z.enum(RATINGS).optional(),
  ratingPerilaku: z.enum(RATINGS).optional(),
  predikat: z.enum(PREDIKAT_PEGAWAI),
});

/** Result of {@link aggregateAnnual}. */
export type AnnualOutcome =
  | {
      readonly ok: true;
      readonly predikat: PredikatPegawai;
      readonly label: Text;
      readonly tahun: number;
      /** The reading used (an UNCERTAIN parameter). */
      readonly agregasi: AgregasiTahunan;
      readonly trace: readonly TraceStep[];
      readonly warnings: readonly Warning[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Ordinal of a predikat for RATA_RATA_ORDINAL: Sangat Baik 5 … Sangat Kurang 1. */
const ORDINAL: Record<PredikatPegawai, number> = {
  SANGAT_BAIK: 5,
  BAIK: 4,
  BUTUH_PERBAIKAN: 3,
  KURANG: 2,
  SANGAT_KURANG: 1,
};
const FROM_ORDINAL: Record<number, PredikatPegawai> = {
  5: 'SANGAT_BAIK',
  4: 'BAIK',
  3: 'BUTUH_PERBAIKAN',
  2: 'KURANG',
  1: 'SANGAT_KURANG',
};
/** Worse = larger index (PREDIKAT_PEGAWAI is best first). */
const rank = (p: PredikatPegawai) => PREDIKAT_PEGAWAI.indexOf(p);

function nextDay(iso: string): string {
  const [y, m, d] = calendarParts(iso);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * Derives the annual predikat kinerja pegawai from the periodic ones (PermenPANRB 6/2022 has a
 * periodic and an annual evaluation but no formula linking them, so the reading is the
 * ruleset parameter `agregasiTahunan`, UNCERTAIN):
 *
 * - `PERIODE_TERAKHIR` (default): the predikat of the latest period (the "IV-AKHIR" reading).
 * - `MODUS`: the most frequent predikat, each period counting once; a tie goes to the tied
 *   predikat seen in the most recent period.
 * - `TERBURUK`: the worst periodic predikat.
 * - `RATA_RATA_ORDINAL`: Sangat Baik 5, Baik 4, Butuh Perbaikan 3, Kurang 2, Sangat Kurang 1;
 *   the exact mean is rounded to a whole ordinal with the ruleset's rounding mode (default
 *   HALF_UP: an exact half goes to the better predikat).
 *
 * The input is sorted by period dates first, so the result does not depend on input order.
 * Empty input, overlapping periods and periods from different years are issues; gaps, a
 * partial year and a predikat that disagrees with the matrix for its recorded ratings are
 * warnings. Never throws.
 *
 * @example
 * ```ts
 * const out = aggregateAnnual([
 *   { periode: periode.triwulan(2024, 2), predikat: 'BAIK' },
 *   { periode: periode.triwulan(2024, 1), predikat: 'SANGAT_BAIK' },
 *   { periode: periode.triwulan(2024, 3), predikat: 'BAIK' },
 *   { periode: periode.triwulan(2024, 4), predikat: 'BUTUH_PERBAIKAN' },
 * ], permenpanrb_6_2022);
 * // out.ok && out.predikat === 'BUTUH_PERBAIKAN' (the last period, Triwulan IV)
 * ```
 */
export function aggregateAnnual(
  periodic: readonly PeriodicPredikat[],
  ruleset: Pmk6Ruleset = permenpanrb_6_2022,
): AnnualOutcome {
  if (!Array.isArray(periodic) || periodic.length === 0) {
    return { ok: false, issues: [M.issue('ANNUAL_EMPTY', [], {})] };
  }
  const issues: Issue[] = [];
  const items: { i: number; p: PeriodicPredikat }[] = [];
  periodic.forEach((raw, i) => {
    const r = safeParseWith(PeriodicSchema, raw, [i]);
    if (r.success) items.push({ i, p: r.data });
    else issues.push(...r.issues);
  });
  if (issues.length > 0) return { ok: false, issues };

  const sorted = [...items].sort(
    (a, b) =>
      a.p.periode.mulai.localeCompare(b.p.periode.mulai) ||
      a.p.periode.selesai.localeCompare(b.p.periode.selesai),
  );
  const warnings: Warning[] = [];

  const years = [
    ...new Set(
      sorted.flatMap((x) => [x.p.periode.mulai.slice(0, 4), x.p.periode.selesai.slice(0, 4)]),
    ),
  ];
  if (years.length > 1) {
    issues.push(M.issue('ANNUAL_MIXED_YEARS', [], { tahun: years.join(', ') }));
  }
  let latest = sorted[0] as (typeof sorted)[number];
  for (const cur of sorted.slice(1)) {
    if (cur.p.periode.mulai <= latest.p.periode.selesai) {
      issues.push(
        M.issue('ANNUAL_OVERLAP', [cur.i, 'periode'], {
          other: latest.i,
          label: `${cur.p.periode.mulai}–${cur.p.periode.selesai}`,
        }),
      );
    } else if (cur.p.periode.mulai !== nextDay(latest.p.periode.selesai)) {
      warnings.push(
        M.warning(
          'ANNUAL_GAP',
          { dari: latest.p.periode.selesai, sampai: cur.p.periode.mulai },
          'pmk6.tahunan.agregasi',
          [cur.i, 'periode'],
        ),
      );
    }
    if (cur.p.periode.selesai > latest.p.periode.selesai) latest = cur;
  }
  if (issues.length > 0) return { ok: false, issues };

  const tahun = Number(years[0]);
  const first = (sorted[0] as (typeof sorted)[number]).p.periode.mulai;
  const last = latest.p.periode.selesai;
  if (first !== `${tahun}-01-01` || last !== `${tahun}-12-31`) {
    warnings.push(
      M.warning('ANNUAL_PARTIAL_YEAR', { mulai: first, selesai: last }, 'pmk6.tahunan.agregasi'),
    );
  }

  const matriks = ruleset.params.matriks.value;
  for (const { i, p } of sorted) {
    if (p.ratingHasilKerja === undefined || p.ratingPerilaku === undefined) continue;
    const expected = matriks[p.ratingHasilKerja]?.[p.ratingPerilaku];
    if (expected !== undefined && expected !== p.predikat) {
      warnings.push(
        M.warning(
          'ANNUAL_PREDIKAT_MISMATCH',
          { predikat: p.predikat, matriks: expected },
          'pmk6.predikat.matriks',
          [i, 'predikat'],
        ),
      );
    }
  }

  const param = ruleset.params.agregasiTahunan;
  const mode = param.value;
  const list = sorted.map((x) => x.p.predikat);
  let predikat: PredikatPegawai;
  let how: Text;
  const extra: { [k: string]: TraceValue } = {};
  switch (mode) {
    case 'PERIODE_TERAKHIR': {
      predikat = latest.p.predikat;
      how = t(
        `predikat periode terakhir (${latest.p.periode.mulai} s.d. ${latest.p.periode.selesai})`,
        `the predikat of the last period (${latest.p.periode.mulai} to ${latest.p.periode.selesai})`,
      );
      break;
    }
    case 'TERBURUK': {
      predikat = list.reduce((w, p) => (rank(p) > rank(w) ? p : w));
      how = t('predikat periodik terburuk', 'the worst periodic predikat');
      break;
    }
    case 'MODUS': {
      const count = new Map<PredikatPegawai, number>();
      const lastSeen = new Map<PredikatPegawai, number>();
      list.forEach((p, k) => {
        count.set(p, (count.get(p) ?? 0) + 1);
        lastSeen.set(p, k);
      });
      let best: PredikatPegawai = list[0] as PredikatPegawai;
      for (const [p, n] of count) {
        const bn = count.get(best) ?? 0;
        if (n > bn || (n === bn && (lastSeen.get(p) ?? -1) > (lastSeen.get(best) ?? -1))) best = p;
      }
      predikat = best;
      const tied = [...count].filter(([, n]) => n === count.get(best)).map(([p]) => p);
      extra.frekuensi = Object.fromEntries(count);
      how = t(
        `predikat yang paling sering (${count.get(best)} dari ${list.length} periode)${tied.length > 1 ? `; seri antara ${tied.join(', ')} diputus oleh periode terbaru` : ''}`,
        `the most frequent predikat (${count.get(best)} of ${list.length} periods)${tied.length > 1 ? `; the tie between ${tied.join(', ')} goes to the most recent period` : ''}`,
      );
      break;
    }
    case 'RATA_RATA_ORDINAL': {
      let s = 0;
      for (const p of list) s += ORDINAL[p];
      const mean = c.div(c.from(s), c.from(list.length));
      const { mode: rmode } = ruleset.rounding.value;
      const k = c.toNumber(c.round(mean, 0, rmode));
      predikat = FROM_ORDINAL[k] as PredikatPegawai;
      extra.rataRata = c.toString(mean);
      how = t(
        `rata-rata ordinal (Sangat Baik 5 … Sangat Kurang 1) = ${s}/${list.length} = ${c.toString(mean)}, dibulatkan (${rmode}) ke ${k}`,
        `ordinal mean (Sangat Baik 5 … Sangat Kurang 1) = ${s}/${list.length} = ${c.toString(mean)}, rounded (${rmode}) to ${k}`,
      );
      break;
    }
    default: {
      // A ruleset loaded from JSON may carry an unknown mode: report, never throw.
      return {
        ok: false,
        issues: [
          {
            code: 'UNKNOWN_AGGREGATION',
            path: ['ruleset', 'params', 'agregasiTahunan'],
            severity: 'error',
            message: t(
              `Cara agregasi tahunan "${String(mode)}" tidak dikenal`,
              `Unknown annual aggregation "${String(mode)}"`,
            ),
          },
        ],
      };
    }
  }

  const label = LABELS.predikatPegawai[predikat];
  const tracer = createTracer(true);
  tracer.step({
    rule: 'pmk6.tahunan.agregasi',
    title: t('Predikat tahunan dari predikat periodik', 'Annual predikat from the periodic ones'),
    ref: param.ref,
    inputs: {
      periodik: sorted.map((x) => ({
        mulai: x.p.periode.mulai,
        selesai: x.p.periode.selesai,
        predikat: x.p.predikat,
      })),
      ...extra,
    },
    output: predikat,
    parameter: {
      name: 'agregasiTahunan',
      value: mode,
      isDefault: param.overriddenBy === undefined,
    },
    explanation: t(
      `Predikat tahunan ${tahun} = ${how.id} → "${label.id}". PermenPANRB 6/2022 tidak memuat rumus; cara ${mode} adalah bacaan yang dapat diubah.`,
      `Annual predikat ${tahun} = ${how.en} → "${label.en}". PermenPANRB 6/2022 gives no formula; ${mode} is a configurable reading.`,
    ),
  });
  warnings.push(M.warning('READING_USED', { param: 'agregasiTahunan' }, 'pmk6.tahunan.agregasi'));
  return { ok: true, predikat, label, tahun, agregasi: mode, trace: tracer.steps, warnings };
}
