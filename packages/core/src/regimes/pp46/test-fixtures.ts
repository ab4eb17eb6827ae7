/*
 * Test-only builders for PP 46 appraisals (imported by the *.test.ts files of this folder;
 * not exported from the package).
 */
import type { DecimalInput } from '../../arith/calculator.js';
import type { Warning } from '../../issues/issue.js';
import { type Appraisal, type AppraisalInput, AppraisalSchema } from '../../model/appraisal.js';
import type { Aspek } from '../../model/skp.js';
import { createTracer, type Tracer } from '../../trace/trace.js';
import type { ScoreContext } from '../types.js';

type Num = DecimalInput;

/** A kegiatan: [target, realisasi] per aspect; biaya optional. */
export interface KegiatanSpec {
  readonly nama?: string;
  readonly kuantitas: readonly [Num, Num | null];
  readonly kualitas?: readonly [Num, Num | null];
  readonly waktu: readonly [Num, Num | null];
  readonly biaya?: readonly [Num, Num | null];
}

/** Builds a RencanaHasilKerja input with one IKI per aspect. */
export function kegiatan(k: KegiatanSpec) {
  const iki = (aspek: Aspek, [target, realisasi]: readonly [Num, Num | null]) => ({
    aspek,
    indikator: `${aspek.toLowerCase()} ${k.nama ?? 'kegiatan'}`,
    target: { jumlah: target },
    ...(realisasi === null ? {} : { realisasi: { jumlah: realisasi } }),
  });
  return {
    rencanaHasilKerja: k.nama ?? 'Menyusun laporan',
    indikator: [
      iki('KUANTITAS', k.kuantitas),
      iki('KUALITAS', k.kualitas ?? [100, 90]),
      iki('WAKTU', k.waktu),
      ...(k.biaya ? [iki('BIAYA', k.biaya)] : []),
    ],
  };
}

/** Perilaku scores of the five base aspects (+ kepemimpinan when given). */
export function nilaiPerilaku(
  base: Num,
  extra: Partial<Record<string, Num | string>> = {},
): Record<string, Num | string> {
  return {
    ORIENTASI_PELAYANAN: base,
    INTEGRITAS: base,
    KOMITMEN: base,
    DISIPLIN: base,
    KERJA_SAMA: base,
    ...(extra as Record<string, Num | string>),
  };
}

/** A validated PP 46 appraisal (2019, pelaksana unless overridden). */
export function appraisal(over: Record<string, unknown> = {}): Appraisal {
  const input: AppraisalInput = {
    rulesetId: 'pp46-2011',
    pegawai: {
      nip: '198703122010011002',
      nama: 'Siti Rahmawati',
      jabatan: { jenis: 'PELAKSANA' },
    },
    periode: { jenis: 'TAHUNAN', mulai: '2019-01-01', selesai: '2019-12-31' },
    skp: {
      rencanaHasilKerja: [kegiatan({ kuantitas: [12, 12], waktu: [12, 12] })],
    },
    perilaku: {
      penilaian: [{ penilai: { peran: 'ATASAN' }, nilai: nilaiPerilaku(80) }],
    },
    ...over,
  } as AppraisalInput;
  return AppraisalSchema.parse(input);
}

/** A score context recording warnings and readings. */
export function context(trace = true): ScoreContext & {
  readonly warnings: Warning[];
  readonly readings: string[];
  readonly tracer: Tracer;
} {
  const warnings: Warning[] = [];
  const readings: string[] = [];
  return {
    tracer: createTracer(trace),
    indicatorTypes: new Map(),
    warnings,
    readings,
    warn: (w) => warnings.push(w),
    usedReading: (n) => readings.push(n),
  };
}
