import type { PredikatPegawai, Rating } from '@kinerja/core';
import { FORBIDDEN } from '../shared/keys.js';
import { Ledger, type ParseResult } from '../shared/result.js';
import { RowContext } from '../shared/row.js';
import type { NumberOptions } from '../shared/values.js';
import {
  type ColumnMapping,
  cellsToObject,
  decideConflicts,
  decideDuplicateColumns,
  findHeader,
  isBlankRow,
} from './table.js';
import { type CsvReadOptions, parseCsv } from './tokenizer.js';

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
export interface TableSpec<C extends Readonly<Record<string, ColumnSpec>>>
  extends CsvReadOptions,
    NumberOptions {
  readonly columns: C;
  /** The column whose header identifies the header row (e.g. `nip`). */
  readonly anchor: NoInfer<keyof C & string>;
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
export function readCsvTable<C extends Readonly<Record<string, ColumnSpec>>>(
  text: string,
  spec: TableSpec<C>,
): ParseResult<TableRow<keyof C & string>> {
  type F = keyof C & string;
  const { rows, unterminated } = parseCsv(text, spec);
  const fields = Object.keys(spec.columns) as F[];
  const mapping = Object.fromEntries(
    fields.map((f) => [f, (spec.columns[f] as ColumnSpec).aliases]),
  ) as ColumnMapping<F>;
  const scan = spec.headerScan ?? 30;
  const header = findHeader(rows, mapping, spec.anchor, scan);
  const data = (header ? rows.slice(header.index + 1) : rows).filter((r) => !isBlankRow(r));
  const ledger = new Ledger<TableRow<F>>(data.length);
  if (!header) {
    data.forEach((r, i) => {
      ledger.reject(i + 1, [], 'CSV_HEADER_NOT_FOUND', { rows: scan }, r.cells);
    });
    return ledger.finish();
  }
  if (header.index > 0) ledger.decide('HEADER_ROW_DETECTED', [], { line: header.line });
  decideDuplicateColumns(ledger, header);
  if (header.unmapped.length > 0) {
    ledger.decide('UNKNOWN_COLUMNS_KEPT', [], {
      columns: header.unmapped.map((c) => c.name).join(', '),
    });
  }
  const blocked = header.unmapped.find((c) => FORBIDDEN.has(c.name.toLowerCase()))?.name;
  data.forEach((r, i) => {
    const row = i + 1;
    if (blocked !== undefined) {
      ledger.reject(row, [blocked], 'FORBIDDEN_KEY', { key: blocked });
      return;
    }
    const { fields: cells, extra, overflow, conflicts } = cellsToObject(header, r);
    if (overflow > 0) ledger.decide('CSV_EXTRA_CELLS', row, undefined);
    decideConflicts(ledger, row, conflicts);
    const rc = RowContext.open(ledger, row, cells, { dashIsEmpty: spec.dashIsEmpty ?? true });
    if (!rc) return;
    const values: Partial<Record<F, ColumnValue>> = {};
    for (const f of fields) {
      const c = spec.columns[f] as ColumnSpec;
      const req = c.required ?? false;
      const names = [f];
      let v: ColumnValue | undefined;
      switch (c.type ?? 'text') {
        case 'nip':
          v = rc.nip(names, req);
          break;
        case 'date':
          v = rc.date(names, req);
          break;
        case 'decimal':
          v = rc.decimal(names, req, spec);
          break;
        case 'integer':
          v = rc.integer(names, req);
          break;
        case 'rating':
          v = rc.rating(names, req);
          break;
        case 'predikat':
          v = rc.predikat(names, req);
          break;
        case 'flag':
          v = rc.flag(names);
          if (v === undefined && req) ledger.reject(row, [f], 'REQUIRED', { field: f });
          break;
        default:
          v = rc.text(names, req);
      }
      if (v !== undefined) values[f] = v;
    }
    if (rc.rejected) return;
    ledger.accept({ row, line: r.line, values, extra });
  });
  if (unterminated && data.length > 0)
    ledger.reject(data.length, [], 'CSV_UNTERMINATED_QUOTE', undefined);
  return ledger.finish();
}
