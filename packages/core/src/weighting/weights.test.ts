import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalCalculator as dec } from '../arith/decimal.js';
import { renormalize, validateWeights, weightedMean } from './weights.js';

describe('weights', () => {
  it('validates sums exactly in basis points', () => {
    expect(validateWeights([7000, 3000], 'SKP/perilaku', [])).toEqual([]);
    const [i] = validateWeights([3333, 3333, 3333], 'IKI', ['skp']);
    expect(i?.code).toBe('WEIGHTS_NOT_100');
    expect(i?.message.en).toContain('99.99%');
  });

  it('excludes missing components and re-normalises; never counts them as zero', () => {
    const w = renormalize<'ATASAN' | 'REKAN_KERJA' | 'BAWAHAN'>(
      { ATASAN: 6000, REKAN_KERJA: 2000, BAWAHAN: 2000 },
      ['ATASAN', 'BAWAHAN'],
    );
    expect(w).toEqual({
      used: { ATASAN: 6000, BAWAHAN: 2000 },
      total: 8000,
      excluded: ['REKAN_KERJA'],
    });
    const m = weightedMean(dec, { ATASAN: dec.from(80), BAWAHAN: dec.from(100) }, w);
    expect(dec.toString(m)).toBe('85'); // (6000×80 + 2000×100) / 8000
  });

  it('property: the mean of equal values is that value, whatever the weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10000 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 120 }),
        (ws, x) => {
          const weights = Object.fromEntries(ws.map((w, i) => [`K${i}`, w]));
          const u = renormalize(weights, Object.keys(weights));
          const vals = Object.fromEntries(Object.keys(weights).map((k) => [k, dec.from(x)]));
          expect(dec.toString(weightedMean(dec, vals, u))).toBe(String(x));
        },
      ),
    );
  });
});
