import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowRuns } from './rowRuns.js';

describe('RowRuns', () => {
  it('property: holds exactly the distinct rows added, ascending, whatever their order', () => {
    // Ascending stretches (as chunks report them) mixed with repeats and rows out of order.
    const rows = fc.array(
      fc.oneof(
        fc.record({ from: fc.integer({ min: 1, max: 300 }), n: fc.integer({ min: 1, max: 20 }) }),
        fc.integer({ min: 1, max: 300 }).map((from) => ({ from, n: 1 })),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(rows, (parts) => {
        const r = new RowRuns();
        const expected = new Set<number>();
        for (const { from, n } of parts) {
          const stretch = Array.from({ length: n }, (_, i) => from + i);
          r.addAll(stretch);
          for (const x of stretch) expected.add(x);
          expect(r.size).toBe(expected.size);
        }
        expect(r.toArray()).toEqual([...expected].sort((a, b) => a - b));
      }),
      { numRuns: 500 },
    );
  });

  it('joins a row that closes the gap between two runs', () => {
    const r = new RowRuns();
    r.addAll([1, 2, 4, 5, 9]);
    r.add(3);
    r.add(8);
    r.add(7);
    r.add(0);
    expect(r.toArray()).toEqual([0, 1, 2, 3, 4, 5, 7, 8, 9]);
    expect(r.size).toBe(9);
  });
});
