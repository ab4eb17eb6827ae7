import type { Calculator } from '../../arith/calculator.js';
import { type BatasAtasPp46, batasAtasInti } from './batasAtas.js';
import { type EfisiensiPp46, efisiensiInti } from './efisiensi.js';
import { capaianKualitasPp46Dengan } from './kualitas.js';
import { capaianKuantitasPp46Dengan } from './kuantitas.js';
import type { Pp46Params } from './params.js';

/** A target and its realisasi (`null` = not measured). */
export interface TargetRealisasiPp46<T> {
  readonly target: T;
  readonly realisasi: T | null;
}

/**
 * The numbers of one PP 46 kegiatan (a `RencanaHasilKerja` with its KUANTITAS, KUALITAS,
 * WAKTU and optional BIAYA indicators). `biaya` is counted only when its target is > 0.
 */
export interface KegiatanAngkaPp46<T> {
  readonly kuantitas: { readonly target: T; readonly realisasi: T };
  readonly kualitas: TargetRealisasiPp46<T>;
  readonly waktu: TargetRealisasiPp46<T>;
  readonly biaya?: TargetRealisasiPp46<T> | undefined;
}

/** Per-kegiatan result of {@link nilaiKegiatanPp46}; values are exact. */
export interface KegiatanPp46<T> {
  /** Realisasi kuantitas 0 and `realisasiNolSemuaNol`: every aspect scored 0. */
  readonly tidakTerlaksana: boolean;
  readonly kuantitas: T;
  readonly kualitas: T;
  readonly waktu: T;
  /** Absent when the kegiatan has no biaya target (> 0). */
  readonly biaya?: T;
  /** Details for the trace; absent when the kegiatan was not carried out. */
  readonly detail?: {
    readonly kuantitas: { readonly mentah: T; readonly batas: BatasAtasPp46<T> };
    readonly kualitas: { readonly mentah: T; readonly batas: BatasAtasPp46<T> };
    readonly waktu: EfisiensiPp46<T>;
    readonly biaya?: EfisiensiPp46<T>;
  };
  /** `kuantitas + kualitas + waktu (+ biaya)`. */
  readonly perhitungan: T;
  /** 3, or 4 when the biaya target is > 0. */
  readonly pembagi: 3 | 4;
  /** `perhitungan / pembagi`. */
  readonly nilaiCapaian: T;
}

function need<T>(x: T | null, what: string): T {
  // The scorer validates realisasi before calling; reaching this is a programmer error.
  if (x === null) throw new TypeError(`nilaiKegiatanPp46: realisasi ${what} is required`);
  return x;
}

/** True when the kegiatan has a biaya target greater than 0 (then it is divided by 4). */
export function hasBiayaPp46<T>(c: Calculator<T>, k: KegiatanAngkaPp46<T>): boolean {
  return k.biaya !== undefined && c.cmp(k.biaya.target, c.from(0)) > 0;
}

/**
 * Nilai capaian SKP of one kegiatan: `Perhitungan = kuantitas + kualitas + waktu (+ biaya)`,
 * divided by 3, or by 4 when the kegiatan has a biaya target > 0 (Perka BKN 1/2013).
 * A kegiatan whose realisasi kuantitas is 0 scores 0 on every aspect (`realisasiNolSemuaNol`),
 * and then its other realisasi may be absent.
 *
 * @example
 * ```ts
 * import { decimalCalculator as c, pp46_2011 } from '@kinerja/core';
 * const n = (x: number) => c.from(x);
 * const k = nilaiKegiatanPp46(c, {
 *   kuantitas: { target: n(12), realisasi: n(12) }, // 100
 *   kualitas: { target: n(100), realisasi: n(90) }, // 90
 *   waktu: { target: n(12), realisasi: n(12) }, // 76
 *   biaya: { target: n(5000000), realisasi: n(5000000) }, // 76
 * }, pp46_2011.params);
 * c.toString(k.nilaiCapaian); // '85.5'  (342 / 4)
 * ```
 */
export function nilaiKegiatanPp46<T>(
  c: Calculator<T>,
  k: KegiatanAngkaPp46<T>,
  params: Pp46Params,
): KegiatanPp46<T> {
  const cap = params.batasAtasKuantitasKualitas.value;
  return nilaiKegiatanInti(c, k, {
    nol: c.from(0),
    seratus: c.from(100),
    nilaiTertimbang: c.from(params.nilaiTertimbang.value),
    batasEfisiensi: c.from(params.batasEfisiensi.value),
    basisCabang2: c.from(params.basisCabang2.value),
    clampNegatif: params.clampNegatif.value,
    batasAtas: cap === null ? null : c.from(cap),
    realisasiNolSemuaNol: params.realisasiNolSemuaNol.value,
    tiga: c.from(3),
    empat: c.from(4),
  });
}

/** The parsed ruleset numbers {@link nilaiKegiatanInti} needs. */
export interface KonstantaKegiatanPp46<T> {
  readonly nol: T;
  readonly seratus: T;
  readonly nilaiTertimbang: T;
  readonly batasEfisiensi: T;
  readonly basisCabang2: T;
  readonly clampNegatif: boolean;
  /** `batasAtasKuantitasKualitas`, or null for no cap. */
  readonly batasAtas: T | null;
  readonly realisasiNolSemuaNol: boolean;
  readonly tiga: T;
  readonly empat: T;
}

/** {@link nilaiKegiatanPp46} with the ruleset numbers already parsed (internal). */
export function nilaiKegiatanInti<T>(
  c: Calculator<T>,
  k: KegiatanAngkaPp46<T>,
  p: KonstantaKegiatanPp46<T>,
): KegiatanPp46<T> {
  const zero = p.nol;
  const withBiaya = k.biaya !== undefined && c.cmp(k.biaya.target, zero) > 0;
  const pembagi: 3 | 4 = withBiaya ? 4 : 3;
  if (p.realisasiNolSemuaNol && c.isZero(k.kuantitas.realisasi)) {
    return withBiaya
      ? {
          tidakTerlaksana: true,
          kuantitas: zero,
          kualitas: zero,
          waktu: zero,
          biaya: zero,
          perhitungan: zero,
          pembagi,
          nilaiCapaian: zero,
        }
      : {
          tidakTerlaksana: true,
          kuantitas: zero,
          kualitas: zero,
          waktu: zero,
          perhitungan: zero,
          pembagi,
          nilaiCapaian: zero,
        };
  }
  const hundred = p.seratus;
  const kuanMentah = capaianKuantitasPp46Dengan(
    c,
    k.kuantitas.target,
    k.kuantitas.realisasi,
    hundred,
  );
  const kuanBatas = batasAtasInti(c, kuanMentah, p.batasAtas, hundred);
  const kualMentah = capaianKualitasPp46Dengan(
    c,
    k.kualitas.target,
    need(k.kualitas.realisasi, 'kualitas'),
    hundred,
  );
  const kualBatas = batasAtasInti(c, kualMentah, p.batasAtas, hundred);
  const waktu = efisiensiInti(
    c,
    k.waktu.target,
    need(k.waktu.realisasi, 'waktu'),
    p.nilaiTertimbang,
    p.batasEfisiensi,
    p.basisCabang2,
    p.clampNegatif,
    zero,
    hundred,
  );
  let perhitungan = c.add(c.add(kuanBatas.nilai, kualBatas.nilai), waktu.nilai);
  if (withBiaya && k.biaya) {
    const biaya = efisiensiInti(
      c,
      k.biaya.target,
      need(k.biaya.realisasi, 'biaya'),
      p.nilaiTertimbang,
      p.batasEfisiensi,
      p.basisCabang2,
      p.clampNegatif,
      zero,
      hundred,
    );
    perhitungan = c.add(perhitungan, biaya.nilai);
    return {
      tidakTerlaksana: false,
      kuantitas: kuanBatas.nilai,
      kualitas: kualBatas.nilai,
      waktu: waktu.nilai,
      biaya: biaya.nilai,
      detail: {
        kuantitas: { mentah: kuanMentah, batas: kuanBatas },
        kualitas: { mentah: kualMentah, batas: kualBatas },
        waktu,
        biaya,
      },
      perhitungan,
      pembagi,
      nilaiCapaian: c.div(perhitungan, p.empat),
    };
  }
  return {
    tidakTerlaksana: false,
    kuantitas: kuanBatas.nilai,
    kualitas: kualBatas.nilai,
    waktu: waktu.nilai,
    detail: {
      kuantitas: { mentah: kuanMentah, batas: kuanBatas },
      kualitas: { mentah: kualMentah, batas: kualBatas },
      waktu,
    },
    perhitungan,
    pembagi,
    nilaiCapaian: c.div(perhitungan, p.tiga),
  };
}
