import type { Readable } from 'node:stream';
import type { CsvRow } from '@kinerja/adapters/csv';
import type { CellValue, Row, Workbook, Worksheet } from 'exceljs';
import * as ExcelNs from 'exceljs';
import { type CellNote, cellText } from './cells.js';

/**
 * The exceljs API (`new ExcelJS.Workbook()`, `ExcelJS.stream.xlsx.WorkbookReader`), whichever
 * way this package is loaded: exceljs is CommonJS, so under Node ESM its API is the default
 * export and under CJS the module itself.
 *
 * @example
 * ```ts no-run
 * const wb = new ExcelJS.Workbook();
 * addEvaluasiKinerjaSheet(wb, { appraisal, result: evaluate(appraisal) });
 * ```
 */
export const ExcelJS = ((ExcelNs as unknown as { default?: typeof ExcelNs }).default ??
  ExcelNs) as typeof ExcelNs;

/** Bytes of an `.xlsx` file. */
export type XlsxData = Uint8Array | ArrayBuffer;

/** One sheet of a workbook as rows of cell texts (CSV-tokenizer shape; `line` = Excel row). */
export interface SheetRows {
  readonly name: string;
  /** Non-empty rows in order; `line` is the Excel row number (1-based). */
  readonly rows: readonly CsvRow[];
  /** Cells that hold a formula without a cached result (read as empty), e.g. `C7`. */
  readonly formulasWithoutResult: readonly string[];
}

/** An error of the XLSX layer: the file is not a readable workbook. */
export class XlsxReadError extends Error {
  override readonly name = 'XlsxReadError';
}

/** A one-line reason from an exceljs / unzip failure. */
export function reasonOf(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return (m.split('\n')[0] ?? '').slice(0, 200) || 'unknown error';
}

function toBuffer(data: XlsxData): Buffer {
  return Buffer.isBuffer(data)
    ? data
    : data instanceof ArrayBuffer
      ? Buffer.from(data)
      : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Opens a workbook from the bytes of an `.xlsx` file. A corrupt or non-XLSX file gives
 * `{ ok: false, reason }`, never a throw.
 *
 * @example
 * ```ts
 * const wb = await openWorkbook(fs.readFileSync('laporan.xlsx'));
 * if (wb.ok) wb.workbook.worksheets.map((s) => s.name);
 * ```
 */
export async function openWorkbook(
  data: XlsxData,
): Promise<{ ok: true; workbook: Workbook } | { ok: false; reason: string }> {
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(toBuffer(data) as never);
    return { ok: true, workbook };
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  }
}

function rowCells(row: Row, note: (n: CellNote, col: number) => void): string[] {
  const cells: string[] = [];
  const n = row.cellCount;
  for (let c = 1; c <= n; c++) {
    const cell = row.getCell(c);
    // A merged cell other than the top-left one is empty, as in a CSV export.
    if (cell.type === ExcelJS.ValueType.Merge) {
      cells.push('');
      continue;
    }
    cells.push(cellText(cell.value as CellValue, (x) => note(x, c)));
  }
  return cells;
}

function columnName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

/**
 * The rows of a worksheet as cell texts (see {@link cellText}): empty rows are left out,
 * `line` is the Excel row number, merged cells other than the top-left one are empty. With
 * `limit`, only the first `limit` non-empty rows are read (header detection).
 *
 * @example
 * ```ts
 * sheetRows(workbook.worksheets[0]).rows[0]; // { line: 1, cells: ['Laporan SKP 2023'] }
 * ```
 */
export function sheetRows(ws: Worksheet, limit = Number.POSITIVE_INFINITY): SheetRows {
  const rows: CsvRow[] = [];
  const formulas: string[] = [];
  const last = ws.rowCount;
  for (let line = 1; line <= last && rows.length < limit; line++) {
    const row = ws.findRow(line);
    if (!row?.hasValues) continue;
    const cells = rowCells(row, (n, col) => {
      if (n.formulaWithoutResult) formulas.push(`${columnName(col)}${line}`);
    });
    if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
  }
  return { name: ws.name, rows, formulasWithoutResult: formulas };
}

/** Options of {@link streamXlsxRows}. */
export interface StreamRowsOptions {
  /** Sheet to read: its name (case-insensitive) or 1-based position. Default: the first. */
  readonly sheet?: string | number;
  /** Called once with the name of the sheet being read. */
  readonly onSheet?: (name: string) => void;
}

interface ReaderInternals {
  model?: { sheets?: { id?: number; name?: string; rId?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

/** The sheet name of a streamed worksheet (`sheetN.xml`), from workbook.xml and its rels. */
function streamedName(reader: ReaderInternals, id: number): string {
  const target = `worksheets/sheet${id}.xml`;
  const rel = reader.workbookRels?.find((r) => r.Target.replace(/^\/?xl\//, '') === target);
  const sheet = reader.model?.sheets?.find((s) => s.rId === rel?.Id);
  return sheet?.name ?? `Sheet${id}`;
}

/**
 * Streams the rows of one sheet of a large `.xlsx` file (a path or a readable stream) in
 * constant memory with exceljs' `WorkbookReader`; rows are as in {@link sheetRows} (merged
 * ranges are not resolved while streaming). A corrupt file throws an {@link XlsxReadError}.
 *
 * @example
 * ```ts
 * for await (const row of streamXlsxRows('pegawai.xlsx')) console.log(row.line, row.cells);
 * ```
 */
export async function* streamXlsxRows(
  input: string | Readable,
  opts: StreamRowsOptions = {},
): AsyncGenerator<CsvRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input as never, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let position = 0;
  let found = false;
  try {
    for await (const ws of reader) {
      position++;
      const id = Number((ws as unknown as { id: number | string }).id);
      const name = streamedName(reader as unknown as ReaderInternals, id);
      const wanted =
        opts.sheet === undefined
          ? position === 1
          : typeof opts.sheet === 'number'
            ? position === opts.sheet
            : name.toLowerCase() === opts.sheet.toLowerCase();
      if (!wanted || found) {
        // Drain the sheet so the zip stream moves on.
        for await (const _ of ws) void _;
        continue;
      }
      found = true;
      opts.onSheet?.(name);
      for await (const row of ws) {
        const cells = rowCells(row, () => undefined);
        if (cells.some((c) => c.trim() !== '')) yield { line: row.number, cells };
      }
    }
  } catch (e) {
    throw new XlsxReadError(reasonOf(e));
  }
  if (!found) {
    throw new XlsxReadError(
      opts.sheet === undefined ? 'the workbook has no sheet' : `no sheet "${String(opts.sheet)}"`,
    );
  }
}
