import { type EvaluateOptions, type EvaluationResult, evaluate } from './evaluate.js';

/** A batch result: the evaluation and the 0-based position of its input. */
export type BatchResult = EvaluationResult & { readonly index: number };

function isAsync(x: unknown): x is AsyncIterable<unknown> {
  return x !== null && typeof x === 'object' && Symbol.asyncIterator in x;
}

function* syncBatch(items: Iterable<unknown>, opts: EvaluateOptions): Generator<BatchResult> {
  let index = 0;
  for (const item of items) yield { ...evaluate(item, opts), index: index++ };
}

async function* asyncBatch(
  items: AsyncIterable<unknown>,
  opts: EvaluateOptions,
): AsyncGenerator<BatchResult> {
  let index = 0;
  for await (const item of items) yield { ...evaluate(item, opts), index: index++ };
}

/**
 * Evaluates appraisals one by one from an iterable or an async iterable (a stream of parsed
 * rows), yielding each result as soon as it is computed: memory stays constant whatever the
 * batch size. Each result depends only on its own input, so the output does not depend on
 * the order of the input. Tracing is off by default in batches (pass `trace: true`).
 *
 * @example
 * ```ts
 * for (const r of evaluateMany(rows)) {
 *   if (r.ok) console.log(r.nip, r.predikat?.code);
 *   else console.error(r.index, r.issues);
 * }
 * ```
 */
export function evaluateMany(
  items: Iterable<unknown>,
  opts?: EvaluateOptions,
): Generator<BatchResult>;
export function evaluateMany(
  items: AsyncIterable<unknown>,
  opts?: EvaluateOptions,
): AsyncGenerator<BatchResult>;
export function evaluateMany(
  items: Iterable<unknown> | AsyncIterable<unknown>,
  opts: EvaluateOptions = {},
): Generator<BatchResult> | AsyncGenerator<BatchResult> {
  const o: EvaluateOptions = { ...opts, trace: opts.trace ?? false };
  return isAsync(items) ? asyncBatch(items, o) : syncBatch(items as Iterable<unknown>, o);
}

/** Running counts of a batch; `total === accepted + rejected` always holds. */
export interface BatchSummary {
  total: number;
  accepted: number;
  rejected: number;
  /** Counts per predikat code, and per unit kerja then predikat. */
  byPredikat: Record<string, number>;
  byUnit: Record<string, Record<string, number>>;
  /** Results computed on the float fast path vs the decimal fallback. */
  byBackend: { decimal: number; float: number };
}

/**
 * Creates a summary accumulator for {@link evaluateMany} output.
 *
 * @example
 * ```ts
 * const s = createBatchSummary();
 * for (const r of evaluateMany(rows)) addToSummary(s, r);
 * s.total === s.accepted + s.rejected; // true
 * ```
 */
export function createBatchSummary(): BatchSummary {
  return {
    total: 0,
    accepted: 0,
    rejected: 0,
    byPredikat: Object.create(null) as Record<string, number>,
    byUnit: Object.create(null) as Record<string, Record<string, number>>,
    byBackend: { decimal: 0, float: 0 },
  };
}

/** Adds one result to a summary. */
export function addToSummary(s: BatchSummary, r: EvaluationResult): BatchSummary {
  s.total++;
  s.byBackend[r.backend]++;
  if (!r.ok || !r.predikat) {
    s.rejected++;
    return s;
  }
  s.accepted++;
  const code = r.predikat.code;
  s.byPredikat[code] = (s.byPredikat[code] ?? 0) + 1;
  const unit = r.unitKerja ?? '(tanpa unit)';
  let u = s.byUnit[unit];
  if (!u) {
    u = Object.create(null) as Record<string, number>;
    s.byUnit[unit] = u;
  }
  u[code] = (u[code] ?? 0) + 1;
  return s;
}
