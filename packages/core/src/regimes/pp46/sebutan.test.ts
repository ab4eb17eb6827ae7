import { describe, expect, it } from 'vitest';
import { decimalCalculator as c } from '../../arith/decimal.js';
import type { SebutanPp46 } from '../../codes.js';
import { pp46_2011 } from './ruleset.js';
import { sebutanPp46 } from './sebutan.js';

const P = pp46_2011.params;
const RTC = { ...P, batasSebutan: { ...P.batasSebutan, value: 'ROUND_THEN_COMPARE' as const } };

describe('sebutanPp46: lower bounds inclusive (LOWER_INCLUSIVE, default)', () => {
  it.each([
    ['120', 'SANGAT_BAIK'],
    ['91', 'SANGAT_BAIK'],
    ['90.99', 'BAIK'],
    ['90.999999', 'BAIK'],
    ['76', 'BAIK'],
    ['75.99', 'CUKUP'],
    ['61', 'CUKUP'],
    ['60.99', 'KURANG'],
    ['51', 'KURANG'],
    ['50.99', 'BURUK'],
    ['50', 'BURUK'],
    ['0', 'BURUK'],
  ] as [string, SebutanPp46][])('%s → %s', (x, code) => {
    expect(sebutanPp46(c, c.from(x), P, 2).code).toBe(code);
  });
});

describe('sebutanPp46: ROUND_THEN_COMPARE (round to 2 dp half-up first)', () => {
  it.each([
    ['90.995', 'SANGAT_BAIK', 'BAIK'],
    ['90.994', 'BAIK', 'BAIK'],
    ['90.99', 'BAIK', 'BAIK'],
    ['75.995', 'BAIK', 'CUKUP'],
    ['60.995', 'CUKUP', 'KURANG'],
    ['50.995', 'KURANG', 'BURUK'],
    ['50.994', 'BURUK', 'BURUK'],
    ['91', 'SANGAT_BAIK', 'SANGAT_BAIK'],
  ] as [string, SebutanPp46, SebutanPp46][])('%s → %s (exact mode: %s)', (x, rounded, exact) => {
    const r = sebutanPp46(c, c.from(x), RTC, 2);
    expect(r.code).toBe(rounded);
    expect(r.codeLain).toBe(exact);
    expect(r.modeMenentukan).toBe(rounded !== exact);
    const e = sebutanPp46(c, c.from(x), P, 2);
    expect(e.code).toBe(exact);
    expect(e.modeMenentukan).toBe(rounded !== exact);
  });
});
