import type { Calculator } from '../arith/calculator.js';
import { defineMessages, type Issue, type Path } from '../issues/issue.js';

export const WEIGHT_MESSAGES = defineMessages({
  WEIGHTS_NOT_100: {
    id: (p: { total: number; what: string }) =>
      `Jumlah bobot ${p.what} harus tepat 100% (10000 basis poin), diterima ${p.total / 100}%`,
    en: (p: { total: number; what: string }) =>
      `${p.what} weights must sum to exactly 100% (10000 basis points), got ${p.total / 100}%`,
  },
  WEIGHTS_PARTIAL: {
    id: (p: { what: string }) => `Bobot ${p.what} harus diisi untuk semua atau tidak sama sekali`,
    en: (p: { what: string }) => `${p.what} weights must be given for all items or none`,
  },
  WEIGHTS_ALL_MISSING: {
    id: (p: { what: string }) => `Tidak ada komponen ${p.what} berbobot yang tersedia`,
    en: (p: { what: string }) => `No weighted ${p.what} component is present`,
  },
});

/**
 * Validates that weights (integer basis points) sum to exactly 10000.
 *
 * @example
 * ```ts
 * validateWeights([6000, 4000], 'SKP/perilaku', ['bobot']); // []
 * ```
 */
export function validateWeights(weights: readonly number[], what: string, path: Path): Issue[] {
  let total = 0;
  for (const w of weights) total += w;
  return total === 10000 ? [] : [WEIGHT_MESSAGES.issue('WEIGHTS_NOT_100', path, { total, what })];
}

/** Result of {@link renormalize}: the weights actually used (basis points of the present components). */
export interface UsedWeights<K extends string> {
  /** Original basis points of each present component with weight > 0. */
  readonly used: Readonly<Partial<Record<K, number>>>;
  /** Sum of the used basis points (the re-normalisation denominator). */
  readonly total: number;
  /** Components excluded because they were missing (never counted as zero). */
  readonly excluded: readonly K[];
}

/**
 * Keeps the weights of the components that are present and re-normalises over them.
 * A missing component is excluded, never counted as zero.
 *
 * @example
 * ```ts
 * renormalize({ ATASAN: 6000, REKAN_KERJA: 4000 }, ['ATASAN']);
 * // { used: { ATASAN: 6000 }, total: 6000, excluded: ['REKAN_KERJA'] }
 * ```
 */
export function renormalize<K extends string>(
  weights: Readonly<Partial<Record<K, number>>>,
  present: readonly K[],
): UsedWeights<K> {
  const used: Partial<Record<K, number>> = {};
  const excluded: K[] = [];
  let total = 0;
  const presentSet = new Set(present);
  for (const k of Object.keys(weights).sort() as K[]) {
    const w = weights[k] ?? 0;
    if (w <= 0) continue;
    if (presentSet.has(k)) {
      used[k] = w;
      total += w;
    } else excluded.push(k);
  }
  return { used, total, excluded };
}

/** Exact weighted mean `Σ w·x / Σ w` over the used weights. */
export function weightedMean<T, K extends string>(
  c: Calculator<T>,
  values: Readonly<Partial<Record<K, T>>>,
  w: UsedWeights<K>,
): T {
  let acc = c.from(0);
  for (const k of Object.keys(w.used).sort() as K[]) {
    const x = values[k];
    const wk = w.used[k];
    if (x === undefined || wk === undefined) continue;
    acc = c.add(acc, c.mul(x, c.from(wk)));
  }
  return c.div(acc, c.from(w.total));
}
