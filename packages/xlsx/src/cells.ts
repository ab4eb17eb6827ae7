import type { CellValue } from 'exceljs';

/**
 * The shortest round-trip decimal text of a number, written without an exponent (`0.0000001`,
 * not `1e-7`). An integer of 16 or more digits is given in scientific notation instead: such a
 * number cannot be held exactly by an Excel cell (a double), so a NIP stored as a number has
 * already lost its last digits. The NIP reader rejects that text (`NIP_SCIENTIFIC_NOTATION`)
 * and the number readers reject it too (`NUMBER_FORMAT`): the digits are never guessed.
 *
 * @example
 * ```ts
 * numberText(85.5); // '85.5'
 * numberText(1e-7); // '0.0000001'
 * numberText(198703122010011000); // '1.98703122010011e+17'
 * ```
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) >= 1e15) return n.toExponential();
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([-+]\d+)$/.exec(s);
  if (!m) return s;
  // Only small magnitudes reach here (large integers were handled above): 1e-7 → 0.0000001.
  const [, sign = '', int = '', frac = '', exp = '0'] = m;
  const shift = -Number(exp);
  return `${sign}0.${'0'.repeat(shift - 1)}${int}${frac}`;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * An Excel date cell as an ISO date (`YYYY-MM-DD`), with the time (`THH:MM:SS`) only when it is
 * not midnight. Excel dates carry no time zone; exceljs gives them as UTC instants.
 *
 * @example
 * ```ts
 * dateText(new Date(Date.UTC(2023, 11, 31))); // '2023-12-31'
 * ```
 */
export function dateText(d: Date): string {
  const t = d.getTime();
  if (!Number.isFinite(t)) return '';
  // Serials are stored in days; round away float noise below one second.
  const r = new Date(Math.round(t / 1000) * 1000);
  const day = `${pad(r.getUTCFullYear(), 4)}-${pad(r.getUTCMonth() + 1)}-${pad(r.getUTCDate())}`;
  const h = r.getUTCHours();
  const mi = r.getUTCMinutes();
  const s = r.getUTCSeconds();
  return h === 0 && mi === 0 && s === 0 ? day : `${day}T${pad(h)}:${pad(mi)}:${pad(s)}`;
}

/** What {@link cellText} found besides the text. */
export interface CellNote {
  /** The cell is a formula without a cached result (read as empty). */
  readonly formulaWithoutResult?: boolean;
}

/**
 * The text of a cell as a CSV export would carry it, so the CSV readers of
 * `@kinerja/adapters` read XLSX rows unchanged: strings as they are, numbers as their exact
 * decimal text ({@link numberText}), dates as ISO dates ({@link dateText}), booleans as
 * `TRUE`/`FALSE`, rich text and hyperlinks as their plain text, formulas as their cached result
 * (never the formula), errors as their code (`#N/A`).
 *
 * @example
 * ```ts
 * cellText({ richText: [{ text: 'Siti ' }, { text: 'Aminah' }] }); // 'Siti Aminah'
 * cellText({ formula: 'A1*2', result: 3 }); // '3'
 * ```
 */
export function cellText(value: CellValue | undefined, note?: (n: CellNote) => void): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return String(value);
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) {
    return (v.richText as { text?: unknown }[]).map((r) => String(r.text ?? '')).join('');
  }
  if ('formula' in v || 'sharedFormula' in v) {
    if (v.result === undefined || v.result === null) {
      note?.({ formulaWithoutResult: true });
      return '';
    }
    return cellText(v.result as CellValue, note);
  }
  if ('hyperlink' in v || 'text' in v) return cellText(v.text as CellValue, note);
  if ('error' in v) return String(v.error);
  return '';
}
