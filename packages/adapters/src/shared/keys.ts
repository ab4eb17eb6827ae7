import { findForbiddenKeys } from '@kinerja/core';

/**
 * Normalises a field name for matching: lower case, without `_`, `-`, `.` and spaces, so that
 * `KuadranKinerjaNilai`, `kuadranKinerjaNilai` and `kuadran_kinerja_nilai` match.
 *
 * @example
 * ```ts
 * normalizeKey('KuadranKinerjaNilai') === normalizeKey('kuadran_kinerja_nilai'); // true
 * ```
 */
export function normalizeKey(key: string): string {
  // The same few column names repeat on every row of a file: remember them (bounded, so a
  // file with ever-new keys cannot grow the cache without limit).
  const hit = NORMALIZED.get(key);
  if (hit !== undefined) return hit;
  const n = key
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
  if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
  NORMALIZED.set(key, n);
  return n;
}

const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 4096;

/**
 * A source record read with case-insensitive keys. It remembers which keys were read, so
 * the keys nobody read can be kept under `extra` instead of being dropped.
 *
 * @example
 * ```ts
 * const r = new FieldReader({ KuadranKinerjaNilai: 2, foo: 1 });
 * r.get('kuadranKinerjaNilai'); // 2
 * r.extra(); // { foo: 1 }
 * ```
 */
export class FieldReader {
  readonly #layout: Layout;
  /** Keys read, by position in the layout: bits for the first 31, then a byte array. */
  #usedBits = 0;
  #usedMore: Uint8Array | undefined;
  readonly source: Readonly<Record<string, unknown>>;

  /**
   * @param keys - the record's own keys in `Object.keys` order, when the caller knows them (a
   *   record it built itself in a fixed shape): they are then not listed again for every record.
   */
  constructor(source: Readonly<Record<string, unknown>>, keys?: readonly string[]) {
    this.source = source;
    this.#layout = layoutOf(source, keys);
  }

  /** Position of the key matching any of `names` in the layout, or -1. */
  #find(names: readonly string[]): number {
    for (let i = 0; i < names.length; i++) {
      const at = this.#findOne(names[i] as string);
      if (at >= 0) return at;
    }
    return -1;
  }

  /** Position of the key matching `name` in the layout, or -1. */
  #findOne(name: string): number {
    const byName = this.#layout.byName;
    let at = byName.get(name);
    if (at === undefined) {
      at = this.#layout.byNormal.get(normalizeKey(name)) ?? -1;
      if (byName.size < NORMALIZED_MAX) byName.set(name, at);
    }
    return at;
  }

  /**
   * The original key matching any of `names`, marking it as read: {@link FieldReader.key} for
   * a list of names (no argument spreading, for readers that look up many fields per row).
   */
  keyOf(names: readonly string[]): string | undefined {
    const at = this.#find(names);
    if (at < 0) return undefined;
    this.#mark(at);
    return this.#layout.keys[at];
  }

  /** Marks the key at `at` (≥ 0) as read. */
  #mark(at: number): void {
    if (at < 0) return;
    if (at < 31) this.#usedBits |= 1 << at;
    else {
      const more = this.#usedMore ?? new Uint8Array(this.#layout.keys.length);
      this.#usedMore = more;
      more[at] = 1;
    }
  }

  /**
   * Marks the key matching `name` as read (see {@link FieldReader.keyOf}): it no longer
   * appears in {@link FieldReader.extra}.
   *
   * @example
   * ```ts
   * const r = new FieldReader({ nip: '', nip_baru: '198703122010011002' });
   * r.use('nip_baru');
   * r.extra(); // { nip: '' }
   * ```
   */
  use(name: string): void {
    this.#mark(this.#findOne(name));
  }

  /**
   * The original key matching `name` (case-insensitive), without marking it as read.
   *
   * @example
   * ```ts
   * new FieldReader({ NIP_BARU: '198703122010011002' }).peekKey('nip_baru'); // 'NIP_BARU'
   * ```
   */
  peekKey(name: string): string | undefined {
    const at = this.#findOne(name);
    return at < 0 ? undefined : this.#layout.keys[at];
  }

  /** The original key matching any of `names`, marking it as read. */
  key(...names: string[]): string | undefined {
    return this.keyOf(names);
  }

  /** The value of the first of `names` present (case-insensitive), marking it as read. */
  get(...names: string[]): unknown {
    const k = this.keyOf(names);
    return k === undefined ? undefined : this.source[k];
  }

  /** The value of the first of `names` present, without marking it as read. */
  peek(...names: string[]): unknown {
    const at = this.#find(names);
    return at < 0 ? undefined : this.source[this.#layout.keys[at] as string];
  }

  /** True when one of `names` is present. */
  has(...names: string[]): boolean {
    return this.#find(names) >= 0;
  }

  /**
   * Keys of the record spelled twice (`nip` and `NIP`, `nama` and `Nama `): pairs of the key
   * that is read and a later key with the same normalised name, which stays in `extra`.
   * Empty for almost every record (shared by the rows of one layout).
   *
   * @example
   * ```ts
   * new FieldReader({ nip: '1', NIP: '2' }).twins; // [['nip', 'NIP']]
   * ```
   */
  get twins(): readonly (readonly [string, string])[] {
    return this.#layout.twins;
  }

  /** The fields that were not read, under their original keys. */
  extra(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const keys = this.#layout.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      const used = i < 31 ? (this.#usedBits & (1 << i)) !== 0 : this.#usedMore?.[i] === 1;
      if (!used) out[k] = this.source[k];
    }
    return out;
  }
}

/**
 * The keys of a record and where each normalised name is found. Rows of one file share their
 * keys, so the last few layouts are kept and a row with the same keys (same strings, same
 * order) reuses one instead of building its own lookup table: the per-row maps were the
 * largest allocation of a CSV run (about 4 KB per row of 24 KB).
 */
interface Layout {
  /** The record's own keys, in `Object.keys` order. */
  readonly keys: readonly string[];
  /** Normalised name → position of the first key with that name (a later spelling stays extra). */
  readonly byNormal: ReadonlyMap<string, number>;
  /** Names looked up → position or -1 (a cache of the lookups made against this layout). */
  readonly byName: Map<string, number>;
  /** Pairs of a key and a later key with the same normalised name (see `FieldReader.twins`). */
  readonly twins: readonly (readonly [string, string])[];
}

const NO_TWINS: readonly (readonly [string, string])[] = Object.freeze([]);

const LAYOUTS: Layout[] = [];
const LAYOUTS_MAX = 8;

function layoutOf(source: Readonly<Record<string, unknown>>, known?: readonly string[]): Layout {
  const keys = known ?? Object.keys(source);
  for (let j = 0; j < LAYOUTS.length; j++) {
    const l = LAYOUTS[j] as Layout;
    if (l.keys === keys || sameKeys(l.keys, keys)) {
      if (j > 0) {
        LAYOUTS.splice(j, 1);
        LAYOUTS.unshift(l);
      }
      return l;
    }
  }
  const byNormal = new Map<string, number>();
  let twins: (readonly [string, string])[] | undefined;
  for (let i = 0; i < keys.length; i++) {
    const n = normalizeKey(keys[i] as string);
    // The first spelling wins; a later one with the same normalised name stays in extra.
    const first = byNormal.get(n);
    if (first === undefined) byNormal.set(n, i);
    else {
      twins ??= [];
      twins.push([keys[first] as string, keys[i] as string]);
    }
  }
  const l: Layout = { keys, byNormal, byName: new Map(), twins: twins ?? NO_TWINS };
  LAYOUTS.unshift(l);
  if (LAYOUTS.length > LAYOUTS_MAX) LAYOUTS.pop();
  return l;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Keys that would pollute prototypes (`__proto__`, `constructor`, `prototype`).
 *
 * @example
 * ```ts
 * FORBIDDEN.has('__proto__'); // true
 * ```
 */
export const FORBIDDEN: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * True for a plain (non-array, non-null) object.
 *
 * @example
 * ```ts
 * isRecord([]); // false
 * ```
 */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/**
 * Paths of prototype-polluting keys (`__proto__`, `constructor`, `prototype`) in a value,
 * matched case-insensitively as all adapter keys are.
 *
 * @example
 * ```ts
 * forbiddenKeys(JSON.parse('{"__proto__": {"x": 1}}')); // [['__proto__']]
 * ```
 */
export function forbiddenKeys(value: unknown): (string | number)[][] {
  const out = findForbiddenKeys(value);
  walkCaseVariants(value, [], out);
  return out;
}

/**
 * Adds the paths of keys that are a forbidden key in another case (`__PROTO__`) to `out`, in
 * `Object.keys` order, without entering them; one path stack for the whole walk.
 */
function walkCaseVariants(
  v: unknown,
  stack: (string | number)[],
  out: (string | number)[][],
): void {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x === null || typeof x !== 'object') continue;
      stack.push(i);
      walkCaseVariants(x, stack, out);
      stack.pop();
    }
  } else if (isRecord(v)) {
    for (const k in v) {
      if (!Object.hasOwn(v, k)) continue;
      // Only 9- and 11-character keys can be a forbidden key in another case.
      if (k.length === 9 || k.length === 11) {
        const lk = k.toLowerCase();
        if (lk !== k && FORBIDDEN.has(lk)) {
          out.push([...stack, k]);
          continue;
        }
      }
      const x = v[k];
      if (x === null || typeof x !== 'object') continue;
      stack.push(k);
      walkCaseVariants(x, stack, out);
      stack.pop();
    }
  }
}

/**
 * The list of records inside a JSON payload: an array, `{ data: [...] }`, `{ data: { ... } }`,
 * `{ data: { <listKey>: [...] } }` or a single object. A JSON text is parsed first.
 *
 * @example
 * ```ts
 * recordsOf({ data: [{ id: 1 }] }); // { ok: true, items: [{ id: 1 }] }
 * ```
 */
export function recordsOf(
  payload: unknown,
  listKeys: readonly string[] = [],
): { ok: true; items: unknown[] } | { ok: false; reason: string } {
  let p = payload;
  if (typeof p === 'string') {
    try {
      p = JSON.parse(p.replace(/^\uFEFF/, ''));
    } catch (e) {
      return { ok: false, reason: e instanceof SyntaxError ? e.message : 'JSON' };
    }
  }
  if (Array.isArray(p)) return { ok: true, items: p };
  if (!isRecord(p)) return { ok: false, reason: `${p === null ? 'null' : typeof p}` };
  const r = new FieldReader(p);
  const data = r.get('data');
  if (data !== undefined) {
    if (Array.isArray(data)) return { ok: true, items: data };
    if (isRecord(data)) {
      const inner = new FieldReader(data);
      for (const k of listKeys) {
        const list = inner.get(k);
        if (Array.isArray(list)) return { ok: true, items: list };
      }
      return { ok: true, items: [data] };
    }
    return { ok: false, reason: 'data' };
  }
  for (const k of listKeys) {
    const list = r.get(k);
    if (Array.isArray(list)) return { ok: true, items: list };
  }
  return { ok: true, items: [p] };
}
