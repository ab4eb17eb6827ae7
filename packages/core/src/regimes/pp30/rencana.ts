/* Nilai capaian rencana hasil kerja from its IKI values (regulations.md §2.4, UNCERTAIN). */
import { type Calculator, sum } from '../../arith/calculator.js';
import type { PredikatPp30 } from '../../codes.js';
import type { Band } from '../../ruleset/types.js';
import type { KonstantaPp30 } from './konstanta.js';
import type { Pp30Params } from './params.js';

/** One scored IKI as the rencana aggregation sees it. */
export interface IkiDinilai<T> {
  readonly nilai: T;
  readonly kategori: PredikatPp30;
  /** IKI bobot in basis points, when given. */
  readonly bobot?: number;
}

/** How a rencana value was obtained. */
export type CaraRencana = 'MEAN' | 'MEAN_BERBOBOT' | 'POINTS';

/** Result of {@link nilaiRencana}. */
export interface NilaiRencana<T> {
  readonly nilai: T;
  readonly cara: CaraRencana;
  /** The point sum (POINTS only). */
  readonly poin?: number;
}

/**
 * Combines the nilai capaian IKI of one rencana hasil kerja into the nilai capaian rencana
 * (a reading: the regulation's form has the column but the rule was not seen):
 * - `MEAN` (default): the mean of the IKI values, weighted by the IKI `bobot` when every IKI
 *   has one (the caller validates that they sum to 10000 basis points);
 * - `POINTS`: one implementation's points (SB 16, B 13, C 8, K 3, SK 1) summed and mapped
 *   through thresholds (> 42 → 120, ≥ 34 → 100, ≥ 19 → 80, ≥ 7 → 60, else 25).
 *
 * Returns `null` when `iki` is empty or no POINTS threshold matches.
 *
 * @example
 * ```ts
 * const c = decimalCalculator;
 * const p = permenpanrb_8_2021.params;
 * nilaiRencana(c, [
 *   { nilai: c.from(109), kategori: 'BAIK' },
 *   { nilai: c.from(88), kategori: 'CUKUP' },
 * ], p); // { nilai: 98.5, cara: 'MEAN' }
 * ```
 */
export function nilaiRencana<T>(
  c: Calculator<T>,
  iki: readonly IkiDinilai<T>[],
  params: Pp30Params,
): NilaiRencana<T> | null {
  if (iki.length === 0) return null;
  if (params.agregasiRencana.value === 'POINTS') {
    const { poin, ambang } = params.poinRencana.value;
    let total = 0;
    for (const i of iki) total += poin[i.kategori];
    const hit = ambang.find((a) => total >= a.min);
    return hit === undefined ? null : { nilai: c.from(hit.nilai), cara: 'POINTS', poin: total };
  }
  if (iki.every((i) => i.bobot !== undefined)) {
    let acc = c.from(0);
    let w = 0;
    for (const i of iki) {
      acc = c.add(acc, c.mul(i.nilai, c.from(i.bobot ?? 0)));
      w += i.bobot ?? 0;
    }
    if (w > 0) return { nilai: c.div(acc, c.from(w)), cara: 'MEAN_BERBOBOT' };
  }
  return {
    nilai: c.div(
      sum(
        c,
        iki.map((i) => i.nilai),
      ),
      c.from(iki.length),
    ),
    cara: 'MEAN',
  };
}

/**
 * {@link nilaiRencana} with the regime's parsed numbers (internal): the same operations in the
 * same order, without the intermediate arrays.
 */
export function nilaiRencanaInti<T>(
  c: Calculator<T>,
  iki: readonly IkiDinilai<T>[],
  params: Pp30Params,
  k: KonstantaPp30<T>,
): NilaiRencana<T> | null {
  if (iki.length === 0 || params.agregasiRencana.value === 'POINTS') {
    return nilaiRencana(c, iki, params);
  }
  let berbobot = true;
  for (const i of iki) if (i.bobot === undefined) berbobot = false;
  if (berbobot) return nilaiRencana(c, iki, params);
  let acc = k.bilangan(0);
  for (const i of iki) acc = c.add(acc, i.nilai);
  return { nilai: c.div(acc, k.bilangan(iki.length)), cara: 'MEAN' };
}

/** {@link kategoriNilai} over `kategoriRencana` with parsed bounds (internal). */
export function kategoriRencanaInti<T>(
  c: Calculator<T>,
  nilai: T,
  params: Pp30Params,
  k: KonstantaPp30<T>,
): PredikatPp30 | undefined {
  const bands = params.kategoriRencana.value;
  for (let i = 0; i < bands.length; i++) {
    const min = k.kategoriMin(i);
    if (min === null || c.cmp(nilai, min) >= 0) return (bands[i] as Band<PredikatPp30>).code;
  }
  return undefined;
}

/**
 * The code of the first band (best first) whose inclusive lower bound `nilai` reaches.
 *
 * @example
 * ```ts
 * kategoriNilai(decimalCalculator, decimalCalculator.from('89.99'), permenpanrb_8_2021.params.kategoriRencana.value);
 * // 'CUKUP'
 * ```
 */
export function kategoriNilai<T, C extends string>(
  c: Calculator<T>,
  nilai: T,
  bands: readonly Band<C>[],
): C | undefined {
  for (const b of bands) {
    if (b.min === null || c.cmp(nilai, c.from(b.min)) >= 0) return b.code;
  }
  return undefined;
}
