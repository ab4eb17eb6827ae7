/* PermenPANRB 6/2022 + SE MenPANRB 3/2023 — ruleset parameters of this regime. */
import type { PredikatOrganisasi, PredikatPegawai, Rating } from '../../codes.js';
import type { Param, RaterWeights } from '../../ruleset/types.js';

export interface Pmk6Params {
  /** Rating hasil kerja (rows) × rating perilaku (columns) → predikat. */
  readonly matriks: Param<Readonly<Record<Rating, Readonly<Record<Rating, PredikatPegawai>>>>>;
  /** Head of unit: organisation predikat → rating hasil kerja. */
  readonly ratingKepalaUnit: Param<Readonly<Record<PredikatOrganisasi, Rating>>>;
  /** Heuristic that suggests a rating hasil kerja from capaian (app practice, not regulation). */
  readonly saranHasilKerja: Param<{
    readonly aktif: boolean;
    /** Average capaian (percent) at or above which → DI_ATAS, if no IKI is below `minSetiapIki`. */
    readonly diAtasRataRataMin: string;
    readonly minSetiapIki: string;
    /** Average capaian at or above which → SESUAI. */
    readonly sesuaiRataRataMin: string;
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
  readonly agregasiTahunan: Param<'PERIODE_TERAKHIR' | 'MODUS' | 'TERBURUK' | 'RATA_RATA_ORDINAL'>;
  readonly bobotPenilai: Param<RaterWeights>;
}

