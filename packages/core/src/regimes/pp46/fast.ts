/**
 * The PP 46/2011 scorer fused into one pass over plain doubles, for batch scoring without a
 * trace. It returns exactly what {@link scorePp46} returns on any backend — the same reported
 * strings, predikat, flags, `rincian` and UNCERTAIN readings — or `undefined` when it cannot
 * prove that, and the caller then runs the general scorer (which itself falls back to
 * decimal.js when needed). Proven equal by the property tests in `fast.test.ts` against the
 * decimal reference, band edges and rounding ties included.
 *
 * How it stays exact:
 *
 * - **Inputs are doubles within 2^-53 of their decimals.** A number stands for its shortest
 *   round-trip decimal (what decimal.js reads); a decimal string of at most 15 significant
 *   digits is read as its nearest double. Either way the decimal is recovered exactly from
 *   the double when a decision needs it, and the decimal is monotone in the double, so
 *   `R > T` compares the doubles themselves.
 * - **Branch decisions are float first, exact inside a margin.** The efficiency edge `E ≤ 24`
 *   is `(100 − 24) × T ≤ 100 × R`, the clamp `R > 1.76 × T`, the cap `100 × R > cap × T`:
 *   each side is computed on doubles within 2^-51 of its exact value, so a difference beyond
 *   2^-50 of their sum has the exact sign; inside it — `12` against `9.12` at the 24 % edge,
 *   say — both sides are scaled to integers and compared exactly (a product that would reach
 *   2^53 steps aside).
 * - **Values are doubles with an error bound.** Every value `v` carries `m`, the same
 *   expression evaluated on absolute values; with at most a few hundred roundings on the way,
 *   `|v − exact| ≤ m × 2^-40` holds with a wide margin (the rigorous bound is `γ_k × m`,
 *   `γ_k ≈ k × 2^-53`). A band comparison or a half-up rounding is made only when the exact
 *   value provably lies on one side; a reported kuantitas or kualitas on a rounding tie
 *   (100 × 1 / 160 = 0.625) is computed exactly in integers; any other reported value on
 *   one, and a sebutan or hukuman disiplin edge the error bound cannot decide (prestasi
 *   kerja 76.00 against Baik's 76), on the reference's own values: rationals, each
 *   operation in the general scorer's order and rounded to 40 digits as decimal.js rounds
 *   it (`bulatDesimal`), so two rounded thirds meeting on a tie come out as it prints them.
 * - **One pass** ({@link ringkas}) over the appraisal, as the naive float code makes it, with
 *   or without the rincian.
 * - **Anything unusual steps aside**: an input issue of any kind, a custom indicator type, a
 *   range target, a missing realisasi, a target 0, kreativitas claims, more than one rater, a
 *   rounding policy other than 2 decimals half-up, a negative value.
 *
 * @internal
 */
import type { SebutanPp46 } from '../../codes.js';
import { rememberPerObject } from '../../memo.js';
import type { Appraisal } from '../../model/appraisal.js';
import { isStruktural } from '../../model/pegawai.js';
import type { Iki } from '../../model/skp.js';
import type { Pp46Ruleset } from '../../ruleset/types.js';
import {
  ASIDE,
  aside,
  bulatDesimal,
  centsOrUnsure,
  centsQ,
  clear,
  cmpDec,
  cmpQ,
  cmpScaled,
  type Dec,
  decNumber,
  decSub,
  fixed2String,
  floorDiv,
  jumlahTersedia,
  LIM,
  laporQ,
  num,
  P10,
  parseDec,
  type Q,
  qAdd,
  qDec,
  qDiv,
  qMul,
  qNumber,
  qSub,
  S,
  signOrNaN,
} from '../fastDecimal.js';
import type { RegimeOutcome } from '../types.js';
import { flagsPp46, type PredikatValue, predikatPp46 } from '../values.js';
import { bobotPenilaiPp46 } from './penilai.js';
import type { AspekPerilakuDinilai, AspekPerilakuPp46 } from './perilaku.js';
import { aspekPerilakuPp46, rekamAspekPp46 } from './perilaku.js';
import type { RincianKegiatanPp46, RincianPp46 } from './score.js';

/** What the fast path returns: the outcome and the UNCERTAIN readings that decided it. */
export interface FastOutcomePp46 {
  readonly outcome: RegimeOutcome;
  readonly readings: ReadonlySet<string>;
}

/**
 * Scratch register: the last aspect score and its magnitude (see {@link capaianF},
 * {@link efisiensiF}), and for kuantitas/kualitas 1 when the cap decided it.
 */
const O = new Float64Array(3);

// ------------------------------------------------------------------ ruleset constants

interface FastKonstanta {
  /** `100 − batasEfisiensi` (branch 1 when `(100 − B) × T ≤ 100 × R`). */
  readonly seratusMinB: Dec;
  readonly nt: Dec;
  readonly basis: number;
  /** `basis` as a decimal (for the exact values of a rounding tie). */
  readonly basisDec: Dec;
  /** `100 × nt − basis − 100`: branch 2 is negative when `koefCabang2 × T > 100 × R`. */
  readonly koefCabang2: Dec;
  readonly clamp: boolean;
  readonly cap: Dec | null;
  readonly realisasiNolSemuaNol: boolean;
  readonly targetNolDikecualikan: boolean;
  readonly tugas: readonly { readonly min: number; readonly nilai: number }[];
  /** Nilai tugas tambahan by the number of tugas, 0 to {@link TUGAS_TABEL} − 1 (from `tugas`). */
  readonly tugasTabel: Float64Array;
  readonly maks: Dec;
  /**
   * Bands in the ruleset's order; `cents` is `min × 100` when that is an integer (a value
   * rounded to 2 decimals then compares in integers), else NaN.
   */
  readonly sebutan: readonly {
    readonly code: SebutanPp46;
    readonly min: Dec | null;
    readonly cents: number;
    /** The shared predikat value of `code`. */
    readonly predikat: PredikatValue<SebutanPp46, 'PP46'>;
  }[];
  readonly lowerInclusive: boolean;
  readonly hukdis: Dec;
  readonly bobotSkp: number;
  readonly bobotPerilaku: number;
  readonly bobotTotal: number;
  /** The rater weights put everything on ATASAN (a single ATASAN rater scores alone). */
  readonly atasanSaja: boolean;
  /**
   * The reference's nilai capaian of a kegiatan whose every realisasi equals its target
   * (`[without biaya, with biaya]`), filled on first use by {@link capaianKegiatanQ}: it does
   * not depend on the amounts, and agency data has many.
   */
  readonly diTargetQ: [Q | undefined, Q | undefined];
  /** The ATASAN's weight and the total as rationals, filled on first use by {@link akhirQ}. */
  bobotAtasanQ: { readonly w: Q; readonly total: Q } | undefined;
}

type Band = FastKonstanta['sebutan'][number];

/** Counts of tugas tambahan whose nilai is looked up in a table (more: the rows are walked). */
const TUGAS_TABEL = 16;

/** Nilai tugas tambahan of `n` tugas: the last row whose minimum `n` reaches (else 0). */
function nilaiTugas(tugas: FastKonstanta['tugas'], n: number): number {
  let v = 0;
  for (const row of tugas) if (row.min <= n) v = row.nilai;
  return v;
}

/**
 * The ruleset's numbers as the fast path uses them, or null when it must step aside;
 * computed once per ruleset object.
 */
const konstanta = rememberPerObject((rs: Pp46Ruleset): FastKonstanta | null => {
  try {
    const p = rs.params;
    const { dp, mode } = rs.rounding.value;
    if (dp !== 2 || mode !== 'HALF_UP') throw ASIDE;
    const nt = parseDec(p.nilaiTertimbang.value);
    const basis = parseDec(p.basisCabang2.value);
    const seratus = parseDec(100);
    const koefCabang2 = decSub(decSub({ n: nt.n * 100, d: nt.d, v: nt.v * 100 }, basis), seratus);
    const w = p.bobotPenilai.value;
    const tugas = p.tugasTambahan.value.map((r) => ({ min: r.min, nilai: parseDec(r.nilai).v }));
    return {
      seratusMinB: decSub(seratus, parseDec(p.batasEfisiensi.value)),
      nt,
      basis: basis.v,
      basisDec: basis,
      koefCabang2,
      clamp: p.clampNegatif.value,
      cap:
        p.batasAtasKuantitasKualitas.value === null
          ? null
          : parseDec(p.batasAtasKuantitasKualitas.value),
      realisasiNolSemuaNol: p.realisasiNolSemuaNol.value,
      targetNolDikecualikan: p.targetNolDikecualikan.value,
      tugas,
      tugasTabel: Float64Array.from({ length: TUGAS_TABEL }, (_, n) => nilaiTugas(tugas, n)),
      maks: parseDec(p.nilaiPerilakuMaks.value),
      sebutan: p.sebutan.value.map((b) => {
        const min = b.min === null ? null : parseDec(b.min);
        const cents = min !== null && min.d <= 2 ? min.n * (P10[2 - min.d] as number) : Number.NaN;
        return {
          code: b.code,
          min,
          cents: Number.isSafeInteger(cents) ? cents : Number.NaN,
          predikat: predikatPp46(b.code),
        };
      }),
      lowerInclusive: p.batasSebutan.value === 'LOWER_INCLUSIVE',
      hukdis: parseDec(p.batasHukdis.value),
      bobotSkp: p.bobot.value.SKP,
      bobotPerilaku: p.bobot.value.PERILAKU,
      bobotTotal: p.bobot.value.SKP + p.bobot.value.PERILAKU,
      atasanSaja: (w.ATASAN ?? 0) > 0,
      diTargetQ: [undefined, undefined],
      bobotAtasanQ: undefined,
    };
  } catch (e) {
    if (e !== ASIDE) throw e;
    return null;
  }
});

// ------------------------------------------------------------------ readings

const R_CAP = 1;
const R_CLAMP = 2;
const R_BATAS_SEBUTAN = 4;
const R_KEPEMIMPINAN = 8;
/** By mask (four bits): built on first use. */
const READING_SETS: (ReadonlySet<string> | undefined)[] = new Array(16).fill(undefined);

function readingSet(mask: number): ReadonlySet<string> {
  let s = READING_SETS[mask];
  if (s === undefined) {
    const names: string[] = [];
    if (mask & R_CAP) names.push('batasAtasKuantitasKualitas');
    if (mask & R_CLAMP) names.push('clampNegatif');
    if (mask & R_KEPEMIMPINAN) names.push('kepemimpinanHanyaStruktural');
    if (mask & R_BATAS_SEBUTAN) names.push('batasSebutan');
    names.push('rounding');
    s = new Set(names);
    READING_SETS[mask] = s;
  }
  return s;
}

// ------------------------------------------------------------------ scoring

/**
 * `R / T × 100` rounded half-up to 2 decimals, × 100, exactly in integers, for `T = tn /
 * 10^td`, `R = rn / 10^rd`: `R / T` is `A / B` with `A = rn × 10^td`, `B = tn × 10^rd`, and
 * `round(10000 × A / B)` is `floor((20000 A + B) / 2B)`. −1 when the integers do not fit.
 */
function centsRasio(tn: number, td: number, rn: number, rd: number): number {
  const pa = P10[td];
  const pb = P10[rd];
  if (pa === undefined || pb === undefined) return -1;
  const num = 20000 * rn * pa + tn * pb;
  const den = 2 * tn * pb;
  if (!(num + den < LIM)) return -1;
  return floorDiv(num, den);
}

const NO_KEGIATAN: RincianKegiatanPp46[] = [];

/**
 * The first band whose minimum the exact value (within `m × EPS` of `v`, rounded half-up to
 * `cents`; `q`, when given, the reference's value) reaches, {@link TIDAK_PASTI} when the
 * doubles cannot decide an edge. A minimum of whole cents is decided by `cents` except on its own cent:
 * cents above it, the exact value is at least half a cent above the minimum; below it, half a
 * cent below.
 */
function bandExact(
  k: FastKonstanta,
  v: number,
  m: number,
  cents: number,
  q: Q | undefined,
): number {
  const bands = k.sebutan;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as Band;
    if (b.min === null) return i;
    const s =
      cents !== b.cents && !Number.isNaN(b.cents)
        ? cents - b.cents
        : q !== undefined
          ? cmpQ(q, qDec(b.min))
          : signOrNaN(v, m, b.min);
    if (Number.isNaN(s)) return TIDAK_PASTI;
    if (s >= 0) return i;
  }
  return lastBand(k);
}

/** {@link bandExact} could not decide on the doubles: the reference's value decides. */
const TIDAK_PASTI = -2;

/** The first band whose minimum `cents / 100` (a value rounded to 2 decimals) reaches. */
function bandRounded(k: FastKonstanta, cents: number): number {
  const bands = k.sebutan;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as Band;
    if (b.min === null) return i;
    if (Number.isNaN(b.cents) ? cmpDec(cents, 2, b.min.n, b.min.d) >= 0 : cents >= b.cents)
      return i;
  }
  return lastBand(k);
}

/** The index of the last band (every value reaches it). */
function lastBand(k: FastKonstanta): number {
  if (k.sebutan.length === 0) aside();
  return k.sebutan.length - 1;
}

/** Perilaku values by aspect index. */
const PV = new Float64Array(8);

/**
 * Reads the perilaku scores of the one ATASAN into `PV` (by the aspect's index in the rule's
 * list) and returns the rule applied; steps aside for a missing or unknown aspect, a score
 * above the maximum (an issue), and kepemimpinan the general scorer must judge. A score
 * compares with the maximum as the decimal it stands for (see {@link capaianF}). The aspects
 * are read by name (both lists of the rule start with the same five, in the order of
 * `ASPEK_PP46`) and the keys counted: every aspect of the list present and as many keys as
 * aspects is exactly the list.
 */
function bacaPerilaku(
  given: Readonly<Partial<Record<AspekPerilakuPp46, unknown>>>,
  struktural: boolean,
  rs: Pp46Ruleset,
  k: FastKonstanta,
): AspekPerilakuDinilai {
  const aturan = aspekPerilakuPp46(struktural, 'KEPEMIMPINAN' in given, rs.params);
  if (aturan.kepemimpinan === 'WAJIB_TIDAK_ADA' || aturan.kepemimpinan === 'DIABAIKAN') aside();
  const na = aturan.aspek.length;
  const v0 = num(given.ORIENTASI_PELAYANAN);
  const v1 = num(given.INTEGRITAS);
  const v2 = num(given.KOMITMEN);
  const v3 = num(given.DISIPLIN);
  const v4 = num(given.KERJA_SAMA);
  const v5 = na === 6 ? num(given.KEPEMIMPINAN) : 0;
  const maks = k.maks.v;
  // A score above the maximum is an issue.
  if (v0 > maks || v1 > maks || v2 > maks || v3 > maks || v4 > maks || v5 > maks) aside();
  let keys = 0;
  for (const _ in given) keys++;
  if (keys !== na) aside();
  PV[0] = v0;
  PV[1] = v1;
  PV[2] = v2;
  PV[3] = v3;
  PV[4] = v4;
  PV[5] = v5;
  return aturan;
}

/**
 * Prestasi kerja, sebutan and hukuman disiplin from nilai SKP (with tugas tambahan; a value and
 * its magnitude) and nilai perilaku (its magnitude is the value): the outcome without rincian.
 * With `q` undefined, undefined when a rounding or an edge is a tie within the error bounds;
 * with the reference's values `q` (see {@link akhirQ}), those decide. (Two calls rather than
 * one that computes `q` itself: the common call stays as small as it was.)
 */
function akhir(
  k: FastKonstanta,
  readings: number,
  skpV: number,
  skpM: number,
  tugasV: number,
  perilakuV: number,
  q: AkhirQ | undefined,
): FastOutcomePp46 | undefined {
  let mask = readings;
  let accV = 0;
  let accM = 0;
  if (k.bobotPerilaku > 0) {
    accV += perilakuV * k.bobotPerilaku;
    accM += perilakuV * k.bobotPerilaku;
  }
  if (k.bobotSkp > 0) {
    accV += skpV * k.bobotSkp;
    accM += skpM * k.bobotSkp;
  }
  const prestasiV = accV / k.bobotTotal;
  const prestasiM = accM / k.bobotTotal;
  const prestasiCents = q === undefined ? centsOrUnsure(prestasiV, prestasiM) : centsQ(q.prestasi);
  const skpCents = q === undefined ? centsOrUnsure(skpV, skpM) : centsQ(q.skp);
  const perilakuCents = q === undefined ? centsOrUnsure(perilakuV, perilakuV) : centsQ(q.perilaku);
  if ((prestasiCents | skpCents | perilakuCents) < 0) return undefined;

  // Sebutan and hukuman disiplin under both boundary modes (the other one decides whether
  // the UNCERTAIN boundary reading mattered).
  const iExact = bandExact(k, prestasiV, prestasiM, prestasiCents, q?.prestasi);
  if (iExact === TIDAK_PASTI) return undefined;
  const sebExact = k.sebutan[iExact] as Band;
  const sebRounded = k.sebutan[bandRounded(k, prestasiCents)] as Band;
  const seb = k.lowerInclusive ? sebExact : sebRounded;
  const hdCmp = cmpDec(skpCents, 2, k.hukdis.n, k.hukdis.d);
  // Rounded cents above or below the edge: the exact value lies on the same side (see
  // bandExact) when the edge is whole cents.
  const hdSign =
    hdCmp !== 0 && k.hukdis.d <= 2
      ? hdCmp
      : q !== undefined
        ? cmpQ(q.skp, qDec(k.hukdis))
        : signOrNaN(skpV, skpM, k.hukdis);
  if (Number.isNaN(hdSign)) return undefined;
  const hdExact = hdSign < 0;
  const hdRounded = hdCmp < 0;
  const hd = k.lowerInclusive ? hdExact : hdRounded;
  if (sebExact.code !== sebRounded.code || hdExact !== hdRounded) mask |= R_BATAS_SEBUTAN;

  const nilai = {
    skp: fixed2String(skpCents),
    perilaku: fixed2String(perilakuCents),
    prestasiKerja: fixed2String(prestasiCents),
    tugasTambahan: laporNilai(tugasV),
    kreativitas: '0.00',
  };
  return {
    outcome: { ok: true, nilai, predikat: seb.predikat, flags: flagsPp46(hd) },
    readings: readingSet(mask),
  };
}

/** The rincian of a counted kegiatan, keys in the order of the general scorer. */
function rincianKegiatan(
  index: number,
  id: string | undefined,
  nama: string,
  tidakTerlaksana: boolean,
  kuantitas: string,
  kualitas: string,
  waktu: string,
  biaya: string | undefined,
  perhitungan: string,
  pembagi: 3 | 4,
  nilaiCapaian: string,
): RincianKegiatanPp46 {
  if (id === undefined && !tidakTerlaksana) {
    return biaya === undefined
      ? {
          index,
          nama,
          dihitung: true,
          kuantitas,
          kualitas,
          waktu,
          perhitungan,
          pembagi,
          nilaiCapaian,
        }
      : {
          index,
          nama,
          dihitung: true,
          kuantitas,
          kualitas,
          waktu,
          biaya,
          perhitungan,
          pembagi,
          nilaiCapaian,
        };
  }
  const o: { -readonly [K in keyof RincianKegiatanPp46]: RincianKegiatanPp46[K] } = {
    index,
  } as RincianKegiatanPp46;
  if (id !== undefined) o.id = id;
  o.nama = nama;
  o.dihitung = true;
  if (tidakTerlaksana) o.tidakTerlaksana = true;
  o.kuantitas = kuantitas;
  o.kualitas = kualitas;
  o.waktu = waktu;
  if (biaya !== undefined) o.biaya = biaya;
  o.perhitungan = perhitungan;
  o.pembagi = pembagi;
  o.nilaiCapaian = nilaiCapaian;
  return o;
}

/**
 * Kuantitas or kualitas score `R / T × 100` of the numbers `t`, `r` into `O[0]` (its magnitude
 * is the value itself) and into `O[2]` 1 when the cap decided it, else 0; returns the reading
 * bits used.
 * Doubles compare as the decimals they stand for (the shortest round-trip decimal is
 * monotone in the double), so `R > T` is `r > t`.
 */
function capaianF(k: FastKonstanta, t: number, r: number): number {
  const cap = k.cap;
  if (cap !== null) {
    let c = clear(100 * r, cap.v * t);
    if (c === 0) c = cmpScaled(100, 0, r, cap.n, cap.d, t);
    if (c > 0) {
      O[0] = cap.v;
      O[2] = 1;
      return R_CAP;
    }
  }
  O[0] = (r / t) * 100;
  O[2] = 0;
  return r > t ? R_CAP : 0;
}

/**
 * The reported kuantitas or kualitas of the numbers `t`, `r` whose score is `v` (`capped`:
 * the cap): rounded with the error bound, or exactly in integers on a rounding tie such as
 * 100 × 1 / 160 = 0.625.
 */
function laporRasio(t: number, r: number, v: number, capped: boolean): string {
  const c = centsOrUnsure(v, v);
  if (c >= 0) return fixed2String(c);
  if (capped) aside();
  decNumber(t);
  const tn = S[0] as number;
  const td = S[1] as number;
  decNumber(r);
  const exact = centsRasio(tn, td, S[0] as number, S[1] as number);
  if (exact < 0) aside();
  return fixed2String(exact);
}

/**
 * Waktu or biaya score of the numbers `t`, `r` into `O` (value and magnitude): efficiency
 * `E = 100 − R / T × 100`; `((nt × T − R) / T) × 100` when `E ≤ batasEfisiensi`, else
 * `basis − (that − 100)`; a negative score clamped to 0 (a reading) or stepped aside. Returns
 * the reading bits used.
 */
function efisiensiF(k: FastKonstanta, t: number, r: number): number {
  const b = k.seratusMinB;
  let c = clear(b.v * t, 100 * r);
  if (c === 0) c = cmpScaled(b.n, b.d, t, 100, 0, r);
  // ((nt × T − R) / T) × 100 as (nt − R / T) × 100: one division, the same bound.
  const q = r / t;
  const rumus1 = (k.nt.v - q) * 100;
  const m1 = (k.nt.v + q) * 100;
  let negatif: number;
  if (c <= 0) {
    O[0] = rumus1;
    O[1] = m1;
    negatif = clear(r, k.nt.v * t); // R > nt × T
    if (negatif === 0) negatif = cmpScaled(1, 0, r, k.nt.n, k.nt.d, t);
  } else {
    const kc = k.koefCabang2;
    O[0] = k.basis - (rumus1 - 100);
    O[1] = k.basis + m1 + 100;
    negatif = clear(kc.v * t, 100 * r);
    if (negatif === 0) negatif = cmpScaled(kc.n, kc.d, t, 100, 0, r);
  }
  if (negatif <= 0) return 0;
  if (!k.clamp) aside();
  O[0] = 0;
  O[1] = 0;
  return R_CLAMP;
}

const Q_NOL: Q = [0n, 1n];
const Q_SERATUS: Q = [100n, 1n];

/** `q` rounded as the reference rounds an operation's result (see {@link bulatDesimal}). */
const d = bulatDesimal;

/**
 * The kuantitas or kualitas score of the numbers `t`, `r` as the reference computes it
 * (`capped`: the cap).
 */
function rasioQ(k: FastKonstanta, t: number, r: number, capped: boolean): Q {
  if (capped) return qDec(k.cap as Dec);
  return d(qMul(d(qDiv(qNumber(r), qNumber(t))), Q_SERATUS));
}

/**
 * The waktu or biaya score of the numbers `t`, `r` as the reference computes it, each
 * operation in the general scorer's order (`efisiensiInti`) and rounded as decimal.js rounds
 * it: `((nt × T − R) / T) × 100`, in branch 2 `basis − (that − 100)`, a negative score
 * clamped to 0 (an unclamped one has stepped aside). The branch is decided exactly, as the
 * float pass decides it (the reference's rounded efficiency cannot fall on the other side of
 * the edge: inputs of at most 15 digits keep the exact one at least 10^-30 from it).
 */
function efisiensiQ(k: FastKonstanta, t: number, r: number): Q {
  const tq = qNumber(t);
  const rq = qNumber(r);
  const selisih = d(qSub(d(qMul(qDec(k.nt), tq)), rq));
  const rumus1 = d(qMul(d(qDiv(selisih, tq)), Q_SERATUS));
  const cabang1 = cmpQ(qMul(qDec(k.seratusMinB), tq), qMul(Q_SERATUS, rq)) <= 0;
  const v = cabang1 ? rumus1 : d(qSub(qDec(k.basisDec), d(qSub(rumus1, Q_SERATUS))));
  return cmpQ(v, Q_NOL) < 0 ? Q_NOL : v;
}

/**
 * The perhitungan of a counted kegiatan (kuantitas + kualitas + waktu + biaya) as the
 * reference computes it, for a reported perhitungan or nilai capaian on a rounding tie —
 * `100.625 + 81 + 76 = 257.625`, or `86.458… + 69 + 73.416… = 228.875` where two rounded
 * thirds meet: on rationals, each operation's result rounded as decimal.js rounds it (see
 * {@link bulatDesimal}), in the general scorer's order (`nilaiKegiatanInti`).
 */
function perhitunganQ(
  k: FastKonstanta,
  kuantitas: Q,
  kualitas: Q,
  tW: number,
  rW: number,
  tB: number,
  rB: number,
  withBiaya: boolean,
): Q {
  const p = d(qAdd(d(qAdd(kuantitas, kualitas)), efisiensiQ(k, tW, rW)));
  return withBiaya ? d(qAdd(p, efisiensiQ(k, tB, rB))) : p;
}

const qInt = (n: number): Q => [BigInt(n), 1n];

/** An input or ruleset number reported (its decimal rounded half-up: exact on a tie). */
function laporNilai(x: number): string {
  const c = centsOrUnsure(x, x);
  return c >= 0 ? fixed2String(c) : laporQ(qNumber(x));
}

/**
 * The nilai capaian of a kegiatan whose IKIs the float pass has read, as the reference
 * computes it (`nilaiKegiatanInti`): every decision — the cap, a kegiatan tidak terlaksana —
 * on the reference's own values.
 */
function capaianKegiatanQ(k: FastKonstanta, ind: readonly Iki[]): Q {
  let tK = 0;
  let rK = 0;
  let tQ = 0;
  let rQ = 0;
  let tW = 0;
  let rW = 0;
  let tB = 0;
  let rB = 0;
  for (const x of ind) {
    const t = num((x.target as { jumlah?: unknown }).jumlah);
    const r = num(x.realisasi?.jumlah);
    if (x.aspek === 'KUANTITAS') [tK, rK] = [t, r];
    else if (x.aspek === 'KUALITAS') [tQ, rQ] = [t, r];
    else if (x.aspek === 'WAKTU') [tW, rW] = [t, r];
    else [tB, rB] = [t, r];
  }
  const withBiaya = tB > 0;
  if (tK === rK && tQ === rQ && tW === rW && tB === rB) {
    // Every realisasi at its target (amounts above 0, as the float pass checked): each score
    // is that of capaian 100 % (`R / T = 1`, waktu and biaya `(nt − 1) × 100`), exact
    // whatever the amounts, so the ruleset's one value (computed for amounts 1).
    const at = withBiaya ? 1 : 0;
    const known = k.diTargetQ[at];
    if (known !== undefined) return known;
    const v = capaianKegiatanNilaiQ(k, 1, 1, 1, 1, 1, 1, withBiaya ? 1 : 0, withBiaya ? 1 : 0);
    k.diTargetQ[at] = v;
    return v;
  }
  return capaianKegiatanNilaiQ(k, tK, rK, tQ, rQ, tW, rW, tB, rB);
}

/** {@link capaianKegiatanQ} of the amounts read (`tB` 0: no biaya). */
function capaianKegiatanNilaiQ(
  k: FastKonstanta,
  tK: number,
  rK: number,
  tQ: number,
  rQ: number,
  tW: number,
  rW: number,
  tB: number,
  rB: number,
): Q {
  if (k.realisasiNolSemuaNol && rK === 0) return Q_NOL;
  const cap = k.cap === null ? null : qDec(k.cap);
  let kuan = rasioQ(k, tK, rK, false);
  if (cap !== null && cmpQ(kuan, cap) > 0) kuan = cap;
  let kual = rasioQ(k, tQ, rQ, false);
  if (cap !== null && cmpQ(kual, cap) > 0) kual = cap;
  const perhitungan = perhitunganQ(k, kuan, kual, tW, rW, tB, rB, tB > 0);
  return d(qDiv(perhitungan, qInt(tB > 0 ? 4 : 3)));
}

/** Nilai SKP, perilaku and prestasi kerja and their parts as the reference computes them. */
interface AkhirQ {
  readonly rataRata: Q;
  readonly skp: Q;
  readonly perilakuJumlah: Q;
  readonly perilaku: Q;
  readonly prestasi: Q;
  readonly skpTertimbang: Q;
  readonly perilakuTertimbang: Q;
}

/**
 * {@link AkhirQ} of an appraisal the float pass has read (its one ATASAN's `na` scores in
 * `PV`): `nilaiSkpInti`, `gabungPenilaiInti`, `nilaiPerilakuInti` and
 * `nilaiPrestasiKerjaInti` of the general scorer, operation by operation.
 */
function akhirQ(
  a: Appraisal,
  rs: Pp46Ruleset,
  k: FastKonstanta,
  tugasV: number,
  na: number,
): AkhirQ {
  const rhks = (a.skp as NonNullable<Appraisal['skp']>).rencanaHasilKerja;
  let acc = Q_NOL;
  for (const rhk of rhks) acc = d(qAdd(acc, capaianKegiatanQ(k, rhk.indikator)));
  const rataRata = d(qDiv(acc, qInt(rhks.length)));
  const skp = d(qAdd(rataRata, qNumber(tugasV)));
  let bobot = k.bobotAtasanQ;
  if (bobot === undefined) {
    const b = bobotPenilaiPp46(['ATASAN'], rs.params);
    bobot = { w: qNumber(b.used.ATASAN ?? aside()), total: qNumber(b.total) };
    k.bobotAtasanQ = bobot;
  }
  const { w, total } = bobot;
  let perilakuJumlah = Q_NOL;
  for (let ix = 0; ix < na; ix++) {
    const x = d(qDiv(d(qMul(qNumber(PV[ix] as number), w)), total));
    perilakuJumlah = d(qAdd(perilakuJumlah, x));
  }
  const perilaku = d(qDiv(perilakuJumlah, qInt(na)));
  const bS = qNumber(k.bobotSkp);
  const bP = qNumber(k.bobotPerilaku);
  let p = Q_NOL;
  if (k.bobotPerilaku > 0) p = d(qAdd(p, d(qMul(perilaku, bP))));
  if (k.bobotSkp > 0) p = d(qAdd(p, d(qMul(skp, bS))));
  const prestasi = d(qDiv(p, qNumber(k.bobotTotal)));
  const bp100 = qInt(10000);
  return {
    rataRata,
    skp,
    perilakuJumlah,
    perilaku,
    prestasi,
    skpTertimbang: d(qDiv(d(qMul(skp, bS)), bp100)),
    perilakuTertimbang: d(qDiv(d(qMul(perilaku, bP)), bp100)),
  };
}

/**
 * The outcome, with or without rincian: one pass over the appraisal as the naive float code
 * makes it, every branch decided on doubles with a margin and exactly (in integers) only when
 * a comparison falls inside it — the 24 % edge of `12` against `9.12`, say (see the module
 * comment). Throws `ASIDE` for anything it does not decide.
 */
function ringkas(
  a: Appraisal,
  rs: Pp46Ruleset,
  k: FastKonstanta,
  withRincian: boolean,
): FastOutcomePp46 {
  const skpIn = a.skp;
  // Read up front, so these loads overlap with the kegiatan's instead of waiting after them.
  const struktural = isStruktural(a.pegawai.jabatan);
  if (skpIn === undefined) aside();
  const kreativitas = skpIn.kreativitas;
  if (kreativitas !== undefined && kreativitas.length > 0) aside();
  const penilaian = a.perilaku?.penilaian;
  if (penilaian === undefined || penilaian.length !== 1 || !k.atasanSaja) aside();
  const p = penilaian[0] as (typeof penilaian)[number];
  if (p.penilai.peran !== 'ATASAN') aside();
  const rhks = skpIn.rencanaHasilKerja;
  const n = rhks.length;
  if (n === 0) aside();
  if (!jumlahTersedia(rhks)) aside(); // and their cache misses overlap
  let mask = 0;
  let sumV = 0;
  let sumM = 0;
  const kegiatan = withRincian ? new Array<RincianKegiatanPp46>(n) : NO_KEGIATAN;
  for (let i = 0; i < n; i++) {
    const rhk = rhks[i] as (typeof rhks)[number];
    if (rhk.jenis !== 'UTAMA') aside();
    const ind = rhk.indikator;
    // −1: no IKI of that aspect (yet).
    let tK = -1;
    let rK = 0;
    let tQ = -1;
    let rQ = 0;
    let tW = -1;
    let rW = 0;
    let tB = -1;
    let rB = 0;
    for (let j = 0; j < ind.length; j++) {
      const x = ind[j] as Iki;
      if (x.jenis !== undefined && x.jenis !== 'standar') aside();
      const t = x.target as { jumlah?: unknown; min?: unknown };
      const r = x.realisasi as { jumlah?: unknown } | null | undefined;
      if (t.min !== undefined || r === null || r === undefined) aside();
      const tv = num(t.jumlah);
      const rv = num(r.jumlah);
      const aspek = x.aspek;
      if (aspek === 'KUANTITAS') {
        if (tK >= 0) aside();
        tK = tv;
        rK = rv;
      } else if (aspek === 'KUALITAS') {
        if (tQ >= 0) aside();
        tQ = tv;
        rQ = rv;
      } else if (aspek === 'WAKTU') {
        if (tW >= 0) aside();
        tW = tv;
        rW = rv;
      } else if (aspek === 'BIAYA') {
        if (tB >= 0) aside();
        tB = tv;
        rB = rv;
      } else aside();
    }
    // A missing aspect or a target of 0: the general scorer traces it.
    if (!(tK > 0 && tQ > 0 && tW > 0) || tB === 0) aside();
    const withBiaya = tB > 0;
    // Kuantitas and kualitas: magnitude = value.
    let kuanV = 0;
    let kuanCap = 0;
    let kualV = 0;
    let kualCap = 0;
    let waktuV = 0;
    let waktuM = 0;
    let biayaV = 0;
    let biayaM = 0;
    const tidakTerlaksana = k.realisasiNolSemuaNol && rK === 0;
    if (!tidakTerlaksana) {
      if (k.cap === null) {
        // No cap (the default): the scores themselves; the reading decided when one exceeds 100.
        kuanV = (rK / tK) * 100;
        kualV = (rQ / tQ) * 100;
        if (rK > tK || rQ > tQ) mask |= R_CAP;
      } else {
        mask |= capaianF(k, tK, rK);
        kuanV = O[0] as number;
        kuanCap = O[2] as number;
        mask |= capaianF(k, tQ, rQ);
        kualV = O[0] as number;
        kualCap = O[2] as number;
      }
      mask |= efisiensiF(k, tW, rW);
      waktuV = O[0] as number;
      waktuM = O[1] as number;
      if (withBiaya) {
        mask |= efisiensiF(k, tB, rB);
        biayaV = O[0] as number;
        biayaM = O[1] as number;
      }
    }
    const perhitunganV = withBiaya ? kuanV + kualV + waktuV + biayaV : kuanV + kualV + waktuV;
    const perhitunganM = withBiaya ? kuanV + kualV + waktuM + biayaM : kuanV + kualV + waktuM;
    const pembagi: 3 | 4 = withBiaya ? 4 : 3;
    const capaianV = perhitunganV / pembagi;
    const capaianM = perhitunganM / pembagi;
    sumV += capaianV;
    sumM += capaianM;
    if (!withRincian) continue;
    // A reported value on a rounding tie is computed exactly (never for a kegiatan tidak
    // terlaksana: its values are 0).
    const waktuC = centsOrUnsure(waktuV, waktuM);
    const biayaC = withBiaya ? centsOrUnsure(biayaV, biayaM) : 0;
    const perhitunganC = centsOrUnsure(perhitunganV, perhitunganM);
    const capaianC = centsOrUnsure(capaianV, capaianM);
    let perhitunganE: Q | undefined;
    if ((perhitunganC | capaianC) < 0) {
      const kuan = rasioQ(k, tK, rK, kuanCap === 1);
      const kual = rasioQ(k, tQ, rQ, kualCap === 1);
      perhitunganE = perhitunganQ(k, kuan, kual, tW, rW, tB, rB, withBiaya);
    }
    kegiatan[i] = rincianKegiatan(
      i,
      rhk.id,
      rhk.rencanaHasilKerja,
      tidakTerlaksana,
      laporRasio(tK, rK, kuanV, kuanCap === 1),
      laporRasio(tQ, rQ, kualV, kualCap === 1),
      waktuC < 0 ? laporQ(efisiensiQ(k, tW, rW)) : fixed2String(waktuC),
      withBiaya ? (biayaC < 0 ? laporQ(efisiensiQ(k, tB, rB)) : fixed2String(biayaC)) : undefined,
      perhitunganC < 0 ? laporQ(perhitunganE as Q) : fixed2String(perhitunganC),
      pembagi,
      capaianC < 0
        ? laporQ(d(qDiv(perhitunganE as Q, [BigInt(pembagi), 1n])))
        : fixed2String(capaianC),
    );
  }
  const jumlahTugas = skpIn.tugasTambahan?.length ?? 0;
  const tugasV =
    jumlahTugas < TUGAS_TABEL
      ? (k.tugasTabel[jumlahTugas] as number)
      : nilaiTugas(k.tugas, jumlahTugas);

  const given = p.nilai;
  const aturan = bacaPerilaku(given, struktural, rs, k);
  if (aturan.readingDipakai) mask |= R_KEPEMIMPINAN;
  const aspek = aturan.aspek;
  const na = aspek.length;
  let jumlahV = 0;
  for (let ix = 0; ix < na; ix++) jumlahV += PV[ix] as number;
  const perilakuV = jumlahV / na;
  const rataV = sumV / n;
  const rataM = sumM / n;
  const skpV = rataV + tugasV;
  const skpM = rataM + tugasV;
  // On a rounding tie or an edge the doubles cannot decide, the reference's values decide.
  let q: AkhirQ | undefined;
  let base = akhir(k, mask, skpV, skpM, tugasV, perilakuV, undefined);
  if (base === undefined) {
    q = akhirQ(a, rs, k, tugasV, na);
    base = akhir(k, mask, skpV, skpM, tugasV, perilakuV, q) as FastOutcomePp46;
  }
  if (!withRincian) return base;
  const ringkasan = { n, jumlahTugas, rataV, rataM, jumlahV, skpV, skpM, perilakuV, tugasV };
  return denganRincian(a, rs, k, base, q, kegiatan, aspek, ringkasan);
}

/** The values {@link ringkas} reports in the rincian of the totals. */
interface Ringkasan {
  readonly n: number;
  readonly jumlahTugas: number;
  readonly rataV: number;
  readonly rataM: number;
  readonly jumlahV: number;
  readonly skpV: number;
  readonly skpM: number;
  readonly perilakuV: number;
  readonly tugasV: number;
}

/**
 * The outcome `base` with its rincian (a function of its own, so that the code of the
 * rincian takes nothing of {@link ringkas}'s inlining budget).
 */
function denganRincian(
  a: Appraisal,
  rs: Pp46Ruleset,
  k: FastKonstanta,
  base: FastOutcomePp46,
  akhir: AkhirQ | undefined,
  kegiatan: RincianKegiatanPp46[],
  aspek: readonly AspekPerilakuPp46[],
  r: Ringkasan,
): FastOutcomePp46 {
  const { n, jumlahTugas, rataV, rataM, jumlahV, skpV, skpM, perilakuV, tugasV } = r;
  const na = aspek.length;
  let q = akhir;
  // The reference's values also when a reported value below is on a rounding tie.
  const skpTV = (skpV * k.bobotSkp) / 10000;
  const skpTM = (skpM * k.bobotSkp) / 10000;
  const perTV = (perilakuV * k.bobotPerilaku) / 10000;
  const rataC = centsOrUnsure(rataV, rataM);
  const jumlahC = centsOrUnsure(jumlahV, jumlahV);
  const skpTC = centsOrUnsure(skpTV, skpTM);
  const perTC = centsOrUnsure(perTV, perTV);
  if ((rataC | jumlahC | skpTC | perTC) < 0) q ??= akhirQ(a, rs, k, tugasV, na);
  const dilaporkan: string[] = [];
  for (let ix = 0; ix < na; ix++) dilaporkan.push(laporNilai(PV[ix] as number));
  const o = base.outcome as Extract<RegimeOutcome, { ok: true }>;
  // Keys in the order of the general scorer; perilaku's magnitudes are its values.
  const rincian: RincianPp46 = {
    kegiatan,
    rataRataCapaian: rataC >= 0 ? fixed2String(rataC) : laporQ((q as AkhirQ).rataRata),
    jumlahKegiatanDihitung: n,
    jumlahTugasTambahan: jumlahTugas,
    perilaku: {
      aspek: rekamAspekPp46(aspek, dilaporkan),
      jumlah: jumlahC >= 0 ? fixed2String(jumlahC) : laporQ((q as AkhirQ).perilakuJumlah),
      rataRata: o.nilai.perilaku as string,
      jumlahAspek: na,
    },
    skpTertimbang: skpTC >= 0 ? fixed2String(skpTC) : laporQ((q as AkhirQ).skpTertimbang),
    perilakuTertimbang: perTC >= 0 ? fixed2String(perTC) : laporQ((q as AkhirQ).perilakuTertimbang),
    sebutan: o.predikat.code as SebutanPp46,
  };
  return {
    outcome: { ok: true, nilai: o.nilai, predikat: o.predikat, rincian, flags: o.flags },
    readings: base.readings,
  };
}

/**
 * Scores a validated PP 46/2011 appraisal on the fused fast path, or returns `undefined`
 * when the general scorer must decide (see the module comment). The ruleset must have passed
 * `validateRulesetPp46`. Without `withRincian`, the outcome has no `rincian` (nothing of it is
 * computed: a batch that reports only the final values skips ~40 roundings and strings).
 */
export function scorePp46Fast(
  a: Appraisal,
  rs: Pp46Ruleset,
  withRincian = true,
): FastOutcomePp46 | undefined {
  const k = konstanta(rs);
  if (k === null) return undefined;
  try {
    return ringkas(a, rs, k, withRincian);
  } catch (e) {
    if (e === ASIDE) return undefined;
    throw e;
  }
}
