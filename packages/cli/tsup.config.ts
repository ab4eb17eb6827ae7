import { defineConfig } from 'tsup';

/**
 * Three builds: the library entry (`main`, for embedding the CLI in another Node program) as ESM +
 * CommonJS with declarations, the `kinerja` binary as one ESM file with a shebang, and the
 * scoring worker thread `dist/workers/worker.js` (ESM), which both load by URL next to
 * themselves (`import.meta.url`, shimmed from `__filename` in the CommonJS build). The binary
 * and the worker are the package's only modules with side effects (they run on load).
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
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    treeshake: true,
    target: 'es2022',
    platform: 'node',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
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
