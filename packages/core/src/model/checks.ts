/**
 * Small predicates shared by the schemas and by the hand-written fast checks that accept
 * exactly what a schema accepts (internal: not part of the public API).
 */

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `YYYY-MM-DD` naming a real day, by arithmetic (no `Date` object). Same answers as
 * `Date.UTC` round-tripping, including its rule that years 0–99 mean 1900–1999 (so `0050-…`
 * does not round-trip and is rejected).
 */
export function isCalendarDate(s: string): boolean {
  const m = YMD.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > (DAYS_IN_MONTH[mo - 1] as number)) return false;
  return mo !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

/**
 * Year, month and day of a date already validated as `YYYY-MM-DD` (see {@link isCalendarDate}).
 *
 * @example
 * ```ts
 * calendarParts('2024-02-29'); // [2024, 2, 29]
 * ```
 */
export function calendarParts(date: string): readonly [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/**
 * A plain object: prototype `Object.prototype` or `null` (what JSON and object literals make),
 * the only objects the hand-written fast checks take as they are.
 *
 * @example
 * ```ts
 * isPlainObject({ nip: '1' }); // true
 * isPlainObject([1]); // false
 * ```
 */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}
