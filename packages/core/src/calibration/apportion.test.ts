import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ApportionResult, hamilton, type TiePolicy, webster } from './apportion.js';

const seats = (r: ApportionResult) => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
};
const CURVE = [1000, 2000, 4000, 2000, 1000];

describe('Hamilton — worked data (methods.md §5.7)', () => {
  it('votes 47000/16000/15800/12000/6100/3100, 10 seats → [5,2,1,1,1,0]', () => {
    const r = seats(hamilton(10, [47000, 16000, 15800, 12000, 6100, 3100]));
    expect(r.seats).toEqual([5, 2, 1, 1, 1, 0]);
    expect(r.unassigned).toBe(0);
    expect(r.tieAtCutoff).toBeUndefined();
  });

  it('curve 10/20/40/20/10 at H = 12: tie at [1, 3] and each policy', () => {
    const flagged = seats(hamilton(12, CURVE, { tie: 'flag' }));
    expect(flagged.tieAtCutoff).toEqual([1, 3]);
    expect(flagged.seats).toEqual([1, 2, 5, 2, 1]);
    expect(flagged.unassigned).toBe(1);
    const cases: [TiePolicy, number[]][] = [
      ['lowerBinFirst', [1, 3, 5, 2, 1]],
      ['lowerIndexFirst', [1, 3, 5, 2, 1]],
      ['higherBinFirst', [1, 2, 5, 3, 1]],
      ['higherIndexFirst', [1, 2, 5, 3, 1]],
      ['largerQuotaFirst', [1, 3, 5, 2, 1]],
      ['centerFirst', [1, 3, 5, 2, 1]],
    ];
    for (const [tie, want] of cases) {
      const r = seats(hamilton(12, CURVE, { tie }));
      expect(r.seats, tie).toEqual(want);
      expect(r.tieAtCutoff, tie).toEqual([1, 3]);
    }
  });

  it('centerFirst and largerQuotaFirst decide by the middle and by the weight', () => {
    // remainders tie for bins 0 and 2 (0.5 each), one seat left; bin 2 is the centre of 5
    expect(seats(hamilton(2, [2500, 0, 2500, 0, 5000], { tie: 'centerFirst' })).seats).toEqual([
      0, 0, 1, 0, 1,
    ]);
    // bins 0 and 1 both have remainder .5 with one seat; bin 1 has the larger weight
    expect(seats(hamilton(3, [5, 15, 10], { tie: 'largerQuotaFirst' })).seats).toEqual([0, 2, 1]);
  });

  it('the Alabama paradox: 25 → 26 seats takes a seat from D and E', () => {
    const w = [1500, 1500, 900, 500, 500, 200];
    expect(seats(hamilton(25, w)).seats).toEqual([7, 7, 4, 3, 3, 1]);
    expect(seats(hamilton(26, w)).seats).toEqual([8, 8, 5, 2, 2, 1]);
    // Webster is house-monotone on the same data
    const a = seats(webster(25, w)).seats;
    const b = seats(webster(26, w)).seats;
    for (let i = 0; i < w.length; i++) expect(b[i]).toBeGreaterThanOrEqual(a[i] as number);
  });

  it('invalid input gives issues, never throws', () => {
    expect(hamilton(-1, CURVE).ok).toBe(false);
    expect(hamilton(1.5, CURVE).ok).toBe(false);
    expect(hamilton(10, []).ok).toBe(false);
    expect(hamilton(10, [0, 0]).ok).toBe(false);
    const r = hamilton(10, [1, -2, 0.5]);
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual([
      ['weights', 1],
      ['weights', 2],
    ]);
    expect(webster(10, [Number.MAX_SAFE_INTEGER, 1]).ok).toBe(false);
  });
});

describe('Webster (Sainte-Laguë)', () => {
  it('apportions the §5.7 votes', () => {
    expect(seats(webster(10, [47000, 16000, 15800, 12000, 6100, 3100])).seats).toEqual([
      4, 2, 2, 1, 1, 0,
    ]);
  });
  it('flags ties at the cut-off', () => {
    const r = seats(webster(1, [1, 1], { tie: 'flag' }));
    expect(r.tieAtCutoff).toEqual([0, 1]);
    expect(r.unassigned).toBe(1);
    expect(seats(webster(1, [1, 1], { tie: 'higherBinFirst' })).seats).toEqual([0, 1]);
  });
});

const weightsArb = fc
  .array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 7 })
  .filter((w) => w.some((x) => x > 0));
const policyArb = fc.constantFrom<TiePolicy>(
  'lowerBinFirst',
  'higherBinFirst',
  'largerQuotaFirst',
  'centerFirst',
  'flag',
);

describe('properties', () => {
  it('seats (plus flagged seats) always sum to H, for both methods', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), weightsArb, policyArb, (h, w, tie) => {
        for (const f of [hamilton, webster]) {
          const r = seats(f(h, w, { tie }));
          expect(r.seats.reduce((s, x) => s + x, 0) + r.unassigned).toBe(h);
          if (tie !== 'flag') expect(r.unassigned).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('Hamilton satisfies the quota rule: ⌊q⌋ ≤ seats ≤ ⌈q⌉', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), weightsArb, policyArb, (h, w, tie) => {
        const r = seats(hamilton(h, w, { tie }));
        const W = w.reduce((s, x) => s + x, 0);
        r.seats.forEach((s, i) => {
          const num = h * (w[i] as number);
          const lo = Math.floor(num / W);
          const hi = num % W === 0 ? lo : lo + 1;
          expect(s).toBeGreaterThanOrEqual(lo);
          expect(s).toBeLessThanOrEqual(hi);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('Hamilton results follow the bins, not their position, except for index-based ties', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), weightsArb, (h, w) => {
        const r = seats(hamilton(h, w, { tie: 'flag' }));
        const rev = seats(hamilton(h, [...w].reverse(), { tie: 'flag' }));
        expect([...rev.seats].reverse()).toEqual(r.seats);
      }),
      { numRuns: 300 },
    );
  });
});
