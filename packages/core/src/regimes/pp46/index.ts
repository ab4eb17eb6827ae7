/**
 * PP 46/2011 + Perka BKN 1/2013 ("Penilaian Prestasi Kerja PNS", appraisal years 2014–2020):
 * the regime module, its national ruleset and the pure rule functions.
 */
import type { RegimeModule } from '../types.js';
import { scorePp46 } from './score.js';

/**
 * The PP 46/2011 regime. A PP 46 kegiatan is a `RencanaHasilKerja` whose `indikator[]` has
 * the aspects KUANTITAS, KUALITAS, WAKTU and optionally BIAYA; tugas tambahan are counted from
 * `skp.tugasTambahan[]` and kreativitas read from `skp.kreativitas[]`; perilaku is read from
 * `perilaku.penilaian[]` (PP 46 aspects, 0–100).
 *
 * Outcome: `nilai.skp`, `nilai.perilaku`, `nilai.prestasiKerja` (60 % SKP + 40 % perilaku),
 * `nilai.tugasTambahan`, `nilai.kreativitas`; `predikat` on the `PP46` scale (sebutan);
 * `rincian` per kegiatan and per aspect; `flags.hukumanDisiplin` when nilai SKP < 50.
 * Bad input gives `{ ok: false, issues }` with paths; it never throws (the float backend may
 * throw `Undecidable`, and the caller then re-runs on the decimal backend).
 *
 * @example
 * ```ts
 * import { createTracer, decimalCalculator, pp46Regime, pp46_2011 } from '@kinerja/core';
 * const out = pp46Regime.score(decimalCalculator, appraisal, pp46_2011, {
 *   tracer: createTracer(),
 *   indicatorTypes: new Map(),
 *   warn: () => {},
 *   usedReading: () => {},
 * });
 * if (out.ok) out.nilai.prestasiKerja; // e.g. '83.30'
 * ```
 */
export const pp46Regime: RegimeModule<'PP46_2011'> = {
  regime: 'PP46_2011',
  score: scorePp46,
};

export { nilaiPembandingPp46 } from './batas.js';
export { type BatasAtasPp46, batasAtasCapaianPp46 } from './batasAtas.js';
export {
  capaianBiayaPp46,
  capaianWaktuPp46,
  type EfisiensiPp46,
  efisiensiPp46,
} from './efisiensi.js';
export { type HukumanDisiplinPp46, hukumanDisiplinPp46 } from './hukumanDisiplin.js';
export {
  bacaPerilakuPp46,
  bacaSkpPp46,
  type KegiatanInputPp46,
  type PenilaianInputPp46,
  type PerilakuInputPp46,
  type SkpInputPp46,
} from './input.js';
export {
  hasBiayaPp46,
  type KegiatanAngkaPp46,
  type KegiatanPp46,
  nilaiKegiatanPp46,
  type TargetRealisasiPp46,
} from './kegiatan.js';
export { nilaiKreativitasPp46, type TingkatKreativitas } from './kreativitas.js';
export { capaianKualitasPp46 } from './kualitas.js';
export { capaianKuantitasPp46 } from './kuantitas.js';
export {
  type ParamReasonPp46,
  PP46_MESSAGES,
  PP46_PARAM_REASONS,
  type Pp46MessageCode,
} from './messages.js';
export { type NilaiSkpPp46, nilaiSkpPp46 } from './nilaiSkp.js';
export type { Pp46Params } from './params.js';
export { type BobotPenilaiPp46, bobotPenilaiPp46, gabungPenilaiPp46 } from './penilai.js';
export {
  ASPEK_DASAR_PP46,
  type AspekPerilakuDinilai,
  type AspekPerilakuPp46,
  aspekPerilakuPp46,
  type NilaiPerilakuPp46,
  nilaiPerilakuPp46,
  type PerlakuanKepemimpinan,
} from './perilaku.js';
export { nilaiPrestasiKerjaPp46 } from './prestasiKerja.js';
export { PP46_REFS, PP46_SOURCES } from './refs.js';
export { pp46_2011 } from './ruleset.js';
export { type RincianKegiatanPp46, type RincianPp46, scorePp46 } from './score.js';
export { type SebutanPp46Result, sebutanPp46 } from './sebutan.js';
export { nilaiTugasTambahanPp46 } from './tugasTambahan.js';
export { validateRulesetPp46 } from './validateRuleset.js';
