import { type Calculator, Undecidable } from './calculator.js';

/**
 * A value of the float fast path.
 *
 * Two layers, checked in this order by every operation:
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
 * For every value `v` is the double nearest to the value (exact-decimal layer) or within `e`
 * of it, so `toNumber` is always meaningful.
 */
export interface FloatVal {
  readonly v: number;
  readonly e: number;
  /** Integer numerator of the exact decimal value `n / 10^dp` (0 when `dp === -1`). */
  readonly n: number;
  /** Decimal places of the exact value, or -1 when only the bound `e` is known. */
  readonly dp: number;
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

function val(v: number, e: number): FloatVal {
  if (!Number.isFinite(v) || !Number.isFinite(e)) throw new Undecidable('an overflow');
  return { v, e, n: 0, dp: -1 };
}

/**
 * The exact decimal `n / 10^dp` (caller guarantees `|n| < 2^53`, `0 <= dp <= 22`), with
 * trailing zeros removed so that equal values have equal representations.
 */
function ex(n: number, dp: number): FloatVal {
  if (dp === 0) return { v: n + 0, e: 0, n: n + 0, dp: 0 };
  while (dp > 0 && divides(10, n)) {
    n /= 10;
    dp--;
  }
  if (dp === 0) return { v: n + 0, e: 0, n: n + 0, dp: 0 };
  const v = n / (P10[dp] as number);
  return { v, e: Math.abs(v) * U, n, dp };
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
function fromNumber(x: number): FloatVal {
  if (Number.isInteger(x)) {
    return Math.abs(x) <= MAX_SAFE ? { v: x + 0, e: 0, n: x + 0, dp: 0 } : val(x, Math.abs(x) * U);
  }
  for (let k = 1; k <= 17; k++) {
    const m = x * (P10[k] as number);
    if (Math.abs(m) >= 2 ** 50) break;
    const n = Math.round(m);
    if (n / (P10[k] as number) === x) return ex(n, k);
  }
  return val(x, Math.abs(x) * U);
}

/** A plain decimal string (`-12.50`, `.5`, `5.`): its exact value, or undefined. */
function fromPlainString(s: string): FloatVal | undefined {
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
      if (dp >= 0) return undefined;
      dp = 0;
      continue;
    }
    const d = ch - 48;
    if (d < 0 || d > 9) return undefined;
    digits++;
    n = n * 10 + d;
    if (dp >= 0) dp++;
  }
  if (digits === 0) return undefined;
  if (n >= LIM || dp > MAX_DP) return undefined;
  return ex(neg ? -n : n, Math.max(dp, 0));
}

function addInexact(a: FloatVal, av: number, b: FloatVal, bv: number): FloatVal {
  const s = av + bv;
  if (a.e === 0 && b.e === 0) {
    const bb = s - av;
    const err = av - (s - bb) + (bv - bb);
    if (err === 0) return val(s, 0);
  }
  return val(s, a.e + b.e + Math.abs(s) * U);
}

/** `a + sign·b` (sign ±1). */
function addSigned(a: FloatVal, b: FloatVal, sign: 1 | -1): FloatVal {
  if (a.dp >= 0 && b.dp >= 0) {
    let n1 = a.n;
    let n2 = sign * b.n;
    let dp = a.dp;
    if (a.dp < b.dp) {
      n1 *= P10[b.dp - a.dp] as number;
      dp = b.dp;
    } else if (b.dp < a.dp) n2 *= P10[a.dp - b.dp] as number;
    const n = n1 + n2;
    if (Math.abs(n1) < LIM && Math.abs(n2) < LIM && Math.abs(n) < LIM) return ex(n, dp);
  }
  return addInexact(a, a.v, b, sign * b.v);
}

function divInexact(a: FloatVal, b: FloatVal): FloatVal {
  const ab = Math.abs(b.v);
  const q = a.v / b.v;
  if (a.e === 0 && b.e === 0 && Math.abs(q) < 2 ** 996 && ab < 2 ** 996) {
    const p = q * b.v;
    if (p === a.v && productResidual(q, b.v, p) === 0) return val(q, 0);
  }
  const e = (Math.abs(a.v) * b.e + ab * a.e) / (ab * (ab - b.e));
  return val(q, e * (1 + 4 * U) + Math.abs(q) * U);
}

function roundInexact(a: FloatVal, dp: number, mode: string): FloatVal {
  const scale = P10[dp];
  if (scale === undefined || dp > 8) throw new Undecidable(`rounding to ${dp} places`);
  const y = a.v * scale;
  const yExact = a.e === 0 && productResidual(a.v, scale, y) === 0;
  const ey = yExact ? 0 : a.e * scale * (1 + 4 * U) + Math.abs(y) * U;
  if (Math.abs(y) > MAX_SAFE / 4) throw new Undecidable('rounding a large value');
  const sign = y < 0 ? -1 : 1;
  const ay = Math.abs(y);
  const f = Math.floor(ay);
  const frac = ay - f; // exact for |y| < 2^52
  let n: number;
  if (mode === 'HALF_UP' || mode === 'HALF_EVEN') {
    if (Math.abs(frac - 0.5) <= ey || (ey === 0 && frac === 0.5)) {
      if (ey === 0) {
        // exactly half: decide by mode
        n = mode === 'HALF_UP' ? f + 1 : f % 2 === 0 ? f : f + 1;
      } else {
        throw new Undecidable('a rounding at a half');
      }
    } else {
      n = frac > 0.5 ? f + 1 : f;
    }
  } else {
    if (ey === 0 && frac === 0) {
      n = f;
    } else if (frac <= ey || 1 - frac <= ey) {
      throw new Undecidable('a directed rounding near an integer');
    } else {
      n = mode === 'DOWN' ? f : f + 1;
    }
  }
  return ex(sign * n, dp);
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
    if (typeof x === 'number') {
      if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
      return fromNumber(x);
    }
    const plain = fromPlainString(x);
    if (plain !== undefined) return plain;
    const v = Number(x);
    if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${x}`);
    const trimmed = x.trim();
    if (trimmed === '') throw new RangeError('empty number');
    if (trimmed !== x) {
      const t = fromPlainString(trimmed);
      if (t !== undefined) return t;
    }
    return val(v, Math.abs(v) * U);
  },
  add(a, b) {
    return addSigned(a, b, 1);
  },
  sub(a, b) {
    return addSigned(a, b, -1);
  },
  mul(a, b) {
    if (a.dp >= 0 && b.dp >= 0) {
      const n = a.n * b.n;
      if (Math.abs(n) < LIM) {
        const dp = a.dp + b.dp;
        if (dp <= MAX_DP) return ex(n, dp);
      }
    }
    const p = a.v * b.v;
    if (a.e === 0 && b.e === 0 && Math.abs(p) < 2 ** 996 && productResidual(a.v, b.v, p) === 0) {
      return val(p, 0);
    }
    return val(p, Math.abs(a.v) * b.e + Math.abs(b.v) * a.e + a.e * b.e + Math.abs(p) * U);
  },
  div(a, b) {
    if (Math.abs(b.v) <= b.e) throw new Undecidable('a division by a value that may be zero');
    if (a.dp >= 0 && b.dp >= 0) {
      // a.n / b.n terminates iff b.n = 2^x · 5^y · m with m dividing a.n.
      let m = Math.abs(b.n);
      let x = 0;
      let y = 0;
      while (Number.isInteger(m / 2)) {
        m /= 2;
        x++;
      }
      while (divides(5, m)) {
        m /= 5;
        y++;
      }
      if (m === 1 || divides(m, a.n)) {
        // a.n / b.n = q / (2^x · 5^y) with q = a.n / m; cancel common 2s and 5s first, then
        // q / (2^x · 5^y) = q · 2^(j−x) · 5^(j−y) / 10^j with j = max(x, y).
        let q = a.n / m;
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
        if (Math.abs(n) < LIM) {
          n *= P5[j - y] as number;
          let dp = j + a.dp - b.dp;
          if (dp < 0) {
            n *= P10[-dp] as number;
            dp = 0;
          }
          if (Math.abs(n) < LIM && dp <= MAX_DP) return ex(b.n < 0 ? -n : n, dp);
        }
      }
    }
    return divInexact(a, b);
  },
  neg(a) {
    return a.dp >= 0 ? ex(-a.n, a.dp) : { v: -a.v, e: a.e, n: 0, dp: -1 };
  },
  cmp(a, b) {
    if (a.dp >= 0 && b.dp >= 0) {
      let n1 = a.n;
      let n2 = b.n;
      if (a.dp < b.dp) n1 *= P10[b.dp - a.dp] as number;
      else if (b.dp < a.dp) n2 *= P10[a.dp - b.dp] as number;
      if (Math.abs(n1) < LIM && Math.abs(n2) < LIM) return n1 < n2 ? -1 : n1 > n2 ? 1 : 0;
    }
    if (a.e === 0 && b.e === 0) return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
    const d = a.v - b.v;
    const bound = (a.e + b.e) * (1 + 4 * U) + (Math.abs(a.v) + Math.abs(b.v)) * U;
    if (d > bound) return 1;
    if (-d > bound) return -1;
    throw new Undecidable('a comparison');
  },
  isZero(a) {
    if (a.dp >= 0) return a.n === 0;
    if (a.e === 0) return a.v === 0;
    if (Math.abs(a.v) > a.e * (1 + 4 * U)) return false;
    throw new Undecidable('a zero test');
  },
  round(a, dp, mode) {
    if (a.dp < 0) return roundInexact(a, dp, mode);
    if (a.dp <= dp) return a;
    const an = Math.abs(a.n);
    if (an >= MAX_SAFE) return roundInexact(a, dp, mode);
    const s = P10[a.dp - dp] as number;
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
    const n = up ? f + 1 : f;
    return ex(a.n < 0 ? -n : n, dp);
  },
  toString(a) {
    if (a.dp >= 0) return fixed(a.n, a.dp);
    if (a.e === 0 && Number.isInteger(a.v) && Math.abs(a.v) < LIM) return String(a.v + 0);
    throw new Undecidable('an exact decimal string');
  },
  toFixed(a, dp) {
    if (a.dp >= 0 && a.dp <= dp) {
      const m = a.n * (P10[dp - a.dp] as number);
      if (Math.abs(m) < LIM) return fixed(m, dp);
    }
    if (a.e === 0 && Number.isInteger(a.v) && Math.abs(a.v) < LIM) {
      const m = a.v * (P10[dp] ?? 1);
      if (Math.abs(m) < LIM) return fixed(m, dp);
    }
    throw new Undecidable('an exact fixed-point string');
  },
  toNumber: (a) => a.v,
};

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
