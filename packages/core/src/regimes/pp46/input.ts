import type { Calculator, DecimalInput } from '../../arith/calculator.js';
import { RATINGS } from '../../codes.js';
import type { Issue, Path, Warning } from '../../issues/issue.js';
import type { Appraisal } from '../../model/appraisal.js';
import { ASPEK_PP46, type PeranPenilai } from '../../model/perilaku.js';
import { isRange, type Target } from '../../model/quantity.js';
import type { Aspek } from '../../model/skp.js';
import { WEIGHT_MESSAGES } from '../../weighting/weights.js';
import type { KegiatanAngkaPp46, TargetRealisasiPp46 } from './kegiatan.js';
import { PP46_MESSAGES as M } from './messages.js';
import type { Pp46Params } from './params.js';
import { type BobotPenilaiPp46, bobotPenilaiPp46 } from './penilai.js';
import {
  type AspekPerilakuDinilai,
  type AspekPerilakuPp46,
  aspekPerilakuPp46,
} from './perilaku.js';

const DECIMAL_RE = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)\s*$/;

/** True when `x` is a number or decimal string the calculators accept. */
export function isDecimalInput(x: unknown): x is DecimalInput {
  if (typeof x === 'number') return Number.isFinite(x);
  return typeof x === 'string' && DECIMAL_RE.test(x);
}

function num<T>(
  c: Calculator<T>,
  x: unknown,
  path: Path,
  issues: Issue[],
  aspek: string,
): T | undefined {
  if (!isDecimalInput(x)) {
    issues.push(M.issue('PP46_NUMBER_FORMAT', path, { nilai: String(x) }));
    return undefined;
  }
  const v = c.from(x);
  if (c.cmp(v, c.from(0)) < 0) {
    issues.push(M.issue('PP46_NEGATIVE', path, { aspek, nilai: String(x) }));
    return undefined;
  }
  return v;
}

function targetOf<T>(
  c: Calculator<T>,
  t: Target,
  path: Path,
  issues: Issue[],
  aspek: Aspek,
): T | undefined {
  if (isRange(t)) {
    issues.push(M.issue('PP46_TARGET_RANGE', path, { aspek }));
    return undefined;
  }
  return num(c, t.jumlah, path, issues, aspek);
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
  a.skp.rencanaHasilKerja.forEach((rhk, i) => {
    const path: Path = ['skp', 'rencanaHasilKerja', i];
    if (rhk.jenis === 'TAMBAHAN') {
      issues.push(M.issue('PP46_KEGIATAN_TAMBAHAN', [...path, 'jenis'], {}));
      return;
    }
    const before = issues.length;
    const iki: Partial<Record<Aspek, number>> = {};
    rhk.indikator.forEach((x, j) => {
      if (x.jenis !== undefined && x.jenis !== 'standar') {
        issues.push(
          M.issue('PP46_INDICATOR_TYPE_UNSUPPORTED', [...path, 'indikator', j, 'jenis'], {
            jenis: x.jenis,
          }),
        );
      }
      if (iki[x.aspek] !== undefined) {
        issues.push(
          M.issue('PP46_ASPEK_DUPLICATE', [...path, 'indikator', j, 'aspek'], { aspek: x.aspek }),
        );
      } else iki[x.aspek] = j;
    });
    for (const aspek of WAJIB) {
      if (iki[aspek] === undefined) {
        issues.push(M.issue('PP46_ASPEK_MISSING', [...path, 'indikator'], { aspek }));
      }
    }
    // Targets.
    const targets: Partial<Record<Aspek, T>> = {};
    for (const aspek of ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'] as const) {
      const j = iki[aspek];
      if (j === undefined) continue;
      const x = rhk.indikator[j];
      if (!x) continue;
      const tPath: Path = [...path, 'indikator', j, 'target'];
      const t = targetOf(c, x.target, tPath, issues, aspek);
      if (t === undefined) continue;
      if (c.isZero(t) && aspek !== 'BIAYA') {
        if (!(aspek === 'KUANTITAS' && params.targetNolDikecualikan.value)) {
          issues.push(M.issue('PP46_TARGET_NOT_POSITIVE', tPath, { aspek, nilai: c.toString(t) }));
          continue;
        }
      }
      targets[aspek] = t;
    }
    const dikecualikan = targets.KUANTITAS !== undefined && c.isZero(targets.KUANTITAS);
    const biayaTanpaTarget = targets.BIAYA !== undefined && c.isZero(targets.BIAYA);
    // Realisasi.
    const realisasi: Partial<Record<Aspek, T | null>> = {};
    for (const aspek of ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'] as const) {
      const j = iki[aspek];
      if (j === undefined) continue;
      const x = rhk.indikator[j];
      if (!x) continue;
      const rPath: Path = [...path, 'indikator', j, 'realisasi'];
      if (x.realisasi === undefined || x.realisasi === null) {
        realisasi[aspek] = null;
        continue;
      }
      const v = num(c, x.realisasi.jumlah, rPath, issues, aspek);
      if (v !== undefined) realisasi[aspek] = v;
    }
    if (!dikecualikan) {
      const ro = realisasi.KUANTITAS;
      const tidakTerlaksana =
        params.realisasiNolSemuaNol.value && ro !== undefined && ro !== null && c.isZero(ro);
      const required: Aspek[] = tidakTerlaksana ? [] : ['KUANTITAS', 'KUALITAS', 'WAKTU'];
      if (!tidakTerlaksana && targets.BIAYA !== undefined && !biayaTanpaTarget)
        required.push('BIAYA');
      for (const aspek of new Set(required)) {
        const j = iki[aspek];
        if (j !== undefined && realisasi[aspek] === null) {
          issues.push(
            M.issue('PP46_REALISASI_MISSING', [...path, 'indikator', j, 'realisasi'], { aspek }),
          );
        }
      }
    }
    if (issues.length > before) return;
    const pair = (aspek: Aspek): TargetRealisasiPp46<T> => ({
      target: targets[aspek] ?? zero,
      realisasi: realisasi[aspek] ?? null,
    });
    kegiatan.push({
      index: i,
      path,
      nama: rhk.rencanaHasilKerja,
      ...(rhk.id !== undefined ? { id: rhk.id } : {}),
      iki,
      dikecualikan,
      biayaTanpaTarget,
      ...(dikecualikan
        ? {}
        : {
            angka: {
              kuantitas: {
                target: targets.KUANTITAS ?? zero,
                realisasi: realisasi.KUANTITAS ?? zero,
              },
              kualitas: pair('KUALITAS'),
              waktu: pair('WAKTU'),
              ...(iki.BIAYA !== undefined ? { biaya: pair('BIAYA') } : {}),
            },
          }),
    });
  });
  if (issues.length === 0 && kegiatan.every((k) => k.dikecualikan)) {
    issues.push(M.issue('PP46_NO_KEGIATAN', ['skp', 'rencanaHasilKerja'], {}));
  }
  return { kegiatan, issues };
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
  const issues: Issue[] = [];
  const warnings: Warning[] = [];
  const input = a.perilaku?.penilaian ?? [];
  const bobot = bobotPenilaiPp46(
    input.map((p) => p.penilai.peran),
    params,
  );
  if (!a.perilaku) issues.push(M.issue('PP46_PERILAKU_MISSING', ['perilaku'], {}));
  else if (bobot.total === 0) {
    issues.push(
      WEIGHT_MESSAGES.issue('WEIGHTS_ALL_MISSING', ['perilaku', 'penilaian'], {
        what: 'penilai perilaku',
      }),
    );
  }
  const maks = c.from(params.nilaiPerilakuMaks.value);
  const penilaian: PenilaianInputPp46<T>[] = input.map((p, i) => {
    const nilai: Partial<Record<AspekPerilakuPp46, T>> = {};
    for (const [k, v] of Object.entries(p.nilai)) {
      const path: Path = ['perilaku', 'penilaian', i, 'nilai', k];
      if (!ASPEK_SET.has(k)) {
        issues.push(M.issue('PP46_PERILAKU_UNKNOWN_ASPEK', path, { aspek: k }));
        continue;
      }
      if (typeof v === 'string' && RATING_SET.has(v)) {
        issues.push(M.issue('PP46_PERILAKU_NOT_NUMERIC', path, { aspek: k, nilai: v }));
        continue;
      }
      if (!isDecimalInput(v)) {
        issues.push(M.issue('PP46_NUMBER_FORMAT', path, { nilai: String(v) }));
        continue;
      }
      const x = c.from(v);
      if (c.cmp(x, c.from(0)) < 0 || c.cmp(x, maks) > 0) {
        issues.push(
          M.issue('PP46_PERILAKU_OUT_OF_RANGE', path, {
            aspek: k,
            nilai: String(v),
            maks: params.nilaiPerilakuMaks.value,
          }),
        );
        continue;
      }
      nilai[k as AspekPerilakuPp46] = x;
    }
    return {
      index: i,
      peran: p.penilai.peran,
      ...(p.penilai.nama !== undefined ? { nama: p.penilai.nama } : {}),
      nilai,
      dihitung: bobot.used[p.penilai.peran] !== undefined,
    };
  });
  const weighted = penilaian.filter((p) => p.dihitung);
  const diberikan = weighted.some((p) => 'KEPEMIMPINAN' in (input[p.index]?.nilai ?? {}));
  const aturan = aspekPerilakuPp46(struktural, diberikan, params);
  for (const p of weighted) {
    const given = input[p.index]?.nilai ?? {};
    for (const k of aturan.aspek) {
      if (k in given) continue;
      const path: Path = ['perilaku', 'penilaian', p.index, 'nilai', k];
      if (k === 'KEPEMIMPINAN' && aturan.kepemimpinan === 'WAJIB_TIDAK_ADA') {
        issues.push(M.issue('PP46_KEPEMIMPINAN_REQUIRED', path, {}));
      } else issues.push(M.issue('PP46_PERILAKU_ASPEK_MISSING', path, { aspek: k }));
    }
  }
  if (aturan.kepemimpinan === 'DIABAIKAN') {
    const first = weighted.find((p) => 'KEPEMIMPINAN' in (input[p.index]?.nilai ?? {}));
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
