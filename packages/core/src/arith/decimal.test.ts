import { describe, expect, it } from 'vitest';
import { decimalCalculator as dec, toDec } from './decimal.js';

describe('decimalCalculator', () => {
  it('reads numbers by their shortest representation, so 9.12 is exactly 9.12', () => {
    expect(toDec(9.12).toFixed()).toBe('9.12');
    expect(dec.toString(dec.div(dec.from(9.12), dec.from(12)))).toBe('0.76');
  });
  it('reads decimal strings with surrounding whitespace, as the float backend does', () => {
    expect(toDec(' 9.12 ').toFixed()).toBe('9.12');
  });
  it('rejects NaN and Infinity', () => {
    expect(() => toDec(Number.NaN)).toThrow(RangeError);
    expect(() => toDec('abc')).toThrow();
  });
  it('never changes the host decimal.js configuration', async () => {
    const { default: Decimal } = await import('decimal.js');
    expect(Decimal.precision).toBe(20);
  });
  it('prints canonical strings without exponents', () => {
    expect(dec.toString(dec.from('1e-30'))).toBe('0.000000000000000000000000000001');
    expect(dec.toString(dec.from('-0'))).toBe('0');
  });
});
