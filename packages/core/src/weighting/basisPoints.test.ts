import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basisPointsUsed } from './basisPoints.js';
import { renormalize } from './weights.js';

describe('basisPointsUsed', () => {
  it.each<[string, Record<string, number>, string[], Record<string, number>]>([
    [
      'nothing missing',
      { ATASAN: 6000, REKAN_KERJA: 4000 },
      ['ATASAN', 'REKAN_KERJA'],
      { ATASAN: 6000, REKAN_KERJA: 4000 },
    ],
    [
      'rekan kerja missing',
      { ATASAN: 6000, REKAN_KERJA: 2000, BAWAHAN: 2000 },
      ['ATASAN', 'BAWAHAN'],
      { ATASAN: 7500, BAWAHAN: 2500 },
    ],
    [
      'thirds round by largest remainder',
      { A: 1000, B: 1000, C: 1000, D: 7000 },
      ['A', 'B', 'C'],
      { A: 3334, B: 3333, C: 3333 },
    ],
    [
      '5/7 and 2/7',
      { ATASAN: 5000, REKAN_KERJA: 3000, MASYARAKAT: 2000 },
      ['ATASAN', 'MASYARAKAT'],
      { ATASAN: 7143, MASYARAKAT: 2857 },
    ],
    ['single role', { ATASAN: 6000, REKAN_KERJA: 4000 }, ['REKAN_KERJA'], { REKAN_KERJA: 10000 }],
    [
      'zero weights are not used',
      { ATASAN: 10000, BAWAHAN: 0 },
      ['ATASAN', 'BAWAHAN'],
      { ATASAN: 10000 },
    ],
    ['nobody weighted present', { ATASAN: 10000 }, ['BAWAHAN'], {}],
  ])('%s', (_name, weights, present, want) => {
    expect(basisPointsUsed(renormalize(weights, present))).toEqual(want);
  });

  it('always sums to 10000 and stays within 1 bp of the exact share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (ws, keep) => {
          const weights = Object.fromEntries(ws.map((w, i) => [`R${i}`, w]));
          const present = ws.map((_, i) => `R${i}`).filter((_, i) => keep[i]);
          const used = renormalize(weights, present);
          const bp = basisPointsUsed(used);
          const vals = Object.values(bp) as number[];
          if (used.total === 0) {
            expect(vals).toEqual([]);
            return;
          }
          expect(vals.reduce((a, b) => a + b, 0)).toBe(10000);
          for (const [k, v] of Object.entries(bp) as [string, number][]) {
            const exact = (((used.used as Record<string, number>)[k] ?? 0) * 10000) / used.total;
            expect(Math.abs(v - exact)).toBeLessThan(1);
            expect(Number.isInteger(v)).toBe(true);
          }
        },
      ),
    );
  });
});
