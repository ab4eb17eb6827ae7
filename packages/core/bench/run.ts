/**
 * Runs the benchmark suites of `bench/*.bench.ts` (see harness.ts for the suite format).
 *
 *   pnpm bench                        every suite
 *   pnpm bench -- --smoke             few iterations: only checks that every suite runs
 *   pnpm bench -- ruleset             only files or suites whose name contains "ruleset"
 *   pnpm bench -- --json out.json     also writes the results as JSON
 *   BENCH_SCALE=0.1 pnpm bench        scales every suite's iterations (default 1)
 *
 * Exits non-zero when a bench file or suite is invalid, a function throws, or nothing matched.
 *
 * `pnpm bench` runs `bench/main.mjs`, which bundles this runner with every bench file (and the
 * sources they time) into one ES module with esbuild and runs it with `--expose-gc`: the
 * timed code is then plain bundled JavaScript, as a user runs the published build, not
 * modules transformed on the fly by a loader. (Under tsx, some setups left every later round
 * up to 5× slower, with twice the RSS and the GC threads busy throughout: see
 * docs/performance.md.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { formatSuite, runSuite, type SuiteResult, validateSuite } from './harness.js';

const USAGE = 'usage: pnpm bench [--smoke] [--json FILE] [FILTER...]  (env BENCH_SCALE=N)';

interface Cli {
  smoke: boolean;
  json: string | undefined;
  filters: string[];
  scale: number;
}

function parseCli(argv: string[]): Cli {
  const cli: Cli = { smoke: false, json: undefined, filters: [], scale: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') continue;
    if (arg === '--smoke') cli.smoke = true;
    else if (arg === '--json') {
      const file = argv[++i];
      if (!file) throw new Error(`--json needs a file name\n${USAGE}`);
      cli.json = file;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else cli.filters.push(arg.toLowerCase());
  }
  const rawScale = process.env.BENCH_SCALE;
  if (rawScale !== undefined && rawScale !== '') {
    const scale = Number(rawScale);
    if (!Number.isFinite(scale) || scale <= 0) {
      throw new Error(`BENCH_SCALE must be a positive number, got "${rawScale}"`);
    }
    cli.scale = scale;
  }
  return cli;
}

/** A bench file and what it exports (bundled by `main.mjs`). */
export interface BenchFile {
  readonly file: string;
  readonly mod: { readonly default?: unknown };
}

/** Runs the suites of `benchFiles` (sorted by file name) as the command line asks. */
export async function main(benchFiles: readonly BenchFile[]): Promise<void> {
  const cli = parseCli(process.argv.slice(2));
  const files = [...benchFiles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (files.length === 0) throw new Error('no *.bench.ts files');

  const mode = cli.smoke ? 'smoke (numbers are not meaningful)' : 'full';
  console.log(
    `kinerja bench: ${files.length} file(s), mode ${mode}, BENCH_SCALE=${cli.scale}, ` +
      `node ${process.version}, gc between runs: ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'yes' : 'no (run node with --expose-gc)'}`,
  );

  const results: SuiteResult[] = [];
  for (const { file, mod } of files) {
    if (!Array.isArray(mod.default)) {
      throw new Error(`${file}: the default export must be an array of suites`);
    }
    const suites = mod.default.map((suite, index) => validateSuite(suite, `${file}[${index}]`));
    for (const suite of suites) {
      const haystack = `${file} ${suite.name}`.toLowerCase();
      if (cli.filters.length > 0 && !cli.filters.some((f) => haystack.includes(f))) continue;
      const result = await runSuite(suite, file, { smoke: cli.smoke, scale: cli.scale });
      results.push(result);
      console.log(`\n${formatSuite(result)}`);
    }
  }
  if (results.length === 0) throw new Error(`no suite matched ${cli.filters.join(', ')}`);

  if (cli.json) {
    const out = resolve(process.env.INIT_CWD ?? process.cwd(), cli.json);
    mkdirSync(dirname(out), { recursive: true });
    const report = {
      node: process.version,
      smoke: cli.smoke,
      scale: cli.scale,
      date: new Date().toISOString(),
      results,
    };
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwrote ${relative(process.cwd(), out) || out}`);
  }
  console.log(`\n${results.length} suite(s) run.`);
}

/** Runs {@link main}, printing an error and its cause and setting the exit code on failure. */
export function run(benchFiles: readonly BenchFile[]): void {
  main(benchFiles).catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    if (error instanceof Error && error.cause) console.error('caused by:', error.cause);
    process.exitCode = 1;
  });
}
