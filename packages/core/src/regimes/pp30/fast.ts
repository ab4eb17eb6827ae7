/**
 * The PP 30/2019 + PermenPANRB 8/2021 scorer fused into one pass over plain doubles, for batch
 * scoring without a trace. It returns exactly what {@link scorePp30} returns on any backend —
 * the same reported strings, predikat, `rincian`, UNCERTAIN readings and warnings — or
 * `undefined` when it cannot prove that, and the caller then runs the general scorer (which
 * itself falls back to decimal.js when needed). Proven equal by the property tests in
 * `fast.test.ts` against the decimal reference, band edges and rounding ties included.
 *
 * How it stays exact (the argument of `pp46/fast.ts`, helpers in `../fastDecimal.ts`):
 *
 * - **Inputs are doubles within 2^-53 of their decimals**, recovered exactly when a decision
 *   needs them.
 * - **Capaian band decisions are exact.** Capaian `X = 100 × R / T` (or `200 − 100 × R / T`
 *   for smaller-is-better) against a band bound `b`: directly when both are integers (integer
 *   inputs, `T` dividing `100 × R`), on the computed double when it lies clear of `b`, else as
 *   `100 × R` against `b × T` (or `(200 − b) × T` against `100 × R`) in scaled integers —
 *   capaian exactly 100 %, 80 % or 101 % is common in agency data. The capaian line is cut
 *   once per ruleset at every bound of the bands and their formulas; the band holding a
 *   capaian and whether its formula is extended there are looked up per segment, found by a
 *   table when the bounds are integers (else by a binary search).
 * - **Every other value is a double with an error bound** (`m`, the same expression on
 *   absolute values; `|v − exact| ≤ m × 2^-40`). A kategori, the cap, a predikat edge or a
 *   half-up rounding is decided only when the exact value provably lies on one side. A nilai
 *   proven to be an exact integer keeps a rencana's sum exact, so its kategori and reported
 *   mean are decided in integers (a rencana of nilai 70, 70, 70 is exactly Cukup's edge). A
 *   reported value on a rounding tie (`100 × 1 / 160 = 0.625`), or a kategori or predikat
 *   edge the error bound cannot decide, is decided on the reference's own values: each
 *   operation in the general scorer's order and rounded to 40 digits as decimal.js rounds it
 *   (`Hitung`), so even rounded thirds meeting on a tie come out as the reference prints
 *   them — on small decimals in doubles where every value on the way is one (a nilai kinerja
 *   on a half cent is common: nilai SKP 109 at capaian 100 %, perilaku in quarters), else on
 *   rationals (`BigInt`).
 * - **Anything unusual steps aside**: an input issue of any kind, a JPT post, IKI or rencana
 *   weights, a range target, an indicator type other than the built-in `standar`, perilaku
 *   from more than one role or with an ignored Kepemimpinan score, the `POINTS` or
 *   `ROUND_PERCENT` readings, a rounding policy other than 2 decimals half-up, a negative
 *   reported value.
 *
 * @internal
 */
import type { PredikatPp30 } from '../../codes.js';
import { satuanBerbeda, standarIndicator } from '../../indicators/standar.js';
import type { IndicatorType } from '../../indicators/types.js';
import type { Warning } from '../../issues/issue.js';
import { rememberPerObject } from '../../memo.js';
import type { Appraisal } from '../../model/appraisal.js';
import type { PeranPenilai } from '../../model/perilaku.js';
import type { Iki } from '../../model/skp.js';
import type { Pp30Ruleset } from '../../ruleset/types.js';
import {
  ASIDE,
  amanNaN,
  aside,
  bagiPas,
  centsOrUnsure,
  centsQ,
  clear,
  cmpDec,
  cmpQ,
  cmpScaled,
  type Dec,
  decSub,
  EPS,
  fixed2String,
  floorDiv,
  type Hitung,
  jumlahTersedia,
  LIM,
  num,
  P10,
  parseDec,
  type Q,
  qAdd,
  qDec,
  qDiv,
  qMul,
  qSub,
  SATUAN,
  SKALA,
  sign,
  signOrNaN,
  skalaBulat,
  skalaDec,
  tepat,
  tepatCents,
} from '../fastDecimal.js';
import type { RegimeOutcome } from '../types.js';
import { NO_WARNINGS, type PredikatValue, predikatPp30 } from '../values.js';
import { punyaInovasi } from './kinerja.js';
import { PP30_MESSAGES } from './messages.js';
import type { CapaianBand, Pp30Params } from './params.js';
import { type AspekPp30, aspekPerilaku, bobotDipakai } from './perilaku.js';
import type { Pp30Rincian, Pp30RincianIki, Pp30RincianRencana } from './regime.js';
import { bobotIssuesOf } from './regime.js';

/** What the fast path returns: the outcome, the UNCERTAIN readings and the warnings. */
export interface FastOutcomePp30 {
  readonly outcome: RegimeOutcome;
  readonly readings: ReadonlySet<string>;
  readonly warnings: readonly Warning[];
}

// ------------------------------------------------------------------ ruleset constants

/** Below this an integer times 100 (or a product of two small integers) stays exact. */
const INT_LIM = 2 ** 46;

/** A ruleset number that is an integer small enough for exact integer arithmetic. */
function isInt(d: Dec): boolean {
  return d.d === 0 && Math.abs(d.n) < INT_LIM;
}

/** A capaian bound `b` and `200 − b` (for smaller-is-better capaian). */
interface Bound {
  readonly b: Dec;
  readonly komplemen: Dec;
  /** `b` is a small integer: an exact integer capaian compares with `b.v` directly. */
  readonly int: boolean;
}

/** `intOnly`: every number of the formula is a small integer (see {@link nilaiIki}). */
type Rumus =
  | { readonly kind: 'constant'; readonly nilai: Dec; readonly intOnly: boolean }
  | {
      readonly kind: 'proportional';
      readonly at: Bound;
      readonly nilaiAt: Dec;
      readonly intOnly: boolean;
    }
  | {
      readonly kind: 'linear';
      readonly intOnly: boolean;
      readonly cf: Bound;
      readonly ct: Bound;
      readonly nf: Dec;
      /** `nilaiTo − nilaiFrom`. */
      readonly naik: Dec;
      /** `capaianTo − capaianFrom` (not 0). */
      readonly rentang: Dec;
    };

interface BandF {
  readonly kategori: PredikatPp30;
  /** The formula as decimals (for a rounding tie, see {@link laporIki}). */
  readonly rumus: Rumus;
  /** The formula on doubles, one shape for every band: 0 constant, 1 proportional, 2 linear. */
  readonly kind: number;
  /** Constant: the nilai; proportional: `nilaiAt`; linear: `nilaiFrom`. */
  readonly c0: number;
  /** Proportional: `capaianAt`; linear: `nilaiTo − nilaiFrom`. */
  readonly c1: number;
  /** Linear: `capaianTo − capaianFrom`. */
  readonly c2: number;
  /** Linear: `capaianFrom`. */
  readonly c3: number;
  readonly intOnly: boolean;
  /** Whether a nilai of this band may fall below `batasBawahNilai` (else no check). */
  readonly bisaDiBawah: boolean;
}

interface FastKonstanta {
  readonly bands: readonly BandF[];
  /**
   * The capaian line cut at every bound of the bands and of their formulas (ascending,
   * distinct): `batas`, their doubles and whether each is a small integer. Which band holds a
   * capaian, and whether its formula is extended there, is constant on each segment — below
   * `batas[i]` and above `batas[i − 1]` (segment `2i`), or `batas[i]` itself (`2i + 1`) — so
   * both are looked up per segment (`segBand`, −1: no band; `segLuar`).
   */
  readonly batas: readonly Bound[];
  readonly batasV: Float64Array;
  readonly batasInt: Uint8Array;
  readonly segBand: Int32Array;
  readonly segLuar: Uint8Array;
  /**
   * When every bound is a small integer (the default bands): the segment of each whole
   * capaian 0–{@link TABEL}−1 (`segBulat`) and of each open interval `(n, n + 1)`
   * (`segAntara`), so most capaian need one lookup; otherwise empty.
   */
  readonly segBulat: Int32Array;
  readonly segAntara: Int32Array;
  readonly seratus: Bound;
  readonly nilaiTargetMaksimal: Dec;
  readonly batasBawah: Dec | null;
  readonly batasNilai: Dec;
  readonly nilaiMaks: Dec;
  readonly kategoriRencana: readonly { readonly code: PredikatPp30; readonly min: Dec | null }[];
  /** The last kategori band has no minimum: every nilai has a kategori. */
  readonly kategoriLengkap: boolean;
  readonly bonus: Readonly<Record<PredikatPp30, Dec>>;
  /**
   * `cents`: `min × 100` when that is an integer, else NaN (see `pp46/fast.ts`); `value`: the
   * shared predikat value of `code`.
   */
  readonly predikat: readonly {
    readonly code: PredikatPp30;
    readonly min: Dec | null;
    readonly cents: number;
    readonly value: PredikatValue<PredikatPp30, 'PP30'>;
  }[];
  readonly lowerInclusive: boolean;
  readonly dengan360: boolean;
  readonly bobotSkp: number;
  readonly bobotPerilaku: number;
  readonly bobotTotal: number;
  /** `batasNilai` in {@link SKALA}'s units, NaN when it has more than 8 places (see {@link akhirSkala}). */
  readonly batasSatuan: number;
  /** The SKP and perilaku weights are whole (see `skalaBulat`), their total above 0. */
  readonly bobotSkala: boolean;
  /** Reading bits whose parameter is UNCERTAIN in this ruleset. */
  readonly uncertain: number;
  readonly readingSets: (ReadonlySet<string> | undefined)[];
  /** The rater weights by the one role present (see {@link bobotPeran}). */
  readonly bobotPeran: Map<PeranPenilai, BobotPeran>;
  /**
   * {@link nilaiIki} of a realisasi equal to its target (capaian exactly 100, common in
   * agency data), by polarity (`[higher is better, lower is better]`), without the
   * maximum-target rule; null when no band holds 100.
   */
  readonly diTarget: [DiTarget | null, DiTarget | null];
}

/**
 * What {@link nilaiIki} returns and writes to {@link N}, {@link F} for a capaian of 100 (see
 * {@link dariDiTarget}), and the IKI's rincian.
 */
interface DiTarget {
  readonly band: number;
  readonly v: number;
  readonly m: number;
  readonly x: number;
  readonly mx: number;
  readonly f0: number;
  readonly f1: number;
  /** The IKI's rincian, frozen: shared by every such IKI (a result is read-only). */
  readonly rincian: Pp30RincianIki;
}

const R_CELAH = 1;
const R_BATAS_BAWAH = 2;
const R_AGREGASI = 4;
const R_KATEGORI = 8;
const R_BONUS = 16;
const R_MODE360 = 32;
const R_BATAS_PREDIKAT = 64;
const READING_NAMES: readonly (keyof Pp30Params)[] = [
  'modeCelahCapaian',
  'batasBawahNilai',
  'agregasiRencana',
  'kategoriRencana',
  'bonusTambahan',
  'mode360',
  'batasPredikat',
];

function bound(x: string): Bound {
  const b = parseDec(x);
  return { b, komplemen: decSub(parseDec(200), b), int: isInt(b) };
}

function rumusOf(f: Pp30Params['bandCapaian']['value'][number]['nilai']): Rumus {
  if (f.kind === 'constant') {
    const nilai = parseDec(f.nilai);
    return { kind: 'constant', nilai, intOnly: isInt(nilai) };
  }
  if (f.kind === 'proportional') {
    const at = bound(f.capaianAt);
    if (at.b.n === 0) aside();
    const nilaiAt = parseDec(f.nilaiAt);
    return { kind: 'proportional', at, nilaiAt, intOnly: isInt(at.b) && isInt(nilaiAt) };
  }
  const cf = bound(f.capaianFrom);
  const ct = bound(f.capaianTo);
  const nf = parseDec(f.nilaiFrom);
  const rentang = decSub(ct.b, cf.b);
  if (rentang.n === 0) aside();
  const naik = decSub(parseDec(f.nilaiTo), nf);
  const intOnly = isInt(cf.b) && isInt(nf) && isInt(naik) && isInt(rentang);
  return { kind: 'linear', intOnly, cf, ct, nf, naik, rentang };
}

/** A band of `bandCapaian` in the one shape the fast path reads (see {@link BandF}). */
function bandF(b: CapaianBand, rumus: Rumus, floor: Dec | null): BandF {
  const from = b.from === null ? null : qDec(parseDec(b.from));
  const base = { kategori: b.kategori, rumus };
  const diBawah = (terendah: Q | null) =>
    floor !== null && (terendah === null || cmpQ(terendah, qDec(floor)) < 0);
  if (rumus.kind === 'constant') {
    const c0 = rumus.nilai.v;
    const bisaDiBawah = diBawah(qDec(rumus.nilai));
    return { ...base, kind: 0, c0, c1: 0, c2: 0, c3: 0, intOnly: rumus.intOnly, bisaDiBawah };
  }
  // The nilai at the band's lower capaian bound, when the formula does not decrease.
  let terendah: Q | null = null;
  if (rumus.kind === 'proportional') {
    if (from !== null && rumus.nilaiAt.n * rumus.at.b.n >= 0) {
      terendah = qDiv(qMul(from, qDec(rumus.nilaiAt)), qDec(rumus.at.b));
    }
    return {
      ...base,
      kind: 1,
      c0: rumus.nilaiAt.v,
      c1: rumus.at.b.v,
      c2: 0,
      c3: 0,
      intOnly: rumus.intOnly,
      bisaDiBawah: diBawah(terendah),
    };
  }
  if (from !== null && rumus.naik.n * rumus.rentang.n >= 0) {
    const naik = qMul(qDec(rumus.naik), qSub(from, qDec(rumus.cf.b)));
    terendah = qAdd(qDec(rumus.nf), qDiv(naik, qDec(rumus.rentang)));
  }
  return {
    ...base,
    kind: 2,
    c0: rumus.nf.v,
    c1: rumus.naik.v,
    c2: rumus.rentang.v,
    c3: rumus.cf.b.v,
    intOnly: rumus.intOnly,
    bisaDiBawah: diBawah(terendah),
  };
}

/** Whether the exact capaian `x` lies in the band's interval. */
function dalamBand(x: Q, b: CapaianBand): boolean {
  if (b.from !== null) {
    const s = cmpQ(x, qDec(parseDec(b.from)));
    if (s < 0 || (s === 0 && !b.fromInclusive)) return false;
  }
  if (b.to !== null) {
    const s = cmpQ(x, qDec(parseDec(b.to)));
    if (s > 0 || (s === 0 && !b.toInclusive)) return false;
  }
  return true;
}

/** Whether the formula is extended at the exact capaian `x` (outside its printed range). */
function luarRumus(x: Q, f: Rumus): boolean {
  if (f.kind === 'constant') return false;
  if (f.kind === 'proportional') return cmpQ(x, qDec(f.at.b)) > 0;
  return cmpQ(x, qDec(f.cf.b)) < 0 || cmpQ(x, qDec(f.ct.b)) > 0;
}

/** The segments of the capaian line (see {@link FastKonstanta.batas}). */
function segmen(bands: readonly CapaianBand[], rumus: readonly Rumus[]) {
  const semua: Bound[] = [];
  const tambah = (x: Bound) => {
    if (!semua.some((y) => cmpQ(qDec(y.b), qDec(x.b)) === 0)) semua.push(x);
  };
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as CapaianBand;
    if (b.from !== null) tambah(bound(b.from));
    if (b.to !== null) tambah(bound(b.to));
    const f = rumus[i] as Rumus;
    if (f.kind === 'proportional') tambah(f.at);
    if (f.kind === 'linear') {
      tambah(f.cf);
      tambah(f.ct);
    }
  }
  semua.sort((a, b) => cmpQ(qDec(a.b), qDec(b.b)));
  const n = semua.length;
  const segBand = new Int32Array(2 * n + 1);
  const segLuar = new Uint8Array(2 * n + 1);
  for (let s = 0; s <= 2 * n; s++) {
    // A capaian inside the segment.
    let x: Q;
    if (s % 2 === 1) x = qDec((semua[(s - 1) / 2] as Bound).b);
    else {
      const lo = s > 0 ? qDec((semua[s / 2 - 1] as Bound).b) : null;
      const hi = s < 2 * n ? qDec((semua[s / 2] as Bound).b) : null;
      x =
        lo !== null && hi !== null
          ? qDiv(qAdd(lo, hi), [2n, 1n])
          : lo !== null
            ? qAdd(lo, [1n, 1n])
            : hi !== null
              ? qSub(hi, [1n, 1n])
              : [0n, 1n];
    }
    const i = bands.findIndex((b) => dalamBand(x, b));
    segBand[s] = i;
    segLuar[s] = i >= 0 && luarRumus(x, rumus[i] as Rumus) ? 1 : 0;
  }
  return {
    batas: semua,
    batasV: Float64Array.from(semua, (x) => x.b.v),
    batasInt: Uint8Array.from(semua, (x) => (x.int ? 1 : 0)),
    segBand,
    segLuar,
    ...segTabel(semua),
  };
}

/** Capaian below this (percent) with integer bounds: segments by table (see `segBulat`). */
const TABEL = 512;

function segTabel(semua: readonly Bound[]): { segBulat: Int32Array; segAntara: Int32Array } {
  if (!semua.every((x) => x.int))
    return { segBulat: new Int32Array(0), segAntara: new Int32Array(0) };
  const segBulat = new Int32Array(TABEL);
  const segAntara = new Int32Array(TABEL);
  for (let n = 0; n < TABEL; n++) {
    let below = 0;
    let at = 0;
    for (const x of semua) {
      if (x.b.n < n) below++;
      else if (x.b.n === n) at = 1;
    }
    segBulat[n] = 2 * below + at;
    // Inside (n, n + 1) no integer bound: the bounds below are those up to n.
    segAntara[n] = 2 * (below + at);
  }
  return { segBulat, segAntara };
}

/**
 * The ruleset's numbers as the fast path uses them, or null when it must step aside
 * (a reading it does not implement, a weight issue, a number it cannot read exactly);
 * computed once per ruleset object.
 */
const konstanta = rememberPerObject((rs: Pp30Ruleset): FastKonstanta | null => {
  try {
    const p = rs.params;
    const { dp, mode } = rs.rounding.value;
    if (dp !== 2 || mode !== 'HALF_UP') aside();
    if (p.modeCelahCapaian.value !== 'HALF_OPEN' || p.agregasiRencana.value !== 'MEAN') aside();
    if (bobotIssuesOf(p).length > 0) aside();
    const batasBawah = p.batasBawahNilai.value === null ? null : parseDec(p.batasBawahNilai.value);
    const rumus = p.bandCapaian.value.map((b) => rumusOf(b.nilai));
    const dengan360 = p.mode360.value === 'SELALU';
    const w = dengan360 ? p.bobotDengan360.value : p.bobotTanpa360.value;
    let uncertain = 0;
    for (let i = 0; i < READING_NAMES.length; i++) {
      if (p[READING_NAMES[i] as keyof Pp30Params].ref.status === 'UNCERTAIN') uncertain |= 1 << i;
    }
    const bonus = {} as Record<PredikatPp30, Dec>;
    for (const code of Object.keys(p.bonusTambahan.value) as PredikatPp30[]) {
      bonus[code] = parseDec(p.bonusTambahan.value[code]);
    }
    const k: FastKonstanta = {
      bands: p.bandCapaian.value.map((b, i) => bandF(b, rumus[i] as Rumus, batasBawah)),
      ...segmen(p.bandCapaian.value, rumus),
      seratus: bound('100'),
      nilaiTargetMaksimal: parseDec(p.nilaiTargetMaksimal.value),
      batasBawah,
      batasNilai: parseDec(p.batasNilai.value),
      nilaiMaks: parseDec(p.nilaiMaks.value),
      kategoriRencana: p.kategoriRencana.value.map((b) => ({
        code: b.code,
        min: b.min === null ? null : parseDec(b.min),
      })),
      kategoriLengkap: p.kategoriRencana.value.at(-1)?.min === null,
      bonus,
      predikat: p.predikat.value.map((b) => {
        const min = b.min === null ? null : parseDec(b.min);
        const cents = min !== null && min.d <= 2 ? min.n * (P10[2 - min.d] as number) : Number.NaN;
        return {
          code: b.code,
          min,
          cents: Number.isSafeInteger(cents) ? cents : Number.NaN,
          value: predikatPp30(b.code),
        };
      }),
      lowerInclusive: p.batasPredikat.value === 'LOWER_INCLUSIVE',
      dengan360,
      bobotSkp: w.SKP,
      bobotPerilaku: w.PERILAKU,
      bobotTotal: w.SKP + w.PERILAKU,
      batasSatuan: skalaDec(parseDec(p.batasNilai.value)),
      bobotSkala:
        skalaBulat(w.SKP) &&
        skalaBulat(w.PERILAKU) &&
        skalaBulat(w.SKP + w.PERILAKU) &&
        w.SKP + w.PERILAKU > 0,
      uncertain,
      bobotPeran: new Map(),
      readingSets: new Array<ReadonlySet<string> | undefined>(1 << READING_NAMES.length).fill(
        undefined,
      ),
      diTarget: [null, null],
    };
    k.diTarget[0] = diTarget(k, false);
    k.diTarget[1] = diTarget(k, true);
    return k;
  } catch (e) {
    if (e !== ASIDE) throw e;
    return null;
  }
});

/**
 * {@link nilaiIki} of a realisasi equal to its target, computed once per ruleset: the
 * capaian of T = R = 1 is exactly 100 as for any T = R (both polarities: 200 − 100), an
 * exact integer, so the record holds for every such IKI.
 */
function diTarget(k: FastKonstanta, lower: boolean): DiTarget | null {
  try {
    const band = nilaiIki(k, 1, 1, lower, false);
    const v = N[0] as number;
    const m = N[1] as number;
    const x = N[2] as number;
    const mx = N[3] as number;
    const f0 = F[0] as number;
    const f1 = F[1] as number;
    const rincian = Object.freeze(laporIki(k, band, 1, 1, lower, v, m, f0));
    return { band, v, m, x, mx, f0, f1, rincian };
  } catch (e) {
    if (e !== ASIDE) throw e;
    return null;
  }
}

/** {@link nilaiIki} of a realisasi at its target, from the ruleset's record `d`. */
function dariDiTarget(d: DiTarget): number {
  N[0] = d.v;
  N[1] = d.m;
  N[2] = d.x;
  N[3] = d.mx;
  F[0] = d.f0;
  F[1] = d.f1;
  return d.band;
}

function readingSet(k: FastKonstanta, used: number): ReadonlySet<string> {
  const mask = used & k.uncertain;
  let s = k.readingSets[mask];
  if (s === undefined) {
    const names: string[] = [];
    for (let i = 0; i < READING_NAMES.length; i++) {
      if (mask & (1 << i)) names.push(READING_NAMES[i] as string);
    }
    s = new Set(names);
    k.readingSets[mask] = s;
  }
  return s;
}

// ------------------------------------------------------------------ capaian and nilai IKI

/**
 * Sign of `X − b` exactly, for the capaian `X` of the numbers `t`, `r` (see the module
 * comment): float first, in scaled integers inside the margin.
 */
function cmpCapaian(t: number, r: number, lower: boolean, bd: Bound): number {
  if (lower) {
    const kb = bd.komplemen;
    const c = clear(kb.v * t, 100 * r);
    return c !== 0 ? c : cmpScaled(kb.n, kb.d, t, 100, 0, r);
  }
  const b = bd.b;
  const c = clear(100 * r, b.v * t);
  return c !== 0 ? c : cmpScaled(100, 0, r, b.n, b.d, t);
}

/** Relative margin of the computed capaian (within 2^-50 of `mx`, see {@link cmpX}). */
const X_MARGIN = 2 ** -49;

/**
 * Sign of `X − b` for the capaian `X` of the numbers `t`, `r`, computed as `x` (magnitude
 * `mx`; `xInt`: `x` is exactly `X`, an integer): directly when both are integers, on the
 * double `x` when it lies clear of `b` (`x` is within `mx × 2^-50` of `X`: two inputs within
 * 2^-53 and three roundings), else exactly ({@link cmpCapaian}).
 */
function cmpX(
  b: number,
  bInt: boolean,
  bd: Bound,
  x: number,
  mx: number,
  xInt: boolean,
  t: number,
  r: number,
  lower: boolean,
): number {
  if (xInt && bInt) return x < b ? -1 : x > b ? 1 : 0;
  const d = x - b;
  const m = (mx + Math.abs(b)) * X_MARGIN;
  if (d > m) return 1;
  if (d < -m) return -1;
  return cmpCapaian(t, r, lower, bd);
}

/**
 * Scratch register of the last nilai capaian IKI: `[value, magnitude, capaian, capaian's
 * magnitude]`; {@link nilaiIki} returns the kategori and writes the reading bits to `F[0]`.
 */
const N = new Float64Array(4);
/** `[reading bits, 1 when the nilai is an exact integer]` of the last {@link nilaiIki}. */
const F = new Int32Array(2);

/** The segment of the capaian line holding the capaian: a binary search over the bounds. */
function segmenCapaian(
  k: FastKonstanta,
  x: number,
  mx: number,
  xInt: boolean,
  t: number,
  r: number,
  lower: boolean,
): number {
  // Integer bounds and a capaian within the table: an exact integer capaian is its own
  // segment; any other, clear of both neighbouring integers by its error bound, lies in the
  // open interval between them.
  if (x >= 0 && x < TABEL - 1 && k.segBulat.length > 0) {
    if (xInt) return k.segBulat[x] as number;
    const n = Math.floor(x);
    const m = (mx + n + 1) * X_MARGIN;
    if (x - n > m && n + 1 - x > m) return k.segAntara[n] as number;
  }
  const batasV = k.batasV;
  let lo = 0;
  let hi = batasV.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = cmpX(
      batasV[mid] as number,
      k.batasInt[mid] === 1,
      k.batas[mid] as Bound,
      x,
      mx,
      xInt,
      t,
      r,
      lower,
    );
    if (c === 0) return 2 * mid + 1;
    if (c > 0) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo;
}

/** The maximum-target rule (hlm. 101 huruf i) into {@link N}, {@link F}: band −1. */
function targetMaksimal(k: FastKonstanta): number {
  N[0] = k.nilaiTargetMaksimal.v;
  N[1] = Math.abs(k.nilaiTargetMaksimal.v);
  F[1] = isInt(k.nilaiTargetMaksimal) ? 1 : 0;
  return -1;
}

/**
 * Nilai capaian IKI of the numbers `t`, `r` as `nilaiCapaianIkiInti` decides it in the
 * `HALF_OPEN` reading: the maximum-target rule, else the first band holding the capaian
 * (bounds compared exactly), its formula on doubles, the floor. Returns the band index
 * (−1: the maximum-target rule) and fills {@link N}, {@link F}.
 */
function nilaiIki(k: FastKonstanta, t: number, r: number, lower: boolean, maks: boolean): number {
  const q = (r * 100) / t;
  const x = lower ? 200 - q : q;
  const mx = lower ? 200 + q : q;
  N[2] = x;
  N[3] = mx;
  F[0] = 0;
  // The capaian is an exact integer: integer inputs and 100 × R divisible by T.
  const xInt =
    Number.isInteger(r) &&
    Number.isInteger(t) &&
    r < INT_LIM &&
    t < INT_LIM &&
    Number.isInteger(q) &&
    q * t === r * 100;
  if (maks && cmpX(100, true, k.seratus, x, mx, xInt, t, r, lower) === 0) return targetMaksimal(k);
  const seg = segmenCapaian(k, x, mx, xInt, t, r, lower);
  const i = k.segBand[seg] as number;
  if (i < 0) aside();
  if (k.segLuar[seg] === 1) F[0] = R_CELAH;
  const b = k.bands[i] as BandF;
  let v: number;
  let m: number;
  // Whether `v` is an exact integer: integer operands and an exact division (the products
  // stay below 2^53).
  let exact: boolean;
  const kind = b.kind;
  if (kind === 0) {
    v = b.c0;
    m = Math.abs(v);
    exact = b.intOnly;
  } else if (kind === 1) {
    const p = x * b.c0;
    v = p / b.c1;
    m = (mx * Math.abs(b.c0)) / Math.abs(b.c1);
    // Divisible: an integer quotient that multiplies back (no `%`: on doubles it is a call).
    exact = xInt && b.intOnly && Math.abs(p) < LIM && Number.isInteger(v) && v * b.c1 === p;
  } else {
    const naik = b.c1 * (x - b.c3);
    v = b.c0 + naik / b.c2;
    m = Math.abs(b.c0) + (Math.abs(b.c1) * (mx + Math.abs(b.c3))) / Math.abs(b.c2);
    exact =
      xInt &&
      b.intOnly &&
      Math.abs(naik) < LIM &&
      Number.isInteger(v) &&
      (v - b.c0) * b.c2 === naik;
  }
  if (b.bisaDiBawah) {
    const floor = k.batasBawah as Dec;
    // m = 0: the value is exactly 0 (no product of the inputs underflows).
    const s = m === 0 ? (floor.n > 0 ? -1 : floor.n < 0 ? 1 : 0) : sign(v, m, floor);
    if (s < 0) {
      v = floor.v;
      m = Math.abs(floor.v);
      exact = isInt(floor);
      F[0] |= R_BATAS_BAWAH;
    }
  }
  N[0] = v;
  N[1] = m;
  F[1] = exact ? 1 : 0;
  return i;
}

// The values of a rounding tie or an edge the doubles cannot decide, as the reference computes
// them: each operation in the general scorer's order and rounded as decimal.js rounds it
// ({@link Hitung}), so they are the reference's values exactly — also where rounded thirds
// meet on a tie. Computed on small decimals in doubles where every value on the way is one
// (capaian 100 %, integer nilai, perilaku in quarters — common in agency data, where a nilai
// kinerja then often lies on a half cent), else on rationals ({@link tepat}). Band and
// kategori decisions are exact in both (a rounded value cannot cross an edge: inputs of at
// most 15 digits keep the exact one far from it).

/** The capaian of the numbers `t`, `r` as the reference computes it (`R × 100 / T`). */
function capaianH<T>(H: Hitung<T>, t: number, r: number, lower: boolean): T {
  const pct = H.div(H.mul(H.angka(r), H.int(100)), H.angka(t));
  return lower ? H.sub(H.int(200), pct) : pct;
}

/** The reported capaian (value `x` within `mx × EPS`), as the reference rounds a tie. */
function laporCapaian(t: number, r: number, lower: boolean, x: number, mx: number): string {
  const c = centsOrUnsure(x, mx);
  return fixed2String(c >= 0 ? c : tepatCents(capaianH, t, r, lower));
}

/**
 * The nilai capaian IKI of band `band` (see {@link nilaiIki}; `clamped`: the floor) as the
 * reference computes it (`nilaiCapaianIkiInti`).
 */
function nilaiIkiH<T>(
  H: Hitung<T>,
  k: FastKonstanta,
  band: number,
  t: number,
  r: number,
  lower: boolean,
  clamped: boolean,
): T {
  if (band < 0) return H.dec(k.nilaiTargetMaksimal);
  if (clamped) return H.dec(k.batasBawah as Dec);
  const f = (k.bands[band] as BandF).rumus;
  if (f.kind === 'constant') return H.dec(f.nilai);
  const x = capaianH(H, t, r, lower);
  if (f.kind === 'proportional') return H.div(H.mul(x, H.dec(f.nilaiAt)), H.dec(f.at.b));
  const naik = H.mul(H.dec(f.naik), H.sub(x, H.dec(f.cf.b)));
  return H.add(H.dec(f.nf), H.div(naik, H.dec(f.rentang)));
}

/**
 * The rincian of the IKI of the numbers `t`, `r` whose nilai {@link nilaiIki} has just put in
 * `N` (`band`, its value `v` and magnitude `m`, its reading bits `bits`): capaian and nilai
 * reported, a tie as the reference rounds it.
 */
function laporIki(
  k: FastKonstanta,
  band: number,
  t: number,
  r: number,
  lower: boolean,
  v: number,
  m: number,
  bits: number,
): Pp30RincianIki {
  const capaian = laporCapaian(t, r, lower, N[2] as number, N[3] as number);
  const c = centsOrUnsure(v, m);
  const clamped = (bits & R_BATAS_BAWAH) !== 0;
  return {
    capaian,
    kategori: band < 0 ? 'SANGAT_BAIK' : (k.bands[band] as BandF).kategori,
    nilai: fixed2String(c >= 0 ? c : tepatCents(nilaiIkiH, k, band, t, r, lower, clamped)),
  };
}

/**
 * The nilai of a rencana (the mean of its nilai capaian IKI, `agregasiRencana` MEAN) as the
 * reference computes it; its IKIs have been read by the float pass (which stepped aside for
 * anything unusual).
 */
function rencanaH<T>(H: Hitung<T>, k: FastKonstanta, ind: readonly Iki[]): T {
  let acc = H.nol;
  for (let j = 0; j < ind.length; j++) {
    const x = ind[j] as Iki;
    const t = num((x.target as { jumlah?: unknown }).jumlah);
    const r = num(x.realisasi?.jumlah);
    const lower = x.polaritas === 'LOWER_IS_BETTER';
    const band = nilaiIki(k, t, r, lower, x.targetMaksimal === true);
    const clamped = ((F[0] as number) & R_BATAS_BAWAH) !== 0;
    acc = H.add(acc, nilaiIkiH(H, k, band, t, r, lower, clamped));
  }
  return H.div(acc, H.int(ind.length));
}

/** The first kategori whose minimum the rencana's value `q` reaches, exactly. */
function kategoriH<T>(H: Hitung<T>, k: FastKonstanta, q: T): PredikatPp30 {
  for (const b of k.kategoriRencana)
    if (b.min === null || H.cmp(q, H.dec(b.min)) >= 0) return b.code;
  return aside();
}

/** The kategori of the rencana with IKIs `ind`, on the reference's value. */
function kategoriRencanaH<T>(H: Hitung<T>, k: FastKonstanta, ind: readonly Iki[]): PredikatPp30 {
  return kategoriH(H, k, rencanaH(H, k, ind));
}

/** A rencana's nilai (within `m × EPS` of `v`) reported, on a rounding tie the reference's. */
function laporRencana(k: FastKonstanta, v: number, m: number, ind: readonly Iki[]): string {
  const c = centsOrUnsure(v, m);
  return fixed2String(c >= 0 ? c : tepatCents(rencanaH, k, ind));
}

/**
 * `v` (within `m × EPS` of the value) reported, or on a rounding tie the reference's value `x`
 * in the arithmetic `H`.
 */
function laporAtau<T>(v: number, m: number, H: Hitung<T> | undefined, x: T | undefined): string {
  const c = centsOrUnsure(v, m);
  return fixed2String(c >= 0 ? c : H === undefined || x === undefined ? aside() : H.cents(x));
}

/** A rencana tambahan's bonus reported (a ruleset number: on a tie, its own value). */
function laporBonus(bonus: Dec): string {
  const c = centsOrUnsure(bonus.v, Math.abs(bonus.v));
  return fixed2String(c >= 0 ? c : centsQ(qDec(bonus)));
}

/**
 * Nilai SKP and its parts, nilai perilaku and nilai kinerja as the reference computes them, in
 * the arithmetic `H` that holds them.
 */
interface Akhir<T> {
  readonly H: Hitung<T>;
  readonly utama: T;
  readonly tambahan: T;
  readonly sebelumBatas: T;
  readonly skp: T;
  readonly perilaku: T;
  readonly kinerja: T;
}

/** The rater weights `bobotDipakai` gives for raters of one role. */
interface BobotPeran {
  /** `rincian.bobotPenilai`: frozen, shared by every result. */
  readonly rincian: Readonly<Partial<Record<PeranPenilai, number>>>;
  /** The role's weight and the total (for a tie, see {@link akhirH}). */
  readonly bobot: number;
  readonly total: number;
  /** Both whole (see `skalaBulat`), the total above 0 (see {@link akhirSkala}). */
  readonly skala: boolean;
}

/** {@link BobotPeran} of raters of the one role `peran` (remembered per role). */
function bobotPeran(k: FastKonstanta, rs: Pp30Ruleset, peran: PeranPenilai): BobotPeran {
  let w = k.bobotPeran.get(peran);
  if (w === undefined) {
    const used = bobotDipakai(rs.params.bobotPenilai.value, [peran]);
    const bobot = used.used.used[peran] as number;
    const total = used.used.total;
    w = {
      rincian: Object.freeze({ ...used.weights.used }),
      bobot,
      total,
      skala: skalaBulat(bobot) && skalaBulat(total) && total > 0,
    };
    k.bobotPeran.set(peran, w);
  }
  return w;
}

/**
 * Per rencana of the appraisal {@link ringkas} is scoring, the sum of its nilai capaian IKI
 * when every one is an exact integer, else NaN: {@link akhirH} then needs no IKI again.
 */
let JUMLAH = new Float64Array(16);

/**
 * Per rater of the appraisal {@link ringkas} is scoring, its scores in the order of
 * `ASPEK_PP30` (five per rater; the fifth 0 for a post without Kepemimpinan): {@link akhirH}
 * reads them here instead of by aspect name.
 */
let NILAI_PERILAKU = new Float64Array(10);

/**
 * {@link Akhir} of an appraisal the float pass has read (raters of the one role `peran`,
 * scoring the post's `na` aspects), in the arithmetic `H`: `nilaiSkp`, `nilaiPerilaku` and
 * `nilaiKinerja` of the general scorer. Runs after {@link ringkas}'s float pass (see
 * {@link JUMLAH}, {@link NILAI_PERILAKU}), through {@link tepat}.
 */
function akhirH<T>(
  H: Hitung<T>,
  a: Appraisal,
  rs: Pp30Ruleset,
  k: FastKonstanta,
  peran: PeranPenilai,
  na: number,
): Akhir<unknown> {
  const rhks = (a.skp as NonNullable<Appraisal['skp']>).rencanaHasilKerja;
  let acc = H.nol;
  let nUtama = 0;
  let tambahan = H.nol;
  for (let i = 0; i < rhks.length; i++) {
    const rhk = rhks[i] as (typeof rhks)[number];
    // A sum of exact integer nilai (the float pass's): the reference's sum too.
    const sum = JUMLAH[i] as number;
    const q = Number.isNaN(sum)
      ? rencanaH(H, k, rhk.indikator)
      : H.div(H.int(sum), H.int(rhk.indikator.length));
    if (rhk.jenis === 'UTAMA') {
      acc = H.add(acc, q);
      nUtama++;
    } else tambahan = H.add(tambahan, H.dec(k.bonus[kategoriH(H, k, q)] ?? aside()));
  }
  const utama = H.div(acc, H.int(nUtama));
  const sebelumBatas = H.add(utama, tambahan);
  const max = H.dec(k.batasNilai);
  const skp = H.cmp(sebelumBatas, max) > 0 ? max : sebelumBatas;

  // Each rater's mean over the aspects in the post's order, the role's mean, its weight.
  // The scores the float pass read (see {@link NILAI_PERILAKU}), in the post's order.
  const nPenilai = (a.perilaku as NonNullable<Appraisal['perilaku']>).penilaian.length;
  let peranAcc = H.nol;
  for (let i = 0; i < nPenilai; i++) {
    // Integer scores (the usual): their sum in doubles is exact, and so is the reference's.
    let sum = 0;
    for (let j = 0; j < na; j++) {
      const v = NILAI_PERILAKU[5 * i + j] as number;
      sum = Number.isInteger(v) ? sum + v : Number.NaN;
    }
    let s = H.nol;
    if (Number.isNaN(sum)) {
      for (let j = 0; j < na; j++) s = H.add(s, H.angka(NILAI_PERILAKU[5 * i + j] as number));
    } else s = H.int(sum);
    peranAcc = H.add(peranAcc, H.div(s, H.int(na)));
  }
  const perPeran = H.div(peranAcc, H.int(nPenilai));
  const { bobot, total } = bobotPeran(k, rs, peran);
  const perilaku = H.div(H.add(H.nol, H.mul(perPeran, H.angka(bobot))), H.angka(total));

  const kinerja = H.div(
    H.add(H.mul(skp, H.angka(k.bobotSkp)), H.mul(perilaku, H.angka(k.bobotPerilaku))),
    H.angka(k.bobotTotal),
  );
  return { H, utama, tambahan, sebelumBatas, skp, perilaku, kinerja };
}

/**
 * {@link akhirH} on {@link SKALA}, written out on plain numbers (see `amanNaN`) for the
 * common tie of agency data: every rencana utama with a whole sum of nilai IKI (see
 * {@link JUMLAH}: IKIs at their target score a whole 109), whole perilaku scores, whole
 * weights. Step for step the operations of `akhirH(SKALA, …)` — `SKALA.int(n)` is
 * `amanNaN(n × SATUAN)`, `SKALA.add` `amanNaN(a + b)`, a product or quotient by a whole
 * weight or count `amanNaN(a × w)` or `bagiPas(a, w)` (see `skalaBulat`) — so where it decides
 * it gives the same values, at a quarter of the cost (no call through a {@link Hitung}, no boxed
 * number per operation); `undefined` where it does not (a rencana tambahan, a sum or score with
 * decimals, a quotient with more than 8 places, a weight with decimals): `akhirH` then decides
 * through {@link tepat}. Written without helpers beyond those two, which the compiler inlines
 * within its budget (a helper per operation left half of them as calls).
 */
function akhirSkala(
  a: Appraisal,
  rs: Pp30Ruleset,
  k: FastKonstanta,
  peran: PeranPenilai,
  na: number,
): Akhir<number> | undefined {
  const w = bobotPeran(k, rs, peran);
  if (!k.bobotSkala || !w.skala) return undefined;
  const rhks = (a.skp as NonNullable<Appraisal['skp']>).rencanaHasilKerja;
  let acc = 0;
  for (let i = 0; i < rhks.length; i++) {
    const rhk = rhks[i] as (typeof rhks)[number];
    if (rhk.jenis !== 'UTAMA') return undefined;
    // NaN (a sum with decimals, a quotient with more places) stays NaN to the end.
    const nilai = bagiPas(amanNaN((JUMLAH[i] as number) * SATUAN), rhk.indikator.length);
    acc = amanNaN(acc + nilai);
  }
  const utama = bagiPas(acc, rhks.length);
  // The cap (NaN when it has more than 8 places: then nilai SKP is NaN too).
  const skp = Math.min(utama, k.batasSatuan);

  const nPenilai = (a.perilaku as NonNullable<Appraisal['perilaku']>).penilaian.length;
  let peranAcc = 0;
  for (let i = 0; i < nPenilai; i++) {
    let sum = 0;
    for (let j = 0; j < na; j++) {
      const v = NILAI_PERILAKU[5 * i + j] as number;
      sum = Number.isInteger(v) ? sum + v : Number.NaN;
    }
    peranAcc = amanNaN(peranAcc + bagiPas(amanNaN(sum * SATUAN), na));
  }
  const perPeran = bagiPas(peranAcc, nPenilai);
  const perilaku = bagiPas(amanNaN(perPeran * w.bobot), w.total);
  const kinerja = bagiPas(
    amanNaN(amanNaN(skp * k.bobotSkp) + amanNaN(perilaku * k.bobotPerilaku)),
    k.bobotTotal,
  );
  // Every value above feeds nilai kinerja: one NaN anywhere makes it NaN.
  if (Number.isNaN(kinerja)) return undefined;
  return { H: SKALA, utama, tambahan: 0, sebelumBatas: utama, skp, perilaku, kinerja };
}

/** {@link Akhir} of the appraisal {@link ringkas} has read: {@link akhirSkala}, else {@link akhirH}. */
function akhir(
  a: Appraisal,
  rs: Pp30Ruleset,
  k: FastKonstanta,
  peran: PeranPenilai,
  na: number,
): Akhir<unknown> {
  return akhirSkala(a, rs, k, peran, na) ?? tepat(akhirH, a, rs, k, peran, na);
}

// ------------------------------------------------------------------ scoring

const NO_IKI: Pp30RincianIki[] = [];

/**
 * The first kategori whose minimum the exact value (within `m × EPS` of `v`) of the rencana
 * with IKIs `ind` reaches; when the value is `sum / n` of an exact integer `sum` (else NaN),
 * compared in integers; on an edge the doubles cannot decide, the reference's value decides.
 */
function kategoriRencana(
  k: FastKonstanta,
  v: number,
  m: number,
  sum: number,
  ind: readonly Iki[],
): PredikatPp30 {
  const bands = k.kategoriRencana;
  const n = ind.length;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as FastKonstanta['kategoriRencana'][number];
    if (b.min === null) return b.code;
    const s = !Number.isNaN(sum) && isInt(b.min) ? sum - b.min.n * n : signOrNaN(v, m, b.min);
    // On the edge within the error bound: the reference's value decides.
    if (Number.isNaN(s)) return tepat(kategoriRencanaH, k, ind);
    if (s >= 0) return b.code;
  }
  return aside();
}

/** `round(100 × sum / n)` half-up for an exact non-negative integer `sum`, in integers. */
function centsMean(sum: number, n: number): number {
  if (sum < 0) aside();
  const num = 200 * sum + n;
  const den = 2 * n;
  if (!(num + den < LIM)) aside();
  return floorDiv(num, den);
}

/** {@link predikat} could not decide on the doubles: the reference's value decides. */
const TIDAK_PASTI = -2;

/** Sign of `value − edge`: of the reference's nilai kinerja in `q` when known, else on the doubles. */
function signPredikat(v: number, m: number, edge: Dec, q: Akhir<unknown> | undefined): number {
  return q !== undefined ? q.H.cmpDec(q.kinerja, edge) : signOrNaN(v, m, edge);
}

/**
 * Predikat as `predikatPp30Inti` decides it, on the exact value (`exact`; within `m × EPS`
 * of `v`) or on the value rounded to 2 decimals (`cents`, an integer, the exact rounding of
 * the exact value; `q`, when given, holds the reference's value); `F[0]` is 1 when Sangat Baik
 * was reached without inovasi. Returns the index of the band, −1 when no band holds the value,
 * {@link TIDAK_PASTI} when the doubles cannot decide an edge. A band minimum of whole cents decides
 * the exact comparison from `cents` too (cents above the edge's: the value is above it;
 * below: below), except on the edge's own cent.
 */
function predikat(
  k: FastKonstanta,
  v: number,
  m: number,
  cents: number,
  exact: boolean,
  inovasi: boolean,
  q: Akhir<unknown> | undefined,
): number {
  F[0] = 0;
  const bands = k.predikat;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as FastKonstanta['predikat'][number];
    if (b.min !== null) {
      let s: number;
      if (Number.isNaN(b.cents)) {
        s = exact ? signPredikat(v, m, b.min, q) : cmpDec(cents, 2, b.min.n, b.min.d);
      } else {
        s = cents - b.cents;
        if (s === 0 && exact) s = signPredikat(v, m, b.min, q);
      }
      if (Number.isNaN(s)) return TIDAK_PASTI;
      if (s < 0) continue;
    }
    if (b.code === 'SANGAT_BAIK' && !inovasi) {
      F[0] = 1;
      continue;
    }
    return i;
  }
  return -1;
}

/**
 * The outcome, with or without rincian, in one pass over the appraisal. Throws `ASIDE` for
 * anything it does not decide.
 */
function ringkas(
  a: Appraisal,
  rs: Pp30Ruleset,
  k: FastKonstanta,
  withRincian: boolean,
): FastOutcomePp30 {
  const jabatan = a.pegawai.jabatan;
  if (jabatan.jenis === 'JPT') aside();
  const skp = a.skp;
  if (skp === undefined) aside();
  const rhks = skp.rencanaHasilKerja;
  const nr = rhks.length;
  if (nr === 0) aside();
  if (!jumlahTersedia(rhks)) aside(); // and their cache misses overlap
  let mask = R_AGREGASI | R_KATEGORI | R_MODE360;
  let utamaV = 0;
  let utamaM = 0;
  let nUtama = 0;
  let tambahanV = 0;
  let tambahanM = 0;
  const rencana = withRincian ? new Array<Pp30RincianRencana>(nr) : undefined;
  if (JUMLAH.length < nr) JUMLAH = new Float64Array(2 * nr);
  for (let i = 0; i < nr; i++) {
    const rhk = rhks[i] as (typeof rhks)[number];
    if (rhk.bobot !== undefined) aside();
    const ind = rhk.indikator;
    const ni = ind.length;
    if (ni === 0) aside();
    const rincianIki = withRincian ? new Array<Pp30RincianIki>(ni) : NO_IKI;
    let sumV = 0;
    let sumM = 0;
    // Every nilai an exact integer: the sum is exact, kategori and reported mean in integers.
    let exact = true;
    for (let j = 0; j < ni; j++) {
      const x = ind[j] as Iki;
      if ((x.jenis !== undefined && x.jenis !== 'standar') || x.bobot !== undefined) aside();
      const target = x.target as { jumlah?: unknown; min?: unknown; satuan?: string };
      const real = x.realisasi;
      if (target.min !== undefined || real === null || real === undefined) aside();
      const t = num(target.jumlah);
      const r = num(real.jumlah);
      if (t === 0) aside();
      if (satuanBerbeda(target.satuan, real.satuan)) aside(); // an issue
      const lower = x.polaritas === 'LOWER_IS_BETTER';
      const maks = x.targetMaksimal === true;
      // Realisasi at its target: capaian exactly 100, the ruleset's record (see diTarget).
      const d = t === r && !maks ? k.diTarget[lower ? 1 : 0] : null;
      const band = d !== null ? dariDiTarget(d) : nilaiIki(k, t, r, lower, maks);
      const v = N[0] as number;
      const m = N[1] as number;
      const bits = F[0] as number;
      if (F[1] === 0) exact = false;
      mask |= bits;
      sumV += v;
      sumM += m;
      if (!withRincian) continue;
      // At its target: the ruleset's one frozen rincian of capaian 100 %.
      rincianIki[j] = d !== null ? d.rincian : laporIki(k, band, t, r, lower, v, m, bits);
    }
    const nilaiV = sumV / ni;
    const nilaiM = sumM / ni;
    // An utama rencana's kategori is only reported (the catch-all band always holds it).
    exact &&= Math.abs(sumV) < INT_LIM;
    JUMLAH[i] = exact ? sumV : Number.NaN;
    const kategori =
      rencana !== undefined || rhk.jenis !== 'UTAMA' || !k.kategoriLengkap
        ? kategoriRencana(k, nilaiV, nilaiM, exact ? sumV : Number.NaN, ind)
        : 'SANGAT_KURANG';
    let bonus: Dec | undefined;
    if (rhk.jenis === 'UTAMA') {
      utamaV += nilaiV;
      utamaM += nilaiM;
      nUtama++;
    } else {
      bonus = k.bonus[kategori];
      if (bonus === undefined) aside();
      tambahanV += bonus.v;
      tambahanM += Math.abs(bonus.v);
      mask |= R_BONUS;
    }
    if (rencana === undefined) continue;
    const nilai = exact ? fixed2String(centsMean(sumV, ni)) : laporRencana(k, nilaiV, nilaiM, ind);
    rencana[i] =
      bonus === undefined
        ? { jenis: rhk.jenis, kategori, nilai, indikator: rincianIki }
        : {
            jenis: rhk.jenis,
            kategori,
            nilai,
            bonus: laporBonus(bonus),
            indikator: rincianIki,
          };
  }
  if (nUtama === 0) aside();
  const meanV = utamaV / nUtama;
  const meanM = utamaM / nUtama;
  const rawV = meanV + tambahanV;
  const rawM = meanM + tambahanM;
  // The cap: nilai SKP = min(raw, batasNilai). When raw may equal the cap, both candidates lie
  // within the error bound of the cap, so the cap with a doubled bound stands for either.
  const max = k.batasNilai;
  const diff = rawV - max.v;
  const err = rawM * EPS + Math.abs(max.v) * 2 ** -52 + Math.abs(diff) * 2 ** -52;
  const skpV = diff < -err ? rawV : max.v;
  const skpM = diff < -err ? rawM : diff > err ? Math.abs(max.v) : 2 * rawM + Math.abs(max.v);

  // Perilaku: raters of one role, every aspect of the post scored 0–nilaiMaks.
  const penilaian = a.perilaku?.penilaian;
  if (penilaian === undefined || penilaian.length === 0) aside();
  const na = aspekPerilaku(jabatan).length;
  const maks = k.nilaiMaks.v;
  const peran: PeranPenilai = (penilaian[0] as (typeof penilaian)[number]).penilai.peran;
  if (!((rs.params.bobotPenilai.value[peran] ?? 0) > 0)) aside();
  let perilakuSum = 0;
  if (NILAI_PERILAKU.length < 5 * penilaian.length) {
    NILAI_PERILAKU = new Float64Array(10 * penilaian.length);
  }
  for (let i = 0; i < penilaian.length; i++) {
    const p = penilaian[i] as (typeof penilaian)[number];
    if (p.penilai.peran !== peran) aside();
    const given = p.nilai as Readonly<Partial<Record<AspekPp30, unknown>>>;
    // Every aspect of the post (a missing one is an issue: `num` steps aside on undefined),
    // scored 0–nilaiMaks, and no other key (an unknown aspect is an issue, an ignored
    // Kepemimpinan a warning): as many keys as aspects.
    const v0 = num(given.ORIENTASI_PELAYANAN);
    const v1 = num(given.KOMITMEN);
    const v2 = num(given.INISIATIF_KERJA);
    const v3 = num(given.KERJA_SAMA);
    const v4 = na === 5 ? num(given.KEPEMIMPINAN) : 0;
    if (v0 > maks || v1 > maks || v2 > maks || v3 > maks || v4 > maks) aside(); // an issue
    let keys = 0;
    for (const _ in given) keys++;
    if (keys !== na) aside();
    perilakuSum += (v0 + v1 + v2 + v3 + v4) / na;
    const o = 5 * i;
    NILAI_PERILAKU[o] = v0;
    NILAI_PERILAKU[o + 1] = v1;
    NILAI_PERILAKU[o + 2] = v2;
    NILAI_PERILAKU[o + 3] = v3;
    NILAI_PERILAKU[o + 4] = v4;
  }
  const perilakuV = perilakuSum / penilaian.length;

  // Nilai kinerja and predikat under both boundary modes.
  const kinerjaV = (skpV * k.bobotSkp + perilakuV * k.bobotPerilaku) / k.bobotTotal;
  const kinerjaM = (skpM * k.bobotSkp + perilakuV * k.bobotPerilaku) / k.bobotTotal;
  // On a rounding tie or an edge the doubles cannot decide, the reference's values decide.
  // (No closures here: a captured variable would live in a heap context for the whole call.)
  let q: Akhir<unknown> | undefined;
  let kinerjaCents = centsOrUnsure(kinerjaV, kinerjaM);
  if (kinerjaCents < 0) {
    q = akhir(a, rs, k, peran, na);
    kinerjaCents = q.H.cents(q.kinerja);
  }
  const inovasi = punyaInovasi(a);
  let exact = predikat(k, kinerjaV, kinerjaM, kinerjaCents, true, inovasi, q);
  if (exact === TIDAK_PASTI) {
    q ??= akhir(a, rs, k, peran, na);
    exact = predikat(k, kinerjaV, kinerjaM, kinerjaCents, true, inovasi, q);
  }
  const tanpaExact = F[0] === 1;
  const rounded = predikat(k, kinerjaV, kinerjaM, kinerjaCents, false, inovasi, undefined);
  const tanpaRounded = F[0] === 1;
  const band = k.predikat[k.lowerInclusive ? exact : rounded];
  if (band === undefined) aside();
  if (exact < 0 || rounded < 0 || k.predikat[exact]?.code !== k.predikat[rounded]?.code)
    mask |= R_BATAS_PREDIKAT;
  const kinerja = fixed2String(kinerjaCents);
  const warnings = (k.lowerInclusive ? tanpaExact : tanpaRounded)
    ? [
        PP30_MESSAGES.warning('SANGAT_BAIK_TANPA_INOVASI', { nilai: kinerja }, 'pp30.predikat', [
          'inovasi',
        ]),
      ]
    : NO_WARNINGS;
  const skpC = centsOrUnsure(skpV, skpM);
  const perilakuC = centsOrUnsure(perilakuV, perilakuV);
  if ((skpC | perilakuC) < 0) q ??= akhir(a, rs, k, peran, na);
  const nilai = {
    skp: laporAtau(skpV, skpM, q?.H, q?.skp),
    perilaku: laporAtau(perilakuV, perilakuV, q?.H, q?.perilaku),
    kinerja,
  };
  const readings = readingSet(k, mask);
  if (rencana === undefined) {
    return { outcome: { ok: true, nilai, predikat: band.value }, readings, warnings };
  }
  if (
    (centsOrUnsure(meanV, meanM) |
      centsOrUnsure(tambahanV, tambahanM) |
      centsOrUnsure(rawV, rawM)) <
    0
  )
    q ??= akhir(a, rs, k, peran, na);
  const rincian: Pp30Rincian = {
    pendekatan: 'JA_JF',
    rencanaHasilKerja: rencana,
    skp: {
      utama: laporAtau(meanV, meanM, q?.H, q?.utama),
      tambahan: laporAtau(tambahanV, tambahanM, q?.H, q?.tambahan),
      sebelumBatas: laporAtau(rawV, rawM, q?.H, q?.sebelumBatas),
    },
    bobot: k.dengan360 ? rs.params.bobotDengan360.value : rs.params.bobotTanpa360.value,
    dengan360: k.dengan360,
    bobotPenilai: bobotPeran(k, rs, peran).rincian,
    inovasi,
  };
  return {
    outcome: { ok: true, nilai, predikat: band.value, rincian },
    readings,
    warnings,
  };
}

/** Whether the resolved types' `standar` is the built-in one (remembered per map). */
const standarBawaan = rememberPerObject(
  (types: ReadonlyMap<string, IndicatorType>): boolean => types.get('standar') === standarIndicator,
);

/**
 * Scores a validated PP 30/2019 appraisal on the fused fast path, or returns `undefined`
 * when the general scorer must decide (see the module comment). `types` are the ruleset's
 * resolved indicator types: the path runs only when `standar` is the built-in one. Without
 * `withRincian`, the outcome has no `rincian`.
 */
export function scorePp30Fast(
  a: Appraisal,
  rs: Pp30Ruleset,
  types: ReadonlyMap<string, IndicatorType>,
  withRincian = true,
): FastOutcomePp30 | undefined {
  if (!standarBawaan(types)) return undefined;
  const k = konstanta(rs);
  if (k === null) return undefined;
  try {
    return ringkas(a, rs, k, withRincian);
  } catch (e) {
    if (e === ASIDE) return undefined;
    throw e;
  }
}
