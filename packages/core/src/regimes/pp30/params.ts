/* PP 30/2019 + PermenPANRB 8/2021 — ruleset parameters of this regime. */
import type { PredikatPp30 } from '../../codes.js';
import type { Band, BoundaryMode, Param, RaterWeights, Weights } from '../../ruleset/types.js';

/** Nilai capaian IKI band: for capaian in [from, to] the nilai is linear from nilaiFrom to nilaiTo. */
export interface CapaianBand {
  readonly kategori: PredikatPp30;
  /** Inclusive lower bound of capaian (percent); null = −∞. */
  readonly from: string | null;
  /** Upper bound of capaian (percent); null = +∞. */
  readonly to: string | null;
  readonly toInclusive: boolean;
  /** Linear map `nilaiFrom + (nilaiTo − nilaiFrom)/(to − from) × (capaian − from)`, or a constant. */
  readonly nilai:
    | { readonly kind: 'linear'; readonly capaianFrom: string; readonly capaianTo: string; readonly nilaiFrom: string; readonly nilaiTo: string }
    | { readonly kind: 'proportional'; readonly capaianAt: string; readonly nilaiAt: string }
    | { readonly kind: 'constant'; readonly nilai: string };
}

export interface Pp30Params {
  readonly bobotTanpa360: Param<Weights<'SKP' | 'PERILAKU'>>;
  readonly bobotDengan360: Param<Weights<'SKP' | 'PERILAKU'>>;
  /** When the 60/40 weights apply. */
  readonly mode360: Param<'AUTO' | 'SELALU' | 'TIDAK_PERNAH'>;
  /** Nilai capaian IKI bands (8/2021 hlm. 100–101), best first. */
  readonly bandCapaian: Param<readonly CapaianBand[]>;
  /** Gaps 99–100 % and 100–101 %: half-open intervals, or round capaian to whole percent first. */
  readonly modeCelahCapaian: Param<'HALF_OPEN' | 'ROUND_PERCENT'>;
  /** Capaian 100 % of a maximum-achievable target. */
  readonly nilaiTargetMaksimal: Param<string>;
  /** Cap of nilai capaian kinerja. */
  readonly batasNilai: Param<string>;
  /** How IKI values combine into the rencana hasil kerja value (JA/JF). */
  readonly agregasiRencana: Param<'MEAN' | 'POINTS'>;
  /** The POINTS reading (one implementation): points per kategori and thresholds. */
  readonly poinRencana: Param<{
    readonly poin: Readonly<Record<PredikatPp30, number>>;
    readonly ambang: readonly { readonly min: number; readonly nilai: string }[];
  }>;
  /** JA/JF kinerja tambahan bonus per item by kategori. */
  readonly bonusTambahan: Param<Readonly<Record<PredikatPp30, string>>>;
  /** Predikat bands on nilai kinerja (Pasal 41(5)); SANGAT_BAIK also needs inovasi. */
  readonly predikat: Param<readonly Band<PredikatPp30>[]>;
  readonly batasPredikat: Param<BoundaryMode>;
  /** Predikat scale upper limit (nilai ≤ 120). */
  readonly nilaiMaks: Param<string>;
  readonly bobotPenilai: Param<RaterWeights>;
}

