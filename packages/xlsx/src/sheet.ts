import type { Readable } from 'node:stream';
import { getHeapStatistics } from 'node:v8';
import type { CsvRow } from '@kinerja/adapters/csv';
import type { CellValue, Row, Workbook, Worksheet } from 'exceljs';
import * as ExcelNs from 'exceljs';
import { type CellNote, cellText } from './cells.js';
import { zipEntries } from './zip.js';

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
 * Heap bytes that opening a workbook and reading its rows take per byte of its sheet XML (the
 * worksheets and the shared strings, uncompressed). Measured with `kinerja score` of a
 * generated 100,000-row appraisal sheet, the heap limit lowered until it failed: with inline
 * strings (92 MB of sheet XML) and saved again by exceljs with shared strings (74.5 MB) both
 * needed between 660 and 700 MB (7.4 and 9.1–9.6 bytes per byte). Compact cells weigh more per
 * byte: a sheet of small numbers (150,000 rows × 10 cells, 55 MB) held 470 MB once opened, 9.0
 * bytes per byte against 7.7 and 8.1 for the other two. 12 leaves a margin for such sheets: a
 * workbook is refused from about 1.3–1.6 times what it needs.
 *
 * @example
 * ```ts
 * const sheetBytes = 92_197_223; // a 100,000-row appraisal sheet, inline strings
 * sheetBytes * XLSX_HEAP_PER_SHEET_BYTE; // 1106366676: opened only with about 1.1 GB of heap left
 * ```
 */
export const XLSX_HEAP_PER_SHEET_BYTE = 12;

/**
 * What opening a workbook whole would take (see {@link workbookSize}).
 *
 * @example
 * ```ts
 * const size: WorkbookSize = { sheetBytes: 1_000_000, heapEstimate: 12_050_000 };
 * ```
 */
export interface WorkbookSize {
  /** Uncompressed bytes of its worksheets and shared strings. */
  readonly sheetBytes: number;
  /** Heap bytes opening and reading it would need: the sheet bytes times {@link XLSX_HEAP_PER_SHEET_BYTE}, plus its other entries. */
  readonly heapEstimate: number;
}

const SHEET_PART = /(^|\/)(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i;

/**
 * The uncompressed size of an `.xlsx` file's sheets and the heap opening it whole would need,
 * from its zip directory (nothing is inflated); undefined when the bytes are not a zip with a
 * readable directory. Other entries (styles, images…) count once their size.
 *
 * @example
 * ```ts no-run
 * workbookSize(fs.readFileSync('pegawai.xlsx'));
 * // { sheetBytes: 92197223, heapEstimate: 1106380477 }
 * ```
 */
export function workbookSize(data: XlsxData): WorkbookSize | undefined {
  const entries = zipEntries(toBuffer(data));
  if (entries === undefined) return undefined;
  let sheetBytes = 0;
  let other = 0;
  for (const e of entries) {
    if (SHEET_PART.test(e.name)) sheetBytes += e.size;
    else other += e.size;
  }
  return { sheetBytes, heapEstimate: sheetBytes * XLSX_HEAP_PER_SHEET_BYTE + other };
}

/** Heap this process can still allocate: its limit minus what is in use. */
function heapAvailable(): number {
  const s = getHeapStatistics();
  return s.heap_size_limit - s.used_heap_size;
}

/**
 * Options of {@link openWorkbook}.
 *
 * @example
 * ```ts no-run
 * // A server that lets one upload take at most 512 MB of heap:
 * await openWorkbook(bytes, { heapAvailable: 512 * 2 ** 20 });
 * ```
 */
export interface OpenWorkbookOptions {
  /**
   * Heap bytes the workbook may take (default: what this process's heap can still allocate);
   * `Infinity` opens any workbook.
   */
  readonly heapAvailable?: number;
}

/**
 * A workbook refused before opening: too large for the heap (see {@link openWorkbook}).
 *
 * @example
 * ```ts no-run
 * const wb = await openWorkbook(bytes);
 * if (!wb.ok && wb.tooLarge) console.log(wb.tooLarge.heapEstimate > wb.tooLarge.available); // true
 * ```
 */
export interface WorkbookTooLarge extends WorkbookSize {
  /** The heap bytes that were available. */
  readonly available: number;
}

/**
 * Opens a workbook from the bytes of an `.xlsx` file. A corrupt or non-XLSX file gives
 * `{ ok: false, reason }`, never a throw. A workbook whose sheets would need more heap than is
 * available ({@link workbookSize}, from the sizes its zip directory declares) is refused with
 * `tooLarge` before anything is inflated: exceljs holds a whole workbook in memory (about
 * 7 KB per row of 19 cells), and running out of heap ends the process with V8's "heap out of
 * memory" rather than an error a caller can catch. Save very large sheets as CSV UTF-8, which
 * `@kinerja/adapters` reads streamed.
 *
 * @example
 * ```ts
 * const wb = await openWorkbook(fs.readFileSync('laporan.xlsx'));
 * if (wb.ok) wb.workbook.worksheets.map((s) => s.name);
 * else if (wb.tooLarge) console.log(wb.tooLarge.heapEstimate, wb.tooLarge.available);
 * ```
 */
export async function openWorkbook(
  data: XlsxData,
  opts: OpenWorkbookOptions = {},
): Promise<
  { ok: true; workbook: Workbook } | { ok: false; reason: string; tooLarge?: WorkbookTooLarge }
> {
  const size = workbookSize(data);
  const available = opts.heapAvailable ?? heapAvailable();
  if (size !== undefined && size.heapEstimate > available) {
    const mb = (x: number) => Math.ceil(x / 2 ** 20);
    return {
      ok: false,
      reason: `too large to open in memory: ${mb(size.sheetBytes)} MB of sheet data need about ${mb(size.heapEstimate)} MB, ${mb(available)} MB available`,
      tooLarge: { ...size, available },
    };
  }
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
