import { defineConfig } from 'tsup';

/**
 * Two builds: the library entry (`main`, for embedding the CLI in another Node program) as ESM +
 * CommonJS with declarations, and the `kinerja` binary as one ESM file with a shebang. The
 * binary is the package's only module with side effects (it runs `main` on load).
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
]);
