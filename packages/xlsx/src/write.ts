import {
  type AppraisalRow,
  neutralizeCell,
  parseCsv,
  writeAppraisalCsv,
  writeResultsCsv,
} from '@kinerja/adapters/csv';
import type { AppraisalInput, EvaluationResult } from '@kinerja/core';
import type { Workbook, Worksheet } from 'exceljs';
import { ExcelJS } from './sheet.js';

/** Options of {@link writeTableXlsx}. */
export interface TableXlsxOptions {
  /** Sheet name (default `Sheet1`). */
  readonly sheet?: string;
  /** Header names of columns formatted as text (`@`), e.g. `['nip']`; `nip` columns always are. */
  readonly textColumns?: readonly string[];
}

/** Excel's limit on sheet names: 31 characters, none of `: \ / ? * [ ]`. */
export function safeSheetName(name: string): string {
  const s = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .trim()
    .slice(0, 31);
  return s === '' ? 'Sheet1' : s;
}

/** The bytes of a workbook. */
export async function workbookBytes(wb: Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/**
 * Escapes a string the way Excel stores it (OOXML `ST_Xstring`): characters XML cannot carry
 * (control characters, and CR, which XML turns into LF) become `_xHHHH_`, and a literal
 * `_xHHHH_` gets its `_` escaped as `_x005F_`. exceljs decodes these when reading, Excel when
 * opening, so every string — tabs, CRs, control characters included — reads back unchanged.
 *
 * @example
 * ```ts
 * xlsxText('a\rb'); // 'a_x000D_b'
 * ```
 */
export function xlsxText(value: string): string {
  return value.replace(/_x([0-9A-F]{4})_/g, '_x005F_x$1_').replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters escaped
    /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\u007F]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/**
 * Writes one string cell: formula injection neutralised (a leading `'` before `=`, `+`, `-`,
 * `@`, tab or CR, as `neutralizeCell` of `@kinerja/adapters/csv`), always a string value,
 * never a formula; empty strings leave the cell empty.
 */
export function putText(ws: Worksheet, row: number, col: number, value: string, text = false) {
  const cell = ws.getCell(row, col);
  cell.value = value === '' ? null : xlsxText(neutralizeCell(value));
  if (text) cell.numFmt = '@';
  return cell;
}

/**
 * Rows of an Excel worksheet, the header row included: Excel opens no sheet with more, so
 * {@link addTableSheet} and {@link writeTableXlsx} refuse a larger table
 * ({@link SheetTooLargeError}) rather than write a workbook that loses rows.
 *
 * @example
 * ```ts
 * const rows = [['nip', 'nama'], ['199001012015031001', 'Ani']];
 * rows.length <= XLSX_MAX_ROWS; // true: the table fits one sheet
 * ```
 */
export const XLSX_MAX_ROWS = 1_048_576;

/**
 * A table with more rows than an Excel sheet holds ({@link XLSX_MAX_ROWS}); `code` is
 * `XLSX_TOO_MANY_ROWS`, `rows` the table's rows (header included).
 *
 * @example
 * ```ts
 * const rows = Array.from({ length: XLSX_MAX_ROWS + 1 }, (_, i) => [String(i)]);
 * await writeTableXlsx(rows).catch((e) => e instanceof SheetTooLargeError && e.rows); // 1048577
 * ```
 */
export class SheetTooLargeError extends RangeError {
  override readonly name = 'SheetTooLargeError';
  readonly code = 'XLSX_TOO_MANY_ROWS';
  constructor(readonly rows: number) {
    super(
      `${rows.toLocaleString('en-US')} rows (header included) do not fit an Excel sheet, which holds at most ${XLSX_MAX_ROWS.toLocaleString('en-US')}: write CSV or JSON instead`,
    );
  }
}

/** Adds a sheet with a header row and string rows to a workbook (see {@link writeTableXlsx}). */
export function addTableSheet(
  wb: Workbook,
  rows: readonly (readonly string[])[],
  opts: TableXlsxOptions = {},
): Worksheet {
  if (rows.length > XLSX_MAX_ROWS) throw new SheetTooLargeError(rows.length);
  const ws = wb.addWorksheet(safeSheetName(opts.sheet ?? 'Sheet1'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const header = rows[0] ?? [];
  const textCols = new Set(['nip', ...(opts.textColumns ?? [])].map((c) => c.toLowerCase()));
  const isText = header.map((h) => textCols.has(h.toLowerCase()) || /(^|_)nip$/i.test(h));
  rows.forEach((cells, i) => {
    cells.forEach((v, j) => {
      putText(ws, i + 1, j + 1, v, i > 0 && isText[j] === true);
    });
  });
  if (header.length > 0) ws.getRow(1).font = { bold: true };
  header.forEach((h, j) => {
    const longest = Math.max(
      h.length,
      ...rows.slice(1, 200).map((r) => Math.min((r[j] ?? '').length, 60)),
    );
    ws.getColumn(j + 1).width = Math.max(8, longest + 2);
  });
  return ws;
}

/**
 * Writes a table (first row = header) as an `.xlsx` workbook: every cell a string with formula
 * injection neutralised, NIP columns formatted as text so Excel never turns an 18-digit NIP
 * into a number. Reading it back with {@link sheetRows} and `unneutralizeCell` gives the same
 * strings.
 *
 * @example
 * ```ts no-run
 * fs.writeFileSync('t.xlsx', await writeTableXlsx([['nip', 'nama'], ['198703122010011002', '=cmd']]));
 * ```
 */
export async function writeTableXlsx(
  rows: readonly (readonly string[])[],
  opts: TableXlsxOptions = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  addTableSheet(wb, rows, opts);
  return workbookBytes(wb);
}

/** The cells of a table written by one of the adapters' CSV writers (same columns, same text). */
function tableOf(csv: string): string[][] {
  return parseCsv(csv, { delimiter: ',' }).rows.map((r) => [...r.cells]);
}

/**
 * Writes evaluation results as an `.xlsx` table with exactly the columns and values of
 * `writeResultsCsv` (identity, period, ruleset, ratings, predikat, every `nilai_*`, issue and
 * warning codes), sheet "Hasil"; formula injection neutralised, NIP as text.
 *
 * @example
 * ```ts no-run
 * fs.writeFileSync('hasil.xlsx', await writeResultsXlsx(evaluateMany(appraisals).results));
 * ```
 */
export async function writeResultsXlsx(
  results: readonly EvaluationResult[],
  opts: TableXlsxOptions = {},
): Promise<Uint8Array> {
  return writeTableXlsx(tableOf(writeResultsCsv(results, { neutralize: false })), {
    sheet: 'Hasil',
    ...opts,
  });
}

/**
 * Writes appraisal rows as an `.xlsx` table with the canonical columns of `writeAppraisalCsv`
 * (and any `extra` columns): `readAppraisalXlsx(await writeAppraisalXlsx(rows))` gives the same
 * appraisals, stored predikat and extra values.
 *
 * @example
 * ```ts no-run
 * const bytes = await writeAppraisalXlsx((await readAppraisalXlsx(input)).records);
 * ```
 */
export async function writeAppraisalXlsx(
  rows: readonly (AppraisalRow | AppraisalInput)[],
  opts: TableXlsxOptions = {},
): Promise<Uint8Array> {
  return writeTableXlsx(tableOf(writeAppraisalCsv(rows, { neutralize: false })), {
    sheet: 'Penilaian',
    textColumns: ['penilai_nip'],
    ...opts,
  });
}
