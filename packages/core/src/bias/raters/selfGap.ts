import { icc } from '../reliability/icc.js';
import { type PairedResult, pairedT, pearson } from '../stats.js';

/** Result of {@link selfSupervisorGap}. */
export type SelfGapResult =
  | ({
      readonly ok: true;
      /** Pearson r between self and supervisor ratings. */
      readonly r: number;
      /** ICC(A,1) of the two sources (absolute agreement), when defined. */
      readonly iccAgreement: number | null;
    } & PairedResult)
  | {
      readonly ok: false;
      readonly reason: 'TOO_FEW_PAIRS';
      readonly n: number;
      readonly min: number;
    };

/**
 * Self vs supervisor gap (methods.md §2.5): d_i = self_i − supervisor_i, paired t (df n−1),
 * d_z = d̄/s_d, Bland–Altman limits d̄ ± 1.96·s_d, Pearson r and ICC(A,1). Fewer than
 * `minPairs` (default 5) pairs are not reported.
 *
 * @example
 * ```ts
 * const r = selfSupervisorGap([
 *   { self: 90, supervisor: 85 }, { self: 88, supervisor: 86 }, { self: 92, supervisor: 84 },
 *   { self: 85, supervisor: 85 }, { self: 95, supervisor: 88 },
 * ]);
 * if (r.ok) r.meanDifference; // 4.4
 * ```
 */
export function selfSupervisorGap(
  pairs: readonly { readonly self: number; readonly supervisor: number }[],
  opts: { minPairs?: number } = {},
): SelfGapResult {
  const min = opts.minPairs ?? 5;
  if (pairs.length < min) return { ok: false, reason: 'TOO_FEW_PAIRS', n: pairs.length, min };
  const a = pairs.map((p) => p.self);
  const b = pairs.map((p) => p.supervisor);
  const ic = icc(pairs.map((p) => [p.self, p.supervisor]));
  const icc2 = ic.ok ? (ic.estimates.find((e) => e.form === 'ICC2')?.value ?? null) : null;
  return { ok: true, ...pairedT(a, b), r: pearson(a, b), iccAgreement: icc2 };
}
