/**
 * The Plaju team report: every employee's predikat, ratings and their sources, and the capaian
 * of each indicator read from the information system. Pure: same rows in, same report out.
 */
import { readFileSync } from 'node:fs';
import {
  type BatchResult,
  capaianPerIki as capaianIki,
  type EvaluateOptions,
  evaluateMany,
  formatPath,
  type IndicatorType,
  type PredikatPegawai,
  type Rating,
  type RatingSource,
  standarIndicator,
} from '@kinerja/core';
import { INDIKATOR_PLAJU } from './indikator.js';
import { RULESET_PLAJU } from './ruleset.js';
import { bacaSim } from './sim.js';

/** One employee's line of the report. */
export interface HasilPegawai {
  readonly nip: string;
  readonly nama: string;
  readonly predikat: PredikatPegawai;
  readonly rating: { readonly hasilKerja: Rating; readonly perilaku: Rating };
  readonly sumber: { readonly hasilKerja: RatingSource; readonly perilaku: RatingSource };
  /** Capaian (percent, 2 decimals) per IKI id. */
  readonly capaian: Readonly<Record<string, string>>;
  /** Average capaian, when the rating hasil kerja was suggested from it. */
  readonly rataRataCapaian?: string;
}

/** A row that could not be appraised, with its issues (never an exception). */
export interface BarisDitolak {
  readonly index: number;
  readonly nip?: string;
  readonly issues: readonly { readonly code: string; readonly path: string }[];
}

/** The team report. */
export interface Laporan {
  readonly ruleset: { readonly id: string; readonly extends?: string; readonly agency?: string };
  readonly pegawai: readonly HasilPegawai[];
  readonly ditolak: readonly BarisDitolak[];
}

// The national `standar` type sits beside the local ones (the monthly monitoring reports).
const TYPES: readonly IndicatorType[] = [...INDIKATOR_PLAJU, standarIndicator];

/**
 * Capaian of each IKI, computed directly with the indicator types on the exact decimal
 * backend (what the employee sees on the dashboard, whoever set the rating).
 *
 * @example
 * ```ts
 * capaianPerIki(bacaContohData()[4]); // { proyek: '100.00', laporan: '100.00' }
 * ```
 */
export function capaianPerIki(row: unknown): Record<string, string> {
  return capaianIki(row, TYPES);
}

/**
 * The moment the sample log is read: the last working day of 2025, 16:00 WIB.
 *
 * @example
 * ```ts
 * nilaiTim(bacaContohData(PER_AKHIR_TAHUN));
 * ```
 */
export const PER_AKHIR_TAHUN = '2025-12-31T16:00:00+07:00';

const baca = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8'));

/**
 * The sample team (`data/pegawai.json`) without the information-system data.
 *
 * @example
 * ```ts
 * bacaPegawai().length; // 7
 * ```
 */
export function bacaPegawai(): unknown[] {
  return baca('pegawai.json') as unknown[];
}

/**
 * The sample information-system log (`data/log-sim.json`).
 *
 * @example
 * ```ts
 * bacaSim(bacaPegawai(), bacaLogSim(), PER_AKHIR_TAHUN).ok; // true
 * ```
 */
export function bacaLogSim(): unknown {
  return baca('log-sim.json');
}

/**
 * The sample team with the indicator data read from the log as of `per` (default: the end of
 * 2025). The shipped sample log is valid; a broken sample is a bug in the example, so it throws.
 *
 * @example
 * ```ts
 * nilaiTim(bacaContohData('2025-06-30T16:00:00+07:00')); // the mid-year picture
 * ```
 */
export function bacaContohData(per: string = PER_AKHIR_TAHUN): unknown[] {
  const r = bacaSim(bacaPegawai(), bacaLogSim(), per);
  if (!r.ok)
    throw new Error(`contoh log SIM tidak valid: ${r.issues.map((i) => i.code).join(', ')}`);
  return r.rows;
}

function baris(r: BatchResult, row: unknown): HasilPegawai | BarisDitolak {
  if (!r.ok || r.predikat === undefined || r.rating === undefined) {
    return {
      index: r.index,
      ...(r.nip !== undefined ? { nip: r.nip } : {}),
      issues: r.issues.map((i) => ({ code: i.code, path: formatPath(i.path) })),
    };
  }
  return {
    nip: r.nip ?? '',
    nama: r.nama ?? '',
    predikat: r.predikat.code as PredikatPegawai,
    rating: { hasilKerja: r.rating.hasilKerja, perilaku: r.rating.perilaku },
    sumber: r.rating.sumber,
    capaian: capaianPerIki(row),
    ...(r.nilai?.rataRataCapaian !== undefined ? { rataRataCapaian: r.nilai.rataRataCapaian } : {}),
  };
}

/**
 * Appraises the team with the Plaju ruleset (batch mode: float fast path with the exact
 * decimal fallback, unless `backend` says otherwise).
 *
 * @example
 * ```ts
 * const laporan = nilaiTim(bacaContohData());
 * laporan.pegawai.map((p) => `${p.nip} ${p.predikat}`);
 * ```
 */
export function nilaiTim(
  rows: readonly unknown[],
  opts: Pick<EvaluateOptions, 'backend'> = {},
): Laporan {
  const pegawai: HasilPegawai[] = [];
  const ditolak: BarisDitolak[] = [];
  for (const r of evaluateMany(rows, { ...opts, ruleset: RULESET_PLAJU })) {
    const b = baris(r, rows[r.index]);
    if ('issues' in b) ditolak.push(b);
    else pegawai.push(b);
  }
  return {
    ruleset: {
      id: RULESET_PLAJU.id,
      ...(RULESET_PLAJU.extends !== undefined ? { extends: RULESET_PLAJU.extends } : {}),
      ...(RULESET_PLAJU.agency !== undefined ? { agency: RULESET_PLAJU.agency } : {}),
    },
    pegawai,
    ditolak,
  };
}
