import type { JenisPeriode, Periode } from '@kinerja/core';
import { recordsOf } from '../shared/keys.js';
import { Ledger, type ParseResult } from '../shared/result.js';
import { RowContext } from '../shared/row.js';

/** One `referensi/periode` record of the e-Kinerja integration API. */
export interface PeriodeRecord {
  readonly row: number;
  readonly id: string;
  readonly nama?: string;
  readonly tahun?: number;
  readonly periodeAwal: string;
  readonly periodeAkhir: string;
  readonly batasPengisian?: string;
  readonly jenisPeriode?: string;
  readonly tipePeriodik?: string;
  readonly angkaPeriodik?: number;
  readonly extra: Readonly<Record<string, unknown>>;
}

/**
 * Reads `GET /api_kinerja/referensi/periode` (`data[]`: `id, nama, tahun, periode_awal,
 * periode_akhir, batas_pengisian, jenis_periode, tipe_periodik, angka_periodik`).
 *
 * @example
 * ```ts
 * readPeriodeReferensi({ data: [{ id: 7, tahun: 2024, periode_awal: '2024-01-01', periode_akhir: '2024-03-31',
 *   jenis_periode: 'periodik', tipe_periodik: 'triwulan', angka_periodik: 1 }] }).records[0].id; // '7'
 * ```
 */
export function readPeriodeReferensi(payload: unknown): ParseResult<PeriodeRecord> {
  const list = recordsOf(payload);
  if (!list.ok) {
    const l = new Ledger<PeriodeRecord>(1);
    l.reject(1, [], 'PAYLOAD_INVALID', { reason: list.reason });
    return l.finish();
  }
  const ledger = new Ledger<PeriodeRecord>(list.items.length);
  list.items.forEach((item, i) => {
    const row = i + 1;
    const rc = RowContext.open(ledger, row, item, { dashIsEmpty: true });
    if (!rc) return;
    const id = rc.text(['id'], true);
    const nama = rc.text(['nama']);
    const tahun = rc.integer(['tahun']);
    const periodeAwal = rc.date(['periode_awal'], true);
    const periodeAkhir = rc.date(['periode_akhir'], true);
    const batasPengisian = rc.date(['batas_pengisian']);
    const jenisPeriode = rc.text(['jenis_periode']);
    const tipePeriodik = rc.text(['tipe_periodik']);
    const angkaPeriodik = rc.integer(['angka_periodik']);
    if (rc.rejected || id === undefined || !periodeAwal || !periodeAkhir) return;
    ledger.accept({
      row,
      id,
      ...(nama !== undefined ? { nama } : {}),
      ...(tahun !== undefined ? { tahun } : {}),
      periodeAwal,
      periodeAkhir,
      ...(batasPengisian !== undefined ? { batasPengisian } : {}),
      ...(jenisPeriode !== undefined ? { jenisPeriode } : {}),
      ...(tipePeriodik !== undefined ? { tipePeriodik } : {}),
      ...(angkaPeriodik !== undefined ? { angkaPeriodik } : {}),
      extra: rc.extra(),
    });
  });
  return ledger.finish();
}

const KIND: Readonly<Record<string, JenisPeriode>> = {
  BULANAN: 'BULANAN',
  TRIWULAN: 'TRIWULAN',
  TRIWULANAN: 'TRIWULAN',
  SEMESTER: 'SEMESTER',
  SEMESTERAN: 'SEMESTER',
  TAHUNAN: 'TAHUNAN',
};

/**
 * Period kind from the number of calendar months (1, ≤3, ≤6, else annual).
 *
 * @example
 * ```ts
 * jenisFromDates('2024-04-01', '2024-06-30'); // 'TRIWULAN'
 * ```
 */
export function jenisFromDates(mulai: string, selesai: string): JenisPeriode {
  const months =
    (Number(selesai.slice(0, 4)) - Number(mulai.slice(0, 4))) * 12 +
    (Number(selesai.slice(5, 7)) - Number(mulai.slice(5, 7))) +
    1;
  return months <= 1 ? 'BULANAN' : months <= 3 ? 'TRIWULAN' : months <= 6 ? 'SEMESTER' : 'TAHUNAN';
}

/**
 * The core {@link Periode} of an e-Kinerja period: kind from `tipe_periodik` or `jenis_periode`
 * when they name one (bulanan, triwulan, semester, tahunan), else from the dates.
 *
 * @example
 * ```ts
 * periodeOf(record); // { jenis: 'TRIWULAN', mulai: '2024-01-01', selesai: '2024-03-31', label: 'Triwulan I' }
 * ```
 */
export function periodeOf(r: PeriodeRecord): Periode {
  const named =
    KIND[(r.tipePeriodik ?? '').toUpperCase()] ?? KIND[(r.jenisPeriode ?? '').toUpperCase()];
  return {
    jenis: named ?? jenisFromDates(r.periodeAwal, r.periodeAkhir),
    mulai: r.periodeAwal,
    selesai: r.periodeAkhir,
    ...(r.nama !== undefined ? { label: r.nama } : {}),
  };
}
