import type { UsedWeights } from './weights.js';

/**
 * The weights actually applied after re-normalisation, as integer basis points summing to
 * exactly 10000: `used[k] × 10000 / total`, rounded by the largest-remainder method (ties go
 * to the component that sorts first), so a trace can show "ATASAN 7143, MASYARAKAT 2857"
 * instead of the configured 5000 and 2000. For display only: scoring uses the exact ratio.
 * Empty when no component is used.
 *
 * @example
 * ```ts
 * basisPointsUsed(renormalize({ ATASAN: 5000, REKAN_KERJA: 3000, MASYARAKAT: 2000 }, ['ATASAN', 'MASYARAKAT']));
 * // { ATASAN: 7143, MASYARAKAT: 2857 }
 * ```
 */
export function basisPointsUsed<K extends string>(w: UsedWeights<K>): Partial<Record<K, number>> {
  const keys = (Object.keys(w.used) as K[]).sort();
  const out: Partial<Record<K, number>> = {};
  if (w.total <= 0 || keys.length === 0) return out;
  const rest: { k: K; r: number }[] = [];
  let given = 0;
  for (const k of keys) {
    const scaled = (w.used[k] ?? 0) * 10000;
    const q = Math.floor(scaled / w.total);
    out[k] = q;
    given += q;
    rest.push({ k, r: scaled - q * w.total });
  }
  // Stable sort: equal remainders keep the key order.
  rest.sort((a, b) => b.r - a.r);
  for (let i = 0; i < 10000 - given; i++) {
    const x = rest[i % rest.length] as { k: K; r: number };
    out[x.k] = (out[x.k] ?? 0) + 1;
  }
  return out;
}

/** `ATASAN 71.43%, MASYARAKAT 28.57%` from basis points (keys sorted). */
export function formatBasisPoints(bp: Readonly<Partial<Record<string, number>>>): string {
  return Object.keys(bp)
    .sort()
    .map((k) => `${k} ${(bp[k] ?? 0) / 100}%`)
    .join(', ');
}
