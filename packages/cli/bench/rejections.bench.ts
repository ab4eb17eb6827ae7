/**
 * `kinerja score` on data where many rows are rejected: every employee carries a hazard
 * (`--hazards 1`: a seventh of the rows rejected, most for a NIP Excel turned into scientific
 * notation; mutasi duplicates and PLT/PLH rows added) against the same population with 1 % of
 * hazards. A streamed run spools its rejections beyond 10,000, so its memory must not grow with
 * them: the goal line holds the hazardous run to the 512 MB of issue 9.
 */
import { join } from 'node:path';
import { writeDataset } from '../src/generate/dataset.js';
import { SCORE_FROM, SCORE_TASK, scoreNodeFlags } from './built.js';
import { defineE2eSuite } from './harness.js';

export default [
  defineE2eSuite({
    name: 'kinerja score with a rejection on every seventh row',
    size: { full: 1_000_000, smoke: 2_000 },
    async setup(size, dir) {
      const clean = join(dir, 'bersih.csv');
      const hazardous = join(dir, 'rawan.csv');
      await writeDataset({ size, seed: 7, format: 'csv', regime: 'pmk6', hazards: 0.01 }, clean);
      await writeDataset({ size, seed: 7, format: 'csv', regime: 'pmk6', hazards: 1 }, hazardous);
      return { clean, hazardous, dir };
    },
    baseline: (s) => ({
      name: `kinerja score, 1 % hazards (default workers, ${SCORE_FROM})`,
      args: [SCORE_TASK, s.clean, s.dir],
      node: scoreNodeFlags([s.clean]),
    }),
    candidates: (s) => [
      {
        name: `kinerja score, every row a hazard (default workers, ${SCORE_FROM})`,
        args: [SCORE_TASK, s.hazardous, s.dir],
        node: scoreNodeFlags([s.hazardous]),
      },
      {
        name: `kinerja score, every row a hazard, --workers 1 (${SCORE_FROM})`,
        args: [SCORE_TASK, s.hazardous, s.dir, '--workers', '1'],
        node: scoreNodeFlags([s.hazardous, '--workers', '1']),
      },
    ],
    goal(rs) {
      return rs
        .slice(1)
        .map((r) => {
          const mb = r.peakRssBytes / 1e6;
          const rejected = Number((r.info as { rejected?: number } | undefined)?.rejected ?? 0);
          return `goal peak RSS <= 512 MB with ${rejected.toLocaleString('en-US')} rejections: ${r.name}: ${mb.toFixed(0)} MB ${mb <= 512 ? 'MET' : 'NOT MET'}`;
        })
        .join('\n');
    },
  }),
];
