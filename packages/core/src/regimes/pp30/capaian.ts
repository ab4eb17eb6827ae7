/* Nilai capaian IKI: PermenPANRB 8/2021 Lampiran hlm. 100–101 (regulations.md §2.3). */
import type { Calculator } from '../../arith/calculator.js';
import type { PredikatPp30 } from '../../codes.js';
import { type KonstantaPp30, konstantaPp30 } from './konstanta.js';
import type { CapaianBand, Pp30Params } from './params.js';

/** Result of {@link nilaiCapaianIki}. */
export interface NilaiCapaianIki<T> {
  readonly kategori: PredikatPp30;
  /** Nilai capaian IKI on the 0–120 scale (exact). */
  readonly nilai: T;
  /** The capaian the band was chosen on: rounded to a whole percent in `ROUND_PERCENT` mode. */
  readonly capaianDinilai: T;
  /** The band applied; `null` when the maximum-achievable-target rule applied. */
  readonly band: CapaianBand | null;
  /** Capaian 100 % of a maximum-achievable target (hlm. 101 huruf i). */
  readonly targetMaksimal: boolean;
  /**
   * The gap reading (`modeCelahCapaian`) decided: in `HALF_OPEN` the capaian lies outside the
   * printed range of its formula (e.g. 99.5 % or 100.5 %) and the formula was extended;
   * in `ROUND_PERCENT` the capaian was rounded.
   */
  readonly celah: boolean;
  /** The nilai was raised to `batasBawahNilai`. */
  readonly dibatasiBawah: boolean;
}

/**
 * Whether `x` lies in the band's capaian interval (bounds inclusive or exclusive as the band says).
 *
 * @example
 * ```ts
 * const cukup = permenpanrb_8_2021.params.bandCapaian.value[3]; // [80, 100)
 * inCapaianBand(decimalCalculator, decimalCalculator.from('99.5'), cukup); // true
 * inCapaianBand(decimalCalculator, decimalCalculator.from(100), cukup); // false
 * ```
 */
export function inCapaianBand<T>(c: Calculator<T>, x: T, b: CapaianBand): boolean {
  if (b.from !== null) {
    const s = c.cmp(x, c.from(b.from));
    if (s < 0 || (s === 0 && !b.fromInclusive)) return false;
  }
  if (b.to !== null) {
    const s = c.cmp(x, c.from(b.to));
    if (s > 0 || (s === 0 && !b.toInclusive)) return false;
  }
  return true;
}

/**
 * The band's formula at `x`, and whether `x` lies outside the formula's printed range
 * (`luar`: the formula is extended, e.g. the Cukup line 80–99 % used at 99.5 %).
 *
 * @example
 * ```ts
 * const cukup = permenpanrb_8_2021.params.bandCapaian.value[3];
 * bandNilai(decimalCalculator, decimalCalculator.from(98), cukup); // { nilai: 88, luar: false }
 * bandNilai(decimalCalculator, decimalCalculator.from('99.5'), cukup); // { nilai: 89.5, luar: true }
 * ```
 */
export function bandNilai<T>(c: Calculator<T>, x: T, b: CapaianBand): { nilai: T; luar: boolean } {
  const f = b.nilai;
  switch (f.kind) {
    case 'constant':
      return { nilai: c.from(f.nilai), luar: false };
    case 'proportional': {
      const at = c.from(f.capaianAt);
      // x × nilaiAt / capaianAt: multiply first so that exact inputs stay exact on floats.
      const nilai = c.div(c.mul(x, c.from(f.nilaiAt)), at);
      return { nilai, luar: c.cmp(x, at) > 0 };
    }
    case 'linear': {
      const cf = c.from(f.capaianFrom);
      const ct = c.from(f.capaianTo);
      const nf = c.from(f.nilaiFrom);
      const slopeNum = c.sub(c.from(f.nilaiTo), nf);
      const nilai = c.add(nf, c.div(c.mul(slopeNum, c.sub(x, cf)), c.sub(ct, cf)));
      return { nilai, luar: c.cmp(x, cf) < 0 || c.cmp(x, ct) > 0 };
    }
  }
}

/**
 * Converts a capaian IKI (percent, exact) into its kategori and nilai capaian IKI
 * (PermenPANRB 8/2021 Lampiran hlm. 101):
 *
 * | Capaian | Kategori | Nilai |
 * |---|---|---|
 * | > 110 % | Sangat Baik | 120 |
 * | 101 – 110 % | Sangat Baik | `110 + 10/9 × (capaian − 101)` |
 * | 100 % | Baik | 109 |
 * | 80 – 99 % | Cukup | `70 + 19/19 × (capaian − 80)` |
 * | 60 – 79 % | Kurang | `50 + 19/19 × (capaian − 60)` |
 * | 0 – 59 % | Sangat Kurang | `capaian / 59 × 49` |
 * | 100 % of a maximum target | Sangat Baik | 120 |
 *
 * Capaian between the printed ranges follows `params.modeCelahCapaian`: `HALF_OPEN`
 * (default) uses the half-open intervals of `params.bandCapaian`; `ROUND_PERCENT` rounds
 * the capaian to a whole percent (half-up) first. Returns `null` when no band covers the
 * capaian (a ruleset whose bands leave a hole).
 *
 * Note the documented discontinuity of `HALF_OPEN`: 100 % gives 109 while 100.0001 %
 * extends the Sangat Baik line below 101 % and gives 108.89 (kategori Sangat Baik).
 *
 * @example
 * ```ts
 * const p = permenpanrb_8_2021.params;
 * const r = nilaiCapaianIki(decimalCalculator, decimalCalculator.from(98), p);
 * // r.kategori === 'CUKUP', r.nilai.toString() === '88'
 * nilaiCapaianIki(decimalCalculator, decimalCalculator.from(100), p, { targetMaksimal: true });
 * // kategori 'SANGAT_BAIK', nilai 120
 * ```
 */
export function nilaiCapaianIki<T>(
  c: Calculator<T>,
  capaian: T,
  params: Pp30Params,
  options: { readonly targetMaksimal?: boolean } = {},
): NilaiCapaianIki<T> | null {
  return nilaiCapaianIkiInti(
    c,
    capaian,
    params,
    options.targetMaksimal === true,
    konstantaPp30(c, params),
  );
}

/**
 * {@link nilaiCapaianIki} on the parsed bands of the regime's cache (internal): the same
 * comparisons and formulas, without parsing the band strings on every call.
 */
export function nilaiCapaianIkiInti<T>(
  c: Calculator<T>,
  capaian: T,
  params: Pp30Params,
  targetMaksimal: boolean,
  k: KonstantaPp30<T>,
): NilaiCapaianIki<T> | null {
  const rounding = params.modeCelahCapaian.value === 'ROUND_PERCENT';
  const x = rounding ? c.round(capaian, 0, 'HALF_UP') : capaian;

  if (targetMaksimal && c.cmp(x, k.bilangan(100)) === 0) {
    return {
      kategori: 'SANGAT_BAIK',
      nilai: k.angka('nilaiTargetMaksimal') as T,
      capaianDinilai: x,
      band: null,
      targetMaksimal: true,
      celah: rounding,
      dibatasiBawah: false,
    };
  }

  const n = params.bandCapaian.value.length;
  for (let i = 0; i < n; i++) {
    const b = k.band(i);
    if (b.from !== null) {
      const s = c.cmp(x, b.from);
      if (s < 0 || (s === 0 && !b.band.fromInclusive)) continue;
    }
    if (b.to !== null) {
      const s = c.cmp(x, b.to);
      if (s > 0 || (s === 0 && !b.band.toInclusive)) continue;
    }
    const f = b.nilai;
    let nilai: T;
    let luar: boolean;
    if (f.kind === 'constant') {
      nilai = f.nilai;
      luar = false;
    } else if (f.kind === 'proportional') {
      nilai = c.div(c.mul(x, f.nilaiAt), f.at);
      luar = c.cmp(x, f.at) > 0;
    } else {
      nilai = c.add(f.nf, c.div(c.mul(f.naik, c.sub(x, f.cf)), f.rentang));
      luar = c.cmp(x, f.cf) < 0 || c.cmp(x, f.ct) > 0;
    }
    const floor = k.angka('batasBawahNilai');
    const clamp = floor !== null && c.cmp(nilai, floor) < 0;
    return {
      kategori: b.band.kategori,
      nilai: clamp ? floor : nilai,
      capaianDinilai: x,
      band: b.band,
      targetMaksimal: false,
      celah: rounding || luar,
      dibatasiBawah: clamp,
    };
  }
  return null;
}
