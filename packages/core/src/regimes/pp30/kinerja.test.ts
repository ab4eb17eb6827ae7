import { describe, expect, it } from 'vitest';
import { decimalCalculator as dec } from '../../arith/decimal.js';
import { appraisal, rater, withParams } from './fixtures.js';
import {
  adaMasukan360,
  bobotKinerja,
  nilaiKinerja,
  predikatPp30,
  punyaInovasi,
} from './kinerja.js';
import { permenpanrb_8_2021 } from './ruleset.js';

const P = permenpanrb_8_2021.params;
const R2 = { dp: 2, mode: 'HALF_UP' } as const;

describe('nilai kinerja PNS (Pasal 41(1)–(2))', () => {
  it('§8 vector: 0.7 × 102.8 + 0.3 × 100 = 101.96 → Baik', () => {
    const n = nilaiKinerja(dec, dec.from('102.8'), dec.from(100), P.bobotTanpa360.value);
    expect(n.toFixed(2)).toBe('101.96');
    expect(predikatPp30(dec, n, false, P, R2)?.code).toBe('BAIK');
  });

  it('60/40: 0.6 × 102.8 + 0.4 × 100 = 101.68', () => {
    const n = nilaiKinerja(dec, dec.from('102.8'), dec.from(100), P.bobotDengan360.value);
    expect(n.toString()).toBe('101.68');
  });
});

describe('predikat (Pasal 41(5)), lower bound inclusive', () => {
  it.each([
    ['120', true, 'SANGAT_BAIK', false],
    ['120', false, 'BAIK', true],
    ['110', true, 'SANGAT_BAIK', false],
    ['110', false, 'BAIK', true],
    ['109.99', true, 'BAIK', false],
    ['90', false, 'BAIK', false],
    ['89.99', false, 'CUKUP', false],
    ['89.9999', true, 'CUKUP', false],
    ['70', false, 'CUKUP', false],
    ['69.99', false, 'KURANG', false],
    ['50', false, 'KURANG', false],
    ['49.99', false, 'SANGAT_KURANG', false],
    ['0', true, 'SANGAT_KURANG', false],
  ] as const)('%s with inovasi=%s → %s', (x, inovasi, code, tanpaInovasi) => {
    const r = predikatPp30(dec, dec.from(x), inovasi, P, R2);
    expect(r?.code).toBe(code);
    expect(r?.tanpaInovasi).toBe(tanpaInovasi);
  });

  it('ROUND_THEN_COMPARE compares the reported value: 89.996 → 90.00 → Baik', () => {
    const rounded = withParams({ batasPredikat: 'ROUND_THEN_COMPARE' }).params;
    expect(predikatPp30(dec, dec.from('89.996'), false, P, R2)?.code).toBe('CUKUP');
    expect(predikatPp30(dec, dec.from('89.996'), false, rounded, R2)?.code).toBe('BAIK');
    expect(predikatPp30(dec, dec.from('89.994'), false, rounded, R2)?.code).toBe('CUKUP');
  });

  it('inovasi is true or a described object', () => {
    expect(punyaInovasi(appraisal())).toBe(false);
    expect(punyaInovasi(appraisal({ inovasi: true }))).toBe(true);
    expect(punyaInovasi(appraisal({ inovasi: false }))).toBe(false);
    expect(punyaInovasi(appraisal({ inovasi: { uraian: 'Aplikasi antrean daring' } }))).toBe(true);
  });
});

describe('70/30 vs 60/40 (Pasal 41(3)–(4)) and mode360', () => {
  const cases = [
    [['ATASAN'], false],
    [['ATASAN', 'REKAN_KERJA'], false],
    [['ATASAN', 'BAWAHAN'], false],
    [['ATASAN', 'REKAN_KERJA', 'BAWAHAN'], true],
    [['REKAN_KERJA', 'BAWAHAN', 'REKAN_KERJA'], true],
  ] as const;

  it.each(cases)('raters %j → 360° input %s', (roles, has360) => {
    const a = appraisal({ perilaku: { penilaian: roles.map((r) => rater(r, 100)) } });
    expect(adaMasukan360(a)).toBe(has360);
    expect(bobotKinerja(P, has360)).toEqual({
      dengan360: has360,
      bobot: has360 ? { SKP: 6000, PERILAKU: 4000 } : { SKP: 7000, PERILAKU: 3000 },
    });
  });

  it('SELALU and TIDAK_PERNAH ignore the input', () => {
    const always = withParams({ mode360: 'SELALU' }).params;
    const never = withParams({ mode360: 'TIDAK_PERNAH' }).params;
    expect(bobotKinerja(always, false).bobot).toEqual({ SKP: 6000, PERILAKU: 4000 });
    expect(bobotKinerja(never, true).bobot).toEqual({ SKP: 7000, PERILAKU: 3000 });
  });
});
