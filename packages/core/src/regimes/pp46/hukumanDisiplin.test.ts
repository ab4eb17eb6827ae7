import { describe, expect, it } from 'vitest';
import { decimalCalculator as c } from '../../arith/decimal.js';
import { hukumanDisiplinPp46 } from './hukumanDisiplin.js';
import { pp46_2011 } from './ruleset.js';

const P = pp46_2011.params;
const RTC = { ...P, batasSebutan: { ...P.batasSebutan, value: 'ROUND_THEN_COMPARE' as const } };

describe('hukumanDisiplinPp46: nilai SKP < 50', () => {
  it.each([
    ['49.99', true, true],
    ['49.999', true, false],
    ['50', false, false],
    ['50.01', false, false],
    ['0', true, true],
  ] as [string, boolean, boolean][])('SKP %s → exact %s, rounded %s', (x, exact, rounded) => {
    expect(hukumanDisiplinPp46(c, c.from(x), P, 2).flag).toBe(exact);
    const r = hukumanDisiplinPp46(c, c.from(x), RTC, 2);
    expect(r.flag).toBe(rounded);
    expect(r.modeMenentukan).toBe(exact !== rounded);
  });
});
