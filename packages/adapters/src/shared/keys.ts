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
  readonly #byKey = new Map<string, string>();
  readonly #used = new Set<string>();
  readonly source: Readonly<Record<string, unknown>>;

  constructor(source: Readonly<Record<string, unknown>>) {
    this.source = source;
    for (const k of Object.keys(source)) {
      const n = normalizeKey(k);
      // The first spelling wins; a later one with the same normalised name stays in extra.
      if (!this.#byKey.has(n)) this.#byKey.set(n, k);
    }
  }

  /** The original key matching any of `names`, marking it as read. */
  key(...names: string[]): string | undefined {
    for (const name of names) {
      const k = this.#byKey.get(normalizeKey(name));
      if (k !== undefined) {
        this.#used.add(k);
        return k;
      }
    }
    return undefined;
  }

  /** The value of the first of `names` present (case-insensitive), marking it as read. */
  get(...names: string[]): unknown {
    const k = this.key(...names);
    return k === undefined ? undefined : this.source[k];
  }

  /** The value of the first of `names` present, without marking it as read. */
  peek(...names: string[]): unknown {
    for (const name of names) {
      const k = this.#byKey.get(normalizeKey(name));
      if (k !== undefined) return this.source[k];
    }
    return undefined;
  }

  /** True when one of `names` is present. */
  has(...names: string[]): boolean {
    return names.some((n) => this.#byKey.has(normalizeKey(n)));
  }

  /** The fields that were not read, under their original keys. */
  extra(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(this.source)) if (!this.#used.has(k)) out[k] = this.source[k];
    return out;
  }
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
  const walk = (v: unknown, path: (string | number)[]) => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], [...path, i]);
    } else if (isRecord(v)) {
      for (const k of Object.keys(v)) {
        const lk = k.toLowerCase();
        if (lk !== k && FORBIDDEN.has(lk)) out.push([...path, k]);
        else walk(v[k], [...path, k]);
      }
    }
  };
  walk(value, []);
  return out;
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
