import { describe, expect, it } from 'vitest';
import { pmk6Appraisal, pp30Appraisal, pp46Appraisal, prng } from '../../bench/fixtures.js';
import { evaluate } from './evaluate.js';

describe('evaluate({ rincian: false })', () => {
  it.each([
    ['PP 46/2011', pp46Appraisal],
    ['PP 30/2019', pp30Appraisal],
    ['PermenPANRB 6/2022', pmk6Appraisal],
  ] as const)('%s: the same result without its rincian, on both backends', (_name, make) => {
    const rand = prng(2026);
    for (let i = 0; i < 300; i++) {
      const input = make(rand, i);
      const full = evaluate(input, { trace: false });
      const summary = evaluate(input, { trace: false, rincian: false });
      const reference = evaluate(input, { trace: false, backend: 'decimal', rincian: false });
      expect(full.ok).toBe(true);
      const { rincian: _, backend: _b, ...rest } = full;
      const { backend: _c, ...summaryRest } = summary;
      const { backend: _d, ...referenceRest } = reference;
      expect(summary).not.toHaveProperty('rincian');
      expect(JSON.stringify(summaryRest)).toBe(JSON.stringify(rest));
      expect(JSON.stringify(referenceRest)).toBe(JSON.stringify(rest));
    }
  });
});
