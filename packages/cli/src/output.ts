import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { writeCsv, writeResultsCsv } from '@kinerja/adapters/csv';
import { describeFsError, fail } from './errors.js';
import type { CliRejection } from './input.js';
import type { Scored } from './pipeline.js';
import { toScoreResult } from './schemas.js';

/** Writes a file (creating its directory); file-system errors become one-line CLI errors. */
export async function writeOut(cwd: string, file: string, content: string): Promise<string> {
  const path = resolve(cwd, file);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content, 'utf8');
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

/** Results as JSON (the score-result schema) or CSV (formula injection neutralised). */
export function resultsText(scored: readonly Scored[], format: 'json' | 'csv'): string {
  if (format === 'csv') return writeResultsCsv(scored.map((s) => s.result));
  return `${JSON.stringify(
    scored.map((s) => toScoreResult(s.item.file, s.item.row, s.result)),
    null,
    2,
  )}\n`;
}

/** Rejections as JSON or CSV (file, row, path, code, message_id, message_en). */
export function rejectionsText(
  rejections: readonly CliRejection[],
  format: 'json' | 'csv',
): string {
  if (format === 'json') return `${JSON.stringify(rejections, null, 2)}\n`;
  return writeCsv([
    ['file', 'row', 'path', 'code', 'message_id', 'message_en'],
    ...rejections.map((r) => [
      r.file,
      String(r.row),
      r.path.join('.'),
      r.code,
      r.message.id,
      r.message.en,
    ]),
  ]);
}
