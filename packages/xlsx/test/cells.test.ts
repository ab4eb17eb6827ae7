import { readNip } from '@kinerja/adapters';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, dateText, numberText, openWorkbook, sheetRows } from '../src/index.js';
import { book } from './helpers.js';

describe('numberText', () => {
  it.each([
    [85.5, '85.5'],
    [0.1 + 0.2, '0.30000000000000004'],
    [1e-7, '0.0000001'],
    [-2.5e-8, '-0.000000025'],
    [2023, '2023'],
    [123456789012345, '123456789012345'],
    [1234567890123456, '1.234567890123456e+15'],
    [198703122010011000, '1.98703122010011e+17'],
  ])('%s → %s', (n, text) => {
    expect(numberText(n)).toBe(text);
  });

  it('is the shortest round-trip text: Number(text) === n for every double without 16+ integer digits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const t = numberText(n);
        if (Number.isInteger(n) && Math.abs(n) >= 1e15) return /e\+/.test(t);
        return Number(t) === n && !/e/i.test(t);
      }),
    );
  });

  it('an 18-digit NIP stored as a number is rejected by the NIP reader, never guessed', () => {
    const r = readNip(numberText(Number(198703122010011002n)));
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.code).toBe('NIP_SCIENTIFIC_NOTATION');
  });
});

describe('cellText', () => {
  it.each([
    [null, ''],
    ['  Siti ', '  Siti '],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date(Date.UTC(2023, 11, 31)), '2023-12-31'],
    [new Date(Date.UTC(2023, 0, 2, 13, 5, 9)), '2023-01-02T13:05:09'],
    [{ richText: [{ text: 'Siti ' }, { font: { bold: true }, text: 'Aminah' }] }, 'Siti Aminah'],
    [{ text: 'laporan', hyperlink: 'https://example.org' }, 'laporan'],
    [{ formula: 'A1*2', result: 3 }, '3'],
    [{ formula: 'TODAY()', result: new Date(Date.UTC(2024, 1, 29)) }, '2024-02-29'],
    [{ formula: 'NA()', result: { error: '#N/A' } }, '#N/A'],
    [{ error: '#DIV/0!' }, '#DIV/0!'],
  ] as const)('%j → %s', (value, text) => {
    expect(cellText(value as never)).toBe(text);
  });

  it('a formula without a cached result is empty and noted', () => {
    const notes: unknown[] = [];
    expect(cellText({ formula: 'B2' } as never, (n) => notes.push(n))).toBe('');
    expect(notes).toEqual([{ formulaWithoutResult: true }]);
  });

  it('dateText rounds sub-second float noise of serial dates', () => {
    expect(dateText(new Date(Date.UTC(2023, 5, 30) - 1))).toBe('2023-06-30');
  });
});

describe('sheetRows', () => {
  it('reads what Excel stores: date serials with a date format as ISO dates, merged titles once, empty rows left out', async () => {
    const data = await book([
      {
        name: 'Data',
        rows: [
          ['Laporan SKP Tahun 2023', null, null],
          [],
          ['nip', 'tanggal', 'nilai'],
          ['198703122010011002', 45291, 85.25],
          [
            '199001012015022001',
            new Date(Date.UTC(2023, 5, 30)),
            { formula: 'C4+1', result: 86.25 },
          ],
        ],
        merges: ['A1:C1'],
        numFmt: { B4: 'dd/mm/yyyy' },
      },
    ]);
    const wb = await openWorkbook(data);
    if (!wb.ok) throw new Error(wb.reason);
    const s = sheetRows(wb.workbook.worksheets[0] as never);
    expect(s.rows).toEqual([
      { line: 1, cells: ['Laporan SKP Tahun 2023', '', ''] },
      { line: 3, cells: ['nip', 'tanggal', 'nilai'] },
      { line: 4, cells: ['198703122010011002', '2023-12-31', '85.25'] },
      { line: 5, cells: ['199001012015022001', '2023-06-30', '86.25'] },
    ]);
  });

  it('a corrupt or non-XLSX file is a value, not a throw', async () => {
    for (const bytes of [new Uint8Array([]), new TextEncoder().encode('nip,nama\n1,2\n')]) {
      const wb = await openWorkbook(bytes);
      expect(wb.ok).toBe(false);
    }
  });
});
