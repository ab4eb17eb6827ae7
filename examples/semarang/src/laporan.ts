/**
 * The Semarang team report: predikat, ratings and their sources, capaian per local indicator,
 * recognition of innovation and the objectivity review. Pure: same rows in, same report out.
 */
import { readFileSync } from 'node:fs';
import {
  AppraisalSchema,
  type BatchResult,
  capaianPerIki as capaianIki,
  type EvaluateOptions,
  evaluate,
  evaluateMany,
  formatPath,
  type PredikatPegawai,
  type Rating,
  type RatingSource,
} from '@kinerja/core';
import { INDIKATOR_SEMARANG } from './indikator.js';
import {
  type PengakuanInovasi,
  pengakuanInovasi,
  type ReviuObjektivitas,
  reviuObjektivitas,
} from './kebijakanLokal.js';
import { RULESET_SEMARANG } from './ruleset.js';

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
  /** Innovation claim and what the city does with it (local policy). */
  readonly inovasi?: { readonly uraian: string; readonly pengakuan: PengakuanInovasi };
  /** Only when the pejabat penilai set the rating hasil kerja (local policy). */
  readonly objektivitas?: ReviuObjektivitas;
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
 * Capaian of each local IKI, computed directly on the exact decimal backend.
 *
 * @example
 * ```ts
 * capaianPerIki(bacaContohData()[0]); // { kualitas: '106.67', kontribusi: '100.00', kehadiran: '103.51' }
 * ```
 */
export function capaianPerIki(row: unknown): Record<string, string> {
  return capaianIki(row, INDIKATOR_SEMARANG);
}

/**
 * Reads the sample team (`data/pegawai.json`).
 *
 * @example
 * ```ts
 * bacaContohData().length; // 9
 * ```
 */
export function bacaContohData(): unknown[] {
  return JSON.parse(readFileSync(new URL('../data/pegawai.json', import.meta.url), 'utf8'));
}

function uraianInovasi(row: unknown): string | undefined {
  const parsed = AppraisalSchema.safeParse(row);
  const inovasi = parsed.success ? parsed.data.inovasi : undefined;
  if (inovasi === undefined || inovasi === false) return undefined;
  return inovasi === true ? '(tanpa uraian)' : inovasi.uraian;
}

/**
 * The rating the measured capaian suggests for a row whose rating hasil kerja was given by the
 * pejabat penilai: the same row evaluated without that rating.
 */
function saranDariCapaian(
  row: unknown,
  opts: Pick<EvaluateOptions, 'backend'>,
): Rating | undefined {
  if (row === null || typeof row !== 'object') return undefined;
  const { ratingHasilKerja: _diberikan, ...tanpaRating } = row as Record<string, unknown>;
  const r = evaluate(tanpaRating, { ...opts, ruleset: RULESET_SEMARANG, trace: false });
  return r.ok ? r.rating?.hasilKerja : undefined;
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
  const predikat = r.predikat.code as PredikatPegawai;
  const inovasi = uraianInovasi(row);
  const saran = r.rating.sumber.hasilKerja === 'PENILAI' ? saranDariCapaian(row, opts) : undefined;
  return {
    nip: r.nip ?? '',
    nama: r.nama ?? '',
    predikat,
    rating: { hasilKerja: r.rating.hasilKerja, perilaku: r.rating.perilaku },
    sumber: r.rating.sumber,
    capaian: capaianPerIki(row),
    ...(r.nilai?.rataRataCapaian !== undefined ? { rataRataCapaian: r.nilai.rataRataCapaian } : {}),
    ...(inovasi !== undefined
      ? { inovasi: { uraian: inovasi, pengakuan: pengakuanInovasi(predikat) } }
      : {}),
    ...(saran !== undefined ? { objektivitas: reviuObjektivitas(r.rating.hasilKerja, saran) } : {}),
  };
}

/**
 * Appraises the team with the Semarang ruleset.
 *
 * @example
 * ```ts
 * nilaiTim(bacaContohData()).pegawai.filter((p) => p.objektivitas?.status !== 'KONSISTEN');
 * ```
 */
export function nilaiTim(
  rows: readonly unknown[],
  opts: Pick<EvaluateOptions, 'backend'> = {},
): Laporan {
  const pegawai: HasilPegawai[] = [];
  const ditolak: BarisDitolak[] = [];
  for (const r of evaluateMany(rows, { ...opts, ruleset: RULESET_SEMARANG })) {
    const b = baris(r, rows[r.index], opts);
    if ('issues' in b) ditolak.push(b);
    else pegawai.push(b);
  }
  return {
    ruleset: {
      id: RULESET_SEMARANG.id,
      ...(RULESET_SEMARANG.extends !== undefined ? { extends: RULESET_SEMARANG.extends } : {}),
      ...(RULESET_SEMARANG.agency !== undefined ? { agency: RULESET_SEMARANG.agency } : {}),
    },
    pegawai,
    ditolak,
  };
}
