/**
 * `kinerja score` end to end on a generated appraisal CSV vs parsing the same file alone with
 * the same reader (`readAppraisalCsvStream`, what `score` reads CSV with). Goal (issue 9): the
 * whole run takes at most 1.5 times the parse.
 */
import { join } from 'node:path';
import { writeDataset } from '../src/generate/dataset.js';
import { SCORE_FROM, SCORE_TASK, scoreNodeFlags } from './built.js';
import { defineE2eSuite } from './harness.js';

export default [
  defineE2eSuite({
    name: 'kinerja score end to end vs parsing the same CSV',
    size: { full: 1_000_000, smoke: 2_000 },
    async setup(size, dir) {
      const file = join(dir, 'pegawai.csv');
      await writeDataset({ size, seed: 7, format: 'csv', regime: 'pmk6', hazards: 0.01 }, file);
      return { file, dir };
    },
    baseline: (s) => ({ name: 'parse alone (readAppraisalCsvStream)', args: ['parse', s.file] }),
    candidates: (s) => [
      { name: 'tokenize alone (streamCsv)', args: ['tokenize', s.file] },
      { name: 'parse alone, streamed (streamAppraisalCsv)', args: ['parse-stream', s.file] },
      {
        name: `kinerja score --out --rejections (default workers, ${SCORE_FROM})`,
        args: [SCORE_TASK, s.file, s.dir],
        node: scoreNodeFlags([s.file]),
      },
      {
        name: `kinerja score --out --rejections --workers 1 (${SCORE_FROM})`,
        args: [SCORE_TASK, s.file, s.dir, '--workers', '1'],
        node: scoreNodeFlags([s.file, '--workers', '1']),
      },
    ],
    goal(rs) {
      // Against the parse the goal names, and against the streamed parse (which does not hold
      // the file and so is the stricter baseline on large files).
      const parses = [rs[0], rs.find((r) => r.name.includes('streamed'))];
      return rs
        .filter((r) => r.name.startsWith('kinerja score'))
        .flatMap((r) =>
          parses.map((p) => {
            const x = r.medianMs / (p?.medianMs ?? Number.NaN);
            return `goal score/parse <= 1.5x: ${r.name} / ${p?.name}: ${x.toFixed(2)}x ${x <= 1.5 ? 'MET' : 'NOT MET'}`;
          }),
        )
        .join('\n');
    },
  }),
];
