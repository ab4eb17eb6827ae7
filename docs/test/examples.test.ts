/**
 * Every code block of the docs is a file under docs/examples/ included with a VitePress
 * snippet import (`<<< @/examples/foo.ts`). This test runs each example (each one throws when
 * its result is not the one the page states) and checks that pages and examples agree: every
 * snippet a page imports exists, every example is shown on some page, and no page carries an
 * inline TypeScript/JavaScript block that would escape these checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = join(docsDir, 'examples');

const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.ts'))
  .sort();

function markdownPages(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'api', 'examples', 'test', '.vitepress'].includes(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...markdownPages(p));
    else if (e.name.endsWith('.md') && p !== join(docsDir, 'README.md')) out.push(p);
  }
  return out;
}
const pages = markdownPages(docsDir).map((p) => ({
  page: relative(docsDir, p),
  text: readFileSync(p, 'utf8'),
}));

const SNIPPET = /^<<<\s+@\/(examples\/[^\s{#]+)/gm;

describe('docs examples run', () => {
  beforeEach(() => {
    // The examples print what a reader would see; keep the test output quiet.
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'table').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('has examples', () => {
    expect(examples.length).toBeGreaterThan(5);
  });

  for (const file of examples) {
    it(file, async () => {
      await import(join(examplesDir, file));
    });
  }
});

describe('docs pages and examples agree', () => {
  const imported = new Set<string>();
  for (const { page, text } of pages) {
    for (const m of text.matchAll(SNIPPET)) imported.add(`${m[1]}|${page}`);
  }

  it('every snippet import points to an existing file', () => {
    const missing = [...imported]
      .map((s) => s.split('|') as [string, string])
      .filter(([file]) => !existsSync(join(docsDir, file)))
      .map(([file, page]) => `${page}: ${file}`);
    expect(missing).toEqual([]);
  });

  it('every example is shown on a page', () => {
    const shown = new Set([...imported].map((s) => s.split('|')[0]));
    const orphans = examples.filter((f) => !shown.has(`examples/${f}`));
    expect(orphans).toEqual([]);
  });

  it('no page has an inline TypeScript or JavaScript block', () => {
    const inline = pages
      .filter(({ text }) => /^\s*```(ts|js|typescript|javascript|tsx|jsx|vue)\b/m.test(text))
      .map(({ page }) => page);
    expect(inline).toEqual([]);
  });
});
