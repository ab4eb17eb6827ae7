import type { PredikatPegawai, Rating } from '@kinerja/core';
import type { Prng } from '../demo/prng.js';
import { type Employee, employee, type GenerateRegime, otherUnit, rngFor } from './model.js';

/**
 * Realistic data hazards, each at the rate given by `--hazards` (share of employees):
 *
 * - `nip-scientific`: the NIP as Excel shows an 18-digit number (`1.98703E+17`): rejected;
 * - `casing`: labels and keys in other casings (`SESUAI EKSPEKTASI`, `pelaksana`,
 *   `kuadranKinerjaNilai` for `KuadranKinerjaNilai`): read as synonyms;
 * - `mutasi-duplicate`: a second appraisal of the same NIP from the unit before a mutasi;
 * - `plt-plh`: an extra row of the SKP of an acting post (`is_plt_plh` = 1, jabatan "Plt. …");
 * - `decimal-comma`: PP 46 / PP 30 numbers written `85,50` (SIASN records only; the
 *   PermenPANRB 6/2022 tables carry no decimal numbers);
 * - `dash-empty`: optional cells written `-` for "empty".
 */
export const HAZARDS = [
  'nip-scientific',
  'casing',
  'mutasi-duplicate',
  'plt-plh',
  'decimal-comma',
  'dash-empty',
] as const;
/** A hazard of {@link HAZARDS}. */
export type Hazard = (typeof HAZARDS)[number];

/** The output formats of `kinerja generate`. */
export const GENERATE_FORMATS = ['csv', 'siasn-jsonl', 'xlsx'] as const;
/** A format of {@link GENERATE_FORMATS}. */
export type GenerateFormat = (typeof GENERATE_FORMATS)[number];

/** Which hazards a format and regime can carry. */
export function hazardsFor(format: GenerateFormat, regime: GenerateRegime): readonly Hazard[] {
  if (format === 'siasn-jsonl') {
    // No PLT/PLH flag in SIASN records; numbers only in the PP 46 / PP 30 records.
    return HAZARDS.filter((h) => h !== 'plt-plh' && (h !== 'decimal-comma' || regime !== 'pmk6'));
  }
  return HAZARDS.filter((h) => h !== 'decimal-comma');
}

/** One output record of an employee. */
export interface Rec {
  readonly e: Employee;
  readonly kind: 'main' | 'before-mutasi' | 'after-mutasi' | 'plt';
  /** The hazard this record carries (none when undefined). */
  readonly hazard?: Hazard;
  /** Per-record draws (casing variants, which cell gets the dash). */
  readonly r: Prng;
}

/** The records of employee `index`: its appraisal, and more when a hazard adds rows. */
export function recordsOf(
  seed: number,
  size: number,
  index: number,
  rate: number,
  kinds: readonly Hazard[],
): Rec[] {
  const e = employee(seed, size, index);
  const r = rngFor(seed, 0x48415a, index);
  const hazard = rate > 0 && kinds.length > 0 && r.next() < rate ? r.pick(kinds) : undefined;
  if (hazard === 'mutasi-duplicate') {
    const before = otherUnit(e, r.next());
    return [
      { e: { ...e, unit: before.nama, unitId: before.id }, kind: 'before-mutasi', hazard, r },
      { e, kind: 'after-mutasi', r },
    ];
  }
  if (hazard === 'plt-plh') {
    return [
      { e, kind: 'main', r },
      { e, kind: 'plt', hazard, r },
    ];
  }
  return [{ e, kind: 'main', ...(hazard ? { hazard } : {}), r }];
}

/** A NIP as Excel displays it when the column is a number (`1.98703E+17`). */
export function scientificNip(nip: string): string {
  return Number(nip).toPrecision(6).replace('e+', 'E+');
}

/** A label in another casing (upper or lower), as hand-kept sheets drift. */
export function recase(r: Prng, s: string): string {
  return r.next() < 0.5 ? s.toUpperCase() : s.toLowerCase();
}

/** The year of the generated period per regime (PP 46 until 2020, PP 30 2021, 6/2022 after). */
export const YEAR: Readonly<Record<GenerateRegime, number>> = {
  pp46: 2019,
  pp30: 2021,
  pmk6: 2024,
};

/** SIASN reference codes: rating 1 = Di Atas, kuadran 1 = Sangat Baik (formats.md §2.1). */
export const SIASN_RATING: Readonly<Record<Rating, { code: number; label: string }>> = {
  DI_ATAS_EKSPEKTASI: { code: 1, label: 'DIATAS ESPEKTASI' },
  SESUAI_EKSPEKTASI: { code: 2, label: 'SESUAI ESPEKTASI' },
  DI_BAWAH_EKSPEKTASI: { code: 3, label: 'DIBAWAH ESPEKTASI' },
};
export const SIASN_KUADRAN: Readonly<Record<PredikatPegawai, { code: number; label: string }>> = {
  SANGAT_BAIK: { code: 1, label: 'SANGAT BAIK' },
  BAIK: { code: 2, label: 'BAIK' },
  BUTUH_PERBAIKAN: { code: 3, label: 'BUTUH PERBAIKAN' },
  KURANG: { code: 4, label: 'KURANG' },
  SANGAT_KURANG: { code: 5, label: 'SANGAT KURANG' },
};
