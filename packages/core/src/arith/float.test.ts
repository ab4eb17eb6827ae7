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
  it('decides 100 − 9.12/12×100 ≤ 24 correctly or refuses (the IEEE-754 trap)', () => {
    const naive = 100 - (9.12 / 12) * 100;
    expect(naive).toBeGreaterThan(24); // 24.000000000000014 in IEEE-754 doubles
    const e = flt.sub(flt.from(100), flt.mul(flt.div(flt.from(9.12), flt.from(12)), flt.from(100)));
    expect(() => flt.cmp(e, flt.from(24))).toThrow(Undecidable);
    const d = dec.sub(dec.from(100), dec.mul(dec.div(dec.from(9.12), dec.from(12)), dec.from(100)));
    expect(dec.cmp(d, dec.from(24))).toBe(0);
  });

  it('keeps exact integer arithmetic exact, so R = T decides without fallback', () => {
    const c = flt.mul(flt.div(flt.from(12), flt.from(12)), flt.from(100));
    expect(c.e).toBe(0);
    expect(flt.cmp(c, flt.from(100))).toBe(0);
  });

  it('rounds half-up exactly like decimal.js and refuses near a half', () => {
    expect(flt.toFixed(flt.round(flt.from(85.5), 2, 'HALF_UP'), 2)).toBe('85.50');
    expect(flt.toFixed(flt.round(flt.from(2.5), 0, 'HALF_UP'), 0)).toBe('3');
    expect(flt.toFixed(flt.round(flt.from(-2.5), 0, 'HALF_UP'), 0)).toBe('-3');
    expect(flt.toFixed(flt.round(flt.from(2.5), 0, 'HALF_EVEN'), 0)).toBe('2');
    // 1.005 is not representable: the float is 1.00499999999999989…, the decimal is 1.005.
    expect(() => flt.round(flt.from(1.005), 2, 'HALF_UP')).toThrow(Undecidable);
    expect(dec.toFixed(dec.round(dec.from(1.005), 2, 'HALF_UP'), 2)).toBe('1.01');
  });

  it('guards the quota traps Math.ceil(0.07*100) and Math.floor(0.29*100)', () => {
    expect(Math.ceil(0.07 * 100)).toBe(8);
    expect(() => flt.round(flt.mul(flt.from(0.07), flt.from(100)), 0, 'UP')).toThrow(Undecidable);
    expect(dec.toFixed(dec.round(dec.mul(dec.from(0.07), dec.from(100)), 0, 'UP'), 0)).toBe('7');
    expect(dec.toFixed(dec.round(dec.mul(dec.from(0.29), dec.from(100)), 0, 'DOWN'), 0)).toBe('29');
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
          if (r === 'undecidable') return;
          expect(r).toBe(dec.toFixed(dec.round(evalOn(dec, x), dp, mode), dp));
        },
      ),
      { numRuns: 2000 },
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
