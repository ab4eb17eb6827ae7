import { type Calculator, type DecimalInput, Undecidable } from './calculator.js';

/**
 * A float with a rigorous bound on its distance from the exact decimal value it stands for:
 * the exact value lies in `[v - e, v + e]`. `e === 0` means `v` is exact.
 * `dp`/`n`, when set, say the exact value is the decimal `n / 10^dp` (a rounded result).
 */
export interface FloatVal {
  readonly v: number;
  readonly e: number;
  readonly n?: number;
  readonly dp?: number;
}

// Unit roundoff is 2^-53; we use 2^-50 so that the rounding of the bound computations
// themselves is covered with a wide margin. A larger bound only means more fallbacks.
const U = 2 ** -50;
const SPLITTER = 134217729; // 2^27 + 1, Veltkamp split
const MAX_SAFE = 2 ** 52;
const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000];
const POW5 = [1, 5, 25, 125, 625, 3125, 15625, 78125, 390625];

function val(v: number, e: number): FloatVal {
  if (!Number.isFinite(v) || !Number.isFinite(e)) throw new Undecidable('an overflow');
  return { v, e };
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

function exactInput(x: DecimalInput, v: number): boolean {
  if (typeof x === 'number') {
    if (Math.abs(v) <= MAX_SAFE && Number.isInteger(v)) return true;
    // A dyadic value p/1024 below 2^16 has a finite decimal expansion of at most 10 decimals
    // whose neighbours at that length are farther apart than an ulp, so the double equals
    // the decimal it prints as (2.5, 85.5, 9.75 are exact; 9.12 is not).
    return Math.abs(v) < 65536 && Number.isInteger(v * 1024);
  }
  const m = /^\s*[-+]?(\d+)(?:\.(\d*))?\s*$/.exec(x);
  if (!m) return false;
  const frac = (m[2] ?? '').replace(/0+$/, '');
  const digits = (m[1] ?? '') + frac;
  if (digits.length > 15) return false;
  const k = frac.length;
  const p5 = POW5[k];
  if (p5 === undefined) return false;
  return Number(digits) % p5 === 0;
}

/**
 * The filtered float backend: IEEE-754 doubles with running error bounds. Every decision
 * (comparison, rounding) is made only when the bound proves it; otherwise it throws
 * {@link Undecidable} and the caller re-runs on the decimal backend.
 */
export const floatCalculator: Calculator<FloatVal> = {
  name: 'float',
  from(x) {
    const v = typeof x === 'number' ? x : Number(x);
    if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${x}`);
    if (typeof x === 'string' && x.trim() === '') throw new RangeError('empty number');
    return exactInput(x, v) ? { v, e: 0 } : val(v, Math.abs(v) * U);
  },
  add(a, b) {
    const s = a.v + b.v;
    if (a.e === 0 && b.e === 0) {
      const bb = s - a.v;
      const err = a.v - (s - bb) + (b.v - bb);
      if (err === 0) return { v: s, e: 0 };
    }
    return val(s, a.e + b.e + Math.abs(s) * U);
  },
  sub(a, b) {
    return floatCalculator.add(a, { v: -b.v, e: b.e });
  },
  mul(a, b) {
    const p = a.v * b.v;
    if (a.e === 0 && b.e === 0 && Math.abs(p) < 2 ** 996 && productResidual(a.v, b.v, p) === 0) {
      return { v: p, e: 0 };
    }
    return val(p, Math.abs(a.v) * b.e + Math.abs(b.v) * a.e + a.e * b.e + Math.abs(p) * U);
  },
  div(a, b) {
    const ab = Math.abs(b.v);
    if (ab <= b.e) throw new Undecidable('a division by a value that may be zero');
    const q = a.v / b.v;
    if (a.e === 0 && b.e === 0 && Math.abs(q) < 2 ** 996 && Math.abs(b.v) < 2 ** 996) {
      const p = q * b.v;
      if (p === a.v && productResidual(q, b.v, p) === 0) return { v: q, e: 0 };
    }
    const e = (Math.abs(a.v) * b.e + ab * a.e) / (ab * (ab - b.e));
    return val(q, e * (1 + 4 * U) + Math.abs(q) * U);
  },
  neg(a) {
    return { v: -a.v, e: a.e, ...(a.n !== undefined ? { n: -a.n, dp: a.dp } : {}) };
  },
  cmp(a, b) {
    if (a.e === 0 && b.e === 0) return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
    const d = a.v - b.v;
    const bound = (a.e + b.e) * (1 + 4 * U) + (Math.abs(a.v) + Math.abs(b.v)) * U;
    if (d > bound) return 1;
    if (-d > bound) return -1;
    throw new Undecidable('a comparison');
  },
  isZero(a) {
    if (a.e === 0) return a.v === 0;
    if (Math.abs(a.v) > a.e * (1 + 4 * U)) return false;
    throw new Undecidable('a zero test');
  },
  round(a, dp, mode) {
    const scale = POW10[dp];
    if (scale === undefined) throw new Undecidable(`rounding to ${dp} places`);
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
    n *= sign;
    if (n === 0) n = 0; // no negative zero
    const p5 = POW5[dp] ?? 1;
    const exact = n % p5 === 0;
    const v = n / scale;
    return { v, e: exact ? 0 : Math.abs(v) * U, n, dp };
  },
  toString(a) {
    if (a.n !== undefined && a.dp !== undefined) return trimZeros(fixed(a.n, a.dp));
    if (a.e === 0 && Number.isInteger(a.v)) return String(a.v);
    throw new Undecidable('an exact decimal string');
  },
  toFixed(a, dp) {
    if (a.n !== undefined && a.dp === dp) return fixed(a.n, dp);
    if (a.e === 0 && Number.isInteger(a.v)) return fixed(a.v * (POW10[dp] ?? 1), dp);
    throw new Undecidable('an exact fixed-point string');
  },
  toNumber: (a) => a.v,
};

function fixed(n: number, dp: number): string {
  const neg = n < 0;
  let s = String(Math.abs(n));
  if (dp === 0) return (neg ? '-' : '') + s;
  while (s.length <= dp) s = `0${s}`;
  return `${neg ? '-' : ''}${s.slice(0, -dp)}.${s.slice(-dp)}`;
}

function trimZeros(s: string): string {
  if (!s.includes('.')) return s;
  return s.replace(/0+$/, '').replace(/\.$/, '');
}
