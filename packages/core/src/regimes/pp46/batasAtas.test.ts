import { describe, expect, it } from 'vitest';
import { decimalCalculator as c } from '../../arith/decimal.js';
import { batasAtasCapaianPp46 } from './batasAtas.js';
import { pp46_2011 } from './ruleset.js';

const P = pp46_2011.params;
const capped = (cap: string) => ({
  ...P,
  batasAtasKuantitasKualitas: { ...P.batasAtasKuantitasKualitas, value: cap, overriddenBy: 'x' },
});

describe('batasAtasCapaianPp46 (UNCERTAIN, default no cap)', () => {
  it.each([
    ['80', null, '80', false, false],
    ['100', null, '100', false, false],
    ['120', null, '120', true, false],
    ['120', '100', '100', true, true],
    ['105', '110', '105', true, false],
    ['100', '100', '100', false, false],
  ] as const)(
    'capaian %s with cap %s → %s (reading used %s, cut %s)',
    (x, cap, out, dipakai, dipotong) => {
      const r = batasAtasCapaianPp46(c, c.from(x), cap === null ? P : capped(cap));
      expect(c.toString(r.nilai)).toBe(out);
      expect(r.dipakai).toBe(dipakai);
      expect(r.dipotong).toBe(dipotong);
    },
  );
});
