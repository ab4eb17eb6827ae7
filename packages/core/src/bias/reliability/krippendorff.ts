/** Levels of measurement of Krippendorff's α. */
export type AlphaLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** A coded value: a number, or a category label (nominal only). `null`/`undefined` = missing. */
export type AlphaValue = number | string | null | undefined;

/** Result of {@link krippendorffAlpha}. */
export interface AlphaResult {
  readonly level: AlphaLevel;
  /** α; NaN when undefined (see `reason`). */
  readonly alpha: number;
  /** Why α is undefined, when it is. */
  readonly reason?:
    | 'NO_PAIRABLE_VALUES'
    | 'NO_VARIATION'
    | 'NON_NUMERIC_VALUE'
    | 'VALUE_NOT_IN_SCALE';
  /** Number of pairable values n (values in units with at least two values). */
  readonly pairable: number;
  /** Units with at least two values. */
  readonly units: number;
  /** The distinct values (numbers ascending, labels in first-seen order) and their marginals n_c. */
  readonly values: readonly (number | string)[];
  readonly marginals: readonly number[];
  readonly observedDisagreement: number;
  readonly expectedDisagreement: number;
}

/**
 * Krippendorff's α for a coders × units matrix with missing values allowed (Krippendorff
 * 2011, "Computing Krippendorff's Alpha-Reliability"), via the coincidence matrix:
 * α = 1 − (n − 1)·Σ o_ck δ²_ck / Σ n_c n_k δ²_ck. The ordinal δ² uses the marginals
 * (Σ_{g=c..k} n_g − (n_c + n_k)/2)². Undefined cases give α = NaN and a `reason`.
 * Rows are coders, columns are units. `opts.scale` declares the ordered values (e.g. labels
 * `['KURANG', 'CUKUP', 'BAIK']` for ordinal data); a value outside it gives VALUE_NOT_IN_SCALE.
 *
 * @example
 * ```ts
 * const _ = null;
 * krippendorffAlpha([
 *   [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
 *   [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
 *   [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
 * ], 'nominal').alpha; // ≈ 0.691358
 * ```
 */
export function krippendorffAlpha(
  data: readonly (readonly AlphaValue[])[],
  level: AlphaLevel = 'interval',
  opts: { scale?: readonly (number | string)[] } = {},
): AlphaResult {
  const nUnits = Math.max(0, ...data.map((r) => r.length));
  const declared = opts.scale;
  // Ordinal ranks only need an order, so declared labels are fine; interval/ratio need numbers.
  const numeric = level === 'interval' || level === 'ratio' || (level === 'ordinal' && !declared);
  const inScale = declared ? new Set(declared.map((v) => `${typeof v}:${v}`)) : undefined;
  let outside = false;
  const units: (number | string)[][] = [];
  let nonNumeric = false;
  for (let u = 0; u < nUnits; u++) {
    const vs: (number | string)[] = [];
    for (const row of data) {
      const v = row[u];
      if (v === null || v === undefined) continue;
      if (typeof v === 'number' && Number.isNaN(v)) continue;
      if (numeric && (typeof v !== 'number' || !Number.isFinite(v))) nonNumeric = true;
      if (inScale && !inScale.has(`${typeof v}:${v}`)) outside = true;
      vs.push(v);
    }
    if (vs.length >= 2) units.push(vs);
  }
  const base = { level, units: units.length };
  if (nonNumeric || outside) {
    return {
      ...base,
      alpha: Number.NaN,
      reason: nonNumeric ? 'NON_NUMERIC_VALUE' : 'VALUE_NOT_IN_SCALE',
      pairable: 0,
      values: [],
      marginals: [],
      observedDisagreement: Number.NaN,
      expectedDisagreement: Number.NaN,
    };
  }
  // Distinct values: numbers ascending; labels (nominal) in first-seen order.
  const seen = new Map<string, number | string>();
  for (const vs of units) for (const v of vs) seen.set(`${typeof v}:${v}`, v);
  let values = [...seen.values()];
  if (declared) {
    // Declared order (only the values that occur carry marginals; unused ones add nothing).
    const present = new Set(values.map((v) => `${typeof v}:${v}`));
    values = declared.filter((v) => present.has(`${typeof v}:${v}`));
  } else if (values.every((v) => typeof v === 'number')) {
    (values as number[]).sort((a, b) => a - b);
  }
  const index = new Map(values.map((v, i) => [`${typeof v}:${v}`, i]));
  const V = values.length;
  const o = Array.from({ length: V }, () => new Array<number>(V).fill(0));
  for (const vs of units) {
    const m = vs.length;
    const counts = new Map<number, number>();
    for (const v of vs) {
      const i = index.get(`${typeof v}:${v}`) as number;
      counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) {
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        const row = o[c] as number[];
        row[k] = (row[k] as number) + pairs / (m - 1);
      }
    }
  }
  const marginals = o.map((r) => r.reduce((s, x) => s + x, 0));
  const n = marginals.reduce((s, x) => s + x, 0);
  const delta2 = (c: number, k: number): number => {
    if (c === k) return 0;
    switch (level) {
      case 'nominal':
        return 1;
      case 'ordinal': {
        const lo = Math.min(c, k);
        const hi = Math.max(c, k);
        let s = 0;
        for (let g = lo; g <= hi; g++) s += marginals[g] as number;
        s -= ((marginals[c] as number) + (marginals[k] as number)) / 2;
        return s * s;
      }
      case 'interval': {
        const d = (values[c] as number) - (values[k] as number);
        return d * d;
      }
      case 'ratio': {
        const a = values[c] as number;
        const b = values[k] as number;
        return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
      }
    }
  };
  let dObs = 0;
  let dExp = 0;
  for (let c = 0; c < V; c++) {
    for (let k = 0; k < V; k++) {
      const d = delta2(c, k);
      if (d === 0) continue;
      dObs += ((o[c] as number[])[k] as number) * d;
      dExp += (marginals[c] as number) * (marginals[k] as number) * d;
    }
  }
  const common = {
    ...base,
    pairable: n,
    values,
    marginals,
    observedDisagreement: n > 0 ? dObs / n : Number.NaN,
    expectedDisagreement: n > 1 ? dExp / (n * (n - 1)) : Number.NaN,
  };
  if (n === 0) return { ...common, alpha: Number.NaN, reason: 'NO_PAIRABLE_VALUES' };
  if (dExp === 0) return { ...common, alpha: Number.NaN, reason: 'NO_VARIATION' };
  return { ...common, alpha: 1 - ((n - 1) * dObs) / dExp };
}
