import { describe, expect, it } from 'vitest';
import { decimalCalculator as c } from '../../arith/decimal.js';
import { nilaiSkpPp46 } from './nilaiSkp.js';

describe('nilaiSkpPp46', () => {
  it('average of the kegiatan plus tugas tambahan and kreativitas', () => {
    const r = nilaiSkpPp46(c, [c.from('85.5'), c.from(92), c.from(76)], c.from(2), c.from(3));
    expect(c.toFixed(c.round(r.rataRata, 2, 'HALF_UP'), 2)).toBe('84.50');
    expect(c.toFixed(c.round(r.nilai, 2, 'HALF_UP'), 2)).toBe('89.50');
  });
  it('can exceed 100', () => {
    const r = nilaiSkpPp46(c, [c.from(110)], c.from(3), c.from(12));
    expect(c.toString(r.nilai)).toBe('125');
  });
});
