/**
 * Small predicates shared by the schemas and by the hand-written fast checks that accept
 * exactly what a schema accepts (internal: not part of the public API).
 */

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The whole number written by the `n` ASCII digits of `s` at `at`, or -1 if one is not a digit. */
function digitsAt(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * `YYYY-MM-DD` naming a real day, by arithmetic (no `Date` object, no regular expression:
 * exactly ten characters, ASCII digits and two hyphens). Same answers as `Date.UTC`
 * round-tripping, including its rule that years 0–99 mean 1900–1999 (so `0050-…` does not
 * round-trip and is rejected).
 */
export function isCalendarDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digitsAt(s, 0, 4);
  const mo = digitsAt(s, 5, 2);
  const d = digitsAt(s, 8, 2);
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
  return [digitsAt(date, 0, 4), digitsAt(date, 5, 2), digitsAt(date, 8, 2)];
}

/**
 * A validated `YYYY-MM-DD` date as the whole number YYYYMMDD: dates compare as their numbers,
 * and whole years between two dates are `Math.floor((later - earlier) / 10000)`.
 *
 * @example
 * ```ts
 * calendarNumber('2024-02-29'); // 20240229
 * ```
 */
export function calendarNumber(date: string): number {
  return digitsAt(date, 0, 4) * 10000 + digitsAt(date, 5, 2) * 100 + digitsAt(date, 8, 2);
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
