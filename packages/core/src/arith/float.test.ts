import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Calculator, Undecidable } from './calculator.js';
import { decimalCalculator as dec } from './decimal.js';
import { floatCalculator as flt } from './float.js';

/** A small expression language evaluated on both backends. */
type Expr =
  | { op: 'lit'; v: number | string }
  | { op: 'add' | 'sub' | 'mul' | 'div'; a: Expr; b: Expr };

function evalOn<T>(c: Calculator<T>, e: Expr): T {
  if (e.op === 'lit') return c.from(e.v);
  const a = evalOn(c, e.a);
  const b = evalOn(c, e.b);
  switch (e.op) {
    case 'add':
      return c.add(a, b);
    case 'sub':
      return c.sub(a, b);
    case 'mul':
      return c.mul(a, b);
    case 'div':
      if (c.isZero(b)) return c.from(0);
      return c.div(a, b);
  }
}

/** Decimal literals with at most 4 decimals, including the awkward ones. */
const literal = fc.oneof(
  fc.integer({ min: -2000, max: 2000 }),
  fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 1000),
  fc.constantFrom(9.12, 12, 1.76, 0.1, 0.2, 0.3, 24, 76, 100, 0.07, 0.29, 110, 1.1, 0.99),
  fc.integer({ min: 0, max: 99999 }).map((n) => (n / 100).toFixed(2)),
  // long, tiny and huge decimals: exercise the overflow of the exact layer
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map((n) => `${n}`.replace(/(\d{6})$/, '.$1')),
  fc.constantFrom(0.1 + 0.2, 1e-9, 123456.789012, 2 ** 53, 1e21, '0.000000000000000000001', 3, 7),
);

const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal.map((v): Expr => ({ op: 'lit', v })),
    fc.record({
      op: fc.constantFrom('add', 'sub', 'mul', 'div'),
      a: tie('e'),
      b: tie('e'),
    }) as fc.Arbitrary<Expr>,
  ),
})).e;

function attempt<R>(f: () => R): R | 'undecidable' {
  try {
    return f();
  } catch (e) {
    if (e instanceof Undecidable) return 'undecidable';
    throw e;
  }
}

describe('floatCalculator (filtered fast path)', () => {
  it('decides 100 − 9.12/12×100 ≤ 24 exactly (the IEEE-754 trap)', () => {
    const naive = 100 - (9.12 / 12) * 100;
    expect(naive).toBeGreaterThan(24); // 24.000000000000014 in IEEE-754 doubles
    const e = flt.sub(flt.from(100), flt.mul(flt.div(flt.from(9.12), flt.from(12)), flt.from(100)));
    expect(flt.cmp(e, flt.from(24))).toBe(0);
    expect(flt.toString(e)).toBe('24');
    const d = dec.sub(dec.from(100), dec.mul(dec.div(dec.from(9.12), dec.from(12)), dec.from(100)));
    expect(dec.cmp(d, dec.from(24))).toBe(0);
  });

  it('keeps exact integer arithmetic exact, so R = T decides without fallback', () => {
    const c = flt.mul(flt.div(flt.from(12), flt.from(12)), flt.from(100));
    expect(c.e).toBe(0);
    expect(flt.cmp(c, flt.from(100))).toBe(0);
  });

  it('reads numbers as decimal.js does: by their shortest representation', () => {
    expect(flt.from(9.12)).toMatchObject({ n: 912, dp: 2 });
    expect(flt.from('9.120')).toMatchObject({ n: 912, dp: 2 });
    expect(flt.from(' 9.12 ')).toMatchObject({ n: 912, dp: 2 });
    expect(flt.from('-0')).toMatchObject({ n: 0, dp: 0 });
    // 0.1 + 0.2 prints as 0.30000000000000004: 17 digits, kept as a float with a bound.
    expect(flt.from(0.1 + 0.2).dp).toBe(-1);
    expect(() => flt.from('')).toThrow(RangeError);
    expect(() => flt.from(Number.NaN)).toThrow(RangeError);
  });

  it('rounds half-up exactly like decimal.js, ties included', () => {
    expect(flt.toFixed(flt.round(flt.from(85.5), 2, 'HALF_UP'), 2)).toBe('85.50');
    expect(flt.toFixed(flt.round(flt.from(2.5), 0, 'HALF_UP'), 0)).toBe('3');
    expect(flt.toFixed(flt.round(flt.from(-2.5), 0, 'HALF_UP'), 0)).toBe('-3');
    expect(flt.toFixed(flt.round(flt.from(2.5), 0, 'HALF_EVEN'), 0)).toBe('2');
    // 1.005 is not representable: the double is 1.00499999999999989…, the decimal is 1.005.
    expect(flt.toFixed(flt.round(flt.from(1.005), 2, 'HALF_UP'), 2)).toBe('1.01');
    expect(dec.toFixed(dec.round(dec.from(1.005), 2, 'HALF_UP'), 2)).toBe('1.01');
    // 100/160 × 100 = 62.5 exactly although 100/160 is not a double.
    const q = flt.mul(flt.div(flt.from(100), flt.from(160)), flt.from(100));
    expect(flt.toFixed(flt.round(q, 0, 'HALF_UP'), 0)).toBe('63');
  });

  it('refuses near a half when the value is only known to a bound', () => {
    // (1/3 × 3) / 2 is 0.5 exactly, but decimal.js holds 0.49999…: a float cannot tell.
    const third = flt.div(flt.from(1), flt.from(3));
    expect(third.dp).toBe(-1);
    const half = flt.div(flt.mul(third, flt.from(3)), flt.from(2));
    expect(() => flt.round(half, 0, 'HALF_UP')).toThrow(Undecidable);
    expect(() => flt.cmp(flt.mul(third, flt.from(3)), flt.from(1))).toThrow(Undecidable);
    expect(dec.cmp(dec.mul(dec.div(dec.from(1), dec.from(3)), dec.from(3)), dec.from(1))).toBe(-1);
  });

  it('gets the quota traps Math.ceil(0.07*100) and Math.floor(0.29*100) right', () => {
    expect(Math.ceil(0.07 * 100)).toBe(8);
    expect(flt.toFixed(flt.round(flt.mul(flt.from(0.07), flt.from(100)), 0, 'UP'), 0)).toBe('7');
    expect(dec.toFixed(dec.round(dec.mul(dec.from(0.07), dec.from(100)), 0, 'UP'), 0)).toBe('7');
    expect(Math.floor(0.29 * 100)).toBe(28);
    expect(flt.toFixed(flt.round(flt.mul(flt.from(0.29), flt.from(100)), 0, 'DOWN'), 0)).toBe('29');
    expect(dec.toFixed(dec.round(dec.mul(dec.from(0.29), dec.from(100)), 0, 'DOWN'), 0)).toBe('29');
  });

  it('falls back to bounds when an exact numerator would pass 2^53', () => {
    const big = flt.from('123456789.123456');
    const p = flt.mul(big, big);
    expect(p.dp).toBe(-1);
    expect(flt.cmp(p, flt.from(0))).toBe(1);
  });

  it('property: comparisons equal the decimal reference or refuse', () => {
    fc.assert(
      fc.property(expr, expr, (x, y) => {
        const r = attempt(() => {
          const a = evalOn(flt, x);
          const b = evalOn(flt, y);
          return flt.cmp(a, b);
        });
        if (r === 'undecidable') return;
        expect(r).toBe(dec.cmp(evalOn(dec, x), evalOn(dec, y)));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: rounding equals the decimal reference or refuses', () => {
    fc.assert(
      fc.property(
        expr,
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('HALF_UP', 'HALF_EVEN', 'DOWN', 'UP' as const),
        (x, dp, mode) => {
          const r = attempt(() => flt.toFixed(flt.round(evalOn(flt, x), dp, mode), dp));
          const fused = attempt(() => flt.roundToFixed(evalOn(flt, x), dp, mode));
          expect(fused).toBe(r);
          const d = dec.toFixed(dec.round(evalOn(dec, x), dp, mode), dp);
          expect(dec.roundToFixed(evalOn(dec, x), dp, mode)).toBe(d);
          if (r === 'undecidable') return;
          expect(r).toBe(d);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('property: exact strings equal the decimal reference or refuse', () => {
    fc.assert(
      fc.property(expr, (x) => {
        const r = attempt(() => flt.toString(evalOn(flt, x)));
        if (r === 'undecidable') return;
        expect(r).toBe(dec.toString(evalOn(dec, x)));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: adversarial ties (a·b / b against a, rounding at an exact half) are decided as on decimal', () => {
    const dec4 = fc.integer({ min: -9_999_999, max: 9_999_999 }).map((n) => (n / 1e4).toFixed(4));
    const nonZero = dec4.filter((s) => Number(s) !== 0);
    fc.assert(
      fc.property(dec4, nonZero, fc.integer({ min: 0, max: 3 }), (a, b, dp) => {
        const fa = flt.div(flt.mul(flt.from(a), flt.from(b)), flt.from(b));
        expect(flt.cmp(fa, flt.from(a))).toBe(0);
        // (2k+1) / (2·10^dp): a value exactly half-way between two reported values
        const half = (x: Calculator<unknown>) =>
          x.div(x.from(2 * Math.round(Number(a) * 100) + 1), x.from(2 * 10 ** dp));
        for (const mode of ['HALF_UP', 'HALF_EVEN', 'DOWN', 'UP'] as const) {
          const f = attempt(() =>
            flt.toFixed(flt.round(half(flt as Calculator<unknown>) as never, dp, mode), dp),
          );
          const d = dec.toFixed(dec.round(half(dec as Calculator<unknown>) as never, dp, mode), dp);
          expect(f).toBe(d);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('decides the vast majority of ordinary cases without fallback', () => {
    let decided = 0;
    const runs = 1000;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 600 }), (t, r) => {
        const v = attempt(() =>
          flt.toFixed(
            flt.round(flt.mul(flt.div(flt.from(r), flt.from(t)), flt.from(100)), 2, 'HALF_UP'),
            2,
          ),
        );
        if (v !== 'undecidable') decided++;
      }),
      { numRuns: runs },
    );
    expect(decided / runs).toBeGreaterThan(0.9);
  });
});
