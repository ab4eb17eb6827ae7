import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Calculator, Undecidable } from '../../arith/calculator.js';
import { decimalCalculator as dec } from '../../arith/decimal.js';
import { floatCalculator as flt } from '../../arith/float.js';
import { nilaiCapaianIki } from './capaian.js';
import { withParams } from './fixtures.js';
import { permenpanrb_8_2021 } from './ruleset.js';

const P = permenpanrb_8_2021.params;
const ROUND = withParams({ modeCelahCapaian: 'ROUND_PERCENT' }).params;

function score<T>(c: Calculator<T>, capaian: string, params = P, targetMaksimal = false) {
  const r = nilaiCapaianIki(c, c.from(capaian), params, { targetMaksimal });
  if (r === null) throw new Error('no band');
  return {
    kategori: r.kategori,
    nilai: c.toFixed(c.round(r.nilai, 2, 'HALF_UP'), 2),
    celah: r.celah,
  };
}

describe('nilai capaian IKI — regulations.md §8 test vectors', () => {
  it.each([
    ['98', 'CUKUP', '88.00'],
    ['105', 'SANGAT_BAIK', '114.44'],
    ['115', 'SANGAT_BAIK', '120.00'],
    ['100', 'BAIK', '109.00'],
    ['70', 'KURANG', '60.00'],
    ['30', 'SANGAT_KURANG', '24.92'],
  ])('capaian %s%% → %s %s', (capaian, kategori, nilai) => {
    expect(score(dec, capaian)).toMatchObject({ kategori, nilai });
    expect(score(dec, capaian, ROUND)).toMatchObject({ kategori, nilai });
  });

  it('the special-condition examples go through the same bands', () => {
    // 107.142857…% → 110 + 10/9 × 6.142857… = 116.83; 87.5% → 77.50.
    expect(
      score(dec, dec.toString(dec.sub(dec.from(200), dec.div(dec.from(650), dec.from(7))))),
    ).toEqual({
      kategori: 'SANGAT_BAIK',
      nilai: '116.83',
      celah: false,
    });
    expect(score(dec, '87.5')).toEqual({ kategori: 'CUKUP', nilai: '77.50', celah: false });
  });
});

describe('nilai capaian IKI — band edges in both gap modes', () => {
  // [capaian, HALF_OPEN kategori, nilai, gap reading used?, ROUND_PERCENT kategori, nilai]
  const table = [
    ['0', 'SANGAT_KURANG', '0.00', false, 'SANGAT_KURANG', '0.00'],
    ['59', 'SANGAT_KURANG', '49.00', false, 'SANGAT_KURANG', '49.00'],
    ['59.5', 'SANGAT_KURANG', '49.42', true, 'KURANG', '50.00'],
    ['59.999', 'SANGAT_KURANG', '49.83', true, 'KURANG', '50.00'],
    ['60', 'KURANG', '50.00', false, 'KURANG', '50.00'],
    ['79', 'KURANG', '69.00', false, 'KURANG', '69.00'],
    ['79.4', 'KURANG', '69.40', true, 'KURANG', '69.00'],
    ['80', 'CUKUP', '70.00', false, 'CUKUP', '70.00'],
    ['99', 'CUKUP', '89.00', false, 'CUKUP', '89.00'],
    ['99.49', 'CUKUP', '89.49', true, 'CUKUP', '89.00'],
    ['99.5', 'CUKUP', '89.50', true, 'BAIK', '109.00'],
    ['100', 'BAIK', '109.00', false, 'BAIK', '109.00'],
    ['100.05', 'SANGAT_BAIK', '108.94', true, 'BAIK', '109.00'],
    ['100.5', 'SANGAT_BAIK', '109.44', true, 'SANGAT_BAIK', '110.00'],
    ['101', 'SANGAT_BAIK', '110.00', false, 'SANGAT_BAIK', '110.00'],
    ['110', 'SANGAT_BAIK', '120.00', false, 'SANGAT_BAIK', '120.00'],
    ['110.0001', 'SANGAT_BAIK', '120.00', false, 'SANGAT_BAIK', '120.00'],
    ['250', 'SANGAT_BAIK', '120.00', false, 'SANGAT_BAIK', '120.00'],
  ] as const;

  it.each(table)(
    '%s%% → HALF_OPEN %s %s (gap %s); ROUND_PERCENT %s %s',
    (x, k1, n1, gap, k2, n2) => {
      expect(score(dec, x)).toEqual({ kategori: k1, nilai: n1, celah: gap });
      expect(score(dec, x, ROUND)).toEqual({ kategori: k2, nilai: n2, celah: true });
    },
  );

  it('the HALF_OPEN band at (100, 110] starts below 109: the documented discontinuity', () => {
    // 100 % → 109 but 100.0001 % → 110 + 10/9 × (−0.9999) = 108.889…
    expect(score(dec, '100.0001').nilai).toBe('108.89');
    expect(score(dec, '100.1').nilai).toBe('109.00');
  });

  it('capaian 100 % of a maximum-achievable target → Sangat Baik 120 (hlm. 101 huruf i)', () => {
    expect(score(dec, '100', P, true)).toEqual({
      kategori: 'SANGAT_BAIK',
      nilai: '120.00',
      celah: false,
    });
    expect(score(dec, '100', ROUND, true)).toMatchObject({
      kategori: 'SANGAT_BAIK',
      nilai: '120.00',
    });
    // ROUND_PERCENT: 99.6 % rounds to 100 %.
    expect(score(dec, '99.6', ROUND, true)).toMatchObject({ nilai: '120.00' });
    // Only at exactly 100 %: below it the ordinary bands apply.
    expect(score(dec, '98', P, true)).toMatchObject({ kategori: 'CUKUP', nilai: '88.00' });
  });

  it('a negative capaian (special condition, R > 2T) is raised to batasBawahNilai', () => {
    const r = nilaiCapaianIki(dec, dec.from(-50), P);
    expect(r?.kategori).toBe('SANGAT_KURANG');
    expect(r?.nilai.toString()).toBe('0');
    expect(r?.dibatasiBawah).toBe(true);
    const noFloor = withParams({ batasBawahNilai: null }).params;
    expect(nilaiCapaianIki(dec, dec.from(-59), noFloor)?.nilai.toString()).toBe('-49');
  });

  it('a ruleset whose bands leave a hole gives null (the regime turns it into an issue)', () => {
    const holed = withParams({ bandCapaian: P.bandCapaian.value.slice(0, 3) }).params;
    expect(nilaiCapaianIki(dec, dec.from(50), holed)).toBeNull();
  });
});

describe('nilai capaian IKI — properties', () => {
  const capaianArb = fc.oneof(
    fc.integer({ min: 0, max: 13000000 }).map((n) => (n / 100000).toString()),
    fc.constantFrom('59', '60', '79', '80', '99', '99.5', '100', '100.5', '101', '110', '110.0001'),
  );

  function nilai(x: string, params = P) {
    return nilaiCapaianIki(dec, dec.from(x), params)?.nilai ?? dec.from(Number.NaN);
  }

  it('HALF_OPEN: nilai is non-decreasing in capaian, except 100 % against (100, 100.1) %', () => {
    fc.assert(
      fc.property(capaianArb, capaianArb, (a, b) => {
        const [x, y] = dec.cmp(dec.from(a), dec.from(b)) <= 0 ? [a, b] : [b, a];
        const documented = dec.from(x).eq(100) && dec.from(y).gt(100) && dec.from(y).lt('100.1');
        if (documented) expect(nilai(x).gt(nilai(y))).toBe(true);
        else expect(nilai(x).lte(nilai(y))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('ROUND_PERCENT: nilai is non-decreasing in capaian everywhere', () => {
    fc.assert(
      fc.property(capaianArb, capaianArb, (a, b) => {
        const [x, y] = dec.cmp(dec.from(a), dec.from(b)) <= 0 ? [a, b] : [b, a];
        expect(nilai(x, ROUND).lte(nilai(y, ROUND))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('nilai stays on the 0–120 scale', () => {
    fc.assert(
      fc.property(capaianArb, (x) => {
        const n = nilai(x);
        expect(n.gte(0) && n.lte(120)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('float backend equals decimal or throws Undecidable, also as R × 100 / T at band-edge ratios', () => {
    const targets = fc
      .tuple(fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 3 }))
      .map(([n, d]) => (n / 10 ** d).toFixed(d));
    const ratio = fc.constantFrom('1', '1.1', '1.01', '0.99', '0.8', '0.6', '0.59', '0.79');
    let decided = 0;
    fc.assert(
      fc.property(targets, ratio, fc.constantFrom(P, ROUND), fc.boolean(), (t, k, params, max) => {
        const r = dec.toString(dec.mul(dec.from(t), dec.from(k)));
        const run = <T>(c: Calculator<T>) =>
          nilaiCapaianIki(c, c.div(c.mul(c.from(r), c.from(100)), c.from(t)), params, {
            targetMaksimal: max,
          });
        const d = run(dec);
        try {
          const f = run(flt);
          const fs = f && flt.toFixed(flt.round(f.nilai, 2, 'HALF_UP'), 2);
          expect(f?.kategori).toBe(d?.kategori);
          expect(fs).toBe(d && dec.toFixed(dec.round(d.nilai, 2, 'HALF_UP'), 2));
          decided++;
        } catch (e) {
          if (!(e instanceof Undecidable)) throw e;
        }
      }),
      { numRuns: 1000 },
    );
    // Exact inputs (integer T) let the float path decide a good share of these edge cases.
    expect(decided).toBeGreaterThan(100);
  });
});
