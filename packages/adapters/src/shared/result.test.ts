import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ledger, reconciles } from './result.js';

describe('Ledger', () => {
  it('accounts for every row exactly once, whatever the order of operations', () => {
    const op = fc.oneof(
      fc.record({ k: fc.constant('accept' as const), row: fc.integer({ min: 1, max: 8 }) }),
      fc.record({ k: fc.constant('reject' as const), row: fc.integer({ min: 1, max: 8 }) }),
      fc.record({ k: fc.constant('exclude' as const), row: fc.integer({ min: 1, max: 8 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.array(op, { maxLength: 30 }), (n, ops) => {
        const l = new Ledger<{ row: number }>(n);
        for (const o of ops) {
          if (o.row > n) continue;
          if (o.k === 'accept') l.accept({ row: o.row });
          else if (o.k === 'reject') l.reject(o.row, ['x'], 'REQUIRED', { field: 'x' });
          else l.exclude([o.row], 'PLT_PLH_EXCLUDED', undefined);
        }
        const r = l.finish();
        expect(reconciles(r)).toBe(true);
        expect(r.counts.input).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('a row nobody handled is reported, not lost', () => {
    const l = new Ledger<{ row: number }>(2);
    l.accept({ row: 1 });
    const r = l.finish();
    expect(r.rejections).toMatchObject([{ row: 2, code: 'ROW_UNACCOUNTED' }]);
    expect(r.counts).toEqual({ input: 2, accepted: 1, rejected: 1, excluded: 0 });
  });

  it('equal decisions merge their rows', () => {
    const l = new Ledger<{ row: number }>(3);
    for (const row of [3, 1]) l.decide('CUKUP_AS_BUTUH_PERBAIKAN', row, undefined);
    for (const row of [1, 2, 3]) l.accept({ row });
    expect(l.finish().decisions).toEqual([
      expect.objectContaining({ code: 'CUKUP_AS_BUTUH_PERBAIKAN', rows: [1, 3] }),
    ]);
  });

  it('property: a decision lists each reported row once, in any order of reports, also after continueFrom', () => {
    // Rows mostly ascending (as readers report them) with repeats and some out of order.
    const report = fc.array(
      fc.record({
        rows: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 4 }),
        field: fc.constantFrom('a', 'b'),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(report, report, (first, second) => {
        const expected = new Map<string, Set<number>>();
        const apply = (l: Ledger<{ row: number }>, reports: typeof first) => {
          for (const r of reports) {
            l.decide('DASH_AS_EMPTY', r.rows, { field: r.field });
            const seen = expected.get(r.field) ?? new Set<number>();
            for (const row of r.rows) seen.add(row);
            expected.set(r.field, seen);
          }
        };
        const l = new Ledger<{ row: number }>(40);
        apply(l, first);
        const next = Ledger.continueFrom<{ row: number }>(l.finish());
        apply(next, second);
        const got = new Map(
          next
            .finish()
            .decisions.filter((d) => d.code === 'DASH_AS_EMPTY')
            .map((d) => [d.message.en.includes('"a"') ? 'a' : 'b', d.rows]),
        );
        for (const [field, rows] of expected) {
          if (rows.size === 0) continue;
          expect(got.get(field)).toEqual([...rows].sort((x, y) => x - y));
        }
      }),
      { numRuns: 300 },
    );
  });
});
