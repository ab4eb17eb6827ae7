import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditCommand as audit } from '../src/commands/audit.js';
import { calibrate } from '../src/commands/calibrate.js';
import { explain } from '../src/commands/explain.js';
import { report } from '../src/commands/report.js';
import { score } from '../src/commands/score.js';
import { datasetChunks } from '../src/generate/dataset.js';
import {
  type HeapFacts,
  heapRelaunchFlags,
  INPUT_HEAP_PER_BYTE,
  inputHeapEstimate,
  RELAUNCHED_ENV,
  SPLIT_EXTENSIONS,
  threadsFillCores,
  VALUE_OPTIONS,
} from '../src/heap.js';
import { CSV_EXTENSIONS } from '../src/input.js';
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

describe('the binary reads and writes workbooks', () => {
  const testDist = process.env.KINERJA_TEST_DIST === '1';
  it(`generates an XLSX table and scores it to XLSX results (${testDist ? 'dist/bin.js' : 'src/bin.ts'})`, () => {
    // The binary bundles @kinerja/xlsx but loads exceljs from node_modules: it must be a
    // dependency of the CLI itself (under pnpm a package sees only its own dependencies).
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-xlsx-'));
    const run = (...args: string[]) =>
      testDist
        ? spawnSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), ...args], {
            cwd: dir,
            encoding: 'utf8',
            timeout: 60_000,
          })
        : kinerja(dir, ...args);
    const gen = run('generate', '--size', '200', '--hazards', '0', '--out', 'pegawai.xlsx');
    expect(gen.stderr).toBe('');
    expect(gen.status).toBe(0);
    const scored = run('score', 'pegawai.xlsx', '--out', 'hasil.xlsx', '--json');
    expect(scored.status, scored.stderr).toBe(0);
    expect(JSON.parse(scored.stdout)).toMatchObject({ total: 200, accepted: 200, rejected: 0 });
    // A zip: the workbook was written.
    expect(readFileSync(join(dir, 'hasil.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
  }, 60_000);
});

describe('an interrupted run (Ctrl-C, kill) leaves no part file behind', () => {
  const testDist = process.env.KINERJA_TEST_DIST === '1';
  it.each(['SIGINT', 'SIGTERM'] as const)(
    `%s: ends by the signal, no results file, no hidden part file (${testDist ? 'dist/bin.js' : 'src/bin.ts'})`,
    async (signal) => {
      const dir = mkdtempSync(join(tmpdir(), 'kinerja-signal-'));
      writeFileSync(
        join(dir, 'pegawai.csv'),
        [
          ...datasetChunks({ size: 150_000, seed: 3, format: 'csv', regime: 'pmk6', hazards: 0 }),
        ].join(''),
      );
      // One process (no tsx child, no heap relaunch), so the signal reaches the run itself.
      const args = testDist
        ? [join(root, 'packages/cli/dist/bin.js')]
        : ['--import', pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href, bin];
      const child = spawn(
        process.execPath,
        [...args, 'score', 'pegawai.csv', '--workers', '1', '--out', 'hasil.csv'],
        {
          cwd: dir,
          stdio: 'ignore',
          env: {
            ...process.env,
            KINERJA_HEAP: 'off',
            TSX_TSCONFIG_PATH: join(root, 'tsconfig.base.json'),
          },
        },
      );
      const ended = new Promise<NodeJS.Signals | null>((done) =>
        child.on('exit', (_code, sig) => done(sig)),
      );
      // Wait for the part file, then interrupt.
      const part = `.hasil.csv.${child.pid}.part`;
      for (let i = 0; i < 600 && !existsSync(join(dir, part)); i++) {
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(existsSync(join(dir, part))).toBe(true);
      child.kill(signal);
      expect(await ended).toBe(signal);
      expect(readdirSync(dir)).toEqual(['pegawai.csv']);
    },
    60_000,
  );
});

describe('a reader that goes away (kinerja … | head)', () => {
  const testDist = process.env.KINERJA_TEST_DIST === '1';
  /** Runs the binary with its standard output a pipe closed before it writes anything. */
  function closedPipe(cwd: string, args: readonly string[]) {
    const [cmd, pre] = testDist
      ? [process.execPath, [join(root, 'packages/cli/dist/bin.js')]]
      : [tsx, ['--tsconfig', join(root, 'tsconfig.base.json'), bin]];
    const child = spawn(cmd, [...pre, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    return new Promise<{ status: number | null; stderr: string }>((done) =>
      child.on('close', (status) => done({ status, stderr })),
    );
  }

  it(`lets the run finish with its own status and complete its files (${testDist ? 'dist/bin.js' : 'src/bin.ts'})`, async () => {
    const { dir } = smallCity(200);
    const whole = kinerja(dir, 'score', 'pegawai.csv', '--out', 'a.csv');
    expect(whole.status).toBe(0);
    // Before: the first write raised EPIPE as an unhandled 'error' event, exit code 1 and a
    // stack trace, whatever the command still had to do.
    const cut = await closedPipe(dir, ['score', 'pegawai.csv', '--out', 'b.csv']);
    expect(cut).toEqual({ status: 0, stderr: whole.stderr });
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe(readFileSync(join(dir, 'a.csv'), 'utf8'));
    const failing = await closedPipe(dir, ['score', 'pegawai.csv', '--fail-on', 'error']);
    expect(failing.status).toBe(1);
    expect(failing.stderr).not.toMatch(/EPIPE|Unhandled/);
  }, 60_000);
});

describe('the kinerja binary starts itself again with a larger heap for whole-file commands', () => {
  const GiB = 2 ** 30;
  const MB = 2 ** 20;
  /** Files named `<n>mb.<ext>` are n MB; others do not exist. */
  const sizeOf = (path: string) => {
    const m = /^(\d+)mb\./.exec(path);
    return m ? Number(m[1]) * MB : undefined;
  };
  const facts = (argv: string[], over: Partial<HeapFacts> = {}): HeapFacts => ({
    argv,
    execArgv: [],
    env: {},
    totalMemory: 24 * GiB,
    heapLimit: 4144 * MB,
    fileSize: sizeOf,
    ...over,
  });

  it.each([
    // calibrate, audit and report hold every result: relaunched from 64 MB of input, where
    // their 64 MB semi-spaces start to pay, or when the input could fill half the heap.
    [
      ['calibrate', '64mb.csv', '--org-predikat', 'B'],
      ['--max-old-space-size=18432', '--max-semi-space-size=64'],
    ],
    [
      ['audit', '100mb.csv'],
      ['--max-old-space-size=18432', '--max-semi-space-size=64'],
    ],
    [
      ['report', '64mb.csv', '-o', 'r.html'],
      ['--max-old-space-size=18432', '--max-semi-space-size=64'],
    ],
    [['calibrate', '63mb.csv', '--org-predikat', 'B'], undefined],
    [['audit', 'a.csv'], undefined],
    [['report', '10mb.csv', '--title', '9000mb.csv'], undefined],
    [
      ['audit', '20mb.xlsx'],
      ['--max-old-space-size=18432', '--max-semi-space-size=64'],
    ],
    // explain looks up one employee: relaunched, as score, only for large inputs.
    [['explain', 'a.csv', '--nip', '1'], undefined],
    [['explain', '200mb.csv', '--nip', '1'], ['--max-old-space-size=18432']],
    [['explain', 'a.csv', '--nip', '9000mb.csv'], undefined],
    // score streams CSV and JSON Lines; the heap limit is for large inputs it may read whole:
    // relaunched when 12 bytes per byte of text (150 per byte of XLSX, 80 more per input byte
    // for XLSX results or rejections) could pass half the limit (2,072 MB here).
    [['score', 'a.csv'], undefined],
    [['score', '100mb.csv', '50mb.jsonl'], undefined],
    [['score', '100mb.csv', '80mb.jsonl'], ['--max-old-space-size=18432']],
    [['score', '10mb.xlsx'], undefined],
    [['score', '20mb.xlsx'], ['--max-old-space-size=18432']],
    [['score', '20mb.csv', '--out', 'hasil.xlsx'], undefined],
    [['score', '30mb.csv', '--out', 'hasil.xlsx'], ['--max-old-space-size=18432']],
    [['score', '30mb.csv', '-o', 'hasil.xlsx'], ['--max-old-space-size=18432']],
    [['score', '30mb.csv', '--rejections', 'd.xlsx'], ['--max-old-space-size=18432']],
    [['score', '30mb.csv', '--out', 'h.bin', '--format', 'xlsx'], ['--max-old-space-size=18432']],
    [['score', '30mb.csv', '--out=hasil.xlsx'], ['--max-old-space-size=18432']],
    // Option values are not inputs; a --master file is.
    [['score', 'a.csv', '--out', '9000mb.csv', '--rejections', '9000mb.json'], undefined],
    [['score', 'a.csv', '--ruleset', '9000mb.json', '-o', '9000mb.csv'], undefined],
    [['score', 'a.csv', '--master', '200mb.csv'], ['--max-old-space-size=18432']],
    [['demo'], undefined],
    [['generate', '--size', '10'], undefined],
    [['schema'], undefined],
    [['calibrate', '--help'], undefined],
    [[], undefined],
  ])('%j → %j', (argv, flags) => {
    expect(heapRelaunchFlags(facts(argv))).toEqual(flags);
  });

  it("knows which options of the sized commands take a value (as the commands' own specs say)", () => {
    for (const command of [score, explain, calibrate, audit, report]) {
      const name = command.spec.name as keyof typeof VALUE_OPTIONS;
      const valued = Object.entries(command.spec.options)
        .filter(([, o]) => o.type === 'string')
        .map(([k, o]) => [k, o.short]);
      expect(
        Object.entries(VALUE_OPTIONS[name])
          .map(([k, o]) => [k, o.short])
          .sort(),
      ).toEqual(valued.sort());
    }
    expect(inputHeapEstimate(['score', '1mb.csv', '--workers', '2', '2mb.json'], sizeOf)).toEqual({
      bytes: 3 * MB,
      estimate: 3 * MB * INPUT_HEAP_PER_BYTE.text,
    });
    expect(() => inputHeapEstimate(['generate', '--out', 'a.csv'], sizeOf)).toThrow();
  });

  it('relaunches calibrate, audit and report on the standard input (its size is not known), not score', () => {
    for (const cmd of ['calibrate', 'audit', 'report']) {
      expect(heapRelaunchFlags(facts([cmd, '-', '--org-predikat', 'B']))).toEqual([
        '--max-old-space-size=18432',
        '--max-semi-space-size=64',
      ]);
    }
    expect(heapRelaunchFlags(facts(['score', '-', '--from', 'csv']))).toBeUndefined();
    expect(heapRelaunchFlags(facts(['explain', '-', '--nip', '1']))).toBeUndefined();
  });

  it('adds --single-threaded-gc to a relaunched score run whose threads fill the cores', () => {
    const big = { cores: 2 };
    const heap = '--max-old-space-size=18432';
    const gc = '--single-threaded-gc';
    for (const [argv, flags, over] of [
      [['score', '300mb.csv'], [heap, gc], big],
      [['score', '300mb.CSV', '50mb.jsonl', '--out', 'h.csv'], [heap, gc], big],
      [['score', '300mb.ndjson', '--workers', '2'], [heap, gc], big],
      [['score', '300mb.dat', '--from', 'jsonl', '--workers=8'], [heap, gc], big],
      [['score', '300mb.tsv', '300mb.txt'], [heap, gc], { cores: 8 }],
      // Fewer threads than cores: the collector's tasks use the spare cores.
      [['score', '300mb.csv', '--workers', '1'], [heap], big],
      [['score', '300mb.csv', '--workers', '4'], [heap], { cores: 8 }],
      [['score', '300mb.csv'], [heap], { cores: 1 }],
      // Read whole, in one thread, or joined with a master held in memory.
      [['score', '20mb.xlsx'], [heap], big],
      [['score', '300mb.csv', '20mb.xlsx'], [heap], big],
      [['score', '300mb.csv', '--from', 'siasn-skp22'], [heap], big],
      [['score', '300mb.jsonl', '--master', '10mb.csv'], [heap], big],
      // Not relaunched for its heap: not relaunched for this alone.
      [['score', 'a.csv'], undefined, big],
      // Chosen by the user: kept, not repeated.
      [['score', '300mb.csv'], [heap], { ...big, execArgv: ['--single-threaded-gc'] }],
      // Other commands do not start threads.
      [['audit', '300mb.csv'], [heap, '--max-semi-space-size=64'], big],
    ] as const) {
      expect([argv, heapRelaunchFlags(facts([...argv], over))]).toEqual([argv, flags]);
    }
    expect(threadsFillCores(facts(['score', 'a.csv'], big))).toBe(true);
    expect(threadsFillCores(facts(['score', '-', '--from', 'csv'], big))).toBe(false);
    expect(threadsFillCores(facts(['score'], big))).toBe(false);
    // Every extension score splits across threads, and no other.
    expect([...SPLIT_EXTENSIONS].sort()).toEqual([...CSV_EXTENSIONS, '.jsonl', '.ndjson'].sort());
  });

  it('relaunches whatever the inputs with KINERJA_HEAP=on', () => {
    expect(heapRelaunchFlags(facts(['score', 'a.csv'], { env: { KINERJA_HEAP: 'on' } }))).toEqual([
      '--max-old-space-size=18432',
    ]);
    expect(heapRelaunchFlags(facts(['audit', 'a.csv'], { env: { KINERJA_HEAP: 'on' } }))).toEqual([
      '--max-old-space-size=18432',
      '--max-semi-space-size=64',
    ]);
  });

  it('leaves the heap alone when the user chose it, when it would not grow, and once relaunched', () => {
    const argv = ['calibrate', '100mb.csv'];
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
      const relaunched = kinerja(dir, ...args, { env: { ...process.env, KINERJA_HEAP: 'on' } });
      const inProcess = kinerja(dir, ...args, { env: off });
      expect([relaunched.status, relaunched.stdout, relaunched.stderr]).toEqual([
        inProcess.status,
        inProcess.stdout,
        inProcess.stderr,
      ]);
    }
  }, 120_000);
});

describe('what the binary loads', () => {
  /** Runs the binary from source with a loader hook; the module URLs loaded, by process. */
  function loads(dir: string, args: readonly string[], heap?: 'on'): string[][] {
    const tmp = mkdtempSync(join(tmpdir(), 'kinerja-loads-'));
    const log = join(tmp, 'loads.txt');
    // A loader hook (in every process: the relaunch passes the node options on) that writes
    // down each module URL with the process that loaded it.
    writeFileSync(
      join(tmp, 'loader.mjs'),
      "import { appendFileSync } from 'node:fs';\n" +
        'export async function load(url, context, next) {\n' +
        "  appendFileSync(process.env.KINERJA_TEST_LOADS, process.pid + ' ' + url + '\\n');\n" +
        '  return next(url, context);\n}\n',
    );
    writeFileSync(
      join(tmp, 'hook.mjs'),
      "import { register } from 'node:module';\nregister('./loader.mjs', import.meta.url);\n",
    );
    writeFileSync(log, '');
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href,
        '--import',
        pathToFileURL(join(tmp, 'hook.mjs')).href,
        bin,
        ...args,
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          ...process.env,
          KINERJA_TEST_LOADS: log,
          TSX_TSCONFIG_PATH: join(root, 'tsconfig.base.json'),
          ...(heap ? { KINERJA_HEAP: heap } : {}),
        },
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const byPid = new Map<string, string[]>();
    for (const line of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
      const [pid, url] = line.split(' ') as [string, string];
      byPid.set(pid, [...(byPid.get(pid) ?? []), url]);
    }
    return [...byPid.values()];
  }

  it('relaunches calibrate before loading the CLI, and scores a small CSV in one process without the workbook code', () => {
    const { dir } = smallCity(50);
    // calibrate holds every result: a launcher raises the heap, loading no more than bin.ts,
    // heap.ts and io.ts (which imports nothing) of the CLI; one process runs the command.
    const calibrated = loads(
      dir,
      ['calibrate', 'pegawai.csv', '--org-predikat', 'org-predikat.json', '--json'],
      'on',
    );
    const runner = calibrated.filter((urls) => urls.some((u) => u.endsWith('/src/main.ts')));
    expect([calibrated.length, runner.length]).toEqual([2, 1]);
    for (const urls of calibrated) {
      if (urls === runner[0]) continue;
      const cli = urls.filter((u) => u.includes('/packages/cli/src/'));
      expect(cli.map((u) => u.replace(/.*\/src\//, ''))).toEqual(['bin.ts', 'heap.ts', 'io.ts']);
    }
    // score of a small file: no second process (its inputs could not fill the heap).
    const scored = loads(dir, ['score', 'pegawai.csv', '--json']);
    expect(scored).toHaveLength(1);
    for (const all of [calibrated.flat(), scored.flat()]) {
      expect(all.some((u) => u.includes('/packages/xlsx/') || u.includes('/exceljs/'))).toBe(false);
      expect(all.some((u) => /\/date-fns\/index\.js$/.test(u))).toBe(false);
    }
  }, 60_000);
});

describe('the built binary keeps its compiled code on disk where Node.js can', () => {
  const distBin = join(root, 'packages/cli/dist/bin.js');
  // Node.js 22.1+: module.enableCompileCache(); the built binary only (under tsx the modules
  // are transformed on load). CI runs the dist tests under Node.js 20, 22 and 24.
  it.runIf(process.env.KINERJA_TEST_DIST === '1')(
    'writes node-compile-cache under the temporary directory on Node.js 22.1+, nothing on 20',
    () => {
      const tmp = mkdtempSync(join(tmpdir(), 'kinerja-cc-'));
      const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, TEMP: tmp, TMP: tmp };
      delete env.NODE_COMPILE_CACHE;
      delete env.NODE_DISABLE_COMPILE_CACHE;
      const { dir } = smallCity(20);
      const r = spawnSync(process.execPath, [distBin, 'score', 'pegawai.csv', '--json'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
        env,
      });
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toMatchObject({ total: expect.any(Number) });
      const hasCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache;
      const written = existsSync(join(tmp, 'node-compile-cache'))
        ? readdirSync(join(tmp, 'node-compile-cache'), { recursive: true }).length
        : 0;
      if (hasCache === 'function') expect(written).toBeGreaterThan(0);
      else expect(written).toBe(0);
    },
    60_000,
  );
});
