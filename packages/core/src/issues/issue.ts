import type { Text } from '../i18n/text.js';

/** A location inside the input, as in zod: keys and array indices. */
export type Path = readonly (string | number)[];

/**
 * A finding about the input: a stable `code`, the `path` of the offending value and a
 * message in Bahasa Indonesia and English. Issues are values; scoring never throws for
 * bad input.
 */
export interface Issue {
  readonly code: string;
  readonly path: Path;
  readonly message: Text;
  readonly severity: 'error' | 'warning';
  readonly params?: Readonly<Record<string, string | number | boolean>>;
}

/** A warning attached to a valid result (an UNCERTAIN default was used, a rating was suggested…). */
export interface Warning {
  readonly code: string;
  readonly message: Text;
  readonly rule?: string;
  readonly path?: Path;
}

/** A message template: a function of the issue parameters in each language. */
export interface MessageTemplate<P> {
  readonly id: (p: P) => string;
  readonly en: (p: P) => string;
}

/**
 * Declares a module's message table. Keeping messages in tables (not inline) is what lets
 * the CLI and docs list every code with both texts.
 *
 * @example
 * ```ts
 * const M = defineMessages({
 *   NEGATIVE: { id: () => 'Nilai tidak boleh negatif', en: () => 'Value must not be negative' },
 * });
 * const i = M.issue('NEGATIVE', ['target'], {});
 * // i.message.id === 'Nilai tidak boleh negatif'
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: each template has its own parameter type
export function defineMessages<M extends Record<string, MessageTemplate<any>>>(table: M) {
  type P<K extends keyof M> = M[K] extends MessageTemplate<infer X> ? X : never;
  return {
    table,
    text<K extends keyof M & string>(code: K, params: P<K>): Text {
      const m = table[code] as MessageTemplate<P<K>>;
      return { id: m.id(params), en: m.en(params) };
    },
    issue<K extends keyof M & string>(
      code: K,
      path: Path,
      params: P<K>,
      severity: 'error' | 'warning' = 'error',
    ): Issue {
      const m = table[code] as MessageTemplate<P<K>>;
      return {
        code,
        path,
        severity,
        message: { id: m.id(params), en: m.en(params) },
        ...(params && typeof params === 'object' && Object.keys(params).length > 0
          ? { params: params as Record<string, string | number | boolean> }
          : {}),
      };
    },
    warning<K extends keyof M & string>(
      code: K,
      params: P<K>,
      rule?: string,
      path?: Path,
    ): Warning {
      const m = table[code] as MessageTemplate<P<K>>;
      return {
        code,
        message: { id: m.id(params), en: m.en(params) },
        ...(rule !== undefined ? { rule } : {}),
        ...(path !== undefined ? { path } : {}),
      };
    },
  };
}

/** Renders a path as `skp.rencanaHasilKerja[0].indikator[2]`. */
export function formatPath(path: Path): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else s += s === '' ? p : `.${p}`;
  }
  return s;
}
