import type { EvaluationResult, JenisPeriode, PredikatPegawai, Rating } from '@kinerja/core';
import { recordsOf } from '../shared/keys.js';
import { siasnKuadranCode, siasnRatingCode } from '../shared/labels.js';
import { Ledger, type ParseResult } from '../shared/result.js';
import { RowContext } from '../shared/row.js';
import { codeAndLabel, readPenilai, type SiasnPenilai } from './common.js';
import {
  type PayloadResult,
  pmk6Parts,
  type SiasnReadOptions,
  type SiasnWriteOptions,
} from './skp22.js';

/** A periodic (monthly/quarterly) record: `POST /kinerjaperiodik/save` or `rw-kinerjaperiodik`. */
export interface KinerjaPeriodikRecord {
  readonly row: number;
  readonly id?: string;
  readonly tahun: number;
  readonly bulanMulai: number;
  readonly tahunMulai: number;
  readonly bulanSelesai: number;
  readonly tahunSelesai: number;
  /** SIASN `periodik` reference id (1 bulanan, 2 triwulan). */
  readonly periodikId?: string;
  /** SIASN `koefisien` reference id (`koefisienId`, or `koefisenId` as the GET response spells it). */
  readonly koefisienId?: string;
  readonly pnsDinilaiId?: string;
  readonly nip?: string;
  readonly nama?: string;
  readonly ratingHasilKerja?: Rating;
  readonly ratingPerilaku?: Rating;
  readonly predikat?: PredikatPegawai;
  readonly penilai: SiasnPenilai;
  readonly statusPenilai?: string;
  readonly path: readonly unknown[];
  readonly extra: Readonly<Record<string, unknown>>;
}

/**
 * Reads periodic kinerja records: `kinerjaperiodik/save` bodies or the `rw-kinerjaperiodik`
 * response (its `koefisenId` typo accepted as is; `nip`, `nama` read; `instansi*`, `unor*`,
 * `kriteria`, `persentase`, … kept in `extra`).
 *
 * @example
 * ```ts
 * const r = readKinerjaPeriodik([{ tahun: 2024, bulanMulaiPenilaian: 1, bulanSelesaiPenilaian: 3,
 *   tahunMulaiPenilaian: 2024, tahunSelesaiPenilaian: 2024, periodikId: '2', koefisenId: '22',
 *   hasilKinerjaNilai: 2, perilakuKerjaNilai: 2, kuadranKinerjaNilai: 2 }]);
 * r.records[0].koefisienId; // '22'
 * ```
 */
export function readKinerjaPeriodik(
  payload: unknown,
  opts: SiasnReadOptions = {},
): ParseResult<KinerjaPeriodikRecord> {
  const list = recordsOf(payload);
  if (!list.ok) {
    const l = new Ledger<KinerjaPeriodikRecord>(1);
    l.reject(1, [], 'PAYLOAD_INVALID', { reason: list.reason });
    return l.finish();
  }
  const ledger = new Ledger<KinerjaPeriodikRecord>(list.items.length);
  list.items.forEach((item, i) => {
    const row = i + 1;
    const rc = RowContext.open(ledger, row, item);
    if (!rc) return;
    const id = rc.text(['id']);
    const tahun = rc.integer(['tahun'], true);
    const bulanMulai = rc.integer(['bulanMulaiPenilaian'], true);
    const bulanSelesai = rc.integer(['bulanSelesaiPenilaian'], true);
    const tahunMulai = rc.integer(['tahunMulaiPenilaian']) ?? tahun;
    const tahunSelesai = rc.integer(['tahunSelesaiPenilaian']) ?? tahun;
    for (const [name, b] of [
      ['bulanMulaiPenilaian', bulanMulai],
      ['bulanSelesaiPenilaian', bulanSelesai],
    ] as const) {
      if (b !== undefined && (b < 1 || b > 12))
        ledger.reject(row, [name], 'ENUM_UNKNOWN', { field: name, value: String(b) }, b);
    }
    const periodikId = rc.text(['periodikId']);
    const koefisienId = rc.text(['koefisienId', 'koefisenId']);
    const pnsDinilaiId = rc.text(['pnsDinilaiId', 'pnsDinilaiOrang']);
    const nip = rc.nip(['nip']) ?? opts.nip;
    const nama = rc.text(['nama']);
    const ratingHasilKerja = codeAndLabel<Rating>(
      rc,
      'rating',
      ['hasilKinerjaNilai'],
      ['hasilKinerja'],
    );
    const ratingPerilaku = codeAndLabel<Rating>(
      rc,
      'rating',
      ['perilakuKerjaNilai'],
      ['perilakuKerja'],
    );
    const predikat = codeAndLabel<PredikatPegawai>(
      rc,
      'predikat',
      ['kuadranKinerjaNilai'],
      ['kuadranNilai', 'kuadranKinerja'],
    );
    const penilai = readPenilai(rc);
    const statusPenilai = rc.text(['statusPenilai']);
    const path = Array.isArray(rc.f.peek('path')) ? (rc.f.get('path') as unknown[]) : [];
    if (
      rc.rejected ||
      tahun === undefined ||
      bulanMulai === undefined ||
      bulanSelesai === undefined ||
      tahunMulai === undefined ||
      tahunSelesai === undefined
    ) {
      return;
    }
    ledger.accept({
      row,
      ...(id !== undefined ? { id } : {}),
      tahun,
      bulanMulai,
      tahunMulai,
      bulanSelesai,
      tahunSelesai,
      ...(periodikId !== undefined ? { periodikId } : {}),
      ...(koefisienId !== undefined ? { koefisienId } : {}),
      ...(pnsDinilaiId !== undefined ? { pnsDinilaiId } : {}),
      ...(nip !== undefined ? { nip } : {}),
      ...(nama !== undefined ? { nama } : {}),
      ...(ratingHasilKerja ? { ratingHasilKerja } : {}),
      ...(ratingPerilaku ? { ratingPerilaku } : {}),
      ...(predikat ? { predikat } : {}),
      penilai,
      ...(statusPenilai !== undefined ? { statusPenilai } : {}),
      path,
      extra: rc.extra(),
    });
  });
  return ledger.finish();
}

/**
 * The period of a periodic record: the first day of the start month to the last day of the end
 * month; the kind from `periodikId` (1 bulanan, 2 triwulan) or else from the number of months.
 *
 * @example
 * ```ts
 * periodeOfKinerjaPeriodik(record); // { jenis: 'TRIWULAN', mulai: '2024-01-01', selesai: '2024-03-31' }
 * ```
 */
export function periodeOfKinerjaPeriodik(r: KinerjaPeriodikRecord): {
  jenis: JenisPeriode;
  mulai: string;
  selesai: string;
} {
  const months = (r.tahunSelesai - r.tahunMulai) * 12 + (r.bulanSelesai - r.bulanMulai) + 1;
  const last = new Date(Date.UTC(r.tahunSelesai, r.bulanSelesai, 0)).getUTCDate();
  const p2 = (n: number) => String(n).padStart(2, '0');
  const jenis: JenisPeriode =
    r.periodikId === '1'
      ? 'BULANAN'
      : r.periodikId === '2'
        ? 'TRIWULAN'
        : months <= 1
          ? 'BULANAN'
          : months <= 3
            ? 'TRIWULAN'
            : months <= 6
              ? 'SEMESTER'
              : 'TAHUNAN';
  return {
    jenis,
    mulai: `${String(r.tahunMulai).padStart(4, '0')}-${p2(r.bulanMulai)}-01`,
    selesai: `${String(r.tahunSelesai).padStart(4, '0')}-${p2(r.bulanSelesai)}-${p2(last)}`,
  };
}

/** The body of `POST /kinerjaperiodik/save`. */
export interface KinerjaPeriodikPayload {
  bulanMulaiPenilaian: number;
  bulanSelesaiPenilaian: number;
  hasilKinerjaNilai: number;
  id?: string;
  koefisienId: string;
  kuadranKinerjaNilai: number;
  path: unknown[];
  penilaiGolongan: string;
  penilaiJabatanNama: string;
  penilaiNama: string;
  penilaiNipNrp: string;
  penilaiUnorNama: string;
  perilakuKerjaNilai: number;
  periodikId: string;
  pnsDinilaiId: string;
  statusPenilai: string;
  tahun: number;
  tahunMulaiPenilaian: number;
  tahunSelesaiPenilaian: number;
  [extra: string]: unknown;
}

/**
 * Writes a periodic record as a `kinerjaperiodik/save` body (POST spelling `koefisienId`). The
 * `extra` fields are included unless `includeExtra` is false (use false for a clean body when a
 * record came from a GET response); `nip` and `nama` are not POST fields and are not written.
 *
 * @example
 * ```ts
 * kinerjaPeriodikPayload(readKinerjaPeriodik(json).records[0]).koefisienId;
 * ```
 */
export function kinerjaPeriodikPayload(
  r: KinerjaPeriodikRecord,
  opts: { includeExtra?: boolean } = {},
): KinerjaPeriodikPayload {
  return {
    ...(opts.includeExtra === false ? {} : r.extra),
    bulanMulaiPenilaian: r.bulanMulai,
    bulanSelesaiPenilaian: r.bulanSelesai,
    hasilKinerjaNilai: r.ratingHasilKerja ? siasnRatingCode(r.ratingHasilKerja) : 0,
    ...(r.id !== undefined ? { id: r.id } : {}),
    koefisienId: r.koefisienId ?? '',
    kuadranKinerjaNilai: r.predikat ? siasnKuadranCode(r.predikat) : 0,
    path: [...r.path],
    penilaiGolongan: r.penilai.golongan ?? '',
    penilaiJabatanNama: r.penilai.jabatan ?? '',
    penilaiNama: r.penilai.nama ?? '',
    penilaiNipNrp: r.penilai.nipNrp ?? '',
    penilaiUnorNama: r.penilai.unorNama ?? '',
    perilakuKerjaNilai: r.ratingPerilaku ? siasnRatingCode(r.ratingPerilaku) : 0,
    periodikId: r.periodikId ?? '',
    pnsDinilaiId: r.pnsDinilaiId ?? '',
    statusPenilai: r.statusPenilai ?? '',
    tahun: r.tahun,
    tahunMulaiPenilaian: r.tahunMulai,
    tahunSelesaiPenilaian: r.tahunSelesai,
  };
}

/** Options of {@link toKinerjaPeriodikPayload}. */
export interface KinerjaPeriodikWriteOptions extends SiasnWriteOptions {
  /** SIASN `koefisien` id (e.g. `'22'` for Ahli Muda, see `SIASN_REFERENCE.koefisien`). */
  readonly koefisienId: string;
  /** SIASN `periodik` id; default from the period kind (BULANAN → '1', otherwise '2'). */
  readonly periodikId?: string;
}

/**
 * Builds the `kinerjaperiodik/save` body from a periodic PermenPANRB 6/2022 evaluation (months
 * from the result's period).
 *
 * @example
 * ```ts
 * const r = toKinerjaPeriodikPayload(evaluate(triwulanAppraisal), { pnsDinilaiId: 'A8…', koefisienId: '22' });
 * ```
 */
export function toKinerjaPeriodikPayload(
  result: EvaluationResult,
  opts: KinerjaPeriodikWriteOptions,
): PayloadResult<KinerjaPeriodikPayload> {
  const p = pmk6Parts(result);
  if (!p.ok) return p;
  const mulai = result.periode?.mulai ?? '0000-01-01';
  const selesai = result.periode?.selesai ?? '0000-01-01';
  const penilai = opts.penilai ?? {
    ...(result.penilai?.nama !== undefined ? { nama: result.penilai.nama } : {}),
    ...(result.penilai?.nip !== undefined ? { nipNrp: result.penilai.nip } : {}),
  };
  return {
    ok: true,
    payload: kinerjaPeriodikPayload({
      row: 0,
      ...(opts.id !== undefined ? { id: opts.id } : {}),
      tahun: Number(selesai.slice(0, 4)),
      tahunMulai: Number(mulai.slice(0, 4)),
      bulanMulai: Number(mulai.slice(5, 7)),
      tahunSelesai: Number(selesai.slice(0, 4)),
      bulanSelesai: Number(selesai.slice(5, 7)),
      periodikId: opts.periodikId ?? (result.periode?.jenis === 'BULANAN' ? '1' : '2'),
      koefisienId: opts.koefisienId,
      pnsDinilaiId: opts.pnsDinilaiId,
      ratingHasilKerja: p.hasil,
      ratingPerilaku: p.perilaku,
      predikat: p.predikat,
      penilai,
      statusPenilai: opts.statusPenilai ?? 'ASN',
      path: opts.path ?? [],
      extra: {},
    }),
  };
}
