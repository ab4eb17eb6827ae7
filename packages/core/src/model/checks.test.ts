import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarNumber, calendarParts, isCalendarDate } from './checks.js';

/** The earlier definition: a regular expression, then `Date.UTC` round-tripping. */
function reference(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const dateLike = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  fc.string({ minLength: 8, maxLength: 12 }),
  fc.constantFrom('2024-02-29 ', ' 2024-02-29', '2024-02-29\n', '2024/02/29', '２０２４-02-29'),
);

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['0099-01-01', false],
    ['0100-01-01', true],
    ['2024-1-01', false],
    ['2024-01-01\n', false],
    ['2024-0a-01', false],
  ])('isCalendarDate(%j) is %s', (s, ok) => {
    expect(isCalendarDate(s)).toBe(ok);
  });

  it('isCalendarDate agrees with the regular expression and Date.UTC round-tripping', () => {
    fc.assert(
      fc.property(dateLike, (s) => {
        expect(isCalendarDate(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('calendarParts and calendarNumber read a valid date; numbers order as the dates', () => {
    const valid = dateLike.filter(isCalendarDate);
    fc.assert(
      fc.property(valid, valid, (a, b) => {
        const [y, m, d] = calendarParts(a);
        expect(a).toBe(
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        );
        expect(calendarNumber(a)).toBe(y * 10000 + m * 100 + d);
        expect(Math.sign(calendarNumber(a) - calendarNumber(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });
});
