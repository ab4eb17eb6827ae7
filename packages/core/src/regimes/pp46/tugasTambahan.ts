import type { Calculator } from '../../arith/calculator.js';
import type { Pp46Params } from './params.js';

/**
 * Nilai tugas tambahan from the number of additional tasks (each backed by a surat
 * perintah): the row of the `tugasTambahan` table with the largest `min ≤ jumlah` applies.
 * National default: 0 → 0; 1–3 → 1; 4–6 → 2; 7 or more → 3.
 *
 * @example
 * ```ts
 * import { decimalCalculator as c, pp46_2011 } from '@kinerja/core';
 * c.toString(nilaiTugasTambahanPp46(c, 3, pp46_2011.params)); // '1'
 * c.toString(nilaiTugasTambahanPp46(c, 7, pp46_2011.params)); // '3'
 * ```
 */
export function nilaiTugasTambahanPp46<T>(c: Calculator<T>, jumlah: number, params: Pp46Params): T {
  let nilai = '0';
  for (const row of params.tugasTambahan.value) {
    if (row.min <= jumlah) nilai = row.nilai;
  }
  return c.from(nilai);
}

/** {@link nilaiTugasTambahanPp46} on the parsed table (internal, used by the scorer). */
export function nilaiTugasTambahanInti<T>(
  jumlah: number,
  tabel: readonly { readonly min: number; readonly nilai: T }[],
  nol: T,
): T {
  let nilai = nol;
  for (const row of tabel) {
    if (row.min <= jumlah) nilai = row.nilai;
  }
  return nilai;
}
