import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../arith/decimal.js';
import {
  bulatDesimal,
  laporQ,
  PRESISI_DESIMAL,
  type Q,
  qAdd,
  qDiv,
  qMul,
  qSub,
} from './fastDecimal.js';

/** A rational as the decimal string of its exact value (only for terminating ones). */
function exact(q: Q): string {
  return new D(q[0].toString()).div(q[1].toString()).toFixed();
}

const big = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
const small = fc.bigInt({ min: -10000n, max: 10000n });
const denom = fc.oneof(
  fc.bigInt({ min: 1n, max: 10n ** 20n }),
  fc.constantFrom(3n, 7n, 12n, 160n, 192n, 10n ** 15n),
);
/** A decimal of up to 30 digits with up to 12 decimals, as a rational and as decimal.js reads it. */
const decimal = fc
  .tuple(fc.oneof(big, small), fc.integer({ min: 0, max: 12 }))
  .map(([n, dp]) => [n, 10n ** BigInt(dp)] as Q);

describe('bulatDesimal rounds as the reference backend (decimal.js) rounds', () => {
  it('uses the reference backend’s precision', () => {
    expect(PRESISI_DESIMAL).toBe(40);
  });

  it('division of any two integers', () => {
    fc.assert(
      fc.property(fc.oneof(big, small), denom, (n, d) => {
        const want = new D(n.toString()).div(d.toString());
        expect(exact(bulatDesimal([n, d]))).toBe(want.toFixed());
      }),
      { numRuns: 2000 },
    );
  });

  it('values next to a power of ten, and integers past the range of a double', () => {
    // The scale is estimated from the doubles nearest n and d (one off near a power of ten,
    // corrected by the loop), from the digits when either is beyond Number.MAX_VALUE.
    const huge = fc.bigInt({ min: 1n, max: 10n ** 420n });
    const nearPower = fc
      .tuple(fc.integer({ min: -45, max: 45 }), fc.integer({ min: -3, max: 3 }), denom)
      .map(([e, off, d]) => {
        const p = e >= 0 ? [10n ** BigInt(e), 1n] : [1n, 10n ** BigInt(-e)];
        // 10^e × d + off over d: a hair either side of 10^e (exactly on it when off = 0).
        const n = (p[0] as bigint) * d * 10n ** 50n + BigInt(off);
        return [n > 0n ? n : 1n, (p[1] as bigint) * d * 10n ** 50n] as Q;
      });
    fc.assert(
      fc.property(fc.oneof(fc.tuple(huge, huge), nearPower), ([n, d]) => {
        const want = new D(n.toString()).div(d.toString());
        expect(exact(bulatDesimal([n, d]))).toBe(want.toFixed());
        expect(exact(bulatDesimal([-n, d]))).toBe(want.neg().toFixed());
      }),
      { numRuns: 2000 },
    );
  });

  it('plus, minus, times and div of decimals, as the general scorer chains them', () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, (a, b, c) => {
        const [da, db, dc] = [a, b, c].map((q) => new D(exact(q)));
        const ab = bulatDesimal(qDiv(a, b[0] === 0n ? [1n, 1n] : b));
        const dab = (da as InstanceType<typeof D>).div(
          b[0] === 0n ? 1 : (db as InstanceType<typeof D>),
        );
        expect(exact(ab)).toBe(dab.toFixed());
        expect(exact(bulatDesimal(qAdd(ab, c)))).toBe(
          dab.plus(dc as InstanceType<typeof D>).toFixed(),
        );
        expect(exact(bulatDesimal(qSub(ab, c)))).toBe(
          dab.minus(dc as InstanceType<typeof D>).toFixed(),
        );
        expect(exact(bulatDesimal(qMul(ab, c)))).toBe(
          dab.times(dc as InstanceType<typeof D>).toFixed(),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('two rounded thirds meeting on a tie: the reference’s sum, not the exact one', () => {
    // 100/3 + 200/3 is exactly 100; decimal.js holds 33.33…33 (40 digits) + 66.66…67.
    const third = bulatDesimal([100n, 3n]);
    const twoThirds = bulatDesimal([200n, 3n]);
    expect(exact(third)).toBe('33.33333333333333333333333333333333333333');
    expect(exact(twoThirds)).toBe('66.66666666666666666666666666666666666667');
    expect(exact(bulatDesimal(qAdd(third, twoThirds)))).toBe('100');
    // 1/3 + 1/3 + 1/3 in decimal.js is 0.99…99, not 1.
    const t = bulatDesimal([1n, 3n]);
    expect(exact(bulatDesimal(qAdd(bulatDesimal(qAdd(t, t)), t)))).toBe(
      new D(1).div(3).plus(new D(1).div(3)).plus(new D(1).div(3)).toFixed(),
    );
  });

  it('laporQ rounds half up to 2 decimals as the reference prints', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), denom, (n, d) => {
        expect(laporQ([n, d])).toBe(new D(n.toString()).div(d.toString()).toFixed(2));
      }),
      { numRuns: 1000 },
    );
  });
});
