import { describe, expect, it } from 'vitest';
import { type Calculator, Undecidable } from '../../arith/calculator.js';
import { decimalCalculator } from '../../arith/decimal.js';
import { floatCalculator } from '../../arith/float.js';
import { capaianBiayaPp46, capaianWaktuPp46, efisiensiPp46 } from './efisiensi.js';
import type { Pp46Params } from './params.js';
import { pp46_2011 } from './ruleset.js';

const P = pp46_2011.params;
const BACKENDS = [decimalCalculator, floatCalculator] as Calculator<unknown>[];

function waktu<T>(c: Calculator<T>, tw: string | number, rw: string | number, p: Pp46Params = P) {
  const r = capaianWaktuPp46(c, c.from(tw), c.from(rw), p);
  return { ...r, reported: c.toFixed(c.round(r.nilai, 2, 'HALF_UP'), 2) };
}

/** A NAIVE IEEE-754 implementation, as found in several public repositories. */
function naiveWaktu(tw: number, rw: number): number {
  const e = 100 - (rw / tw) * 100;
  return e <= 24 ? ((1.76 * tw - rw) / tw) * 100 : 76 - (((1.76 * tw - rw) / tw) * 100 - 100);
}

// regulations.md §8 test vectors.
const VECTORS: readonly [string, number | string, number | string, string, 1 | 2][] = [
  ['RW = TW gives exactly 76', 12, 12, '76.00', 1],
  ['blog example E = 20 %', 5, 4, '96.00', 1],
  ['E = 24 % exactly stays in rumus 1', 12, '9.12', '100.00', 1],
  ['E = 25 % goes to rumus 2', 12, 9, '75.00', 2],
  ['E = 50 % is penalised', 12, 6, '50.00', 2],
  ['late delivery (negative E) uses rumus 1', 12, 14, '59.33', 1],
];

describe('capaianWaktuPp46 (regulations.md §8)', () => {
  describe.each(BACKENDS.map((c) => [c.name, c] as const))('%s backend', (_, c) => {
    it.each(VECTORS)('%s: TW=%s RW=%s → %s', (_label, tw, rw, expected, cabang) => {
      let r: ReturnType<typeof waktu>;
      try {
        r = waktu(c, tw, rw);
      } catch (e) {
        // Only the exact edge is left to the decimal backend; never a wrong answer.
        expect(c.name).toBe('float');
        expect(e).toBeInstanceOf(Undecidable);
        expect(rw).toBe('9.12');
        return;
      }
      expect(r.reported).toBe(expected);
      expect(r.cabang).toBe(cabang);
    });
  });

  it('the exact edge E = 24 is decided exactly on floats too (9.12 is read as the decimal 9.12)', () => {
    for (const rw of [9.12, '9.12']) {
      const r = waktu(floatCalculator, 12, rw);
      expect(r.cabang).toBe(1);
      expect(r.reported).toBe('100.00');
    }
  });

  it('efficiency 100 − 9.12/12×100 is exactly 24 on the decimal backend', () => {
    const c = decimalCalculator;
    expect(c.toString(efisiensiPp46(c, c.from(12), c.from('9.12')))).toBe('24');
  });

  it('a NAIVE float implementation puts E = 24 above 24 and returns 76 instead of 100', () => {
    // The spec quotes 24.000000000000004; in IEEE-754 doubles the spec's own expression
    // `100 - (9.12/12*100)` gives 24.000000000000014, and `100 * (12 - 9.12) / 12` gives
    // 24.000000000000004. Every naive ordering lands above 24.
    expect(100 - (9.12 / 12) * 100).toBe(24.000000000000014);
    expect((100 * (12 - 9.12)) / 12).toBe(24.000000000000004);
    expect(100 - (9.12 / 12) * 100 <= 24).toBe(false);
    expect(naiveWaktu(12, 9.12)).toBeCloseTo(76, 10);
    expect(waktu(decimalCalculator, 12, '9.12').reported).toBe('100.00');
  });

  it('R = 0.76 T gives exactly 100 for many targets (decimal backend)', () => {
    const c = decimalCalculator;
    for (let tw = 1; tw <= 60; tw++) {
      const rw = c.mul(c.from('0.76'), c.from(tw));
      const r = capaianWaktuPp46(c, c.from(tw), rw, P);
      expect(r.cabang, `TW=${tw}`).toBe(1);
      expect(c.toString(r.nilai), `TW=${tw}`).toBe('100');
    }
  });

  it('just above the edge the score drops to about 76 (the intended discontinuity)', () => {
    const c = decimalCalculator;
    const r = capaianWaktuPp46(c, c.from(12), c.from('9.1199'), P);
    expect(r.cabang).toBe(2);
    expect(c.toFixed(c.round(r.nilai, 2, 'HALF_UP'), 2)).toBe('76.00');
  });

  it('rumus 2 equals R / T × 100 (it divides by the target)', () => {
    const c = decimalCalculator;
    const r = capaianWaktuPp46(c, c.from(12), c.from(3), P);
    expect(r.cabang).toBe(2);
    expect(c.toString(r.nilai)).toBe('25');
  });
});

describe('negative scores and the clamp (UNCERTAIN, default true)', () => {
  const c = decimalCalculator;
  it('R = 1.76 T scores exactly 0 without the clamp deciding', () => {
    const r = capaianWaktuPp46(c, c.from(12), c.from('21.12'), P);
    expect(c.toString(r.nilai)).toBe('0');
    expect(r.clampDipakai).toBe(false);
  });
  it('R > 1.76 T is clamped at 0 by default', () => {
    const r = capaianWaktuPp46(c, c.from(12), c.from(22), P);
    expect(c.toFixed(c.round(r.mentah, 2, 'HALF_UP'), 2)).toBe('-7.33');
    expect(c.toString(r.nilai)).toBe('0');
    expect(r).toMatchObject({ clampDipakai: true, dijepit: true, cabang: 1 });
  });
  it('without the clamp the negative value is kept', () => {
    const p = { ...P, clampNegatif: { ...P.clampNegatif, value: false } };
    const r = capaianWaktuPp46(c, c.from(12), c.from(22), p);
    expect(c.toFixed(c.round(r.nilai, 2, 'HALF_UP'), 2)).toBe('-7.33');
    expect(r).toMatchObject({ clampDipakai: true, dijepit: false });
  });
});

describe('capaianBiayaPp46', () => {
  const c = decimalCalculator;
  it('RB = TB gives 76 (scribd rumus skp)', () => {
    const r = capaianBiayaPp46(c, c.from(5000000), c.from(5000000), P);
    expect(c.toString(r.nilai)).toBe('76');
  });
  it('rumus 2 divides by TB, not by RB (the bug seen in some repositories)', () => {
    const tb = 1000;
    const rb = 500;
    const r = capaianBiayaPp46(c, c.from(tb), c.from(rb), P);
    expect(r.cabang).toBe(2);
    expect(c.toString(r.nilai)).toBe('50');
    // The buggy variant: 76 − (((1.76 × TB − RB) / RB) × 100 − 100) = −76.
    const buggy = 76 - (((1.76 * tb - rb) / rb) * 100 - 100);
    expect(buggy).toBeCloseTo(-76, 10);
  });
});
