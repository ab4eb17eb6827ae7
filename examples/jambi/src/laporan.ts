/**
 * The Jambi team report: predikat, ratings and their sources, capaian per local indicator, the
 * combined 360° rating of each BerAKHLAK value, and what the predikat would have been with the
 * atasan alone. Pure: same rows in, same report out.
 */
import { readFileSync } from 'node:fs';
import {
  type BatchResult,
  capaianPerIki as capaianIki,
  type EvaluateOptions,
  evaluate,
  evaluateMany,
  formatPath,
  type NilaiBerakhlak,
  type PredikatPegawai,
  type Rating,
  type RatingSource,
} from '@kinerja/core';
import { INDIKATOR_JAMBI } from './indikator.js';
import { RULESET_JAMBI, RULESET_JAMBI_ATASAN_SAJA } from './ruleset.js';

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
  /** Combined 360° rating per core value (only when the rating perilaku was suggested). */
  readonly nilaiDasar360?: Readonly<Record<NilaiBerakhlak, Rating>>;
  /** The predikat the same data gives with the national rater weights (atasan only). */
  readonly predikatAtasanSaja?: PredikatPegawai;
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
  readonly bobotPenilai: Readonly<Record<string, number>>;
  readonly pegawai: readonly HasilPegawai[];
  readonly ditolak: readonly BarisDitolak[];
}

/**
 * Capaian of each local IKI, computed directly on the exact decimal backend.
 *
 * @example
 * ```ts
 * capaianPerIki(bacaContohData()[0]); // { waktu: '116.67', akurasi: '100.51', kepuasan: '105.59' }
 * ```
 */
export function capaianPerIki(row: unknown): Record<string, string> {
  return capaianIki(row, INDIKATOR_JAMBI);
}

/**
 * Reads the sample team (`data/pegawai.json`).
 *
 * @example
 * ```ts
 * bacaContohData().length; // 7
 * ```
 */
export function bacaContohData(): unknown[] {
  return JSON.parse(readFileSync(new URL('../data/pegawai.json', import.meta.url), 'utf8'));
}

function baris(
  r: BatchResult,
  row: unknown,
  opts: Pick<EvaluateOptions, 'backend'>,
): HasilPegawai | BarisDitolak {
  if (!r.ok || r.predikat === undefined || r.rating === undefined) {
    return {
      index: r.index,
      ...(r.nip !== undefined ? { nip: r.nip } : {}),
      issues: r.issues.map((i) => ({ code: i.code, path: formatPath(i.path) })),
    };
  }
  // `rincian` is regime-specific; for PermenPANRB 6/2022 it carries the combined core values.
  const rincian = r.rincian as { nilaiDasar?: Record<NilaiBerakhlak, Rating> } | undefined;
  const atasanSaja =
    r.rating.sumber.perilaku === 'SARAN_HEURISTIK'
      ? evaluate(row, { ...opts, ruleset: RULESET_JAMBI_ATASAN_SAJA, trace: false })
      : undefined;
  return {
    nip: r.nip ?? '',
    nama: r.nama ?? '',
    predikat: r.predikat.code as PredikatPegawai,
    rating: { hasilKerja: r.rating.hasilKerja, perilaku: r.rating.perilaku },
    sumber: r.rating.sumber,
    capaian: capaianPerIki(row),
    ...(r.nilai?.rataRataCapaian !== undefined ? { rataRataCapaian: r.nilai.rataRataCapaian } : {}),
    ...(rincian?.nilaiDasar !== undefined ? { nilaiDasar360: rincian.nilaiDasar } : {}),
    ...(atasanSaja?.predikat !== undefined
      ? { predikatAtasanSaja: atasanSaja.predikat.code as PredikatPegawai }
      : {}),
  };
}

/**
 * Appraises the team with the Jambi ruleset (360° rater weights).
 *
 * @example
 * ```ts
 * nilaiTim(bacaContohData()).pegawai.filter((p) => p.predikat !== p.predikatAtasanSaja);
 * ```
 */
export function nilaiTim(
  rows: readonly unknown[],
  opts: Pick<EvaluateOptions, 'backend'> = {},
): Laporan {
  const pegawai: HasilPegawai[] = [];
  const ditolak: BarisDitolak[] = [];
  for (const r of evaluateMany(rows, { ...opts, ruleset: RULESET_JAMBI })) {
    const b = baris(r, rows[r.index], opts);
    if ('issues' in b) ditolak.push(b);
    else pegawai.push(b);
  }
  return {
    ruleset: {
      id: RULESET_JAMBI.id,
      ...(RULESET_JAMBI.extends !== undefined ? { extends: RULESET_JAMBI.extends } : {}),
      ...(RULESET_JAMBI.agency !== undefined ? { agency: RULESET_JAMBI.agency } : {}),
    },
    bobotPenilai: { ...RULESET_JAMBI.params.bobotPenilai.value },
    pegawai,
    ditolak,
  };
}
