import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BoundedSet, type FlowGroup, type FlowSolution, solveDistribution } from './solver.js';

const cost = (s: FlowSolution) => (s.feasible ? [s.changed, s.distance, s.against] : undefined);
function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x !== y) return x < y;
  }
  return false;
}

describe('solveDistribution', () => {
  it('moves the fewest people, then the shortest distance', () => {
    const s = solveDistribution({
      nBins: 5,
      groups: [{ from: 0, allowed: [0, 1, 2], count: 10 }],
      bounds: [{ bins: [0], min: 0, max: 7 }],
    });
    expect(s.feasible && [s.changed, s.distance, s.counts]).toEqual([3, 3, [7, 3, 0, 0, 0]]);
  });

  it('rejects partly overlapping groups', () => {
    const s = solveDistribution({
      nBins: 5,
      groups: [{ from: 0, allowed: [0, 1, 2], count: 10 }],
      bounds: [
        { bins: [0, 1], min: 0, max: 5 },
        { bins: [1, 2], min: 0, max: 5 },
      ],
    });
    expect(s).toEqual({ feasible: false, reason: 'NOT_LAMINAR' });
  });

  it('property: the convex search over the modal count equals a scan of every count', () => {
    const groupArb = fc.record({
      from: fc.integer({ min: 0, max: 4 }),
      extra: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
      count: fc.integer({ min: 1, max: 12 }),
    });
    const boundArb = fc.record({
      bin: fc.integer({ min: 0, max: 4 }),
      min: fc.integer({ min: 0, max: 10 }),
      span: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(
      fc.property(
        fc.array(groupArb, { minLength: 1, maxLength: 5 }),
        fc.array(boundArb, { maxLength: 3 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        fc.constantFrom('UP' as const, 'DOWN' as const, 'NONE' as const),
        (gs, bs, X, ties, prefer) => {
          const groups: FlowGroup[] = gs.map((g) => ({
            from: g.from,
            allowed: [...new Set([g.from, ...g.extra])].sort(),
            count: g.count,
          }));
          const bounds: BoundedSet[] = bs.map((b) => ({
            bins: [b.bin],
            min: b.min,
            max: b.min + b.span,
          }));
          const h = groups.reduce((s, g) => s + g.count, 0);
          const got = solveDistribution({
            nBins: 5,
            groups,
            bounds,
            modal: { bin: X, ties },
            prefer,
          });
          let best: number[] | undefined;
          for (let m = 0; m <= h; m++) {
            const fixed: BoundedSet[] = [
              ...bounds,
              { bins: [X], min: m, max: m },
              ...[0, 1, 2, 3, 4]
                .filter((b) => b !== X)
                .map((b) => ({ bins: [b], min: 0, max: ties ? m : m - 1 })),
            ];
            const c = cost(solveDistribution({ nBins: 5, groups, bounds: fixed, prefer }));
            if (!c || c.some((x) => x < 0)) continue;
            if (!best || lexLess(c, best)) best = c;
          }
          expect(cost(got)).toEqual(best);
        },
      ),
      { numRuns: 300 },
    );
  });
});
