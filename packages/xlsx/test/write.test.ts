import {
  parseCsv,
  readAppraisalCsv,
  unneutralizeCell,
  writeAppraisalCsv,
  writeResultsCsv,
} from '@kinerja/adapters/csv';
import { type AppraisalInput, evaluate, RATINGS } from '@kinerja/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  openWorkbook,
  readAppraisalXlsx,
  SheetTooLargeError,
  sheetRows,
  writeAppraisalXlsx,
  writeResultsXlsx,
  writeTableXlsx,
  XLSX_MAX_ROWS,
} from '../src/index.js';

const DANGEROUS = [
  "=cmd|' /C calc'!A0",
  '+1',
  '-1',
  '-1+2',
  '@SUM(A1:A2)',
  '\t=1',
  '\r=1',
  "'=already",
  'tab\tinside',
  'baris\nbaru',
  'Ñoño 日本語 🙂',
  '"quoted", with comma',
  '198703122010011002198703122010011002',
  '1.98703E+17',
  '0012',
  'ctl\u0001\u001f\u007f',
  'literal _x000D_ and _x005F_',
  'cr\r\nlf',
];

const text = fc.oneof(
  fc.constantFrom(...DANGEROUS),
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
);
/** Trimmed non-empty text other than a lone dash (the readers trim cells and read "-" as empty). */
const name = text.map((s) => s.trim()).filter((s) => s !== '' && !/^[-–—]$/.test(s));

const nipArb = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 })
  .map((d) => d.join(''));

function appraisal(nip: string, nama: string, unit: string, i: number): AppraisalInput {
  return {
    id: `a${i}`,
    pegawai: {
      nip,
      nama,
      jabatan: { jenis: 'PELAKSANA', nama: unit },
      unitKerja: { nama: unit },
    },
    periode: { jenis: 'TAHUNAN', mulai: '2023-01-01', selesai: '2023-12-31' },
    ratingHasilKerja: RATINGS[i % 3],
    ratingPerilaku: RATINGS[(i + 1) % 3],
    catatan: nama,
  };
}

async function cellsOf(bytes: Uint8Array): Promise<{ values: unknown[][]; fmt: string[][] }> {
  const wb = await openWorkbook(bytes);
  if (!wb.ok) throw new Error(wb.reason);
  const ws = wb.workbook.worksheets[0];
  const values: unknown[][] = [];
  const fmt: string[][] = [];
  ws?.eachRow((row) => {
    const v: unknown[] = [];
    const f: string[] = [];
    row.eachCell({ includeEmpty: true }, (c) => {
      v.push(c.value);
      f.push(c.numFmt ?? '');
    });
    values.push(v);
    fmt.push(f);
  });
  return { values, fmt };
}

async function tableBack(bytes: Uint8Array, width: number): Promise<string[][]> {
  const wb = await openWorkbook(bytes);
  if (!wb.ok) throw new Error(wb.reason);
  return sheetRows(wb.workbook.worksheets[0] as never).rows.map((r) => {
    const cells = r.cells.map(unneutralizeCell);
    while (cells.length < width) cells.push('');
    return cells;
  });
}

describe('writeResultsXlsx', () => {
  it('round trip: the results table reads back equal to the CSV table, every cell a neutralised string, NIP as text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(nipArb, name, text), { minLength: 1, maxLength: 6 }),
        async (rows) => {
          const results = rows.map(([nip, nama, unit], i) =>
            evaluate(appraisal(nip, nama, unit, i)),
          );
          const bytes = await writeResultsXlsx(results);
          const expected = parseCsv(writeResultsCsv(results, { neutralize: false }), {
            delimiter: ',',
          }).rows.map((r) => [...r.cells]);
          const width = expected[0]?.length ?? 0;
          expect(await tableBack(bytes, width)).toEqual(expected);
          const { values, fmt } = await cellsOf(bytes);
          for (const row of values) {
            for (const v of row) {
              // Strings only (no number, no formula object), and nothing that starts a formula.
              expect(v === null || typeof v === 'string').toBe(true);
              if (typeof v === 'string') expect(v).not.toMatch(/^[=+@\t\r]|^-(?!\d+([.,]\d+)?$)/);
            }
          }
          expect(fmt.slice(1).every((f) => f[0] === '@')).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('an 18-digit NIP stays text (not a number Excel would round)', async () => {
    const r = evaluate(appraisal('198703122010011002', 'Siti', 'Dinas A', 0));
    const { values, fmt } = await cellsOf(await writeResultsXlsx([r]));
    expect(values[1]?.[0]).toBe('198703122010011002');
    expect(fmt[1]?.[0]).toBe('@');
  });
});

describe('writeAppraisalXlsx', () => {
  it('round trip: readAppraisalXlsx(writeAppraisalXlsx(rows)) reads what readAppraisalCsv(writeAppraisalCsv(rows)) reads', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(nipArb, name, name), { minLength: 1, maxLength: 5 }),
        async (rows) => {
          const inputs = rows.map(([nip, nama, unit], i) => appraisal(nip, nama, unit, i));
          const viaCsv = readAppraisalCsv(writeAppraisalCsv(inputs));
          const viaXlsx = await readAppraisalXlsx(await writeAppraisalXlsx(inputs));
          expect(viaXlsx.counts).toEqual(viaCsv.counts);
          expect(viaXlsx.records.map((r) => r.appraisal)).toEqual(
            viaCsv.records.map((r) => r.appraisal),
          );
          expect(viaXlsx.records.map((r) => r.appraisal.pegawai.nama)).toEqual(
            rows.map(([, nama]) => nama),
          );
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('writeTableXlsx', () => {
  it('round trip: any table of strings reads back equal (long digit strings in the NIP column stay text)', async () => {
    const cell = fc.oneof(
      text,
      fc.constant(''),
      fc.stringMatching(/^\d{16,40}$/),
      fc.double({ noNaN: true }).map(String),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.stringMatching(/^\d{18,30}$/), cell, cell), {
          minLength: 1,
          maxLength: 8,
        }),
        async (rows) => {
          const table = [['nip', 'nama', 'catatan'], ...rows.map((r) => [...r])];
          const back = await tableBack(await writeTableXlsx(table), 3);
          // Rows whose cells are all blank are not records (as blank CSV lines).
          expect(back).toEqual(table.filter((r) => r.some((c) => c.trim() !== '')));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('neutralises formula starts but leaves plain negative numbers', async () => {
    const { values } = await cellsOf(
      await writeTableXlsx([
        ['nip', 'a', 'b', 'c'],
        ['198703122010011002', '=1+2', '-5', '@x'],
      ]),
    );
    expect(values[1]).toEqual(['198703122010011002', "'=1+2", '-5', "'@x"]);
  });

  it('refuses a table longer than an Excel sheet (rows would be lost), and writes one that fits', async () => {
    expect(XLSX_MAX_ROWS).toBe(1_048_576);
    const row = ['1'];
    const over = new Array<readonly string[]>(XLSX_MAX_ROWS + 1).fill(row);
    const e = await writeTableXlsx(over).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SheetTooLargeError);
    expect(e).toMatchObject({ code: 'XLSX_TOO_MANY_ROWS', rows: 1_048_577 });
    expect((e as Error).message).toBe(
      '1,048,577 rows (header included) do not fit an Excel sheet, which holds at most 1,048,576: write CSV or JSON instead',
    );
    expect((await writeTableXlsx([['nip'], ['198703122010011002']])).length).toBeGreaterThan(0);
  });
});
