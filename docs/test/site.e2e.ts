/**
 * End-to-end test of the BUILT docs site (`pnpm docs:build` first, then `pnpm docs:e2e`):
 * serves docs/.vitepress/dist on 127.0.0.1 with a tiny static server, opens it in headless
 * Chromium (Debian's `chromium` package, driven by playwright-core), runs the playground and
 * checks that the predikat shows, and that a concept page and the API reference load.
 *
 * Environment: CHROMIUM_PATH overrides the browser binary (default /usr/bin/chromium).
 */
import assert from 'node:assert/strict';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

const distDir = join(dirname(fileURLToPath(import.meta.url)), '..', '.vitepress', 'dist');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT = 30_000;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a clean URL maps to, as VitePress `cleanUrls` expects: /a → a.html, /a/ → a/index.html. */
function resolveFile(urlPath: string): string | undefined {
  const rel = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^([/\\])+/, '');
  const base = join(distDir, rel);
  if (!base.startsWith(distDir + sep) && base !== distDir) return undefined;
  const candidates =
    rel === '' || rel.endsWith(sep)
      ? [join(base, 'index.html')]
      : [base, `${base}.html`, join(base, 'index.html')];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const file = resolveFile(req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      createReadStream(join(distDir, '404.html')).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function check(name: string, fn: () => Promise<void>): Promise<void> {
  const t0 = Date.now();
  await fn();
  console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
}

async function main(): Promise<void> {
  assert.ok(
    existsSync(join(distDir, 'index.html')),
    `no built site in ${distDir}: run \`pnpm docs:build\` first`,
  );
  const started = Date.now();
  const server = await serve();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const page = await browser.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
    });
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });

    console.log(`docs e2e against ${base}`);

    await check('playground: the prefilled appraisal evaluates to Baik', async () => {
      await page.goto(`${base}/playground`, { waitUntil: 'networkidle' });
      await evaluateAndRead(page, 'Predikat: Good (BAIK)');
      const trace = await text(page.getByTestId('trace'));
      assert.match(trace, /Employee predikat from the kuadran matrix/);
      assert.match(trace, /PermenPANRB 6\/2022/);
    });

    await check('playground: PP 46/2011 at the 24 % edge gives 90.72', async () => {
      await page.getByTestId('sample').selectOption('pp46');
      await evaluateAndRead(page, 'Predikat: Good (BAIK)');
      assert.match(await text(page.getByTestId('trace')), /prestasiKerja 90\.72/);
    });

    await check('playground: invalid input shows issues, not an exception', async () => {
      await page.getByTestId('sample').selectOption('invalid');
      await evaluateAndRead(page, 'No predikat');
      assert.match(await text(page.getByTestId('trace')), /NIP_SCIENTIFIC_NOTATION/);
    });

    await check('playground (id): explanation in Bahasa Indonesia', async () => {
      await page.goto(`${base}/id/playground`, { waitUntil: 'networkidle' });
      await evaluateAndRead(page, 'Predikat: Baik (BAIK)');
      assert.match(await text(page.getByTestId('trace')), /Penjelasan penilaian kinerja/);
    });

    await check('concept page: the 6/2022 matrix', async () => {
      await page.goto(`${base}/concepts/matrix`, { waitUntil: 'networkidle' });
      assert.match(await text(page.locator('h1').first()), /^The PermenPANRB 6\/2022 matrix/);
      assert.match(await text(page.locator('table').first()), /Kurang\/Misconduct/);
      assert.match(await text(page.locator('.vp-doc')), /predikatFromRatings/);
    });

    await check('API reference: overview and evaluate()', async () => {
      await page.goto(`${base}/api/`, { waitUntil: 'networkidle' });
      assert.match(await text(page.locator('.vp-doc')), /rulesets/);
      await page.goto(`${base}/api/index/functions/evaluate`, { waitUntil: 'networkidle' });
      assert.match(await text(page.locator('h1').first()), /evaluate/);
      assert.match(await text(page.locator('.vp-doc')), /EvaluationResult/);
    });

    assert.deepEqual(errors, [], 'the pages logged errors');
  } finally {
    await browser?.close();
    server.close();
  }
  console.log(`docs e2e: all checks passed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

async function text(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? '';
}

async function evaluateAndRead(page: Page, expected: string): Promise<void> {
  await page.getByTestId('evaluate').click();
  const predikat = page.getByTestId('predikat');
  await predikat.filter({ hasText: expected }).waitFor();
  assert.ok((await text(predikat)).includes(expected));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
