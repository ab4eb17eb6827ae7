/**
 * `@kinerja/adapters/csv`: an in-house streaming CSV reader (RFC 4180 quotes, CRLF, BOM,
 * `;`/`,`/tab detection) and writer (formula injection neutralised), with a column-mapping
 * reader that turns appraisal spreadsheets into `AppraisalInput`s for `@kinerja/core`.
 *
 * @packageDocumentation
 */
export {
  APPRAISAL_FIELDS,
  type AppraisalCsvEvent,
  type AppraisalCsvOptions,
  type AppraisalCsvStreamEnd,
  type AppraisalField,
  type AppraisalRow,
  DEFAULT_ALIASES,
  readAppraisalCsv,
  readAppraisalCsvStream,
  streamAppraisalCsv,
  writeAppraisalCsv,
  writeResultsCsv,
} from './appraisal.js';
export {
  type ColumnConflict,
  type ColumnMapping,
  cellsToObject,
  csvObjects,
  duplicateColumnsText,
  findHeader,
  type HeaderMatch,
  isBlankRow,
  matchHeader,
  objectsByName,
} from './table.js';
export {
  type CsvDelimiter,
  type CsvReadOptions,
  type CsvRow,
  CsvTokenizer,
  detectDelimiter,
  parseCsv,
  streamCsv,
} from './tokenizer.js';
export {
  type ColumnSpec,
  type ColumnType,
  type ColumnValue,
  readCsvTable,
  type TableRow,
  type TableSpec,
} from './typed.js';
export {
  type CsvWriteOptions,
  neutralizeCell,
  quoteCell,
  unneutralizeCell,
  writeCsv,
} from './writer.js';
