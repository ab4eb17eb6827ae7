/**
 * `@kinerja/core/consequences`: what a predikat kinerja leads to — angka kredit of jabatan
 * fungsional (Peraturan BKN 3/2023), the predikat condition of kenaikan pangkat, and
 * per-instansi tunjangan kinerja policies. Each is ruleset data with legal references and a
 * function that returns the value, its trace and issues (never a throw).
 *
 * @example
 * ```ts
 * import { angkaKredit, applyTukin, promotionEligibility, tukinBakamla2023 } from '@kinerja/core/consequences';
 * angkaKredit({ predikat: 'SANGAT_BAIK', jenjang: 'AHLI_PERTAMA' }); // { ok: true, nilai: '18.75', … }
 * promotionEligibility([{ tahun: 2023, predikat: 'BAIK' }, { tahun: 2024, predikat: 'BAIK' }], { asOf: '2025-04-01' }); // eligible
 * applyTukin(tukinBakamla2023, { predikat: 'KURANG', tunjanganDasar: 5_000_000 }); // dibayar '4950000'
 * ```
 *
 * @packageDocumentation
 */
export {
  AK_FORMULA_REF,
  type AngkaKreditInput,
  type AngkaKreditProgressInput,
  type AngkaKreditProgressResult,
  type AngkaKreditResult,
  type AngkaKreditRuleset,
  angkaKredit,
  angkaKreditProgress,
  computeAngkaKredit,
  JENJANG_JF,
  type JenjangJf,
  type KebutuhanAngkaKredit,
  perbkn_3_2023,
} from './angkaKredit.js';
export { CONSEQUENCE_MESSAGES } from './messages.js';
export {
  PREDIKAT_ORDINAL,
  type PredikatApapun,
  predikatOrdinal,
  toPredikatPegawai,
} from './predikat.js';
export {
  type KenaikanPangkatRuleset,
  kenaikan_pangkat,
  type PromotionResult,
  promotionEligibility,
  type RiwayatPredikat,
  type TahunPenilaian,
} from './promotion.js';
export {
  applyTukin,
  TUKIN_PRESETS,
  type TukinPolicy,
  type TukinResult,
  type TukinRule,
  tukinBakamla2023,
  tukinKementan2025,
  tukinKlhBplh2025,
  tukinKlhk2024,
} from './tukin.js';
