// @ts-check
/**
 * TypeDoc configuration: the API reference of `@kinerja/core`, generated as Markdown into
 * `docs/api/` (gitignored) at build time. One entry point per public subpath in
 * packages/core/package.json `exports` (`.` → src/index.ts, `./<sub>` → src/<sub>/index.ts),
 * so a new subpath is documented without touching this file. A subpath whose source exports
 * nothing yet (a module still being written) is skipped rather than documented as empty.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const core = join(here, '..', 'packages', 'core');
const pkg = JSON.parse(readFileSync(join(core, 'package.json'), 'utf8'));

/** Whether a module has at least one real export (not only `export {}`). */
function exportsSomething(file) {
  const src = readFileSync(file, 'utf8').replace(/export\s*\{\s*\}\s*;?/g, '');
  return /\bexport\b/.test(src);
}

const entryPoints = Object.keys(pkg.exports ?? {})
  .filter((key) => key.startsWith('.') && !key.endsWith('.json') && !key.includes('*'))
  .map((key) => (key === '.' ? 'src/index.ts' : `src/${key.slice(2)}/index.ts`))
  .map((rel) => join(core, rel))
  .filter((file) => existsSync(file) && exportsSomething(file));

/** @type {Partial<import('typedoc').TypeDocOptions & import('typedoc-plugin-markdown').PluginOptions>} */
const config = {
  name: '@kinerja/core',
  entryPoints,
  tsconfig: join(here, 'tsconfig.typedoc.json'),
  plugin: ['typedoc-plugin-markdown'],
  out: join(here, 'api'),
  readme: 'none',
  entryFileName: 'index',
  hidePageHeader: true,
  hideBreadcrumbs: true,
  excludePrivate: true,
  excludeInternal: true,
  excludeExternals: true,
  useCodeBlocks: true,
  sanitizeComments: true,
  disableSources: true,
  treatWarningsAsErrors: true,
  validation: { notExported: false, invalidLink: true, rewrittenLink: true },
  logLevel: 'Warn',
};

export default config;
