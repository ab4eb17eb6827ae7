import type { Calculator, DecimalInput } from '../../arith/calculator.js';
import { RATINGS } from '../../codes.js';
import type { Issue, Path, Warning } from '../../issues/issue.js';
import type { Appraisal } from '../../model/appraisal.js';
import { ASPEK_PP46, type PeranPenilai } from '../../model/perilaku.js';
import { isRange, type Target } from '../../model/quantity.js';
import type { Aspek, Iki } from '../../model/skp.js';
import { WEIGHT_MESSAGES } from '../../weighting/weights.js';
import type { KegiatanAngkaPp46 } from './kegiatan.js';
import { PP46_MESSAGES as M } from './messages.js';
import type { Pp46Params } from './params.js';
import { type BobotPenilaiPp46, bobotPenilaiPp46 } from './penilai.js';
import {
  type AspekPerilakuDinilai,
  type AspekPerilakuPp46,
  aspekPerilakuPp46,
  rekamAspekPp46,
} from './perilaku.js';

const DECIMAL_RE = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)\s*$/;

/** True when `x` is a number or decimal string the calculators accept. */
export function isDecimalInput(x: unknown): x is DecimalInput {
  if (typeof x === 'number') return Number.isFinite(x);
  return typeof x === 'string' && DECIMAL_RE.test(x);
}

/** `['skp', 'rencanaHasilKerja', i, 'indikator', j, field]`, built only for an issue. */
function ikiPath(i: number, j: number, field: 'target' | 'realisasi'): Path {
  return ['skp', 'rencanaHasilKerja', i, 'indikator', j, field];
}

function num<T>(
  c: Calculator<T>,
  zero: T,
  x: unknown,
  i: number,
  j: number,
  field: 'target' | 'realisasi',
  issues: Issue[],
  aspek: string,
): T | undefined {
  if (!isDecimalInput(x)) {
    issues.push(M.issue('PP46_NUMBER_FORMAT', ikiPath(i, j, field), { nilai: String(x) }));
    return undefined;
  }
  const v = c.from(x);
  if (c.cmp(v, zero) < 0) {
    issues.push(M.issue('PP46_NEGATIVE', ikiPath(i, j, field), { aspek, nilai: String(x) }));
    return undefined;
  }
  return v;
}

function targetOf<T>(
  c: Calculator<T>,
  zero: T,
  t: Target,
  i: number,
  j: number,
  issues: Issue[],
  aspek: Aspek,
): T | undefined {
  if (isRange(t)) {
    issues.push(M.issue('PP46_TARGET_RANGE', ikiPath(i, j, 'target'), { aspek }));
    return undefined;
  }
  return num(c, zero, t.jumlah, i, j, 'target', issues, aspek);
}

/** One kegiatan read from a `RencanaHasilKerja`, with the paths of its indicators. */
export interface KegiatanInputPp46<T> {
  readonly index: number;
  readonly path: Path;
  readonly nama: string;
  readonly id?: string;
  /** Index in `indikator[]` of each aspect present. */
  readonly iki: Readonly<Partial<Record<Aspek, number>>>;
  /** Target kuantitas 0 and `targetNolDikecualikan`: left out of the average. */
  readonly dikecualikan: boolean;
  /** A biaya indicator with target 0: not counted (the kegiatan is divided by 3). */
  readonly biayaTanpaTarget: boolean;
  /** The numbers; absent when the kegiatan is excluded. */
  readonly angka?: KegiatanAngkaPp46<T>;
}

/** Result of {@link bacaSkpPp46}. */
export interface SkpInputPp46<T> {
  readonly kegiatan: readonly KegiatanInputPp46<T>[];
  readonly issues: readonly Issue[];
}

const WAJIB: readonly Aspek[] = ['KUANTITAS', 'KUALITAS', 'WAKTU'];

/**
 * Maps the unified SKP onto PP 46 kegiatan and validates it: each `RencanaHasilKerja` is a
 * kegiatan tugas jabatan with exactly one KUANTITAS, KUALITAS and WAKTU indicator and at most
 * one BIAYA indicator, single-number targets (> 0, except a biaya target of 0 meaning "no
 * biaya") and non-negative realisasi. Never throws: every problem is an issue with its path.
 *
 * @example
 * ```ts
 * import { decimalCalculator as c, pp46_2011 } from '@kinerja/core';
 * const r = bacaSkpPp46(c, appraisal, pp46_2011.params);
 * r.issues; // [] when the SKP is complete
 * ```
 */
export function bacaSkpPp46<T>(
  c: Calculator<T>,
  a: Appraisal,
  params: Pp46Params,
): SkpInputPp46<T> {
  const issues: Issue[] = [];
  const kegiatan: KegiatanInputPp46<T>[] = [];
  if (!a.skp) return { kegiatan, issues: [M.issue('PP46_SKP_MISSING', ['skp'], {})] };
  const zero = c.from(0);
  const nolDikecualikan = params.targetNolDikecualikan.value;
  const rhks = a.skp.rencanaHasilKerja;
  let semuaDikecualikan = true;
  for (let i = 0; i < rhks.length; i++) {
    const rhk = rhks[i] as (typeof rhks)[number];
    if (rhk.jenis === 'TAMBAHAN') {
      issues.push(M.issue('PP46_KEGIATAN_TAMBAHAN', ['skp', 'rencanaHasilKerja', i, 'jenis'], {}));
      continue;
    }
    const before = issues.length;
    const ind = rhk.indikator;
    let jK = -1;
    let jQ = -1;
    let jW = -1;
    let jB = -1;
    for (let j = 0; j < ind.length; j++) {
      const x = ind[j] as (typeof ind)[number];
      if (x.jenis !== undefined && x.jenis !== 'standar') {
        issues.push(
          M.issue(
            'PP46_INDICATOR_TYPE_UNSUPPORTED',
            ['skp', 'rencanaHasilKerja', i, 'indikator', j, 'jenis'],
            { jenis: x.jenis },
          ),
        );
      }
      const aspek = x.aspek;
      let dup = false;
      if (aspek === 'KUANTITAS') {
        if (jK >= 0) dup = true;
        else jK = j;
      } else if (aspek === 'KUALITAS') {
        if (jQ >= 0) dup = true;
        else jQ = j;
      } else if (aspek === 'WAKTU') {
        if (jW >= 0) dup = true;
        else jW = j;
      } else if (jB >= 0) dup = true;
      else jB = j;
      if (dup) {
        issues.push(
          M.issue(
            'PP46_ASPEK_DUPLICATE',
            ['skp', 'rencanaHasilKerja', i, 'indikator', j, 'aspek'],
            {
              aspek,
            },
          ),
        );
      }
    }
    if (jK < 0 || jQ < 0 || jW < 0) {
      const present = [jK, jQ, jW];
      for (let w = 0; w < WAJIB.length; w++) {
        if ((present[w] as number) < 0) {
          issues.push(
            M.issue('PP46_ASPEK_MISSING', ['skp', 'rencanaHasilKerja', i, 'indikator'], {
              aspek: WAJIB[w] as Aspek,
            }),
          );
        }
      }
    }
    // Targets, in aspect order.
    let tK: T | undefined;
    let tQ: T | undefined;
    let tW: T | undefined;
    let tB: T | undefined;
    if (jK >= 0) {
      tK = targetOf(c, zero, (ind[jK] as Iki).target, i, jK, issues, 'KUANTITAS');
      if (tK !== undefined && c.isZero(tK) && !nolDikecualikan) {
        issues.push(targetNotPositive(c, tK, i, jK, 'KUANTITAS'));
        tK = undefined;
      }
    }
    if (jQ >= 0) {
      tQ = targetOf(c, zero, (ind[jQ] as Iki).target, i, jQ, issues, 'KUALITAS');
      if (tQ !== undefined && c.isZero(tQ)) {
        issues.push(targetNotPositive(c, tQ, i, jQ, 'KUALITAS'));
        tQ = undefined;
      }
    }
    if (jW >= 0) {
      tW = targetOf(c, zero, (ind[jW] as Iki).target, i, jW, issues, 'WAKTU');
      if (tW !== undefined && c.isZero(tW)) {
        issues.push(targetNotPositive(c, tW, i, jW, 'WAKTU'));
        tW = undefined;
      }
    }
    if (jB >= 0) tB = targetOf(c, zero, (ind[jB] as Iki).target, i, jB, issues, 'BIAYA');
    const dikecualikan = tK !== undefined && c.isZero(tK);
    const biayaTanpaTarget = tB !== undefined && c.isZero(tB);
    // Realisasi: null = not measured; undefined = invalid (an issue was recorded).
    const rK = jK >= 0 ? realisasiOf(c, zero, ind[jK] as Iki, i, jK, issues) : undefined;
    const rQ = jQ >= 0 ? realisasiOf(c, zero, ind[jQ] as Iki, i, jQ, issues) : undefined;
    const rW = jW >= 0 ? realisasiOf(c, zero, ind[jW] as Iki, i, jW, issues) : undefined;
    const rB = jB >= 0 ? realisasiOf(c, zero, ind[jB] as Iki, i, jB, issues) : undefined;
    if (!dikecualikan) {
      const tidakTerlaksana =
        params.realisasiNolSemuaNol.value && rK !== undefined && rK !== null && c.isZero(rK);
      if (!tidakTerlaksana) {
        if (jK >= 0 && rK === null) issues.push(realisasiMissing(i, jK, 'KUANTITAS'));
        if (jQ >= 0 && rQ === null) issues.push(realisasiMissing(i, jQ, 'KUALITAS'));
        if (jW >= 0 && rW === null) issues.push(realisasiMissing(i, jW, 'WAKTU'));
        if (tB !== undefined && !biayaTanpaTarget && jB >= 0 && rB === null) {
          issues.push(realisasiMissing(i, jB, 'BIAYA'));
        }
      }
    }
    if (issues.length > before) continue;
    const path: Path = ['skp', 'rencanaHasilKerja', i];
    let angka: KegiatanAngkaPp46<T> | undefined;
    if (!dikecualikan) {
      const kuantitas = { target: tK ?? zero, realisasi: rK ?? zero };
      const kualitas = { target: tQ ?? zero, realisasi: rQ ?? null };
      const waktu = { target: tW ?? zero, realisasi: rW ?? null };
      angka =
        jB >= 0
          ? { kuantitas, kualitas, waktu, biaya: { target: tB ?? zero, realisasi: rB ?? null } }
          : { kuantitas, kualitas, waktu };
    }
    semuaDikecualikan &&= dikecualikan;
    kegiatan.push(
      kegiatanInput(
        i,
        path,
        rhk.rencanaHasilKerja,
        rhk.id,
        ikiRecord(jK, jQ, jW, jB),
        dikecualikan,
        biayaTanpaTarget,
        angka,
      ),
    );
  }
  if (issues.length === 0 && semuaDikecualikan) {
    issues.push(M.issue('PP46_NO_KEGIATAN', ['skp', 'rencanaHasilKerja'], {}));
  }
  return { kegiatan, issues };
}

/**
 * `iki`: the index of each aspect present, keys in the order of the indicators. A literal for
 * the usual orders (a fresh object filled with computed keys is far slower).
 */
function ikiRecord(jK: number, jQ: number, jW: number, jB: number): Partial<Record<Aspek, number>> {
  if (jK >= 0 && jK < jQ && jQ < jW) {
    if (jB < 0) return { KUANTITAS: jK, KUALITAS: jQ, WAKTU: jW };
    if (jW < jB) return { KUANTITAS: jK, KUALITAS: jQ, WAKTU: jW, BIAYA: jB };
  }
  const order: [Aspek, number][] = [];
  if (jK >= 0) order.push(['KUANTITAS', jK]);
  if (jQ >= 0) order.push(['KUALITAS', jQ]);
  if (jW >= 0) order.push(['WAKTU', jW]);
  if (jB >= 0) order.push(['BIAYA', jB]);
  order.sort((a, b) => a[1] - b[1]);
  const iki: Partial<Record<Aspek, number>> = {};
  for (const [k, j] of order) iki[k] = j;
  return iki;
}

/** A kegiatan input object with the keys in their documented order (absent keys omitted). */
function kegiatanInput<T>(
  index: number,
  path: Path,
  nama: string,
  id: string | undefined,
  iki: Partial<Record<Aspek, number>>,
  dikecualikan: boolean,
  biayaTanpaTarget: boolean,
  angka: KegiatanAngkaPp46<T> | undefined,
): KegiatanInputPp46<T> {
  if (id === undefined) {
    return angka === undefined
      ? { index, path, nama, iki, dikecualikan, biayaTanpaTarget }
      : { index, path, nama, iki, dikecualikan, biayaTanpaTarget, angka };
  }
  return angka === undefined
    ? { index, path, nama, id, iki, dikecualikan, biayaTanpaTarget }
    : { index, path, nama, id, iki, dikecualikan, biayaTanpaTarget, angka };
}

function targetNotPositive<T>(c: Calculator<T>, t: T, i: number, j: number, aspek: Aspek): Issue {
  return M.issue('PP46_TARGET_NOT_POSITIVE', ikiPath(i, j, 'target'), {
    aspek,
    nilai: c.toString(t),
  });
}

function realisasiMissing(i: number, j: number, aspek: Aspek): Issue {
  return M.issue('PP46_REALISASI_MISSING', ikiPath(i, j, 'realisasi'), { aspek });
}

function realisasiOf<T>(
  c: Calculator<T>,
  zero: T,
  x: Iki,
  i: number,
  j: number,
  issues: Issue[],
): T | null | undefined {
  if (x.realisasi === undefined || x.realisasi === null) return null;
  return num(c, zero, x.realisasi.jumlah, i, j, 'realisasi', issues, x.aspek);
}

/** One rater's numeric perilaku scores. */
export interface PenilaianInputPp46<T> {
  readonly index: number;
  readonly peran: PeranPenilai;
  readonly nama?: string;
  readonly nilai: Readonly<Partial<Record<AspekPerilakuPp46, T>>>;
  /** The role has a weight > 0. */
  readonly dihitung: boolean;
}

/** Result of {@link bacaPerilakuPp46}. */
export interface PerilakuInputPp46<T> {
  readonly penilaian: readonly PenilaianInputPp46<T>[];
  readonly bobot: BobotPenilaiPp46;
  readonly aturan: AspekPerilakuDinilai;
  readonly struktural: boolean;
  readonly issues: readonly Issue[];
  readonly warnings: readonly Warning[];
}

const ASPEK_SET: ReadonlySet<string> = new Set(ASPEK_PP46);
const RATING_SET: ReadonlySet<string> = new Set(RATINGS);

/**
 * Reads and validates the perilaku kerja input: PP 46/2011 aspects only, numbers from 0 to
 * `nilaiPerilakuMaks` (no 6/2022 ratings), every counted aspect scored by every weighted
 * rater, kepemimpinan per `kepemimpinanHanyaStruktural`, and at least one weighted rater.
 *
 * @example
 * ```ts
 * import { decimalCalculator as c, pp46_2011 } from '@kinerja/core';
 * const r = bacaPerilakuPp46(c, appraisal, pp46_2011.params, false);
 * r.aturan.aspek.length; // 5 for a non-structural post
 * ```
 */
export function bacaPerilakuPp46<T>(
  c: Calculator<T>,
  a: Appraisal,
  params: Pp46Params,
  struktural: boolean,
): PerilakuInputPp46<T> {
  return bacaPerilakuInti(c, a, params, struktural, c.from(params.nilaiPerilakuMaks.value));
}

/** {@link bacaPerilakuPp46} with `nilaiPerilakuMaks` already parsed (internal). */
export function bacaPerilakuInti<T>(
  c: Calculator<T>,
  a: Appraisal,
  params: Pp46Params,
  struktural: boolean,
  maks: T,
): PerilakuInputPp46<T> {
  const issues: Issue[] = [];
  const warnings: Warning[] = [];
  const input = a.perilaku?.penilaian ?? [];
  const bobot = bobotPenilaiCached(input, params);
  if (!a.perilaku) issues.push(M.issue('PP46_PERILAKU_MISSING', ['perilaku'], {}));
  else if (bobot.total === 0) {
    issues.push(
      WEIGHT_MESSAGES.issue('WEIGHTS_ALL_MISSING', ['perilaku', 'penilaian'], {
        what: 'penilai perilaku',
      }),
    );
  }
  const zero = c.from(0);
  const penilaian: PenilaianInputPp46<T>[] = [];
  let diberikan = false;
  for (let i = 0; i < input.length; i++) {
    const p = input[i] as (typeof input)[number];
    const given = p.nilai;
    const keys = Object.keys(given);
    const diterima: AspekPerilakuPp46[] = [];
    const nilaiDiterima: T[] = [];
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j] as string;
      const v = given[k];
      if (!ASPEK_SET.has(k)) {
        issues.push(M.issue('PP46_PERILAKU_UNKNOWN_ASPEK', nilaiPath(i, k), { aspek: k }));
        continue;
      }
      if (typeof v === 'string' && RATING_SET.has(v)) {
        issues.push(M.issue('PP46_PERILAKU_NOT_NUMERIC', nilaiPath(i, k), { aspek: k, nilai: v }));
        continue;
      }
      if (!isDecimalInput(v)) {
        issues.push(M.issue('PP46_NUMBER_FORMAT', nilaiPath(i, k), { nilai: String(v) }));
        continue;
      }
      const x = c.from(v);
      if (c.cmp(x, zero) < 0 || c.cmp(x, maks) > 0) {
        issues.push(
          M.issue('PP46_PERILAKU_OUT_OF_RANGE', nilaiPath(i, k), {
            aspek: k,
            nilai: String(v),
            maks: params.nilaiPerilakuMaks.value,
          }),
        );
        continue;
      }
      diterima.push(k as AspekPerilakuPp46);
      nilaiDiterima.push(x);
    }
    const nilai = rekamAspekPp46(diterima, nilaiDiterima);
    const peran = p.penilai.peran;
    const dihitung = bobot.used[peran] !== undefined;
    if (dihitung && 'KEPEMIMPINAN' in given) diberikan = true;
    penilaian.push(
      p.penilai.nama !== undefined
        ? { index: i, peran, nama: p.penilai.nama, nilai, dihitung }
        : { index: i, peran, nilai, dihitung },
    );
  }
  const aturan = aspekPerilakuPp46(struktural, diberikan, params);
  let first: PenilaianInputPp46<T> | undefined;
  for (const p of penilaian) {
    if (!p.dihitung) continue;
    const given = input[p.index]?.nilai ?? {};
    if (first === undefined && 'KEPEMIMPINAN' in given) first = p;
    for (const k of aturan.aspek) {
      if (k in given) continue;
      const path: Path = ['perilaku', 'penilaian', p.index, 'nilai', k];
      if (k === 'KEPEMIMPINAN' && aturan.kepemimpinan === 'WAJIB_TIDAK_ADA') {
        issues.push(M.issue('PP46_KEPEMIMPINAN_REQUIRED', path, {}));
      } else issues.push(M.issue('PP46_PERILAKU_ASPEK_MISSING', path, { aspek: k }));
    }
  }
  if (aturan.kepemimpinan === 'DIABAIKAN') {
    warnings.push(
      M.warning(
        'PP46_KEPEMIMPINAN_IGNORED',
        {},
        'pp46.perilaku.kepemimpinan',
        first ? ['perilaku', 'penilaian', first.index, 'nilai', 'KEPEMIMPINAN'] : ['perilaku'],
      ),
    );
  }
  return { penilaian, bobot, aturan, struktural, issues, warnings };
}

function nilaiPath(i: number, k: string): Path {
  return ['perilaku', 'penilaian', i, 'nilai', k];
}

/**
 * Rater weights depend only on the roles present: cache them per params object and role
 * list (the common case is one ATASAN). The cached objects are never mutated.
 */
const BOBOT_CACHE = new WeakMap<Pp46Params, Map<string, BobotPenilaiPp46>>();

function bobotPenilaiCached(
  input: readonly { readonly penilai: { readonly peran: PeranPenilai } }[],
  params: Pp46Params,
): BobotPenilaiPp46 {
  let key: string;
  if (input.length === 1) key = (input[0] as (typeof input)[number]).penilai.peran;
  else {
    key = '';
    for (const p of input) key += `${p.penilai.peran},`;
  }
  let byKey = BOBOT_CACHE.get(params);
  if (byKey === undefined) {
    byKey = new Map();
    BOBOT_CACHE.set(params, byKey);
  }
  let w = byKey.get(key);
  if (w === undefined) {
    w = bobotPenilaiPp46(
      input.map((p) => p.penilai.peran),
      params,
    );
    if (byKey.size < 256) byKey.set(key, w);
  }
  return w;
}
