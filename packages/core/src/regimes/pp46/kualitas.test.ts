import { describe, expect, it } from 'vitest';
import { decimalCalculator as c } from '../../arith/decimal.js';
import { capaianKualitasPp46 } from './kualitas.js';

describe('capaianKualitasPp46: RK / TK × 100', () => {
  it.each([
    [100, 90, '90'],
    [100, 100, '100'],
    [90, 99, '110'],
    [100, 0, '0'],
  ])('TK=%s RK=%s → %s', (tk, rk, expected) => {
    expect(c.toString(capaianKualitasPp46(c, c.from(tk), c.from(rk)))).toBe(expected);
  });
});
