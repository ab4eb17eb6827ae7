import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  percentileRanks,
  type RaterScore,
  raterEffects,
  recenter,
  shrinkRaterMeans,
  zScores,
} from './normalize.js';

const s = (raterId: string, rateeId: string, value: number): RaterScore => ({
  raterId,
  rateeId,
  value,
});

describe('within-rater z-scores', () => {
  it('standardises per rater and flags a rater without differentiation', () => {
    const r = zScores([s('A', '1', 80), s('A', '2', 90), s('B', '3', 70), s('B', '4', 70)]);
    if (!r.ok) throw new Error('invalid');
    expect(r.scores.map((x) => x.z)).toEqual([
      expect.closeTo(-Math.SQRT1_2, 12),
      expect.closeTo(Math.SQRT1_2, 12),
      0,
      0,
    ]);
    expect(r.raters.map((x) => [x.raterId, x.noDifferentiation])).toEqual([
      ['A', false],
      ['B', true],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['NO_DIFFERENTIATION']);
  });

  it('rescales to a given organisation metric', () => {
    const r = zScores([s('A', '1', 1), s('A', '2', 3)], { target: { mean: 100, sd: 10 } });
    expect(r.ok && r.scores.map((x) => x.rescaled)).toEqual([
      expect.closeTo(100 - 10 * Math.SQRT1_2, 10),
      expect.closeTo(100 + 10 * Math.SQRT1_2, 10),
    ]);
  });

  it('invalid input → issues', () => {
    expect(zScores([{ raterId: 'A', rateeId: '1', value: Number.NaN }]).ok).toBe(false);
    expect(zScores([]).ok).toBe(false);
    expect(zScores('x').ok).toBe(false);
  });
});

describe('mean re-centering', () => {
  it('y* = y − (ȳ_j − μ)', () => {
    const r = recenter([s('A', '1', 90), s('A', '2', 80), s('B', '3', 70)]);
    if (!r.ok) throw new Error('invalid');
    expect(r.mean).toBe(80);
    expect(r.scores.map((x) => x.adjusted)).toEqual([85, 75, 80]);
  });
});

describe('percentile ranks (mid-rank convention)', () => {
  it('PR(v) = (#{x<v} + ½#{x=v})/n, not the simple-statistics convention', () => {
    expect(percentileRanks([1, 2, 3, 4])).toEqual([0.125, 0.375, 0.625, 0.875]);
    expect(percentileRanks([5, 5, 7])).toEqual([1 / 3, 1 / 3, 5 / 6]);
    expect(percentileRanks([])).toEqual([]);
  });
  it('equals the Hazen position (r − ½)/n with average ranks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 30 }),
        (xs) => {
          const pr = percentileRanks(xs);
          xs.forEach((v, i) => {
            const less = xs.filter((x) => x < v).length;
            const eq = xs.filter((x) => x === v).length;
            const avgRank = less + (eq + 1) / 2;
            expect(pr[i]).toBeCloseTo((avgRank - 0.5) / xs.length, 12);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('shrinkage (one-way random-effects BLUP)', () => {
  it('balanced example: n0 = 3, MS_within = 1, MS_between = 54', () => {
    const r = shrinkRaterMeans([
      s('A', '1', 1),
      s('A', '2', 2),
      s('A', '3', 3),
      s('B', '4', 7),
      s('B', '5', 8),
      s('B', '6', 9),
    ]);
    if (!r.ok) throw new Error('invalid');
    expect(r.grandMean).toBe(5);
    expect(r.n0).toBe(3);
    expect(r.msWithin).toBe(1);
    expect(r.msBetween).toBe(54);
    expect(r.tau2).toBeCloseTo(53 / 3, 12);
    expect(r.kappa).toBeCloseTo(3 / 53, 12);
    // m_A = (3·2 + κ·5)/(3 + κ)
    const k = 3 / 53;
    expect(r.raters[0]?.shrunkenMean).toBeCloseTo((6 + 5 * k) / (3 + k), 12);
  });

  it('unbalanced n0 = (N − Σn²/N)/(J − 1) and full shrinkage when τ² = 0', () => {
    const r = shrinkRaterMeans([
      s('A', '1', 1),
      s('A', '2', 3),
      s('B', '3', 2),
      s('B', '4', 2),
      s('B', '5', 2),
    ]);
    if (!r.ok) throw new Error('invalid');
    expect(r.n0).toBeCloseTo((5 - 13 / 5) / 1, 12);
    expect(r.tau2).toBe(0);
    expect(r.kappa).toBe(Number.POSITIVE_INFINITY);
    expect(r.raters.every((x) => x.shrunkenMean === r.grandMean)).toBe(true);
  });

  it('needs two raters and more ratings than raters', () => {
    const r = shrinkRaterMeans([s('A', '1', 1), s('A', '2', 2)]);
    expect(r.ok ? '' : r.issues[0]?.code).toBe('TOO_FEW_GROUPS');
  });
});

describe('additive rater-effect model', () => {
  it('recovers ratee and rater effects exactly from a connected design', () => {
    const truth = { A: 2, B: -2, C: 0 } as const;
    const ratees = { '1': 80, '2': 70, '3': 60, '4': 75 } as const;
    const design: [keyof typeof truth, keyof typeof ratees][] = [
      ['A', '1'],
      ['A', '2'],
      ['B', '2'],
      ['B', '3'],
      ['C', '3'],
      ['C', '4'],
      ['A', '4'],
    ];
    const data = design.map(([j, i]) => s(j, i, ratees[i] + truth[j]));
    const r = raterEffects(data);
    if (!r.ok) throw new Error('invalid');
    expect(r.connected).toBe(true);
    expect(r.converged).toBe(true);
    expect(r.raters.map((x) => [x.id, x.severity])).toEqual([
      ['A', expect.closeTo(2, 9)],
      ['B', expect.closeTo(-2, 9)],
      ['C', expect.closeTo(0, 9)],
    ]);
    expect(r.ratees.map((x) => x.fair)).toEqual([
      expect.closeTo(80, 9),
      expect.closeTo(70, 9),
      expect.closeTo(60, 9),
      expect.closeTo(75, 9),
    ]);
    // raw means mislead: A rated the strong ratees
    expect(r.raters.find((x) => x.id === 'A')?.rawMean).toBeCloseTo((82 + 72 + 77) / 3, 12);
    expect(r.residualVariance).toBeCloseTo(0, 12);
  });

  it('finds components by union-find and centres severities within each', () => {
    const data = [s('A', '1', 10), s('B', '1', 8), s('A', '2', 6), s('C', '3', 5), s('D', '3', 9)];
    const r = raterEffects(data);
    if (!r.ok) throw new Error('invalid');
    expect(r.connected).toBe(false);
    expect(r.components).toEqual([
      { raters: ['A', 'B'], ratees: ['1', '2'] },
      { raters: ['C', 'D'], ratees: ['3'] },
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['NOT_CONNECTED']);
    for (const c of [0, 1]) {
      const sum = r.raters.filter((x) => x.component === c).reduce((a, x) => a + x.severity, 0);
      expect(sum).toBeCloseTo(0, 12);
    }
    expect(r.raters.map((x) => x.severity)).toEqual([
      expect.closeTo(1, 9),
      expect.closeTo(-1, 9),
      expect.closeTo(-2, 9),
      expect.closeTo(2, 9),
    ]);
  });

  it('property: additive data without noise is fitted exactly (Σb = 0)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 2, maxLength: 4 }),
        fc.array(fc.integer({ min: 50, max: 100 }), { minLength: 2, maxLength: 6 }),
        (b, a) => {
          // every rater rates every ratee: connected
          const mb = b.reduce((x, y) => x + y, 0) / b.length;
          const data = b.flatMap((bj, j) => a.map((ai, i) => s(`R${j}`, `E${i}`, ai + bj)));
          const r = raterEffects(data);
          if (!r.ok) throw new Error('invalid');
          r.raters.forEach((x) => {
            expect(x.severity).toBeCloseTo((b[Number(x.id.slice(1))] as number) - mb, 8);
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
