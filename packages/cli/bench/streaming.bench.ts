/**
 * A streaming run over a national-size population, in bounded memory. In one child process:
 * generate → read (streamAppraisalCsv) → evaluate → write results, one row at a time; and
 * `kinerja score` on the same population written to a CSV file beforehand, in one thread and on
 * the default worker threads. Baseline: generating and tokenizing the same rows. Goal (issue 9):
 * peak RSS at most 512 MB for 5M employees.
 */
import { join } from 'node:path';
import { writeDataset } from '../src/generate/dataset.js';
import { SCORE_FROM, SCORE_TASK, scoreNodeFlags } from './built.js';
import { defineE2eSuite } from './harness.js';

export default [
  defineE2eSuite({
    name: 'streaming generate → score → write results',
    size: { full: 5_000_000, smoke: 5_000 },
    async setup(size, dir) {
      const file = join(dir, 'pegawai.csv');
      await writeDataset({ size, seed: 7, format: 'csv', regime: 'pmk6', hazards: 0.01 }, file);
      return { size: String(size), out: join(dir, 'hasil.csv'), file, dir };
    },
    baseline: (s) => ({ name: 'generate → tokenize', args: ['stream-tokenize', s.size] }),
    candidates: (s) => [
      {
        name: 'generate → streamAppraisalCsv → evaluate → results CSV',
        args: ['stream-score', s.size, s.out],
      },
      {
        name: `kinerja score file --out --rejections --workers 1 (${SCORE_FROM})`,
        args: [SCORE_TASK, s.file, s.dir, '--workers', '1'],
        node: scoreNodeFlags([s.file, '--workers', '1']),
      },
      {
        name: `kinerja score file --out --rejections (default workers, ${SCORE_FROM})`,
        args: [SCORE_TASK, s.file, s.dir],
        node: scoreNodeFlags([s.file]),
      },
    ],
    goal(rs) {
      return rs
        .slice(1)
        .map((r) => {
          const mb = r.peakRssBytes / 1e6;
          return `goal peak RSS <= 512 MB: ${r.name}: ${mb.toFixed(0)} MB for ${r.rows.toLocaleString('en-US')} employees ${mb <= 512 ? 'MET' : 'NOT MET'}`;
        })
        .join('\n');
    },
  }),
];
