/* One place where an IKI meets its indicator type: payload validation, then capaian. */
import { type Calculator, Undecidable } from '../arith/calculator.js';
import type { Text } from '../i18n/text.js';
import { defineMessages, type Issue } from '../issues/issue.js';
import { safeParseWith } from '../issues/zod.js';
import type { Iki } from '../model/skp.js';
import type { CapaianContext, IndicatorType } from './types.js';

/**
 * Messages of {@link capaianIki}, in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * INDICATOR_MESSAGES.text('CAPAIAN_FAILED', { jenis: 'contoh.ikm', pesan: 'x is undefined' }).en;
 * // 'Indicator type "contoh.ikm" failed to compute the capaian: x is undefined'
 * ```
 */
export const INDICATOR_MESSAGES = defineMessages({
  CAPAIAN_FAILED: {
    id: (p: { jenis: string; pesan: string }) =>
      `Jenis indikator "${p.jenis}" gagal menghitung capaian: ${p.pesan}`,
    en: (p: { jenis: string; pesan: string }) =>
      `Indicator type "${p.jenis}" failed to compute the capaian: ${p.pesan}`,
  },
});

/**
 * Result of {@link capaianIki}. A failure says at which stage it happened:
 * - `DATA`: `iki.data` does not match the type's `schema` (issues under `…indikator[j].data`);
 * - `CAPAIAN`: the type could not compute a capaian (e.g. a missing realisasi, a zero target),
 *   or it threw (reported as `CAPAIAN_FAILED`).
 */
export type IkiCapaianOutcome<T> =
  | { readonly ok: true; readonly capaian: T; readonly explanation?: Text }
  | { readonly ok: false; readonly stage: 'DATA' | 'CAPAIAN'; readonly issues: readonly Issue[] };

/**
 * Validates an IKI's custom payload and computes its capaian with its indicator type. Every
 * regime scores IKIs through this function, so the rules are the same everywhere:
 *
 * 1. `iki.data`, when present and the type declares a `schema`, is parsed with that schema;
 *    a mismatch gives zod issues under `[...ctx.path, 'data', …]` (stage `DATA`) and the
 *    capaian function is not called.
 * 2. The type's `capaian` function runs. Its issues come back with stage `CAPAIAN`. An exception
 *    it throws becomes the issue `CAPAIAN_FAILED` at the IKI's path (bad data never crashes a
 *    batch), except the float backend's `Undecidable`, which the engine needs to see.
 * 3. UNCERTAIN readings the type reports through `ctx.usedReading` are named
 *    `<type id>.<reading>` (a name already starting with the type id is kept), so that a warning
 *    can say which indicator type the reading comes from.
 *
 * Never throws for bad input.
 *
 * @example
 * ```ts
 * const out = capaianIki(decimalCalculator, standarIndicator, {
 *   aspek: 'KUANTITAS', indikator: 'Dokumen', target: { jumlah: 10 }, realisasi: { jumlah: 11 },
 * }, { path: ['skp', 'rencanaHasilKerja', 0, 'indikator', 0], tracer: NO_TRACE });
 * // out.ok && out.capaian.toString() === '110'
 * ```
 */
export function capaianIki<T>(
  c: Calculator<T>,
  type: IndicatorType,
  iki: Iki,
  ctx: CapaianContext,
): IkiCapaianOutcome<T> {
  if (type.schema !== undefined && iki.data !== undefined) {
    const parsed = safeParseWith(type.schema, iki.data, [...ctx.path, 'data']);
    if (!parsed.success) return { ok: false, stage: 'DATA', issues: parsed.issues };
  }
  const report = ctx.usedReading;
  const inner: CapaianContext =
    report === undefined
      ? ctx
      : {
          path: ctx.path,
          tracer: ctx.tracer,
          usedReading: (name) =>
            report(name.startsWith(`${type.id}.`) ? name : `${type.id}.${name}`),
        };
  try {
    const out = type.capaian(c, iki, inner);
    return out.ok ? out : { ok: false, stage: 'CAPAIAN', issues: out.issues };
  } catch (e) {
    if (e instanceof Undecidable) throw e;
    const pesan = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      stage: 'CAPAIAN',
      issues: [INDICATOR_MESSAGES.issue('CAPAIAN_FAILED', ctx.path, { jenis: type.id, pesan })],
    };
  }
}
