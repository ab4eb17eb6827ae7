/**
 * Bundles the page with esbuild: `src/main.ts` and `@kinerja/core` (from source, through the
 * workspace tsconfig paths) into one ES module `app.js`, plus the static files of `public/`.
 *
 *   pnpm --filter @kinerja/example-browser-page build   # → dist/
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

const here = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the page into `outdir` (default `dist/`) and returns esbuild's metafile (inputs and
 * output sizes).
 *
 * @example
 * ```ts no-run
 * const meta = await buildPage({ outdir: '/tmp/page' });
 * Object.keys(meta.outputs); // [ '/tmp/page/app.js' ]
 * ```
 */
export async function buildPage(
  opts: { outdir?: string; minify?: boolean } = {},
): Promise<Metafile> {
  const outdir = opts.outdir ?? join(here, 'dist');
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: [join(here, 'src', 'main.ts')],
    outfile: join(outdir, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: opts.minify ?? true,
    // `@kinerja/core` resolves to its TypeScript source through the workspace paths.
    tsconfig: join(here, 'tsconfig.json'),
    // No Node built-ins may end up in a browser bundle: fail the build instead.
    external: [],
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
  });
  for (const f of readdirSync(join(here, 'public'))) {
    copyFileSync(join(here, 'public', f), join(outdir, f));
  }
  return result.metafile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const meta = await buildPage();
  for (const [file, out] of Object.entries(meta.outputs)) {
    console.log(`${file}: ${(out.bytes / 1024).toFixed(0)} KiB`);
  }
}
