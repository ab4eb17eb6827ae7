/* Nilai SKP: PermenPANRB 8/2021 (regulations.md §2.4). */
import { type Calculator, sum } from '../../arith/calculator.js';
import type { PredikatPp30 } from '../../codes.js';
import type { KonstantaPp30 } from './konstanta.js';
import type { Pp30Params } from './params.js';

/** One scored rencana hasil kerja as the SKP rules see it. */
export interface RencanaDinilai<T> {
  readonly jenis: 'UTAMA' | 'TAMBAHAN';
  readonly nilai: T;
  readonly kategori: PredikatPp30;
  /** RHK bobot in basis points, when given. */
  readonly bobot?: number;
}

/** Result of the nilai SKP rules. */
export interface NilaiSkp<T> {
  /** Nilai SKP after the cap. */
  readonly nilai: T;
  /** Before the cap. */
  readonly sebelumBatas: T;
  readonly dibatasi: boolean;
  /** JA/JF: mean of the utama values; JPT: sum of the utama nilai tertimbang. */
  readonly utama: T;
  /** JA/JF: sum of the tambahan bonuses; JPT: sum of the tambahan nilai tertimbang. */
  readonly tambahan: T;
  /** Per rencana (same order as the input): JPT nilai tertimbang or JA/JF tambahan bonus. */
  readonly perRencana: readonly (T | undefined)[];
  /** JA/JF: whether the utama mean was weighted by RHK bobot. */
  readonly berbobot: boolean;
}

function cap<T>(c: Calculator<T>, x: T, params: Pp30Params): { nilai: T; dibatasi: boolean } {
  const max = c.from(params.batasNilai.value);
  return c.cmp(x, max) > 0 ? { nilai: max, dibatasi: true } : { nilai: x, dibatasi: false };
}

/**
 * Nilai SKP of a pejabat administrasi or fungsional (JA/JF): the mean of the utama rencana
 * values (weighted by the RHK `bobot` when every utama rencana has one; the caller validates
 * the sum) plus, for each tambahan rencana, the bonus of its kategori (SB 2.4, B 1.6, C 1.0,
 * K 0.5, SK 0.1 by default; a reading). Capped at `batasNilai` (120). Returns `null` when
 * there is no utama rencana.
 *
 * @example
 * ```ts
 * const c = decimalCalculator;
 * nilaiSkpJaJf(c, [
 *   { jenis: 'UTAMA', nilai: c.from(109), kategori: 'BAIK' },
 *   { jenis: 'UTAMA', nilai: c.from(88), kategori: 'CUKUP' },
 *   { jenis: 'TAMBAHAN', nilai: c.from(109), kategori: 'BAIK' },
 * ], permenpanrb_8_2021.params); // nilai 98.5 + 1.6 = 100.1
 * ```
 */
export function nilaiSkpJaJf<T>(
  c: Calculator<T>,
  rencana: readonly RencanaDinilai<T>[],
  params: Pp30Params,
): NilaiSkp<T> | null {
  const utama = rencana.filter((r) => r.jenis === 'UTAMA');
  if (utama.length === 0) return null;
  let mean: T;
  const berbobot = utama.every((r) => r.bobot !== undefined);
  const total = utama.reduce((s, r) => s + (r.bobot ?? 0), 0);
  if (berbobot && total > 0) {
    mean = c.div(
      sum(
        c,
        utama.map((r) => c.mul(r.nilai, c.from(r.bobot ?? 0))),
      ),
      c.from(total),
    );
  } else {
    mean = c.div(
      sum(
        c,
        utama.map((r) => r.nilai),
      ),
      c.from(utama.length),
    );
  }
  const perRencana = rencana.map((r) =>
    r.jenis === 'TAMBAHAN' ? c.from(params.bonusTambahan.value[r.kategori]) : undefined,
  );
  const bonus = sum(
    c,
    perRencana.filter((x): x is T => x !== undefined),
  );
  const raw = c.add(mean, bonus);
  const capped = cap(c, raw, params);
  return {
    nilai: capped.nilai,
    sebelumBatas: raw,
    dibatasi: capped.dibatasi,
    utama: mean,
    tambahan: bonus,
    perRencana,
    berbobot: berbobot && total > 0,
  };
}

/**
 * Nilai SKP of a JPT (PermenPANRB 8/2021 hlm. 363): `nilai tertimbang utama + nilai
 * tertimbang tambahan`, where each rencana's nilai tertimbang is `nilai × bobot / 100 %`.
 * Every rencana needs a `bobot` (the caller validates presence and the 10000 sum). Capped at
 * `batasNilai` (120).
 *
 * @example
 * ```ts
 * const c = decimalCalculator;
 * nilaiSkpJpt(c, [
 *   { jenis: 'UTAMA', nilai: c.div(c.from(296), c.from(3)), kategori: 'BAIK', bobot: 6000 },
 *   { jenis: 'UTAMA', nilai: c.from(109), kategori: 'BAIK', bobot: 4000 },
 * ], permenpanrb_8_2021.params); // (59.2 + 43.6) + 0 = 102.8
 * ```
 */
export function nilaiSkpJpt<T>(
  c: Calculator<T>,
  rencana: readonly RencanaDinilai<T>[],
  params: Pp30Params,
): NilaiSkp<T> {
  const basis = c.from(10000);
  const perRencana = rencana.map((r) => c.div(c.mul(r.nilai, c.from(r.bobot ?? 0)), basis));
  const pick = (jenis: 'UTAMA' | 'TAMBAHAN') =>
    sum(
      c,
      perRencana.filter((_, i) => rencana[i]?.jenis === jenis),
    );
  const utama = pick('UTAMA');
  const tambahan = pick('TAMBAHAN');
  const raw = c.add(utama, tambahan);
  const capped = cap(c, raw, params);
  return {
    nilai: capped.nilai,
    sebelumBatas: raw,
    dibatasi: capped.dibatasi,
    utama,
    tambahan,
    perRencana,
    berbobot: true,
  };
}

/**
 * {@link nilaiSkpJaJf} on the regime's parsed numbers (internal): the same operations in the
 * same order, without the intermediate arrays.
 */
export function nilaiSkpJaJfInti<T>(
  c: Calculator<T>,
  rencana: readonly RencanaDinilai<T>[],
  params: Pp30Params,
  k: KonstantaPp30<T>,
): NilaiSkp<T> | null {
  let nUtama = 0;
  let berbobot = true;
  let total = 0;
  for (const r of rencana) {
    if (r.jenis !== 'UTAMA') continue;
    nUtama++;
    if (r.bobot === undefined) berbobot = false;
    total += r.bobot ?? 0;
  }
  if (nUtama === 0) return null;
  if (berbobot && total > 0) return nilaiSkpJaJf(c, rencana, params);
  let acc = k.bilangan(0);
  for (const r of rencana) if (r.jenis === 'UTAMA') acc = c.add(acc, r.nilai);
  const mean = c.div(acc, k.bilangan(nUtama));
  const perRencana: (T | undefined)[] = [];
  let bonus = k.bilangan(0);
  for (const r of rencana) {
    if (r.jenis === 'TAMBAHAN') {
      const b = k.bonusTambahan(r.kategori);
      perRencana.push(b);
      bonus = c.add(bonus, b);
    } else perRencana.push(undefined);
  }
  const raw = c.add(mean, bonus);
  const max = k.angka('batasNilai') as T;
  const dibatasi = c.cmp(raw, max) > 0;
  return {
    nilai: dibatasi ? max : raw,
    sebelumBatas: raw,
    dibatasi,
    utama: mean,
    tambahan: bonus,
    perRencana,
    berbobot: false,
  };
}
