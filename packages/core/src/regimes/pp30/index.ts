/**
 * PP 30/2019 + PermenPANRB 8/2021 (appraisal year 2021): the national ruleset, the regime
 * module and its pure rule functions.
 *
 * @packageDocumentation
 */
export {
  bandNilai,
  inCapaianBand,
  type NilaiCapaianIki,
  nilaiCapaianIki,
} from './capaian.js';
export {
  adaMasukan360,
  bobotKinerja,
  nilaiKinerja,
  type PredikatPp30Result,
  predikatPp30,
  punyaInovasi,
} from './kinerja.js';
export { PP30_MESSAGES } from './messages.js';
export type { CapaianBand, CapaianFormula, PoinRencana, Pp30Params } from './params.js';
export {
  type AspekPp30,
  aspekPerilaku,
  type BacaPerilaku,
  bacaPerilaku,
  type NilaiPerilaku,
  nilaiPerilaku,
  type PenilaiPerilaku,
} from './perilaku.js';
export { PP30_REFS, SOURCES as PP30_SOURCES } from './refs.js';
export {
  type Pp30Rincian,
  type Pp30RincianIki,
  type Pp30RincianRencana,
  pp30Regime,
  scorePp30,
} from './regime.js';
export {
  type CaraRencana,
  type IkiDinilai,
  kategoriNilai,
  type NilaiRencana,
  nilaiRencana,
} from './rencana.js';
export { permenpanrb_8_2021 } from './ruleset.js';
export { type NilaiSkp, nilaiSkpJaJf, nilaiSkpJpt, type RencanaDinilai } from './skp.js';
