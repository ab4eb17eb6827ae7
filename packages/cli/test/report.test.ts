import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, smallCity, tmp } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = smallCity().dir;
});

describe('kinerja report', () => {
  it('writes a self-contained HTML report: one chart per unit, findings and rejected rows', async () => {
    const r = await cli(
      dir,
      'report',
      'pegawai.csv',
      'dukcapil-360.jsonl',
      '--org-predikat',
      'org-predikat.json',
      '--out',
      'r/laporan.html',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('laporan.html');
    const html = readFileSync(join(dir, 'r/laporan.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<svg class="chart"/g)).toHaveLength(12);
    expect(html.match(/<section class="unit"/g)).toHaveLength(12);
    expect(html).toContain('data-unit="Kecamatan Pesisir"');
    expect(html).toContain('TIDAK MEMENUHI');
    expect(html).toContain('RATER_LENIENT');
    expect(html).toContain('NIP_SCIENTIFIC_NOTATION');
    // No script and nothing fetched: no src/href attributes at all, a CSP that forbids fetching.
    expect(html).not.toMatch(/<script|\ssrc=|\shref=|@import|url\(/i);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes every data value (XSS-safe)', async () => {
    const d = tmp();
    const header =
      'nip;nama;jenis_jabatan;unit_kerja;tahun;rating_hasil_kerja;rating_perilaku;penilai_nama\n';
    const rows = Array.from({ length: 6 }, (_, i) =>
      [
        `19870312201001100${i}`,
        `"<img src=x onerror=alert(${i})>"`,
        'Pelaksana',
        '<script>alert(1)</script>',
        '2024',
        i === 0 ? 'Di Bawah Ekspektasi' : 'Sesuai Ekspektasi',
        'Sesuai Ekspektasi',
        `"""><svg onload=alert(2)>"`,
      ].join(';'),
    );
    rows.push(
      [
        '1.98703E+17',
        '<b>x</b>',
        'Pelaksana',
        '<script>alert(3)</script>',
        '2024',
        'Baik',
        'Baik',
        'p',
      ].join(';'),
    );
    writeFileSync(join(d, 'xss.csv'), header + rows.join('\n'));
    const r = await cli(d, 'report', 'xss.csv', '--org-predikat', 'BAIK', '--out', 'x.html');
    expect(r.code).toBe(0);
    const html = readFileSync(join(d, 'x.html'), 'utf8');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>x');
    expect(html).not.toMatch(/<svg onload/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('kinerja demo', () => {
  it('generates the city and runs the whole pipeline, finding what was planted', async () => {
    const d = tmp();
    const r = await cli(d, 'demo', '--out', 'demo', '--size', '800', '--json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    for (const f of [
      'pegawai.csv',
      'dukcapil-360.jsonl',
      'org-predikat.json',
      'hasil.csv',
      'ditolak.csv',
      'kalibrasi.json',
      'audit.json',
      'laporan.html',
    ]) {
      expect(existsSync(join(d, 'demo', f)), f).toBe(true);
    }
    expect(s).toMatchObject({
      employees: 800,
      accepted: 800,
      rejected: 6,
      unitsNotMeeting: ['Kecamatan Pesisir'],
    });
    expect(s.total).toBe(s.accepted + s.rejected);
    expect(s.findings).toContainEqual(
      expect.objectContaining({
        severity: 'high',
        code: 'RATER_LENIENT',
        subject: `rater:${s.planted.lenientRater.nip}`,
      }),
    );
    expect(s.proposedChanges).toBeGreaterThan(0);
  });

  it('is deterministic: the same seed gives the same files', async () => {
    const { generateDemo } = await import('../src/demo/city.js');
    const a = generateDemo({ size: 300, seed: 7 });
    const b = generateDemo({ size: 300, seed: 7 });
    expect(a.csv).toBe(b.csv);
    expect(a.jsonl).toBe(b.jsonl);
    expect(generateDemo({ size: 300, seed: 8 }).csv).not.toBe(a.csv);
  });

  it('prints a short summary with the report path', async () => {
    const d = tmp();
    const r = await cli(d, 'demo', '--out', 'k', '--size', '300');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kota Contoh: 300 pegawai');
    expect(r.stdout).toMatch(/Laporan: .*k[\\/]laporan\.html/);
    expect((await cli(d, 'demo', '--size', 'many')).code).toBe(2);
  });
});
