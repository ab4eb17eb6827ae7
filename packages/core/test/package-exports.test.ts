import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

interface Manifest {
  name: string;
  exports: Record<string, unknown>;
  typesVersions?: Record<string, Record<string, string[]>>;
}

const manifest = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as Manifest;

const entryPoints = Object.keys(manifest.exports)
  .filter((key) => key.startsWith('.') && !key.endsWith('.json'))
  .map((key) => (key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`));

describe('package entry points', () => {
  it('exposes the expected subpaths', () => {
    expect(entryPoints).toEqual(
      expect.arrayContaining([
        '@kinerja/core',
        '@kinerja/core/rulesets',
        '@kinerja/core/consequences',
      ]),
    );
  });

  // tsup.config.ts builds `./<sub>` from src/<sub>/index.ts into dist/<sub>/index.*; the map must
  // point there, and `typesVersions` must mirror it for `moduleResolution: "node"` (node10) users.
  it('maps every subpath to its dist files and mirrors it in typesVersions', () => {
    for (const key of Object.keys(manifest.exports)) {
      if (key === './package.json') continue;
      const base = key === '.' ? './dist/index' : `./dist/${key.slice(2)}/index`;
      expect(manifest.exports[key], key).toEqual({
        import: { types: `${base}.d.ts`, default: `${base}.js` },
        require: { types: `${base}.d.cts`, default: `${base}.cjs` },
      });
      if (key !== '.') {
        expect(manifest.typesVersions?.['*']?.[key.slice(2)], `typesVersions for ${key}`).toEqual([
          `${base}.d.cts`,
        ]);
      }
    }
  });

  it('loads @kinerja/core', async () => {
    const core = await import('@kinerja/core');
    expect(typeof core.VERSION).toBe('string');
  });

  it('loads @kinerja/core/rulesets', async () => {
    const rulesets = await import('@kinerja/core/rulesets');
    expect(rulesets).toBeTypeOf('object');
  });

  it('loads @kinerja/core/consequences', async () => {
    const consequences = await import('@kinerja/core/consequences');
    expect(consequences).toBeTypeOf('object');
  });

  // Only meaningful against the build: the CommonJS files are resolved by Node itself through the
  // package's own `exports` (self-reference), not through the vitest aliases.
  it.runIf(process.env.KINERJA_TEST_DIST === '1')(
    'loads every entry point through require()',
    () => {
      const require = createRequire(import.meta.url);
      for (const specifier of entryPoints) {
        const loaded: unknown = require(specifier);
        expect(loaded, specifier).toBeTypeOf('object');
      }
      expect(typeof require('@kinerja/core').VERSION).toBe('string');
    },
  );
});
