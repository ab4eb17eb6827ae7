import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normal, rng } from '../test-utils.js';
import { halo } from './halo.js';
import { leniency } from './leniency.js';
import { fitAdditiveModel, raterComponents } from './model.js';
import { robustOutliers } from './outliers.js';
import { recency } from './recency.js';
import { selfSupervisorGap } from './selfGap.js';
import { raterSpread } from './spread.js';
import type { RatingRecord } from './types.js';

/** Plain backfitting (methods.md §1.3) as an independent oracle for the direct solve. */
function backfit(records: readonly RatingRecord[]): Map<string, number> {
  const raters = [...new Set(records.map((r) => r.rater))];
  const ratees = [...new Set(records.map((r) => r.ratee))];
  const a = new Map(ratees.map((i) => [i, 0]));
  const b = new Map(raters.map((j) => [j, 0]));
  for (let it = 0; it < 5000; it++) {
    for (const i of ratees) {
      const rs = records.filter((r) => r.ratee === i);
      a.set(i, rs.reduce((s, r) => s + r.value - (b.get(r.rater) ?? 0), 0) / rs.length);
    }
    for (const j of raters) {
      const rs = records.filter((r) => r.rater === j);
      b.set(j, rs.reduce((s, r) => s + r.value - (a.get(r.ratee) ?? 0), 0) / rs.length);
    }
    const m = [...b.values()].reduce((s, x) => s + x, 0) / raters.length;
    for (const j of raters) b.set(j, (b.get(j) ?? 0) - m);
  }
  return b;
}

describe('additive rater model', () => {
  it('equals the backfitting fixed point on an unbalanced connected design', () => {
    const u = rng(7);
    const recs: RatingRecord[] = [];
    const sev: Record<string, number> = { A: 0.8, B: 0, C: -0.5, D: -0.3 };
    for (let i = 0; i < 14; i++) {
      for (const j of ['A', 'B', 'C', 'D']) {
        if (u() < 0.55 || i % 4 === ['A', 'B', 'C', 'D'].indexOf(j)) {
          recs.push({
            rater: j,
            ratee: `p${i}`,
            value: 3 + 0.1 * i + (sev[j] ?? 0) + 0.3 * normal(u),
          });
        }
      }
    }
    expect(raterComponents(recs).count).toBe(1);
    const fit = fitAdditiveModel(recs);
    if (!fit.ok) throw new Error(fit.reason);
    const bf = backfit(recs);
    for (const r of fit.raters) expect(r.effect).toBeCloseTo(bf.get(r.rater) ?? Number.NaN, 8);
    expect(fit.raters.reduce((s, r) => s + r.effect, 0)).toBeCloseTo(0, 12);
  });
  it('balanced complete design: Var(b̂_j) = σ²(J−1)/(J·I), df = N − I − J + 1', () => {
    const u = rng(11);
    const recs: RatingRecord[] = [];
    for (let i = 0; i < 10; i++) {
      for (const j of ['A', 'B', 'C'])
        recs.push({ rater: j, ratee: `p${i}`, value: i + normal(u) });
    }
    const fit = fitAdditiveModel(recs);
    if (!fit.ok) throw new Error(fit.reason);
    expect(fit.df).toBe(30 - 10 - 3 + 1);
    for (const r of fit.raters) {
      expect(r.se).toBeCloseTo(Math.sqrt((fit.residualVariance * 2) / 30), 10);
    }
  });
  it('disconnected graph (each team its own rater) is refused with a reason', () => {
    const recs = [
      { rater: 'A', ratee: 'x', value: 3 },
      { rater: 'B', ratee: 'y', value: 4 },
    ];
    expect(fitAdditiveModel(recs)).toEqual({ ok: false, reason: 'DISCONNECTED' });
  });
});

describe('leniency / severity', () => {
  const team = (rater: string, n: number, shift: number, seed: number) => {
    const u = rng(seed);
    return Array.from({ length: n }, (_, i) => ({
      rater,
      ratee: `${rater}-${i}`,
      value: 80 + shift + 5 * normal(u),
    }));
  };
  it('flags a planted lenient rater (raw method: teams do not share ratees)', () => {
    const recs = [
      ...team('lenient', 20, 10, 1),
      ...team('r2', 20, 0, 2),
      ...team('r3', 20, 0, 3),
      ...team('r4', 20, 0, 4),
      ...team('tiny', 3, 0, 5),
    ];
    const r = leniency(recs);
    expect(r.method).toBe('raw');
    expect(r.rawReason).toBe('DISCONNECTED');
    expect(r.components).toBe(5);
    const by = Object.fromEntries(r.raters.map((x) => [x.rater, x]));
    expect(by.lenient?.flag).toBe('LENIENT');
    expect(by.r2?.flag).toBeUndefined();
    expect(by.tiny?.suppressed).toBe(true);
    expect(by.tiny?.mean).toBeUndefined();
    expect(by.tiny?.reason?.en).toContain('fewer than 5');
    expect(r.omnibus.p).toBeLessThan(0.001);
  });
  it('uses the model when raters share ratees, separating severity from team quality', () => {
    // Strong team rated by A (lenient by 0) and B; weak team by B and C (C severe by −1).
    const u = rng(3);
    const recs: RatingRecord[] = [];
    for (let i = 0; i < 12; i++) {
      const strong = i < 6;
      const q = strong ? 4 : 2;
      const raters = strong ? ['A', 'B'] : ['B', 'C'];
      for (const j of raters) {
        recs.push({ rater: j, ratee: `p${i}`, value: q + (j === 'C' ? -1 : 0) + 0.2 * normal(u) });
      }
    }
    const r = leniency(recs, { minPerRater: 5 });
    expect(r.method).toBe('model');
    const by = Object.fromEntries(r.raters.map((x) => [x.rater, x]));
    expect(by.C?.flag).toBe('SEVERE');
    // Raw means would call A lenient only because A's team is strong; the model does not.
    expect(by.A?.index).toBeGreaterThan(1);
    expect(by.A?.flag).not.toBe('SEVERE');
    expect(Math.abs(by.A?.model?.effect ?? 99)).toBeLessThan(0.6);
  });
});

describe('central tendency and range restriction', () => {
  it('detects a rater who puts everyone in the middle and reports s_j = 0 directly', () => {
    const u = rng(9);
    const recs: RatingRecord[] = [];
    for (const j of ['A', 'B', 'C', 'D']) {
      for (let i = 0; i < 30; i++)
        recs.push({ rater: j, ratee: `${j}${i}`, value: 1 + Math.floor(u() * 5) });
    }
    for (let i = 0; i < 30; i++)
      recs.push({ rater: 'mid', ratee: `m${i}`, value: i % 10 === 0 ? 2 : i % 10 === 1 ? 4 : 3 });
    for (let i = 0; i < 6; i++) recs.push({ rater: 'flat', ratee: `f${i}`, value: 4 });
    const r = raterSpread(recs, { middle: [3] });
    const by = Object.fromEntries(r.raters.map((x) => [x.rater, x]));
    expect(by.mid?.flags).toContain('RANGE_RESTRICTION');
    expect(by.mid?.flags).toContain('CENTRAL_TENDENCY');
    expect(by.mid?.rangeRatio).toBeLessThan(0.5);
    expect(by.flat?.noDifferentiation).toBe(true);
    expect(by.flat?.flags).toEqual(['NO_DIFFERENTIATION']);
    expect(by.A?.flags).toEqual([]);
  });
});

describe('robust outliers (Iglewicz & Hoaglin; Tukey type 7)', () => {
  it('modified z with the unscaled MAD and type-7 fences', () => {
    const r = robustOutliers([1, 2, 3, 4, 100].map((value, i) => ({ id: `${i}`, value })));
    expect(r.median).toBe(3);
    expect(r.mad).toBe(1);
    expect(r.q1).toBe(2);
    expect(r.q3).toBe(4);
    expect(r.upperFence).toBe(7);
    expect(r.items[4]?.modifiedZ).toBeCloseTo(0.6745 * 97, 10);
    expect(r.items[4]?.modifiedZOutlier).toBe(true);
    expect(r.items[4]?.tukeyOutlier).toBe(true);
    expect(r.items[0]?.modifiedZOutlier).toBe(false);
  });
  it('MAD = 0 gives no modified z (null), Tukey still applies', () => {
    const r = robustOutliers([5, 5, 5, 5, 9].map((value, i) => ({ id: `${i}`, value })));
    expect(r.items[4]?.modifiedZ).toBeNull();
    expect(r.items[4]?.tukeyOutlier).toBe(true);
  });
});

describe('halo', () => {
  it('flags a rater whose dimensions move together beyond the organisation', () => {
    const u = rng(21);
    const dims = [
      'BERORIENTASI_PELAYANAN',
      'AKUNTABEL',
      'KOMPETEN',
      'HARMONIS',
      'LOYAL',
      'ADAPTIF',
      'KOLABORATIF',
    ];
    const recs = [];
    for (const j of ['A', 'B', 'C', 'H']) {
      for (let i = 0; i < 25; i++) {
        const overall = normal(u);
        for (const dimension of dims) {
          const v =
            j === 'H' ? 80 + 5 * overall + 0.3 * normal(u) : 80 + 2 * overall + 4 * normal(u);
          recs.push({ rater: j, ratee: `${j}${i}`, dimension, value: v });
        }
      }
    }
    const r = halo(recs);
    const by = Object.fromEntries(r.raters.map((x) => [x.rater, x]));
    expect(by.H?.flag).toBe('HALO');
    expect(by.H?.meanCorrelation).toBeGreaterThan(0.9);
    expect(by.H?.withinSdPercentile).toBeLessThan(0.3);
    expect(by.A?.flag).toBeUndefined();
  });
});

describe('self vs supervisor gap', () => {
  it('paired t, d_z and Bland–Altman limits', () => {
    const pairs = [
      { self: 90, supervisor: 85 },
      { self: 88, supervisor: 86 },
      { self: 92, supervisor: 84 },
      { self: 85, supervisor: 85 },
      { self: 95, supervisor: 88 },
    ];
    const r = selfSupervisorGap(pairs);
    if (!r.ok) throw new Error('expected ok');
    // d = [5, 2, 8, 0, 7]: mean 4.4, sd √11.3
    const s = Math.sqrt(11.3);
    expect(r.meanDifference).toBeCloseTo(4.4, 12);
    expect(r.sdDifference).toBeCloseTo(s, 12);
    expect(r.t).toBeCloseTo(4.4 / (s / Math.sqrt(5)), 12);
    expect(r.df).toBe(4);
    expect(r.dz).toBeCloseTo(4.4 / s, 12);
    expect(r.limitsOfAgreement[0]).toBeCloseTo(4.4 - 1.96 * s, 12);
    expect(selfSupervisorGap(pairs.slice(0, 3))).toEqual({
      ok: false,
      reason: 'TOO_FEW_PAIRS',
      n: 3,
      min: 5,
    });
  });
});

describe('recency (labelled heuristic)', () => {
  it('flags a rater whose finals follow only the last period, and says it is a heuristic', () => {
    const u = rng(5);
    const inputs = [];
    for (const j of ['R', 'F']) {
      for (let i = 0; i < 12; i++) {
        const q = [normal(u), normal(u), normal(u), normal(u)];
        const evidence = q.map((v, k) => ({
          date: `2024-${String(3 * k + 1).padStart(2, '0')}-15`,
          value: 80 + 5 * v,
        }));
        const final =
          j === 'R'
            ? 80 + (5 * ((q[2] ?? 0) + (q[3] ?? 0))) / 2
            : 80 + (5 * q.reduce((s, x) => s + x, 0)) / 4;
        inputs.push({ rater: j, ratee: `${j}${i}`, final, evidence });
      }
    }
    const r = recency(inputs);
    expect(r.heuristic).toBe(true);
    expect(r.label.en).toContain('HEURISTIC');
    const by = Object.fromEntries(r.raters.map((x) => [x.rater, x]));
    expect(by.R?.flag).toBe('RECENCY');
    expect(by.F?.flag).toBeUndefined();
  });
});

describe('raterComponents (fast-check)', () => {
  /** Components by graph search: raters linked through shared ratees, numbered by sorted rater. */
  function reference(records: readonly RatingRecord[]): {
    count: number;
    ofRater: Map<string, number>;
  } {
    const byRatee = new Map<string, Set<string>>();
    const byRater = new Map<string, Set<string>>();
    for (const r of records) {
      byRatee.set(r.ratee, (byRatee.get(r.ratee) ?? new Set()).add(r.rater));
      byRater.set(r.rater, (byRater.get(r.rater) ?? new Set()).add(r.ratee));
    }
    const ofRater = new Map<string, number>();
    let count = 0;
    for (const start of [...byRater.keys()].sort()) {
      if (ofRater.has(start)) continue;
      const stack = [start];
      ofRater.set(start, count);
      while (stack.length > 0) {
        for (const e of byRater.get(stack.pop() as string) ?? []) {
          for (const other of byRatee.get(e) ?? []) {
            if (!ofRater.has(other)) {
              ofRater.set(other, count);
              stack.push(other);
            }
          }
        }
      }
      count++;
    }
    return { count, ofRater };
  }

  it('finds the connected components of any rater-ratee graph', () => {
    const record = fc.record({
      rater: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'r:x', 'e:x'),
      ratee: fc.constantFrom('x', 'y', 'z', 'w', 'v', 'A', 'r:x'),
      value: fc.constant(1),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (records) => {
        const got = raterComponents(records);
        const want = reference(records);
        expect(got.count).toBe(want.count);
        expect([...got.ofRater]).toEqual([...want.ofRater].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
      }),
      { numRuns: 500 },
    );
  });
});
