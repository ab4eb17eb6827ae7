/**
 * `kinerja score --workers N` vs `--workers 1` on a generated, CPU-bound appraisal CSV (issue 9:
 * at least 1.7 times as fast on 2 cores). Both write the results and rejections CSV, and the
 * suite fails unless every `--workers` entry wrote the same bytes as `--workers 1` (a digest
 * each run reports); test/workers.test.ts checks the same on CSV and JSON Lines, and
 * bench/workers.ts also times the machine's own 2-thread scaling (a speed-up measured while
 * other processes take a core says nothing about the code).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { writeDataset } from '../src/generate/dataset.js';
import { SCORE_FROM as from, scoreNodeFlags, SCORE_TASK as task } from './built.js';
import { defineE2eSuite } from './harness.js';

const cores = availableParallelism();
const counts = [...new Set([2, cores])].filter((n) => n > 1);
export default [
  defineE2eSuite({
    name: `kinerja score --workers N vs --workers 1 (${cores} cores, ${from})`,
    size: { full: 200_000, smoke: 31_000 },
    async setup(size, dir) {
      const file = join(dir, 'pegawai.csv');
      await writeDataset({ size, seed: 11, format: 'csv', regime: 'pmk6', hazards: 0.01 }, file);
      // The same rows as two files of half the rows each, for the two-process ceiling. The
      // generated table has no line breaks inside cells: its records are its lines.
      const [header, ...lines] = (await readFile(file, 'utf8')).split('\r\n');
      if (lines.at(-1) === '') lines.pop();
      const half = Math.ceil(lines.length / 2);
      const halves = [lines.slice(0, half), lines.slice(half)].map((part, i) => ({
        path: join(dir, `half${i}.csv`),
        text: `${[header, ...part].join('\r\n')}\r\n`,
      }));
      for (const h of halves) await writeFile(h.path, h.text);
      return { file, dir, halves: halves.map((h) => h.path) as [string, string] };
    },
    baseline: (s) => ({
      name: 'kinerja score --workers 1',
      args: [task, s.file, s.dir, '--workers', '1'],
      node: scoreNodeFlags([s.file, '--workers', '1']),
    }),
    candidates: (s) => [
      ...counts.map((n) => ({
        name: `kinerja score --workers ${n}`,
        args: [task, s.file, s.dir, '--workers', String(n)],
        node: scoreNodeFlags([s.file, '--workers', String(n)]),
        // Threads whatever the size (the smoke size is under the in-thread limit of 100,000).
        env: { KINERJA_WORKERS_MIN_LINES: '0' },
      })),
      {
        name: 'ceiling: 2 processes --workers 1, half the rows each',
        args: ['score-pair', task, ...s.halves, s.dir, '--workers', '1'],
      },
    ],
    goal(rs) {
      const one = rs[0];
      const pair = rs.find((r) => r.name.startsWith('ceiling'));
      // Faster means nothing unless the bytes are the same.
      const differ = rs.filter((r) => r !== pair && r.info?.outputs !== one?.info?.outputs);
      if (one?.info?.outputs === undefined || differ.length > 0) {
        throw new Error(
          `results or rejections differ from ${one?.name}: ${differ.map((r) => r.name).join(', ')}`,
        );
      }
      const ceiling = (one?.medianMs ?? Number.NaN) / (pair?.medianMs ?? Number.NaN);
      return [
        ...rs
          .slice(1)
          .filter((r) => r !== pair)
          .map((r) => {
            const x = (one?.medianMs ?? Number.NaN) / r.medianMs;
            const verdict = cores < 2 ? 'n/a (1 core)' : x >= 1.7 ? 'MET' : 'NOT MET';
            return `goal speed-up >= 1.7x on 2 cores: ${r.name}: ${x.toFixed(2)}x ${verdict}`;
          }),
        `ceiling of this machine for this work: two independent processes on the two halves, ${ceiling.toFixed(2)}x`,
        'results and rejections: the same bytes on every --workers count',
      ].join('\n');
    },
  }),
];
