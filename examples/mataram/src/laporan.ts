/**
 * The Mataram team report: predikat, ratings and their sources, capaian per local indicator,
 * the indicators to improve, and the local career follow-up. Pure: same rows in, same report out.
 */
import { readFileSync } from 'node:fs';
import {
  type BatchResult,
  type EvaluateOptions,
  evaluateMany,
  formatPath,
  PREDIKAT_PEGAWAI,
  type PredikatPegawai,
  type Rating,
  type RatingSource,
} from '@kinerja/core';
import { type TindakLanjutKarier, tindakLanjutKarier } from './karier.js';
import { rapor } from './rapor.js';
import { RULESET_MATARAM } from './ruleset.js';

/** One employee's line of the report. */
export interface HasilPegawai {
  readonly nip: string;
  readonly nama: string;
  readonly predikat: PredikatPegawai;
  readonly rating: { readonly hasilKerja: Rating; readonly perilaku: Rating };
  readonly sumber: { readonly hasilKerja: RatingSource; readonly perilaku: RatingSource };
  /** Capaian (percent, 2 decimals) per IKI id. */
  readonly capaian: Readonly<Record<string, string>>;
  readonly rataRataCapaian?: string;
  /** IKI ids whose capaian is below 100 %. */
  readonly areaPerbaikan: readonly string[];
  readonly predikatTahunLalu?: PredikatPegawai;
  /** Local career follow-up (KEBIJAKAN LOKAL, not national law). */
  readonly tindakLanjutKarier: TindakLanjutKarier;
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

/** Last year's predikat, kept by the city's system as an extra column of the appraisal. */
function predikatTahunLalu(row: unknown): PredikatPegawai | undefined {
  const p = (row as { predikatTahunLalu?: unknown } | null)?.predikatTahunLalu;
  return (PREDIKAT_PEGAWAI as readonly unknown[]).includes(p) ? (p as PredikatPegawai) : undefined;
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
  const kartu = rapor(row);
  const lalu = predikatTahunLalu(row);
  return {
    nip: r.nip ?? '',
    nama: r.nama ?? '',
    predikat,
    rating: { hasilKerja: r.rating.hasilKerja, perilaku: r.rating.perilaku },
    sumber: r.rating.sumber,
    capaian: Object.fromEntries(kartu.map((b) => [b.iki, b.capaian])),
    ...(r.nilai?.rataRataCapaian !== undefined ? { rataRataCapaian: r.nilai.rataRataCapaian } : {}),
    areaPerbaikan: kartu.filter((b) => !b.tercapai).map((b) => b.iki),
    ...(lalu !== undefined ? { predikatTahunLalu: lalu } : {}),
    tindakLanjutKarier: tindakLanjutKarier(predikat, lalu),
  };
}

/**
 * Appraises the team with the Mataram ruleset.
 *
 * @example
 * ```ts
 * nilaiTim(bacaContohData()).pegawai.map((p) => [p.nama, p.areaPerbaikan]);
 * ```
 */
export function nilaiTim(
  rows: readonly unknown[],
  opts: Pick<EvaluateOptions, 'backend'> = {},
): Laporan {
  const pegawai: HasilPegawai[] = [];
  const ditolak: BarisDitolak[] = [];
  for (const r of evaluateMany(rows, { ...opts, ruleset: RULESET_MATARAM })) {
    const b = baris(r, rows[r.index]);
    if ('issues' in b) ditolak.push(b);
    else pegawai.push(b);
  }
  return {
    ruleset: {
      id: RULESET_MATARAM.id,
      ...(RULESET_MATARAM.extends !== undefined ? { extends: RULESET_MATARAM.extends } : {}),
      ...(RULESET_MATARAM.agency !== undefined ? { agency: RULESET_MATARAM.agency } : {}),
    },
    pegawai,
    ditolak,
  };
}
