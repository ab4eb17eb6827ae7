import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, smallCity } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(`SKIP browser test: ${CHROMIUM} not found (apt-get install -y chromium to run it)`);
}

describe.skipIf(!haveChromium)(
  'HTML report in headless Chromium (no JavaScript, no network)',
  () => {
    let browser: import('playwright-core').Browser;
    let file: string;
    beforeAll(async () => {
      const { dir } = smallCity();
      const r = await cli(
        dir,
        'report',
        'pegawai.csv',
        'dukcapil-360.jsonl',
        '--org-predikat',
        'org-predikat.json',
        '--out',
        'laporan.html',
      );
      expect(r.code).toBe(0);
      file = join(dir, 'laporan.html');
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({
        executablePath: CHROMIUM,
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
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    it('renders a chart per unit and the tables, offline and with JavaScript disabled', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(pathToFileURL(file).href);
      expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
      const units = page.locator('section.unit');
      expect(await units.count()).toBe(12);
      for (let i = 0; i < 12; i++) {
        const u = units.nth(i);
        const chart = u.locator('svg.chart');
        expect(await chart.count()).toBe(1);
        expect(await chart.locator('rect.bar').count()).toBe(5);
        // The guidance of the unit's organisation predikat is drawn over the bars.
        expect(await chart.locator('polyline.curve').count()).toBe(1);
        const box = await chart.boundingBox();
        expect(box && box.width > 200 && box.height > 100).toBe(true);
      }
      const pesisir = page.locator('section.unit[data-unit="Kecamatan Pesisir"]');
      expect(await pesisir.locator('.badge').textContent()).toBe('TIDAK MEMENUHI');
      expect(await pesisir.locator('table.changes tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('table.units-table tbody tr').count()).toBe(13);
      expect(await page.locator('table.findings tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('table.findings').textContent()).toContain('RATER_LENIENT');
      expect(await page.locator('table.rejections tbody tr').count()).toBe(6);
      await context.close();
    }, 60_000);
  },
);
