/**
 * `pnpm bench`: bundles bench/run.ts with every bench/*.bench.ts (and the sources they time)
 * into one ES module with esbuild, then runs it with `node --expose-gc`, passing the command
 * line through (see run.ts for the options). The bundle goes to node_modules/.cache.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const benchDir = dirname(fileURLToPath(import.meta.url));
// run.ts orders the files by name.
const files = readdirSync(benchDir).filter((name) => name.endsWith('.bench.ts'));
const entry = [
  "import { run } from './run.ts';",
  ...files.map((file, i) => `import * as m${i} from './${file}';`),
  `run([${files.map((file, i) => `{ file: ${JSON.stringify(file)}, mod: m${i} }`).join(', ')}]);`,
].join('\n');
const outfile = join(benchDir, '..', 'node_modules', '.cache', 'kinerja-bench', 'bench.mjs');
await build({
  stdin: { contents: entry, resolveDir: benchDir, loader: 'ts', sourcefile: 'bench-entry.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  // CommonJS dependencies bundled into an ES module may call require().
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
const r = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exitCode = r.status ?? 1;
