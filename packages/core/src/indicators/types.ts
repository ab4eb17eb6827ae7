import type { z } from 'zod';
import type { Calculator } from '../arith/calculator.js';
import type { Text } from '../i18n/text.js';
import type { Issue, Path } from '../issues/issue.js';
import type { Iki } from '../model/skp.js';
import type { LegalRef } from '../ruleset/legal.js';
import type { Tracer, TraceValue } from '../trace/trace.js';

/** What a capaian function receives besides the IKI. */
export interface CapaianContext {
  readonly path: Path;
  readonly tracer: Tracer;
  /** Reports that an UNCERTAIN reading of the indicator type decided the capaian. */
  usedReading?(name: string): void;
}

/** A capaian (percent, exact) or the issues explaining why it cannot be computed. */
export type CapaianOutcome<T> =
  | { readonly ok: true; readonly capaian: T; readonly explanation?: Text }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * An indicator type: a plain object with an id, a schema for its custom payload (`iki.data`)
 * and its capaian function (percent of target achieved). Agencies register their own types
 * through {@link extendRuleset} without forking the library.
 *
 * @example
 * ```ts
 * const kepuasan: IndicatorType = {
 *   id: 'jambi.ikm',
 *   label: { id: 'Indeks kepuasan masyarakat', en: 'Citizen satisfaction index' },
 *   ref: { regulation: 'Perwali Jambi (contoh)', status: 'UNCERTAIN' },
 *   capaian: (c, iki) => ({ ok: true, capaian: c.mul(c.div(c.from(iki.realisasi!.jumlah), c.from(4)), c.from(100)) }),
 * };
 * ```
 */
export interface IndicatorType<P = unknown> {
  readonly id: string;
  readonly label: Text;
  readonly ref: LegalRef;
  /** Validates `iki.data` when present. */
  readonly schema?: z.ZodType<P>;
  /**
   * The UNCERTAIN readings this type may report through `ctx.usedReading`, by full name
   * (`<id>.<reading>`): the value it applies and whether that is the type's default. Warnings
   * quote the value and name the type as the source of the reading.
   */
  readonly readings?: Readonly<
    Record<string, { readonly value: TraceValue; readonly isDefault: boolean }>
  >;
  capaian<T>(c: Calculator<T>, iki: Iki, ctx: CapaianContext): CapaianOutcome<T>;
}
