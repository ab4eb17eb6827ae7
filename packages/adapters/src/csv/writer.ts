import type { CsvDelimiter } from './tokenizer.js';

const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * Neutralises spreadsheet formula injection (OWASP "CSV injection"): a cell starting with `=`,
 * `+`, `-`, `@`, tab or CR (after any leading `'`) gets a leading `'`, so Excel and LibreOffice
 * show it as text. Plain negative numbers (`-5`, `-1,5`) are left alone: they cannot run.
 * {@link unneutralizeCell} undoes it exactly.
 *
 * @example
 * ```ts
 * neutralizeCell('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * neutralizeCell('-5'); // '-5'
 * ```
 */
export function neutralizeCell(value: string): string {
  // Fast path: only a cell starting with one of ' = + - @ tab CR can need the quote.
  const c = value.charCodeAt(0);
  if (c !== 39 && c !== 61 && c !== 43 && c !== 45 && c !== 64 && c !== 9 && c !== 13) {
    return value;
  }
  if (PLAIN_NUMBER.test(value)) return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Undoes {@link neutralizeCell}: removes one leading `'` in front of a formula start.
 *
 * @example
 * ```ts
 * unneutralizeCell("'=1+2"); // '=1+2'
 * ```
 */
export function unneutralizeCell(value: string): string {
  // Fast path: only a cell starting with `'` can carry the neutralising quote.
  if (value.charCodeAt(0) !== 39) return value;
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** Options of {@link writeCsv}. */
export interface CsvWriteOptions {
  readonly delimiter?: CsvDelimiter;
  /** Line end (default CRLF, as RFC 4180). */
  readonly eol?: '\r\n' | '\n';
  /** Neutralise formula injection (default true). */
  readonly neutralize?: boolean;
  /** Start with a UTF-8 BOM so Excel opens the file as UTF-8 (default false). */
  readonly bom?: boolean;
}

/**
 * Quotes a cell when needed (delimiter, quote, CR/LF, leading/trailing space).
 *
 * @example
 * ```ts
 * quoteCell('a;b', ';'); // '"a;b"'
 * ```
 */
export function quoteCell(value: string, delimiter: CsvDelimiter): string {
  return needsQuotes(value, delimiter.charCodeAt(0)) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A delimiter, `"`, CR or LF anywhere, or white space (`\s`) at either end. */
function needsQuotes(value: string, delimiter: number): boolean {
  const n = value.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === delimiter || c === 34 || c === 13 || c === 10) return true;
  }
  return edgeSpace(value.charCodeAt(0)) || edgeSpace(value.charCodeAt(n - 1));
}

/** Whether a character is white space as `\s` reads it (ASCII by code, the rest by the regex). */
function edgeSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(String.fromCharCode(c));
}

/**
 * Writes rows of cells as CSV text (RFC 4180 quoting, formula injection neutralised).
 *
 * @example
 * ```ts
 * writeCsv([['nip', 'nama'], ['198703122010011002', '=cmd']]);
 * // 'nip,nama\r\n198703122010011002,\'=cmd\r\n'
 * ```
 */
export function writeCsv(rows: readonly (readonly string[])[], opts: CsvWriteOptions = {}): string {
  const d = opts.delimiter ?? ',';
  const eol = opts.eol ?? '\r\n';
  const neutralize = opts.neutralize ?? true;
  const body = rows
    .map((cells) =>
      // A lone empty cell is written `""`, or the line would read back as a blank line.
      cells.length === 1 && cells[0] === ''
        ? '""'
        : cells.map((c) => quoteCell(neutralize ? neutralizeCell(c) : c, d)).join(d),
    )
    .map((line) => line + eol)
    .join('');
  return (opts.bom ? '\uFEFF' : '') + body;
}
