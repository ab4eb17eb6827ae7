import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complementMoments, mean, variance, welchT, welchTFromMoments } from './stats.js';

const shifted = (xs: readonly number[], c: number) => ({
  n: xs.length,
  s1: xs.reduce((s, x) => s + (x - c), 0),
  s2: xs.reduce((s, x) => s + (x - c) ** 2, 0),
});

describe('complementMoments', () => {
  it('a constant rest has variance exactly 0', () => {
    const whole = [7.1, 7.1, 7.1, 3, 9];
    const c = mean(whole);
    expect(complementMoments(c, shifted(whole, c), shifted([3, 9], c)).variance).toBe(0);
  });

  it('the worked example: [1, 2, 3, 6] without [6] is [1, 2, 3]', () => {
    expect(complementMoments(3, { n: 4, s1: 0, s2: 14 }, { n: 1, s1: 3, s2: 9 })).toEqual({
      n: 3,
      mean: 2,
      variance: 1,
    });
  });

  it('equals the two-pass moments of the rest on rating-scale data (and Welch t on them)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 2, maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 2, maxLength: 300 }),
        (part, rest) => {
          const whole = [...part, ...rest];
          const c = mean(whole);
          const m = complementMoments(c, shifted(whole, c), shifted(part, c));
          expect(m.n).toBe(rest.length);
          expect(m.mean).toBeCloseTo(mean(rest), 9);
          expect(m.variance).toBeCloseTo(variance(rest), 8);
          const a = welchT(part, rest);
          const b = welchTFromMoments(
            { n: part.length, mean: mean(part), variance: variance(part) },
            m,
          );
          if (Number.isNaN(a.t)) expect(Number.isNaN(b.t) || Math.abs(b.t) < 1e-6).toBe(true);
          else expect(b.p).toBeCloseTo(a.p, 8);
        },
      ),
      { numRuns: 300 },
    );
  });
});
