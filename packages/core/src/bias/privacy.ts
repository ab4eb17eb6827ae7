import type { Text } from '../i18n/text.js';

/** Marker that replaces an aggregate computed over too few people. */
export interface Suppressed {
  readonly suppressed: true;
  /** Why the value is withheld, in Bahasa Indonesia and English. */
  readonly reason: Text;
}

/**
 * Builds the suppression marker used in place of any aggregate over fewer than
 * `minGroupSize` people (privacy and statistical stability).
 *
 * @example
 * ```ts
 * suppressed({ id: 'Kelompok < 5 orang', en: 'Group < 5 people' });
 * // { suppressed: true, reason: { id: 'Kelompok < 5 orang', en: 'Group < 5 people' } }
 * ```
 */
export function suppressed(reason: Text): Suppressed {
  return { suppressed: true, reason };
}

/**
 * Type guard for the suppression marker.
 *
 * @example
 * ```ts
 * isSuppressed({ suppressed: true, reason: { id: '', en: '' } }); // true
 * ```
 */
export function isSuppressed(x: unknown): x is Suppressed {
  return typeof x === 'object' && x !== null && (x as { suppressed?: unknown }).suppressed === true;
}

/**
 * Which groups to suppress: every group with fewer than `min` people (primary), and — when
 * exactly one group is suppressed — also the smallest remaining group (secondary suppression),
 * because the suppressed size could otherwise be derived as total minus the others.
 *
 * @example
 * ```ts
 * suppressionPlan([{ key: 'L', n: 95 }, { key: 'P', n: 3 }], 5);
 * // Map { 'P' => 'PRIMARY', 'L' => 'SECONDARY' }
 * ```
 */
export function suppressionPlan(
  groups: readonly { readonly key: string; readonly n: number }[],
  min: number,
): Map<string, 'PRIMARY' | 'SECONDARY'> {
  const plan = new Map<string, 'PRIMARY' | 'SECONDARY'>();
  for (const g of groups) if (g.n < min) plan.set(g.key, 'PRIMARY');
  if (plan.size === 1) {
    const rest = groups
      .filter((g) => !plan.has(g.key))
      .sort((a, b) => a.n - b.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const s = rest[0];
    if (s) plan.set(s.key, 'SECONDARY');
  }
  return plan;
}
