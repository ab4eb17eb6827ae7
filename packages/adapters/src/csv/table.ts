import { normalizeKey } from '../shared/keys.js';
import { type Decision, Ledger } from '../shared/result.js';
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
  const pairs: string[] = [];
  for (const c of layoutOf(header).kept) {
    const t = c.of ?? (c.first === undefined ? undefined : { index: c.first, name: c.name });
    if (t) pairs.push(`${c.name} (kolom ${c.index + 1}) = ${t.name} (kolom ${t.index + 1})`);
  }
  return pairs.join(', ');
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
 * surrounding spaces) is a `conflict` for the reader to report. A blank cell of `extra` is left
 * out, or with `blanks` kept as "" when it is its name's first column (a twin never fills it).
 * When the record has a cell for every mapped column, `keys` lists the keys of `fields` in
 * order (one array shared by the header's records, not to be changed): a reader can hand it to
 * `RowContext.open` instead of having the keys listed again for every record.
 *
 * @example
 * ```ts
 * cellsToObject(header, row); // { fields: { nip: '1987…' }, extra: { kolom_lain: 'x' }, overflow: 0, conflicts: [], keys: ['nip'] }
 * ```
 */
export function cellsToObject<F extends string>(
  header: HeaderMatch<F>,
  row: CsvRow,
  blanks = false,
): {
  fields: Partial<Record<F, string>>;
  extra: Record<string, string>;
  overflow: number;
  conflicts: readonly ColumnConflict[];
  /** The keys of `fields` in order, when the record has a cell for every mapped column. */
  keys: readonly string[] | undefined;
} {
  const { columns, kept, template, reach, keys } = layoutOf(header);
  // A record with a cell for every mapped column starts as a copy of the layout's template
  // (one object of the final shape, no property added one by one); a short record holds only
  // the fields whose cells it has.
  const full = row.cells.length >= reach;
  const fields = (full ? { ...template } : {}) as Partial<Record<F, string>>;
  for (let k = 0; k < columns.length; k++) {
    const [field, j] = columns[k] as [F, number];
    const v = row.cells[j];
    if (v !== undefined) fields[field] = unneutralizeCell(v);
  }
  const extra: Record<string, string> = {};
  // A kept column holding another value than the column it doubles is a conflict: a field's
  // duplicates first, then the repeats of a name.
  let conflicts: ColumnConflict[] | undefined;
  let repeats: ColumnConflict[] | undefined;
  for (let k = 0; k < kept.length; k++) {
    const c = kept[k] as Kept;
    const v = row.cells[c.index];
    if (v === undefined) continue;
    if (v === '') {
      if (blanks && c.first === undefined) setOwn(extra, c.name, '');
      continue;
    }
    if (c.first === undefined) setOwn(extra, c.name, unneutralizeCell(v));
    if ((c.of === undefined && c.first === undefined) || v.trim() === '') continue;
    if (c.of !== undefined) conflicts = withConflict(conflicts, row, c, c.of);
    if (c.first !== undefined) {
      repeats = withConflict(repeats, row, c, { index: c.first, name: c.name, field: c.name });
    }
  }
  if (repeats !== undefined) conflicts = [...(conflicts ?? []), ...repeats];
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
    keys: full ? keys : undefined,
  };
}

const NO_CONFLICTS: readonly ColumnConflict[] = Object.freeze([]);

/** A column another one doubles, and the field (or, unmapped, the name) they share. */
interface Twin {
  readonly index: number;
  readonly name: string;
  readonly field: string;
}

/**
 * A column kept under `extra` (unmapped, or a duplicate of a field): `of`, for a duplicate, its
 * field's own column; `first`, the earlier kept column of the same name, whose value the name
 * keeps (this one is then not written under it).
 */
interface Kept {
  readonly index: number;
  readonly name: string;
  readonly of?: Twin;
  readonly first?: number;
}

/**
 * `list` with the conflict of kept column `c` and the column `t` it doubles in `row` added when
 * they differ (a list is made only then: most rows have none).
 */
function withConflict(
  list: ColumnConflict[] | undefined,
  row: CsvRow,
  c: Kept,
  t: Twin,
): ColumnConflict[] | undefined {
  const had = unneutralizeCell(row.cells[t.index] ?? '');
  const value = unneutralizeCell(row.cells[c.index] as string);
  if (had.trim() === value.trim()) return list;
  const x = {
    field: t.field,
    first: { index: t.index, name: t.name, value: had },
    second: { index: c.index, name: c.name, value },
  };
  if (list === undefined) return [x];
  list.push(x);
  return list;
}

/** What {@link cellsToObject} reads of a header, worked out once per header. */
interface Layout {
  /** The mapped columns as [field, index] pairs. */
  readonly columns: readonly (readonly [string, number])[];
  /** The columns kept under `extra`, in column order. */
  readonly kept: readonly Kept[];
  /** An object with every mapped field, in the order of `columns` (values ""). */
  readonly template: Readonly<Record<string, string>>;
  /** Cells a record needs for every mapped column to have one (the last one's index + 1). */
  readonly reach: number;
  /** The template's keys, in order: shared by the full records of the layout, never changed (a
   * frozen array measured slower to read). */
  readonly keys: readonly string[];
}

const LAYOUTS = new WeakMap<object, Layout>();
function layoutOf<F extends string>(header: HeaderMatch<F>): Layout {
  let l = LAYOUTS.get(header);
  if (!l) {
    const dup = new Map(header.duplicates.map((d) => [d.index, d.field as F]));
    const all = [...header.unmapped, ...header.duplicates].sort((a, b) => a.index - b.index);
    const seen = new Map<string, number>();
    const kept = all.map((c): Kept => {
      const first = seen.get(c.name);
      if (first === undefined) seen.set(c.name, c.index);
      const field = dup.get(c.index);
      const j = field === undefined ? undefined : (header.columns[field] as number);
      return {
        index: c.index,
        name: c.name,
        ...(field !== undefined && j !== undefined
          ? { of: { index: j, name: header.names[j] as string, field } }
          : {}),
        ...(first !== undefined ? { first } : {}),
      };
    });
    const columns = Object.entries(header.columns) as [string, number][];
    const template: Record<string, string> = {};
    let reach = 0;
    for (const [field, j] of columns) {
      template[field] = '';
      reach = Math.max(reach, j + 1);
    }
    l = { columns, kept, template, reach, keys: Object.keys(template) };
    LAYOUTS.set(header, l);
  }
  return l;
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

/**
 * Data rows as objects keyed by header name, every column kept, a blank cell as "" (for readers that look their
 * fields up by name, as the e-Kinerja reader does), with the decisions on columns under one
 * name: `DUPLICATE_COLUMNS`, and `COLUMN_CONFLICT` with the rows (1-based, in the order of
 * `rows`) where such columns differ — a name keeps its first column's value.
 *
 * @example
 * ```ts
 * const header = matchHeader({ line: 1, cells: ['nip', 'nama', 'nip'] }, 0, {});
 * objectsByName(header, [{ line: 2, cells: ['1', 'Ani', '2'] }]).objects; // [{ nip: '1', nama: 'Ani' }]
 * ```
 */
export function objectsByName(
  header: HeaderMatch<string>,
  rows: readonly CsvRow[],
): { objects: Record<string, string>[]; decisions: readonly Decision[] } {
  const all: HeaderMatch<string> = {
    ...header,
    columns: {},
    unmapped: header.names.map((name, index) => ({ index, name })),
    duplicates: [],
  };
  const notes = new Ledger<{ row: number }>(0);
  decideDuplicateColumns(notes, all);
  const objects = rows.map((r, i) => {
    // A blank cell kept as "": a reader tells a blank field from a missing one, as in a JSON
    // record (a blank `nip` read from `nip_baru` is reported).
    const o = cellsToObject(all, r, true);
    decideConflicts(notes, i + 1, o.conflicts);
    return o.extra;
  });
  return { objects, decisions: notes.finish().decisions };
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
  const body = data.slice(1);
  return {
    objects: objectsByName(header, body).objects,
    lines: body.map((r) => r.line),
    unterminated,
  };
}
