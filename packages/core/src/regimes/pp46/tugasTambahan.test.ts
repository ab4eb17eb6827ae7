import { describe, expect, it } from 'vitest';
import { decimalCalculator as c } from '../../arith/decimal.js';
import { pp46_2011 } from './ruleset.js';
import { nilaiTugasTambahanPp46 } from './tugasTambahan.js';

describe('nilaiTugasTambahanPp46: 0 → 0; 1–3 → 1; 4–6 → 2; ≥ 7 → 3', () => {
  it.each([
    [0, '0'],
    [1, '1'],
    [2, '1'],
    [3, '1'],
    [4, '2'],
    [5, '2'],
    [6, '2'],
    [7, '3'],
    [25, '3'],
  ])('%i tugas tambahan → %s', (jumlah, nilai) => {
    expect(c.toString(nilaiTugasTambahanPp46(c, jumlah, pp46_2011.params))).toBe(nilai);
  });
});
