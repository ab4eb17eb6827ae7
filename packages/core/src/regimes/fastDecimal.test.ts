import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../arith/decimal.js';
import {
  amanNaN,
  BESAR,
  bagiPas,
  bulatDesimal,
  centsQ,
  type Hitung,
  KECIL,
  type Kecil,
  laporQ,
  PRESISI_DESIMAL,
  type Q,
  qAdd,
  qDiv,
  qMul,
  qSub,
  RASIONAL,
  SATUAN,
  SKALA,
  skalaBulat,
  skalaDec,
  tepat,
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

/** The digits of a decimal as agency data and rulesets carry them, and some near 2^53. */
const digits = fc.oneof(
  fc.integer({ min: -20000, max: 20000 }),
  fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
  fc.constantFrom(0, 1, 3, 8, 12, 100, 109, 160, 10 ** 8, 2 ** 52, 2 ** 53 - 1, -(2 ** 53 - 1)),
);
const OPS = ['add', 'sub', 'mul', 'div'] as const;
const onD = { add: 'plus', sub: 'minus', mul: 'times', div: 'div' } as const;

/**
 * `H`'s add, sub, mul and div on values from `arb` give the reference's value exactly
 * (`asD`: a value as decimal.js holds it; `valid`: the representation's own invariant), or
 * throw {@link BESAR}; and decide more than 2000 of 5000.
 */
function exactOrBesar<T>(
  H: Hitung<T>,
  arb: fc.Arbitrary<T>,
  asD: (x: T) => InstanceType<typeof D>,
  valid: (x: T) => boolean,
): void {
  let decided = 0;
  fc.assert(
    fc.property(arb, arb, fc.constantFrom(...OPS), (a, b, op) => {
      fc.pre(op !== 'div' || !asD(b).isZero());
      const reference = asD(a)[onD[op]](asD(b)).toFixed();
      let r: T;
      try {
        r = H[op](a, b);
      } catch (e) {
        expect(e).toBe(BESAR);
        return;
      }
      decided++;
      expect(valid(r)).toBe(true);
      expect(asD(r).toFixed()).toBe(reference);
    }),
    { numRuns: 5000 },
  );
  expect(decided).toBeGreaterThan(2000);
}

describe('KECIL: the reference’s arithmetic on small decimals in doubles', () => {
  /** A decimal `n / 10^e` as agency data and rulesets carry them, and some near 2^53. */
  const kecil: fc.Arbitrary<Kecil> = fc
    .tuple(digits, fc.integer({ min: 0, max: 9 }))
    .map(([n, e]) => ({ n, e }));
  const asD = (x: Kecil) => new D(x.n).div(new D(10).pow(x.e));

  it('add, sub, mul and div give the reference’s value exactly, or throw BESAR', () => {
    exactOrBesar(KECIL, kecil, asD, (r) => Number.isSafeInteger(r.n) && r.e >= 0 && r.e <= 22);
  });

  it('decides what agency data mostly has: sums, means of integers, quarters, weights', () => {
    const k = (x: number) => KECIL.angka(x);
    const mean = KECIL.div(KECIL.add(KECIL.add(k(85), k(90)), KECIL.add(k(88), k(78))), k(4));
    expect(mean).toEqual({ n: 8525, e: 2 });
    // 0.7 × 109 + 0.3 × 85.25 = 101.875: a nilai kinerja on a half cent.
    const kinerja = KECIL.div(KECIL.add(KECIL.mul(k(109), k(70)), KECIL.mul(mean, k(30))), k(100));
    expect(kinerja).toEqual({ n: 101875, e: 3 });
    expect(KECIL.cents(kinerja)).toBe(10188);
    expect(KECIL.div(k(327), k(3))).toEqual({ n: 109, e: 0 });
    expect(KECIL.div(k(1), k(160))).toEqual({ n: 625, e: 5 });
    expect(() => KECIL.div(k(100), k(3))).toThrow();
    expect(() => KECIL.mul(k(2 ** 52), k(3))).toThrow();
  });

  it('cents, cmp and cmpDec never throw BESAR and agree with the rationals', () => {
    fc.assert(
      fc.property(kecil, kecil, fc.integer({ min: 0, max: 22 }), (a, b, e) => {
        const wide = { n: a.n, e }; // up to 22 decimals: the fast comparison overflows
        const q = (x: Kecil): Q => [BigInt(x.n), 10n ** BigInt(x.e)];
        expect(KECIL.cmp(a, b)).toBe(asD(a).comparedTo(asD(b)));
        expect(KECIL.cmp(wide, b)).toBe(asD(wide).comparedTo(asD(b)));
        expect(KECIL.cmpDec(a, { n: b.n, d: b.e, v: Number.NaN })).toBe(asD(a).comparedTo(asD(b)));
        for (const x of [a, wide]) {
          if (x.n >= 0) expect(KECIL.cents(x)).toBe(centsQ(q(x)));
          else expect(() => KECIL.cents(x)).toThrow();
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('tepat runs on SKALA, on KECIL past 8 places, and on RASIONAL when a value is not small', () => {
    const mean = <T>(H: Hitung<T>, xs: number[]) =>
      [
        H === (SKALA as Hitung<unknown>)
          ? 'SKALA'
          : H === (KECIL as Hitung<unknown>)
            ? 'KECIL'
            : H === (RASIONAL as Hitung<unknown>)
              ? 'RASIONAL'
              : 'other',
        H.cents(
          H.div(
            xs.reduce((s, x) => H.add(s, H.angka(x)), H.nol),
            H.int(xs.length),
          ),
        ),
      ] as const;
    expect(tepat(mean, [1, 2])).toEqual(['SKALA', 150]);
    // 0.0009765625 (2^-10) has 10 places: a small decimal, not a count of 10^-8.
    expect(tepat(mean, [0.0009765625, 0.0009765625])).toEqual(['KECIL', 0]);
    expect(tepat(mean, [1, 1, 2])).toEqual(['RASIONAL', 133]);
    // Not BESAR: thrown on.
    expect(() =>
      tepat(() => {
        throw new Error('x');
      }),
    ).toThrow('x');
  });
});

describe('SKALA: the reference’s arithmetic on counts of 10^-8', () => {
  /** A decimal with up to 8 places as agency data and rulesets carry them, and some near the limit. */
  const satuan: fc.Arbitrary<number> = fc
    .tuple(digits, fc.integer({ min: 0, max: 8 }))
    .map(([n, e]) => n * 10 ** (8 - e))
    .filter((u) => Number.isSafeInteger(u));
  const asD = (u: number) => new D(u).div(1e8);

  it('add, sub, mul and div give the reference’s value exactly, or throw BESAR', () => {
    // Where SKALA gives up on values of at most 8 places, a result has more places or was
    // too large on the way (a product of two large counts): KECIL or the rationals decide.
    exactOrBesar(SKALA, satuan, asD, Number.isSafeInteger);
  });

  it('decides what agency data mostly has, as KECIL does, without allocating', () => {
    const k = (x: number) => SKALA.angka(x);
    const mean = SKALA.div(SKALA.add(SKALA.add(k(85), k(90)), SKALA.add(k(88), k(78))), k(4));
    expect(mean).toBe(85.25e8);
    // 0.7 × 109 + 0.3 × 85.25 = 101.875: a nilai kinerja on a half cent.
    const kinerja = SKALA.div(SKALA.add(SKALA.mul(k(109), k(70)), SKALA.mul(mean, k(30))), k(100));
    expect(kinerja).toBe(101.875e8);
    expect(SKALA.cents(kinerja)).toBe(10188);
    expect(SKALA.div(k(327), k(3))).toBe(109e8);
    expect(SKALA.div(k(1), k(160))).toBe(625000);
    expect(SKALA.div(k(1), k(0.16))).toBe(6.25e8);
    expect(SKALA.mul(k(0.5), k(0.25))).toBe(0.125e8);
    expect(SKALA.dec({ n: 1095, d: 1, v: 109.5 })).toBe(109.5e8);
    expect(() => SKALA.div(k(100), k(3))).toThrow();
    expect(() => SKALA.div(k(1), k(1024))).toThrow(); // 10 places
    expect(() => SKALA.angka(0.000000001)).toThrow();
    expect(() => SKALA.int(2 ** 40)).toThrow();
  });

  it('cents, cmp and cmpDec never throw BESAR and agree with the rationals', () => {
    fc.assert(
      fc.property(
        satuan,
        satuan,
        fc.integer({ min: -(10 ** 15), max: 10 ** 15 }),
        fc.integer({ min: 0, max: 22 }),
        (a, b, n, d) => {
          const q = (u: number): Q => [BigInt(u), 10n ** 8n];
          expect(SKALA.cmp(a, b)).toBe(asD(a).comparedTo(asD(b)));
          const dec = new D(n).div(new D(10).pow(d));
          expect(SKALA.cmpDec(a, { n, d, v: Number.NaN })).toBe(asD(a).comparedTo(dec));
          if (a >= 0) expect(SKALA.cents(a)).toBe(centsQ(q(a)));
          else expect(() => SKALA.cents(a)).toThrow();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees with KECIL wherever both decide', () => {
    const toKecil = (u: number): Kecil => ({ n: u, e: 8 });
    fc.assert(
      fc.property(satuan, satuan, fc.constantFrom(...OPS), (a, b, op) => {
        fc.pre(op !== 'div' || b !== 0);
        let s: number;
        let k: Kecil;
        try {
          s = SKALA[op](a, b);
          k = KECIL[op](toKecil(a), toKecil(b));
        } catch {
          return;
        }
        expect(new D(s).div(1e8).toFixed()).toBe(new D(k.n).div(new D(10).pow(k.e)).toFixed());
      }),
      { numRuns: 2000 },
    );
  });
  it('amanNaN, bagiPas, skalaBulat and skalaDec: SKALA’s operations on plain numbers, NaN where it throws', () => {
    /** What `f` gives on SKALA, or NaN for BESAR (anything else thrown fails the test). */
    const orNaN = (f: () => number): number => {
      try {
        return f();
      } catch (e) {
        if (e !== BESAR) throw e;
        return Number.NaN;
      }
    };
    const same = (x: number, y: number) => expect(Object.is(x, y) || x === y).toBe(true);
    // Counts and weights, whole and not, also past SKALA's reach (2^53 / 10^8 ≈ 9 × 10^7).
    const weight = fc.oneof(
      fc.integer({ min: 1, max: 400 }),
      fc.integer({ min: 0, max: 2 ** 31 }),
      fc.constantFrom(0, 2.5, 0.125, 90_071_992, 90_071_993, 2 ** 40),
    );
    const value = fc.oneof(satuan, fc.constant(Number.NaN));
    let decided = 0;
    fc.assert(
      fc.property(value, value, weight, fc.integer({ min: 0, max: 12 }), (a, b, w, d) => {
        same(
          amanNaN(w * SATUAN),
          orNaN(() => SKALA.int(w)),
        );
        if (Number.isInteger(w))
          same(
            skalaDec({ n: w, d, v: Number.NaN }),
            orNaN(() => SKALA.dec({ n: w, d, v: Number.NaN })),
          );
        if (Number.isNaN(a) || Number.isNaN(b)) {
          // NaN in (a step before that did not decide): NaN out.
          expect(amanNaN(a + b)).toBeNaN();
          if (Number.isNaN(a)) expect(bagiPas(a, 3)).toBeNaN();
          return;
        }
        same(
          amanNaN(a + b),
          orNaN(() => SKALA.add(a, b)),
        );
        if (!skalaBulat(w)) return;
        // A whole weight or count: SKALA multiplies and divides by it as a plain number.
        same(
          amanNaN(a * w),
          orNaN(() => SKALA.mul(a, SKALA.int(w))),
        );
        same(
          amanNaN(a * w),
          orNaN(() => SKALA.mul(a, SKALA.angka(w))),
        );
        if (w === 0) return;
        // Any value, and a multiple of w (a quotient that terminates).
        for (const x of [a, amanNaN(a * w)]) {
          if (Number.isNaN(x)) continue;
          const q = bagiPas(x, w);
          same(
            q,
            orNaN(() => SKALA.div(x, SKALA.int(w))),
          );
          if (!Number.isNaN(q)) decided++;
        }
      }),
      { numRuns: 5000 },
    );
    expect(decided).toBeGreaterThan(300);
    expect(skalaBulat(2.5)).toBe(false);
    expect(skalaBulat(-1)).toBe(false);
    expect(skalaBulat(90_071_993)).toBe(false);
    expect(bagiPas(amanNaN(327 * SATUAN), 3)).toBe(109e8);
    expect(bagiPas(amanNaN(328 * SATUAN), 3)).toBeNaN();
  });
});
