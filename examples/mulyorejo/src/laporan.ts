/**
 * The Mulyorejo team report: every employee's predikat, ratings and their sources, the capaian
 * of each local indicator, and the local follow-up. Pure: same rows in, same report out.
 */
import { readFileSync } from 'node:fs';
import {
  type BatchResult,
  capaianPerIki as capaianIki,
  type EvaluateOptions,
  evaluateMany,
  formatPath,
  type PredikatPegawai,
  type Rating,
  type RatingSource,
} from '@kinerja/core';
import { INDIKATOR_MULYOREJO } from './indikator.js';
import { RULESET_MULYOREJO } from './ruleset.js';
import { type JenisTindakLanjut, tindakLanjut } from './tindakLanjut.js';

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
  /** Local follow-up (KEBIJAKAN LOKAL, not national law). */
  readonly tindakLanjut: JenisTindakLanjut;
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

/**
 * Capaian of each local IKI, computed directly with the indicator types on the exact decimal
 * backend (what the employee sees on the dashboard, whoever set the rating).
 *
 * @example
 * ```ts
 * capaianPerIki(bacaContohData()[0]); // { akurasi: '101.53', waktu: '103.16' }
 * ```
 */
export function capaianPerIki(row: unknown): Record<string, string> {
  return capaianIki(row, INDIKATOR_MULYOREJO);
}

/**
 * Reads the sample team (`data/pegawai.json`).
 *
 * @example
 * ```ts
 * bacaContohData().length; // 8
 * ```
 */
export function bacaContohData(): unknown[] {
  return JSON.parse(readFileSync(new URL('../data/pegawai.json', import.meta.url), 'utf8'));
}

function baris(r: BatchResult, row: unknown): HasilPegawai | BarisDitolak {
  if (!r.ok || r.predikat === undefined || r.rating === undefined) {
    return {
      index: r.index,
      ...(r.nip !== undefined ? { nip: r.nip } : {}),
      issues: r.issues.map((i) => ({ code: i.code, path: formatPath(i.path) })),
    };
  }
  const predikat = r.predikat.code as PredikatPegawai;
  return {
    nip: r.nip ?? '',
    nama: r.nama ?? '',
    predikat,
    rating: { hasilKerja: r.rating.hasilKerja, perilaku: r.rating.perilaku },
    sumber: r.rating.sumber,
    capaian: capaianPerIki(row),
    ...(r.nilai?.rataRataCapaian !== undefined ? { rataRataCapaian: r.nilai.rataRataCapaian } : {}),
    tindakLanjut: tindakLanjut(predikat).jenis,
  };
}

/**
 * Appraises the team with the Mulyorejo ruleset (batch mode: float fast path with the exact
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
  for (const r of evaluateMany(rows, { ...opts, ruleset: RULESET_MULYOREJO })) {
    const b = baris(r, rows[r.index]);
    if ('issues' in b) ditolak.push(b);
    else pegawai.push(b);
  }
  return {
    ruleset: {
      id: RULESET_MULYOREJO.id,
      ...(RULESET_MULYOREJO.extends !== undefined ? { extends: RULESET_MULYOREJO.extends } : {}),
      ...(RULESET_MULYOREJO.agency !== undefined ? { agency: RULESET_MULYOREJO.agency } : {}),
    },
    pegawai,
    ditolak,
  };
}
