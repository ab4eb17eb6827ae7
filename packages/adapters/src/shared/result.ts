import type { Path, Text } from '@kinerja/core';
import { ADAPTER_MESSAGES as M } from './messages.js';

type Params<K extends keyof typeof M.table> = Parameters<(typeof M.table)[K]['id']>[0];

/** A row, an item or a line of the source that could not be used, and why. */
export interface Rejection {
  /** 1-based position of the record in the source (first data record = 1). */
  readonly row: number;
  /** Where in the record (field path), e.g. `['nip']` or `['indikators', 2, 'target']`. */
  readonly path: Path;
  readonly code: string;
  readonly message: Text;
  /** The offending raw value, when there is one. */
  readonly raw?: unknown;
}

/**
 * A data decision the adapter took that changes how a value is read (a synonym, an excluded
 * row, a duplicate dropped). Decisions are never silent: each lists the rows it affected.
 */
export interface Decision {
  readonly code: string;
  readonly rows: readonly number[];
  readonly message: Text;
  /** `UNCERTAIN` when the decision rests on a reading that is not confirmed by a source. */
  readonly status?: 'UNCERTAIN';
}

/** Row counts. Always `input = accepted + rejected + excluded`. */
export interface Counts {
  readonly input: number;
  readonly accepted: number;
  /** Rows with at least one rejection (a row may carry several rejections). */
  readonly rejected: number;
  /** Rows left out by a reported decision (PLT/PLH, a duplicate superseded after mutasi). */
  readonly excluded: number;
}

/**
 * What every parser returns: the accepted records (each with its source `row`), the
 * rejections, the decisions and the counts, which reconcile.
 *
 * @example
 * ```ts
 * const r = readSkp22(json);
 * r.counts.input === r.counts.accepted + r.counts.rejected + r.counts.excluded; // true
 * ```
 */
export interface ParseResult<R extends { readonly row: number }> {
  readonly records: readonly R[];
  readonly rejections: readonly Rejection[];
  readonly decisions: readonly Decision[];
  /** Rows excluded by a decision, with the decision code. */
  readonly excluded: readonly { readonly row: number; readonly code: string }[];
  readonly counts: Counts;
}

/** A decision being collected: its rows in the order first reported, each once. */
interface DecisionRows {
  readonly code: string;
  readonly rows: number[];
  readonly message: Text;
  /** The largest row so far (rows are 1-based). */
  max: number;
  /** The rows as a set, made on the first row reported below `max`. */
  seen?: Set<number>;
}

/**
 * Adds `row` to a decision unless it is there. Readers report rows in ascending order, so a
 * row above the largest so far is new and is appended at once; only a row reported out of
 * order is looked up (in a set made then). A per-row decision on every row of a large file
 * (a "-" in an optional column of every row) used to search the whole list for each row:
 * quadratic, 18.9 s instead of 2.0 s for `readAppraisalCsv` on 200,000 rows.
 */
function addRow(d: DecisionRows, row: number): void {
  if (row > d.max) {
    d.rows.push(row);
    d.max = row;
    d.seen?.add(row);
    return;
  }
  d.seen ??= new Set(d.rows);
  if (d.seen.has(row)) return;
  d.seen.add(row);
  d.rows.push(row);
}

const UNCERTAIN_CODES = new Set([
  'NUMERIC_RATING_CODE',
  'NUMERIC_KUADRAN_CODE',
  'PERILAKU_LATEST_MONTH',
  'JABATAN_FROM_KEPEMIMPINAN',
]);

/**
 * Collects the outcome of a parse row by row and guarantees the reconciliation: a row that
 * was neither accepted, rejected nor excluded is reported as `ROW_UNACCOUNTED`, and a row
 * rejected after it was accepted is removed from the records.
 *
 * @example
 * ```ts
 * const l = new Ledger<{ row: number }>(2);
 * l.accept({ row: 1 });
 * l.reject(2, ['nip'], 'NIP_FORMAT', { value: 'x' }, 'x');
 * l.finish().counts; // { input: 2, accepted: 1, rejected: 1, excluded: 0 }
 * ```
 */
export class Ledger<R extends { readonly row: number }> {
  #input: number;
  readonly #records = new Map<number, R>();
  readonly #rejections: Rejection[] = [];
  readonly #rejectedRows = new Set<number>();
  readonly #excluded = new Map<number, string>();
  readonly #decisions = new Map<string, DecisionRows>();

  constructor(input = 0) {
    this.#input = input;
  }

  /**
   * Starts a second stage over the rows of an earlier result (e.g. joining records with the
   * employee master): its rejections, exclusions and decisions are carried over, its records
   * are left for the caller to accept or reject again, so the counts still reconcile.
   */
  static continueFrom<R extends { readonly row: number }>(
    prev: ParseResult<{ readonly row: number }>,
  ): Ledger<R> {
    const l = new Ledger<R>(prev.counts.input);
    for (const r of prev.rejections) l.rejectWith(r);
    for (const x of prev.excluded) l.#excluded.set(x.row, x.code);
    for (const d of prev.decisions) {
      const rows: DecisionRows = { code: d.code, rows: [], message: d.message, max: 0 };
      for (const r of d.rows) addRow(rows, r);
      l.#decisions.set(`${d.code}\u0000${d.message.en}`, rows);
    }
    return l;
  }

  /** Raises the input count to at least `row` (for streamed sources of unknown length). */
  see(row: number): void {
    if (row > this.#input) this.#input = row;
  }

  /** Accepts a record (ignored when its row was already rejected or excluded). */
  accept(record: R): void {
    if (this.#rejectedRows.has(record.row) || this.#excluded.has(record.row)) return;
    this.#records.set(record.row, record);
  }

  /** Rejects a row (or adds one more reason to an already rejected row). */
  reject<K extends keyof typeof M.table & string>(
    row: number,
    path: Path,
    code: K,
    params: Params<K>,
    raw?: unknown,
  ): void {
    this.rejectWith({
      row,
      path,
      code,
      message: M.text(code, params as never),
      ...(raw === undefined ? {} : { raw }),
    });
  }

  /** Rejects a row with a ready-made rejection (e.g. an issue from `@kinerja/core`). */
  rejectWith(r: Rejection): void {
    this.#records.delete(r.row);
    this.#excluded.delete(r.row);
    this.#rejectedRows.add(r.row);
    this.#rejections.push(r);
  }

  /** True when the row already has a rejection. */
  isRejected(row: number): boolean {
    return this.#rejectedRows.has(row);
  }

  /** Excludes an accepted or pending row by a decision, which is recorded. */
  exclude<K extends keyof typeof M.table & string>(
    rows: readonly number[],
    code: K,
    params: Params<K>,
  ): void {
    const fresh = rows.filter((row) => !this.#rejectedRows.has(row));
    if (fresh.length === 0) return;
    for (const row of fresh) {
      this.#records.delete(row);
      this.#excluded.set(row, code);
    }
    this.decide(code, fresh, params);
  }

  /** Records a decision that affected `rows`; equal decisions are merged. */
  decide<K extends keyof typeof M.table & string>(
    code: K,
    rows: number | readonly number[],
    params: Params<K>,
  ): void {
    const message = M.text(code, params as never);
    const key = `${code}\u0000${message.en}`;
    const list = typeof rows === 'number' ? [rows] : rows;
    let d = this.#decisions.get(key);
    if (d === undefined) {
      d = { code, rows: [], message, max: 0 };
      this.#decisions.set(key, d);
    }
    for (let i = 0; i < list.length; i++) addRow(d, list[i] as number);
  }

  /** The records accepted so far, in row order. */
  accepted(): R[] {
    return [...this.#records.values()].sort((a, b) => a.row - b.row);
  }

  /** Builds the result; every row 1..input is accounted for exactly once. */
  finish(): ParseResult<R> {
    for (let row = 1; row <= this.#input; row++) {
      if (!this.#records.has(row) && !this.#rejectedRows.has(row) && !this.#excluded.has(row)) {
        this.reject(row, [], 'ROW_UNACCOUNTED', undefined);
      }
    }
    const records = this.accepted();
    const excluded = [...this.#excluded.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([row, code]) => ({ row, code }));
    const decisions: Decision[] = [...this.#decisions.values()].map((d) => ({
      code: d.code,
      rows: [...d.rows].sort((a, b) => a - b),
      message: d.message,
      ...(UNCERTAIN_CODES.has(d.code) ? { status: 'UNCERTAIN' as const } : {}),
    }));
    const rejections = [...this.#rejections].sort((a, b) => a.row - b.row);
    return {
      records,
      rejections,
      decisions,
      excluded,
      counts: {
        input: this.#input,
        accepted: records.length,
        rejected: this.#rejectedRows.size,
        excluded: excluded.length,
      },
    };
  }
}

/**
 * Checks the reconciliation of a parse result: the counts add up and every row 1..input
 * appears exactly once among the records, the rejected rows and the excluded rows.
 *
 * @example
 * ```ts
 * reconciles(readSkp22(json)); // true
 * ```
 */
export function reconciles(r: ParseResult<{ readonly row: number }>): boolean {
  const { input, accepted, rejected, excluded } = r.counts;
  if (input !== accepted + rejected + excluded) return false;
  const seen = new Map<number, number>();
  const rejectedRows = new Set(r.rejections.map((x) => x.row));
  for (const row of [
    ...r.records.map((x) => x.row),
    ...rejectedRows,
    ...r.excluded.map((x) => x.row),
  ]) {
    seen.set(row, (seen.get(row) ?? 0) + 1);
  }
  if (seen.size !== input) return false;
  for (let row = 1; row <= input; row++) if (seen.get(row) !== 1) return false;
  return r.records.length === accepted && rejectedRows.size === rejected;
}
