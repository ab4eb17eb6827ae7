import { checkDistribution } from '@kinerja/core/calibration';
import { describe, expect, it } from 'vitest';
import { allowedPerBin, distributionChart } from './chart.js';

describe('allowedPerBin', () => {
  it('intersects the single-predikat rules of the guidance at the headcount', () => {
    // Butuh Perbaikan organisation, 10 people: BP at least 60 % (6–10), SB at most 10 % (0–1).
    const r = checkDistribution({ SANGAT_BAIK: 2, BAIK: 8 }, 'BUTUH_PERBAIKAN');
    const a = allowedPerBin(r.check?.rules ?? [], 10);
    expect(a.get('BUTUH_PERBAIKAN')).toEqual({ min: 6, max: 10 });
    expect(a.get('SANGAT_BAIK')).toEqual({ min: 0, max: 1 });
    expect(a.has('BAIK')).toBe(false);
  });
});

describe('distributionChart', () => {
  it('draws one bar per predikat, a band per constrained predikat and the guidance curve', () => {
    const svg = distributionChart(
      'Unit <A>',
      [
        { code: 'SANGAT_BAIK', label: 'Sangat Baik', count: 2 },
        { code: 'BAIK', label: 'Baik', count: 8 },
      ],
      10,
      new Map([['SANGAT_BAIK', { min: 0, max: 1 }]]),
    );
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(2);
    expect(svg.match(/<rect class="band"/g)).toHaveLength(1);
    expect(svg).toContain('<polyline class="curve"');
    expect(svg).toContain('Unit &lt;A&gt;');
    expect(svg).toContain('80.0%');
  });
});
