import { floatArena } from '../arith/arena.js';
import { type Calculator, Undecidable } from '../arith/calculator.js';
import { decimalCalculator } from '../arith/decimal.js';
import { floatCalculator } from '../arith/float.js';
import type { Regime } from '../codes.js';
import type { IndicatorType } from '../indicators/types.js';
import { formatPath, type Warning } from '../issues/issue.js';
import { rememberPerObject } from '../memo.js';
import type { Appraisal } from '../model/appraisal.js';
import { scorePmk6Fused } from '../regimes/pmk6/fast.js';
import { pmk6Regime } from '../regimes/pmk6/index.js';
import { scorePp30Fast } from '../regimes/pp30/fast.js';
import { pp30Regime } from '../regimes/pp30/index.js';
import { scorePp46Fast } from '../regimes/pp46/fast.js';
import { pp46Regime } from '../regimes/pp46/index.js';
import { rulesetIssuesPp46 } from '../regimes/pp46/score.js';
import type { RegimeModule, RegimeOutcome, ScoreContext } from '../regimes/types.js';
import { NO_READINGS, NO_STEPS, NO_WARNINGS } from '../regimes/values.js';
import { builtinIndicatorTypes } from '../ruleset/registry.js';
import type { Pmk6Ruleset, Pp30Ruleset, Pp46Ruleset, Ruleset } from '../ruleset/types.js';
import { createTracer, NO_TRACE, type Tracer, type TraceStep } from '../trace/trace.js';

const REGIME_MODULES: { readonly [R in Regime]: RegimeModule<R> } = {
  PP46_2011: pp46Regime,
  PP30_2019: pp30Regime,
  PERMENPANRB_6_2022: pmk6Regime,
};

/** What one scoring run produced (before `evaluate` adds identity and ruleset data). */
export interface KernelResult {
  readonly outcome: RegimeOutcome;
  readonly steps: readonly TraceStep[];
  readonly warnings: readonly Warning[];
  /** UNCERTAIN parameters that decided something. */
  readonly readings: ReadonlySet<string>;
  /** `float` only when every decision was proven on the float fast path. */
  readonly backend: 'decimal' | 'float';
}

/** The context of one scoring run: one object, its collections created on first use. */
class KernelContext implements ScoreContext {
  warnings: Warning[] | undefined;
  readings: Set<string> | undefined;
  private seen: Set<string> | undefined;
  constructor(
    readonly tracer: Tracer,
    readonly indicatorTypes: ReadonlyMap<string, IndicatorType>,
  ) {}
  warn(w: Warning): void {
    const key = `${w.code}|${w.rule ?? ''}|${w.path ? formatPath(w.path) : ''}`;
    this.seen ??= new Set();
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (!this.warnings) this.warnings = [];
    this.warnings.push(w);
  }
  usedReading(name: string): void {
    if (!this.readings) this.readings = new Set();
    this.readings.add(name);
  }
}

function run<T>(
  c: Calculator<T>,
  a: Appraisal,
  rs: Ruleset,
  types: ReadonlyMap<string, IndicatorType>,
  tracing: boolean,
  backend: 'decimal' | 'float',
): KernelResult {
  const tracer = tracing ? createTracer(true) : NO_TRACE;
  const ctx = new KernelContext(tracer, types);
  const mod = REGIME_MODULES[rs.regime] as RegimeModule;
  const outcome = mod.score(c, a, rs as never, ctx);
  return {
    outcome,
    steps: tracer.steps,
    warnings: ctx.warnings ?? NO_WARNINGS,
    readings: ctx.readings ?? NO_READINGS,
    backend,
  };
}

/**
 * Caller-supplied indicator types get `floatCalculator`, whose values may be kept freely.
 * Remembered per map: the resolved types of a ruleset are one immutable map, asked on every call.
 */
const onlyBuiltinTypes = rememberPerObject((types: ReadonlyMap<string, IndicatorType>): boolean => {
  for (const [id, t] of types) if (builtinIndicatorTypes.get(id) !== t) return false;
  return true;
});

/** The result of a fused fast path: no trace steps, decided on doubles. */
function fused(
  outcome: RegimeOutcome,
  readings: ReadonlySet<string>,
  warnings: readonly Warning[],
): KernelResult {
  return { outcome, steps: NO_STEPS, warnings, readings, backend: 'float' };
}

function runFloat(
  a: Appraisal,
  rs: Ruleset,
  types: ReadonlyMap<string, IndicatorType>,
  rincian: boolean,
): KernelResult {
  // Fused fast paths for the common cases (each proven equal to its regime's scorer, or
  // returning undefined); custom indicator types only matter when there are IKIs to score.
  if (rs.regime === 'PERMENPANRB_6_2022') {
    // Built once per cell and ruleset, frozen.
    const cell = scorePmk6Fused(a, rs as Pmk6Ruleset);
    if (cell !== undefined) return cell;
  }
  if (onlyBuiltinTypes(types)) {
    if (rs.regime === 'PP46_2011' && rulesetIssuesPp46(rs as Pp46Ruleset).length === 0) {
      const fast = scorePp46Fast(a, rs as Pp46Ruleset, rincian);
      if (fast !== undefined) return fused(fast.outcome, fast.readings, NO_WARNINGS);
    }
    if (rs.regime === 'PP30_2019') {
      const fast = scorePp30Fast(a, rs as Pp30Ruleset, types, rincian);
      if (fast !== undefined) return fused(fast.outcome, fast.readings, fast.warnings);
    }
    return floatArena.scoped(() => run(floatArena.calculator, a, rs, types, false, 'float'));
  }
  return run(floatCalculator, a, rs, types, false, 'float');
}

/**
 * Scores a validated appraisal with its ruleset: on the float fast path when allowed (no
 * trace, backend `auto` or `float`), re-run on decimal.js whenever the fast path cannot prove
 * a decision (`Undecidable`), so the values always equal the decimal reference. Internal: the
 * kernel behind `evaluate`, also timed by `pnpm bench`. With `rincian` false a fused fast path
 * may leave the outcome's `rincian` out (the caller drops it in any case).
 */
export function scoreKernel(
  a: Appraisal,
  rs: Ruleset,
  types: ReadonlyMap<string, IndicatorType>,
  tracing: boolean,
  backend: 'auto' | 'decimal' | 'float',
  rincian = true,
): KernelResult {
  if (backend === 'float' || (backend === 'auto' && !tracing)) {
    try {
      return runFloat(a, rs, types, rincian);
    } catch (e) {
      if (!(e instanceof Undecidable)) throw e;
    }
  }
  return run(decimalCalculator, a, rs, types, tracing, 'decimal');
}
