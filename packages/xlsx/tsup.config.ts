import { defineConfig } from 'tsup';
import pkg from './package.json';

/**
 * One entry per public entry point in package.json `exports`: `.` is built from `src/index.ts`,
 * `./<sub>` from `src/<sub>/index.ts` into `dist/<sub>/index.{js,cjs,d.ts,d.cts}`. Adding a
 * subpath is done in package.json (`exports` and `typesVersions`) only.
 */
function entriesFromExports(exportsMap: Record<string, unknown>): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const key of Object.keys(exportsMap)) {
    if (key === './package.json') continue;
    const sub = key === '.' ? '' : key.replace(/^\.\//, '');
    entries[sub ? `${sub}/index` : 'index'] = sub ? `src/${sub}/index.ts` : 'src/index.ts';
  }
  return entries;
}

export default defineConfig({
  entry: entriesFromExports(pkg.exports),
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { composite: false } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  platform: 'node',
  outDir: 'dist',
});
