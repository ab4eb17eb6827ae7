import type { Calculator } from '../../arith/calculator.js';
import type { Pp46Params } from './params.js';

/** Level of the statement letter backing a kreativitas claim. */
export type TingkatKreativitas = 'UNIT_KERJA' | 'ORGANISASI' | 'NEGARA';

/**
 * Nilai kreativitas from the claims of the year: each claim is worth the points of its
 * level (UNCERTAIN default: unit kerja 3, organisasi 6, negara 12) and the claims combine by
 * `kreativitasAgregasi` (UNCERTAIN default `MAX`: the highest counts; `SUM` adds them).
 * No claim → 0.
 *
 * @example
 * ```ts
 * import { decimalCalculator as c, pp46_2011 } from '@kinerja/core';
 * c.toString(nilaiKreativitasPp46(c, ['UNIT_KERJA', 'ORGANISASI'], pp46_2011.params)); // '6'
 * c.toString(nilaiKreativitasPp46(c, [], pp46_2011.params)); // '0'
 * ```
 */
export function nilaiKreativitasPp46<T>(
  c: Calculator<T>,
  tingkat: readonly TingkatKreativitas[],
  params: Pp46Params,
): T {
  let acc = c.from(0);
  for (const x of tingkat) {
    const v = c.from(params.kreativitas.value[x]);
    if (params.kreativitasAgregasi.value === 'SUM') acc = c.add(acc, v);
    else if (c.cmp(v, acc) > 0) acc = v;
  }
  return acc;
}

/** {@link nilaiKreativitasPp46} with the points already parsed (internal, used by the scorer). */
export function nilaiKreativitasInti<T>(
  c: Calculator<T>,
  klaim: readonly { readonly tingkat: TingkatKreativitas }[],
  nilai: Readonly<Record<TingkatKreativitas, T>>,
  agregasi: 'MAX' | 'SUM',
  nol: T,
): T {
  let acc = nol;
  for (const x of klaim) {
    const v = nilai[x.tingkat];
    if (agregasi === 'SUM') acc = c.add(acc, v);
    else if (c.cmp(v, acc) > 0) acc = v;
  }
  return acc;
}
