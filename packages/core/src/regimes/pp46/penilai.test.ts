import { describe, expect, it } from 'vitest';
import { decimalCalculator as c } from '../../arith/decimal.js';
import { bobotPenilaiPp46, gabungPenilaiPp46 } from './penilai.js';
import { pp46_2011 } from './ruleset.js';

const P = pp46_2011.params;
const v = (x: number) => c.from(x);

describe('bobotPenilaiPp46 (default: the pejabat penilai only)', () => {
  it('other raters are considered with weight 0', () => {
    const w = bobotPenilaiPp46(['REKAN_KERJA', 'ATASAN', 'BAWAHAN', 'REKAN_KERJA'], P);
    expect(w.used).toEqual({ ATASAN: 10000 });
    expect(w.total).toBe(10000);
    expect(w.bobotNol).toEqual(['BAWAHAN', 'REKAN_KERJA']);
  });
  it('no atasan → no weighted rater', () => {
    expect(bobotPenilaiPp46(['REKAN_KERJA'], P).total).toBe(0);
  });
  it('an agency weighting re-normalises over the roles present', () => {
    const p = {
      ...P,
      bobotPenilai: {
        ...P.bobotPenilai,
        value: { ATASAN: 6000, REKAN_KERJA: 2000, BAWAHAN: 2000, MASYARAKAT: 0, DIRI_SENDIRI: 0 },
      },
    };
    const w = bobotPenilaiPp46(['ATASAN', 'REKAN_KERJA'], p);
    expect(w).toMatchObject({
      used: { ATASAN: 6000, REKAN_KERJA: 2000 },
      total: 8000,
      excluded: ['BAWAHAN'],
    });
    const r = gabungPenilaiPp46(
      c,
      {
        ATASAN: [{ INTEGRITAS: v(80) }],
        REKAN_KERJA: [{ INTEGRITAS: v(90) }, { INTEGRITAS: v(70) }],
      },
      ['INTEGRITAS'],
      w,
    );
    // (80 × 6000 + 80 × 2000) / 8000 = 80 (the two peers average to 80)
    expect(c.toString(r.INTEGRITAS ?? v(-1))).toBe('80');
  });
});
