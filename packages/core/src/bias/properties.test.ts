import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fQuantile, fSf, hypergeomPmf, normalCdf, tCdf } from './distributions/dist.js';
import { icc } from './reliability/icc.js';
import { cohenKappaTable } from './reliability/kappa.js';
import { krippendorffAlpha } from './reliability/krippendorff.js';
import { pAdjust } from './stats.js';

const small = fc.integer({ min: 1, max: 9 });

describe('invariants (fast-check)', () => {
  it('t CDF is symmetric and monotone; Φ is the t limit', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        (t, df) => {
          expect(tCdf(t, df) + tCdf(-t, df)).toBeCloseTo(1, 12);
          expect(tCdf(t + 0.1, df)).toBeGreaterThanOrEqual(tCdf(t, df));
        },
      ),
      { numRuns: 300 },
    );
    expect(tCdf(1.5, 1e7)).toBeCloseTo(normalCdf(1.5), 7);
  });
  it('F quantile inverts the F survival', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 1, max: 200, noNaN: true }),
        (p, d1, d2) => {
          expect(fSf(fQuantile(1 - p, d1, d2), d1, d2)).toBeCloseTo(p, 9);
        },
      ),
      { numRuns: 100 },
    );
  });
  it('hypergeometric probabilities sum to 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.nat(), fc.nat(), (N, a, b) => {
        const K = a % (N + 1);
        const n = b % (N + 1);
        let s = 0;
        for (let x = 0; x <= n; x++) s += hypergeomPmf(x, N, K, n);
        expect(s).toBeCloseTo(1, 10);
      }),
      { numRuns: 200 },
    );
  });
  it("Krippendorff's α: coder and unit order do not matter; interval α is affine invariant", () => {
    const matrix = fc.array(
      fc.array(fc.option(small, { nil: null }), { minLength: 6, maxLength: 6 }),
      { minLength: 2, maxLength: 4 },
    );
    fc.assert(
      fc.property(matrix, (m) => {
        const a = krippendorffAlpha(m, 'interval');
        const coders = krippendorffAlpha([...m].reverse(), 'interval');
        const units = krippendorffAlpha(
          m.map((r) => [...r].reverse()),
          'interval',
        );
        const affine = krippendorffAlpha(
          m.map((r) => r.map((x) => (x === null ? null : 3 * x + 7))),
          'interval',
        );
        for (const b of [coders, units, affine]) {
          if (Number.isNaN(a.alpha)) expect(b.alpha).toBeNaN();
          else expect(b.alpha).toBeCloseTo(a.alpha, 10);
        }
        const nom = krippendorffAlpha(m, 'nominal');
        const relabelled = krippendorffAlpha(
          m.map((r) => r.map((x) => (x === null ? null : `c${x}`))),
          'nominal',
        );
        if (Number.isNaN(nom.alpha)) expect(relabelled.alpha).toBeNaN();
        else expect(relabelled.alpha).toBeCloseTo(nom.alpha, 10);
      }),
      { numRuns: 80 },
    );
  });
  it("Cohen's κ is symmetric in the two raters (table transpose)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat({ max: 20 }), { minLength: 3, maxLength: 3 }), {
          minLength: 3,
          maxLength: 3,
        }),
        (t) => {
          const tt = t.map((_, i) => t.map((r) => r[i] as number));
          for (const weights of ['unweighted', 'linear', 'quadratic'] as const) {
            const a = cohenKappaTable(t, { weights });
            const b = cohenKappaTable(tt, { weights });
            expect(a.ok).toBe(b.ok);
            if (a.ok && b.ok) {
              expect(b.kappa).toBeCloseTo(a.kappa, 10);
              expect(b.ase).toBeCloseTo(a.ase, 10);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
  it('ICC(C,1) ignores judge shifts; every ICC ignores a common shift', () => {
    const m = fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 3, maxLength: 3 }), {
      minLength: 4,
      maxLength: 8,
    });
    fc.assert(
      fc.property(m, fc.integer({ min: -5, max: 5 }), (rows, c) => {
        const base = icc(rows);
        const judges = icc(rows.map((r) => r.map((x, j) => x + j * c)));
        const common = icc(rows.map((r) => r.map((x) => x + c)));
        if (!base.ok) return;
        expect(judges.ok && common.ok).toBe(true);
        if (!judges.ok || !common.ok) return;
        const c3 = base.estimates[2]?.value as number;
        if (Number.isFinite(c3) && Math.abs(c3) <= 1e6) {
          expect(judges.estimates[2]?.value).toBeCloseTo(c3, 9);
        }
        base.estimates.forEach((e, k) => {
          // A denominator that cancels to ~0 (e.g. BMS ≈ WMS for ICC(1,1)) makes the estimate
          // ill-conditioned: rounding noise of order 1e-16 is amplified without bound.
          if (!Number.isFinite(e.value) || Math.abs(e.value) > 1e6) return;
          expect(common.estimates[k]?.value).toBeCloseTo(e.value, 9);
        });
      }),
      { numRuns: 150 },
    );
  });
  it('adjusted p-values are ≥ raw, ≤ 1, and Holm ≥ BH', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (ps) => {
          const h = pAdjust(ps, 'holm');
          const b = pAdjust(ps, 'BH');
          ps.forEach((p, i) => {
            expect(h[i]).toBeGreaterThanOrEqual(p);
            expect(b[i]).toBeGreaterThanOrEqual(p - 1e-15);
            expect(h[i]).toBeLessThanOrEqual(1);
            expect(h[i]).toBeGreaterThanOrEqual((b[i] as number) - 1e-12);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
