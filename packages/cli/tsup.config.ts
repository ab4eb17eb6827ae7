import { defineConfig } from 'tsup';

/**
 * What the binary and its threads carry bundled in rather than import from `node_modules`: the
 * Kinerja packages and their small dependencies. Loading one module instead of some hundred (zod
 * alone is about seventy ES modules) takes a ten-row `kinerja score` from 0.19 to 0.14 s on
 * Node.js 20, and every worker thread starts about 30 ms sooner (docs/performance.md). The
 * workbook library (exceljs, CommonJS with optional requires) stays a dependency, loaded only
 * for XLSX files.
 */
const BUNDLED = [/^@kinerja\//, 'zod', 'decimal.js', 'date-fns'];

/**
 * Three builds: the library entry (`main`, for embedding the CLI in another Node program) as ESM +
 * CommonJS with declarations, importing the Kinerja packages from `node_modules`; the `kinerja`
 * binary as ESM with a shebang, together with its own worker thread `dist/workers/bin-worker.js`
 * (one build, so the two share their chunks on disk), both with {@link BUNDLED} bundled in; and
 * the library's worker thread `dist/workers/worker.js` (ESM), which imports the packages as the
 * library entry does, so a program embedding the CLI scores on its threads with the very packages
 * of its main thread. Each loads its worker by URL next to itself (`import.meta.url`, shimmed
 * from `__filename` in the CommonJS build). The binary and the workers are the package's only
 * modules with side effects (they run on load).
 */
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { composite: false } },
    sourcemap: true,
    treeshake: true,
    target: 'es2022',
    platform: 'node',
    outDir: 'dist',
    shims: true,
  },
  {
    entry: { bin: 'src/bin.ts', 'workers/bin-worker': 'src/workers/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    treeshake: true,
    target: 'es2022',
    platform: 'node',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: BUNDLED,
    external: ['exceljs'],
    define: { __KINERJA_WORKER__: JSON.stringify('bin-worker.js') },
    // The maps give positions (`node --enable-source-maps`), not a second copy of every bundled
    // package's sources: they would triple the package's size.
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
  },
  {
    entry: { 'workers/worker': 'src/workers/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    // Unused imports of other packages are dropped (every thread would load them for nothing:
    // the worker needs the scoring, not the XLSX reader that the CLI's input module imports).
    treeshake: { preset: 'recommended', moduleSideEffects: (_id, external) => !external },
    target: 'es2022',
    platform: 'node',
    outDir: 'dist',
  },
]);
