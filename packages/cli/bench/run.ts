/**
 * Runs the end-to-end suites of `bench/*.bench.ts` (see harness.ts).
 *
 *   pnpm bench                          every suite at full size (1M / 1M / 5M rows)
 *   pnpm bench -- --smoke               tiny sizes: checks that every suite runs (CI)
 *   pnpm bench -- score                 only suites whose file or name contains "score"
 *   pnpm bench -- --json out.json       also writes the results as JSON
 *   BENCH_ROWS=200000 pnpm bench        overrides every suite's size
 *   BENCH_ROUNDS=3 pnpm bench           rounds per entry (default 1; the median is reported)
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type E2eSuite, type EntryResult, formatE2e, runE2eSuite } from './harness.js';

const USAGE =
  'usage: tsx bench/run.ts [--smoke] [--json FILE] [FILTER...]  (env BENCH_ROWS, BENCH_ROUNDS)';

function positive(name: string): number | undefined {
  const v = process.env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name} must be a positive integer, got "${v}"`);
  return n;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2).filter((x) => x !== '--');
  let smoke = false;
  let json: string | undefined;
  const filters: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--smoke') smoke = true;
    else if (arg === '--json') {
      json = argv[++i];
      if (!json) throw new Error(`--json needs a file name\n${USAGE}`);
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return;
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else filters.push(arg.toLowerCase());
  }
  const rows = positive('BENCH_ROWS');
  const rounds = positive('BENCH_ROUNDS') ?? 1;
  const benchDir = dirname(fileURLToPath(import.meta.url));
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  console.log(
    `kinerja cli bench: ${files.length} file(s), mode ${smoke ? 'smoke (numbers are not meaningful)' : 'full'}, ` +
      `node ${process.version}, ${availableParallelism()} core(s), rounds ${rounds}${rows ? `, BENCH_ROWS=${rows}` : ''}`,
  );
  const results: {
    suite: string;
    file: string;
    size: number;
    entries: EntryResult[];
    goal: string;
  }[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(benchDir, file)).href)) as { default?: unknown };
    if (!Array.isArray(mod.default))
      throw new Error(`${file}: the default export must be an array of suites`);
    for (const suite of mod.default as E2eSuite[]) {
      const haystack = `${file} ${suite.name}`.toLowerCase();
      if (filters.length > 0 && !filters.some((f) => haystack.includes(f))) continue;
      const size = rows ?? (smoke ? suite.size.smoke : suite.size.full);
      const dir = mkdtempSync(join(tmpdir(), 'kinerja-bench-'));
      try {
        const state = await suite.setup(size, dir);
        const entries = await runE2eSuite(suite, state, smoke ? 1 : rounds);
        const goal = suite.goal(entries);
        results.push({ suite: suite.name, file, size, entries, goal });
        console.log(`\n${formatE2e(`${suite.name} [${file}]`, size, smoke ? 1 : rounds, entries)}`);
        const note = smoke ? ' (smoke size: not the goal size)' : '';
        for (const line of goal ? goal.split('\n') : []) console.log(`  ${line}${note}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  if (results.length === 0) throw new Error(`no suite matched ${filters.join(', ')}`);
  if (json) {
    const out = resolve(process.env.INIT_CWD ?? process.cwd(), json);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(
      out,
      `${JSON.stringify({ node: process.version, cores: availableParallelism(), smoke, rounds, date: new Date().toISOString(), results }, null, 2)}\n`,
    );
    console.log(`\nwrote ${relative(process.cwd(), out) || out}`);
  }
  console.log(`\n${results.length} suite(s) run.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
