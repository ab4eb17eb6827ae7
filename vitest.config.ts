import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Workspace test configuration.
 *
 * - Tests run against SOURCE by default: `@kinerja/core` and every `@kinerja/core/<sub>` subpath
 *   listed in packages/core/package.json `exports` are aliased to `src/<sub>/index.ts`.
 * - With `KINERJA_TEST_DIST=1` (see `pnpm test:dist`) the same aliases point at the BUILT ESM files
 *   in packages/core/dist (taken from the `exports` map), and type tests are checked against the
 *   emitted `.d.ts` files, so CI exercises exactly what gets published.
 */

const rootDir = dirname(fileURLToPath(import.meta.url));
const examplesDir = join(rootDir, 'examples');
const testDist = process.env.KINERJA_TEST_DIST === '1';

type ExportTarget = string | { [condition: string]: ExportTarget } | null;

interface PackageJson {
  name: string;
  exports?: Record<string, ExportTarget>;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Picks the ESM runtime file of an export target (`import` → `default`, skipping `types`). */
function esmTarget(target: ExportTarget | undefined): string | undefined {
  if (target == null) return undefined;
  if (typeof target === 'string') return target;
  for (const condition of ['import', 'module', 'default']) {
    const found = esmTarget(target[condition]);
    if (found) return found;
  }
  return undefined;
}

/** One exact-match alias per public entry point of a package (`.` and `./<sub>`). */
function packageAliases(packageDir: string): { find: RegExp; replacement: string }[] {
  const pkg = readJson<PackageJson>(join(packageDir, 'package.json'));
  const aliases: { find: RegExp; replacement: string }[] = [];
  for (const [key, target] of Object.entries(pkg.exports ?? {})) {
    if (!key.startsWith('.') || key.includes('*') || key.endsWith('.json')) continue;
    const sub = key === '.' ? '' : key.slice(2);
    const specifier = sub ? `${pkg.name}/${sub}` : pkg.name;
    let replacement: string;
    if (testDist) {
      const built = esmTarget(target);
      if (!built) throw new Error(`${pkg.name}: export "${key}" has no ESM target`);
      replacement = resolve(packageDir, built);
      if (!existsSync(replacement)) {
        throw new Error(
          `KINERJA_TEST_DIST=1 but ${replacement} does not exist: run \`pnpm build\` first`,
        );
      }
    } else {
      replacement = join(packageDir, 'src', sub, 'index.ts');
    }
    aliases.push({ find: new RegExp(`^${escapeRegExp(specifier)}$`), replacement });
  }
  return aliases;
}

/** Workspace members under examples/ (folders with a package.json). */
function exampleMembers(): string[] {
  if (!existsSync(examplesDir)) return [];
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, 'package.json')),
    )
    .map((entry) => entry.name);
}

/** Publishable packages: folders of packages/ with a package.json. */
function packageMembers(): string[] {
  const dir = join(rootDir, 'packages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'package.json')))
    .map((entry) => entry.name)
    .sort();
}

const projects: TestProjectInlineConfiguration[] = packageMembers().map((name) => {
  const dir = join(rootDir, 'packages', name);
  const distTsconfig = join(dir, 'tsconfig.test-dist.json');
  return {
    extends: true,
    test: {
      name,
      root: dir,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      typecheck: {
        enabled: true,
        checker: 'tsc',
        include: ['**/*.test-d.ts'],
        tsconfig: testDist && existsSync(distTsconfig) ? distTsconfig : join(dir, 'tsconfig.json'),
      },
    },
  };
});

// Only added once examples/ has members; a member without tests does not fail the run because the
// core project always has tests.
if (exampleMembers().length > 0 && !testDist) {
  projects.push({
    extends: true,
    test: {
      name: 'examples',
      root: examplesDir,
      include: ['*/**/*.test.ts'],
      exclude: ['**/node_modules/**', '**/dist/**'],
    },
  });
}

// The docs' runnable examples (docs/examples/*.ts, executed by docs/test/examples.test.ts).
if (existsSync(join(rootDir, 'docs', 'package.json'))) {
  projects.push({
    extends: true,
    test: { name: 'docs', root: join(rootDir, 'docs'), include: ['test/**/*.test.ts'] },
  });
}

export default defineConfig({
  resolve: {
    alias: packageMembers().flatMap((name) => packageAliases(join(rootDir, 'packages', name))),
  },
  test: {
    projects,
    setupFiles: [join(rootDir, 'vitest.setup.ts')],
    exclude: ['**/node_modules/**', '**/dist/**', '**/.tsc/**'],
  },
});
