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
