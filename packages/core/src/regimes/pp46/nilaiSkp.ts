import type { Calculator } from '../../arith/calculator.js';

/** Result of {@link nilaiSkpPp46}, exact. */
export interface NilaiSkpPp46<T> {
  /** Σ nilai capaian / number of kegiatan counted. */
  readonly rataRata: T;
  /** `rataRata + tugasTambahan + kreativitas` (may exceed 100). */
  readonly nilai: T;
}

/**
 * Nilai SKP: the mean nilai capaian of the kegiatan counted (those with a target), plus
 * nilai tugas tambahan and nilai kreativitas. It can exceed 100. The caller guarantees at
 * least one kegiatan.
 *
 * @example
 * ```ts
 * import { decimalCalculator as c } from '@kinerja/core';
 * const r = nilaiSkpPp46(c, [c.from('85.5'), c.from('92')], c.from(1), c.from(0));
 * c.toString(r.rataRata); // '88.75'
 * c.toString(r.nilai); // '89.75'
 * ```
 */
export function nilaiSkpPp46<T>(
  c: Calculator<T>,
  nilaiCapaian: readonly T[],
  tugasTambahan: T,
  kreativitas: T,
): NilaiSkpPp46<T> {
  return nilaiSkpInti(
    c,
    nilaiCapaian,
    tugasTambahan,
    kreativitas,
    c.from(0),
    c.from(nilaiCapaian.length),
  );
}

/** {@link nilaiSkpPp46} with 0 and the count already as backend values (internal). */
export function nilaiSkpInti<T>(
  c: Calculator<T>,
  nilaiCapaian: readonly T[],
  tugasTambahan: T,
  kreativitas: T,
  nol: T,
  jumlah: T,
): NilaiSkpPp46<T> {
  let acc = nol;
  for (const x of nilaiCapaian) acc = c.add(acc, x);
  const rataRata = c.div(acc, jumlah);
  return { rataRata, nilai: c.add(c.add(rataRata, tugasTambahan), kreativitas) };
}
