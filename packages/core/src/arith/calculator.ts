/**
 * Arithmetic is injected into every scoring rule as a record of functions, so the same
 * formula runs on the exact decimal backend (the reference) and on the filtered float
 * backend (the fast path). The float backend tracks a rigorous error bound and throws
 * {@link Undecidable} whenever a comparison or a rounding could go either way; the caller
 * then re-runs the appraisal on the decimal backend. Results are therefore always equal
 * to the decimal reference.
 */

/** Rounding modes a ruleset can ask for. */
export type RoundingMode = 'HALF_UP' | 'HALF_EVEN' | 'DOWN' | 'UP';

/** Values accepted from callers: JS numbers or decimal strings such as `"9.12"`. */
export type DecimalInput = number | string;

/**
 * A backend: every rule is written against this interface.
 *
 * @typeParam T - the backend's number representation.
 */
export interface Calculator<T> {
  readonly name: 'decimal' | 'float';
  /** Parses a caller value (number or decimal string). Throws on NaN/Infinity. */
  from(x: DecimalInput): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  /** Division; the caller guarantees `b` is not zero. */
  div(a: T, b: T): T;
  neg(a: T): T;
  /** Exact three-way comparison: -1, 0 or 1. Float backend throws {@link Undecidable} near equality. */
  cmp(a: T, b: T): -1 | 0 | 1;
  isZero(a: T): boolean;
  /** Rounds to `dp` decimal places. */
  round(a: T, dp: number, mode: RoundingMode): T;
  /** Canonical decimal string (no exponent). Float backend only for rounded values. */
  toString(a: T): string;
  /** Fixed-point string with exactly `dp` decimals (value must already be rounded to `dp`). */
  toFixed(a: T, dp: number): string;
  /**
   * `toFixed(round(a, dp, mode), dp)` in one step (no intermediate value): the usual way to
   * report a value. Float backend throws {@link Undecidable} when the rounding is not proven.
   */
  roundToFixed(a: T, dp: number, mode: RoundingMode): string;
  toNumber(a: T): number;
  /**
   * A copy of `a` that stays valid after the current scoring call, for values cached across
   * calls (parsed ruleset constants). Identity on the object backends; the scoped float arena
   * copies the value into its permanent region.
   */
  keep(a: T): T;
}

/** Thrown by the float backend when a decision cannot be proven; the caller falls back. */
export class Undecidable extends Error {
  constructor(what: string) {
    super(`float fast path cannot decide ${what}`);
    this.name = 'Undecidable';
  }
}

/** Helpers built on any backend. */
export function min<T>(c: Calculator<T>, a: T, b: T): T {
  return c.cmp(a, b) <= 0 ? a : b;
}
export function max<T>(c: Calculator<T>, a: T, b: T): T {
  return c.cmp(a, b) >= 0 ? a : b;
}
export function sum<T>(c: Calculator<T>, xs: readonly T[]): T {
  let acc = c.from(0);
  for (const x of xs) acc = c.add(acc, x);
  return acc;
}
export function lt<T>(c: Calculator<T>, a: T, b: T): boolean {
  return c.cmp(a, b) < 0;
}
export function le<T>(c: Calculator<T>, a: T, b: T): boolean {
  return c.cmp(a, b) <= 0;
}
export function gt<T>(c: Calculator<T>, a: T, b: T): boolean {
  return c.cmp(a, b) > 0;
}
export function ge<T>(c: Calculator<T>, a: T, b: T): boolean {
  return c.cmp(a, b) >= 0;
}
