import type { Text } from '../i18n/text.js';
import { kindOf, type LegalRef, type RuleKind } from '../ruleset/legal.js';

/** A JSON value as recorded in a trace. Decimals are recorded as exact strings. */
export type TraceValue =
  | string
  | number
  | boolean
  | null
  | readonly TraceValue[]
  | { readonly [k: string]: TraceValue };

/**
 * One step of a computation: the rule, its legal reference and status, whether it quotes the
 * law or is a configurable reading, its inputs and its output.
 */
export interface TraceStep {
  /** Stable rule id, e.g. `pp46.capaian.waktu`. */
  readonly rule: string;
  readonly title: Text;
  readonly ref: LegalRef;
  readonly kind: RuleKind;
  /** Where in the input the step applies, e.g. `skp.rencanaHasilKerja[0].indikator[2]`. */
  readonly path?: string;
  readonly inputs: { readonly [k: string]: TraceValue };
  readonly output: TraceValue;
  /** Explanation in both languages (the formula with the numbers filled in). */
  readonly explanation?: Text;
  /** The ruleset parameter that decided the step, when it is a configurable reading. */
  readonly parameter?: {
    readonly name: string;
    readonly value: TraceValue;
    readonly isDefault: boolean;
  };
}

/** Collects trace steps; a disabled tracer records nothing (fast batch mode). */
export interface Tracer {
  readonly enabled: boolean;
  step(s: Omit<TraceStep, 'kind'> & { kind?: RuleKind }): void;
  readonly steps: readonly TraceStep[];
}

/** Creates a tracer. */
export function createTracer(enabled = true): Tracer {
  const steps: TraceStep[] = [];
  return {
    enabled,
    steps,
    step(s) {
      if (!enabled) return;
      steps.push({ ...s, kind: s.kind ?? kindOf(s.ref) });
    },
  };
}

/** A tracer that records nothing. */
export const NO_TRACE: Tracer = createTracer(false);
