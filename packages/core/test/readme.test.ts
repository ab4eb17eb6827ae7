/**
 * Every ```ts block of the READMEs (root and packages) is executed here, so the documentation
 * cannot rot: a block that throws or no longer type-checks against the API fails CI (type errors
 * surface at build time through `pnpm lint`, runtime errors here). A block marked
 * ```ts no-run is only shown.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const out = join(here, '.snippets');

function readmes(): string[] {
  const files = [join(root, 'README.md')];
  for (const p of readdirSync(join(root, 'packages'))) {
    const f = join(root, 'packages', p, 'README.md');
    try {
      readFileSync(f);
      files.push(f);
    } catch {
      // package without README
    }
  }
  return files;
}

function blocks(md: string): string[] {
  const re = /^```ts\s*\n([\s\S]*?)^```/gm;
  const found: string[] = [];
  for (let m = re.exec(md); m; m = re.exec(md)) found.push(m[1] ?? '');
  return found;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

for (const file of readmes()) {
  const name = relative(root, file);
  const snippets = blocks(readFileSync(file, 'utf8'));
  if (snippets.length === 0) continue;
  describe(name, () => {
    snippets.forEach((code, i) => {
      it(`example ${i + 1} runs`, async () => {
        const path = join(out, `${name.replace(/[^a-z0-9]+/gi, '_')}_${i + 1}.ts`);
        // Silence console output of the examples; errors still propagate.
        writeFileSync(
          path,
          `const console = { log() {}, error() {}, table() {} };\n${code}\nexport {};\n`,
        );
        await import(path);
      });
    });
  });
}
