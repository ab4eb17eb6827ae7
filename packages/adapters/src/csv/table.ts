import { normalizeKey } from '../shared/keys.js';
import type { Ledger } from '../shared/result.js';
import { type CsvReadOptions, type CsvRow, parseCsv } from './tokenizer.js';
import { unneutralizeCell } from './writer.js';

/** A column mapping: for each field, the header names (aliases) it may appear under. */
export type ColumnMapping<F extends string> = Readonly<Record<F, readonly string[]>>;

/** Where the header row was found and what each column means. */
export interface HeaderMatch<F extends string> {
  /** Index (0-based) of the header row among the records. */
  readonly index: number;
  readonly line: number;
  /** Column index of each mapped field. */
  readonly columns: Readonly<Partial<Record<F, number>>>;
  /** Header names of the columns no field claimed (kept under `extra`). */
  readonly unmapped: readonly { readonly index: number; readonly name: string }[];
  readonly names: readonly string[];
  /**
   * Columns headed by a name of a field another column already holds (`NIP` twice, `nip` and
   * `nip_baru`, or a flattened two-level header whose second `NIP` is the pejabat penilai's):
   * the field is read from its own (first) column, these are kept under `extra` by header name,
   * and a row where one holds another value is a {@link ColumnConflict} its reader reports (see
   * {@link cellsToObject}). Which column is meant is not guessed, and a blank cell is not filled
   * from its twin (it may be someone else's).
   */
  readonly duplicates: readonly {
    readonly field: F;
    readonly index: number;
    readonly name: string;
  }[];
}

/**
 * A row where a duplicate column of a field holds another value than the column the field is
 * read from (see {@link HeaderMatch.duplicates}).
 */
export interface ColumnConflict {
  readonly field: string;
  /** The column the field was read from, and the duplicate that differs (0-based indexes). */
  readonly first: { readonly index: number; readonly name: string; readonly value: string };
  readonly second: { readonly index: number; readonly name: string; readonly value: string };
}

/**
 * Finds the header row within the first `scan` records: the first record that contains one
 * of the aliases of `anchor` (e.g. the NIP column). Report titles above it are skipped.
 *
 * @example
 * ```ts
 * const rows = parseCsv('Laporan SKP 2023\nnip,nama\n...').rows;
 * findHeader(rows, { nip: ['nip'], nama: ['nama'] }, 'nip')?.index; // 1
 * ```
 */
export function findHeader<F extends string>(
  rows: readonly CsvRow[],
  mapping: ColumnMapping<F>,
  anchor: F,
  scan = 30,
): HeaderMatch<F> | undefined {
  const anchorKeys = new Set(mapping[anchor].map(normalizeKey));
  for (let i = 0; i < Math.min(rows.length, scan); i++) {
    const row = rows[i];
    if (!row?.cells.some((c) => anchorKeys.has(normalizeKey(c)))) continue;
    return matchHeader(row, i, mapping);
  }
  return undefined;
}

/**
 * Maps the cells of a header row to fields (first alias match wins; each column used once).
 *
 * @example
 * ```ts
 * matchHeader({ line: 1, cells: ['NIP', 'Nama'] }, 0, { nip: ['nip'] }).columns; // { nip: 0 }
 * ```
 */
export function matchHeader<F extends string>(
  row: CsvRow,
  index: number,
  mapping: ColumnMapping<F>,
): HeaderMatch<F> {
  const names = row.cells.map((c) => c.trim());
  const keys = names.map(normalizeKey);
  const columns: Partial<Record<F, number>> = {};
  const taken = new Set<number>();
  for (const field of Object.keys(mapping) as F[]) {
    for (const alias of mapping[field]) {
      const j = keys.findIndex((k, idx) => k === normalizeKey(alias) && !taken.has(idx));
      if (j >= 0) {
        columns[field] = j;
        taken.add(j);
        break;
      }
    }
  }
  // A column headed by a name of a field already held is a second column of that field.
  const duplicates: { field: F; index: number; name: string }[] = [];
  for (let j = 0; j < keys.length; j++) {
    if (taken.has(j) || names[j] === '') continue;
    const field = (Object.keys(columns) as F[]).find((f) =>
      mapping[f].some((alias) => normalizeKey(alias) === keys[j]),
    );
    if (field === undefined) continue;
    duplicates.push({ field, index: j, name: names[j] as string });
    taken.add(j);
  }
  const unmapped = names
    .map((name, i) => ({ index: i, name }))
    .filter((c) => !taken.has(c.index) && c.name !== '');
  return { index, line: row.line, columns, unmapped, names, duplicates };
}

/**
 * The duplicate columns of a header as the `DUPLICATE_COLUMNS` decision lists them:
 * `NIP (kolom 20) = nip (kolom 1)`, 1-based; '' when there are none.
 *
 * @example
 * ```ts
 * duplicateColumnsText(matchHeader({ line: 1, cells: ['nip', 'nama', 'NIP'] }, 0, { nip: ['nip'] }));
 * // 'NIP (kolom 3) = nip (kolom 1)'
 * ```
 */
export function duplicateColumnsText<F extends string>(header: HeaderMatch<F>): string {
  const pairs: { at: number; text: string }[] = header.duplicates.map((d) => {
    const j = header.columns[d.field] as number;
    return {
      at: d.index,
      text: `${d.name} (kolom ${d.index + 1}) = ${header.names[j]} (kolom ${j + 1})`,
    };
  });
  // Unmapped columns under one name: kept under that name, from the first.
  for (const c of keptOf(header)) {
    if (c.first !== undefined && !header.duplicates.some((d) => d.index === c.index)) {
      pairs.push({
        at: c.index,
        text: `${c.name} (kolom ${c.index + 1}) = ${c.name} (kolom ${c.first + 1})`,
      });
    }
  }
  return pairs
    .sort((a, b) => a.at - b.at)
    .map((p) => p.text)
    .join(', ');
}

/**
 * True for a record whose cells are all blank (a blank line): not a data record.
 *
 * @example
 * ```ts
 * isBlankRow({ line: 3, cells: ['', ' '] }); // true
 * ```
 */
export function isBlankRow(row: CsvRow): boolean {
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as string;
    if (c === '') continue;
    // A cell that starts with a visible ASCII character is not blank (no trim needed).
    const ch = c.charCodeAt(0);
    if ((ch > 32 && ch < 127) || c.trim() !== '') return false;
  }
  return true;
}

/**
 * Turns a data record into an object keyed by field (mapped columns) plus `extra` (unmapped
 * columns by header name). Cells are un-neutralised (a leading `'` before a formula start
 * written by {@link writeCsv} is removed). A field with duplicate columns
 * ({@link HeaderMatch.duplicates}) is read from its first column; the duplicates go to `extra`
 * with the unmapped columns, and each one holding another non-blank value (ignoring
 * surrounding spaces) is a `conflict` for the reader to report.
 *
 * @example
 * ```ts
 * cellsToObject(header, row); // { fields: { nip: '1987…' }, extra: { kolom_lain: 'x' }, overflow: 0, conflicts: [] }
 * ```
 */
export function cellsToObject<F extends string>(
  header: HeaderMatch<F>,
  row: CsvRow,
): {
  fields: Partial<Record<F, string>>;
  extra: Record<string, string>;
  overflow: number;
  conflicts: readonly ColumnConflict[];
} {
  const fields: Partial<Record<F, string>> = {};
  const columns = columnsOf(header);
  for (let k = 0; k < columns.length; k++) {
    const [field, j] = columns[k] as [F, number];
    const v = row.cells[j];
    if (v !== undefined) fields[field] = unneutralizeCell(v);
  }
  // A duplicate column holding another value than its field's column is a conflict.
  let conflicts: ColumnConflict[] | undefined;
  for (const d of header.duplicates) {
    const raw = row.cells[d.index];
    if (raw === undefined || raw.trim() === '') continue;
    const had = fields[d.field] ?? '';
    const v = unneutralizeCell(raw);
    if (had.trim() === v.trim()) continue;
    const j = header.columns[d.field] as number;
    conflicts ??= [];
    conflicts.push({
      field: d.field,
      first: { index: j, name: header.names[j] as string, value: had },
      second: { index: d.index, name: d.name, value: v },
    });
  }
  const extra: Record<string, string> = {};
  const kept = keptOf(header);
  for (let k = 0; k < kept.length; k++) {
    const c = kept[k] as Kept;
    const v = row.cells[c.index];
    if (v === undefined || v === '') continue;
    if (c.first === undefined) {
      setOwn(extra, c.name, unneutralizeCell(v));
      continue;
    }
    // A second column under the same name: the first one's value stays (blank or not).
    if (v.trim() === '') continue;
    const had = unneutralizeCell(row.cells[c.first] ?? '');
    const value = unneutralizeCell(v);
    if (had.trim() === value.trim()) continue;
    conflicts ??= [];
    conflicts.push({
      field: c.name,
      first: { index: c.first, name: c.name, value: had },
      second: { index: c.index, name: c.name, value },
    });
  }
  // Cells beyond the header are kept too, under their 1-based column number.
  for (let j = header.names.length; j < row.cells.length; j++) {
    const v = row.cells[j];
    if (v !== undefined && v !== '') setOwn(extra, `#${j + 1}`, unneutralizeCell(v));
  }
  return {
    fields,
    extra,
    overflow: Math.max(0, row.cells.length - header.names.length),
    conflicts: conflicts ?? NO_CONFLICTS,
  };
}

const NO_CONFLICTS: readonly ColumnConflict[] = Object.freeze([]);

/**
 * A column a header keeps under `extra`; `first`: the earlier kept column with the same name,
 * whose value the name keeps (a second column under one name never overwrites the first).
 */
interface Kept {
  readonly index: number;
  readonly name: string;
  readonly first?: number;
}

/** The columns a header keeps under `extra` (unmapped and duplicates), in column order, once. */
const KEPT = new WeakMap<object, readonly Kept[]>();
function keptOf<F extends string>(header: HeaderMatch<F>): readonly Kept[] {
  let k = KEPT.get(header);
  if (!k) {
    const all =
      header.duplicates.length === 0
        ? header.unmapped
        : [...header.unmapped, ...header.duplicates].sort((a, b) => a.index - b.index);
    const seen = new Map<string, number>();
    k = all.map((c) => {
      const first = seen.get(c.name);
      if (first === undefined) {
        seen.set(c.name, c.index);
        return { index: c.index, name: c.name };
      }
      return { index: c.index, name: c.name, first };
    });
    KEPT.set(header, k);
  }
  return k;
}

/**
 * Reports a header's duplicate columns (`DUPLICATE_COLUMNS`), if any.
 *
 * @example
 * ```ts
 * decideDuplicateColumns(ledger, header); // "Duplicate columns: NIP (kolom 3) = nip (kolom 1); …"
 * ```
 */
export function decideDuplicateColumns<F extends string>(
  ledger: Ledger<{ readonly row: number }>,
  header: HeaderMatch<F>,
): void {
  const columns = duplicateColumnsText(header);
  if (columns !== '') ledger.decide('DUPLICATE_COLUMNS', [], { columns });
}

/**
 * Reports the conflicts of row `row` (`COLUMN_CONFLICT`, one decision per pair of columns with
 * the rows it concerns): the row is read from the field's own column, and the user is told
 * where its twin differs.
 *
 * @example
 * ```ts
 * const { fields, conflicts } = cellsToObject(header, r);
 * decideConflicts(ledger, row, conflicts);
 * ```
 */
export function decideConflicts(
  ledger: Ledger<{ readonly row: number }>,
  row: number,
  conflicts: readonly ColumnConflict[],
): void {
  for (const c of conflicts) {
    ledger.decide('COLUMN_CONFLICT', row, {
      field: c.field,
      first: `${c.first.name} (kolom ${c.first.index + 1})`,
      second: `${c.second.name} (kolom ${c.second.index + 1})`,
    });
  }
}

/** The mapped columns of a header as [field, index] pairs, computed once per header. */
const COLUMNS = new WeakMap<object, readonly (readonly [string, number])[]>();
function columnsOf<F extends string>(header: HeaderMatch<F>): readonly (readonly [F, number])[] {
  let c = COLUMNS.get(header);
  if (!c) {
    c = Object.entries(header.columns) as [F, number][];
    COLUMNS.set(header, c);
  }
  return c as readonly (readonly [F, number])[];
}

/**
 * Sets an own data property even for a name like `__proto__` (plain assignment would change the
 * prototype instead); readers then reject such keys as prototype-polluting.
 */
function setOwn(o: Record<string, string>, key: string, value: string): void {
  if (key !== '__proto__') o[key] = value;
  else
    Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Reads a CSV with a header row into plain objects keyed by header name (any column layout),
 * e.g. a MySQL dump of the `opmt_*` tables or a SAPK export for the legacy adapter. Blank lines
 * are skipped; each object's source line is in `lines`. A name that heads two columns (a dump of
 * a join: `id` twice) keeps the first column's value.
 *
 * @example
 * ```ts
 * csvObjects('NIP;TAHUN\n198703122010011002;2019\n').objects; // [{ NIP: '198703122010011002', TAHUN: '2019' }]
 * ```
 */
export function csvObjects(
  text: string,
  opts: CsvReadOptions = {},
): { objects: Record<string, string>[]; lines: number[]; unterminated: boolean } {
  const { rows, unterminated } = parseCsv(text, opts);
  const data = rows.filter((r) => !isBlankRow(r));
  const head = data[0];
  if (!head) return { objects: [], lines: [], unterminated };
  const header = matchHeader(head, 0, {});
  const all = { ...header, unmapped: header.names.map((name, index) => ({ index, name })) };
  const body = data.slice(1);
  return {
    objects: body.map((r) => cellsToObject(all, r).extra),
    lines: body.map((r) => r.line),
    unterminated,
  };
}
