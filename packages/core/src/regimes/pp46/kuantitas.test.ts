import { describe, expect, it } from 'vitest';
import { decimalCalculator as c } from '../../arith/decimal.js';
import { capaianKuantitasPp46 } from './kuantitas.js';

describe('capaianKuantitasPp46: RO / TO × 100', () => {
  it.each([
    [12, 12, '100'],
    [12, 9, '75'],
    [12, 15, '125'],
    [12, 0, '0'],
    ['2.5', '1.25', '50'],
  ])('TO=%s RO=%s → %s', (to, ro, expected) => {
    expect(c.toString(capaianKuantitasPp46(c, c.from(to), c.from(ro)))).toBe(expected);
  });
  it('keeps repeating decimals exact until reporting', () => {
    const x = capaianKuantitasPp46(c, c.from(3), c.from(1));
    expect(c.toFixed(c.round(x, 2, 'HALF_UP'), 2)).toBe('33.33');
    expect(c.toString(c.mul(x, c.from(3)))).toMatch(/^(100|99\.9+)$/);
  });
});
