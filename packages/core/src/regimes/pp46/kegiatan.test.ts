import { describe, expect, it } from 'vitest';
import { decimalCalculator as c } from '../../arith/decimal.js';
import { type KegiatanAngkaPp46, nilaiKegiatanPp46 } from './kegiatan.js';
import { pp46_2011 } from './ruleset.js';

const P = pp46_2011.params;
const n = (x: number | string) => c.from(x);
const tr = (t: number | string, r: number | string | null) => ({
  target: n(t),
  realisasi: r === null ? null : n(r),
});

const BASE: KegiatanAngkaPp46<ReturnType<typeof n>> = {
  kuantitas: { target: n(12), realisasi: n(12) },
  kualitas: tr(100, 90),
  waktu: tr(12, 12),
};

describe('nilaiKegiatanPp46', () => {
  it('regulations.md §8: 100 + 90 + 76 + 76 = 342, / 4 = 85.50', () => {
    const k = nilaiKegiatanPp46(c, { ...BASE, biaya: tr(5000000, 5000000) }, P);
    expect(c.toString(k.kuantitas)).toBe('100');
    expect(c.toString(k.kualitas)).toBe('90');
    expect(c.toString(k.waktu)).toBe('76');
    expect(c.toString(k.biaya ?? n(-1))).toBe('76');
    expect(c.toString(k.perhitungan)).toBe('342');
    expect(k.pembagi).toBe(4);
    expect(c.toFixed(c.round(k.nilaiCapaian, 2, 'HALF_UP'), 2)).toBe('85.50');
  });

  it('without biaya the sum is divided by 3', () => {
    const k = nilaiKegiatanPp46(c, BASE, P);
    expect(k.pembagi).toBe(3);
    expect(c.toString(k.perhitungan)).toBe('266');
    expect(c.toFixed(c.round(k.nilaiCapaian, 2, 'HALF_UP'), 2)).toBe('88.67');
    expect(k.biaya).toBeUndefined();
  });

  it('a biaya indicator with target 0 is not counted (divided by 3)', () => {
    const k = nilaiKegiatanPp46(c, { ...BASE, biaya: tr(0, 0) }, P);
    expect(k.pembagi).toBe(3);
    expect(k.biaya).toBeUndefined();
  });

  it('realisasi kuantitas 0 → every aspect 0, other realisasi not needed', () => {
    const k = nilaiKegiatanPp46(
      c,
      {
        kuantitas: { target: n(12), realisasi: n(0) },
        kualitas: tr(100, null),
        waktu: tr(12, null),
        biaya: tr(1000, null),
      },
      P,
    );
    expect(k.tidakTerlaksana).toBe(true);
    expect(k.pembagi).toBe(4);
    for (const x of [k.kuantitas, k.kualitas, k.waktu, k.biaya, k.nilaiCapaian]) {
      expect(c.toString(x ?? n(-1))).toBe('0');
    }
  });

  it('with realisasiNolSemuaNol off, RO = 0 is scored aspect by aspect', () => {
    const p = { ...P, realisasiNolSemuaNol: { ...P.realisasiNolSemuaNol, value: false } };
    const k = nilaiKegiatanPp46(c, { ...BASE, kuantitas: { target: n(12), realisasi: n(0) } }, p);
    expect(k.tidakTerlaksana).toBe(false);
    expect(c.toString(k.perhitungan)).toBe('166'); // 0 + 90 + 76
  });

  it('a missing realisasi for a measured kegiatan is a programmer error (the scorer validates first)', () => {
    expect(() => nilaiKegiatanPp46(c, { ...BASE, waktu: tr(12, null) }, P)).toThrow(TypeError);
  });
});
