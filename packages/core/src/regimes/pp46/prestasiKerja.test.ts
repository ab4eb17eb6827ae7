import { describe, expect, it } from 'vitest';
import { decimalCalculator as c } from '../../arith/decimal.js';
import { nilaiPrestasiKerjaPp46 } from './prestasiKerja.js';
import { pp46_2011 } from './ruleset.js';

const P = pp46_2011.params;
const r2 = (x: ReturnType<typeof c.from>) => c.toFixed(c.round(x, 2, 'HALF_UP'), 2);

describe('nilaiPrestasiKerjaPp46: 60 % SKP + 40 % perilaku', () => {
  it.each([
    ['85.5', '80', '83.30'],
    ['100', '100', '100.00'],
    ['76', '76', '76.00'],
    ['110', '90', '102.00'],
    ['0', '100', '40.00'],
  ])('SKP %s, perilaku %s → %s', (skp, per, out) => {
    expect(r2(nilaiPrestasiKerjaPp46(c, c.from(skp), c.from(per), P))).toBe(out);
  });

  it('regression (formats.md §3.5): perilaku weighs 40/100 for non-structural staff too, never 60/100', () => {
    // A public SQL recap multiplies the 5-aspect perilaku by 60/100 in its no-leadership branch.
    const skp = c.from('85.5');
    const perilaku = c.from(80); // five aspects, no kepemimpinan
    const buggy = c.add(c.mul(skp, c.from('0.6')), c.mul(perilaku, c.from('0.6')));
    expect(r2(buggy)).toBe('99.30');
    expect(r2(nilaiPrestasiKerjaPp46(c, skp, perilaku, P))).toBe('83.30');
  });

  it('uses the weights of the ruleset (basis points)', () => {
    const p = { ...P, bobot: { ...P.bobot, value: { SKP: 7000, PERILAKU: 3000 } } };
    expect(r2(nilaiPrestasiKerjaPp46(c, c.from(100), c.from(50), p))).toBe('85.00');
  });
});
