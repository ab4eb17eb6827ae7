import type { PredikatPegawai, Rating } from '@kinerja/core';
import { FieldReader, forbiddenKeys, isRecord } from './keys.js';
import { readPredikat, readRating } from './labels.js';
import type { Ledger } from './result.js';
import {
  type DateOptions,
  isBlank,
  isDash,
  type NumberOptions,
  type Read,
  readDate,
  readDecimal,
  readInteger,
  readNip,
  readText,
} from './values.js';

/** Two values of one field that say the same: equal text (trimmed), or equal JSON. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const pa = a === null || typeof a !== 'object';
  const pb = b === null || typeof b !== 'object';
  if (pa && pb) return String(a).trim() === String(b).trim();
  return !pa && !pb && JSON.stringify(a) === JSON.stringify(b);
}

/** Two values of one field compared: `(a, b) => boolean`. */
type Same = (a: unknown, b: unknown) => boolean;

/**
 * {@link sameValue}, or — for a typed field — the same value once read, `read` giving the value
 * or undefined when it cannot read it (`'198703122010011002` with Excel's text marker and
 * `198703122010011002` are one NIP; `2024-01-05` and `05/01/2024` one date; `BAIK`, `Baik` and
 * SIASN's kuadran code `2` one predikat). Two unreadable values are not the same.
 */
function sameRead(read: (v: unknown) => unknown): Same {
  return (a, b) => {
    if (sameValue(a, b)) return true;
    const x = read(a);
    return x !== undefined && x === read(b);
  };
}
/** A value reader's value, undefined when it cannot read it. */
const readValue =
  <T>(read: (v: unknown) => Read<T>) =>
  (v: unknown): T | undefined => {
    const r = read(v);
    return r.ok ? r.value : undefined;
  };
/** A label reader's code, undefined when it cannot read it. */
const readCode =
  (read: (v: unknown) => { readonly ok: boolean; readonly code?: string }) =>
  (v: unknown): string | undefined => {
    const r = read(v);
    return r.ok ? r.code : undefined;
  };
/** {@link sameRead} for dates read with `opts`. */
function sameDate(opts: DateOptions | undefined): Same {
  return sameRead(readValue((x) => readDate(x, opts)));
}
/** {@link sameRead} for decimals read with `opts`. */
function sameDecimal(opts: NumberOptions | undefined): Same {
  return sameRead(readValue((x) => readDecimal(x, opts)));
}

/** Two values of a rating field that read as the same rating. */
export const SAME_RATING: Same = sameRead(readCode(readRating));
/** Two values of a predikat field that read as the same predikat. */
export const SAME_PREDIKAT: Same = sameRead(readCode(readPredikat));
const SAME_NIP = sameRead(readValue(readNip));
const SAME_INTEGER = sameRead(readValue(readInteger));

/**
 * Reads the fields of one source row into typed values, reporting every rejection and
 * decision to the {@link Ledger} under the row's number. Blank (and, with `dashIsEmpty`, "-")
 * cells read as absent. Used by all adapters; exported for custom adapters.
 *
 * @example
 * ```ts
 * const ledger = new Ledger<{ row: number; nip: string }>(1);
 * const rc = RowContext.open(ledger, 1, { NIP: '198703122010011002' });
 * const nip = rc?.nip(['nip'], true); // '198703122010011002'
 * ```
 */
export class RowContext {
  readonly ledger: Ledger<{ readonly row: number }>;
  readonly row: number;
  readonly f: FieldReader;
  readonly dashIsEmpty: boolean;

  private constructor(
    ledger: Ledger<{ readonly row: number }>,
    row: number,
    source: Record<string, unknown>,
    dashIsEmpty: boolean,
    keys: readonly string[] | undefined,
  ) {
    this.ledger = ledger;
    this.row = row;
    this.f = new FieldReader(source, keys);
    this.dashIsEmpty = dashIsEmpty;
  }

  /**
   * Opens a row; rejects it (and returns undefined) when it is not an object or holds a
   * prototype-polluting key.
   */
  static open<R extends { readonly row: number }>(
    ledger: Ledger<R>,
    row: number,
    source: unknown,
    opts: {
      dashIsEmpty?: boolean;
      /**
       * The record was built by the adapter itself, under its own field names, with plain
       * values (as the CSV appraisal reader builds it from the mapped columns): no key can be
       * prototype-polluting, so the walk that looks for one is skipped.
       */
      ownKeys?: boolean;
      /**
       * With `ownKeys`: the record's keys in `Object.keys` order, when the adapter built it in
       * a fixed shape (`cellsToObject`'s `keys`), so that they are not listed for every row.
       */
      keys?: readonly string[];
    } = {},
  ): RowContext | undefined {
    const l = ledger as unknown as Ledger<{ readonly row: number }>;
    if (!isRecord(source)) {
      l.reject(
        row,
        [],
        'ROW_NOT_OBJECT',
        { value: source === null ? 'null' : Array.isArray(source) ? 'array' : typeof source },
        source,
      );
      return undefined;
    }
    const bad = opts.ownKeys === true ? [] : forbiddenKeys(source);
    if (bad.length > 0) {
      for (const p of bad) l.reject(row, p, 'FORBIDDEN_KEY', { key: String(p[p.length - 1]) });
      return undefined;
    }
    const rc = new RowContext(
      l,
      row,
      source,
      opts.dashIsEmpty ?? false,
      opts.ownKeys === true ? opts.keys : undefined,
    );
    const twins = rc.f.twins;
    if (twins.length > 0) rc.#decideTwins(twins);
    return rc;
  }

  /**
   * Reports the keys spelled twice whose values differ (`KEY_CONFLICT`): the first spelling is
   * read, the other stays in `extra` and never fills a blank, so the user is told where it
   * holds something else (a blank or "-" twin says nothing).
   */
  #decideTwins(twins: readonly (readonly [string, string])[]): void {
    const src = this.f.source;
    for (const [first, second] of twins) {
      const b = src[second];
      if (this.#empty(b)) continue;
      const a = src[first];
      if (!this.#empty(a) && sameValue(a, b)) continue;
      this.ledger.decide('KEY_CONFLICT', this.row, { first, second });
    }
  }

  /**
   * {@link RowContext.#rawKey} for a field with several names (`nip` and `nip_baru`,
   * `tahun_skp` and `tahun`), `first` the first present: the first name present with a value
   * is read, in the order of `names` (a blank or "-" name is passed over, `ALIAS_FILLED`), and
   * a later name with another value is reported (`ALIAS_CONFLICT`) and kept in `extra`. Unlike
   * a key spelled twice (see {@link RowContext.#decideTwins}), the names are the adapter's own
   * list of what the field is called, so a later one may stand in for a blank earlier one.
   */
  #aliasKey(names: readonly string[], first: string, same: Same): string | undefined {
    const src = this.f.source;
    let key: string | undefined;
    let blank: string | undefined;
    for (let i = 0; i < names.length; i++) {
      const k = i === 0 ? first : this.f.peekKey(names[i] as string);
      if (k === undefined || k === key || k === blank) continue;
      const v = src[k];
      if (key === undefined) {
        if (isBlank(v)) blank ??= k;
        else if (this.dashIsEmpty && isDash(v)) {
          this.ledger.decide('DASH_AS_EMPTY', this.row, { field: k });
          blank ??= k;
        } else key = k;
        continue;
      }
      if (this.#empty(v) || same(src[key], v)) continue;
      this.ledger.decide('ALIAS_CONFLICT', this.row, {
        field: names[0] as string,
        first: key,
        second: k,
      });
    }
    if (key === undefined) return undefined;
    if (blank !== undefined) {
      this.ledger.decide('ALIAS_FILLED', this.row, {
        field: names[0] as string,
        first: blank,
        second: key,
      });
    }
    if (key !== first) this.f.use(key);
    this.#value = src[key];
    return key;
  }

  #empty(v: unknown): boolean {
    return isBlank(v) || (this.dashIsEmpty && isDash(v));
  }

  /**
   * The raw value of the first present field of `names`, undefined when blank (or "-"); for a
   * field with several names, `same` tells when another name holds the same value (default:
   * equal text once trimmed, or equal JSON), else `ALIAS_CONFLICT` is reported.
   *
   * @example
   * ```ts
   * const ledger = new Ledger<{ row: number }>(1);
   * const rc = RowContext.open(ledger, 1, { kuadranNilai: 'BAIK', kuadranKinerja: 'Baik' });
   * const upper = (a: unknown, b: unknown) => String(a).toUpperCase() === String(b).toUpperCase();
   * rc?.raw(['kuadranNilai', 'kuadranKinerja'], upper);
   * // { key: 'kuadranNilai', value: 'BAIK' }, and no ALIAS_CONFLICT
   * ```
   */
  raw(
    names: readonly string[],
    same: Same = sameValue,
  ): { key: string; value: unknown } | undefined {
    const key = this.#rawKey(names, same);
    return key === undefined ? undefined : { key, value: this.#value };
  }

  /** The value {@link RowContext.#rawKey} found last. */
  #value: unknown;

  /**
   * {@link RowContext.raw} without its result object: the key, with the value left in
   * `#value` (the typed readers run once per field and row).
   */
  #rawKey(names: readonly string[], same = sameValue): string | undefined {
    const key = this.f.keyOf(names);
    if (key === undefined) return undefined;
    if (names.length > 1) return this.#aliasKey(names, key, same);
    const value = this.f.source[key];
    if (isBlank(value)) return undefined;
    if (this.dashIsEmpty && isDash(value)) {
      this.ledger.decide('DASH_AS_EMPTY', this.row, { field: key });
      return undefined;
    }
    this.#value = value;
    return key;
  }

  #required(names: readonly string[], required: boolean): void {
    if (required)
      this.ledger.reject(this.row, [names[0] ?? ''], 'REQUIRED', { field: names[0] ?? '' });
  }

  #take<T>(names: readonly string[], required: boolean, x: Read<T> | undefined): T | undefined {
    if (x === undefined) {
      this.#required(names, required);
      return undefined;
    }
    if (!x.ok) {
      const key = this.#lastKey as string;
      this.ledger.reject(this.row, [key], x.code, x.params as never, this.#value);
      return undefined;
    }
    if (x.note) this.ledger.decide(x.note, this.row, {} as never);
    return x.value;
  }

  /** The key {@link RowContext.#rawKey} found last. */
  #lastKey: string | undefined;

  /**
   * The value of the first present field of `names`, keeping its key, or undefined; `same`
   * tells when another name holds the same value (see {@link RowContext.#aliasKey}).
   */
  #present(names: readonly string[], same = sameValue): unknown {
    const key = this.#rawKey(names, same);
    this.#lastKey = key;
    return key === undefined ? undefined : this.#value;
  }

  /** Text field. */
  text(names: readonly string[], required = false): string | undefined {
    const key = this.#rawKey(names);
    const s = key !== undefined ? readText(this.#value) : undefined;
    if (s === undefined) this.#required(names, required);
    return s;
  }

  /** NIP field (18 digits; numbers and scientific notation rejected). */
  nip(names: readonly string[], required = false): string | undefined {
    const v = this.#present(names, SAME_NIP);
    return this.#take(names, required, this.#lastKey === undefined ? undefined : readNip(v));
  }

  /** Date field → `YYYY-MM-DD`. */
  date(names: readonly string[], required = false, opts?: DateOptions): string | undefined {
    // (The comparer only for a field with several names: no closure per row otherwise, and
    // none written here, where capturing `opts` would put it in a context made on every call.)
    const v = this.#present(names, names.length > 1 ? sameDate(opts) : sameValue);
    return this.#take(names, required, this.#lastKey === undefined ? undefined : readDate(v, opts));
  }

  /** Decimal field → canonical decimal string. */
  decimal(names: readonly string[], required = false, opts?: NumberOptions): string | undefined {
    const v = this.#present(names, names.length > 1 ? sameDecimal(opts) : sameValue);
    return this.#take(
      names,
      required,
      this.#lastKey === undefined ? undefined : readDecimal(v, opts),
    );
  }

  /** Integer field. */
  integer(names: readonly string[], required = false): number | undefined {
    const v = this.#present(names, SAME_INTEGER);
    return this.#take(names, required, this.#lastKey === undefined ? undefined : readInteger(v));
  }

  /** Rating field (labels, synonyms, SIASN codes 1–3; the numeric reading is reported). */
  rating(names: readonly string[], required = false): Rating | undefined {
    const key = this.#rawKey(names, SAME_RATING);
    if (key === undefined) {
      this.#required(names, required);
      return undefined;
    }
    const value = this.#value;
    const x = readRating(value);
    if (!x.ok) {
      this.ledger.reject(this.row, [key], 'RATING_UNKNOWN', { value: String(value) }, value);
      return undefined;
    }
    if (x.via) this.ledger.decide(x.via, this.row, {} as never);
    return x.code;
  }

  /** Predikat field (labels, synonyms incl. CUKUP, SIASN kuadran 1–5; readings reported). */
  predikat(names: readonly string[], required = false): PredikatPegawai | undefined {
    const key = this.#rawKey(names, SAME_PREDIKAT);
    if (key === undefined) {
      this.#required(names, required);
      return undefined;
    }
    const value = this.#value;
    const x = readPredikat(value);
    if (!x.ok) {
      this.ledger.reject(this.row, [key], 'PREDIKAT_UNKNOWN', { value: String(value) }, value);
      return undefined;
    }
    if (x.via) this.ledger.decide(x.via, this.row, {} as never);
    return x.code;
  }

  /** Boolean-ish flag (`1`, `true`, `ya`, `y` → true; `0`, `false`, `tidak`, `n` → false). */
  flag(names: readonly string[]): boolean | undefined {
    const key = this.#rawKey(names);
    if (key === undefined) return undefined;
    const v = this.#value;
    if (typeof v === 'boolean') return v;
    if (typeof v === 'number') return v !== 0;
    const s = String(v).trim().toLowerCase();
    if (['1', 'true', 'ya', 'y', 'yes'].includes(s)) return true;
    if (['0', 'false', 'tidak', 'n', 'no', 't'].includes(s)) return false;
    this.ledger.reject(this.row, [key], 'ENUM_UNKNOWN', { value: String(v), field: key }, v);
    return undefined;
  }

  /** The fields nobody read (kept under `extra`). */
  extra(): Record<string, unknown> {
    return this.f.extra();
  }

  /** True when this row already has a rejection. */
  get rejected(): boolean {
    return this.ledger.isRejected(this.row);
  }
}
