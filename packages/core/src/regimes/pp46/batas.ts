import type { Calculator, RoundingMode } from '../../arith/calculator.js';
import type { BoundaryMode } from '../../ruleset/types.js';

/**
 * The value compared with a band edge under a {@link BoundaryMode}: the exact value
 * (`LOWER_INCLUSIVE`), or the value rounded half-up to the reported decimals first
 * (`ROUND_THEN_COMPARE`).
 *
 * @example
 * ```ts
 * import { decimalCalculator as c } from '@kinerja/core';
 * c.toString(nilaiPembandingPp46(c, c.from('90.996'), 'ROUND_THEN_COMPARE', 2)); // '91'
 * c.toString(nilaiPembandingPp46(c, c.from('90.996'), 'LOWER_INCLUSIVE', 2)); // '90.996'
 * ```
 */
export function nilaiPembandingPp46<T>(c: Calculator<T>, x: T, mode: BoundaryMode, dp: number): T {
  const half: RoundingMode = 'HALF_UP';
  return mode === 'ROUND_THEN_COMPARE' ? c.round(x, dp, half) : x;
}
