import type { Calculator } from '../../arith/calculator.js';
import type { PeranPenilai } from '../../model/perilaku.js';
import { renormalize, type UsedWeights, weightedMean } from '../../weighting/weights.js';
import type { Pp46Params } from './params.js';
import { type AspekPerilakuPp46, rekamAspekPp46 } from './perilaku.js';

/** Rater weights actually used, and the raters whose input was considered with weight 0. */
export interface BobotPenilaiPp46 extends UsedWeights<PeranPenilai> {
  /** Roles present in the input whose weight is 0: considered, not counted. */
  readonly bobotNol: readonly PeranPenilai[];
}

/**
 * The rater weights used for the roles present, re-normalised over them (`bobotPenilai`,
 * national default: the pejabat penilai (ATASAN) only — PP 46 is not a 360° appraisal;
 * Permensos 5/2012 Pasal 14(2) lets the penilai consider other officials' input).
 * `total === 0` means no weighted rater is present.
 *
 * @example
 * ```ts
 * import { pp46_2011 } from '@kinerja/core';
 * const w = bobotPenilaiPp46(['ATASAN', 'REKAN_KERJA'], pp46_2011.params);
 * w.used; // { ATASAN: 10000 }
 * w.bobotNol; // ['REKAN_KERJA']
 * ```
 */
export function bobotPenilaiPp46(
  hadir: readonly PeranPenilai[],
  params: Pp46Params,
): BobotPenilaiPp46 {
  const w = renormalize(params.bobotPenilai.value, hadir);
  const bobotNol = [...new Set(hadir)].filter((r) => w.used[r] === undefined).sort();
  return { ...w, bobotNol };
}

/**
 * Combines the raters' per-aspect scores: within a role the raters are averaged, then the
 * roles are weighted by {@link bobotPenilaiPp46} (exact weighted mean).
 *
 * @example
 * ```ts
 * import { decimalCalculator as c, pp46_2011 } from '@kinerja/core';
 * const w = bobotPenilaiPp46(['ATASAN'], pp46_2011.params);
 * const r = gabungPenilaiPp46(c, { ATASAN: [{ INTEGRITAS: c.from(80) }, { INTEGRITAS: c.from(90) }] }, ['INTEGRITAS'], w);
 * c.toString(r.INTEGRITAS!); // '85'
 * ```
 */
export function gabungPenilaiPp46<T>(
  c: Calculator<T>,
  perPeran: Readonly<
    Partial<Record<PeranPenilai, readonly Readonly<Partial<Record<AspekPerilakuPp46, T>>>[]>>
  >,
  aspek: readonly AspekPerilakuPp46[],
  bobot: UsedWeights<PeranPenilai>,
): Partial<Record<AspekPerilakuPp46, T>> {
  const out: Partial<Record<AspekPerilakuPp46, T>> = {};
  for (const k of aspek) {
    const perRole: Partial<Record<PeranPenilai, T>> = {};
    for (const role of Object.keys(bobot.used) as PeranPenilai[]) {
      const xs = (perPeran[role] ?? []).map((r) => r[k]).filter((x): x is T => x !== undefined);
      if (xs.length === 0) continue;
      let acc = c.from(0);
      for (const x of xs) acc = c.add(acc, x);
      perRole[role] = c.div(acc, c.from(xs.length));
    }
    out[k] = weightedMean<T, PeranPenilai>(c, perRole, bobot);
  }
  return out;
}

const ROLES_SORTED = new WeakMap<UsedWeights<PeranPenilai>, readonly PeranPenilai[]>();

/**
 * {@link gabungPenilaiPp46} over the counted raters directly (internal, used by the scorer):
 * the same operations in the same order (raters of a role averaged in input order, roles
 * weighted in sorted order as `weightedMean` does), without the intermediate records.
 */
export function gabungPenilaiInti<T>(
  c: Calculator<T>,
  raters: readonly {
    readonly peran: PeranPenilai;
    readonly dihitung: boolean;
    readonly nilai: Readonly<Partial<Record<AspekPerilakuPp46, T>>>;
  }[],
  aspek: readonly AspekPerilakuPp46[],
  bobot: UsedWeights<PeranPenilai>,
  nol: T,
  satu: T,
): Partial<Record<AspekPerilakuPp46, T>> {
  let roles = ROLES_SORTED.get(bobot);
  if (roles === undefined) {
    roles = (Object.keys(bobot.used) as PeranPenilai[]).sort();
    ROLES_SORTED.set(bobot, roles);
  }
  const weights: T[] = [];
  for (const r of roles) weights.push(c.from(bobot.used[r] as number));
  const total = c.from(bobot.total);
  const out: T[] = [];
  for (const k of aspek) {
    let acc = nol;
    for (let ri = 0; ri < roles.length; ri++) {
      const role = roles[ri];
      let jumlah = nol;
      let n = 0;
      for (const p of raters) {
        if (!p.dihitung || p.peran !== role) continue;
        const x = p.nilai[k];
        if (x === undefined) continue;
        jumlah = c.add(jumlah, x);
        n++;
      }
      if (n === 0) continue;
      const mean = c.div(jumlah, n === 1 ? satu : c.from(n));
      acc = c.add(acc, c.mul(mean, weights[ri] as T));
    }
    out.push(c.div(acc, total));
  }
  return rekamAspekPp46(aspek, out);
}
