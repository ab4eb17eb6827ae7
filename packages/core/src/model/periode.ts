// One module per function: the package root loads every date-fns module (about 90 ms at each
// start of a process or worker thread).
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { isAfter } from 'date-fns/isAfter';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { parseISO } from 'date-fns/parseISO';
import { z } from 'zod';
import { bilingual, IsoDateSchema } from './primitives.js';

/** Kinds of appraisal period. */
export const JenisPeriodeSchema = z.enum(['BULANAN', 'TRIWULAN', 'SEMESTER', 'TAHUNAN']);
export type JenisPeriode = z.infer<typeof JenisPeriodeSchema>;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date written YYYY-MM-DD (such strings order like their dates). */
function isIsoDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > (DAYS[mo - 1] as number)) return false;
  return mo !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

/** An appraisal period with inclusive start and end dates. */
export const PeriodeSchema = z
  .strictObject({
    jenis: JenisPeriodeSchema,
    mulai: IsoDateSchema,
    selesai: IsoDateSchema,
    /** e.g. `"TRIWULAN II 2023"`. */
    label: z.string().optional(),
  })
  .refine(
    (p) =>
      // Valid YYYY-MM-DD strings order like their dates; anything else goes through date-fns.
      isIsoDay(p.mulai) && isIsoDay(p.selesai)
        ? p.mulai <= p.selesai
        : !isAfter(parseISO(p.mulai), parseISO(p.selesai)),
    bilingual(
      'PERIOD_ORDER',
      'Tanggal mulai periode setelah tanggal selesai',
      'Period start is after its end',
    ),
  );
export type Periode = z.infer<typeof PeriodeSchema>;

const iso = (d: Date) => {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${dd}`;
};

/**
 * Builders for the usual periods.
 *
 * @example
 * ```ts
 * periode.tahunan(2023); // { jenis: 'TAHUNAN', mulai: '2023-01-01', selesai: '2023-12-31', ... }
 * periode.triwulan(2023, 2); // April–June
 * ```
 */
export const periode = {
  tahunan(tahun: number): Periode {
    return {
      jenis: 'TAHUNAN',
      mulai: `${tahun}-01-01`,
      selesai: `${tahun}-12-31`,
      label: `TAHUNAN ${tahun}`,
    };
  },
  semester(tahun: number, ke: 1 | 2): Periode {
    return ke === 1
      ? {
          jenis: 'SEMESTER',
          mulai: `${tahun}-01-01`,
          selesai: `${tahun}-06-30`,
          label: `SEMESTER I ${tahun}`,
        }
      : {
          jenis: 'SEMESTER',
          mulai: `${tahun}-07-01`,
          selesai: `${tahun}-12-31`,
          label: `SEMESTER II ${tahun}`,
        };
  },
  triwulan(tahun: number, ke: 1 | 2 | 3 | 4): Periode {
    const start = new Date(tahun, (ke - 1) * 3, 1);
    const end = lastDayOfMonth(new Date(tahun, ke * 3 - 1, 1));
    return {
      jenis: 'TRIWULAN',
      mulai: iso(start),
      selesai: iso(end),
      label: `TRIWULAN ${['I', 'II', 'III', 'IV'][ke - 1]} ${tahun}`,
    };
  },
  bulanan(tahun: number, bulan: number): Periode {
    const start = new Date(tahun, bulan - 1, 1);
    return {
      jenis: 'BULANAN',
      mulai: iso(start),
      selesai: iso(lastDayOfMonth(start)),
      label: `BULAN ${bulan} ${tahun}`,
    };
  },
};

/** Number of whole calendar months a period covers (Jan 1 – Mar 31 → 3). */
export function monthsIn(p: Periode): number {
  return differenceInCalendarMonths(addDays(parseISO(p.selesai), 1), parseISO(p.mulai));
}
