import { mkdirSync, writeFileSync } from 'node:fs';
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
