import { type ChildProcess, spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { availableParallelism, constants, totalmem } from 'node:os';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';

/**
 * The heap the `kinerja` binary runs with. `calibrate`, `audit`, `report` and `explain` hold
 * every result of their input (they compare units and raters across the whole file), and
 * `score` does for the inputs it cannot stream: `kinerja calibrate` peaked at 2.7 GB on a
 * 1M-row CSV, so a file of 1.5M rows or more goes past Node's default heap limit (about 4 GB on
 * 64-bit machines) and a national file would end in "heap out of memory". The binary therefore starts itself again, once, with a heap limit of 3/4 of the
 * machine's memory and, for the commands that hold every result, a larger young generation
 * (64 MB semi-spaces: with many results held, each scavenge also scans the old generation's
 * pointers into the young one; the bench's calibration and audit of 500,000 employees took
 * 16.2 s with the default 16 MB, of which 10.9 s in scavenges, and 10.3 s with 64 MB).
 *
 * A `score` run relaunched for its heap whose worker threads will fill every core also gets
 * `--single-threaded-gc` (see {@link threadsFillCores}).
 *
 * Nothing is relaunched when the limit would not grow, when the user chose a heap size
 * (`--max-old-space-size` in the node options or `NODE_OPTIONS`), or with `KINERJA_HEAP=off`.
 * A command is relaunched only when its inputs are large enough to need it: when reading them
 * whole could reach half of the current limit ({@link inputHeapEstimate}), or, for `calibrate`,
 * `audit` and `report`, from 64 MB of input, where their larger young generation starts to pay;
 * starting a second process cost about 85 ms of every run (a ten-row `score` took 0.27 s
 * instead of 0.18 s). `KINERJA_HEAP=on` relaunches whatever the inputs.
 */

/**
 * Commands that may hold every result of their input, how much they gain from a larger young
 * generation, and from how many bytes of input the relaunch pays for itself whatever the heap
 * (below it, only inputs that could fill half the heap relaunch, see {@link inputHeapEstimate}).
 * `kinerja audit` of the generated 6/2022 table, built binary, two alternated runs each,
 * relaunched against `KINERJA_HEAP=off`: 10,000 rows (2.6 MB) 0.67–0.75 s against 0.59 s,
 * 150,000 rows (38.6 MB) 3.21–3.22 s against 3.15–3.18 s, 300,000 rows (77 MB) 5.82–5.99 s
 * against 5.97–6.01 s, 500,000 rows 10.3 s against 16.2 s (the calibration bench).
 */
const HOLDING: Readonly<
  Record<string, { readonly semiSpaceMb?: number; readonly fromBytes?: number }>
> = {
  calibrate: { semiSpaceMb: 64, fromBytes: 64 * 2 ** 20 },
  audit: { semiSpaceMb: 64, fromBytes: 64 * 2 ** 20 },
  report: { semiSpaceMb: 64, fromBytes: 64 * 2 ** 20 },
  explain: {},
  score: {},
};

/** Marks the relaunched process (it never relaunches again). */
export const RELAUNCHED_ENV = 'KINERJA_HEAP_RELAUNCHED';

/** What {@link heapRelaunchFlags} decides from. */
export interface HeapFacts {
  /** The command-line arguments after the script (the command first). */
  readonly argv: readonly string[];
  readonly execArgv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Bytes of memory of the machine. */
  readonly totalMemory: number;
  /** The current heap limit in bytes (`v8.getHeapStatistics().heap_size_limit`). */
  readonly heapLimit: number;
  /** Bytes of a file named on the command line, undefined when it is not a readable file. */
  readonly fileSize: (path: string) => number | undefined;
  /** Cores available to this process (`os.availableParallelism()`); default 1. */
  readonly cores?: number;
}

/**
 * Heap bytes a command may take per byte of an input it reads whole, measured with the built
 * binary (`KINERJA_HEAP=off`, peak RSS over file size): text read whole (JSON arrays, e-Kinerja
 * and SIASN CSV exports, a `--master` join) 5–11 times its size (a 1M-row CSV parsed whole
 * peaked at 1.3 GB, `kinerja calibrate` of it at 2.7 GB); an XLSX workbook about 140 times (a
 * 2.6 MB workbook of 20,000 rows: 379 MB); results or rejections written as XLSX, built in
 * memory, about 77 times the input (100,000 CSV rows of 25.7 MB: 1.98 GB).
 */
export const INPUT_HEAP_PER_BYTE = { text: 12, xlsx: 150, xlsxOut: 80 } as const;

/** The valued options every command that reads appraisal files has (`INPUT_OPTIONS`). */
const INPUT_VALUE_OPTIONS = { from: {}, ruleset: {}, master: {}, encoding: {} } as const;

/**
 * The options that take a value (the rest are flags) of the commands that relaunch by the size
 * of their inputs: their values are not input files. Kept equal to each command's own spec by
 * a test, so that the launcher need not load the commands.
 */
export const VALUE_OPTIONS: Readonly<
  Record<
    'score' | 'explain' | 'calibrate' | 'audit' | 'report',
    Readonly<Record<string, { readonly short?: string }>>
  >
> = {
  score: {
    ...INPUT_VALUE_OPTIONS,
    out: { short: 'o' },
    format: {},
    rejections: {},
    'fail-on': {},
    workers: {},
    lang: {},
  },
  explain: { ...INPUT_VALUE_OPTIONS, nip: {}, lang: {} },
  calibrate: { ...INPUT_VALUE_OPTIONS, 'org-predikat': {}, lang: {}, 'fail-on': {} },
  audit: { ...INPUT_VALUE_OPTIONS, alpha: {}, lang: {}, 'fail-on': {} },
  report: {
    ...INPUT_VALUE_OPTIONS,
    out: { short: 'o' },
    'org-predikat': {},
    lang: {},
    title: {},
  },
};

/** The `parseArgs` options of a sized command's {@link VALUE_OPTIONS} (each takes a value). */
function valueOptions(
  command: keyof typeof VALUE_OPTIONS,
): Record<string, { type: 'string'; short?: string }> {
  const options: Record<string, { type: 'string'; short?: string }> = {};
  for (const [name, o] of Object.entries(VALUE_OPTIONS[command])) {
    options[name] = { type: 'string', ...(o.short ? { short: o.short } : {}) };
  }
  return options;
}

/**
 * The bytes of the input files (and of a `--master` file) of `kinerja <command> <argv…>`, and
 * the heap the command could need if it read them all whole (`score` streams most of them but
 * cannot tell which before reading them): their sizes times {@link INPUT_HEAP_PER_BYTE}, more
 * when results or rejections are XLSX. A file that does not exist counts 0 (the command reports
 * it). Throws for a command without a list of {@link VALUE_OPTIONS}.
 *
 * @example
 * ```ts
 * inputHeapEstimate(['score', 'pegawai.csv'], () => 10_000_000);
 * // { bytes: 10_000_000, estimate: 120_000_000 }
 * ```
 */
export function inputHeapEstimate(
  argv: readonly string[],
  fileSize: (path: string) => number | undefined,
): { readonly bytes: number; readonly estimate: number; readonly stdin?: true } {
  const command = argv[0] as keyof typeof VALUE_OPTIONS;
  if (!Object.hasOwn(VALUE_OPTIONS, command)) throw new Error(`not sized: ${command}`);
  const { values, positionals } = parseArgs({
    args: argv.slice(1),
    options: valueOptions(command),
    strict: false,
    allowPositionals: true,
  });
  const str = (k: string) => {
    const v = values[k];
    return typeof v === 'string' ? v : undefined;
  };
  const isXlsx = (f: string | undefined) => f !== undefined && extname(f).toLowerCase() === '.xlsx';
  const master = str('master');
  let bytes = 0;
  let estimate = 0;
  for (const f of master === undefined ? positionals : [...positionals, master]) {
    const size = fileSize(f) ?? 0;
    bytes += size;
    estimate += size * (isXlsx(f) ? INPUT_HEAP_PER_BYTE.xlsx : INPUT_HEAP_PER_BYTE.text);
  }
  const xlsxOut =
    command === 'score' &&
    (str('format') === 'xlsx' || isXlsx(str('out')) || isXlsx(str('rejections')));
  return {
    bytes,
    estimate: estimate + (xlsxOut ? bytes * INPUT_HEAP_PER_BYTE.xlsxOut : 0),
    // `-`, the standard input: a size not known before it is read.
    ...(positionals.includes('-') ? { stdin: true as const } : {}),
  };
}

/**
 * The node options to start the binary again with, or undefined to run in this process.
 *
 * @example
 * ```ts
 * const facts = {
 *   argv: ['calibrate', 'hasil.csv'], execArgv: [], env: {},
 *   totalMemory: 24 * 2 ** 30, heapLimit: 4144 * 2 ** 20,
 * };
 * heapRelaunchFlags({ ...facts, fileSize: () => 300 * 2 ** 20 });
 * // ['--max-old-space-size=18432', '--max-semi-space-size=64']
 * heapRelaunchFlags({ ...facts, fileSize: () => 2 ** 20 }); // undefined: 1 MB of input
 * ```
 */
export function heapRelaunchFlags(f: HeapFacts): string[] | undefined {
  const command = f.argv[0];
  if (command === undefined || !Object.hasOwn(HOLDING, command)) return undefined;
  if (f.argv.includes('--help') || f.argv.includes('-h')) return undefined;
  if (f.env[RELAUNCHED_ENV] !== undefined || f.env.KINERJA_HEAP === 'off') return undefined;
  if (nodeOptionGiven(f, 'max-old-space-size')) return undefined;
  const mb = Math.floor((f.totalMemory * 0.75) / 2 ** 20);
  if (mb * 2 ** 20 <= f.heapLimit) return undefined;
  const holding = HOLDING[command] as (typeof HOLDING)[string];
  if (f.env.KINERJA_HEAP !== 'on' && relaunchWouldNotPay(f, holding.fromBytes)) return undefined;
  const semi = holding.semiSpaceMb;
  return [
    `--max-old-space-size=${mb}`,
    ...(semi !== undefined && !nodeOptionGiven(f, 'max-semi-space-size')
      ? [`--max-semi-space-size=${semi}`]
      : []),
    ...(threadsFillCores(f) && !nodeOptionGiven(f, 'single-threaded-gc')
      ? ['--single-threaded-gc']
      : []),
  ];
}

// ---------------------------------------------------------------- which inputs are split
// Here rather than in a module of their own: the launcher (bin.ts) loads nothing but this
// module and io.ts before it relaunches, and asks the same question as the run.

/**
 * Extensions read as CSV: `.csv`, and `.tsv` and `.txt` as Excel saves "Text (Tab delimited)"
 * and "Unicode Text" (the delimiter is detected). They are streamed, split across threads and
 * told apart by their header row alike.
 *
 * @example
 * ```ts
 * CSV_EXTENSIONS.has('.tsv'); // true
 * ```
 */
export const CSV_EXTENSIONS: ReadonlySet<string> = new Set(['.csv', '.tsv', '.txt']);

/** Extensions read as JSON Lines. */
const JSONL_EXTENSIONS: ReadonlySet<string> = new Set(['.jsonl', '.ndjson']);

/**
 * Extensions `kinerja score` streams and splits across threads: {@link CSV_EXTENSIONS} and
 * JSON Lines.
 *
 * @example
 * ```ts
 * SPLIT_EXTENSIONS.has('.ndjson'); // true
 * ```
 */
export const SPLIT_EXTENSIONS: ReadonlySet<string> = new Set([
  ...CSV_EXTENSIONS,
  ...JSONL_EXTENSIONS,
]);

/**
 * Files split across threads: CSV and JSON Lines, chosen as `loadFile` chooses them (`.tsv`
 * and `.txt`, as Excel saves "Text (Tab delimited)" and "Unicode Text", are CSV); `from` is
 * the `--from` format.
 *
 * @example
 * ```ts
 * splitKind('pegawai.CSV', undefined); // 'csv'
 * splitKind('rw-skp.dat', 'jsonl'); // 'jsonl'
 * splitKind('laporan.xlsx', 'csv'); // undefined: a workbook is read whole
 * ```
 */
export function splitKind(file: string, from: string | undefined): 'csv' | 'jsonl' | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xls' || ext === '.ods') return undefined;
  if (from === 'jsonl' || (!from && JSONL_EXTENSIONS.has(ext))) return 'jsonl';
  if (from === 'csv' || (!from && CSV_EXTENSIONS.has(ext))) return 'csv';
  return undefined;
}

/**
 * Whether a `score` run will keep every core busy with its worker threads: every input a CSV or
 * JSON Lines file it splits across threads ({@link splitKind}: by extension, or `--from csv`/`jsonl`), no
 * `--master`, and `--workers` left to its default (the cores) or at least the cores, on two
 * cores or more. Such a run is relaunched with `--single-threaded-gc` (by {@link
 * heapRelaunchFlags}, when it relaunches for its heap anyway: a relaunch for this alone would cost
 * about 85 ms): V8's parallel and concurrent collector tasks otherwise run beside the threads and
 * take cores from them (a 1M-row run on 2 cores spent 1.0 s in them against 0.7 s in one
 * thread). Each thread collecting its own heap was faster in every run measured on 2 cores (built
 * binary, alternated runs): 1M CSV rows 4.49–4.75 s against 4.69–4.75 s, 200,000 PP 46 JSON Lines
 * 2.62–2.66 s against 2.73–3.41 s, PP 30 1.98–2.08 s against 2.10–2.43 s.
 *
 * @example
 * ```ts
 * const f = { argv: ['score', 'pegawai.csv'], execArgv: [], env: {}, totalMemory: 0, heapLimit: 0, fileSize: () => 0, cores: 2 };
 * threadsFillCores(f); // true
 * threadsFillCores({ ...f, argv: ['score', 'pegawai.csv', '--workers', '1'] }); // false
 * threadsFillCores({ ...f, argv: ['score', 'laporan.xlsx'] }); // false: read whole, in one thread
 * ```
 */
export function threadsFillCores(f: HeapFacts): boolean {
  const cores = f.cores ?? 1;
  if (f.argv[0] !== 'score' || cores < 2) return false;
  const { values, positionals } = parseArgs({
    args: f.argv.slice(1),
    options: valueOptions('score'),
    strict: false,
    allowPositionals: true,
  });
  if (values.master !== undefined || positionals.length === 0) return false;
  const workers = values.workers;
  if (
    workers !== undefined &&
    !(typeof workers === 'string' && /^\d+$/.test(workers) && Number(workers) >= cores)
  ) {
    return false;
  }
  const from = typeof values.from === 'string' ? values.from : undefined;
  return positionals.every((p) => p !== '-' && splitKind(p, from) !== undefined);
}

/**
 * Whether the inputs are small enough that a relaunch would not pay: read whole they would fit
 * in half the current limit, and they are below the size from which the command gains from its
 * larger young generation (when in doubt: it would pay).
 */
function relaunchWouldNotPay(f: HeapFacts, fromBytes = Number.POSITIVE_INFINITY): boolean {
  try {
    const { bytes, estimate, stdin } = inputHeapEstimate(f.argv, f.fileSize);
    // The standard input's size is not known: a command that holds every result relaunches.
    if (stdin && Number.isFinite(fromBytes)) return false;
    return estimate <= f.heapLimit / 2 && bytes < fromBytes;
  } catch {
    return false;
  }
}

/** Whether the node options or `NODE_OPTIONS` set `--<name>` (dashes or underscores). */
function nodeOptionGiven(f: HeapFacts, name: string): boolean {
  const re = new RegExp(`--${name.replaceAll('-', '[-_]')}`);
  return [...f.execArgv, f.env.NODE_OPTIONS ?? ''].some((a) => re.test(a));
}

/**
 * Starts the binary again with `flags` (stdio shared, so terminals and pipes behave the same),
 * forwards SIGTERM, SIGHUP and SIGINT to it, and resolves to its exit code (128 + the signal
 * number when a signal ended it).
 */
export function relaunch(flags: readonly string[], script: string, argv: readonly string[]) {
  return new Promise<number>((resolve) => {
    const child: ChildProcess = spawn(
      process.execPath,
      [...process.execArgv, ...flags, script, ...argv],
      { stdio: 'inherit', env: { ...process.env, [RELAUNCHED_ENV]: '1' } },
    );
    const signals = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;
    const forward = (s: NodeJS.Signals) => {
      // A terminal's Ctrl+C reaches the child too (same process group); forward the others.
      if (s !== 'SIGINT' || !process.stdin.isTTY) child.kill(s);
    };
    for (const s of signals) process.on(s, forward);
    const done = (code: number) => {
      for (const s of signals) process.off(s, forward);
      resolve(code);
    };
    child.on('error', (e) => {
      process.stderr.write(`kinerja: cannot start node again with a larger heap: ${e.message}\n`);
      done(70);
    });
    child.on('exit', (code, signal) => {
      if (code !== null) done(code);
      else done(128 + ((signal && constants.signals[signal]) || 1));
    });
  });
}

/** The facts of this process, for {@link heapRelaunchFlags}. */
export function currentHeapFacts(argv: readonly string[]): HeapFacts {
  return {
    argv,
    execArgv: process.execArgv,
    env: process.env,
    totalMemory: totalmem(),
    heapLimit: getHeapStatistics().heap_size_limit,
    cores: availableParallelism(),
    fileSize: (path) => {
      try {
        const st = statSync(resolve(path), { throwIfNoEntry: false });
        return st?.isFile() ? st.size : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
