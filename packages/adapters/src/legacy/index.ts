/**
 * `@kinerja/adapters/legacy`: the PP 46/2011 era — the legacy BKN e-SKP `opmt_*` tables rebuilt
 * into PP 46 appraisals for `evaluate`, and the SAPK export, so a historical year can be
 * recomputed and compared with what was stored.
 *
 * @packageDocumentation
 */
export {
  type OpmtChildTable,
  type OpmtOptions,
  type OpmtResult,
  type OpmtSkp,
  type OpmtTables,
  readOpmt,
} from './opmt.js';
export { compareWithSapk, type RecomputedYear, readSapk, type SapkRecord } from './sapk.js';
