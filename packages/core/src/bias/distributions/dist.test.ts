import { describe, expect, it } from 'vitest';
import {
  chiSquareCdf,
  chiSquareSf,
  fCdf,
  fQuantile,
  fSf,
  hypergeomCdf,
  hypergeomPmf,
  hypergeomSfInclusive,
  normalCdf,
  normalQuantile,
  tCdf,
  tQuantile,
  tTwoSided,
} from './dist.js';
import { betaInc, gammaP, lgamma } from './special.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('methods.md §5.9 spot values (scipy)', () => {
  const cases: [string, number, number][] = [
    ['Φ(1.234)', normalCdf(1.234), 0.8913985478784756],
    ['Φ⁻¹(0.975)', normalQuantile(0.975), 1.959963984540054],
    ['t-cdf(2.5, 7)', tCdf(2.5, 7), 0.9795038907071235],
    ['t-cdf(2.5, 1000)', tCdf(2.5, 1000), 0.9937107160994546],
    ['F-sf(11.0272…; 5, 15)', fSf(11.027247956403299, 5, 15), 1.34566516484335e-4],
    ['F-sf(1.7946…; 5, 18)', fSf(1.7946784922394685, 5, 18), 0.16476880834463953],
    ['χ²₁-sf(3.84)', chiSquareSf(3.84, 1), 0.05004352124870519],
    ['hypergeom cdf(12; 120, 60, 40)', hypergeomCdf(12, 120, 60, 40), 0.0017046108839245916],
  ];
  it.each(cases)('%s to 1e-10 relative', (_name, got, want) => {
    expect(rel(got, want)).toBeLessThan(1e-10);
  });
});

describe('identities and further values', () => {
  it('lgamma on integers and halves', () => {
    expect(lgamma(1)).toBe(0);
    expect(rel(lgamma(11), Math.log(3628800))).toBeLessThan(1e-14);
    expect(rel(lgamma(0.5), Math.log(Math.sqrt(Math.PI)))).toBeLessThan(1e-14);
    expect(rel(lgamma(101), 363.73937555556347)).toBeLessThan(1e-14);
  });
  it('normal tails and symmetry', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(rel(normalCdf(-1.234), 1 - 0.8913985478784756)).toBeLessThan(1e-13);
    // Φ(−8) = 6.22096057427178e-16 (scipy.stats.norm.cdf(-8))
    expect(rel(normalCdf(-8), 6.22096057427178e-16)).toBeLessThan(1e-10);
    for (const p of [1e-10, 0.001, 0.025, 0.3, 0.5, 0.7, 0.975, 0.999]) {
      expect(rel(normalCdf(normalQuantile(p)), p)).toBeLessThan(1e-12);
    }
  });
  it('t, F, χ² inverses and known closed forms', () => {
    // t with 1 df is Cauchy: F(t) = 1/2 + atan(t)/π.
    expect(rel(tCdf(1.7, 1), 0.5 + Math.atan(1.7) / Math.PI)).toBeLessThan(1e-13);
    // t with 2 df: F(t) = 1/2 + t / (2√(2+t²)).
    expect(rel(tCdf(-0.8, 2), 0.5 - 0.8 / (2 * Math.sqrt(2.64)))).toBeLessThan(1e-13);
    expect(rel(tQuantile(0.975, 10), 2.2281388519649385)).toBeLessThan(1e-10);
    expect(rel(tTwoSided(2.5, 7), 2 * (1 - 0.9795038907071235))).toBeLessThan(1e-9);
    // χ² with 2 df: CDF = 1 − e^{−x/2}.
    expect(rel(chiSquareCdf(3, 2), 1 - Math.exp(-1.5))).toBeLessThan(1e-13);
    expect(rel(gammaP(1, 1), 1 - Math.exp(-1))).toBeLessThan(1e-14);
    expect(betaInc(0.5, 2, 2)).toBeCloseTo(0.5, 15);
    const q = fQuantile(0.975, 5, 18);
    expect(rel(fCdf(q, 5, 18), 0.975)).toBeLessThan(1e-12);
    expect(rel(fSf(q, 5, 18), 0.025)).toBeLessThan(1e-10);
  });
  it('hypergeometric: lady tasting tea', () => {
    expect(rel(hypergeomPmf(3, 8, 4, 4), 16 / 70)).toBeLessThan(1e-13);
    expect(rel(hypergeomSfInclusive(3, 8, 4, 4), 17 / 70)).toBeLessThan(1e-13);
    expect(hypergeomCdf(4, 8, 4, 4)).toBe(1);
    expect(hypergeomPmf(5, 8, 4, 4)).toBe(0);
  });
  it('bad arguments give NaN, never a throw', () => {
    expect(tCdf(1, 0)).toBeNaN();
    expect(fSf(1, -1, 2)).toBeNaN();
    expect(normalQuantile(2)).toBeNaN();
    expect(hypergeomCdf(1, 5, 6, 2)).toBeNaN();
  });
});
