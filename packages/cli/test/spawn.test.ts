import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type HeapFacts, heapRelaunchFlags, RELAUNCHED_ENV } from '../src/heap.js';
import { smallCity } from './helpers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const bin = join(root, 'packages/cli/src/bin.ts');

/** Runs the real binary from source, as `pnpm demo` does (options last: the environment). */
function kinerja(cwd: string, ...args: (string | { env: NodeJS.ProcessEnv })[]) {
  const opts = args.find((a) => typeof a !== 'string');
  const argv = args.filter((a): a is string => typeof a === 'string');
  return spawnSync(tsx, ['--tsconfig', join(root, 'tsconfig.base.json'), bin, ...argv], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    ...(opts ? { env: opts.env } : {}),
  });
}

describe('the kinerja binary (spawned from source)', () => {
  it('scores a file with process exit code 0 and reports a bad file with exit code 2 on one line', () => {
    const { dir } = smallCity(200);
    const ok = kinerja(dir, 'score', 'pegawai.csv', '--json', '--fail-on', 'error');
    expect(ok.status).toBe(1);
    expect(JSON.parse(ok.stdout)).toMatchObject({ rejected: 5 });
    const bad = kinerja(dir, 'score', 'nope.csv');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('kinerja: nope.csv: no such file (berkas tidak ditemukan)\n');
  }, 60_000);
});

describe('the kinerja binary starts itself again with a larger heap for whole-file commands', () => {
  const GiB = 2 ** 30;
  const facts = (argv: string[], over: Partial<HeapFacts> = {}): HeapFacts => ({
    argv,
    execArgv: [],
    env: {},
    totalMemory: 24 * GiB,
    heapLimit: 4144 * 2 ** 20,
    ...over,
  });

  it.each([
    [
      ['calibrate', 'a.csv'],
      ['--max-old-space-size=18432', '--max-semi-space-size=64'],
    ],
    [
      ['audit', 'a.csv'],
      ['--max-old-space-size=18432', '--max-semi-space-size=64'],
    ],
    [
      ['report', 'a.csv'],
      ['--max-old-space-size=18432', '--max-semi-space-size=64'],
    ],
    [['explain', 'a.csv', '--nip', '1'], ['--max-old-space-size=18432']],
    // score streams CSV and JSON Lines; the heap limit is for the inputs it reads whole.
    [['score', 'a.csv'], ['--max-old-space-size=18432']],
    [['demo'], undefined],
    [['generate', '--size', '10'], undefined],
    [['schema'], undefined],
    [['calibrate', '--help'], undefined],
    [[], undefined],
  ])('%j → %j', (argv, flags) => {
    expect(heapRelaunchFlags(facts(argv))).toEqual(flags);
  });

  it('leaves the heap alone when the user chose it, when it would not grow, and once relaunched', () => {
    const argv = ['calibrate', 'a.csv'];
    expect(heapRelaunchFlags(facts(argv, { execArgv: ['--max-old-space-size=8000'] }))).toBe(
      undefined,
    );
    expect(
      heapRelaunchFlags(facts(argv, { env: { NODE_OPTIONS: '--max_old_space_size=8000' } })),
    ).toBe(undefined);
    expect(heapRelaunchFlags(facts(argv, { env: { KINERJA_HEAP: 'off' } }))).toBe(undefined);
    expect(heapRelaunchFlags(facts(argv, { env: { [RELAUNCHED_ENV]: '1' } }))).toBe(undefined);
    // 4 GiB of memory: 3 GiB is below the default limit.
    expect(heapRelaunchFlags(facts(argv, { totalMemory: 4 * GiB }))).toBe(undefined);
    // A semi-space size the user chose is kept.
    expect(
      heapRelaunchFlags(facts(argv, { env: { NODE_OPTIONS: '--max-semi-space-size=16' } })),
    ).toEqual(['--max-old-space-size=18432']);
  });

  it('gives the same output and exit codes relaunched as in one process', () => {
    const { dir } = smallCity(300);
    const off = { ...process.env, KINERJA_HEAP: 'off' };
    for (const args of [
      ['calibrate', 'pegawai.csv', '--org-predikat', 'org-predikat.json', '--json'],
      ['audit', 'pegawai.csv', '--json'],
      ['score', 'nope.csv'],
    ]) {
      const relaunched = kinerja(dir, ...args);
      const inProcess = kinerja(dir, ...args, { env: off });
      expect([relaunched.status, relaunched.stdout, relaunched.stderr]).toEqual([
        inProcess.status,
        inProcess.stdout,
        inProcess.stderr,
      ]);
    }
  }, 120_000);
});
