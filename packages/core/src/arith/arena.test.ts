import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floatArena } from './arena.js';
import { type Calculator, Undecidable } from './calculator.js';
import { floatCalculator as flt } from './float.js';

type Expr =
  | { op: 'lit'; v: number | string }
  | { op: 'add' | 'sub' | 'mul' | 'div' | 'neg'; a: Expr; b: Expr };

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
    case 'neg':
      return c.neg(a);
    case 'div':
      return c.isZero(b) ? c.from(0) : c.div(a, b);
  }
}

const literal = fc.oneof(
  fc.integer({ min: -2000, max: 2000 }),
  fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 1000),
  fc.constantFrom(9.12, 12, 1.76, 0.1 + 0.2, 1e-9, 2 ** 53, '123456789.123456', 3, 7),
);
const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal.map((v): Expr => ({ op: 'lit', v })),
    fc.record({
      op: fc.constantFrom('add', 'sub', 'mul', 'div', 'neg'),
      a: tie('e'),
      b: tie('e'),
    }) as fc.Arbitrary<Expr>,
  ),
})).e;

/** Every observable answer of the backend for an expression, or 'undecidable'. */
function observe<T>(c: Calculator<T>, x: Expr, y: Expr): unknown {
  const out: unknown[] = [];
  for (const f of [
    () => c.cmp(evalOn(c, x), evalOn(c, y)),
    () => c.isZero(evalOn(c, x)),
    () => c.roundToFixed(evalOn(c, x), 2, 'HALF_UP'),
    () => c.toFixed(c.round(evalOn(c, x), 1, 'HALF_EVEN'), 1),
    () => c.toString(evalOn(c, x)),
    () => c.toNumber(evalOn(c, x)),
  ]) {
    try {
      out.push(f());
    } catch (e) {
      if (!(e instanceof Undecidable)) throw e;
      out.push('undecidable');
    }
  }
  return out;
}

describe('floatArena (the float fast path without allocation)', () => {
  const c = floatArena.calculator;

  it('property: decides exactly what floatCalculator decides', () => {
    fc.assert(
      fc.property(expr, expr, (x, y) => {
        const arena = floatArena.scoped(() => observe(c, x, y));
        expect(arena).toEqual(observe(flt, x, y));
      }),
      { numRuns: 1000 },
    );
  });

  it('kept values survive their scope; others are rejected after it', () => {
    let kept = 0;
    let scratch = 0;
    floatArena.scoped(() => {
      kept = c.keep(c.from('1.76'));
      scratch = c.from(2);
    });
    expect(floatArena.scoped(() => c.toString(c.mul(kept, c.from(100))))).toBe('176');
    expect(() => floatArena.scoped(() => c.add(scratch, kept))).toThrow(/outside the scoring call/);
    expect(() => c.from(1)).toThrow(/outside the scoring call/);
  });

  it('is not reentrant, and a scope ends even when it throws', () => {
    expect(() => floatArena.scoped(() => floatArena.scoped(() => 1))).toThrow(/reentrant/);
    expect(() =>
      floatArena.scoped(() => {
        const third = c.div(c.from(1), c.from(3));
        return c.cmp(c.mul(third, c.from(3)), c.from(1));
      }),
    ).toThrow(Undecidable);
    expect(floatArena.scoped(() => c.toString(c.from('9.12')))).toBe('9.12');
  });

  it('grows for large appraisals', () => {
    const total = floatArena.scoped(() => {
      let acc = c.from(0);
      for (let i = 0; i < 100_000; i++) acc = c.add(acc, c.from('0.01'));
      return c.toString(acc);
    });
    expect(total).toBe('1000');
  });
});
