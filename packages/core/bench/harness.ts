/**
 * A tiny, dependency-free benchmark harness (see run.ts for the command line).
 *
 * A bench file (`bench/<name>.bench.ts`) default-exports an array of suites. Each suite times one
 * baseline and any number of candidates on the same input and reports, for each of them,
 * throughput (ops/s), the peak resident set size sampled while it ran, and its throughput relative
 * to the baseline (`2.00x` = twice as fast as the baseline), the median over the rounds of
 * each round's ratio to a run of the baseline made just before it.
 *
 * ```ts
 * import { defineSuite } from './harness.js';
 *
 * export default [
 *   defineSuite({
 *     name: 'sum 1k numbers',
 *     iterations: 50_000,
 *     baseline: { name: 'for loop', setup: () => makeInput(), fn: (xs) => sumLoop(xs) },
 *     candidates: [{ name: 'reduce', fn: (xs) => xs.reduce((a, b) => a + b, 0) }],
 *   }),
 * ];
 * ```
 */

export interface BenchBaseline<Input = unknown> {
  name: string;
  /** Builds the input once per suite; it is passed to the baseline and to every candidate. */
  setup?: () => Input | Promise<Input>;
  fn: (input: Input) => unknown;
}

export interface BenchCandidate<Input = unknown> {
  name: string;
  fn: (input: Input) => unknown;
  /**
   * Timed calls for this candidate when it is far slower than the baseline (e.g. a naive
   * decimal reference); throughput stays comparable because it is measured per call.
   */
  iterations?: number;
}

export interface BenchSuite<Input = unknown> {
  name: string;
  baseline: BenchBaseline<Input>;
  candidates: BenchCandidate<Input>[];
  /** Timed calls of each function at BENCH_SCALE=1, split over the rounds. */
  iterations: number;
}

/**
 * Identity helper: infers `Input` from `baseline.setup` so that every `fn` of the suite is checked
 * against it, then erases it so suites of different inputs fit in one exported array.
 */
export function defineSuite<Input>(suite: BenchSuite<Input>): BenchSuite {
  return suite as unknown as BenchSuite;
}

export interface RunOptions {
  /** Multiplies every suite's iterations (ignored in smoke mode beyond the cap). */
  scale: number;
  /** Few iterations, one round: checks that every function runs, the numbers mean nothing. */
  smoke: boolean;
}

export interface EntryResult {
  name: string;
  role: 'baseline' | 'candidate';
  iterations: number;
  /** Median throughput over the rounds. */
  opsPerSec: number;
  /** Relative spread of the rounds' throughput: (max - min) / median. */
  spread: number;
  peakRssBytes: number;
  /**
   * Throughput relative to the baseline: for a candidate, the median over the rounds of its
   * round's throughput divided by the baseline's throughput timed just before it (paired, so a
   * burst of load on a shared machine hits both sides of a ratio alike); 1 for the baseline.
   */
  ratio: number;
}

export interface SuiteResult {
  name: string;
  file: string;
  rounds: number;
  iterationsPerRound: number;
  entries: EntryResult[];
}

const SMOKE_ITERATIONS = 20;
const ROUNDS = 5;

/** Keeps results alive so the engine cannot drop the benchmarked calls. */
let sink: unknown;

export function validateSuite(value: unknown, where: string): BenchSuite {
  const fail = (why: string): never => {
    throw new Error(`${where}: invalid suite (${why})`);
  };
  if (typeof value !== 'object' || value === null) return fail('not an object');
  const suite = value as Partial<BenchSuite>;
  if (typeof suite.name !== 'string' || suite.name === '') fail('missing name');
  const baseline = suite.baseline;
  if (typeof baseline !== 'object' || baseline === null) return fail('missing baseline');
  if (typeof baseline.name !== 'string' || typeof baseline.fn !== 'function') {
    fail('baseline needs { name, fn }');
  }
  if (baseline.setup !== undefined && typeof baseline.setup !== 'function') {
    fail('baseline.setup must be a function');
  }
  if (!Array.isArray(suite.candidates)) return fail('candidates must be an array');
  for (const candidate of suite.candidates) {
    if (typeof candidate?.name !== 'string' || typeof candidate?.fn !== 'function') {
      fail('each candidate needs { name, fn }');
    }
  }
  if (
    typeof suite.iterations !== 'number' ||
    !Number.isFinite(suite.iterations) ||
    suite.iterations < 1
  ) {
    fail('iterations must be a positive number');
  }
  return suite as BenchSuite;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc === 'function') gc();
}

interface Timing {
  nanos: bigint;
  peakRss: number;
}

/** Runs `fn` `count` times; samples RSS about 64 times per call of this function. */
async function timeCalls(
  fn: (input: unknown) => unknown,
  input: unknown,
  count: number,
  isAsync: boolean,
): Promise<Timing> {
  const sampleEvery = Math.max(1, Math.floor(count / 64));
  let peakRss = process.memoryUsage().rss;
  let nextSample = sampleEvery;
  const start = process.hrtime.bigint();
  if (isAsync) {
    for (let i = 0; i < count; i++) {
      sink = await fn(input);
      if (i === nextSample) {
        nextSample += sampleEvery;
        const rss = process.memoryUsage().rss;
        if (rss > peakRss) peakRss = rss;
      }
    }
  } else {
    for (let i = 0; i < count; i++) {
      sink = fn(input);
      if (i === nextSample) {
        nextSample += sampleEvery;
        const rss = process.memoryUsage().rss;
        if (rss > peakRss) peakRss = rss;
      }
    }
  }
  const nanos = process.hrtime.bigint() - start;
  const rss = process.memoryUsage().rss;
  return { nanos, peakRss: Math.max(rss, peakRss) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid] ?? 0;
  return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export async function runSuite(
  suite: BenchSuite,
  file: string,
  options: RunOptions,
): Promise<SuiteResult> {
  const scaled = Math.max(1, Math.round(suite.iterations * options.scale));
  const total = options.smoke ? Math.min(scaled, SMOKE_ITERATIONS) : scaled;
  const rounds = options.smoke ? 1 : Math.min(ROUNDS, total);
  const perRound = Math.max(1, Math.floor(total / rounds));
  const warmup = options.smoke ? Math.min(2, perRound) : Math.max(1, Math.ceil(perRound / 10));

  const input = suite.baseline.setup ? await suite.baseline.setup() : undefined;
  const entries = [
    { role: 'baseline' as const, name: suite.baseline.name, fn: suite.baseline.fn },
    ...suite.candidates.map((c) => ({
      role: 'candidate' as const,
      name: c.name,
      fn: c.fn,
      iterations: c.iterations,
    })),
  ].map((entry) => {
    const own =
      'iterations' in entry && entry.iterations !== undefined
        ? Math.max(1, Math.round(entry.iterations * options.scale))
        : total;
    const count = options.smoke ? Math.min(own, SMOKE_ITERATIONS) : own;
    const per = Math.max(1, Math.floor(count / rounds));
    return { ...entry, perRound: per, isAsync: false, samples: [] as number[], peakRss: 0 };
  });

  // Warm-up: lets the JIT settle and finds out which functions return promises.
  for (const entry of entries) {
    try {
      const first = entry.fn(input);
      entry.isAsync = isPromiseLike(first);
      sink = entry.isAsync ? await first : first;
      await timeCalls(entry.fn, input, Math.min(warmup, entry.perRound), entry.isAsync);
    } catch (error) {
      throw new Error(`${suite.name} / ${entry.name} threw during warm-up`, { cause: error });
    }
  }

  // Timed rounds. In each round every candidate runs right after a run of the baseline, and
  // its ratio for the round is taken against that run: load on a shared machine comes in
  // bursts, so the two sides of a ratio see the same conditions. The baseline's own ops/s is
  // the median of all its runs.
  const [base, ...candidates] = entries;
  if (base === undefined) throw new Error(`${suite.name}: no baseline`);
  const timeEntry = async (entry: (typeof entries)[number]): Promise<number> => {
    collectGarbage();
    const timing = await timeCalls(entry.fn, input, entry.perRound, entry.isAsync);
    const seconds = Number(timing.nanos) / 1e9;
    const ops = seconds > 0 ? entry.perRound / seconds : Number.POSITIVE_INFINITY;
    entry.samples.push(ops);
    if (timing.peakRss > entry.peakRss) entry.peakRss = timing.peakRss;
    return ops;
  };
  const paired = new Map<(typeof entries)[number], number[]>(candidates.map((c) => [c, []]));
  for (let round = 0; round < rounds; round++) {
    if (candidates.length === 0) await timeEntry(base);
    for (const entry of candidates) {
      const b = await timeEntry(base);
      const c = await timeEntry(entry);
      paired.get(entry)?.push(b > 0 && Number.isFinite(b) ? c / b : Number.NaN);
    }
  }
  if (sink === Symbol.for('kinerja.bench.never')) console.log('');

  return {
    name: suite.name,
    file,
    rounds,
    iterationsPerRound: perRound,
    entries: entries.map((entry) => {
      const opsPerSec = median(entry.samples);
      const spread =
        opsPerSec > 0 && Number.isFinite(opsPerSec)
          ? (Math.max(...entry.samples) - Math.min(...entry.samples)) / opsPerSec
          : 0;
      const ratios = paired.get(entry);
      return {
        name: entry.name,
        role: entry.role,
        iterations: entry.perRound * rounds,
        opsPerSec,
        spread,
        peakRssBytes: entry.peakRss,
        ratio: ratios === undefined ? 1 : median(ratios),
      };
    }),
  };
}

function formatOps(ops: number): string {
  if (!Number.isFinite(ops)) return '∞';
  if (ops >= 100) return Math.round(ops).toLocaleString('en-US');
  return ops.toPrecision(3);
}

function pad(text: string, width: number, alignRight: boolean): string {
  return alignRight ? text.padStart(width) : text.padEnd(width);
}

export function formatSuite(result: SuiteResult): string {
  const header = ['', 'ops/s', 'spread', 'peak RSS', 'vs baseline'];
  const rows = result.entries.map((entry) => [
    `${entry.role === 'baseline' ? 'baseline' : 'candidate'}: ${entry.name}`,
    formatOps(entry.opsPerSec),
    `${(entry.spread * 100).toFixed(1)}%`,
    `${(entry.peakRssBytes / 1024 / 1024).toFixed(1)} MiB`,
    Number.isFinite(entry.ratio) ? `${entry.ratio.toFixed(2)}x` : 'n/a',
  ]);
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((r) => r[i]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((cell, i) => pad(cell, widths[i] ?? 0, i > 0)).join('  ')}`;
  return [
    `${result.name}  (${result.file}; ${result.rounds} round(s) x ${result.iterationsPerRound.toLocaleString('en-US')} iterations)`,
    line(header),
    ...rows.map(line),
  ].join('\n');
}
