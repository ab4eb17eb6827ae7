/**
 * A streaming run over a national-size population: generate → read (streamAppraisalCsv) →
 * evaluate → write results, one row at a time, in one child process, vs generating and
 * tokenizing the same rows. Goal (issue 9): peak RSS at most 512 MB for 5M employees.
 */
import { join } from 'node:path';
import { defineE2eSuite } from './harness.js';

export default [
  defineE2eSuite({
    name: 'streaming generate → score → write results',
    size: { full: 5_000_000, smoke: 5_000 },
    setup: async (size, dir) => ({ size: String(size), out: join(dir, 'hasil.csv') }),
    baseline: (s) => ({ name: 'generate → tokenize', args: ['stream-tokenize', s.size] }),
    candidates: (s) => [
      {
        name: 'generate → streamAppraisalCsv → evaluate → results CSV',
        args: ['stream-score', s.size, s.out],
      },
    ],
    goal(rs) {
      const r = rs[1];
      if (!r) return '';
      const mb = r.peakRssBytes / 1e6;
      return `goal peak RSS <= 512 MB: ${mb.toFixed(0)} MB for ${r.rows.toLocaleString('en-US')} employees ${mb <= 512 ? 'MET' : 'NOT MET'}`;
    },
  }),
];
