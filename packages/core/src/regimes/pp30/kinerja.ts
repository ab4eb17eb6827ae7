/* Nilai kinerja PNS and predikat: PP 30/2019 Pasal 41 (regulations.md §2.1, §2.5). */
import type { Calculator, RoundingMode } from '../../arith/calculator.js';
import type { PredikatPp30 } from '../../codes.js';
import type { Appraisal } from '../../model/appraisal.js';
import type { Band, BoundaryMode, Weights } from '../../ruleset/types.js';
import type { KonstantaPp30 } from './konstanta.js';
import type { Pp30Params } from './params.js';

/**
 * Whether the appraisal's perilaku input includes both a rekan kerja (peer) and a bawahan
 * (direct subordinate), the 360° practice of Pasal 41 ayat (4).
 *
 * @example
 * ```ts
 * adaMasukan360({ ...appraisal, perilaku: { penilaian: [atasan, rekan, bawahan] } }); // true
 * ```
 */
export function adaMasukan360(a: Appraisal): boolean {
  const roles = new Set((a.perilaku?.penilaian ?? []).map((p) => p.penilai.peran));
  return roles.has('REKAN_KERJA') && roles.has('BAWAHAN');
}

/**
 * The SKP/perilaku weights of Pasal 41(2): 60/40 when the agency assesses perilaku with
 * peer and subordinate input, otherwise 70/30. `mode360` decides: `AUTO` (default, a
 * reading) looks at this appraisal's input, `SELALU` always uses 60/40, `TIDAK_PERNAH` never.
 *
 * @example
 * ```ts
 * bobotKinerja(permenpanrb_8_2021.params, false); // { dengan360: false, bobot: { SKP: 7000, PERILAKU: 3000 } }
 * bobotKinerja(permenpanrb_8_2021.params, true); // { dengan360: true, bobot: { SKP: 6000, PERILAKU: 4000 } }
 * ```
 */
export function bobotKinerja(
  params: Pp30Params,
  masukan360: boolean,
): { readonly dengan360: boolean; readonly bobot: Weights<'SKP' | 'PERILAKU'> } {
  const mode = params.mode360.value;
  const dengan360 = mode === 'SELALU' || (mode === 'AUTO' && masukan360);
  return {
    dengan360,
    bobot: dengan360 ? params.bobotDengan360.value : params.bobotTanpa360.value,
  };
}

/**
 * Nilai kinerja PNS (Pasal 41(1)–(2)): `wSKP × nilai SKP + wPerilaku × nilai perilaku`, the
 * weights in basis points.
 *
 * @example
 * ```ts
 * const c = decimalCalculator;
 * nilaiKinerja(c, c.from('102.8'), c.from(100), { SKP: 7000, PERILAKU: 3000 }); // 101.96
 * ```
 */
export function nilaiKinerja<T>(
  c: Calculator<T>,
  skp: T,
  perilaku: T,
  bobot: Weights<'SKP' | 'PERILAKU'>,
): T {
  const total = bobot.SKP + bobot.PERILAKU;
  return c.div(
    c.add(c.mul(skp, c.from(bobot.SKP)), c.mul(perilaku, c.from(bobot.PERILAKU))),
    c.from(total),
  );
}

/** Result of {@link predikatPp30}. */
export interface PredikatPp30Result<T> {
  readonly code: PredikatPp30;
  /** The value compared with the bands (rounded first under `ROUND_THEN_COMPARE`). */
  readonly dibandingkan: T;
  /** The nilai reached Sangat Baik but there is no inovasi: the predikat is the next band. */
  readonly tanpaInovasi: boolean;
}

/**
 * Predikat kinerja PNS (Pasal 41(5)): the first band (best first) whose inclusive lower bound
 * the nilai reaches; Sangat Baik (≥ 110) also needs the inovasi condition of huruf a, without
 * it a nilai of 110–120 is Baik. `batasPredikat` says whether the exact nilai
 * (`LOWER_INCLUSIVE`, default) or the nilai rounded to the reported decimals
 * (`ROUND_THEN_COMPARE`) is compared.
 *
 * @example
 * ```ts
 * const c = decimalCalculator;
 * const p = permenpanrb_8_2021.params;
 * const rounding = { dp: 2, mode: 'HALF_UP' } as const;
 * predikatPp30(c, c.from('101.96'), false, p, rounding).code; // 'BAIK'
 * predikatPp30(c, c.from(110), false, p, rounding); // { code: 'BAIK', tanpaInovasi: true, … }
 * predikatPp30(c, c.from(110), true, p, rounding).code; // 'SANGAT_BAIK'
 * ```
 */
export function predikatPp30<T>(
  c: Calculator<T>,
  nilai: T,
  inovasi: boolean,
  params: Pp30Params,
  rounding: { readonly dp: number; readonly mode: RoundingMode },
): PredikatPp30Result<T> | null {
  const x =
    params.batasPredikat.value === 'ROUND_THEN_COMPARE'
      ? c.round(nilai, rounding.dp, rounding.mode)
      : nilai;
  let tanpaInovasi = false;
  for (const b of params.predikat.value) {
    if (b.min !== null && c.cmp(x, c.from(b.min)) < 0) continue;
    if (b.code === 'SANGAT_BAIK' && !inovasi) {
      tanpaInovasi = true;
      continue;
    }
    return { code: b.code, dibandingkan: x, tanpaInovasi };
  }
  return null;
}

/**
 * {@link nilaiKinerja} and {@link predikatPp30} under both boundary modes, on the regime's
 * parsed numbers (internal). `predikatLain` is the predikat under the other `batasPredikat`
 * mode: the UNCERTAIN reading decided the predikat when the two differ.
 */
export function nilaiKinerjaInti<T>(
  c: Calculator<T>,
  skp: T,
  perilaku: T,
  bobot: Weights<'SKP' | 'PERILAKU'>,
  k: KonstantaPp30<T>,
): T {
  return c.div(
    c.add(c.mul(skp, k.bilangan(bobot.SKP)), c.mul(perilaku, k.bilangan(bobot.PERILAKU))),
    k.bilangan(bobot.SKP + bobot.PERILAKU),
  );
}

/** {@link predikatPp30} with an explicit boundary mode and parsed bounds (internal). */
export function predikatPp30Inti<T>(
  c: Calculator<T>,
  nilai: T,
  inovasi: boolean,
  params: Pp30Params,
  mode: BoundaryMode,
  rounding: { readonly dp: number; readonly mode: RoundingMode },
  k: KonstantaPp30<T>,
): PredikatPp30Result<T> | null {
  const x = mode === 'ROUND_THEN_COMPARE' ? c.round(nilai, rounding.dp, rounding.mode) : nilai;
  let tanpaInovasi = false;
  const bands = params.predikat.value;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as Band<PredikatPp30>;
    const min = k.predikatMin(i);
    if (min !== null && c.cmp(x, min) < 0) continue;
    if (b.code === 'SANGAT_BAIK' && !inovasi) {
      tanpaInovasi = true;
      continue;
    }
    return { code: b.code, dibandingkan: x, tanpaInovasi };
  }
  return null;
}

/**
 * Whether the appraisal records the inovasi of Pasal 41(5)(a): `inovasi: true` or an
 * object describing it.
 *
 * @example
 * ```ts
 * punyaInovasi({ ...appraisal, inovasi: { uraian: 'Aplikasi antrean daring' } }); // true
 * ```
 */
export function punyaInovasi(a: Appraisal): boolean {
  return a.inovasi === true || (typeof a.inovasi === 'object' && a.inovasi !== null);
}
