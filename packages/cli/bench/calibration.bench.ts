/**
 * Calibration plus audit over a whole population, as `kinerja calibrate` and `kinerja audit`
 * run them (`calibrateUnits`: checkDistribution + proposeCalibration per unit with the units'
 * organisation predikat; `auditByUnit`: the @kinerja/core/bias audit per unit), vs a naive
 * count of predikat per unit over the same results. Each child first evaluates the generated
 * population (not timed). Goal (issue 9): at most 10 s for 1M employees on 2 cores.
 */
import { defineE2eSuite } from './harness.js';

/**
 * The results of 1M employees, held as `kinerja calibrate` holds them (appraisal + evaluation
 * result without trace per employee), peak at about 2.9 GB; a bigger limit than Node's default
 * keeps the suite from depending on how close that comes to it.
 */
const HEAP = ['--max-old-space-size=12288'];
/** The young generation the `kinerja` binary gives calibrate and audit (src/heap.ts). */
const BINARY = [...HEAP, '--max-semi-space-size=64'];

export default [
  defineE2eSuite({
    name: 'calibration + audit per unit',
    size: { full: 1_000_000, smoke: 5_000 },
    setup: async (size) => ({ size: String(size) }),
    baseline: (s) => ({ name: 'naive count per unit', args: ['calib-naive', s.size], node: HEAP }),
    candidates: (s) => [
      { name: 'calibrateUnits + auditByUnit', args: ['calib-audit', s.size], node: HEAP },
      {
        name: 'the same, 64 MB semi-spaces (as the kinerja binary runs it)',
        args: ['calib-audit', s.size],
        node: BINARY,
      },
    ],
    goal(rs) {
      return rs
        .slice(1)
        .map((r) => {
          const s = r.medianMs / 1000;
          const scaled = (s * 1_000_000) / r.rows;
          return `goal <= 10 s for 1M employees: ${r.name}: ${s.toFixed(2)} s for ${r.rows.toLocaleString('en-US')} (${scaled.toFixed(2)} s per 1M) ${scaled <= 10 ? 'MET' : 'NOT MET'}`;
        })
        .join('\n');
    },
  }),
];
