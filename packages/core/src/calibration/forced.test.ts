import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forcedDistribution } from './forced.js';

const CURVE = [1000, 2000, 4000, 2000, 1000];

describe('forced distribution (numeric regimes)', () => {
  it('fills bins top-down by score with Hamilton counts', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ id: `P${i}`, skor: 100 - i }));
    const r = forcedDistribution(items, CURVE);
    if (!r.ok) throw new Error('invalid');
    expect(r.targets).toEqual([1, 2, 4, 2, 1]);
    expect(r.placements.map((p) => p.bin)).toEqual([0, 1, 1, 2, 2, 2, 2, 3, 3, 4]);
    expect(r.boundaryTies).toEqual([]);
  });

  it('uses the seat tie policy of Hamilton (H = 12: tie at bins 1 and 3)', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ id: `P${i}`, skor: i }));
    const a = forcedDistribution(items, CURVE);
    const b = forcedDistribution(items, CURVE, { seatTie: 'lowerBinFirst' });
    expect(a.ok && [a.targets, a.seatTieAtCutoff]).toEqual([
      [1, 2, 5, 3, 1],
      [1, 3],
    ]);
    expect(b.ok && b.targets).toEqual([1, 3, 5, 2, 1]);
  });

  it('boundary ties: flag (default), secondaryKeys, keepTogether', () => {
    const items = [
      { id: 'a', skor: 90 },
      { id: 'c', skor: 80, sekunder: [1] },
      { id: 'b', skor: 80, sekunder: [2] },
      { id: 'd', skor: 70 },
    ];
    // shares 25/25/50 → targets [1, 1, 2]; b (secondary key 2) ranks before c
    const flag = forcedDistribution(items, [2500, 2500, 5000]);
    if (!flag.ok) throw new Error('invalid');
    expect(flag.placements.map((p) => [p.id, p.bin])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 2],
    ]);
    expect(flag.boundaryTies).toEqual([{ upper: 1, skor: 80, ids: ['b', 'c'] }]);
    const quiet = forcedDistribution(items, [2500, 2500, 5000], { boundaryTie: 'secondaryKeys' });
    expect(quiet.ok && quiet.boundaryTies).toEqual([]);
    const together = forcedDistribution(items, [2500, 2500, 5000], { boundaryTie: 'keepTogether' });
    if (!together.ok) throw new Error('invalid');
    expect(together.counts).toEqual([1, 2, 1]);
    expect(together.placements.map((p) => p.bin)).toEqual([0, 1, 1, 2]);
  });

  it('invalid input → issues', () => {
    expect(forcedDistribution([{ id: 'a' }], CURVE).ok).toBe(false);
    expect(
      forcedDistribution(
        [
          { id: 'a', skor: 1 },
          { id: 'a', skor: 2 },
        ],
        CURVE,
      ).ok,
    ).toBe(false);
    expect(forcedDistribution([{ id: 'a', skor: 1 }], [0, 0]).ok).toBe(false);
  });

  it('property: every person is placed once, counts follow the targets, order does not matter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }),
        fc.constantFrom('flag', 'secondaryKeys', 'keepTogether' as const),
        (scores, boundaryTie) => {
          const items = scores.map((s, i) => ({ id: `P${String(i).padStart(2, '0')}`, skor: s }));
          const r = forcedDistribution(items, CURVE, { boundaryTie });
          const r2 = forcedDistribution([...items].reverse(), CURVE, { boundaryTie });
          if (!r.ok) throw new Error('invalid');
          expect(r2).toEqual(r);
          expect(r.placements).toHaveLength(items.length);
          expect(r.counts.reduce((a, b) => a + b, 0)).toBe(items.length);
          if (boundaryTie !== 'keepTogether') expect(r.counts).toEqual(r.targets);
          // bins never go down as the rank goes down (best first)
          for (let k = 1; k < r.placements.length; k++) {
            expect(r.placements[k]?.bin).toBeGreaterThanOrEqual(r.placements[k - 1]?.bin as number);
          }
          // equal scores in different bins only where a boundary tie is reported (flag)
          if (boundaryTie === 'keepTogether') {
            const binOf = new Map<number, Set<number>>();
            for (const p of r.placements) {
              const s = items.find((x) => x.id === p.id)?.skor as number;
              binOf.set(s, (binOf.get(s) ?? new Set()).add(p.bin));
            }
            for (const set of binOf.values()) expect(set.size).toBe(1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
