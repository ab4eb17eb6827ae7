/**
 * End-to-end benchmark harness of the CLI (see run.ts for the command line).
 *
 * The suites of `packages/core/bench` time small functions many times in one process; these
 * suites time whole runs over generated files of up to millions of rows, so every entry runs
 * ONCE per round in its own child process (`node --import tsx bench/child.ts …`) and reports
 * its own wall time and peak resident set size (`process.resourceUsage().maxRSS`, i.e. the
 * kernel's high-water mark of that process alone). The report has the columns of the core
 * harness (throughput, spread, peak RSS, ratio to the baseline measured in the same run) plus
 * a goal line per suite. The core harness is not imported: it lives outside this package's
 * TypeScript project (rootDir) and times in-process calls, which would mix the entries' memory.
 */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a child reports on its last stdout line (JSON). */
export interface ChildReport {
  /** Wall time of the measured work, without process start and module loading. */
  readonly ms: number;
  /** Rows (or employees) processed. */
  readonly rows: number;
  /** Peak resident set size of the child process, bytes. */
  readonly maxRssBytes: number;
  /** Anything else the child wants shown (counts, checks). */
  readonly info?: Readonly<Record<string, unknown>>;
}

export interface E2eEntry {
  readonly name: string;
  /** Arguments of bench/child.ts (its first one is the task). */
  readonly args: readonly string[];
  /** Node options of the child (e.g. a larger heap), stated in the report. */
  readonly node?: readonly string[];
  /** Environment variables of the child, besides this process's own. */
  readonly env?: Readonly<Record<string, string>>;
}

export interface E2eSuite<State = unknown> {
  readonly name: string;
  /** Prepares the inputs (e.g. generates a file) for a size; returns what `entries` need. */
  setup(size: number, dir: string): Promise<State>;
  /** Default size (full mode) and smoke size. */
  readonly size: { readonly full: number; readonly smoke: number };
  baseline(state: State): E2eEntry;
  candidates(state: State): E2eEntry[];
  /** One line judging the run against the issue's goal. */
  goal(results: EntryResult[]): string;
}

export interface EntryResult {
  readonly name: string;
  readonly role: 'baseline' | 'candidate';
  readonly rows: number;
  /** Median over the rounds, rows per second. */
  readonly rowsPerSec: number;
  readonly medianMs: number;
  /** (max - min) / median of the rounds' times. */
  readonly spread: number;
  readonly peakRssBytes: number;
  /** rowsPerSec / baseline rowsPerSec (`0.67x` = takes 1.5 times as long). */
  readonly ratio: number;
  readonly info?: Readonly<Record<string, unknown>>;
  readonly node?: readonly string[];
}

/** Identity helper that keeps the suite's state type. */
export function defineE2eSuite<State>(suite: E2eSuite<State>): E2eSuite {
  return suite as unknown as E2eSuite;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');

/** Runs bench/child.ts with `args` in a fresh Node process and returns its report. */
export function runChild(
  args: readonly string[],
  node: readonly string[] = [],
  env: Readonly<Record<string, string>> = {},
): Promise<ChildReport> {
  return new Promise((resolveRun, reject) => {
    // The built CLI runs in a plain process (dist-child.mjs): under tsx its worker threads
    // would inherit `--import tsx` and load it too.
    const script =
      args[0] === 'score-dist'
        ? [join(HERE, 'dist-child.mjs'), ...args.slice(1)]
        : ['--import', 'tsx', join(HERE, 'child.ts'), ...args];
    execFile(
      process.execPath,
      [...node, ...script],
      {
        cwd: ROOT,
        env: { ...process.env, ...env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.base.json') },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`child ${args.join(' ')} failed: ${stderr || error.message}`));
          return;
        }
        const last = stdout.trim().split('\n').at(-1) ?? '';
        try {
          resolveRun(JSON.parse(last) as ChildReport);
        } catch {
          reject(new Error(`child ${args.join(' ')} printed no report: ${stdout}\n${stderr}`));
        }
      },
    );
  });
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Runs every entry of a suite `rounds` times, interleaved, and computes the ratios. */
export async function runE2eSuite<State>(
  suite: E2eSuite<State>,
  state: State,
  rounds: number,
): Promise<EntryResult[]> {
  const entries = [
    { role: 'baseline' as const, entry: suite.baseline(state) },
    ...suite.candidates(state).map((entry) => ({ role: 'candidate' as const, entry })),
  ];
  const reports: ChildReport[][] = entries.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (const [i, e] of entries.entries())
      reports[i]?.push(await runChild(e.entry.args, e.entry.node, e.entry.env));
  }
  const base = reports[0] ?? [];
  const baseRate = (base[0]?.rows ?? 0) / (median(base.map((x) => x.ms)) / 1000);
  return entries.map((e, i) => {
    const rs = reports[i] ?? [];
    const ms = median(rs.map((x) => x.ms));
    const rows = rs[0]?.rows ?? 0;
    const rate = ms > 0 ? rows / (ms / 1000) : Number.POSITIVE_INFINITY;
    const times = rs.map((x) => x.ms);
    return {
      name: e.entry.name,
      role: e.role,
      rows,
      rowsPerSec: rate,
      medianMs: ms,
      spread: ms > 0 ? (Math.max(...times) - Math.min(...times)) / ms : 0,
      peakRssBytes: Math.max(...rs.map((x) => x.maxRssBytes)),
      ratio: baseRate > 0 ? rate / baseRate : Number.NaN,
      ...(rs[0]?.info ? { info: rs[0].info } : {}),
      ...(e.entry.node?.length ? { node: e.entry.node } : {}),
    };
  });
}

const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;

/** The table of a suite's results, in the layout of the core harness. */
export function formatE2e(name: string, size: number, rounds: number, rs: EntryResult[]): string {
  const header = ['', 'rows/s', 'time', 'spread', 'peak RSS', 'vs baseline'];
  const rows = rs.map((r) => [
    `${r.role}: ${r.name}${r.node ? ` (node ${r.node.join(' ')})` : ''}`,
    Math.round(r.rowsPerSec).toLocaleString('en-US'),
    `${(r.medianMs / 1000).toFixed(2)} s`,
    `${(r.spread * 100).toFixed(1)}%`,
    mib(r.peakRssBytes),
    Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}x` : 'n/a',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`;
  return [
    `${name}  (${size.toLocaleString('en-US')} rows; ${rounds} round(s), one child process per entry and round)`,
    line(header),
    ...rows.map(line),
  ].join('\n');
}
