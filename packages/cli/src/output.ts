import { open, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parseCsv, unneutralizeCell, writeCsv, writeResultsCsv } from '@kinerja/adapters/csv';
import type { Locale } from '@kinerja/core';
import { fail, failFs } from './errors.js';
import type { CliRejection, FileDecision } from './input.js';
import { withPart } from './parts.js';
import type { RunSummary, Scored } from './pipeline.js';
import type { RejectionLog } from './rejections.js';
import { toScoreResult } from './schemas.js';
import { xlsx } from './xlsx.js';

/**
 * Writes a file (creating its directory) through a part file renamed into place, so the file
 * is whole or as it was — never cut short by a full disk or an interrupted run (the part file
 * is removed then); file-system errors become one-line CLI errors.
 */
export async function writeOut(
  cwd: string,
  file: string,
  content: string | Uint8Array,
): Promise<string> {
  const path = resolve(cwd, file);
  try {
    await withPart(path, file, (part) =>
      typeof content === 'string' ? writeFile(part, content, 'utf8') : writeFile(part, content),
    );
  } catch (e) {
    failFs(file, e, 'cannot write ');
  }
  return path;
}

/** The result file format: `--format`, else from the extension (`.csv` → csv), else json. */
export function formatOf(file: string, format: string | undefined): 'json' | 'csv' {
  if (format === 'json' || format === 'csv') return format;
  return extname(file).toLowerCase() === '.csv' ? 'csv' : 'json';
}

/** An output file format, `xlsx` included. */
export type OutputFormat = 'json' | 'csv' | 'xlsx';

/**
 * The output file format: `--format`, else from the extension (`.xlsx` → xlsx, `.csv` → csv),
 * else json.
 */
export function outputFormatOf(file: string, format: string | undefined): OutputFormat {
  if (format === 'xlsx' || (format === undefined && extname(file).toLowerCase() === '.xlsx')) {
    return 'xlsx';
  }
  return formatOf(file, format);
}

/**
 * A CSV table written by the CLI (cells neutralised by `writeCsv`) as an `.xlsx` workbook with
 * the same cells: each cell is un-neutralised once and neutralised again by the XLSX writer,
 * so the text is exactly the CSV's and no cell can run as a formula.
 */
export async function xlsxFromCsv(csv: string, sheet: string): Promise<Uint8Array> {
  const rows = parseCsv(csv, { delimiter: ',' }).rows.map((r) => r.cells.map(unneutralizeCell));
  return (await xlsx()).writeTableXlsx(rows, { sheet });
}

/** Results as JSON (the score-result schema) or CSV (formula injection neutralised). */
export function resultsText(scored: readonly Scored[], format: 'json' | 'csv'): string {
  if (format === 'csv') return writeResultsCsv(scored.map((s) => s.result));
  return `${JSON.stringify(
    scored.map((s) => toScoreResult(s.item.file, s.item.row, s.result)),
    null,
    2,
  )}\n`;
}

/**
 * The rejections table's header: file, row, path, code, message_id, message_en — plus sheet
 * and sheet_row (the Excel row) when a rejection comes from an `.xlsx` input (`located`), and a
 * last column source (`input` or `master`) when rows of the `--master` file are rejected
 * (`sourced`).
 */
function rejectionsHeader(located: boolean, sourced: boolean): string[] {
  return [
    'file',
    'row',
    ...(located ? ['sheet', 'sheet_row'] : []),
    'path',
    'code',
    'message_id',
    'message_en',
    ...(sourced ? ['source'] : []),
  ];
}

/** A rejection as a row of the table {@link rejectionsHeader} heads. */
function rejectionRow(r: CliRejection, located: boolean, sourced: boolean): string[] {
  return [
    r.file,
    String(r.row),
    ...(located ? [r.sheet ?? '', r.sheetRow === undefined ? '' : String(r.sheetRow)] : []),
    r.path.join('.'),
    r.code,
    r.message.id,
    r.message.en,
    ...(sourced ? [r.source ?? 'input'] : []),
  ];
}

/** The rejections table (see {@link rejectionsHeader}). */
function rejectionsTable(rejections: readonly CliRejection[]): string[][] {
  const located = rejections.some((r) => r.sheetRow !== undefined);
  const sourced = rejections.some((r) => r.source !== undefined);
  return [
    rejectionsHeader(located, sourced),
    ...rejections.map((r) => rejectionRow(r, located, sourced)),
  ];
}

/**
 * Rejections as JSON or CSV (file, row, [sheet, sheet_row,] path, code, message_id, message_en
 * [, source]).
 */
export function rejectionsText(
  rejections: readonly CliRejection[],
  format: 'json' | 'csv',
): string {
  if (format === 'json') return `${JSON.stringify(rejections, null, 2)}\n`;
  return writeCsv(rejectionsTable(rejections));
}

/** Rejections serialised at a time by {@link writeRejections}. */
const WRITE_ROWS = 5_000;

/**
 * Writes the rejections of `log` to `path` as {@link rejectionsText} would write them all,
 * byte for byte, a few thousand at a time: a spooled log is streamed from its spool, so
 * writing it takes no more memory than a block.
 */
async function writeRejectionsText(
  path: string,
  log: RejectionLog,
  format: 'json' | 'csv',
): Promise<void> {
  const fh = await open(path, 'w');
  try {
    const { located, sourced } = log;
    let n = 0;
    if (format === 'csv') await fh.write(writeCsv([rejectionsHeader(located, sourced)]));
    for await (const block of log.blocks()) {
      for (let i = 0; i < block.length; i += WRITE_ROWS) {
        const part = block.slice(i, i + WRITE_ROWS);
        let text: string;
        if (format === 'csv') text = writeCsv(part.map((r) => rejectionRow(r, located, sourced)));
        else {
          // Each element as `JSON.stringify(array, null, 2)` lays it out: indented by two.
          text = '';
          for (const r of part) {
            text += `${n === 0 ? '[\n  ' : ',\n  '}${JSON.stringify(r, null, 2).replaceAll('\n', '\n  ')}`;
            n++;
          }
        }
        await fh.write(text);
      }
    }
    if (format === 'json') await fh.write(n === 0 ? '[]\n' : '\n]\n');
  } finally {
    await fh.close();
  }
}

/**
 * Writes the rejections of a run to `file` (relative to `cwd`) as JSON, CSV (both streamed,
 * see {@link writeRejectionsText}) or an `.xlsx` workbook (sheet "Ditolak", built in memory: a
 * sheet holds at most 1,048,576 rows, refused before any is read back), through a part file
 * renamed into place; returns the absolute path.
 *
 * @example
 * ```ts
 * await writeRejections(io.cwd, 'ditolak.csv', run.rejections, 'csv');
 * ```
 */
export async function writeRejections(
  cwd: string,
  file: string,
  log: RejectionLog,
  format: OutputFormat,
): Promise<string> {
  if (format === 'xlsx') {
    const { SheetTooLargeError, XLSX_MAX_ROWS } = await xlsx();
    const bytes = await sheetOrFail('--rejections', file, async () => {
      if (log.count + 1 > XLSX_MAX_ROWS) throw new SheetTooLargeError(log.count + 1);
      return rejectionsOutput(await log.all(), 'xlsx');
    });
    return writeOut(cwd, file, bytes);
  }
  const path = resolve(cwd, file);
  try {
    await withPart(path, file, (part) => writeRejectionsText(part, log, format));
  } catch (e) {
    failFs(file, e, 'cannot write ');
  }
  return path;
}

/**
 * Builds an output with `build`, and turns a table too long for an Excel sheet (the workbook
 * package's `XLSX_TOO_MANY_ROWS`) into the command's one-line error naming the option.
 *
 * @example
 * ```ts
 * const bytes = await sheetOrFail('--out', 'hasil.xlsx', () => xlsxFromCsv(csv, 'Hasil'));
 * ```
 */
export async function sheetOrFail<T>(
  flag: string,
  path: string,
  build: () => Promise<T>,
): Promise<T> {
  try {
    return await build();
  } catch (e) {
    if ((e as { code?: unknown }).code === 'XLSX_TOO_MANY_ROWS') {
      fail(`${flag} ${path}: ${(e as Error).message}`);
    }
    throw e;
  }
}

/** Rejections as JSON, CSV or an `.xlsx` workbook (sheet "Ditolak"). */
export async function rejectionsOutput(
  rejections: readonly CliRejection[],
  format: OutputFormat,
): Promise<string | Uint8Array> {
  if (format === 'xlsx') {
    return (await xlsx()).writeTableXlsx(rejectionsTable(rejections), { sheet: 'Ditolak' });
  }
  return rejectionsText(rejections, format);
}

/** At most this many row numbers are listed per decision in the text outputs. */
export const DECISION_ROWS_SHOWN = 10;

/**
 * The row numbers of a decision for display: the first {@link DECISION_ROWS_SHOWN}, then how
 * many more.
 *
 * @example
 * ```ts
 * decisionRowsText([1, 2, 3], 'en'); // 'rows 1, 2, 3'
 * ```
 */
export function decisionRowsText(rows: readonly number[], lang: Locale): string {
  const word = lang === 'id' ? 'baris' : rows.length === 1 ? 'row' : 'rows';
  const shown = rows.slice(0, DECISION_ROWS_SHOWN).join(', ');
  const more = rows.length - DECISION_ROWS_SHOWN;
  return more > 0
    ? `${rows.length} ${word}: ${shown}, … (+${more} ${lang === 'id' ? 'lagi' : 'more'})`
    : `${word} ${shown}`;
}

/**
 * The decisions of a run as text, one line each: file, code, message in `lang`, and the rows it
 * concerns (capped list); a decision about the whole file (no rows) shows none.
 *
 * @example
 * ```ts
 * decisionsText([{ file: 'a.csv', code: 'PLT_PLH_EXCLUDED', rows: [4], message }], 'en');
 * // 'Decisions:\n  a.csv [PLT_PLH_EXCLUDED] … (row 4)\n'
 * ```
 */
export function decisionsText(decisions: readonly FileDecision[], lang: Locale): string {
  if (decisions.length === 0) return '';
  const lines = decisions.map((d) => {
    const rows = d.rows.length > 0 ? ` (${decisionRowsText(d.rows, lang)})` : '';
    const uncertain = d.status === 'UNCERTAIN' ? ' [UNCERTAIN]' : '';
    return `  ${d.file} [${d.code}]${uncertain} ${d.message[lang]}${rows}`;
  });
  return `${lang === 'id' ? 'Keputusan pembacaan' : 'Decisions'}:\n${lines.join('\n')}\n`;
}

/** The decisions as `--json` prints them: file, code, message (id and en), rows[, status]. */
export function decisionsJson(decisions: readonly FileDecision[]) {
  return decisions.map((d) => ({
    file: d.file,
    code: d.code,
    message: { id: d.message.id, en: d.message.en },
    rows: [...d.rows],
    ...(d.status ? { status: d.status } : {}),
  }));
}

/**
 * The line accounting for the `--master` file's own rows (apart from the scored input's).
 *
 * @example
 * ```ts
 * masterText({ file: 'asn.csv', rows: 24, accepted: 23, rejected: 1, excluded: 0 });
 * // 'Data induk / master asn.csv: 24 = 23 dibaca / read + 1 ditolak / rejected\n'
 * ```
 */
export function masterText(m: NonNullable<RunSummary['master']>): string {
  const excluded = m.excluded > 0 ? ` + ${m.excluded} dikecualikan / excluded` : '';
  return `Data induk / master ${m.file}: ${m.rows} = ${m.accepted} dibaca / read + ${m.rejected} ditolak / rejected${excluded}\n`;
}
