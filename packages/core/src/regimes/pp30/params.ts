/* PP 30/2019 + PermenPANRB 8/2021 — ruleset parameters of this regime. */
import type { PredikatPp30 } from '../../codes.js';
import type { LegalRef } from '../../ruleset/legal.js';
import type { Band, BoundaryMode, Param, RaterWeights, Weights } from '../../ruleset/types.js';

/**
 * How a band turns a capaian (percent) into a nilai capaian:
 * - `linear`: `nilaiFrom + (nilaiTo − nilaiFrom) / (capaianTo − capaianFrom) × (capaian − capaianFrom)`;
 *   the anchors are the figures printed in the regulation, the band's own `from`/`to` may be
 *   wider (that is where a gap reading extrapolates the formula);
 * - `proportional`: `capaian / capaianAt × nilaiAt` (Sangat Kurang: `capaian / 59 × 49`);
 * - `constant`: a fixed nilai (Baik at exactly 100 % → 109; above 110 % → 120).
 */
export type CapaianFormula =
  | {
      readonly kind: 'linear';
      readonly capaianFrom: string;
      readonly capaianTo: string;
      readonly nilaiFrom: string;
      readonly nilaiTo: string;
    }
  | { readonly kind: 'proportional'; readonly capaianAt: string; readonly nilaiAt: string }
  | { readonly kind: 'constant'; readonly nilai: string };

/**
 * A nilai capaian IKI band (PermenPANRB 8/2021 Lampiran hlm. 100–101): the capaian interval
 * it covers, the kategori it gives and its formula. Each band carries its own legal
 * reference because the bands do not share one status (see the spec table §2.3).
 */
export interface CapaianBand {
  readonly kategori: PredikatPp30;
  /** Lower bound of capaian (percent, decimal string); `null` = −∞. */
  readonly from: string | null;
  readonly fromInclusive: boolean;
  /** Upper bound of capaian (percent, decimal string); `null` = +∞. */
  readonly to: string | null;
  readonly toInclusive: boolean;
  readonly nilai: CapaianFormula;
  readonly ref: LegalRef;
}

/** The JA/JF POINTS aggregation (one public implementation; not regulatory). */
export interface PoinRencana {
  /** Points per IKI kategori. */
  readonly poin: Readonly<Record<PredikatPp30, number>>;
  /** Thresholds on the point sum, best first: the first entry with `sum >= min` gives the nilai. */
  readonly ambang: readonly { readonly min: number; readonly nilai: string }[];
}

/** The parameters of a PP 30/2019 + PermenPANRB 8/2021 ruleset. */
export interface Pp30Params {
  /** Pasal 41(2)(a), (3): 70 % SKP + 30 % perilaku (no peer/subordinate input). */
  readonly bobotTanpa360: Param<Weights<'SKP' | 'PERILAKU'>>;
  /** Pasal 41(2)(b), (4): 60 % SKP + 40 % perilaku (peer and subordinate input). */
  readonly bobotDengan360: Param<Weights<'SKP' | 'PERILAKU'>>;
  /**
   * When the 60/40 weights apply: `AUTO` = when the appraisal has perilaku input from both a
   * rekan kerja and a bawahan; `SELALU` = always; `TIDAK_PERNAH` = never.
   */
  readonly mode360: Param<'AUTO' | 'SELALU' | 'TIDAK_PERNAH'>;
  /** Nilai capaian IKI bands (8/2021 hlm. 100–101), best first. */
  readonly bandCapaian: Param<readonly CapaianBand[]>;
  /**
   * Capaian between the printed integer ranges (59–60, 79–80, 99–100, 100–101 %):
   * `HALF_OPEN` places the exact capaian in half-open intervals and extends the nearest
   * formula; `ROUND_PERCENT` rounds capaian to a whole percent (half-up) first.
   */
  readonly modeCelahCapaian: Param<'HALF_OPEN' | 'ROUND_PERCENT'>;
  /** Nilai for capaian 100 % of a maximum-achievable target (kategori Sangat Baik). */
  readonly nilaiTargetMaksimal: Param<string>;
  /** Lower limit of a nilai capaian IKI (a special-condition capaian can be negative); null = none. */
  readonly batasBawahNilai: Param<string | null>;
  /** Cap of nilai capaian kinerja (nilai SKP). */
  readonly batasNilai: Param<string>;
  /** How the IKI values of one rencana hasil kerja combine into the rencana value. */
  readonly agregasiRencana: Param<'MEAN' | 'POINTS'>;
  /** The POINTS reading: points per kategori and thresholds. */
  readonly poinRencana: Param<PoinRencana>;
  /** Kategori of a nilai (0–120) of a rencana hasil kerja, best first, lower bound inclusive. */
  readonly kategoriRencana: Param<readonly Band<PredikatPp30>[]>;
  /** JA/JF kinerja tambahan bonus per rencana tambahan, by its kategori. */
  readonly bonusTambahan: Param<Readonly<Record<PredikatPp30, string>>>;
  /** Predikat bands on nilai kinerja (Pasal 41(5)), best first; SANGAT_BAIK also needs inovasi. */
  readonly predikat: Param<readonly Band<PredikatPp30>[]>;
  /** Whether nilai kinerja is compared exactly or after rounding to the reported decimals. */
  readonly batasPredikat: Param<BoundaryMode>;
  /** Upper limit of the 0–120 scale (perilaku scores and nilai kinerja). */
  readonly nilaiMaks: Param<string>;
  /** Weights of perilaku raters by role; missing roles are excluded and the rest re-normalised. */
  readonly bobotPenilai: Param<RaterWeights>;
}
