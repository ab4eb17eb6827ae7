/* The perilaku trace shows the rater weights actually applied, not only the configured ones. */
import { describe, expect, it } from 'vitest';
import { decimalCalculator } from '../../arith/decimal.js';
import { formatTrace } from '../../trace/format.js';
import { appraisal, rater, testContext, withParams } from './fixtures.js';
import { scorePp30 } from './regime.js';

const W = { ATASAN: 6000, REKAN_KERJA: 2000, BAWAHAN: 2000, MASYARAKAT: 0, DIRI_SENDIRI: 0 };

describe('PP 30 perilaku trace: configured, applied and excluded rater weights', () => {
  it.each<[string, string[], Record<string, number>, string[], string]>([
    [
      'all three roles',
      ['ATASAN', 'REKAN_KERJA', 'BAWAHAN'],
      { ATASAN: 6000, BAWAHAN: 2000, REKAN_KERJA: 2000 },
      [],
      'ATASAN 60%, BAWAHAN 20%, REKAN_KERJA 20%',
    ],
    [
      'no rekan kerja',
      ['ATASAN', 'BAWAHAN'],
      { ATASAN: 7500, BAWAHAN: 2500 },
      ['REKAN_KERJA'],
      'ATASAN 75%, BAWAHAN 25%',
    ],
    ['atasan only', ['ATASAN'], { ATASAN: 10000 }, ['BAWAHAN', 'REKAN_KERJA'], 'ATASAN 100%'],
  ])('%s', (_name, roles, applied, excluded, text) => {
    const a = appraisal({
      perilaku: { penilaian: roles.map((r) => rater(r as 'ATASAN', 100)) },
    });
    const t = testContext(true);
    const out = scorePp30(decimalCalculator, a, withParams({ bobotPenilai: W }), t.ctx);
    expect(out.ok).toBe(true);
    const step = t.tracer.steps.find((s) => s.rule === 'pp30.perilaku.gabungan');
    expect(step?.inputs).toMatchObject({
      bobotDikonfigurasi: W,
      bobotDipakai: applied,
      dikecualikan: excluded,
    });
    expect(step?.explanation?.en).toContain(text);
    if (excluded.length > 0) {
      expect(step?.explanation?.id).toContain(`dikecualikan (${excluded.join(', ')})`);
    }
    // formatTrace prints the applied weights in basis points.
    const shown = formatTrace({
      ok: true,
      trace: t.tracer.steps,
      warnings: [],
      issues: [],
      backend: 'decimal',
    });
    expect(shown).toContain(`bobotDipakai = ${JSON.stringify(applied)}`);
  });
});
