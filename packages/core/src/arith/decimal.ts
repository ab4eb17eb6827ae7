import Decimal from 'decimal.js';
import type { Calculator, DecimalInput, RoundingMode } from './calculator.js';

/**
 * A private Decimal constructor so that the library never changes the global
 * decimal.js configuration of the host application.
 */
export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof D>;

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  HALF_UP: Decimal.ROUND_HALF_UP,
  HALF_EVEN: Decimal.ROUND_HALF_EVEN,
  DOWN: Decimal.ROUND_DOWN,
  UP: Decimal.ROUND_UP,
};

/** Parses a decimal input; numbers are read by their shortest round-trip representation. */
export function toDec(x: DecimalInput): Dec {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
    return new D(x);
  }
  // The schemas accept surrounding whitespace ("  9.12 "), as the float backend does;
  // decimal.js does not.
  const d = new D(x.trim());
  if (!d.isFinite()) throw new RangeError(`not a finite number: ${x}`);
  return d;
}

/** The exact reference backend (decimal.js, 40 significant digits). */
export const decimalCalculator: Calculator<Dec> = {
  name: 'decimal',
  from: toDec,
  add: (a, b) => a.plus(b),
  sub: (a, b) => a.minus(b),
  mul: (a, b) => a.times(b),
  div: (a, b) => a.div(b),
  neg: (a) => a.neg(),
  cmp: (a, b) => a.cmp(b) as -1 | 0 | 1,
  isZero: (a) => a.isZero(),
  round: (a, dp, mode) => a.toDecimalPlaces(dp, MODES[mode]),
  toString: (a) => (a.isZero() ? '0' : a.toFixed()),
  toFixed: (a, dp) => a.toFixed(dp),
  roundToFixed: (a, dp, mode) => a.toDecimalPlaces(dp, MODES[mode]).toFixed(dp),
  toNumber: (a) => a.toNumber(),
  keep: (a) => a,
};
