import { recordsOf } from '../shared/keys.js';
import { Ledger, type ParseResult } from '../shared/result.js';
import { RowContext } from '../shared/row.js';

/**
 * SIASN reference tables as published in the `ws-siasn-php` snapshot (formats.md §2.1),
 * spelled exactly as SIASN spells them ("ESPEKTASI" is SIASN's typo). Status UNCERTAIN: read
 * from third-party clients, not from the live `/referensi` endpoints (regulations.md §3.4).
 *
 * @example
 * ```ts
 * SIASN_REFERENCE.kuadranNilai.find((r) => r.id === '3')?.nama; // 'BUTUH PERBAIKAN'
 * ```
 */
export const SIASN_REFERENCE = {
  perilakuDanKinerja: [
    { id: '1', nama: 'DIATAS ESPEKTASI' },
    { id: '2', nama: 'SESUAI ESPEKTASI' },
    { id: '3', nama: 'DIBAWAH ESPEKTASI' },
  ],
  kuadranNilai: [
    { id: '1', nama: 'SANGAT BAIK' },
    { id: '2', nama: 'BAIK' },
    { id: '3', nama: 'BUTUH PERBAIKAN' },
    { id: '4', nama: 'KURANG' },
    { id: '5', nama: 'SANGAT KURANG' },
  ],
  periodik: [
    { id: '1', nama: 'bulanan' },
    { id: '2', nama: 'triwulan' },
  ],
  /** Only the `persentase 100 / Baik` rows are in the snapshot (ids `<jenjang>2`). */
  koefisien: [
    {
      id: '12',
      jabatan: 'Ahli Pertama',
      kriteria: 'Baik',
      persentase: '100',
      keterangan: '12.5',
      jenjang: 'PT',
    },
    {
      id: '22',
      jabatan: 'Ahli Muda',
      kriteria: 'Baik',
      persentase: '100',
      keterangan: '25',
      jenjang: 'MU',
    },
    {
      id: '32',
      jabatan: 'Ahli Madya',
      kriteria: 'Baik',
      persentase: '100',
      keterangan: '37.5',
      jenjang: 'MA',
    },
    {
      id: '42',
      jabatan: 'Ahli Utama',
      kriteria: 'Baik',
      persentase: '100',
      keterangan: '50',
      jenjang: 'UT',
    },
    {
      id: '52',
      jabatan: 'Pemula',
      kriteria: 'Baik',
      persentase: '100',
      keterangan: '3.75',
      jenjang: 'PM',
    },
    {
      id: '62',
      jabatan: 'Terampil',
      kriteria: 'Baik',
      persentase: '100',
      keterangan: '5',
      jenjang: 'TR',
    },
    {
      id: '72',
      jabatan: 'Mahir',
      kriteria: 'Baik',
      persentase: '100',
      keterangan: '12.5',
      jenjang: 'MH',
    },
    {
      id: '82',
      jabatan: 'Penyelia',
      kriteria: 'Baik',
      persentase: '100',
      keterangan: '25',
      jenjang: 'PY',
    },
  ],
} as const;

/** One row of a SIASN reference table: `id`, `nama` and any other columns, as strings. */
export interface ReferenceRow {
  readonly row: number;
  readonly id: string;
  readonly nama?: string;
  readonly extra: Readonly<Record<string, unknown>>;
}

/**
 * Reads a SIASN reference response (`perilakuDanKinerja`, `kuadranNilai`, `periodik`,
 * `koefisien`, …): rows with an `id` and usually a `nama`; other columns are kept in `extra`.
 *
 * @example
 * ```ts
 * readReference('[{"id":"1","nama":"DIATAS ESPEKTASI"}]').records[0].nama; // 'DIATAS ESPEKTASI'
 * ```
 */
export function readReference(payload: unknown): ParseResult<ReferenceRow> {
  const list = recordsOf(payload);
  if (!list.ok) {
    const l = new Ledger<ReferenceRow>(1);
    l.reject(1, [], 'PAYLOAD_INVALID', { reason: list.reason });
    return l.finish();
  }
  const ledger = new Ledger<ReferenceRow>(list.items.length);
  list.items.forEach((item, i) => {
    const row = i + 1;
    const rc = RowContext.open(ledger, row, item);
    if (!rc) return;
    const id = rc.text(['id'], true);
    const nama = rc.text(['nama']);
    if (rc.rejected || id === undefined) return;
    ledger.accept({ row, id, ...(nama !== undefined ? { nama } : {}), extra: rc.extra() });
  });
  return ledger.finish();
}
