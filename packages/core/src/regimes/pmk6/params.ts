/* PermenPANRB 6/2022 + SE MenPANRB 3/2023 — ruleset parameters of this regime. */
import type { PredikatOrganisasi, PredikatPegawai, Rating } from '../../codes.js';
import type { Param, RaterWeights } from '../../ruleset/types.js';

/** The 3×3 kuadran: rating hasil kerja (rows) × rating perilaku kerja (columns) → predikat. */
export type MatriksPredikat = Readonly<Record<Rating, Readonly<Record<Rating, PredikatPegawai>>>>;

/** How the annual predikat is derived from the periodic ones (see `aggregateAnnual`). */
export type AgregasiTahunan = 'PERIODE_TERAKHIR' | 'MODUS' | 'TERBURUK' | 'RATA_RATA_ORDINAL';

/**
 * How the categorical ratings of several raters of one core value combine (only used when a
 * rating perilaku is suggested from `perilaku.penilaian[]` and more than one role is weighted).
 *
 * - `RATA_RATA_ORDINAL`: DI_BAWAH = 1, SESUAI = 2, DI_ATAS = 3; raters of the same role are
 *   averaged first, then roles are combined by their weights (re-normalised over the roles
 *   present); the mean maps back as `> 2.5` → DI_ATAS, `< 1.5` → DI_BAWAH, otherwise SESUAI
 *   (an exact tie at 2.5 or 1.5 stays SESUAI).
 * - `MAYORITAS_TERTIMBANG`: each rater carries its role's weight divided by the number of
 *   raters of that role; the rating with the largest total weight wins; a tie between the
 *   leaders gives SESUAI when SESUAI is among them, otherwise (DI_ATAS vs DI_BAWAH) SESUAI too.
 */
export type GabunganPenilai = 'RATA_RATA_ORDINAL' | 'MAYORITAS_TERTIMBANG';

/** Parameters of the PermenPANRB 6/2022 regime. */
export interface Pmk6Params {
  /** Who the regime applies to (PNS and PPPK: PP 30/2019 Pasal 61(1), PP 49/2018 Pasal 36). */
  readonly berlakuUntuk: Param<readonly ('PNS' | 'PPPK')[]>;
  /** Rating hasil kerja (rows) × rating perilaku (columns) → predikat. */
  readonly matriks: Param<MatriksPredikat>;
  /** Head of unit: organisation predikat → rating hasil kerja. */
  readonly ratingKepalaUnit: Param<Readonly<Record<PredikatOrganisasi, Rating>>>;
  /** Heuristic that suggests a rating hasil kerja from capaian (app practice, not regulation). */
  readonly saranHasilKerja: Param<{
    readonly aktif: boolean;
    /** Average capaian (percent) at or above which → DI_ATAS, if no IKI is below `minSetiapIki`. */
    readonly diAtasRataRataMin: string;
    /** No IKI may be below this capaian (percent) for DI_ATAS; an IKI exactly at it is fine. */
    readonly minSetiapIki: string;
    /** Average capaian at or above which → SESUAI. */
    readonly sesuaiRataRataMin: string;
    /** Average only the IKIs of rencana hasil kerja UTAMA (default: all IKIs, utama and tambahan). */
    readonly hanyaUtama: boolean;
  }>;
  /** Heuristic that suggests a rating perilaku from the seven core-value ratings. */
  readonly saranPerilaku: Param<{
    readonly aktif: boolean;
    /** Any value DI_BAWAH → DI_BAWAH. */
    readonly adaDiBawahMakaDiBawah: boolean;
    /** At least this many values DI_ATAS → DI_ATAS. */
    readonly minDiAtas: number;
  }>;
  /** How the annual predikat is derived from periodic ones. */
  readonly agregasiTahunan: Param<AgregasiTahunan>;
  /** Rater weights (basis points) for the suggested rating perilaku. */
  readonly bobotPenilai: Param<RaterWeights>;
  /** How several raters' categorical ratings of one core value combine. */
  readonly gabunganPenilai: Param<GabunganPenilai>;
}
