import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, oneLine, tmp } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = tmp();
  writeFileSync(join(dir, 'broken.json'), '[{"pegawai": {"nip": "1"');
  writeFileSync(join(dir, 'empty.json'), '  \n');
  writeFileSync(join(dir, 'empty.csv'), '');
  writeFileSync(join(dir, 'noheader.csv'), 'foo;bar\n1;2\n3;4\n');
  writeFileSync(join(dir, 'object.json'), '{"hello": "world"}');
  writeFileSync(join(dir, 'mystery.dat'), 'hello world\n');
  writeFileSync(join(dir, 'sheet.xlsx'), 'PK\u0003\u0004');
  writeFileSync(join(dir, 'badrs.json'), '{"id": "x"}');
  writeFileSync(join(dir, 'ok.json'), '[]');
  mkdirSync(join(dir, 'folder.csv'));
});

describe('bad files: exit 2 and one clear line, never a stack trace', () => {
  it.each([
    [['score', 'missing.csv'], 'missing.csv: no such file'],
    [['score', 'broken.json'], 'broken.json: not valid JSON'],
    [['score', 'empty.json'], 'empty.json: the file is empty'],
    [['score', 'empty.csv'], 'empty.csv: no records found'],
    [['score', 'noheader.csv'], 'noheader.csv: '],
    [['score', 'object.json'], 'object.json: expected a JSON array of appraisals'],
    [['score', 'object.json', '--from', 'ekinerja-penilaian'], 'object.json: '],
    [['score', 'mystery.dat'], 'mystery.dat: cannot tell the format'],
    [['score', 'sheet.xlsx'], 'sheet.xlsx: not a readable Excel workbook (.xlsx)'],
    [['score', 'folder.csv'], 'folder.csv: is a directory'],
    [['score', 'ok.json'], 'ok.json: no records found'],
    [['score', 'ok.json', '--ruleset', 'badrs.json'], 'badrs.json: not a valid ruleset'],
    [['score', 'ok.json', '--ruleset', 'nope-2099'], 'unknown ruleset "nope-2099"'],
    [
      ['score', 'ok.json', '--from', 'siasn-skp22'],
      'pass the SIASN "Export Data ASN" CSV with --master',
    ],
    [['audit', 'missing.jsonl'], 'missing.jsonl: no such file'],
    [['report', 'broken.json'], 'broken.json: not valid JSON'],
    [
      ['calibrate', 'missing.csv', '--org-predikat', 'missing-org.json'],
      'missing-org.json: no such file',
    ],
  ])('%j', async (argv, message) => {
    const r = await cli(dir, ...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(oneLine(r.stderr), r.stderr).toBe(true);
    expect(r.stderr).toContain(message);
  });
});

describe('an output that would overwrite an input: exit 2, one line, nothing written', () => {
  let d: string;
  const pegawai =
    'nip,nama,jenis_jabatan,periode_mulai,periode_selesai,rating_hasil_kerja,rating_perilaku\r\n199001012015031001,Ani,Pelaksana,2024-01-01,2024-12-31,Sesuai Ekspektasi,Sesuai Ekspektasi\r\n';
  beforeAll(() => {
    d = tmp();
    writeFileSync(join(d, 'pegawai.csv'), pegawai);
    writeFileSync(join(d, 'master.csv'), 'pns_id,nip\r\n');
    writeFileSync(join(d, 'org.json'), '{"default": "BAIK"}');
    symlinkSync(join(d, 'pegawai.csv'), join(d, 'tautan.csv'));
    linkSync(join(d, 'pegawai.csv'), join(d, 'keras.csv'));
    mkdirSync(join(d, 'sub'));
  });

  it.each([
    [['score', 'pegawai.csv', '--out', 'pegawai.csv'], '--out pegawai.csv is also an input file'],
    [['score', 'pegawai.csv', '--out', './sub/../pegawai.csv'], 'is also an input file'],
    [
      ['score', 'pegawai.csv', '--rejections', 'pegawai.csv'],
      '--rejections pegawai.csv is also an input file',
    ],
    [['score', 'pegawai.csv', '--out', 'tautan.csv'], '--out tautan.csv is also an input file'],
    [['score', 'pegawai.csv', '--out', 'keras.csv'], '--out keras.csv is also an input file'],
    [
      ['score', 'pegawai.csv', '--master', 'master.csv', '--out', 'master.csv'],
      'is also the --master file',
    ],
    [
      ['score', 'pegawai.csv', '--out', 'a.csv', '--rejections', './a.csv'],
      '--out and --rejections name the same file',
    ],
    [
      ['report', 'pegawai.csv', '--org-predikat', 'org.json', '--out', 'org.json'],
      'is also the --org-predikat file',
    ],
    [['report', 'pegawai.csv', '--out', 'pegawai.csv'], 'is also an input file'],
    [
      ['generate', '--size', '10', '--out', 'x.csv', '--master', 'x.csv'],
      '--out and --master name the same file',
    ],
    // The same input twice would count every employee twice.
    [
      ['score', 'pegawai.csv', './pegawai.csv'],
      'score: ./pegawai.csv is the same file as pegawai.csv',
    ],
    [
      ['calibrate', 'pegawai.csv', 'keras.csv', '--org-predikat', 'B'],
      'keras.csv is the same file as pegawai.csv',
    ],
    [['audit', 'tautan.csv', 'pegawai.csv'], 'audit: pegawai.csv is the same file as tautan.csv'],
    [['report', 'pegawai.csv', 'sub/../pegawai.csv'], 'is the same file as pegawai.csv'],
  ])('%j', async (argv, message) => {
    const r = await cli(d, ...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(oneLine(r.stderr), r.stderr).toBe(true);
    expect(r.stderr).toContain(message);
    expect(readFileSync(join(d, 'pegawai.csv'), 'utf8')).toBe(pegawai);
  });

  it('still writes next to the input, and takes a ruleset id or predikat value that is not a file', async () => {
    expect((await cli(d, 'score', 'pegawai.csv', '--out', 'hasil.csv')).code).toBe(0);
    const r = await cli(
      d,
      'score',
      'pegawai.csv',
      '--ruleset',
      'permenpanrb-6-2022',
      '--out',
      'permenpanrb-6-2022',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(d, 'pegawai.csv'), 'utf8')).toBe(pegawai);
  });
});

describe('an output too long for an Excel sheet', () => {
  it('is the command line error of the option that named it, other errors pass through', async () => {
    const { SheetTooLargeError } = await import('@kinerja/xlsx');
    const { sheetOrFail } = await import('../src/output.js');
    const tooLong = () => Promise.reject(new SheetTooLargeError(1_200_001));
    await expect(sheetOrFail('--out', 'hasil.xlsx', tooLong)).rejects.toMatchObject({
      name: 'CliError',
      exitCode: 2,
      message:
        '--out hasil.xlsx: 1,200,001 rows (header included) do not fit an Excel sheet, which holds at most 1,048,576: write CSV or JSON instead',
    });
    const other = new Error('disk full');
    await expect(sheetOrFail('--out', 'a.xlsx', () => Promise.reject(other))).rejects.toBe(other);
    await expect(sheetOrFail('--out', 'a.xlsx', async () => 7)).resolves.toBe(7);
  });
});
