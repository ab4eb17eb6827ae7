/**
 * Wall-clock benchmark of `kinerja score --workers N` on a generated, CPU-bound input.
 *
 *   pnpm build && pnpm exec tsx --tsconfig tsconfig.base.json packages/cli/bench/workers.ts
 *   ... workers.ts --size 200000 --runs 3 --workers 1,2 --out json
 *   ... workers.ts --source             runs `tsx src/bin.ts` instead of the built dist/bin.js
 *   ... workers.ts --smoke              a small input, one run: only checks that it works
 *
 * Generates the demo city (seeded, so every run scores the same rows) as pegawai.csv and
 * dukcapil-360.jsonl in a temporary directory, then runs the binary once per worker count per
 * round (counts interleaved, so a change in machine load hits every count alike), checks that
 * every run wrote the same bytes (stdout, results, rejections) and prints the median wall time
 * per worker count and its speed-up over the first count. Exits non-zero when outputs differ.
 * Before and after, it times a plain arithmetic loop and a loop over a 64 MB array on 1 and on N
 * threads: a speed-up is only meaningful when the machine gave the threads their cores (the
 * arithmetic loop scaling near N), and it is bounded by how the cores share memory bandwidth
 * (the memory loop's scaling).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { generateDemo } from '../src/demo/city.js';

const USAGE =
  'usage: tsx bench/workers.ts [--size N] [--runs N] [--workers 1,2] [--out json|csv|none] [--source] [--smoke]';

interface Options {
  size: number;
  runs: number;
  workers: number[];
  out: 'json' | 'csv' | 'none';
  source: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const o: Options = { size: 200_000, runs: 3, workers: [1, 2], out: 'json', source: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--') continue;
    if (a === '--size') o.size = Number(next());
    else if (a === '--runs') o.runs = Number(next());
    else if (a === '--workers') o.workers = next().split(',').map(Number);
    else if (a === '--out') o.out = next() as Options['out'];
    else if (a === '--source') o.source = true;
    else if (a === '--smoke') {
      o.size = 3000;
      o.runs = 1;
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  const bad = [o.size, o.runs, ...o.workers].some((n) => !Number.isInteger(n) || n < 1);
  if (bad || !['json', 'csv', 'none'].includes(o.out)) throw new Error(USAGE);
  return o;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** A fixed arithmetic loop (no allocation, no I/O): registers only. */
const ARITHMETIC = 'let s = 0; for (let i = 0; i < 2e8; i++) s = (s + i * 7) % 1000003;';

/**
 * A fixed memory loop: 12 passes of reading and writing a 64 MB array, more than a core's
 * cache (and than half of a shared one), as allocating code sweeps its young generation.
 */
const MEMORY =
  'const a = new Float64Array(8 << 20); let s = 0; ' +
  'for (let p = 0; p < 12; p++) for (let i = 0; i < a.length; i++) { s += a[i]; a[i] = s; }';

/** `body` run on each of `n` threads at once; the wall time of the whole. */
async function loop(body: string, n: number): Promise<number> {
  const code =
    "const { parentPort } = require('node:worker_threads'); " +
    `${body} parentPort.postMessage(typeof s);`;
  const t = performance.now();
  await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise((done, fail) => {
          const w = new Worker(code, { eval: true });
          w.once('message', done);
          w.once('error', fail);
        }),
    ),
  );
  return performance.now() - t;
}

/**
 * How much the machine gives N threads right now: the wall time of a loop on 1 thread over its
 * wall time on N threads at once, times N (N = perfect, 1 = no parallelism, e.g. a busy machine
 * or a VM whose cores share one CPU), for the arithmetic loop and for the memory loop. Where the
 * memory loop scales much less than the arithmetic one, the cores share their memory bandwidth,
 * and work that allocates and touches memory (parsing, scoring) cannot scale as far as the
 * arithmetic loop does.
 */
async function machineScaling(n: number): Promise<string> {
  const of = async (body: string) => {
    const one = await loop(body, 1);
    const many = await loop(body, n);
    return `${((one / many) * n).toFixed(2)}x of ${n}`;
  };
  return `arithmetic loop ${await of(ARITHMETIC)}, memory loop (64 MB each) ${await of(MEMORY)}`;
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const bin = o.source
    ? {
        cmd: join(root, 'node_modules/.bin/tsx'),
        args: [
          '--tsconfig',
          join(root, 'tsconfig.base.json'),
          join(root, 'packages/cli/src/bin.ts'),
        ],
      }
    : { cmd: process.execPath, args: [join(root, 'packages/cli/dist/bin.js')] };
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-bench-workers-'));
  try {
    const t0 = performance.now();
    const city = generateDemo({ size: o.size, seed: 2024 });
    writeFileSync(join(dir, 'pegawai.csv'), city.csv);
    writeFileSync(join(dir, 'dukcapil-360.jsonl'), city.jsonl);
    console.log(
      `kinerja bench workers: ${city.employees} appraisals (${(city.csv.length / 1e6).toFixed(1)} MB CSV + ` +
        `${(city.jsonl.length / 1e6).toFixed(1)} MB JSON Lines) generated in ${Math.round(performance.now() - t0)} ms; ` +
        `${o.source ? 'tsx src/bin.ts' : 'dist/bin.js'}, --out ${o.out}, node ${process.version}, ` +
        `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'})`,
    );
    const most = Math.max(...o.workers);
    console.log(`  machine scaling before (${most} threads): ${await machineScaling(most)}`);
    const times = new Map<number, number[]>(o.workers.map((w) => [w, []]));
    let reference: string | undefined;
    for (let round = 0; round < o.runs; round++) {
      for (const w of o.workers) {
        const outDir = join(dir, `w${w}`);
        const args = [
          ...bin.args,
          'score',
          'pegawai.csv',
          'dukcapil-360.jsonl',
          '--workers',
          String(w),
          '--json',
          '--no-progress',
          '--rejections',
          `w${w}/ditolak.csv`,
          ...(o.out === 'none' ? [] : ['--out', `w${w}/hasil.${o.out}`]),
        ];
        const t = performance.now();
        const r = spawnSync(bin.cmd, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
        const ms = performance.now() - t;
        if (r.status !== 0 || r.stderr !== '') {
          throw new Error(`--workers ${w} exited ${r.status}: ${r.stderr.trim()}`);
        }
        times.get(w)?.push(ms);
        const bytes = [
          r.stdout.replaceAll(outDir, '<out>'),
          readFileSync(join(outDir, 'ditolak.csv'), 'utf8'),
          o.out === 'none' ? '' : readFileSync(join(outDir, `hasil.${o.out}`), 'utf8'),
        ].join('\u0000');
        if (reference === undefined) reference = bytes;
        else if (bytes !== reference)
          throw new Error(`--workers ${w}: outputs differ from the first run`);
        console.log(`  round ${round + 1}  --workers ${w}  ${(ms / 1000).toFixed(2)} s`);
      }
    }
    const base = median(times.get(o.workers[0] as number) ?? []);
    console.log('\n  workers  median wall  speed-up');
    for (const w of o.workers) {
      const m = median(times.get(w) ?? []);
      console.log(
        `  ${String(w).padStart(7)}  ${(m / 1000).toFixed(2).padStart(9)} s  ${(base / m).toFixed(2)}x`,
      );
    }
    console.log('\n  outputs (stdout summary, rejections, results) identical across every run');
    console.log(`  machine scaling after: ${await machineScaling(most)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
