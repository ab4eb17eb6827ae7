import { z } from 'zod';
import type { Issue } from '../issues/issue.js';
import { safeParseWith } from '../issues/zod.js';
import { PerilakuSchema } from '../model/perilaku.js';
import type { DimensionRating } from './raters/types.js';
import type { AlphaValue } from './reliability/krippendorff.js';

/** PermenPANRB 6/2022 rating codes as ordinals (Di Bawah 1, Sesuai 2, Di Atas 3). */
const RATING_ORDINAL: Readonly<Record<string, number>> = {
  DI_BAWAH_EKSPEKTASI: 1,
  SESUAI_EKSPEKTASI: 2,
  DI_ATAS_EKSPEKTASI: 3,
};

const AppraisalPerilakuSchema = z.looseObject({
  pegawai: z.looseObject({ nip: z.string().min(1) }),
  penilai: z.looseObject({ nip: z.string().optional(), nama: z.string().optional() }).optional(),
  perilaku: PerilakuSchema.optional(),
});

/** A per-dimension perilaku rating with the rater's role. */
export interface PerilakuRating extends DimensionRating {
  /** ATASAN, REKAN_KERJA, BAWAHAN, MASYARAKAT or DIRI_SENDIRI. */
  readonly peran: string;
}

/**
 * Extracts the multi-rater perilaku scores of appraisals (`perilaku.penilaian[]`, keyed by
 * BerAKHLAK value or PP 46 / PP 30 aspect) as per-dimension rating records for
 * {@link halo}, {@link raterMatrix} and the self-vs-supervisor pairs. Numbers are kept as given;
 * 6/2022 rating codes become 1–3. A rater is identified by `penilai.id`, else `penilai.nama`;
 * an unnamed ATASAN is the appraisal's pejabat penilai; other unnamed raters are kept distinct
 * per appraisal. Invalid appraisals give issues (with their index in the path) and are skipped.
 *
 * @example
 * ```ts
 * const { records } = perilakuRatings([{
 *   pegawai: { nip: '198703122010011002' },
 *   perilaku: { penilaian: [{ penilai: { peran: 'ATASAN', id: 'A1' }, nilai: { AKUNTABEL: 'SESUAI_EKSPEKTASI' } }] },
 * }]);
 * records[0]; // { rater: 'A1', ratee: '198703122010011002', dimension: 'AKUNTABEL', value: 2, peran: 'ATASAN' }
 * ```
 */
export function perilakuRatings(appraisals: unknown): {
  records: PerilakuRating[];
  issues: Issue[];
} {
  const records: PerilakuRating[] = [];
  const issues: Issue[] = [];
  if (!Array.isArray(appraisals)) {
    const r = safeParseWith(z.array(z.unknown()), appraisals);
    return { records, issues: r.success ? [] : r.issues };
  }
  appraisals.forEach((a, i) => {
    const p = safeParseWith(AppraisalPerilakuSchema, a, [i]);
    if (!p.success) {
      issues.push(...p.issues);
      return;
    }
    const { pegawai, penilai, perilaku } = p.data;
    perilaku?.penilaian.forEach((pn, k) => {
      const named = pn.penilai.id ?? pn.penilai.nama;
      const rater =
        named ??
        (pn.penilai.peran === 'ATASAN' && (penilai?.nip ?? penilai?.nama)
          ? ((penilai?.nip ?? penilai?.nama) as string)
          : `${pn.penilai.peran}:${pegawai.nip}:${k}`);
      for (const [dimension, v] of Object.entries(pn.nilai)) {
        const value = typeof v === 'string' && v in RATING_ORDINAL ? RATING_ORDINAL[v] : Number(v);
        if (value === undefined || !Number.isFinite(value)) continue;
        records.push({ rater, ratee: pegawai.nip, dimension, value, peran: pn.penilai.peran });
      }
    });
  });
  return { records, issues };
}

/**
 * Builds the raters × ratees matrix (missing = null) of one dimension, or of each rater's mean
 * over dimensions, ready for {@link krippendorffAlpha}; transpose complete rows for {@link icc}
 * with {@link completeRows}.
 *
 * @example
 * ```ts
 * const m = raterMatrix([
 *   { rater: 'A', ratee: 'x', dimension: 'D', value: 3 },
 *   { rater: 'B', ratee: 'x', dimension: 'D', value: 4 },
 *   { rater: 'A', ratee: 'y', dimension: 'D', value: 2 },
 * ]);
 * m.matrix; // [[3, 2], [4, null]]  (rows A, B; columns x, y)
 * ```
 */
export function raterMatrix(
  records: readonly DimensionRating[],
  opts: { dimension?: string } = {},
): { raters: string[]; ratees: string[]; matrix: (number | null)[][] } {
  const rs =
    opts.dimension === undefined ? records : records.filter((r) => r.dimension === opts.dimension);
  const raters = [...new Set(rs.map((r) => r.rater))].sort();
  const ratees = [...new Set(rs.map((r) => r.ratee))].sort();
  const ri = new Map(raters.map((r, i) => [r, i]));
  const ei = new Map(ratees.map((r, i) => [r, i]));
  const sum = raters.map(() => ratees.map(() => 0));
  const cnt = raters.map(() => ratees.map(() => 0));
  for (const r of rs) {
    const a = ri.get(r.rater) as number;
    const b = ei.get(r.ratee) as number;
    const srow = sum[a] as number[];
    const crow = cnt[a] as number[];
    srow[b] = (srow[b] as number) + r.value;
    crow[b] = (crow[b] as number) + 1;
  }
  const matrix = sum.map((row, a) =>
    row.map((s, b) => {
      const c = (cnt[a] as number[])[b] as number;
      return c > 0 ? s / c : null;
    }),
  );
  return { raters, ratees, matrix };
}

/**
 * Ratees (columns) rated by every rater, as ratee × rater rows for {@link icc} (complete data).
 *
 * @example
 * ```ts
 * completeRows([[3, 2], [4, null]]); // [[3, 4]]
 * ```
 */
export function completeRows(matrix: readonly (readonly AlphaValue[])[]): number[][] {
  const units = Math.max(0, ...matrix.map((r) => r.length));
  const out: number[][] = [];
  for (let u = 0; u < units; u++) {
    const col = matrix.map((r) => r[u]);
    if (col.every((v): v is number => typeof v === 'number' && Number.isFinite(v))) out.push(col);
  }
  return out;
}

/**
 * Self vs supervisor pairs from {@link perilakuRatings} records: per ratee, the mean over
 * dimensions of the DIRI_SENDIRI rating and of the ATASAN rating(s).
 *
 * @example
 * ```ts
 * selfSupervisorPairs([
 *   { rater: 's', ratee: 'x', dimension: 'D', value: 90, peran: 'DIRI_SENDIRI' },
 *   { rater: 'A', ratee: 'x', dimension: 'D', value: 80, peran: 'ATASAN' },
 * ]); // [{ ratee: 'x', self: 90, supervisor: 80 }]
 * ```
 */
export function selfSupervisorPairs(
  records: readonly PerilakuRating[],
): { ratee: string; self: number; supervisor: number }[] {
  const acc = new Map<string, { s: number[]; a: number[] }>();
  for (const r of records) {
    if (r.peran !== 'DIRI_SENDIRI' && r.peran !== 'ATASAN') continue;
    const e = acc.get(r.ratee) ?? { s: [], a: [] };
    (r.peran === 'DIRI_SENDIRI' ? e.s : e.a).push(r.value);
    acc.set(r.ratee, e);
  }
  const m = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return [...acc.entries()]
    .filter(([, e]) => e.s.length > 0 && e.a.length > 0)
    .sort((x, y) => (x[0] < y[0] ? -1 : 1))
    .map(([ratee, e]) => ({ ratee, self: m(e.s), supervisor: m(e.a) }));
}
