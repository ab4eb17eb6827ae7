import { mad, median, quantile7 } from '../stats.js';

/** One value's robust-outlier diagnostics. */
export interface OutlierItem {
  readonly id: string;
  readonly value: number;
  /** Iglewicz–Hoaglin modified z = 0.6745·(x − median)/MAD; null when MAD = 0. */
  readonly modifiedZ: number | null;
  readonly modifiedZOutlier: boolean;
  /** Outside the Tukey fences Q1 − 1.5·IQR, Q3 + 1.5·IQR (type 7 quantiles). */
  readonly tukeyOutlier: boolean;
}

/** Result of {@link robustOutliers}. */
export interface OutlierResult {
  readonly n: number;
  readonly median: number;
  /** Unscaled median absolute deviation. */
  readonly mad: number;
  readonly q1: number;
  readonly q3: number;
  readonly lowerFence: number;
  readonly upperFence: number;
  readonly items: readonly OutlierItem[];
}

/**
 * Robust outliers (methods.md §2.7): modified z-score |M| > 3.5 with the unscaled MAD
 * (Iglewicz & Hoaglin 1993), and Tukey fences with type-7 quantiles.
 *
 * @example
 * ```ts
 * const r = robustOutliers([3, 3.1, 2.9, 3.2, 3, 2.8, 4.9].map((value, i) => ({ id: `r${i}`, value })));
 * r.items[6]?.modifiedZOutlier; // true
 * ```
 */
export function robustOutliers(
  values: readonly { readonly id: string; readonly value: number }[],
  opts: { threshold?: number; fence?: number } = {},
): OutlierResult {
  const threshold = opts.threshold ?? 3.5;
  const k = opts.fence ?? 1.5;
  const xs = values.map((v) => v.value);
  const med = median(xs);
  const m = mad(xs);
  const q1 = quantile7(xs, 0.25);
  const q3 = quantile7(xs, 0.75);
  const iqr = q3 - q1;
  const lowerFence = q1 - k * iqr;
  const upperFence = q3 + k * iqr;
  return {
    n: xs.length,
    median: med,
    mad: m,
    q1,
    q3,
    lowerFence,
    upperFence,
    items: values.map((v) => {
      const z = m > 0 ? (0.6745 * (v.value - med)) / m : null;
      return {
        id: v.id,
        value: v.value,
        modifiedZ: z,
        modifiedZOutlier: z !== null && Math.abs(z) > threshold,
        tukeyOutlier: v.value < lowerFence || v.value > upperFence,
      };
    }),
  };
}
