import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '@kinerja/adapters/csv';
import { rulesets, serializeRuleset } from '@kinerja/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { RejectionSchema, ScoreResultSchema, ScoreSummarySchema } from '../src/schemas.js';
import { cli, smallCity } from './helpers.js';

let dir: string;
let employees: number;
beforeAll(() => {
  const c = smallCity();
  dir = c.dir;
  employees = c.city.employees;
});

describe('kinerja score', () => {
  it('scores CSV and JSON Lines together, accounts for every row and writes results and rejections', async () => {
    const r = await cli(
      dir,
      'score',
      'pegawai.csv',
      'dukcapil-360.jsonl',
      '--out',
      'out/hasil.json',
      '--rejections',
      'out/ditolak.csv',
      '--json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = ScoreSummarySchema.parse(JSON.parse(r.stdout));
    // 5 malformed CSV rows + 1 broken JSON line, every other employee scored.
    expect(s).toMatchObject({ accepted: employees, rejected: 6, excluded: 0 });
    expect(s.total).toBe(s.accepted + s.rejected + s.excluded);
    expect(Object.values(s.byPredikat).reduce((a, b) => a + b, 0)).toBe(s.accepted);
    expect(s.byFile.map((f) => [f.file, f.format])).toEqual([
      ['pegawai.csv', 'csv'],
      ['dukcapil-360.jsonl', 'jsonl'],
    ]);
    const results = JSON.parse(readFileSync(join(dir, 'out/hasil.json'), 'utf8')) as unknown[];
    expect(results).toHaveLength(employees);
    for (const x of results.slice(0, 50)) ScoreResultSchema.parse(x);
    const rej = parseCsv(readFileSync(join(dir, 'out/ditolak.csv'), 'utf8')).rows.map(
      (x) => x.cells,
    );
    expect(rej[0]).toEqual(['file', 'row', 'path', 'code', 'message_id', 'message_en']);
    const codes = rej.slice(1).map((x) => x[3]);
    expect(codes).toEqual(
      expect.arrayContaining([
        'NIP_SCIENTIFIC_NOTATION',
        'RATING_UNKNOWN',
        'REQUIRED',
        'DATE_FORMAT',
        'NIP_FORMAT',
        'INVALID_JSON_LINE',
      ]),
    );
    const sci = rej.find((x) => x[3] === 'NIP_SCIENTIFIC_NOTATION') as string[];
    RejectionSchema.parse({
      file: sci[0],
      row: Number(sci[1]),
      path: [sci[2]],
      code: sci[3],
      message: { id: sci[4], en: sci[5] },
    });
    expect(sci[5]).toContain('scientific notation');
  });

  it('prints the summary table per unit and predikat with the row accounting', async () => {
    const r = await cli(dir, 'score', 'pegawai.csv');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Unit kerja\s+Sangat Baik\s+Baik\s+Butuh Perbaikan/);
    expect(r.stdout).toContain('Dinas Pendidikan');
    expect(r.stdout).toContain('Kecamatan Pesisir');
    expect(r.stdout).toMatch(
      /Baris \/ rows: (\d+) = (\d+) dinilai \/ scored \+ 5 ditolak \/ rejected/,
    );
    expect(r.stdout).toContain('first: pegawai.csv row');
  });

  it('writes CSV results with formula injection neutralised', async () => {
    const csv =
      'nip;nama;jenis_jabatan;unit_kerja;tahun;rating_hasil_kerja;rating_perilaku\n' +
      '198703122010011002;=HYPERLINK("http://x");Pelaksana;@SUM(A1);2024;Di Atas Ekspektasi;Sesuai Ekspektasi\n';
    writeFileSync(join(dir, 'inject.csv'), csv);
    const r = await cli(dir, 'score', 'inject.csv', '--out', 'inject-out.csv');
    expect(r.code).toBe(0);
    const out = readFileSync(join(dir, 'inject-out.csv'), 'utf8');
    expect(out).toContain(`'=HYPERLINK`);
    expect(out).toContain(`'@SUM(A1)`);
    expect(out).not.toMatch(/[,\n]=HYPERLINK/);
  });

  it('reads a JSON array of appraisals, applies --ruleset by id and by file', async () => {
    const appraisal = {
      pegawai: { nip: '198703122010011002', nama: 'Siti', jabatan: { jenis: 'PELAKSANA' } },
      periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
      ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
      ratingPerilaku: 'SESUAI_EKSPEKTASI',
    };
    writeFileSync(join(dir, 'a.json'), JSON.stringify([appraisal, { ...appraisal, pegawai: 'x' }]));
    writeFileSync(join(dir, 'rs.json'), serializeRuleset(rulesets['permenpanrb-6-2022']));
    // Saved by Notepad: UTF-8 with a byte-order mark, or "Unicode" (UTF-16 with its mark).
    const json = serializeRuleset(rulesets['permenpanrb-6-2022']);
    writeFileSync(join(dir, 'rs-bom.json'), `\uFEFF${json}`);
    writeFileSync(join(dir, 'rs-16.json'), Buffer.from(`\uFEFF${json}`, 'utf16le'));
    for (const rs of ['permenpanrb-6-2022', 'rs.json', 'rs-bom.json', 'rs-16.json']) {
      const r = await cli(dir, 'score', 'a.json', '--ruleset', rs, '--json', '--out', 'a-out.json');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({
        total: 2,
        accepted: 1,
        rejected: 1,
        byPredikat: { BAIK: 1 },
      });
      const [res] = JSON.parse(readFileSync(join(dir, 'a-out.json'), 'utf8')) as {
        ruleset: string;
      }[];
      expect(res?.ruleset).toBe('permenpanrb-6-2022');
    }
  });

  it('reads e-Kinerja penilaian records: PLT/PLH rows excluded and reported, total still reconciles', async () => {
    const row = (over: Record<string, unknown>) => ({
      nip: '198703122010011002',
      nama: 'Siti',
      tahun_skp: 2023,
      periode_awal_skp: '2023-01-01',
      periode_akhir_skp: '2023-12-31',
      skp_jenis_jabatan: 'Pelaksana',
      skp_unor: 'Dinas Kesehatan',
      hasil_kerja: 'DIATAS EKSPEKTASI',
      perilaku_kerja: 'SESUAI EKSPEKTASI',
      hasil_akhir: 'BAIK',
      is_skp_plt_plh_pjb: 0,
      ...over,
    });
    writeFileSync(
      join(dir, 'penilaian.json'),
      JSON.stringify({
        data: [
          row({}),
          row({ nip: '198703122010011003', is_skp_plt_plh_pjb: 1 }),
          row({ nip: '198703122010011004', hasil_akhir: 'SANGAT BAIK' }),
        ],
      }),
    );
    const r = await cli(dir, 'score', 'penilaian.json', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      total: 3,
      accepted: 2,
      rejected: 0,
      excluded: 1,
      byFile: [{ format: 'ekinerja-penilaian' }],
    });
    const a = await cli(dir, 'audit', 'penilaian.json', '--recheck', '--json', '--fail-on', 'high');
    expect(a.code).toBe(1);
    expect(JSON.parse(a.stdout).recheck).toMatchObject({
      disagreed: 1,
      disagreements: [{ file: 'penilaian.json', row: 3, stored: 'SANGAT_BAIK', derived: 'BAIK' }],
    });
  });

  it('--fail-on error exits 1 when a row is rejected', async () => {
    expect((await cli(dir, 'score', 'pegawai.csv', '--fail-on', 'error')).code).toBe(1);
    expect((await cli(dir, 'score', 'a.json', '--fail-on', 'error')).code).toBe(1);
  });

  it('draws the progress bar on stderr only when both streams are terminals', async () => {
    const { captureStream } = await import('../src/io.js');
    const { main } = await import('../src/main.js');
    const tty = { stdout: captureStream(true), stderr: captureStream(true), cwd: dir };
    expect(await main(['score', 'pegawai.csv'], tty)).toBe(0);
    // Streamed input counts the bytes read: "0/118 KiB", …, "118/118 KiB 100%".
    expect(tty.stderr.text()).toMatch(/\r.*\d+\/\d+ KiB 100%\n$/);
    const piped = { stdout: captureStream(false), stderr: captureStream(true), cwd: dir };
    expect(await main(['score', 'pegawai.csv'], piped)).toBe(0);
    expect(piped.stderr.text()).toBe('');
  });
});
