import type { PredikatPegawai, Rating } from '@kinerja/core';
import { type ParseResult } from '../shared/result.js';
import type { NumberOptions } from '../shared/values.js';
import { type CsvReadOptions } from './tokenizer.js';
/** How a column is read. */
export type ColumnType =
  | 'text'
  | 'nip'
  | 'date'
  | 'decimal'
  | 'integer'
  | 'rating'
  | 'predikat'
  | 'flag';
/** One column of a {@link TableSpec}. */
export interface ColumnSpec {
  /** Header names the column may appear under (matched ignoring case, `_`, `-`, `.`, spaces). */
  readonly aliases: readonly string[];
  /** Default `text`. */
  readonly type?: ColumnType;
  readonly required?: boolean;
}
/** The column-mapping configuration of {@link readCsvTable}. */
export interface TableSpec<F extends string> extends CsvReadOptions, NumberOptions {
  readonly columns: Readonly<Record<F, ColumnSpec>>;
  /** The column whose header identifies the header row (e.g. `nip`). */
  readonly anchor: F;
  /** Leading records scanned for the header row (default 30). */
  readonly headerScan?: number;
  /** Read a lone "-" as empty (default true, as e-Kinerja exports write it). */
  readonly dashIsEmpty?: boolean;
}
/** The value of a column of a given type. */
export type ColumnValue = string | number | boolean | Rating | PredikatPegawai;
/** One accepted row of {@link readCsvTable}. */
export interface TableRow<F extends string> {
  readonly row: number;
  readonly line: number;
  readonly values: Readonly<Partial<Record<F, ColumnValue>>>;
  /** Unmapped columns, by header name. */
  readonly extra: Readonly<Record<string, string>>;
}
/**
 * Reads any CSV layout with a column-mapping configuration: header aliases per field, a type per
 * column (NIP, date with Excel serials, decimal with optional decimal commas, integer, rating,
 * predikat, flag) and required columns. The header row is found under report titles; every data
 * record is accepted or rejected with its field and a bilingual message; readings (CUKUP, numeric
 * codes, "-") are reported as decisions.
 *
 * @example
 * ```ts
 * const r = readCsvTable('NIP;Nilai SKP\n198703122010011002;88,67\n', {
 *   anchor: 'nip',
 *   decimalComma: true,
 *   columns: { nip: { aliases: ['nip'], type: 'nip', required: true }, nilai: { aliases: ['nilai skp'], type: 'decimal' } },
 * });
 * r.records[0].values; // { nip: '198703122010011002', nilai: '88.67' }
 * ```
 */
export declare function readCsvTable<F extends string>(
  text: string,
  spec: TableSpec<F>,
): ParseResult<TableRow<F>>;
//# sourceMappingURL=typed.d.ts.map
