import { parseQuantity, type Quantity } from '@kinerja/core';
import type { AdapterCode } from './messages.js';

/** Result of a value reader: the value, or the rejection code with its parameters. */
export type Read<T> =
  | { readonly ok: true; readonly value: T; readonly note?: AdapterCode }
  | { readonly ok: false; readonly code: AdapterCode; readonly params: { value: string } };

const fail = (code: AdapterCode, v: unknown): Read<never> => ({
  ok: false,
  code,
  params: { value: typeof v === 'string' ? v : String(v) },
});

/**
 * True for `undefined`, `null`, an empty or blank string.
 *
 * @example
 * ```ts
 * isBlank('  '); // true
 * ```
 */
export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/**
 * True for the "-" that e-Kinerja exports write for an empty cell.
 *
 * @example
 * ```ts
 * isDash(' - '); // true
 * ```
 */
export function isDash(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  // Fast path: a cell starting with a printable ASCII character other than "-" is no dash.
  const c = v.charCodeAt(0);
  if (c > 32 && c < 127 && c !== 45) return false;
  return /^\s*[-–—]\s*$/.test(v);
}

/**
 * Reads a NIP: an 18-digit string. Leading/trailing spaces and Excel's leading text marker
 * `'` are removed (the latter reported). A number, or a scientific-notation string such as
 * `"1.98703E+17"`, is rejected: its digits are lost and are never guessed.
 *
 * @example
 * ```ts
 * readNip('198703122010011002'); // { ok: true, value: '198703122010011002' }
 * readNip('1.98703E+17').ok; // false, code NIP_SCIENTIFIC_NOTATION
 * readNip(198703122010011000).ok; // false, code NIP_NUMBER
 * ```
 */
export function readNip(v: unknown): Read<string> {
  if (typeof v === 'number' || typeof v === 'bigint') return fail('NIP_NUMBER', v);
  if (typeof v !== 'string') return fail('NIP_FORMAT', v);
  const s = v.trim();
  if (/^\d{18}$/.test(s)) return { ok: true, value: s };
  if (/^'\d{18}$/.test(s)) return { ok: true, value: s.slice(1), note: 'NIP_TEXT_MARKER' };
  if (/^'?[-+]?\d+(?:[.,]\d+)?e[-+]?\d+$/i.test(s)) return fail('NIP_SCIENTIFIC_NOTATION', v);
  return fail('NIP_FORMAT', v);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Days in a month of the proleptic Gregorian calendar (as `Date` counts them). */
function daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` of a calendar date (whole numbers), undefined when there is no such date. */
function isoOf(y: number, m: number, d: number): string | undefined {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return undefined;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** `s` when it is already a valid `YYYY-MM-DD` date (the common cell), else undefined. */
function plainIso(s: string): string | undefined {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    if (i < 4) y = y * 10 + c;
    else if (i < 7) m = m * 10 + c;
    else d = d * 10 + c;
  }
  return y < 1000 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) ? undefined : s;
}

/**
 * Converts an Excel serial day number (1900 date system) to `YYYY-MM-DD`:
 * `(serial − 25569) × 86400` seconds since 1970-01-01. Fractions (times) are dropped.
 *
 * @example
 * ```ts
 * excelSerialToIso(45291); // '2023-12-31'
 * ```
 */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return undefined;
  const ms = (Math.floor(serial) - 25569) * 86400000;
  const dt = new Date(ms);
  return isoOf(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** Options of {@link readDate}. */
export interface DateOptions {
  /** Read bare numbers (and digit-only strings of up to 5 digits) as Excel serials. Default true. */
  readonly excelSerial?: boolean;
}

/**
 * Reads a date: ISO `YYYY-MM-DD` (a time part is dropped), `DD/MM/YYYY`, `DD-MM-YYYY`
 * (day first, as in Indonesia) or an Excel serial number.
 *
 * @example
 * ```ts
 * readDate('31/12/2023'); // { ok: true, value: '2023-12-31' }
 * readDate(45291); // { ok: true, value: '2023-12-31' }
 * ```
 */
export function readDate(v: unknown, opts?: DateOptions): Read<string> {
  const serialOk = opts?.excelSerial ?? true;
  if (typeof v === 'number') {
    const iso = serialOk ? excelSerialToIso(v) : undefined;
    return iso ? { ok: true, value: iso } : fail('DATE_FORMAT', v);
  }
  if (typeof v !== 'string') return fail('DATE_FORMAT', v);
  const s = v.trim();
  const plain = plainIso(s);
  if (plain !== undefined) return { ok: true, value: plain };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { ok: true, value: iso } : fail('DATE_FORMAT', v);
  }
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?: [\d:.]+)?$/.exec(s);
  if (m) {
    const iso = isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
    return iso ? { ok: true, value: iso } : fail('DATE_FORMAT', v);
  }
  if (serialOk && /^\d{2,5}(?:\.\d+)?$/.test(s)) {
    const iso = excelSerialToIso(Number(s));
    return iso ? { ok: true, value: iso } : fail('DATE_FORMAT', v);
  }
  return fail('DATE_FORMAT', v);
}

/** Options of {@link readDecimal}. */
export interface NumberOptions {
  /** Read `,` as the decimal separator and `.` as the thousands separator (`1.234,5`). */
  readonly decimalComma?: boolean;
}

/**
 * Reads a decimal number into a canonical decimal string (`"1.5"`), exactly: no float
 * conversion of strings. With `decimalComma`, `"1.234,5"` reads as `"1234.5"`.
 *
 * @example
 * ```ts
 * readDecimal('85.5'); // { ok: true, value: '85.5' }
 * readDecimal('1,5', { decimalComma: true }); // { ok: true, value: '1.5' }
 * ```
 */
export function readDecimal(v: unknown, opts?: NumberOptions): Read<string> {
  if (typeof v === 'number') {
    // Exponent spellings (1e+21, 5e-7) are not decimal strings the core accepts.
    const s = String(v);
    return Number.isFinite(v) && !/e/i.test(s) ? { ok: true, value: s } : fail('NUMBER_FORMAT', v);
  }
  if (typeof v !== 'string') return fail('NUMBER_FORMAT', v);
  let s = v.trim();
  if (opts?.decimalComma) {
    if (/^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) s = s.replace(/\./g, '');
    if (s.includes('.')) return fail('NUMBER_FORMAT', v);
    s = s.replace(',', '.');
  }
  if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(s)) return fail('NUMBER_FORMAT', v);
  return { ok: true, value: canonicalDecimal(s) };
}

/**
 * `"+012.50"` → `"12.5"`, `"-0"` → `"0"`: one spelling per value, so records compare equal.
 *
 * @example
 * ```ts
 * canonicalDecimal('+012.500'); // '12.5'
 * ```
 */
export function canonicalDecimal(s: string): string {
  let neg = s.startsWith('-');
  let body = s.replace(/^[-+]/, '');
  if (body.startsWith('.')) body = `0${body}`;
  let [int = '0', frac = ''] = body.split('.');
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  if (/^0*$/.test(int) && frac === '') neg = false;
  return `${neg ? '-' : ''}${int === '' ? '0' : int}${frac ? `.${frac}` : ''}`;
}

/**
 * Reads an integer (a number or a digit string, e.g. a SIASN code `"2"`).
 *
 * @example
 * ```ts
 * readInteger('2023'); // { ok: true, value: 2023 }
 * ```
 */
export function readInteger(v: unknown): Read<number> {
  if (typeof v === 'number')
    return Number.isSafeInteger(v) ? { ok: true, value: v } : fail('INTEGER_FORMAT', v);
  if (typeof v === 'string' && /^\s*[-+]?\d{1,15}\s*$/.test(v))
    return { ok: true, value: Number(v.trim()) };
  return fail('INTEGER_FORMAT', v);
}

/**
 * Reads a quantity such as `"12 Dokumen"` or `"1,5 Laporan"` (a comma is a decimal
 * separator, as in e-Kinerja) into `{ jumlah, satuan }` with a canonical decimal string.
 *
 * @example
 * ```ts
 * readQuantity('1,5 Laporan'); // { ok: true, value: { jumlah: '1.5', satuan: 'Laporan' } }
 * ```
 */
export function readQuantity(v: unknown): Read<Quantity & { jumlah: string }> {
  if (typeof v === 'number') {
    const s = String(v);
    return Number.isFinite(v) && !/e/i.test(s)
      ? { ok: true, value: { jumlah: canonicalDecimal(s) } }
      : fail('QUANTITY_FORMAT', v);
  }
  if (typeof v !== 'string') return fail('QUANTITY_FORMAT', v);
  const q = parseQuantity(v);
  if (!q) return fail('QUANTITY_FORMAT', v);
  const jumlah = canonicalDecimal(String(q.jumlah));
  return { ok: true, value: q.satuan ? { jumlah, satuan: q.satuan } : { jumlah } };
}

/**
 * Reads text: strings are trimmed, numbers and booleans stringified; blanks give undefined.
 *
 * @example
 * ```ts
 * readText('  Siti  '); // 'Siti'
 * ```
 */
export function readText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}
