/**
 * Exact decimals on plain doubles, shared by the fused fast paths (PP 46/2011, PP 30/2019):
 * inputs read as doubles that stand for their decimals, products compared float first and
 * exactly inside a margin, a value with an error bound rounded to 2 decimals, and `ASIDE`
 * thrown whenever a decision cannot be proven. The argument is in `pp46/fast.ts`.
 *
 * @internal
 */

import { D } from '../arith/decimal.js';
import type { Iki, RencanaHasilKerja } from '../model/skp.js';

export const LIM = 2 ** 53;
/** Relative error bound of every computed value (see `pp46/fast.ts`). */
export const EPS = 2 ** -40;
export const P10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Thrown to step aside; caught once in {@link scorePp46Fast}. */
export const ASIDE: unique symbol = Symbol('aside');
export function aside(): never {
  throw ASIDE;
}

// ------------------------------------------------------------------ exact decimals

/**
 * Scratch register of the last decimal read by {@link dec}: `S[0] / 10^S[1]`, and its nearest
 * double `S[2]`. (Module-level `let` numbers would be boxed, a heap allocation per write;
 * typed-array slots hold raw doubles.)
 */
export const S = new Float64Array(3);

/**
 * Reads a non-negative decimal input (a number, or a decimal string as `DecimalInputSchema`
 * accepts it) into `S`. Steps aside for negative values, exponents and more than 15
 * significant digits (then the general scorer decides, or reports the issue).
 */
export function dec(x: unknown): void {
  if (typeof x === 'number') decNumber(x);
  else if (typeof x === 'string') decString(x);
  else aside();
}

export const MAX_DIGITS = 1e15;

/**
 * A number stands for its shortest round-trip decimal (what `String(x)` prints and what
 * decimal.js reads). With at most 15 significant digits that decimal is the only one with
 * that many decimals that rounds to `x`, so the smallest `d` for which `round(x × 10^d) /
 * 10^d` gives `x` back finds it.
 */
export function decNumber(x: number): void {
  if (!(x >= 0) || !(x < MAX_DIGITS)) aside();
  if (Number.isInteger(x)) {
    S[0] = x;
    S[1] = 0;
    S[2] = x;
    return;
  }
  for (let d = 1; d <= 15; d++) {
    const p = P10[d] as number;
    const m = Math.round(x * p);
    if (m >= MAX_DIGITS) break;
    if (m / p === x) {
      S[0] = m;
      S[1] = d;
      S[2] = x;
      return;
    }
  }
  aside();
}

/** `[+]digits[.digits]` with surrounding whitespace, read by hand (no regex, no slices). */
export function decString(s: string): void {
  let i = 0;
  let end = s.length;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  while (end > i && isSpace(s.charCodeAt(end - 1))) end--;
  if (i < end && s.charCodeAt(i) === 43) i++; // '+'
  let n = 0;
  let d = 0;
  let digits = 0;
  let dot = false;
  let zeros = 0; // trailing zeros of the fraction not yet added
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (dot) aside();
      dot = true;
      continue;
    }
    const v = c - 48;
    if (v < 0 || v > 9) aside();
    digits++;
    if (dot) {
      if (v === 0) {
        zeros++;
        continue;
      }
      n *= P10[zeros + 1] as number;
      d += zeros + 1;
      zeros = 0;
      n += v;
    } else n = n * 10 + v;
    if (n >= MAX_DIGITS) aside();
  }
  if (digits === 0) aside();
  S[0] = n;
  S[1] = d;
  S[2] = d === 0 ? n : n / (P10[d] as number);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0xfeff;
}

/** Sign of `an / 10^ad − bn / 10^bd`, exactly; steps aside when a scaled value reaches 2^53. */
export function cmpDec(an: number, ad: number, bn: number, bd: number): number {
  let a = an;
  let b = bn;
  if (ad < bd) a = an * (P10[bd - ad] ?? aside());
  else if (bd < ad) b = bn * (P10[ad - bd] ?? aside());
  if (Math.abs(a) >= LIM || Math.abs(b) >= LIM) aside();
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A ruleset decimal parsed once: exact `n / 10^d` and its double. */
export interface Dec {
  readonly n: number;
  readonly d: number;
  readonly v: number;
}

export function parseDec(x: number | string): Dec {
  dec(x);
  return { n: S[0] as number, d: S[1] as number, v: S[2] as number };
}

// ------------------------------------------------------------------ reported strings

/** Integer parts 0–999 and two-digit fractions, so a reported string is one concatenation. */
const INT: readonly string[] = Array.from({ length: 1000 }, (_, i) => String(i));
const FRAC: readonly string[] = Array.from({ length: 100 }, (_, i) => `.${i < 10 ? '0' : ''}${i}`);

/**
 * Reported strings of 0.00–327.67 made so far, by their value × 100: scores are printed in
 * the same few thousand forms, and a shared string is no allocation. (Filled, so the array
 * keeps fast elements.)
 */
const FIXED2: (string | undefined)[] = new Array<string | undefined>(1 << 15).fill(undefined);

/** `n / 100` with 2 decimals, as decimal.js `toFixed(2)` prints a non-negative value. */
export function fixed2String(n: number): string {
  const known = FIXED2[n];
  if (known !== undefined) return known;
  const i = Math.floor(n / 100);
  const f = n - i * 100;
  const s = (INT[i] ?? String(i)) + (FRAC[f] as string);
  if (n < FIXED2.length) FIXED2[n] = s;
  return s;
}

/**
 * The exact value within `m × EPS` of `v`, times 100, rounded half-up, as an integer — or −1
 * when the exact value may lie on a rounding tie.
 */
export function centsOrUnsure(v: number, m: number): number {
  if (!(v >= 0) || m >= LIM) return -1;
  const y = v * 100;
  const n = Math.round(y);
  // Error of y: the value's bound times 100 plus the rounding of the product.
  const err = m * EPS * 100 + y * 2 ** -52;
  return Math.abs(y - n) + err >= 0.5 ? -1 : n;
}

/**
 * `floor(num / den)` of non-negative integers below 2^53 (`den` > 0), exactly: the correctly
 * rounded quotient may land on the next integer, so it is corrected by multiplying back.
 */
export function floorDiv(num: number, den: number): number {
  let c = Math.floor(num / den);
  if (c * den > num) c--;
  else if ((c + 1) * den <= num) c++;
  return c;
}

/** {@link centsOrUnsure}, stepping aside on a possible tie. */
export function cents(v: number, m: number): number {
  const n = centsOrUnsure(v, m);
  if (n < 0) aside();
  return n;
}

/** `v` rounded half-up to 2 decimals, as the decimal backend's `toFixed(2)` prints it. */
export function lapor(v: number, m: number): string {
  return fixed2String(cents(v, m));
}

/** Sign of `exact − edge` where `exact` is within `m × EPS` of `v`; NaN when unsure. */
export function signOrNaN(v: number, m: number, edge: Dec): number {
  const diff = v - edge.v;
  const err = m * EPS + Math.abs(edge.v) * 2 ** -52 + Math.abs(diff) * 2 ** -52;
  if (diff > err) return 1;
  if (diff < -err) return -1;
  return Number.NaN;
}

/** Sign of `exact − edge` where `exact` is within `m × EPS` of `v`; steps aside when unsure. */
export function sign(v: number, m: number, edge: Dec): number {
  const s = signOrNaN(v, m, edge);
  if (Number.isNaN(s)) aside();
  return s;
}

/** `a − b` exactly (signed); steps aside when it does not fit. */
export function decSub(a: Dec, b: Dec): Dec {
  const d = Math.max(a.d, b.d);
  const n = a.n * (P10[d - a.d] ?? aside()) - b.n * (P10[d - b.d] ?? aside());
  if (!Number.isSafeInteger(n)) aside();
  return { n, d, v: n / (P10[d] as number) };
}

// ------------------------------------------------------------------ float first

/**
 * Relative margin of a comparison of two products of inputs: an input number is within 2^-53
 * (relative) of the decimal it stands for, a ruleset constant likewise, and the product
 * rounds once more, so each side is within 2^-51 of its exact value; a difference beyond
 * 2^-50 of the sides' sum has the exact difference's sign.
 */
export const MARGIN = 2 ** -50;

/** Sign of `A − B` from doubles `a`, `b` within 2^-51 (relative) of them; 0 when unsure. */
export function clear(a: number, b: number): number {
  const d = a - b;
  const m = (Math.abs(a) + Math.abs(b)) * MARGIN;
  return d > m ? 1 : d < -m ? -1 : 0;
}

/**
 * Sign of `(an / 10^ad) × X − (bn / 10^bd) × Y` exactly, where `X` and `Y` are the decimals
 * the numbers `x` and `y` stand for; steps aside when they do not fit.
 */
export function cmpScaled(
  an: number,
  ad: number,
  x: number,
  bn: number,
  bd: number,
  y: number,
): number {
  decNumber(x);
  const xn = S[0] as number;
  const xd = S[1] as number;
  decNumber(y);
  return cmpDec(an * xn, ad + xd, bn * (S[0] as number), bd + (S[1] as number));
}

/**
 * A target, realisasi or perilaku score as a double: a number in [0, 10^15), or a decimal
 * string of at most 15 significant digits read as its nearest double (`n / 10^d`, one
 * correctly rounded division) — either way within 2^-53 of the decimal it stands for, and
 * that decimal is what {@link decNumber} recovers from the double when a decision needs it
 * exactly (a decimal of at most 15 digits round-trips). Not so small that a product could
 * lose relative precision. Anything else steps aside.
 */
export function num(x: unknown): number {
  let v: number;
  if (typeof x === 'number') v = x;
  else if (typeof x === 'string') {
    decString(x);
    v = S[2] as number;
  } else aside();
  if (!(v >= 0 && v < MAX_DIGITS) || (v !== 0 && v < 1e-200)) aside();
  return v;
}

/**
 * Whether every IKI of `rencana` has a target amount and a realisasi amount (`jumlah`), read
 * in one short loop before the scoring: its branches are predictable, so the processor has
 * the cache misses of many IKIs in flight at once, and the scoring loop then finds them in
 * cache (a fifth off a PP 30 call, 15 % off a PP 46 call on a pool larger than the cache). A
 * missing amount (a range target, no realisasi) is for the general scorer.
 */
export function jumlahTersedia(rencana: readonly RencanaHasilKerja[]): boolean {
  let missing = 0;
  for (let i = 0; i < rencana.length; i++) {
    const ind = (rencana[i] as RencanaHasilKerja).indikator;
    for (let j = 0; j < ind.length; j++) {
      const x = ind[j] as Iki;
      if ((x.target as { jumlah?: unknown }).jumlah === undefined) missing++;
      if (x.realisasi?.jumlah === undefined) missing++;
    }
  }
  return missing === 0;
}

// ------------------------------------------------------------------ exact rationals

/**
 * An exact rational `[numerator, denominator]` (denominator > 0, not necessarily reduced):
 * for the rare decision the doubles cannot prove — a reported value on a rounding tie, a
 * ruleset's band analysis.
 */
export type Q = readonly [bigint, bigint];

/** The significant digits of the reference backend (its decimal.js `precision`). */
export const PRESISI_DESIMAL: number = D.precision;

const P10N: readonly bigint[] = Array.from(
  { length: 2 * PRESISI_DESIMAL + 2 },
  (_, i) => 10n ** BigInt(i),
);

/** `10^e` as a bigint. */
function p10n(e: number): bigint {
  return P10N[e] ?? 10n ** BigInt(e);
}

/** A ruleset decimal as a rational. */
export const qDec = (d: Dec): Q => [BigInt(d.n), p10n(d.d)];

/** The decimal an input number stands for (see {@link decNumber}), as a rational. */
export function qNumber(x: number): Q {
  decNumber(x);
  return [BigInt(S[0] as number), p10n(S[1] as number)];
}

export const qAdd = (a: Q, b: Q): Q => [a[0] * b[1] + b[0] * a[1], a[1] * b[1]];
export const qSub = (a: Q, b: Q): Q => [a[0] * b[1] - b[0] * a[1], a[1] * b[1]];
export const qMul = (a: Q, b: Q): Q => [a[0] * b[0], a[1] * b[1]];

/** `a / b` (`b` not 0). */
export function qDiv(a: Q, b: Q): Q {
  const n = a[0] * b[1];
  const d = a[1] * b[0];
  return d < 0n ? [-n, -d] : [n, d];
}

/** Sign of `a − b`, exactly. */
export function cmpQ(a: Q, b: Q): number {
  const d = a[0] * b[1] - b[0] * a[1];
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

/** `100 × q` rounded half-up, as an integer; steps aside for a negative value. */
export function centsQ(q: Q): number {
  if (q[0] < 0n) aside();
  return Number((q[0] * 200n + q[1]) / (2n * q[1]));
}

/** `q` rounded half-up to 2 decimals, as a reported string; steps aside for a negative value. */
export function laporQ(q: Q): string {
  return fixed2String(centsQ(q));
}

/**
 * `q` as the reference backend holds the result of an operation: rounded to
 * {@link PRESISI_DESIMAL} significant digits, half away from zero (decimal.js rounds every
 * `plus`, `minus`, `times` and `div` so, correctly). A computation that applies it after each
 * operation, in the reference's order, has the reference's values exactly — also where a
 * rounded third meets a rounding tie (`100 / 3 + 200 / 3`).
 *
 * @example
 * ```ts
 * bulatDesimal([1n, 8n]); // [1n, 8n]: 0.125 needs no rounding
 * bulatDesimal([2n, 3n]); // 0.6666666666666666666666666666666666666667 (40 digits)
 * ```
 */
export function bulatDesimal(q: Q): Q {
  let n = q[0];
  const d = q[1];
  if (n === 0n) return q;
  const neg = n < 0n;
  if (neg) n = -n;
  // A decimal of at most PRESISI_DESIMAL digits (`n / 10^k`, `n < 10^PRESISI_DESIMAL`) needs
  // no rounding: most operands of a tie are (inputs, ruleset numbers, their sums and products).
  const hi = p10n(PRESISI_DESIMAL);
  const df = Number(d);
  if (n < hi && P10N[Math.round(Math.log10(df))] === d) return q;
  // Scale by 10^s so that the integer part has exactly PRESISI_DESIMAL digits: estimated from
  // the doubles nearest `n` and `d` (a BigInt's decimal digits cost a conversion to a string,
  // half the time of a tie; the estimate may be one off near a power of ten, and the loop
  // below corrects it), else from the digits.
  const nf = Number(n);
  let s =
    nf < Number.MAX_VALUE && df < Number.MAX_VALUE
      ? PRESISI_DESIMAL - 1 - Math.floor(Math.log10(nf) - Math.log10(df))
      : PRESISI_DESIMAL - (n.toString().length - d.toString().length);
  const lo = p10n(PRESISI_DESIMAL - 1);
  for (;;) {
    const num = s >= 0 ? n * p10n(s) : n;
    const den = s >= 0 ? d : d * p10n(-s);
    const ip = num / den;
    if (ip >= hi) s--;
    else if (ip < lo) s++;
    else {
      const r = num - ip * den;
      if (r === 0n) return q;
      const m = 2n * r >= den ? ip + 1n : ip;
      const v = neg ? -m : m;
      return s >= 0 ? [v, p10n(s)] : [v * p10n(-s), 1n];
    }
  }
}

// ------------------------------------------------------------------ the reference's arithmetic

/**
 * The reference backend's arithmetic — every operation's result rounded to
 * {@link PRESISI_DESIMAL} significant digits ({@link bulatDesimal}) — over values of type `T`,
 * so that one computation of a rounding tie runs on any representation: {@link SKALA}
 * (decimals of up to 8 places as plain numbers, fastest), {@link KECIL}
 * (small decimals in doubles, fast, for the values common in agency data) or
 * {@link RASIONAL} (rationals, for every value). See {@link tepat}.
 */
export interface Hitung<T> {
  readonly nol: T;
  /** A small integer (a count). */
  int(n: number): T;
  /** A ruleset decimal. */
  dec(d: Dec): T;
  /** The decimal an input number stands for (see {@link decNumber}). */
  angka(x: number): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  /** `a / b`, `b` not 0. */
  div(a: T, b: T): T;
  /** Sign of `a − b` (never throws for a value too large: falls back to rationals). */
  cmp(a: T, b: T): number;
  /** Sign of `a − d` (never throws for a value too large, as {@link Hitung.cmp}). */
  cmpDec(a: T, d: Dec): number;
  /**
   * `100 × a` rounded half-up, as an integer, as {@link centsQ} (which it falls back to, never
   * throwing for a value too large); steps aside for a negative value.
   */
  cents(a: T): number;
}

/** The reference's arithmetic on rationals: exact, then rounded as the reference rounds. */
export const RASIONAL: Hitung<Q> = {
  nol: [0n, 1n],
  int: (n) => [BigInt(n), 1n],
  dec: qDec,
  angka: qNumber,
  add: (a, b) => bulatDesimal(qAdd(a, b)),
  sub: (a, b) => bulatDesimal(qSub(a, b)),
  mul: (a, b) => bulatDesimal(qMul(a, b)),
  div: (a, b) => bulatDesimal(qDiv(a, b)),
  cmp: cmpQ,
  cmpDec: (a, d) => cmpQ(a, qDec(d)),
  cents: centsQ,
};

/** A decimal `n / 10^e`: `n` a safe integer, `0 ≤ e ≤ 22` (see {@link KECIL}). */
export interface Kecil {
  readonly n: number;
  readonly e: number;
}

/**
 * Thrown by {@link SKALA} and {@link KECIL} for a result they cannot hold exactly: {@link tepat}
 * then tries the next arithmetic (rationals last).
 */
export const BESAR: unique symbol = Symbol('besar');

/**
 * `n`, a computed integer, when it is below 2^53 in magnitude, else {@link BESAR}: a computed
 * product or sum below 2^53 is exact, and a true one at or above 2^53 computes to at least
 * 2^53 (rounding is monotonic), so the test also catches a rounded one.
 */
function aman(n: number): number {
  return pasti(amanNaN(n));
}

/**
 * `n` when below 2^53 in magnitude, else NaN (NaN too for NaN): {@link aman} for straight-line code on
 * {@link SKALA}'s units that carries NaN (it propagates through every later step, and
 * {@link bagiPas} gives NaN for it) instead of throwing {@link BESAR}; one check at the end
 * of such a computation tells whether `SKALA` would have decided it.
 *
 * @example
 * ```ts
 * bagiPas(amanNaN(327 * 1e8), 3); // 10900000000: 109 in units of 10^-8, as SKALA.div
 * bagiPas(amanNaN(328 * 1e8), 3); // NaN: SKALA.div throws on 109.333…
 * amanNaN(2 ** 40 * 1e8); // NaN: SKALA.int throws
 * ```
 */
export function amanNaN(n: number): number {
  return Math.abs(n) < 2 ** 53 ? n : Number.NaN;
}

/** `x`, or {@link BESAR} for NaN (a value a NaN-carrying step could not hold). */
function pasti(x: number): number {
  if (Number.isNaN(x)) throw BESAR;
  return x;
}

/**
 * `num / den` when it is an integer (it is one exactly when it multiplies back: every product
 * here is below 2^53, so exact; no `%`, a call on doubles), else NaN.
 */
export function bagiPas(num: number, den: number): number {
  const q = num / den;
  return Number.isInteger(q) && q * den === num ? q : Number.NaN;
}

/** `n / 10^e` with trailing zeros dropped, or {@link BESAR} when `n` is not a safe integer. */
function kecil(n: number, e: number): Kecil {
  aman(n);
  // Below 2^50 `n / 10` is an integer exactly when 10 divides `n` (a fraction of at least 0.1
  // cannot round away); no `%`, a call on doubles. Larger values keep their zeros.
  while (e > 0 && Math.abs(n) < 2 ** 50) {
    const q = n / 10;
    if (q !== Math.trunc(q)) break;
    n = q;
    e--;
  }
  if (e > 22) throw BESAR;
  return { n, e };
}

/** `a.n` scaled to `e ≥ a.e` decimals. */
function skala(a: Kecil, e: number): number {
  return aman(a.n * (P10[e - a.e] as number));
}

/**
 * The reference's arithmetic on small decimals in doubles: every result is computed exactly or
 * not at all (it throws {@link BESAR} when it is not a {@link Kecil} — a quotient that does not
 * terminate, a number of 16 digits or more). Such a result has fewer than 16 significant digits,
 * so the reference, which rounds to {@link PRESISI_DESIMAL}, holds it exactly too: where it
 * succeeds it agrees with {@link RASIONAL}, at a fraction of the cost (no BigInt).
 *
 * @example
 * ```ts
 * KECIL.div(KECIL.int(1), KECIL.int(8)); // { n: 125, e: 3 }
 * KECIL.div(KECIL.int(1), KECIL.int(3)); // throws: 0.333… does not terminate
 * ```
 */
export const KECIL: Hitung<Kecil> = {
  nol: { n: 0, e: 0 },
  int: (n) => kecil(n, 0),
  dec: (d) => kecil(d.n, d.d),
  angka(x) {
    decNumber(x);
    return kecil(S[0] as number, S[1] as number);
  },
  add(a, b) {
    const e = Math.max(a.e, b.e);
    return kecil(skala(a, e) + skala(b, e), e);
  },
  sub(a, b) {
    const e = Math.max(a.e, b.e);
    return kecil(skala(a, e) - skala(b, e), e);
  },
  mul: (a, b) => kecil(a.n * b.n, a.e + b.e),
  div(a, b) {
    if (b.n === 0) throw BESAR;
    // a / b = (a.n × 10^k / b.n) / 10^(k + a.e − b.e) for the least k that makes the quotient
    // an integer (it is one exactly when it multiplies back: below 2^52 every product here is
    // exact), while a.n × 10^k stays below 2^52; a quotient that does not terminate (a third)
    // or needs more digits is not a Kecil.
    for (let k = 0; k <= 22; k++) {
      const num = a.n * (P10[k] as number);
      if (!(Math.abs(num) <= 2 ** 52)) break;
      const q = bagiPas(num, b.n);
      if (!Number.isNaN(q)) {
        const e = k + a.e - b.e;
        return e >= 0 ? kecil(q, e) : kecil(q * (P10[-e] ?? Number.POSITIVE_INFINITY), 0);
      }
    }
    throw BESAR;
  },
  cmp(a, b) {
    const e = Math.max(a.e, b.e);
    const x = a.n * (P10[e - a.e] as number);
    const y = b.n * (P10[e - b.e] as number);
    // Both exact: their difference's sign is exact too.
    if (Math.abs(x) < 2 ** 53 && Math.abs(y) < 2 ** 53) return Math.sign(x - y);
    return cmpQ(kecilQ(a), kecilQ(b));
  },
  cmpDec(a, d) {
    return KECIL.cmp(a, { n: d.n, e: d.d });
  },
  cents(a) {
    if (a.n < 0) aside();
    if (a.e <= 2) {
      const c = a.n * (P10[2 - a.e] as number);
      if (c < 2 ** 53) return c;
    } else {
      const p = P10[a.e - 2] as number;
      if (2 * a.n + 3 * p < 2 ** 53) return floorDiv(2 * a.n + p, 2 * p);
    }
    return centsQ(kecilQ(a));
  },
};

/** The unit of {@link SKALA}: 10^-8. */
export const SATUAN = 1e8;
/** {@link SATUAN} as a power of ten. */
const E_SATUAN = 8;

/** `n / 10^d` in units of 10^-8, or {@link BESAR} when it has more than 8 decimals or is too large. */
function satuanDec(n: number, d: number): number {
  return pasti(satuanNaN(n, d));
}

/** {@link satuanDec}, NaN instead of {@link BESAR} (see {@link amanNaN}). */
function satuanNaN(n: number, d: number): number {
  return d > E_SATUAN ? Number.NaN : amanNaN(n * (P10[E_SATUAN - d] as number));
}

/**
 * `b` (units) as `g × 10^j` with `j` ≤ 8 as large as the trailing zeros allow: `[g, j]` in
 * {@link BAGI}. Most divisors are counts or weights (whole numbers: `j` = 8 at once).
 */
const BAGI = new Float64Array(2);
function pembagi(b: number): void {
  const whole = bagiPas(b, SATUAN);
  if (!Number.isNaN(whole)) {
    BAGI[0] = whole;
    BAGI[1] = E_SATUAN;
    return;
  }
  let g = b;
  let j = 0;
  while (j < E_SATUAN) {
    const q = bagiPas(g, 10);
    if (Number.isNaN(q)) break;
    g = q;
    j++;
  }
  BAGI[0] = g;
  BAGI[1] = j;
}

/**
 * The reference's arithmetic on decimals of at most 8 places held as a plain number of
 * 10^-8 units (a safe integer): nothing is allocated, so a rounding tie costs a few
 * arithmetic operations. Every result is computed exactly or not at all (it throws
 * {@link BESAR} for a value with more places, a quotient that does not terminate, a value
 * of 9 × 10^7 or more); such a value has at most 16 significant digits, so the reference,
 * which rounds to {@link PRESISI_DESIMAL}, holds it exactly too. {@link tepat} tries it
 * first, then {@link KECIL}, then {@link RASIONAL}.
 *
 * @example
 * ```ts
 * SKALA.div(SKALA.int(1), SKALA.int(8)); // 12500000: 0.125
 * SKALA.cents(SKALA.div(SKALA.int(1), SKALA.int(8))); // 13: half up
 * SKALA.div(SKALA.int(1), SKALA.int(3)); // throws: 0.333… does not terminate
 * ```
 */
export const SKALA: Hitung<number> = {
  nol: 0,
  int: (n) => aman(n * SATUAN),
  dec: (d) => satuanDec(d.n, d.d),
  angka(x) {
    decNumber(x);
    return satuanDec(S[0] as number, S[1] as number);
  },
  add: (a, b) => aman(a + b),
  sub: (a, b) => aman(a - b),
  mul(a, b) {
    // a × b / 10^8: one factor whole (a count, a weight) divides out first.
    const bw = bagiPas(b, SATUAN);
    if (!Number.isNaN(bw)) return aman(a * bw);
    const aw = bagiPas(a, SATUAN);
    if (!Number.isNaN(aw)) return aman(aw * b);
    const q = bagiPas(aman(a * b), SATUAN);
    if (Number.isNaN(q)) throw BESAR;
    return q;
  },
  div(a, b) {
    if (b === 0) throw BESAR;
    // a / b in units is a × 10^8 / b = a × 10^(8 − j) / g for b = g × 10^j.
    pembagi(b);
    const g = BAGI[0] as number;
    const q = bagiPas(aman(a * (P10[E_SATUAN - (BAGI[1] as number)] as number)), g);
    if (Number.isNaN(q)) throw BESAR;
    return q;
  },
  cmp: (a, b) => Math.sign(a - b),
  cmpDec(a, d) {
    if (d.d <= E_SATUAN) {
      const b = d.n * (P10[E_SATUAN - d.d] as number);
      if (Math.abs(b) < 2 ** 53) return Math.sign(a - b);
    }
    return cmpQ([BigInt(a), BigInt(SATUAN)], qDec(d));
  },
  cents(a) {
    if (a < 0) aside();
    // round(a / 10^6) half up, in integers below 2^53.
    if (2 * a + 1e6 < 2 ** 53) return floorDiv(2 * a + 1e6, 2e6);
    return centsQ([BigInt(a), BigInt(SATUAN)]);
  },
};

/** `SKALA.dec(d)`, or NaN where it throws (see {@link amanNaN}). */
export function skalaDec(d: Dec): number {
  return satuanNaN(d.n, d.d);
}

/**
 * Whether `w` is a weight or count {@link SKALA} multiplies and divides by as a plain number:
 * whole, not negative, `w × 10^8` below 2^53 (`SKALA.int(w)` and `SKALA.angka(w)` hold it).
 * Then `SKALA.mul(a, SKALA.int(w))` is `amanNaN(a × w)` and, for `w` > 0,
 * `SKALA.div(a, SKALA.int(w))` is `bagiPas(a, w)` (NaN where those throw).
 */
export function skalaBulat(w: number): boolean {
  return Number.isInteger(w) && w >= 0 && w * SATUAN < 2 ** 53;
}

/** A {@link Kecil} as a rational. */
function kecilQ(a: Kecil): Q {
  return [BigInt(a.n), p10n(a.e)];
}

/**
 * `f` on {@link SKALA}, else — when a value on the way has more than 8 places — on
 * {@link KECIL}, else — when one is not a small decimal — on {@link RASIONAL} (they agree
 * where they decide). `f` returns what it decided in any of them
 * (cents, a comparison, or its values with the arithmetic that holds them).
 *
 * @example
 * ```ts
 * const mean = <T>(H: Hitung<T>, xs: number[]) =>
 *   H.cents(H.div(xs.reduce((s, x) => H.add(s, H.angka(x)), H.nol), H.int(xs.length)));
 * tepat(mean, [1, 2]); // 150: 1.5, in doubles
 * tepat(mean, [1, 1, 2]); // 133: 1.333… to 40 digits, on rationals
 * ```
 */
export function tepat<A extends unknown[], R>(
  f: <T>(H: Hitung<T>, ...args: A) => R,
  ...args: A
): R {
  try {
    return f(SKALA, ...args);
  } catch (e) {
    if (e !== BESAR) throw e;
  }
  try {
    return f(KECIL, ...args);
  } catch (e) {
    if (e !== BESAR) throw e;
    return f(RASIONAL, ...args);
  }
}

/**
 * {@link tepat} for a computation of one value: that value rounded to cents ({@link Hitung.cents}).
 *
 * @example
 * ```ts
 * const half = <T>(H: Hitung<T>, x: number) => H.div(H.angka(x), H.int(2));
 * tepatCents(half, 0.125); // 6: 0.0625, half up
 * ```
 */
export function tepatCents<A extends unknown[]>(
  f: <T>(H: Hitung<T>, ...args: A) => T,
  ...args: A
): number {
  return tepat(<T>(H: Hitung<T>) => H.cents(f(H, ...args)));
}
