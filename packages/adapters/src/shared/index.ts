/**
 * Shared building blocks of the adapters: the parse result and its reconciliation, value
 * readers (NIP, dates, decimals, quantities), label synonyms and the case-insensitive row reader.
 *
 * @packageDocumentation
 */

export {
  type AuditReport,
  auditPredikat,
  type Disagreement,
  type StoredPredikat,
} from './audit.js';
export { type JabatanRead, readJenisJabatan } from './jabatan.js';
export { FieldReader, forbiddenKeys, isRecord, normalizeKey, recordsOf } from './keys.js';
export {
  type LabelRead,
  PREDIKAT_SYNONYMS,
  RATING_SYNONYMS,
  readPredikat,
  readRating,
  SIASN_KUADRAN_CODES,
  SIASN_RATING_CODES,
  siasnKuadranCode,
  siasnRatingCode,
} from './labels.js';
export { ADAPTER_MESSAGES, type AdapterCode } from './messages.js';
export {
  type Counts,
  type Decision,
  Ledger,
  type ParseResult,
  type Rejection,
  reconciles,
} from './result.js';
export { RowContext } from './row.js';
export {
  canonicalDecimal,
  type DateOptions,
  excelSerialToIso,
  isBlank,
  isDash,
  type NumberOptions,
  type Read,
  readDate,
  readDecimal,
  readInteger,
  readNip,
  readQuantity,
  readText,
} from './values.js';
