import type { Readable } from 'node:stream';
import { type Decision, Ledger, normalizeKey } from '@kinerja/adapters';
import {
  type AppraisalCsvOptions,
  type AppraisalRow,
  type CsvRow,
  DEFAULT_ALIASES,
  isBlankRow,
  matchHeader,
  objectsByName,
  readAppraisalCsvStream,
  writeCsv,
} from '@kinerja/adapters/csv';
import {
  type PenilaianOptions,
  type PenilaianRecord,
  readPenilaian,
} from '@kinerja/adapters/ekinerja';
import type { Workbook } from 'exceljs';
import {
  fileRejected,
  headerDecision,
  locate,
  type XlsxParseResult,
  xlsxDecision,
} from './result.js';
import {
  ExcelJS,
  openWorkbook,
  type SheetRows,
  sheetRows,
  streamXlsxRows,
  type WorkbookTooLarge,
  type XlsxData,
  XlsxReadError,
} from './sheet.js';

/** An `.xlsx` file's bytes, or a workbook already opened with {@link openWorkbook}. */
export type XlsxSource = XlsxData | Workbook;

/** Which sheet to read: a name (case-insensitive) or a 1-based position. */
export interface SheetOption {
  /** Default: chosen by the reader (a known sheet name, else the first sheet with a header). */
  readonly sheet?: string | number;
}

/** The header rules of the e-Kinerja exports and the generic appraisal sheet. */
const KEYS = (names: readonly string[]) => new Set(names.map(normalizeKey));
const NIP = KEYS(['nip', 'nip_baru']);
const ID = KEYS(['id']);
const HASIL_AKHIR = KEYS(['hasil_akhir']);
const LAPORAN_SKP_MARKS = KEYS(['is_plt_plh', 'skp_status', 'skp_unor_induk', 'periode_akhir']);
const RATING_COLUMNS = KEYS([
  'hasil_kerja',
  'rating_hasil_kerja',
  'perilaku_kerja',
  'rating_perilaku',
  'hasil_akhir',
]);

type HeaderTest = (keys: ReadonlySet<string>) => boolean;

const isPenilaianHeader: HeaderTest = (k) =>
  [...ID].some((x) => k.has(x)) && [...HASIL_AKHIR].some((x) => k.has(x));
const isNipHeader: HeaderTest = (k) => [...NIP].some((x) => k.has(x));

/** Index (among the non-empty rows) of the first row within `scan` that passes `test`. */
function headerIndex(rows: readonly CsvRow[], test: HeaderTest, scan: number): number {
  for (let i = 0; i < Math.min(rows.length, scan); i++) {
    const cells = rows[i]?.cells ?? [];
    if (test(new Set(cells.map(normalizeKey)))) return i;
  }
  return -1;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'];

async function workbookOf(
  src: XlsxSource,
): Promise<
  { ok: true; workbook: Workbook } | { ok: false; reason: string; tooLarge?: WorkbookTooLarge }
> {
  if (src instanceof ExcelJS.Workbook) return { ok: true, workbook: src };
  return openWorkbook(src as XlsxData);
}

/** The rejection of a workbook that could not be opened: too large, or unreadable. */
function unopened<R extends { readonly row: number }>(wb: {
  reason: string;
  tooLarge?: WorkbookTooLarge;
}): XlsxParseResult<R> {
  if (wb.tooLarge === undefined) return fileRejected('XLSX_UNREADABLE', { reason: wb.reason });
  const mb = (x: number) => Math.ceil(x / 2 ** 20);
  return fileRejected('XLSX_TOO_LARGE', {
    sheetMb: mb(wb.tooLarge.sheetBytes),
    needMb: mb(wb.tooLarge.heapEstimate),
    availableMb: mb(wb.tooLarge.available),
  });
}

type Chosen = { ok: true; sheet: SheetRows; decision: Decision } | { ok: false; sheets: string };

/**
 * Picks the sheet: the one asked for, else the first of `preferred` names present, else the
 * first sheet whose header passes `test`, else the first sheet. The choice is a decision.
 */
function chooseSheet(
  wb: Workbook,
  opt: string | number | undefined,
  preferred: readonly string[],
  test: HeaderTest,
  scan: number,
): Chosen {
  const all = wb.worksheets;
  const sheets = all.map((s) => s.name).join(', ');
  const decide = (ws: (typeof all)[number], why: string): Chosen => ({
    ok: true,
    sheet: sheetRows(ws),
    decision: xlsxDecision('XLSX_SHEET_CHOSEN', { sheet: ws.name, why, sheets }),
  });
  if (opt !== undefined) {
    const ws =
      typeof opt === 'number'
        ? all[opt - 1]
        : all.find((s) => s.name.trim().toLowerCase() === opt.trim().toLowerCase());
    return ws ? decide(ws, 'diminta / requested') : { ok: false, sheets };
  }
  for (const name of preferred) {
    const ws = all.find((s) => s.name.trim().toLowerCase() === name);
    if (ws) return decide(ws, `nama sheet "${name}" / sheet name "${name}"`);
  }
  for (const ws of all) {
    if (headerIndex(sheetRows(ws, scan).rows, test, scan) >= 0) {
      return {
        ok: true,
        sheet: sheetRows(ws),
        decision: xlsxDecision('XLSX_SHEET_CHOSEN', {
          sheet: ws.name,
          why: 'sheet pertama dengan baris judul kolom / first sheet with a header row',
          sheets,
        }),
      };
    }
  }
  const first = all[0];
  return first ? decide(first, 'sheet pertama / first sheet') : { ok: false, sheets };
}

function formulaDecisions(s: SheetRows): Decision[] {
  if (s.formulasWithoutResult.length === 0) return [];
  const shown = s.formulasWithoutResult.slice(0, 20).join(', ');
  const more = s.formulasWithoutResult.length > 20 ? ' …' : '';
  return [xlsxDecision('XLSX_FORMULA_NO_RESULT', { cells: `${s.name}!${shown}${more}` })];
}

/** Options of {@link readLaporanPenilaianXlsx} and {@link readLaporanSkpXlsx}. */
export interface LaporanXlsxOptions extends PenilaianOptions, SheetOption {
  /** How many leading non-empty rows to scan for the header row (default 20). */
  readonly headerScan?: number;
}

async function readLaporan(
  src: XlsxSource,
  opts: LaporanXlsxOptions,
  preferred: readonly string[],
  test: HeaderTest,
): Promise<XlsxParseResult<PenilaianRecord>> {
  const wb = await workbookOf(src);
  if (!wb.ok) return unopened(wb);
  if (wb.workbook.worksheets.length === 0) return fileRejected('XLSX_NO_SHEET', undefined);
  const scan = opts.headerScan ?? 20;
  const chosen = chooseSheet(wb.workbook, opts.sheet, preferred, test, scan);
  if (!chosen.ok) {
    return fileRejected('XLSX_SHEET_NOT_FOUND', {
      sheet: String(opts.sheet),
      sheets: chosen.sheets,
    });
  }
  const { sheet, decision } = chosen;
  const notes = formulaDecisions(sheet);
  const rows = sheet.rows.filter((r) => !isBlankRow(r));
  const h = headerIndex(rows, test, scan);
  if (h < 0) {
    // No header: every row is reported, nothing is dropped silently.
    const l = new Ledger<PenilaianRecord>(rows.length);
    rows.forEach((r, i) => {
      l.reject(i + 1, [], 'CSV_HEADER_NOT_FOUND', { rows: scan }, r.cells);
    });
    return locate(
      l.finish(),
      sheet.name,
      rows.map((r) => r.line),
      { before: [decision], after: notes },
    );
  }
  const head = rows[h] as CsvRow;
  const match = matchHeader(head, h, {});
  const data = rows.slice(h + 1);
  // Every column by its header name (the e-Kinerja row reader matches names case-insensitively);
  // columns under one name keep the first one's value, and where they differ is reported.
  const byName = objectsByName(match, data);
  const read = readPenilaian(byName.objects, opts);
  const result =
    byName.decisions.length === 0
      ? read
      : { ...read, decisions: [...byName.decisions, ...read.decisions] };
  return locate(
    result,
    sheet.name,
    data.map((r) => r.line),
    {
      headerRow: head.line,
      before: [decision, ...(h > 0 || head.line > 1 ? [headerDecision(head.line)] : [])],
      after: notes,
    },
  );
}

/**
 * Reads the BKN e-Kinerja **"Laporan Penilaian SKP"** admin export (`.xlsx`): the sheet is the
 * one asked for (`sheet: 'mar'`), else `tahunan`, else the first monthly sheet `jan…des` or any
 * sheet with a header row — the choice is reported as a decision. The header row (the one with
 * `id` and `hasil_akhir`) is found below the merged report title; rows are then read by the
 * e-Kinerja reader of `@kinerja/adapters` (`CUKUP` ≡ Butuh Perbaikan, "-" empty, PLT/PLH
 * excluded, latest `periode_akhir` kept after mutasi). NIPs stored as Excel numbers are rejected
 * (`NIP_SCIENTIFIC_NOTATION`), never guessed. A corrupt file gives one `XLSX_UNREADABLE`
 * rejection.
 *
 * @example
 * ```ts no-run
 * const r = await readLaporanPenilaianXlsx(fs.readFileSync('laporan-penilaian.xlsx'));
 * r.sheet; // 'tahunan'
 * r.counts; // { input, accepted, rejected, excluded }
 * ```
 */
export function readLaporanPenilaianXlsx(
  src: XlsxSource,
  opts: LaporanXlsxOptions = {},
): Promise<XlsxParseResult<PenilaianRecord>> {
  return readLaporan(src, opts, ['tahunan', ...MONTHS], isPenilaianHeader);
}

/**
 * Reads the BKN e-Kinerja **"Laporan SKP"** admin export (`.xlsx`): sheet "Laporan SKP" (or
 * the one asked for, or the first with a header), header row found by scanning the first 20
 * rows for `nip`, rows read by the e-Kinerja reader of `@kinerja/adapters` (`is_plt_plh`
 * excluded, latest `periode_akhir` kept for a NIP seen twice after mutasi), each decision
 * reported.
 *
 * @example
 * ```ts no-run
 * const r = await readLaporanSkpXlsx(fs.readFileSync('laporan-skp.xlsx'));
 * r.excluded; // PLT/PLH rows and duplicates after mutasi, with their codes
 * ```
 */
export function readLaporanSkpXlsx(
  src: XlsxSource,
  opts: LaporanXlsxOptions = {},
): Promise<XlsxParseResult<PenilaianRecord>> {
  return readLaporan(src, opts, ['laporan skp'], isNipHeader);
}

/** Options of {@link readAppraisalXlsx}: the CSV reader's column mapping, plus the sheet. */
export interface AppraisalXlsxOptions
  extends Omit<AppraisalCsvOptions, 'delimiter' | 'onUnterminated'>,
    SheetOption {}

function nipHeaderTest(opts: AppraisalXlsxOptions): HeaderTest {
  const keys = KEYS([...(opts.columns?.nip ?? []), ...DEFAULT_ALIASES.nip]);
  return (k) => [...keys].some((x) => k.has(x));
}

/** One sheet row as one CSV record (RFC 4180, no neutralisation: the cells are data). */
const csvRecord = (r: CsvRow) => writeCsv([r.cells], { neutralize: false, eol: '\n' });

/**
 * Feeds sheet rows to the CSV appraisal reader of `@kinerja/adapters` (one implementation of
 * the column mapping for both formats) and keeps the Excel row of every data record.
 */
async function readRows(
  rows: AsyncIterable<CsvRow> | Iterable<CsvRow>,
  opts: AppraisalXlsxOptions,
  onLine: (line: number) => void,
): Promise<ReturnType<typeof readAppraisalCsvStream>> {
  const { sheet: _sheet, ...csvOpts } = opts;
  async function* text(): AsyncGenerator<string> {
    for await (const r of rows) {
      if (isBlankRow(r)) continue;
      onLine(r.line);
      yield csvRecord(r);
    }
  }
  return readAppraisalCsvStream(text(), { ...csvOpts, delimiter: ',' });
}

/** Excel rows of the data records: the non-empty rows after the header (or all, without one). */
function dataLines(lines: readonly number[], headerAt: number): number[] {
  return headerAt < 0 ? [...lines] : lines.slice(headerAt + 1);
}

/**
 * Reads an appraisal sheet (one row per pegawai and period, PermenPANRB 6/2022 ratings) with
 * the same column mapping, aliases, defaults and rejections as `readAppraisalCsv` of
 * `@kinerja/adapters/csv`: report titles above the header are skipped, unmapped columns kept
 * under `extra`, a stored predikat kept for audits. Cells are read as a CSV export would carry
 * them (dates as ISO dates, numbers exactly, NIPs stored as numbers rejected). `line` of each
 * record is its Excel row.
 *
 * @example
 * ```ts no-run
 * const r = await readAppraisalXlsx(fs.readFileSync('pegawai.xlsx'), { columns: { nip: ['NIP Pegawai'] } });
 * r.records.map((x) => evaluate(x.appraisal).predikat?.code);
 * ```
 */
export async function readAppraisalXlsx(
  src: XlsxSource,
  opts: AppraisalXlsxOptions = {},
): Promise<XlsxParseResult<AppraisalRow>> {
  const wb = await workbookOf(src);
  if (!wb.ok) return unopened(wb);
  if (wb.workbook.worksheets.length === 0) return fileRejected('XLSX_NO_SHEET', undefined);
  const scan = opts.headerScan ?? 30;
  const test = nipHeaderTest(opts);
  const chosen = chooseSheet(wb.workbook, opts.sheet, [], test, scan);
  if (!chosen.ok) {
    return fileRejected('XLSX_SHEET_NOT_FOUND', {
      sheet: String(opts.sheet),
      sheets: chosen.sheets,
    });
  }
  const { sheet, decision } = chosen;
  const lines: number[] = [];
  const r = await readRows(sheet.rows, opts, (l) => lines.push(l));
  const nonBlank = sheet.rows.filter((x) => !isBlankRow(x));
  const h = headerIndex(nonBlank, test, scan);
  return relined(r, sheet.name, dataLines(lines, h), {
    ...(h >= 0 ? { headerRow: nonBlank[h]?.line as number } : {}),
    before: [decision],
    after: formulaDecisions(sheet),
  });
}

/** {@link locate}, and `line` of each record set to its Excel row (the CSV line is internal). */
function relined(
  r: Awaited<ReturnType<typeof readAppraisalCsvStream>>,
  sheet: string,
  lines: readonly number[],
  extra: Parameters<typeof locate>[3],
): XlsxParseResult<AppraisalRow> {
  const located = locate(r, sheet, lines, extra);
  return {
    ...located,
    records: located.records.map((x) => ({ ...x, line: x.sheetRow ?? x.line })),
  };
}

/**
 * Streaming variant of {@link readAppraisalXlsx} for large files (a path or a readable
 * stream): rows are streamed with exceljs' `WorkbookReader` and fed to the CSV appraisal
 * reader as they come, so the workbook is never held in memory. Sheet: `sheet` (name or
 * position), else the first. A corrupt file gives one `XLSX_UNREADABLE` rejection.
 *
 * @example
 * ```ts no-run
 * const r = await readAppraisalXlsxStream('pegawai-besar.xlsx');
 * r.counts.input === r.counts.accepted + r.counts.rejected + r.counts.excluded; // true
 * ```
 */
export async function readAppraisalXlsxStream(
  input: string | Readable,
  opts: AppraisalXlsxOptions = {},
): Promise<XlsxParseResult<AppraisalRow>> {
  const scan = opts.headerScan ?? 30;
  const test = nipHeaderTest(opts);
  let name = '';
  const lines: number[] = [];
  let headerAt = -1;
  let headerRow: number | undefined;
  let seen = 0;
  try {
    const rows = streamXlsxRows(input, {
      ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
      onSheet: (n) => {
        name = n;
      },
    });
    async function* watched(): AsyncGenerator<CsvRow> {
      for await (const row of rows) {
        if (!isBlankRow(row)) {
          if (headerAt < 0 && seen < scan && test(new Set(row.cells.map(normalizeKey)))) {
            headerAt = seen;
            headerRow = row.line;
          }
          seen++;
        }
        yield row;
      }
    }
    const r = await readRows(watched(), opts, (l) => lines.push(l));
    return relined(r, name, dataLines(lines, headerAt), {
      ...(headerRow !== undefined ? { headerRow } : {}),
    });
  } catch (e) {
    if (e instanceof XlsxReadError) return fileRejected('XLSX_UNREADABLE', { reason: e.message });
    throw e;
  }
}

/** The kinds of sheet {@link detectXlsxLayout} tells apart. */
export type XlsxLayout = 'laporan-penilaian-skp' | 'laporan-skp' | 'appraisal';

/**
 * Tells which reader fits a workbook: a header with `id` and `hasil_akhir` (or monthly
 * `jan…des`/`tahunan` sheets) is the e-Kinerja "Laporan Penilaian SKP"; a `nip` header with
 * e-Kinerja SKP columns (`is_plt_plh`, `skp_status`, …) and no ratings, or a sheet named
 * "Laporan SKP", is "Laporan SKP"; another `nip` header is a generic appraisal sheet.
 * Undefined when no sheet has a header row in its first 30 rows.
 *
 * @example
 * ```ts no-run
 * const wb = await openWorkbook(bytes);
 * if (wb.ok) detectXlsxLayout(wb.workbook); // 'laporan-penilaian-skp'
 * ```
 */
export function detectXlsxLayout(wb: Workbook): XlsxLayout | undefined {
  let found: XlsxLayout | undefined;
  for (const ws of wb.worksheets) {
    const rows = sheetRows(ws, 30).rows;
    if (headerIndex(rows, isPenilaianHeader, 20) >= 0) return 'laporan-penilaian-skp';
    const h = headerIndex(rows, isNipHeader, 30);
    if (h < 0) continue;
    const keys = new Set((rows[h]?.cells ?? []).map(normalizeKey));
    const skp =
      ws.name.trim().toLowerCase() === 'laporan skp' ||
      ([...LAPORAN_SKP_MARKS].some((k) => keys.has(k)) &&
        ![...RATING_COLUMNS].some((k) => keys.has(k)));
    found ??= skp ? 'laporan-skp' : 'appraisal';
  }
  return found;
}
