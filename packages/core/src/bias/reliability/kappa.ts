import { normalQuantile, normalSf } from '../distributions/dist.js';

/** Agreement weights of Cohen's κ. */
export type KappaWeights = 'unweighted' | 'linear' | 'quadratic';

/** Result of Cohen's κ. */
export interface CohenKappaResult {
  readonly ok: true;
  readonly weights: KappaWeights;
  readonly n: number;
  /** Categories of the declared scale, in order (the table's rows and columns). */
  readonly categories: readonly (string | number)[];
  readonly kappa: number;
  readonly observedAgreement: number;
  readonly expectedAgreement: number;
  /** Asymptotic standard error (Fleiss, Cohen & Everitt 1969). */
  readonly ase: number;
  readonly ciLower: number;
  readonly ciUpper: number;
  /** Standard error under H0: κ = 0, its z and two-sided p. */
  readonly ase0: number;
  readonly z: number;
  readonly p: number;
  /** Landis & Koch (1977) label. */
  readonly landisKoch: LandisKoch;
}

/** Landis & Koch (1977) benchmark labels. */
export type LandisKoch =
  | 'POOR'
  | 'SLIGHT'
  | 'FAIR'
  | 'MODERATE'
  | 'SUBSTANTIAL'
  | 'ALMOST_PERFECT'
  | 'UNDEFINED';

/** Why κ could not be computed. */
export interface KappaFailure {
  readonly ok: false;
  readonly reason:
    | 'EMPTY'
    | 'NOT_SQUARE'
    | 'LENGTH_MISMATCH'
    | 'VALUE_NOT_IN_SCALE'
    | 'TOO_FEW_CATEGORIES'
    | 'NEGATIVE_COUNT'
    | 'NO_VARIATION';
  /** For VALUE_NOT_IN_SCALE: the position of the first bad pair. */
  readonly index?: number;
}

/**
 * Landis & Koch (1977) label of a κ value: ≤ 0 poor, to .20 slight, .40 fair, .60 moderate,
 * .80 substantial, above almost perfect.
 *
 * @example
 * ```ts
 * landisKoch(0.48); // 'MODERATE'
 * ```
 */
export function landisKoch(k: number): LandisKoch {
  if (Number.isNaN(k)) return 'UNDEFINED';
  if (k <= 0) return 'POOR';
  if (k <= 0.2) return 'SLIGHT';
  if (k <= 0.4) return 'FAIR';
  if (k <= 0.6) return 'MODERATE';
  if (k <= 0.8) return 'SUBSTANTIAL';
  return 'ALMOST_PERFECT';
}

function agreementWeight(i: number, j: number, k: number, w: KappaWeights): number {
  if (w === 'unweighted') return i === j ? 1 : 0;
  const d = Math.abs(i - j) / (k - 1);
  return w === 'linear' ? 1 - d : 1 - d * d;
}

/**
 * Cohen's κ from a k × k contingency table (rows: rater A, columns: rater B, both in the
 * order of the declared scale), unweighted or with linear/quadratic agreement weights, with
 * the asymptotic SE, a normal CI and the z test of κ = 0 (Fleiss, Cohen & Everitt 1969).
 *
 * @example
 * ```ts
 * const r = cohenKappaTable([[0, 4, 1], [0, 8, 0], [0, 1, 5]]);
 * if (r.ok) r.kappa; // ≈ 0.4842 (SAS / statsmodels)
 * ```
 */
export function cohenKappaTable(
  table: readonly (readonly number[])[],
  opts: {
    weights?: KappaWeights;
    confidence?: number;
    categories?: readonly (string | number)[];
  } = {},
): CohenKappaResult | KappaFailure {
  const weights = opts.weights ?? 'unweighted';
  const k = table.length;
  if (k === 0) return { ok: false, reason: 'EMPTY' };
  if (table.some((r) => r.length !== k)) return { ok: false, reason: 'NOT_SQUARE' };
  if (k < 2) return { ok: false, reason: 'TOO_FEW_CATEGORIES' };
  if (table.some((r) => r.some((x) => !(x >= 0) || !Number.isFinite(x)))) {
    return { ok: false, reason: 'NEGATIVE_COUNT' };
  }
  let n = 0;
  for (const r of table) for (const x of r) n += x;
  if (n === 0) return { ok: false, reason: 'EMPTY' };
  const p = table.map((r) => r.map((x) => x / n));
  const rows = p.map((r) => r.reduce((s, x) => s + x, 0));
  const cols = Array.from({ length: k }, (_, j) => p.reduce((s, r) => s + (r[j] as number), 0));
  const w = (i: number, j: number) => agreementWeight(i, j, k, weights);
  let po = 0;
  let pe = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      po += w(i, j) * ((p[i] as number[])[j] as number);
      pe += w(i, j) * (rows[i] as number) * (cols[j] as number);
    }
  }
  if (pe >= 1) return { ok: false, reason: 'NO_VARIATION' };
  const kappa = (po - pe) / (1 - pe);
  const wRow = Array.from({ length: k }, (_, i) => {
    let s = 0;
    for (let j = 0; j < k; j++) s += (cols[j] as number) * w(i, j);
    return s;
  });
  const wCol = Array.from({ length: k }, (_, j) => {
    let s = 0;
    for (let i = 0; i < k; i++) s += (rows[i] as number) * w(i, j);
    return s;
  });
  let a = 0;
  let a0 = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const wi = (wRow[i] as number) + (wCol[j] as number);
      a += ((p[i] as number[])[j] as number) * (w(i, j) - wi * (1 - kappa)) ** 2;
      a0 += (rows[i] as number) * (cols[j] as number) * (w(i, j) - wi) ** 2;
    }
  }
  const denom = n * (1 - pe) * (1 - pe);
  const ase = Math.sqrt(Math.max(0, (a - (kappa - pe * (1 - kappa)) ** 2) / denom));
  const ase0 = Math.sqrt(Math.max(0, (a0 - pe * pe) / denom));
  const zq = normalQuantile(1 - (1 - (opts.confidence ?? 0.95)) / 2);
  const z = ase0 > 0 ? kappa / ase0 : Number.NaN;
  return {
    ok: true,
    weights,
    n,
    categories: opts.categories ?? Array.from({ length: k }, (_, i) => i + 1),
    kappa,
    observedAgreement: po,
    expectedAgreement: pe,
    ase,
    ciLower: kappa - zq * ase,
    ciUpper: kappa + zq * ase,
    ase0,
    z,
    p: Number.isNaN(z) ? Number.NaN : Math.min(1, 2 * normalSf(Math.abs(z))),
    landisKoch: landisKoch(kappa),
  };
}

/**
 * Cohen's κ for two raters' ratings of the same subjects. The categories come from the
 * DECLARED scale (in order), never from the data, so an unused category still counts in the
 * weights (R `irr::kappa2` silently drops unused levels). A value outside the scale is a
 * failure, not a silent drop.
 *
 * @example
 * ```ts
 * const r = cohenKappa([1, 2, 3, 3], [1, 2, 2, 3], { categories: [1, 2, 3, 4], weights: 'linear' });
 * if (r.ok) r.kappa; // weights use the 4-point scale even though 4 is unused
 * ```
 */
export function cohenKappa<C extends string | number>(
  a: readonly C[],
  b: readonly C[],
  opts: { categories: readonly C[]; weights?: KappaWeights; confidence?: number },
): CohenKappaResult | KappaFailure {
  if (a.length !== b.length) return { ok: false, reason: 'LENGTH_MISMATCH' };
  if (a.length === 0) return { ok: false, reason: 'EMPTY' };
  const k = opts.categories.length;
  const pos = new Map<C, number>(opts.categories.map((c, i) => [c, i]));
  const table = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < a.length; i++) {
    const x = pos.get(a[i] as C);
    const y = pos.get(b[i] as C);
    if (x === undefined || y === undefined)
      return { ok: false, reason: 'VALUE_NOT_IN_SCALE', index: i };
    const row = table[x] as number[];
    row[y] = (row[y] as number) + 1;
  }
  return cohenKappaTable(table, { ...opts, categories: opts.categories });
}

/** Result of Fleiss' κ. */
export interface FleissKappaResult {
  readonly ok: true;
  readonly subjects: number;
  readonly raters: number;
  readonly kappa: number;
  /** Category proportions p_j. */
  readonly p: readonly number[];
  /** Per-subject agreement P_i. */
  readonly perSubject: readonly number[];
  readonly meanAgreement: number;
  readonly expectedAgreement: number;
  /** SE under H0 (Fleiss, Nee & Landis 1979), z and two-sided p (as irr::kappam.fleiss). */
  readonly se0: number;
  readonly z: number;
  readonly pValue: number;
  readonly landisKoch: LandisKoch;
  /** Category-wise κ_j = 1 − Σ_i n_ij(n − n_ij) / (N·n(n−1)·p_j q_j) (NaN for an unused category). */
  readonly perCategory: readonly number[];
}

/**
 * Fleiss' κ from an N subjects × k categories table of counts n_ij; every subject must have
 * the same number of ratings n (for unequal n use Krippendorff's α, nominal).
 *
 * @example
 * ```ts
 * const r = fleissKappa([[0,0,0,0,14],[0,2,6,4,2],[0,0,3,5,6],[0,3,9,2,0],[2,2,8,1,1],
 *   [7,7,0,0,0],[3,2,6,3,0],[2,5,3,2,2],[6,5,2,1,0],[0,2,2,3,7]]);
 * if (r.ok) r.kappa; // 0.2099307044
 * ```
 */
export function fleissKappa(counts: readonly (readonly number[])[]):
  | FleissKappaResult
  | {
      ok: false;
      reason: 'EMPTY' | 'UNEQUAL_RATERS' | 'TOO_FEW_RATERS' | 'NEGATIVE_COUNT' | 'NO_VARIATION';
    } {
  const N = counts.length;
  if (N === 0) return { ok: false, reason: 'EMPTY' };
  const k = counts[0]?.length ?? 0;
  if (k === 0 || counts.some((r) => r.length !== k)) return { ok: false, reason: 'UNEQUAL_RATERS' };
  if (counts.some((r) => r.some((x) => !Number.isInteger(x) || x < 0))) {
    return { ok: false, reason: 'NEGATIVE_COUNT' };
  }
  const n = (counts[0] as readonly number[]).reduce((s, x) => s + x, 0);
  if (counts.some((r) => r.reduce((s, x) => s + x, 0) !== n)) {
    return { ok: false, reason: 'UNEQUAL_RATERS' };
  }
  if (n < 2) return { ok: false, reason: 'TOO_FEW_RATERS' };
  const p = Array.from(
    { length: k },
    (_, j) => counts.reduce((s, r) => s + (r[j] as number), 0) / (N * n),
  );
  const perSubject = counts.map((r) => (r.reduce((s, x) => s + x * x, 0) - n) / (n * (n - 1)));
  const meanAgreement = perSubject.reduce((s, x) => s + x, 0) / N;
  const expectedAgreement = p.reduce((s, x) => s + x * x, 0);
  if (expectedAgreement >= 1) return { ok: false, reason: 'NO_VARIATION' };
  const kappa = (meanAgreement - expectedAgreement) / (1 - expectedAgreement);
  const pq = p.reduce((s, x) => s + x * (1 - x), 0);
  const pqq = p.reduce((s, x) => s + x * (1 - x) * (1 - 2 * x), 0);
  const se0 = (Math.SQRT2 / (pq * Math.sqrt(N * n * (n - 1)))) * Math.sqrt(pq * pq - pqq);
  const z = kappa / se0;
  return {
    ok: true,
    subjects: N,
    raters: n,
    kappa,
    p,
    perSubject,
    meanAgreement,
    expectedAgreement,
    se0,
    z,
    pValue: Math.min(1, 2 * normalSf(Math.abs(z))),
    landisKoch: landisKoch(kappa),
    perCategory: p.map((pj, j) => {
      const d = N * n * (n - 1) * pj * (1 - pj);
      if (d === 0) return Number.NaN;
      const s = counts.reduce((acc, r) => acc + (r[j] as number) * (n - (r[j] as number)), 0);
      return 1 - s / d;
    }),
  };
}
