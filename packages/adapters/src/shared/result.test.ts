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
});
