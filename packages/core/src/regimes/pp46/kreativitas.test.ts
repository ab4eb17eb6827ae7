import { describe, expect, it } from 'vitest';
import { decimalCalculator as c } from '../../arith/decimal.js';
import { nilaiKreativitasPp46, type TingkatKreativitas } from './kreativitas.js';
import { pp46_2011 } from './ruleset.js';

const P = pp46_2011.params;
const SUM = { ...P, kreativitasAgregasi: { ...P.kreativitasAgregasi, value: 'SUM' as const } };

describe('nilaiKreativitasPp46 (UNCERTAIN 3/6/12)', () => {
  it.each([
    [[], '0', '0'],
    [['UNIT_KERJA'], '3', '3'],
    [['ORGANISASI'], '6', '6'],
    [['NEGARA'], '12', '12'],
    [['UNIT_KERJA', 'ORGANISASI'], '6', '9'],
    [['NEGARA', 'UNIT_KERJA', 'UNIT_KERJA'], '12', '18'],
  ] as [TingkatKreativitas[], string, string][])('%j → MAX %s, SUM %s', (xs, max, sum) => {
    expect(c.toString(nilaiKreativitasPp46(c, xs, P))).toBe(max);
    expect(c.toString(nilaiKreativitasPp46(c, xs, SUM))).toBe(sum);
  });
});
