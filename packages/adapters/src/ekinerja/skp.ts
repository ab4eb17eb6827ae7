import type { Aspek, IkiInput } from '@kinerja/core';
import { FieldReader, recordsOf } from '../shared/keys.js';
import { Ledger, type ParseResult } from '../shared/result.js';
import { RowContext } from '../shared/row.js';
import { canonicalDecimal, readQuantity, readText } from '../shared/values.js';

/** One rencana hasil kerja of an e-Kinerja SKP (`GET /api/skp/{id}?master=1`, `data.kinerja[]`). */
export interface RhkRecord {
  readonly row: number;
  readonly rhkId?: string;
  readonly bagian?: string;
  /** The RHK in the core's shape (`RencanaHasilKerja` input) with its IKIs. */
  readonly rhk: {
    readonly id?: string;
    readonly jenis: 'UTAMA' | 'TAMBAHAN';
    readonly rencanaHasilKerja: string;
    readonly indikator: readonly IkiInput[];
  };
  /** Unmapped fields of each indicator, in the order of `rhk.indikator`. */
  readonly indikatorExtra: readonly Readonly<Record<string, unknown>>[];
  readonly extra: Readonly<Record<string, unknown>>;
}

const ASPEK: Readonly<Record<string, Aspek>> = {
  KUANTITAS: 'KUANTITAS',
  KUALITAS: 'KUALITAS',
  WAKTU: 'WAKTU',
  BIAYA: 'BIAYA',
};

const RANGE_RE = /^\s*(\d+(?:[.,]\d+)?)\s*(?:-|–|s\/d|sd|sampai)\s*(\d+(?:[.,]\d+)?)\s*(.*)$/iu;

/**
 * Reads an e-Kinerja target string: `"<number> <satuan>"` with `,` or `.` as the decimal
 * separator (`"1,5 Laporan"`), or a range `"80-90 %"` / `"80 s/d 90 %"`.
 *
 * @example
 * ```ts
 * readTarget('1,5 Laporan'); // { jumlah: '1.5', satuan: 'Laporan' }
 * readTarget('80 - 90 %'); // { min: '80', max: '90', satuan: '%' }
 * ```
 */
export function readTarget(
  v: unknown,
): { jumlah: string; satuan?: string } | { min: string; max: string; satuan?: string } | undefined {
  if (typeof v === 'string') {
    const m = RANGE_RE.exec(v);
    if (m?.[1] && m[2]) {
      const satuan = m[3]?.trim();
      return {
        min: canonicalDecimal(m[1].replace(',', '.')),
        max: canonicalDecimal(m[2].replace(',', '.')),
        ...(satuan ? { satuan } : {}),
      };
    }
  }
  const q = readQuantity(v);
  return q.ok ? q.value : undefined;
}

/**
 * Reads the RHKs of an e-Kinerja SKP from the application API (`data.kinerja[]`: `rhk_id, bagian,
 * jenis, rhk, indikators[]` with `id, aspek, indikator, target`) into the core's
 * `RencanaHasilKerja` inputs. One row per RHK; an unreadable target or aspek rejects its RHK with
 * the path of the indicator.
 *
 * @example
 * ```ts
 * const r = readSkpKinerja({ data: { kinerja: [{ rhk_id: 1, jenis: 'utama', rhk: 'Laporan',
 *   indikators: [{ id: 9, aspek: 'kuantitas', indikator: 'Jumlah laporan', target: '12 Dokumen' }] }] } });
 * r.records[0].rhk.indikator[0].target; // { jumlah: '12', satuan: 'Dokumen' }
 * ```
 */
export function readSkpKinerja(payload: unknown): ParseResult<RhkRecord> {
  const list = recordsOf(payload, ['kinerja']);
  if (!list.ok) {
    const l = new Ledger<RhkRecord>(1);
    l.reject(1, [], 'PAYLOAD_INVALID', { reason: list.reason });
    return l.finish();
  }
  const ledger = new Ledger<RhkRecord>(list.items.length);
  list.items.forEach((item, i) => {
    const row = i + 1;
    const rc = RowContext.open(ledger, row, item, { dashIsEmpty: true });
    if (!rc) return;
    const rhkId = rc.text(['rhk_id', 'id']);
    const bagian = rc.text(['bagian']);
    const jenisRaw = rc.text(['jenis']);
    const jenis =
      jenisRaw === undefined || /utama/i.test(jenisRaw)
        ? 'UTAMA'
        : /tambahan/i.test(jenisRaw)
          ? 'TAMBAHAN'
          : undefined;
    if (jenisRaw !== undefined && !jenis) {
      ledger.reject(row, ['jenis'], 'ENUM_UNKNOWN', { field: 'jenis', value: jenisRaw }, jenisRaw);
    }
    const teks = rc.text(['rhk', 'rencana_hasil_kerja'], true);
    const indKey = rc.f.key('indikators', 'indikator');
    const inds = indKey ? rc.f.source[indKey] : undefined;
    const indikator: IkiInput[] = [];
    const indikatorExtra: Record<string, unknown>[] = [];
    if (!Array.isArray(inds)) {
      ledger.reject(row, [indKey ?? 'indikators'], 'REQUIRED', { field: 'indikators' });
    } else {
      inds.forEach((x, j) => {
        const path = [indKey ?? 'indikators', j];
        if (x === null || typeof x !== 'object' || Array.isArray(x)) {
          ledger.reject(row, path, 'ROW_NOT_OBJECT', { value: String(x) }, x);
          return;
        }
        const ind = new FieldReader(x as Record<string, unknown>);
        const text = (name: string) => readText(ind.get(name));
        const aspekRaw = text('aspek');
        const aspek = aspekRaw === undefined ? undefined : ASPEK[aspekRaw.toUpperCase()];
        if (!aspek)
          ledger.reject(
            row,
            [...path, 'aspek'],
            'ENUM_UNKNOWN',
            { field: 'aspek', value: aspekRaw ?? '' },
            aspekRaw,
          );
        const nama = text('indikator');
        if (nama === undefined)
          ledger.reject(row, [...path, 'indikator'], 'REQUIRED', { field: 'indikator' });
        const targetRaw = ind.get('target');
        const target = readTarget(targetRaw);
        if (!target)
          ledger.reject(
            row,
            [...path, 'target'],
            'QUANTITY_FORMAT',
            { value: String(targetRaw) },
            targetRaw,
          );
        const id = text('id');
        indikatorExtra.push(ind.extra());
        if (aspek && nama !== undefined && target) {
          indikator.push({ ...(id !== undefined ? { id } : {}), aspek, indikator: nama, target });
        }
      });
    }
    if (rc.rejected || teks === undefined || !jenis) return;
    ledger.accept({
      row,
      ...(rhkId !== undefined ? { rhkId } : {}),
      ...(bagian !== undefined ? { bagian } : {}),
      rhk: {
        ...(rhkId !== undefined ? { id: rhkId } : {}),
        jenis,
        rencanaHasilKerja: teks,
        indikator,
      },
      indikatorExtra,
      extra: rc.extra(),
    });
  });
  return ledger.finish();
}
