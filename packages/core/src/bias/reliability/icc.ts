import { fQuantile, fSf } from '../distributions/dist.js';

/** The six Shrout–Fleiss (1979) forms. */
export type IccForm = 'ICC1' | 'ICC2' | 'ICC3' | 'ICC1k' | 'ICC2k' | 'ICC3k';

/** One ICC form with its F test and confidence interval. */
export interface IccEstimate {
  readonly form: IccForm;
  /** Shrout–Fleiss notation, e.g. `ICC(2,1)`. */
  readonly shroutFleiss: string;
  /** McGraw–Wong name, e.g. `ICC(A,1)`. */
  readonly mcGrawWong: string;
  readonly value: number;
  readonly f: number;
  readonly df1: number;
  readonly df2: number;
  readonly p: number;
  readonly ciLower: number;
  readonly ciUpper: number;
}

/** Result of {@link icc}. */
export interface IccResult {
  readonly ok: true;
  readonly n: number;
  readonly k: number;
  readonly bms: number;
  readonly wms: number;
  readonly jms: number;
  readonly ems: number;
  /** Satterthwaite df of the ICC(2,·) interval. */
  readonly satterthwaiteDf: number;
  readonly confidence: number;
  readonly estimates: readonly IccEstimate[];
}

/** Why an ICC could not be computed. */
export interface IccFailure {
  readonly ok: false;
  readonly reason:
    | 'NOT_RECTANGULAR'
    | 'TOO_FEW_TARGETS'
    | 'TOO_FEW_JUDGES'
    | 'NOT_FINITE'
    | 'NO_VARIANCE';
}

/**
 * Intraclass correlations of an n targets × k judges matrix (complete data), all six
 * Shrout & Fleiss (1979) forms with F tests and confidence intervals (the Satterthwaite interval
 * for ICC(2,·)), as psych::ICC and pingouin. Returns `{ ok: false, reason }` for unusable input.
 *
 * @example
 * ```ts
 * const r = icc([[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]);
 * if (r.ok) r.estimates.find((e) => e.form === 'ICC2')?.value; // ≈ 0.2898
 * ```
 */
export function icc(
  ratings: readonly (readonly number[])[],
  opts: { confidence?: number } = {},
): IccResult | IccFailure {
  const confidence = opts.confidence ?? 0.95;
  const n = ratings.length;
  if (n < 2) return { ok: false, reason: 'TOO_FEW_TARGETS' };
  const k = ratings[0]?.length ?? 0;
  if (ratings.some((r) => r.length !== k)) return { ok: false, reason: 'NOT_RECTANGULAR' };
  if (k < 2) return { ok: false, reason: 'TOO_FEW_JUDGES' };
  if (ratings.some((r) => r.some((x) => !Number.isFinite(x)))) {
    return { ok: false, reason: 'NOT_FINITE' };
  }
  let grand = 0;
  for (const r of ratings) for (const x of r) grand += x;
  grand /= n * k;
  const rowMeans = ratings.map((r) => r.reduce((s, x) => s + x, 0) / k);
  const colMeans = Array.from({ length: k }, (_, j) => {
    let s = 0;
    for (const r of ratings) s += r[j] as number;
    return s / n;
  });
  let sst = 0;
  for (const r of ratings) for (const x of r) sst += (x - grand) * (x - grand);
  let ssr = 0;
  for (const m of rowMeans) ssr += k * (m - grand) * (m - grand);
  let ssc = 0;
  for (const m of colMeans) ssc += n * (m - grand) * (m - grand);
  const sse = sst - ssr - ssc;
  const ssw = sst - ssr;
  const bms = ssr / (n - 1);
  const wms = ssw / (n * (k - 1));
  const jms = ssc / (k - 1);
  const ems = sse / ((n - 1) * (k - 1));
  if (bms === 0) return { ok: false, reason: 'NO_VARIANCE' };
  const a = 1 - confidence;
  const q = 1 - a / 2;

  // Form 1 (one-way).
  const df1 = n - 1;
  const df2w = n * (k - 1);
  const f1 = bms / wms;
  const icc1 = (bms - wms) / (bms + (k - 1) * wms);
  const icc1k = (bms - wms) / bms;
  const fl1 = f1 / fQuantile(q, df1, df2w);
  const fu1 = f1 * fQuantile(q, df2w, df1);

  // Forms 2 and 3 (two-way).
  const df2e = (n - 1) * (k - 1);
  const f3 = bms / ems;
  const icc3 = (bms - ems) / (bms + (k - 1) * ems);
  const icc3k = (bms - ems) / bms;
  const fl3 = f3 / fQuantile(q, df1, df2e);
  const fu3 = f3 * fQuantile(q, df2e, df1);
  const icc2 = (bms - ems) / (bms + (k - 1) * ems + (k * (jms - ems)) / n);
  const icc2k = (bms - ems) / (bms + (jms - ems) / n);

  // Satterthwaite interval for ICC(2,1).
  const fj = jms / ems;
  const rho = icc2;
  const c1 = n * (1 + (k - 1) * rho) - k * rho;
  const v =
    ((k - 1) * (n - 1) * (k * rho * fj + c1) ** 2) /
    ((n - 1) * k * k * rho * rho * fj * fj + c1 * c1);
  const fs = fQuantile(q, n - 1, v);
  const fss = fQuantile(q, v, n - 1);
  const l2 = (n * (bms - fs * ems)) / (fs * (k * jms + (k * n - k - n) * ems) + n * bms);
  const u2 = (n * (fss * bms - ems)) / (k * jms + (k * n - k - n) * ems + n * fss * bms);
  const sb = (x: number) => (k * x) / (1 + (k - 1) * x);

  const p1 = fSf(f1, df1, df2w);
  const p3 = fSf(f3, df1, df2e);
  const est = (
    form: IccForm,
    shroutFleiss: string,
    mcGrawWong: string,
    value: number,
    f: number,
    d2: number,
    p: number,
    lo: number,
    hi: number,
  ): IccEstimate => ({
    form,
    shroutFleiss,
    mcGrawWong,
    value,
    f,
    df1,
    df2: d2,
    p,
    ciLower: lo,
    ciUpper: hi,
  });
  const estimates = [
    est(
      'ICC1',
      'ICC(1,1)',
      'ICC(1)',
      icc1,
      f1,
      df2w,
      p1,
      (fl1 - 1) / (fl1 + k - 1),
      (fu1 - 1) / (fu1 + k - 1),
    ),
    est('ICC2', 'ICC(2,1)', 'ICC(A,1)', icc2, f3, df2e, p3, l2, u2),
    est(
      'ICC3',
      'ICC(3,1)',
      'ICC(C,1)',
      icc3,
      f3,
      df2e,
      p3,
      (fl3 - 1) / (fl3 + k - 1),
      (fu3 - 1) / (fu3 + k - 1),
    ),
    est('ICC1k', `ICC(1,${k})`, 'ICC(k)', icc1k, f1, df2w, p1, 1 - 1 / fl1, 1 - 1 / fu1),
    est('ICC2k', `ICC(2,${k})`, 'ICC(A,k)', icc2k, f3, df2e, p3, sb(l2), sb(u2)),
    est('ICC3k', `ICC(3,${k})`, 'ICC(C,k)', icc3k, f3, df2e, p3, 1 - 1 / fl3, 1 - 1 / fu3),
  ];
  if (estimates.some((e) => !Number.isFinite(e.value))) return { ok: false, reason: 'NOT_FINITE' };
  return { ok: true, n, k, bms, wms, jms, ems, satterthwaiteDf: v, confidence, estimates };
}
