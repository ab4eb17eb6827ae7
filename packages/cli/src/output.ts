import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { parseCsv, unneutralizeCell, writeCsv, writeResultsCsv } from '@kinerja/adapters/csv';
import { writeTableXlsx } from '@kinerja/xlsx';
import { describeFsError, fail } from './errors.js';
import type { CliRejection } from './input.js';
import type { Scored } from './pipeline.js';
import { toScoreResult } from './schemas.js';

/** Writes a file (creating its directory); file-system errors become one-line CLI errors. */
export async function writeOut(
  cwd: string,
  file: string,
  content: string | Uint8Array,
): Promise<string> {
  const path = resolve(cwd, file);
  try {
    await mkdir(dirname(path), { recursive: true });
    if (typeof content === 'string') await writeFile(path, content, 'utf8');
    else await writeFile(path, content);
  } catch (e) {
    fail(`cannot write ${describeFsError(file, e)}`);
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
export function xlsxFromCsv(csv: string, sheet: string): Promise<Uint8Array> {
  const rows = parseCsv(csv, { delimiter: ',' }).rows.map((r) => r.cells.map(unneutralizeCell));
  return writeTableXlsx(rows, { sheet });
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
 * The rejections table: file, row, path, code, message_id, message_en — plus sheet and
 * sheet_row (the Excel row) when a rejection comes from an `.xlsx` input.
 */
function rejectionsTable(rejections: readonly CliRejection[]): string[][] {
  const located = rejections.some((r) => r.sheetRow !== undefined);
  return [
    [
      'file',
      'row',
      ...(located ? ['sheet', 'sheet_row'] : []),
      'path',
      'code',
      'message_id',
      'message_en',
    ],
    ...rejections.map((r) => [
      r.file,
      String(r.row),
      ...(located ? [r.sheet ?? '', r.sheetRow === undefined ? '' : String(r.sheetRow)] : []),
      r.path.join('.'),
      r.code,
      r.message.id,
      r.message.en,
    ]),
  ];
}

/** Rejections as JSON or CSV (file, row, [sheet, sheet_row,] path, code, message_id, message_en). */
export function rejectionsText(
  rejections: readonly CliRejection[],
  format: 'json' | 'csv',
): string {
  if (format === 'json') return `${JSON.stringify(rejections, null, 2)}\n`;
  return writeCsv(rejectionsTable(rejections));
}

/** Rejections as JSON, CSV or an `.xlsx` workbook (sheet "Ditolak"). */
export async function rejectionsOutput(
  rejections: readonly CliRejection[],
  format: OutputFormat,
): Promise<string | Uint8Array> {
  if (format === 'xlsx') return writeTableXlsx(rejectionsTable(rejections), { sheet: 'Ditolak' });
  return rejectionsText(rejections, format);
}
