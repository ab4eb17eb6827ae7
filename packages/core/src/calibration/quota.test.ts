import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countInterval, OPERATORS, roundRatio, shareInterval } from './quota.js';

describe('integer quota arithmetic', () => {
  it('avoids the IEEE traps of methods.md §1.1', () => {
    // the naive float code gets these wrong
    expect(Math.ceil(0.07 * 100)).toBe(8);
    expect(Math.floor(0.29 * 100)).toBe(28);
    expect(roundRatio(100 * 700, 10000, 'CEIL')).toBe(7);
    expect(roundRatio(100 * 2900, 10000, 'FLOOR')).toBe(29);
    expect(shareInterval(100, '>=', 700)).toEqual({ min: 7, max: 100 });
    expect(shareInterval(100, '<=', 2900)).toEqual({ min: 0, max: 29 });
  });

  it('rounds half up on exact halves only', () => {
    expect(roundRatio(5, 10, 'HALF_UP')).toBe(1);
    expect(roundRatio(4, 10, 'HALF_UP')).toBe(0);
    expect(roundRatio(20, 10, 'HALF_UP')).toBe(2);
  });

  it.each([
    // h, op, bp, expected
    [10, '<=', 7000, { min: 0, max: 7 }],
    [10, '<', 7000, { min: 0, max: 6 }],
    [11, '<', 7000, { min: 0, max: 7 }],
    [10, '>=', 6000, { min: 6, max: 10 }],
    [10, '>', 6000, { min: 7, max: 10 }],
    [7, '>', 6000, { min: 5, max: 7 }],
    [12, '=', 2000, { min: 3, max: 2 }],
    [10, '=', 2000, { min: 2, max: 2 }],
    [12, 'between', [2000, 4000], { min: 3, max: 4 }],
  ] as const)('h=%i %s %j → %j', (h, op, bp, want) => {
    expect(shareInterval(h, op, bp)).toEqual(want);
  });

  it('strict < is count·10000 < h·b exactly, for every operator and headcount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 10000 }),
        (h, a, b) => {
          const lo = Math.min(a, b);
          const hi = Math.max(a, b);
          for (const op of OPERATORS) {
            const bp = op === 'between' ? ([lo, hi] as const) : a;
            const iv = shareInterval(h, op, bp);
            // membership by the definition, in integers
            for (const c of [iv.min - 1, iv.min, iv.max, iv.max + 1]) {
              if (c < 0 || c > h) continue;
              const inside = c >= iv.min && c <= iv.max;
              const def =
                op === '<'
                  ? c * 10000 < h * a
                  : op === '>'
                    ? c * 10000 > h * a
                    : op === '<='
                      ? c * 10000 <= h * a
                      : op === '>='
                        ? c * 10000 >= h * a
                        : op === '='
                          ? c * 10000 === h * a
                          : c * 10000 >= h * lo && c * 10000 <= h * hi;
              expect(inside, `${op} h=${h} a=${a} c=${c}`).toBe(def);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('count guidelines', () => {
    expect(countInterval(10, '>=', 1)).toEqual({ min: 1, max: 10 });
    expect(countInterval(10, '<', 3)).toEqual({ min: 0, max: 2 });
    expect(countInterval(2, 'between', [1, 5])).toEqual({ min: 1, max: 2 });
  });
});
