import type { Calculator } from '../../arith/calculator.js';
import { renormalize, weightedMean } from '../../weighting/weights.js';
import type { Pp46Params } from './params.js';

/**
 * Nilai prestasi kerja: `(bobot SKP × nilai SKP + bobot perilaku × nilai perilaku) / 10000`
 * with the weights in basis points (national: 6000 / 4000, i.e. 60 % SKP + 40 % perilaku).
 * The same weights apply to structural and non-structural staff: one public implementation
 * multiplies the perilaku of non-structural staff by 60/100 instead of 40/100 (a bug).
 * The caller validates that the weights sum to 10000.
 *
 * @example
 * ```ts
 * import { decimalCalculator as c, pp46_2011 } from '@kinerja/core';
 * c.toString(nilaiPrestasiKerjaPp46(c, c.from('85.5'), c.from(80), pp46_2011.params)); // '83.3'
 * ```
 */
export function nilaiPrestasiKerjaPp46<T>(
  c: Calculator<T>,
  nilaiSkp: T,
  nilaiPerilaku: T,
  params: Pp46Params,
): T {
  const w = renormalize(params.bobot.value, ['SKP', 'PERILAKU']);
  return weightedMean<T, 'SKP' | 'PERILAKU'>(c, { SKP: nilaiSkp, PERILAKU: nilaiPerilaku }, w);
}

/**
 * {@link nilaiPrestasiKerjaPp46} with the weights already parsed (internal, used by the
 * scorer). The same operations in the same order as `weightedMean` over the renormalised
 * weights (keys sorted, weights of 0 left out), so the values are identical.
 */
export function nilaiPrestasiKerjaInti<T>(
  c: Calculator<T>,
  nilaiSkp: T,
  nilaiPerilaku: T,
  bobot: { readonly SKP: number; readonly PERILAKU: number },
  bobotSkp: T,
  bobotPerilaku: T,
  bobotTotal: T,
  nol: T,
): T {
  let acc = nol;
  if (bobot.PERILAKU > 0) acc = c.add(acc, c.mul(nilaiPerilaku, bobotPerilaku));
  if (bobot.SKP > 0) acc = c.add(acc, c.mul(nilaiSkp, bobotSkp));
  return c.div(acc, bobotTotal);
}
