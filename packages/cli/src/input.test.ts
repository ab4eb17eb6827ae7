import { describe, expect, it } from 'vitest';
import { detectFormat } from './input.js';

describe('detectFormat', () => {
  it.each([
    ['a.jsonl', '{"a":1}', 'jsonl'],
    ['a.ndjson', '', 'jsonl'],
    ['a.csv', 'nip;nama\n1;2', 'csv'],
    ['laporan.csv', 'Laporan\nnip;skp_penilaian_id;hasil_akhir\n', 'ekinerja-laporan-csv'],
    ['a.json', '[]', 'json'],
    ['export', '{"a":1}\n{"b":2}\n', 'jsonl'],
    ['export', '[{"a":1}]', 'json'],
    ['export', 'hello', undefined],
  ])('%s %j → %s', (file, head, expected) => {
    expect(detectFormat(file, head)).toBe(expected);
  });
});
