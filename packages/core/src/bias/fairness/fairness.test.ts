import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSuppressed } from '../privacy.js';
import { type GroupImpact, impactRatios } from './impact.js';
import { cliffsDelta, standardizedMeanDifference } from './smd.js';
import { compareProportions, fisherExact } from './twoByTwo.js';

const reportable = (g: unknown): g is GroupImpact => !isSuppressed(g);

describe('four-fifths rule (UGESP Q&A example, methods.md §3.1/§5.6)', () => {
  const r = impactRatios([
    { group: 'White', events: 60, total: 100 },
    { group: 'AmInd', events: 45, total: 100 },
    { group: 'Hispanic', events: 48, total: 100 },
    { group: 'Black', events: 51, total: 100 },
  ]);
  const by = Object.fromEntries(r.groups.filter(reportable).map((g) => [g.group, g]));
  it('reference = highest rate; IRs .75 / .80 / .85', () => {
    expect(r.reference).toBe('White');
    expect(by.White?.impactRatio).toBe(1);
    expect(by.AmInd?.impactRatio).toBeCloseTo(0.75, 12);
    expect(by.Hispanic?.impactRatio).toBeCloseTo(0.8, 12);
    expect(by.Black?.impactRatio).toBeCloseTo(0.85, 12);
  });
  it('flags strictly below 0.8: only .75; exactly .80 is not flagged', () => {
    expect(by.AmInd?.belowFourFifths).toBe(true);
    expect(by.Hispanic?.belowFourFifths).toBe(false);
    expect(by.Black?.belowFourFifths).toBe(false);
  });
  it('the exact edge is decided in integers, not by float division', () => {
    // 3/5 against 6/8 is exactly 4/5, but (3/5)/(6/8) = 0.7999999999999999 in floats.
    expect(3 / 5 / (6 / 8) < 0.8).toBe(true);
    const edge = impactRatios([
      { group: 'ref', events: 6, total: 8 },
      { group: 'focal', events: 3, total: 5 },
    ]);
    const f = edge.groups.filter(reportable).find((g) => g.group === 'focal');
    expect(f?.belowFourFifths).toBe(false);
  });
  it('shortfall in persons and flip-one', () => {
    const g = by.AmInd;
    // pooled p̄ = 105/200; expected 52.5, actual 45 → 7.5 → 8 persons (half away from zero).
    expect(g?.test?.shortfall).toBeCloseTo(7.5, 12);
    expect(g?.shortfallPersons).toBe(8);
    expect(g?.unstable).toBe(false);
  });
});

describe('adverse outcomes: 98 % vs 95 % favourable is 2 % vs 5 % adverse (methods.md §3.1)', () => {
  it('favourable IR .97 (no flag) but adverse IR .40 (flag)', () => {
    const fav = impactRatios([
      { group: 'A', events: 98, total: 100 },
      { group: 'B', events: 95, total: 100 },
    ]);
    const adv = impactRatios(
      [
        { group: 'A', events: 2, total: 100 },
        { group: 'B', events: 5, total: 100 },
      ],
      { outcome: 'adverse' },
    );
    const fb = fav.groups.filter(reportable).find((g) => g.group === 'B');
    const ab = adv.groups.filter(reportable).find((g) => g.group === 'B');
    expect(fb?.impactRatio).toBeCloseTo(0.9693877551, 9);
    expect(fb?.belowFourFifths).toBe(false);
    expect(adv.reference).toBe('A');
    expect(ab?.impactRatio).toBeCloseTo(0.4, 12);
    expect(ab?.belowFourFifths).toBe(true);
    // One-sided Fisher in the direction of disadvantage (more adverse outcomes).
    expect(ab?.oneSidedP).toBeCloseTo(compareProportions(5, 100, 2, 100).fisher.greater, 15);
    expect(ab?.shortfallPersons).toBe(2); // expected 3.5, actual 5 → 1.5 excess → 2
  });
});

describe('flip-one stability (UGESP Q&A "one different person")', () => {
  it('small numbers: one person reverses the result → unstable', () => {
    const r = impactRatios([
      { group: 'A', events: 3, total: 5 },
      { group: 'B', events: 2, total: 5 },
    ]);
    const b = r.groups.filter(reportable).find((g) => g.group === 'B');
    expect(b?.belowFourFifths).toBe(true); // 0.4/0.6 = .667
    expect(b?.flipOne?.reverses).toBe(true); // 3/5 vs 2/5
    expect(b?.unstable).toBe(true);
  });
});

describe('privacy: groups under minGroupSize are suppressed', () => {
  it('replaces every number with a marker and a reason; never the reference', () => {
    const r = impactRatios([
      { group: 'big', events: 40, total: 50 },
      { group: 'mid', events: 20, total: 30 },
      { group: 'tiny', events: 4, total: 4 },
      { group: 'small', events: 1, total: 3 },
    ]);
    const tiny = r.groups.find((g) => g.group === 'tiny');
    expect(tiny).toEqual({
      group: 'tiny',
      suppressed: true,
      reason: {
        id: 'Disembunyikan: kelompok ini kurang dari 5 orang (privasi dan kestabilan statistik)',
        en: 'Withheld: fewer than 5 people in this group (privacy and statistical stability)',
      },
    });
    expect(r.reference).toBe('big');
    expect(JSON.stringify(r)).not.toMatch(/"total":[34][,}]/);
    expect(isSuppressed(r.groups.find((g) => g.group === 'mid'))).toBe(false);
  });
  it('secondary suppression: one small group cannot be derived from the total', () => {
    const r = impactRatios([
      { group: 'L', events: 70, total: 95 },
      { group: 'P', events: 2, total: 3 },
      { group: 'X', events: 8, total: 10 },
    ]);
    const by = Object.fromEntries(r.groups.map((g) => [g.group, g]));
    expect(by.P?.suppressed).toBe(true);
    expect(by.X).toMatchObject({
      suppressed: true,
      reason: { en: expect.stringContaining('secondary') },
    });
    expect(by.L?.suppressed).toBe(false);
  });
  it('minGroupSize is configurable', () => {
    const r = impactRatios([{ group: 'x', events: 1, total: 3 }], { minGroupSize: 3 });
    expect(isSuppressed(r.groups[0])).toBe(false);
  });
});

describe('invalid counts', () => {
  it('are left out with an issue, never a throw', () => {
    const r = impactRatios([
      { group: 'ok', events: 3, total: 10 },
      { group: 'neg', events: -1, total: 10 },
      { group: 'over', events: 11, total: 10 },
      { group: 'frac', events: 1.5, total: 10 },
    ]);
    expect(r.groups.map((g) => g.group)).toEqual(['ok']);
    expect(r.issues.map((i) => [i.code, i.path[0]])).toEqual([
      ['INVALID_GROUP_COUNT', 1],
      ['INVALID_GROUP_COUNT', 2],
      ['INVALID_GROUP_COUNT', 3],
    ]);
  });
});

describe('2×2 tests (methods.md §3.2, §5.6)', () => {
  it('lady tasting tea: Fisher two-sided 0.485714, one-sided 0.242857', () => {
    const f = fisherExact(3, 4, 1, 4);
    expect(f.twoSided).toBeCloseTo(0.485714, 6);
    expect(f.greater).toBeCloseTo(0.242857, 6);
    expect(f.less).toBeCloseTo(1 - 1 / 70, 12);
    expect(f.midPGreater).toBeCloseTo(1 / 70 + 8 / 70, 12);
  });
  it('pooled z equals the Pearson χ² root, N−1 χ² = χ²·(N−1)/N', () => {
    const r = compareProportions(45, 100, 60, 100);
    const pbar = 105 / 200;
    const z = (0.45 - 0.6) / Math.sqrt(pbar * (1 - pbar) * (2 / 100));
    expect(r.z).toBeCloseTo(z, 12);
    expect(r.chiSquareN1).toBeCloseTo((z * z * 199) / 200, 12);
    expect(r.recommended.test).toBe('N-1 chi-square');
    expect(r.cohensH).toBeCloseTo(
      2 * Math.asin(Math.sqrt(0.45)) - 2 * Math.asin(Math.sqrt(0.6)),
      12,
    );
    expect(r.oddsRatio).toBeCloseTo((45 * 40) / (55 * 60), 12);
  });
  it("Campbell's rule picks Fisher–Irwin when an expected count is below 1", () => {
    const r = compareProportions(0, 6, 1, 30);
    expect(r.minExpected).toBeLessThan(1);
    expect(r.recommended.test).toBe('Fisher-Irwin');
    expect(r.oddsRatioCorrected).toBe(true);
  });
  it('Fisher two-sided is symmetric and p-values are probabilities (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.nat(),
        fc.nat(),
        (n1, n2, a, b) => {
          const x1 = a % (n1 + 1);
          const x2 = b % (n2 + 1);
          const f = fisherExact(x1, n1, x2, n2);
          const g = fisherExact(x2, n2, x1, n1);
          expect(f.twoSided).toBeCloseTo(g.twoSided, 10);
          for (const p of [f.twoSided, f.less, f.greater, f.midPLess, f.midPGreater]) {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(1);
          }
          expect(f.less + f.greater).toBeGreaterThanOrEqual(1 - 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('four-fifths flag equals the exact rational comparison (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 400 }),
        fc.integer({ min: 5, max: 400 }),
        fc.nat(),
        fc.nat(),
        (n1, n2, a, b) => {
          const x1 = a % (n1 + 1);
          const x2 = b % (n2 + 1);
          const r = impactRatios([
            { group: 'f', events: x1, total: n1 },
            { group: 'r', events: x2, total: n2 },
          ]);
          const f = r.groups.filter(reportable).find((g) => !g.isReference);
          if (!f) return;
          const ref = r.groups.filter(reportable).find((g) => g.isReference);
          if (!ref || ref.events === 0) return;
          // IR < 4/5 ⇔ 5·x·n_ref < 4·x_ref·n in BigInt.
          const want =
            5n * BigInt(f.events) * BigInt(ref.total) < 4n * BigInt(ref.events) * BigInt(f.total);
          expect(f.belowFourFifths).toBe(want);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('standardized mean differences (methods.md §3.3)', () => {
  it("Cohen's d, Hedges' g, Welch and Cliff's δ", () => {
    const a = [80, 82, 85, 79, 84];
    const b = [86, 88, 85, 90, 87];
    const r = standardizedMeanDifference(a, b);
    // s_p² = (6.5·4 + 3.7·4)/8 = 5.1; d = (82 − 87.2)/√5.1
    expect(r.d).toBeCloseTo(-5.2 / Math.sqrt(5.1), 12);
    expect(r.g).toBeCloseTo((1 - 3 / 31) * r.d, 12);
    expect(r.welch.df).toBeGreaterThan(7);
    expect(cliffsDelta([3, 4, 5], [1, 2, 3])).toBeCloseTo(8 / 9, 12);
    expect(cliffsDelta([1, 1], [1, 1])).toBe(0);
  });
});
