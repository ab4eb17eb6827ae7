/**
 * The float fast path: its arithmetic, shared by its two front ends — {@link floatCalculator}
 * (one immutable object per value) and {@link floatArena} (values in typed-array slots, no
 * allocation per operation, for the scoring pipeline). One module on purpose: the hot
 * functions call each other and read the slot arrays without crossing a module boundary
 * (transpiled to CommonJS, every imported binding becomes a getter call).
 *
 * A value is four scalars `(v, e, n, dp)`:
 *
 * 1. **Exact decimal** (`dp >= 0`): the value is exactly the decimal `n / 10^dp`, with `n` an
 *    integer below 2^53 and `dp <= 22`, kept with no trailing zero (`n % 10 !== 0` when
 *    `dp > 0`). Such a value has at most 16 significant digits, so the decimal reference
 *    (decimal.js, 40 significant digits) holds exactly the same number: additions,
 *    subtractions, products and terminating quotients of such values are computed in integer
 *    arithmetic on doubles, and comparisons and roundings between them are decided exactly,
 *    ties included (`100 − 9.12 / 12 × 100` is exactly 24).
 * 2. **Filtered float** (`dp === -1`): a double `v` with a rigorous bound `e` on its distance
 *    from the exact value (`[v − e, v + e]`); a decision is made only when the bound proves
 *    it, otherwise {@link Undecidable} is thrown and the caller re-runs on decimal.js. A
 *    quotient that does not terminate (`1 / 3`) leaves layer 1, because decimal.js rounds it
 *    to 40 digits: from then on only decisions with a margin far above that rounding are made.
 *
 * For every value `v` is the double nearest to the exact decimal (layer 1) or within `e` of
 * the exact value (layer 2), and `e` bounds `|v − exact|` in both layers.
 *
 * Operations read and write slots of typed arrays ({@link V}, {@link E}, {@link N}, {@link D}).
 */
import { type Calculator, Undecidable } from './calculator.js';

/**
 * The slots: value `i` is `(V[i], E[i], N[i], D[i])`. Operations read their operands from
 * slots and write their result into a slot, so that no double is boxed on the way (a call
 * with double arguments would box each of them). Slots 0–2 stage the operands and result of
 * {@link floatCalculator}; the arena owns the rest (see `arena.ts`).
 */
let V = new Float64Array(4);
let E = new Float64Array(4);
let N = new Float64Array(4);
let D = new Int32Array(4);

/** Grows the slot arrays to at least `size` slots (existing values are kept). */
function reserveSlots(size: number): void {
  if (size <= V.length) return;
  let cap = V.length;
  while (cap < size) cap *= 2;
  const v = new Float64Array(cap);
  const e = new Float64Array(cap);
  const n = new Float64Array(cap);
  const d = new Int32Array(cap);
  v.set(V);
  e.set(E);
  n.set(N);
  d.set(D);
  V = v;
  E = e;
  N = n;
  D = d;
}

// Unit roundoff is 2^-53; we use 2^-50 so that the rounding of the bound computations
// themselves is covered with a wide margin. A larger bound only means more fallbacks.
const U = 2 ** -50;
const SPLITTER = 134217729; // 2^27 + 1, Veltkamp split
const MAX_SAFE = 2 ** 52;
/** Exclusive bound of the exact-decimal numerators: every integer below it is a double. */
const LIM = 2 ** 53;
const MAX_DP = 22;
const P10: readonly number[] = Array.from({ length: MAX_DP + 1 }, (_, i) => 10 ** i);
const P2: readonly number[] = Array.from({ length: 54 }, (_, i) => 2 ** i);
// 5^k is exact up to k = 22; larger entries only ever multiply a numerator that then fails
// the `< LIM` check (or is 0).
const P5: readonly number[] = Array.from({ length: 54 }, (_, i) => 5 ** i);

/** Writes an error-bounded double into slot `k`. */
function setVal(k: number, v: number, e: number): void {
  if (!Number.isFinite(v) || !Number.isFinite(e)) throw new Undecidable('an overflow');
  V[k] = v;
  E[k] = e;
  N[k] = 0;
  D[k] = -1;
}

/**
 * Writes the exact decimal `n / 10^dp` into slot `k` (caller guarantees `|n| < 2^53`,
 * `0 <= dp <= 22`), with trailing zeros removed so that equal values have equal
 * representations.
 */
function setExact(k: number, n: number, dp: number): void {
  if (dp > 0) {
    const ni = n | 0;
    if (ni === n) {
      // int32: `%` by a constant is a multiply-shift, not a libm call
      let m = ni;
      while (dp > 0 && m % 10 === 0) {
        m = (m / 10) | 0;
        dp--;
      }
      n = m;
    } else {
      while (dp > 0 && divides(10, n)) {
        n /= 10;
        dp--;
      }
    }
  }
  n += 0; // no negative zero
  if (dp === 0) {
    V[k] = n;
    E[k] = 0;
  } else {
    const v = n / (P10[dp] as number);
    V[k] = v;
    E[k] = Math.abs(v) * U;
  }
  N[k] = n;
  D[k] = dp;
}

/** Copies slot `i` to slot `k`. */
function copySlot(i: number, k: number): void {
  V[k] = V[i] as number;
  E[k] = E[i] as number;
  N[k] = N[i] as number;
  D[k] = D[i] as number;
}

/** Writes `−(slot i)` into slot `k`. */
function coreNeg(i: number, k: number): void {
  const dp = D[i] as number;
  if (dp >= 0) setExact(k, -(N[i] as number), dp);
  else {
    V[k] = -(V[i] as number);
    E[k] = E[i] as number;
    N[k] = 0;
    D[k] = -1;
  }
}

/**
 * `m` divides the integer `a` (|a| < 2^53, m ≥ 1). Cheaper than `%` on doubles (a libm call):
 * when `a / m` is an integer `k` the quotient is exact, so `k · m === a`; otherwise the
 * product of the rounded quotient and `m` is a different integer or at least 2^53.
 */
function divides(m: number, a: number): boolean {
  return Math.round(a / m) * m === a;
}

/** Error of a*b exactly representable? Dekker's two-product residual. */
function productResidual(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return al * bl - (p - ah * bh - al * bh - ah * bl);
}

/**
 * A JS number as the decimal that decimal.js reads for it (its shortest round-trip string:
 * 9.12 is exactly 9.12). The first `k` for which `round(x·10^k) / 10^k` gives `x` back is the
 * shortest representation: below 2^50 the candidate at a given `k` is unique and `round`
 * finds it, because the error of `x·10^k` is below 1/4.
 */
function fromNumber(x: number, slot: number): void {
  if (Number.isInteger(x)) {
    if (Math.abs(x) <= MAX_SAFE) setExact(slot, x, 0);
    else setVal(slot, x, Math.abs(x) * U);
    return;
  }
  for (let k = 1; k <= 17; k++) {
    const m = x * (P10[k] as number);
    if (Math.abs(m) >= 2 ** 50) break;
    const n = Math.round(m);
    if (n / (P10[k] as number) === x) {
      setExact(slot, n, k);
      return;
    }
  }
  setVal(slot, x, Math.abs(x) * U);
}

/** A plain decimal string (`-12.50`, `.5`, `5.`): writes its exact value, or returns false. */
function fromPlainString(s: string, slot: number): boolean {
  const len = s.length;
  let i = 0;
  let neg = false;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 /* - */ || c0 === 43 /* + */) {
    neg = c0 === 45;
    i = 1;
  }
  let n = 0;
  let digits = 0;
  let dp = -1;
  for (; i < len; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 46 /* . */) {
      if (dp >= 0) return false;
      dp = 0;
      continue;
    }
    const d = ch - 48;
    if (d < 0 || d > 9) return false;
    digits++;
    n = n * 10 + d;
    if (dp >= 0) dp++;
  }
  if (digits === 0 || n >= LIM || dp > MAX_DP) return false;
  setExact(slot, neg ? -n : n, Math.max(dp, 0));
  return true;
}

/** Parses a caller value (number or decimal string) into slot `k`. */
function coreFrom(x: number | string, k: number): void {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
    fromNumber(x, k);
    return;
  }
  if (fromPlainString(x, k)) return;
  const v = Number(x);
  if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${x}`);
  const trimmed = x.trim();
  if (trimmed === '') throw new RangeError('empty number');
  if (trimmed !== x && fromPlainString(trimmed, k)) return;
  setVal(k, v, Math.abs(v) * U);
}

/** Slot `k` = slot `i` + sign · slot `j` (sign ±1). */
function coreAdd(i: number, j: number, sign: number, k: number): void {
  const ad = D[i] as number;
  const bd = D[j] as number;
  if (ad >= 0 && bd >= 0) {
    let n1 = N[i] as number;
    let n2 = sign * (N[j] as number);
    let dp = ad;
    if (ad < bd) {
      n1 *= P10[bd - ad] as number;
      dp = bd;
    } else if (bd < ad) n2 *= P10[ad - bd] as number;
    const n = n1 + n2;
    if (Math.abs(n1) < LIM && Math.abs(n2) < LIM && Math.abs(n) < LIM) {
      setExact(k, n, dp);
      return;
    }
  }
  const av = V[i] as number;
  const bv = sign * (V[j] as number);
  const ae = E[i] as number;
  const be = E[j] as number;
  const s = av + bv;
  if (ae === 0 && be === 0) {
    const bb = s - av;
    const err = av - (s - bb) + (bv - bb);
    if (err === 0) {
      setVal(k, s, 0);
      return;
    }
  }
  setVal(k, s, ae + be + Math.abs(s) * U);
}

/** Slot `k` = slot `i` × slot `j`. */
function coreMul(i: number, j: number, k: number): void {
  const ad = D[i] as number;
  const bd = D[j] as number;
  if (ad >= 0 && bd >= 0) {
    const n = (N[i] as number) * (N[j] as number);
    const dp = ad + bd;
    if (Math.abs(n) < LIM && dp <= MAX_DP) {
      setExact(k, n, dp);
      return;
    }
  }
  const av = V[i] as number;
  const bv = V[j] as number;
  const ae = E[i] as number;
  const be = E[j] as number;
  const p = av * bv;
  if (ae === 0 && be === 0 && Math.abs(p) < 2 ** 996 && productResidual(av, bv, p) === 0) {
    setVal(k, p, 0);
    return;
  }
  setVal(k, p, Math.abs(av) * be + Math.abs(bv) * ae + ae * be + Math.abs(p) * U);
}

/** Slot `k` = slot `i` / slot `j`; throws {@link Undecidable} when the divisor may be zero. */
function coreDiv(i: number, j: number, k: number): void {
  const av = V[i] as number;
  const bv = V[j] as number;
  const ae = E[i] as number;
  const be = E[j] as number;
  const ab = Math.abs(bv);
  if (ab <= be) throw new Undecidable('a division by a value that may be zero');
  const ad = D[i] as number;
  const bd = D[j] as number;
  if (ad >= 0 && bd >= 0 && divExact(N[i] as number, ad, N[j] as number, bd, k)) return;
  const q = av / bv;
  if (ae === 0 && be === 0 && Math.abs(q) < 2 ** 996 && ab < 2 ** 996) {
    const p = q * bv;
    if (p === av && productResidual(q, bv, p) === 0) {
      setVal(k, q, 0);
      return;
    }
  }
  const e = (Math.abs(av) * be + ab * ae) / (ab * (ab - be));
  setVal(k, q, e * (1 + 4 * U) + Math.abs(q) * U);
}

const FACTOR_CACHE = 1 << 14;
/** `m << 10 | x << 5 | y` for `n = 2^x · 5^y · m` (0: not computed yet), for small `n`. */
const FACTORS = new Int32Array(FACTOR_CACHE);

function factor(n: number): number {
  let r = n;
  let x = 0;
  let y = 0;
  while ((r & 1) === 0) {
    r >>= 1;
    x++;
  }
  while (r % 5 === 0) {
    r = (r / 5) | 0;
    y++;
  }
  return (r << 10) | (x << 5) | y;
}

/**
 * The quotient of two exact decimals when it terminates: `an / bn` terminates iff
 * `bn = 2^x · 5^y · m` with `m` dividing `an`. Writes it into slot `k` and returns true, or
 * returns false.
 */
function divExact(an: number, ad: number, bn: number, bd: number, k: number): boolean {
  let m = Math.abs(bn);
  let x = 0;
  let y = 0;
  if (m < FACTOR_CACHE) {
    // small divisors (counts, targets, 100, 10000) recur: factor each once
    let f = FACTORS[m] as number;
    if (f === 0) {
      f = factor(m);
      FACTORS[m] = f;
    }
    m = f >>> 10;
    x = (f >>> 5) & 31;
    y = f & 31;
  } else {
    const mi = m | 0;
    if (mi === m) {
      let r = mi;
      while ((r & 1) === 0) {
        r >>= 1;
        x++;
      }
      while (r % 5 === 0) {
        r = (r / 5) | 0;
        y++;
      }
      m = r;
    } else {
      while (Number.isInteger(m / 2)) {
        m /= 2;
        x++;
      }
      while (divides(5, m)) {
        m /= 5;
        y++;
      }
    }
  }
  if (m !== 1) {
    const ai = an | 0;
    if (ai === an && (m | 0) === m ? ai % m !== 0 : !divides(m, an)) return false;
  }
  // an / bn = q / (2^x · 5^y) with q = an / m; cancel common 2s and 5s first, then
  // q / (2^x · 5^y) = q · 2^(j−x) · 5^(j−y) / 10^j with j = max(x, y).
  let q = an / m;
  while (x > 0 && Number.isInteger(q / 2)) {
    q /= 2;
    x--;
  }
  while (y > 0 && divides(5, q)) {
    q /= 5;
    y--;
  }
  const j = Math.max(x, y);
  let n = q * (P2[j - x] as number);
  if (Math.abs(n) >= LIM) return false;
  n *= P5[j - y] as number;
  let dp = j + ad - bd;
  if (dp < 0) {
    n *= P10[-dp] as number;
    dp = 0;
  }
  if (Math.abs(n) >= LIM || dp > MAX_DP) return false;
  setExact(k, bn < 0 ? -n : n, dp);
  return true;
}

/** Exact three-way comparison of slots `i` and `j`, or {@link Undecidable}. */
function coreCmp(i: number, j: number): -1 | 0 | 1 {
  const ad = D[i] as number;
  const bd = D[j] as number;
  if (ad >= 0 && bd >= 0) {
    let n1 = N[i] as number;
    let n2 = N[j] as number;
    if (ad < bd) n1 *= P10[bd - ad] as number;
    else if (bd < ad) n2 *= P10[ad - bd] as number;
    if (Math.abs(n1) < LIM && Math.abs(n2) < LIM) return n1 < n2 ? -1 : n1 > n2 ? 1 : 0;
  }
  const av = V[i] as number;
  const bv = V[j] as number;
  const ae = E[i] as number;
  const be = E[j] as number;
  if (ae === 0 && be === 0) return av < bv ? -1 : av > bv ? 1 : 0;
  const d = av - bv;
  const bound = (ae + be) * (1 + 4 * U) + (Math.abs(av) + Math.abs(bv)) * U;
  if (d > bound) return 1;
  if (-d > bound) return -1;
  throw new Undecidable('a comparison');
}

/** Exact zero test of slot `i`, or {@link Undecidable}. */
function coreIsZero(i: number): boolean {
  if ((D[i] as number) >= 0) return N[i] === 0;
  const v = V[i] as number;
  const e = E[i] as number;
  if (e === 0) return v === 0;
  if (Math.abs(v) > e * (1 + 4 * U)) return false;
  throw new Undecidable('a zero test');
}

/**
 * Slot `i` rounded to `to` decimals, as the signed integer numerator `k` of `k / 10^to`.
 * Exact decimals are rounded in integer arithmetic (ties included); other values by their
 * bound, or {@link Undecidable}.
 */
function coreRoundedNumerator(i: number, to: number, mode: string): number {
  const dp = D[i] as number;
  const n = N[i] as number;
  if (dp >= 0 && Math.abs(n) < MAX_SAFE) {
    if (dp <= to) {
      const m = n * (P10[to - dp] as number);
      if (Math.abs(m) < LIM) return m;
    } else {
      const an = Math.abs(n);
      const s = P10[dp - to] as number;
      let f = Math.floor(an / s);
      let r = an - f * s;
      if (r < 0) {
        f--;
        r += s;
      } else if (r >= s) {
        f++;
        r -= s;
      }
      const twice = 2 * r;
      let up: boolean;
      if (mode === 'HALF_UP') up = twice >= s;
      else if (mode === 'HALF_EVEN') up = twice > s || (twice === s && f % 2 === 1);
      else if (mode === 'UP') up = r > 0;
      else up = false;
      const k = up ? f + 1 : f;
      return n < 0 ? -k : k;
    }
  }
  return roundInexact(V[i] as number, E[i] as number, to, mode);
}

function roundInexact(v: number, e: number, dp: number, mode: string): number {
  const scale = P10[dp];
  if (scale === undefined || dp > 8) throw new Undecidable(`rounding to ${dp} places`);
  const y = v * scale;
  const yExact = e === 0 && productResidual(v, scale, y) === 0;
  const ey = yExact ? 0 : e * scale * (1 + 4 * U) + Math.abs(y) * U;
  if (Math.abs(y) > MAX_SAFE / 4) throw new Undecidable('rounding a large value');
  const sign = y < 0 ? -1 : 1;
  const ay = Math.abs(y);
  const f = Math.floor(ay);
  const frac = ay - f; // exact for |y| < 2^52
  let k: number;
  if (mode === 'HALF_UP' || mode === 'HALF_EVEN') {
    if (Math.abs(frac - 0.5) <= ey || (ey === 0 && frac === 0.5)) {
      if (ey !== 0) throw new Undecidable('a rounding at a half');
      // exactly half: decide by mode
      k = mode === 'HALF_UP' ? f + 1 : f % 2 === 0 ? f : f + 1;
    } else {
      k = frac > 0.5 ? f + 1 : f;
    }
  } else if (ey === 0 && frac === 0) {
    k = f;
  } else if (frac <= ey || 1 - frac <= ey) {
    throw new Undecidable('a directed rounding near an integer');
  } else {
    k = mode === 'DOWN' ? f : f + 1;
  }
  return sign * k;
}

/** Slot `i` rounded to `to` decimals, written into slot `k`. */
function coreRound(i: number, to: number, mode: string, k: number): void {
  setExact(k, coreRoundedNumerator(i, to, mode), to);
}

/** Canonical decimal string (no exponent) of an exact value, or {@link Undecidable}. */
function coreToString(i: number): string {
  const dp = D[i] as number;
  if (dp >= 0) return fixed(N[i] as number, dp);
  const v = V[i] as number;
  if (E[i] === 0 && Number.isInteger(v) && Math.abs(v) < LIM) return String(v + 0);
  throw new Undecidable('an exact decimal string');
}

/** Fixed-point string of a value already rounded to `to` decimals, or {@link Undecidable}. */
function coreToFixed(i: number, to: number): string {
  const dp = D[i] as number;
  if (dp >= 0 && dp <= to) {
    const m = (N[i] as number) * (P10[to - dp] as number);
    if (Math.abs(m) < LIM) return fixed(m, to);
  }
  const v = V[i] as number;
  if (E[i] === 0 && Number.isInteger(v) && Math.abs(v) < LIM) {
    const m = v * (P10[to] ?? 1);
    if (Math.abs(m) < LIM) return fixed(m, to);
  }
  throw new Undecidable('an exact fixed-point string');
}

// Reported values repeat (85.50, 100.00, …): the strings of small non-negative numerators are
// kept, per number of decimals, in a bounded table shared by all calls (strings are immutable).
const FIXED_CACHE_SIZE = 1 << 16;
const FIXED_CACHE: (string | undefined)[][] = [];

/** `n / 10^dp` as a fixed-point string with exactly `dp` decimals (`n` an integer). */
function fixed(n: number, dp: number): string {
  if (n >= 0 && n < FIXED_CACHE_SIZE && dp <= 8) {
    let table = FIXED_CACHE[dp];
    if (table === undefined) {
      table = new Array<string | undefined>(FIXED_CACHE_SIZE);
      FIXED_CACHE[dp] = table;
    }
    const i = n | 0; // an int32 index: a double key would take the slow keyed-load path
    let hit = table[i];
    if (hit === undefined) {
      hit = fixedUncached(n, dp);
      table[i] = hit;
    }
    return hit;
  }
  return fixedUncached(n, dp);
}

function fixedUncached(n: number, dp: number): string {
  const neg = n < 0;
  let s = String(Math.abs(n));
  if (dp === 0) return (neg ? '-' : '') + s;
  while (s.length <= dp) s = `0${s}`;
  return `${neg ? '-' : ''}${s.slice(0, -dp)}.${s.slice(-dp)}`;
}

// ---------------------------------------------------------------- object front end

/**
 * A value of the float fast path (see `core.ts` for the two layers):
 *
 * - `dp >= 0`: exactly the decimal `n / 10^dp` (|n| < 2^53, no trailing zero), which
 *   decimal.js holds exactly too, so ties are decided exactly;
 * - `dp === -1`: only known to lie in `[v − e, v + e]`; decisions are made only when the
 *   bound proves them, otherwise {@link Undecidable} is thrown.
 *
 * `v` is always within `e` of the exact value, so `toNumber` is always meaningful.
 */
export interface FloatVal {
  readonly v: number;
  readonly e: number;
  /** Integer numerator of the exact decimal value `n / 10^dp` (0 when `dp === -1`). */
  readonly n: number;
  /** Decimal places of the exact value, or -1 when only the bound `e` is known. */
  readonly dp: number;
}

// Staging slots of core.ts: operands in 0 and 1, result in 2.
const A = 0;
const B = 1;
const OUT = 2;

function stage(x: FloatVal, slot: number): void {
  V[slot] = x.v;
  E[slot] = x.e;
  N[slot] = x.n;
  D[slot] = x.dp;
}

function result(): FloatVal {
  return { v: V[OUT] as number, e: E[OUT] as number, n: N[OUT] as number, dp: D[OUT] as number };
}

/**
 * The filtered float backend: exact small decimals in integer arithmetic, and IEEE-754
 * doubles with running error bounds beyond them (see {@link FloatVal}). Every decision
 * (comparison, rounding) is made only when it is proven; otherwise it throws
 * {@link Undecidable} and the caller re-runs on the decimal backend.
 */
export const floatCalculator: Calculator<FloatVal> = {
  name: 'float',
  from(x) {
    coreFrom(x, OUT);
    return result();
  },
  add(a, b) {
    stage(a, A);
    stage(b, B);
    coreAdd(A, B, 1, OUT);
    return result();
  },
  sub(a, b) {
    stage(a, A);
    stage(b, B);
    coreAdd(A, B, -1, OUT);
    return result();
  },
  mul(a, b) {
    stage(a, A);
    stage(b, B);
    coreMul(A, B, OUT);
    return result();
  },
  div(a, b) {
    stage(a, A);
    stage(b, B);
    coreDiv(A, B, OUT);
    return result();
  },
  neg(a) {
    stage(a, A);
    coreNeg(A, OUT);
    return result();
  },
  cmp(a, b) {
    stage(a, A);
    stage(b, B);
    return coreCmp(A, B);
  },
  isZero(a) {
    stage(a, A);
    return coreIsZero(A);
  },
  round(a, dp, mode) {
    if (a.dp >= 0 && a.dp <= dp) return a;
    stage(a, A);
    coreRound(A, dp, mode, OUT);
    return result();
  },
  roundToFixed(a, dp, mode) {
    stage(a, A);
    return fixed(coreRoundedNumerator(A, dp, mode), dp);
  },
  toString(a) {
    stage(a, A);
    return coreToString(A);
  },
  toFixed(a, dp) {
    stage(a, A);
    return coreToFixed(A, dp);
  },
  toNumber: (a) => a.v,
  keep: (a) => a,
};

// ---------------------------------------------------------------- arena front end

/**
 * The float fast path without an allocation per operation, for the scoring pipeline.
 *
 * Same arithmetic and same decisions as `floatCalculator` (both run `core.ts`), but a value
 * is a small integer naming a slot of typed arrays instead of an object. Slots are reused: a
 * value is valid only inside the {@link FloatArena.scoped} call that created it, except
 * values passed through `keep` (parsed ruleset constants), which stay valid for the life of
 * the process. Each scope has a generation number carried by its values, so a value used
 * after its scope ended is reported as a programmer error instead of silently reading
 * another value.
 *
 * Internal: `evaluate` scores inside `scoped` and never lets a value out of it (outcomes hold
 * strings); indicator types supplied by callers never see it.
 */
export interface FloatArena {
  readonly calculator: Calculator<number>;
  /** Runs `f` with an empty scratch region; not reentrant. */
  scoped<X>(f: () => X): X;
}

const SLOT_BITS = 20;
const MAX_SLOTS = 1 << SLOT_BITS;
const MASK = MAX_SLOTS - 1;
/** Slots [FIRST_KEPT, SCRATCH) hold kept values; [SCRATCH, …) is the scratch region. */
const FIRST_KEPT = 3; // 0–2 stage floatCalculator's operands
const SCRATCH = 1 << 14;
const MAX_GEN = (1 << (30 - SLOT_BITS)) - 1;

let gen = 0; // generation of the open scope; 0 = none
let nextGen = 1;
let top = SCRATCH;
let kept = FIRST_KEPT;

function stale(): never {
  throw new Error(
    'kinerja: a float arena value was used outside the scoring call that created it (programmer error)',
  );
}

/** Slot of a value, checked against the open scope (kept values have generation 0). */
function slot(x: number): number {
  const g = x >>> SLOT_BITS;
  if (g !== gen && g !== 0) stale();
  return x & MASK;
}

/** A fresh scratch slot for a result. */
function fresh(): number {
  if (gen === 0) stale();
  if (top >= V.length) {
    if (top >= MAX_SLOTS) throw new Undecidable('an arena overflow (appraisal too large)');
    reserveSlots(top + 1);
  }
  return top++;
}

function handle(k: number): number {
  return k | (gen << SLOT_BITS);
}

const calculator: Calculator<number> = {
  name: 'float',
  from(x) {
    const k = fresh();
    coreFrom(x, k);
    return handle(k);
  },
  add(a, b) {
    const i = slot(a);
    const j = slot(b);
    const k = fresh();
    coreAdd(i, j, 1, k);
    return handle(k);
  },
  sub(a, b) {
    const i = slot(a);
    const j = slot(b);
    const k = fresh();
    coreAdd(i, j, -1, k);
    return handle(k);
  },
  mul(a, b) {
    const i = slot(a);
    const j = slot(b);
    const k = fresh();
    coreMul(i, j, k);
    return handle(k);
  },
  div(a, b) {
    const i = slot(a);
    const j = slot(b);
    const k = fresh();
    coreDiv(i, j, k);
    return handle(k);
  },
  neg(a) {
    const i = slot(a);
    const k = fresh();
    coreNeg(i, k);
    return handle(k);
  },
  cmp: (a, b) => coreCmp(slot(a), slot(b)),
  isZero: (a) => coreIsZero(slot(a)),
  round(a, dp, mode) {
    const i = slot(a);
    const d = D[i] as number;
    if (d >= 0 && d <= dp) return a;
    const k = fresh();
    coreRound(i, dp, mode, k);
    return handle(k);
  },
  roundToFixed: (a, dp, mode) => fixed(coreRoundedNumerator(slot(a), dp, mode), dp),
  toString: (a) => coreToString(slot(a)),
  toFixed: (a, dp) => coreToFixed(slot(a), dp),
  toNumber: (a) => V[slot(a)] as number,
  keep(a) {
    if (a >>> SLOT_BITS === 0) return a;
    const i = slot(a);
    if (kept >= SCRATCH) throw new Undecidable('a full arena (too many rulesets)');
    const k = kept++;
    copySlot(i, k);
    return k;
  },
};

/**
 * The process-wide float arena (see {@link FloatArena}).
 *
 * @example
 * ```ts
 * const s = floatArena.scoped(() => {
 *   const c = floatArena.calculator;
 *   return c.roundToFixed(c.div(c.from('9.12'), c.from(12)), 2, 'HALF_UP');
 * });
 * s; // '0.76'
 * ```
 */
export const floatArena: FloatArena = {
  calculator,
  scoped(f) {
    if (gen !== 0) throw new Error('kinerja: floatArena.scoped is not reentrant');
    reserveSlots(SCRATCH * 2);
    gen = nextGen;
    nextGen = nextGen === MAX_GEN ? 1 : nextGen + 1;
    top = SCRATCH;
    try {
      return f();
    } finally {
      gen = 0;
    }
  },
};
