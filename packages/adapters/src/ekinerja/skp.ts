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

/** The rencana aksi of one RHK in a period (`…/penilaian/{periode}/rencana_aksi`). */
export interface RencanaAksiRecord {
  readonly row: number;
  readonly rhkId: string;
  readonly aksi: readonly {
    readonly id?: string;
    readonly deskripsi: string;
    /** Parsed target, when the text is a quantity or a range. */
    readonly target?: ReturnType<typeof readTarget>;
    /** The target text as given. */
    readonly targetTeks?: string;
  }[];
  readonly extra: Readonly<Record<string, unknown>>;
}

/**
 * Reads the app API's rencana aksi (`data.rencana_aksi[]`: `rhk_id, rencana_aksi[]` with `id,
 * deskripsi, target`). One row per RHK; an aksi without a description rejects its RHK. A target
 * that is not a quantity is kept as text (`targetTeks`), since rencana aksi targets are often prose.
 *
 * @example
 * ```ts
 * readRencanaAksi({ data: { rencana_aksi: [{ rhk_id: 11, rencana_aksi: [{ id: 1, deskripsi: 'Menyusun draf', target: '1 Dokumen' }] }] } })
 *   .records[0].aksi[0].target; // { jumlah: '1', satuan: 'Dokumen' }
 * ```
 */
export function readRencanaAksi(payload: unknown): ParseResult<RencanaAksiRecord> {
  const list = recordsOf(payload, ['rencana_aksi']);
  if (!list.ok) {
    const l = new Ledger<RencanaAksiRecord>(1);
    l.reject(1, [], 'PAYLOAD_INVALID', { reason: list.reason });
    return l.finish();
  }
  const ledger = new Ledger<RencanaAksiRecord>(list.items.length);
  list.items.forEach((item, i) => {
    const row = i + 1;
    const rc = RowContext.open(ledger, row, item);
    if (!rc) return;
    const rhkId = rc.text(['rhk_id'], true);
    const key = rc.f.key('rencana_aksi');
    const raw = key ? rc.f.source[key] : undefined;
    const aksi: RencanaAksiRecord['aksi'][number][] = [];
    if (raw !== undefined && !Array.isArray(raw)) {
      ledger.reject(row, [key ?? 'rencana_aksi'], 'ROW_NOT_OBJECT', { value: typeof raw }, raw);
    }
    (Array.isArray(raw) ? raw : []).forEach((x, j) => {
      const path = [key ?? 'rencana_aksi', j];
      if (x === null || typeof x !== 'object' || Array.isArray(x)) {
        ledger.reject(row, path, 'ROW_NOT_OBJECT', { value: String(x) }, x);
        return;
      }
      const f = new FieldReader(x as Record<string, unknown>);
      const deskripsi = readText(f.get('deskripsi'));
      if (deskripsi === undefined) {
        ledger.reject(row, [...path, 'deskripsi'], 'REQUIRED', { field: 'deskripsi' });
        return;
      }
      const id = readText(f.get('id'));
      const targetTeks = readText(f.get('target'));
      const target = targetTeks === undefined ? undefined : readTarget(targetTeks);
      aksi.push({
        ...(id !== undefined ? { id } : {}),
        deskripsi,
        ...(target ? { target } : {}),
        ...(targetTeks !== undefined ? { targetTeks } : {}),
      });
    });
    if (rc.rejected || rhkId === undefined) return;
    ledger.accept({ row, rhkId, aksi, extra: rc.extra() });
  });
  return ledger.finish();
}
