import type { Calculator } from '../../arith/calculator.js';
import { ASPEK_PP46 } from '../../model/perilaku.js';
import type { Pp46Params } from './params.js';

/** A PP 46/2011 Pasal 12 perilaku aspect. */
export type AspekPerilakuPp46 = (typeof ASPEK_PP46)[number];

/** The five aspects assessed for every PNS (all but kepemimpinan). */
export const ASPEK_DASAR_PP46: readonly AspekPerilakuPp46[] = ASPEK_PP46.filter(
  (x) => x !== 'KEPEMIMPINAN',
);

/** How kepemimpinan is treated for one rater's assessment. */
export type PerlakuanKepemimpinan =
  /** counted (structural post, or counted whenever given when the reading is off) */
  | 'DIHITUNG'
  /** structural post without a kepemimpinan score: an input error */
  | 'WAJIB_TIDAK_ADA'
  /** given to a non-structural post: ignored with a warning */
  | 'DIABAIKAN'
  /** not given and not required */
  | 'TIDAK_ADA';

/** Result of {@link aspekPerilakuPp46}. */
export interface AspekPerilakuDinilai {
  /** Aspects averaged for this rater (5, or 6 with kepemimpinan). */
  readonly aspek: readonly AspekPerilakuPp46[];
  readonly kepemimpinan: PerlakuanKepemimpinan;
  /**
   * The UNCERTAIN `kepemimpinanHanyaStruktural` reading changed the outcome compared with
   * the other reading (a structural post without kepemimpinan, or a non-structural post
   * with it).
   */
  readonly readingDipakai: boolean;
}

/**
 * Which aspects are averaged. With `kepemimpinanHanyaStruktural` (UNCERTAIN, default true)
 * a structural post (`isStruktural`) is assessed on six aspects and must have kepemimpinan,
 * and a kepemimpinan score given to a non-structural post is ignored (old exports often
 * carry a 0 there). With false, kepemimpinan is counted whenever it is given.
 *
 * @example
 * ```ts
 * import { pp46_2011 } from '@kinerja/core';
 * aspekPerilakuPp46(true, true, pp46_2011.params).aspek.length; // 6
 * aspekPerilakuPp46(false, true, pp46_2011.params).kepemimpinan; // 'DIABAIKAN'
 * ```
 */
export function aspekPerilakuPp46(
  struktural: boolean,
  kepemimpinanDiberikan: boolean,
  params: Pp46Params,
): AspekPerilakuDinilai {
  if (params.kepemimpinanHanyaStruktural.value) {
    if (struktural) return kepemimpinanDiberikan ? ENAM_DIHITUNG : ENAM_WAJIB;
    return kepemimpinanDiberikan ? LIMA_DIABAIKAN : LIMA_TIDAK_ADA;
  }
  if (kepemimpinanDiberikan) return struktural ? ENAM_DIHITUNG : ENAM_DIHITUNG_READING;
  return struktural ? LIMA_TIDAK_ADA_READING : LIMA_TIDAK_ADA;
}

// The outcomes of aspekPerilakuPp46, shared (they are immutable).
const aturan = (
  aspek: readonly AspekPerilakuPp46[],
  kepemimpinan: PerlakuanKepemimpinan,
  readingDipakai: boolean,
): AspekPerilakuDinilai => Object.freeze({ aspek, kepemimpinan, readingDipakai });
const ENAM_DIHITUNG = aturan(ASPEK_PP46, 'DIHITUNG', false);
const ENAM_DIHITUNG_READING = aturan(ASPEK_PP46, 'DIHITUNG', true);
const ENAM_WAJIB = aturan(ASPEK_PP46, 'WAJIB_TIDAK_ADA', true);
const LIMA_DIABAIKAN = aturan(ASPEK_DASAR_PP46, 'DIABAIKAN', true);
const LIMA_TIDAK_ADA = aturan(ASPEK_DASAR_PP46, 'TIDAK_ADA', false);
const LIMA_TIDAK_ADA_READING = aturan(ASPEK_DASAR_PP46, 'TIDAK_ADA', true);

/** Result of {@link nilaiPerilakuPp46}, exact. */
export interface NilaiPerilakuPp46<T> {
  /** Σ of the aspects assessed ("Jumlah" on the form). */
  readonly jumlah: T;
  /** `jumlah / number of aspects` ("Nilai rata-rata"). */
  readonly rataRata: T;
}

/**
 * Nilai perilaku kerja: the mean of the aspects assessed (PP 46/2011 Pasal 12).
 * The caller guarantees every listed aspect has a score.
 *
 * @example
 * ```ts
 * import { decimalCalculator as c } from '@kinerja/core';
 * const v = (x: number) => c.from(x);
 * const r = nilaiPerilakuPp46(c, { ORIENTASI_PELAYANAN: v(80), INTEGRITAS: v(82), KOMITMEN: v(78), DISIPLIN: v(80), KERJA_SAMA: v(80) },
 *   ['ORIENTASI_PELAYANAN', 'INTEGRITAS', 'KOMITMEN', 'DISIPLIN', 'KERJA_SAMA']);
 * c.toString(r.rataRata); // '80'
 * ```
 */
export function nilaiPerilakuPp46<T>(
  c: Calculator<T>,
  nilai: Readonly<Partial<Record<AspekPerilakuPp46, T>>>,
  aspek: readonly AspekPerilakuPp46[],
): NilaiPerilakuPp46<T> {
  return nilaiPerilakuInti(c, nilai, aspek, c.from(0), c.from(aspek.length));
}

/** {@link nilaiPerilakuPp46} with 0 and the number of aspects as backend values (internal). */
export function nilaiPerilakuInti<T>(
  c: Calculator<T>,
  nilai: Readonly<Partial<Record<AspekPerilakuPp46, T>>>,
  aspek: readonly AspekPerilakuPp46[],
  nol: T,
  jumlahAspek: T,
): NilaiPerilakuPp46<T> {
  let jumlah = nol;
  for (const k of aspek) {
    const x = nilai[k];
    if (x === undefined) throw new TypeError(`nilaiPerilakuPp46: aspect ${k} has no score`);
    jumlah = c.add(jumlah, x);
  }
  return { jumlah, rataRata: c.div(jumlah, jumlahAspek) };
}

function samaUrutan(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A record of values by aspect, keys in the order of `aspek` (`values[i]` belongs to
 * `aspek[i]`). A literal for the two usual orders: filling a fresh object with computed keys
 * is far slower. Internal.
 */
export function rekamAspekPp46<V>(
  aspek: readonly AspekPerilakuPp46[],
  values: readonly V[],
): Partial<Record<AspekPerilakuPp46, V>> {
  const v = values as V[];
  if (aspek === ASPEK_DASAR_PP46 || samaUrutan(aspek, ASPEK_DASAR_PP46)) {
    return {
      ORIENTASI_PELAYANAN: v[0],
      INTEGRITAS: v[1],
      KOMITMEN: v[2],
      DISIPLIN: v[3],
      KERJA_SAMA: v[4],
    } as Partial<Record<AspekPerilakuPp46, V>>;
  }
  if (aspek === ASPEK_PP46 || samaUrutan(aspek, ASPEK_PP46)) {
    return {
      ORIENTASI_PELAYANAN: v[0],
      INTEGRITAS: v[1],
      KOMITMEN: v[2],
      DISIPLIN: v[3],
      KERJA_SAMA: v[4],
      KEPEMIMPINAN: v[5],
    } as Partial<Record<AspekPerilakuPp46, V>>;
  }
  const out: Partial<Record<AspekPerilakuPp46, V>> = {};
  for (let i = 0; i < aspek.length; i++) out[aspek[i] as AspekPerilakuPp46] = v[i];
  return out;
}
