import { describe, expect, it } from 'vitest';
import { decimalCalculator as c } from '../../arith/decimal.js';
import { nilaiPembandingPp46 } from './batas.js';

describe('nilaiPembandingPp46', () => {
  it.each([
    ['90.996', 'LOWER_INCLUSIVE', '90.996'],
    ['90.996', 'ROUND_THEN_COMPARE', '91'],
    ['90.995', 'ROUND_THEN_COMPARE', '91'],
    ['90.9949', 'ROUND_THEN_COMPARE', '90.99'],
    ['50', 'ROUND_THEN_COMPARE', '50'],
  ] as const)('%s under %s → %s', (x, mode, out) => {
    expect(c.toString(nilaiPembandingPp46(c, c.from(x), mode, 2))).toBe(out);
  });
});
