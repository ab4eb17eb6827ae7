import type { Calculator } from '../../arith/calculator.js';
import type { SebutanPp46 } from '../../codes.js';
import type { KonstantaKegiatanPp46 } from './kegiatan.js';
import type { TingkatKreativitas } from './kreativitas.js';
import type { Pp46Params } from './params.js';

/**
 * The ruleset numbers of one {@link Pp46Params} object on one backend, parsed once: the
 * scorer reads every decimal string of a ruleset through `c.from` a single time per
 * (params, calculator) pair instead of once per appraisal. Internal to the regime.
 */
export interface KonstantaPp46<T> extends KonstantaKegiatanPp46<T> {
  readonly nilaiPerilakuMaks: T;
  readonly batasHukdis: T;
  /** Sebutan bands, best first, with parsed lower bounds (null: no lower bound). */
  readonly sebutan: readonly { readonly code: SebutanPp46; readonly min: T | null }[];
  /** Tugas tambahan table, rows in increasing `min`. */
  readonly tugasTambahan: readonly { readonly min: number; readonly nilai: T }[];
  readonly kreativitas: Readonly<Record<TingkatKreativitas, T>>;
  /** `bobot` in basis points, and their sum (the renormalisation denominator). */
  readonly bobotSkp: T;
  readonly bobotPerilaku: T;
  readonly bobotTotal: T;
  /** 10000 basis points. */
  readonly bp100: T;
  /** Small integers by value (pembagi, counts of kegiatan and aspects). */
  readonly bilangan: readonly T[];
}

const CACHE = new WeakMap<Pp46Params, WeakMap<Calculator<unknown>, KonstantaPp46<unknown>>>();

/**
 * The parsed numbers of `params` on `c`, cached per params object (rulesets are immutable
 * data). The caller has validated the ruleset (`validateRulesetPp46`).
 */
export function konstantaPp46<T>(c: Calculator<T>, params: Pp46Params): KonstantaPp46<T> {
  let byCalc = CACHE.get(params);
  if (byCalc === undefined) {
    byCalc = new WeakMap();
    CACHE.set(params, byCalc);
  }
  const hit = byCalc.get(c as Calculator<unknown>);
  if (hit !== undefined) return hit as KonstantaPp46<T>;
  const cap = params.batasAtasKuantitasKualitas.value;
  const b = params.bobot.value;
  // Cached across calls: each value goes through `keep` (see Calculator.keep).
  const num = (x: number | string): T => c.keep(c.from(x));
  const k: KonstantaPp46<T> = {
    nol: num(0),
    seratus: num(100),
    nilaiTertimbang: num(params.nilaiTertimbang.value),
    batasEfisiensi: num(params.batasEfisiensi.value),
    basisCabang2: num(params.basisCabang2.value),
    clampNegatif: params.clampNegatif.value,
    batasAtas: cap === null ? null : num(cap),
    realisasiNolSemuaNol: params.realisasiNolSemuaNol.value,
    tiga: num(3),
    empat: num(4),
    nilaiPerilakuMaks: num(params.nilaiPerilakuMaks.value),
    batasHukdis: num(params.batasHukdis.value),
    sebutan: params.sebutan.value.map((x) => ({
      code: x.code,
      min: x.min === null ? null : num(x.min),
    })),
    tugasTambahan: params.tugasTambahan.value.map((r) => ({ min: r.min, nilai: num(r.nilai) })),
    kreativitas: {
      UNIT_KERJA: num(params.kreativitas.value.UNIT_KERJA),
      ORGANISASI: num(params.kreativitas.value.ORGANISASI),
      NEGARA: num(params.kreativitas.value.NEGARA),
    },
    bobotSkp: num(b.SKP),
    bobotPerilaku: num(b.PERILAKU),
    bobotTotal: num(b.SKP + b.PERILAKU),
    bp100: num(10000),
    bilangan: Array.from({ length: 16 }, (_, i) => num(i)),
  };
  byCalc.set(c as Calculator<unknown>, k);
  return k;
}

/** The integer `n` as a backend value, from the cache for small counts. */
export function bilanganPp46<T>(c: Calculator<T>, k: KonstantaPp46<T>, n: number): T {
  return k.bilangan[n] ?? c.from(n);
}
