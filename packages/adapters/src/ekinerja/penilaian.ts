import type { PredikatPegawai, Rating } from '@kinerja/core';
import { findHeader, isBlankRow, objectsByName } from '../csv/table.js';
import { type CsvReadOptions, parseCsv } from '../csv/tokenizer.js';
import { type AuditReport, auditPredikat } from '../shared/audit.js';
import { recordsOf } from '../shared/keys.js';
import { Ledger, type ParseResult } from '../shared/result.js';
import { RowContext } from '../shared/row.js';

/** One `laporan/penilaian` record of the BKN e-Kinerja integration API (or a report row). */
export interface PenilaianRecord {
  readonly row: number;
  readonly id?: string;
  readonly jenis?: string;
  readonly nip: string;
  readonly nama?: string;
  readonly tahun?: number;
  readonly periodeId?: string;
  readonly periodeAwal?: string;
  readonly periodeAkhir?: string;
  readonly skpId?: string;
  readonly skpPenilaianId?: string;
  readonly unor: { readonly id?: string; readonly nama?: string; readonly induk?: string };
  readonly jabatan?: string;
  readonly jenisJabatan?: string;
  /** `is_skp_plt_plh_pjb` / `is_plt_plh`: the SKP of an acting (PLT/PLH/Pj) post. */
  readonly pltPlh: boolean;
  readonly ratingHasilKerja?: Rating;
  readonly ratingPerilaku?: Rating;
  /** `hasil_akhir`: the stored predikat (CUKUP read as BUTUH_PERBAIKAN, reported). */
  readonly predikat?: PredikatPegawai;
  readonly atasan: {
    readonly id?: string;
    readonly nip?: string;
    readonly nama?: string;
    readonly unorId?: string;
    readonly unor?: string;
    readonly jabatan?: string;
    readonly golru?: string;
  };
  readonly waktuDinilai?: string;
  readonly golru?: string;
  readonly jenisPegawai?: string;
  readonly extra: Readonly<Record<string, unknown>>;
}

/** Options of {@link readPenilaian}. */
export interface PenilaianOptions {
  /** Exclude PLT/PLH/Pj SKP rows (`is_skp_plt_plh_pjb ≠ 0`), reported. Default true. */
  readonly excludePltPlh?: boolean;
  /**
   * Keep one row per NIP, year and period (the latest `periode_akhir_skp`) when a NIP appears
   * more than once after a mutasi, reported. Default true.
   */
  readonly dedupeMutasi?: boolean;
}

const opt = <K extends string, V>(k: K, v: V | undefined) =>
  v === undefined ? {} : ({ [k]: v } as { [P in K]: V });

function readRows(items: readonly unknown[], opts: PenilaianOptions): ParseResult<PenilaianRecord> {
  const ledger = new Ledger<PenilaianRecord>(items.length);
  items.forEach((item, i) => {
    const row = i + 1;
    const rc = RowContext.open(ledger, row, item, { dashIsEmpty: true });
    if (!rc) return;
    const nip = rc.nip(['nip', 'nip_baru'], true);
    const id = rc.text(['id']);
    const jenis = rc.text(['jenis']);
    const nama = rc.text(['nama']);
    const tahun = rc.integer(['tahun_skp', 'tahun']);
    const periodeId = rc.text(['periode_id']);
    const periodeAwal = rc.date(['periode_awal_skp', 'periode_awal']);
    const periodeAkhir = rc.date(['periode_akhir_skp', 'periode_akhir']);
    const skpId = rc.text(['skp_id']);
    const skpPenilaianId = rc.text(['skp_penilaian_id']);
    const unor = {
      ...opt('id', rc.text(['skp_unor_id'])),
      ...opt('nama', rc.text(['skp_unor'])),
      ...opt('induk', rc.text(['skp_unor_induk'])),
    };
    const jabatan = rc.text(['skp_jabatan']);
    const jenisJabatan = rc.text(['skp_jenis_jabatan']);
    const pltPlh = rc.flag(['is_skp_plt_plh_pjb', 'is_plt_plh']) ?? false;
    const ratingHasilKerja = rc.rating(['hasil_kerja']);
    const ratingPerilaku = rc.rating(['perilaku_kerja']);
    const predikat = rc.predikat(['hasil_akhir']);
    const atasan = {
      ...opt('id', rc.text(['pegawai_atasan_id'])),
      ...opt('nip', rc.text(['pegawai_atasan_nip'])),
      ...opt('nama', rc.text(['pegawai_atasan_nama'])),
      ...opt('unorId', rc.text(['pegawai_atasan_unor_id'])),
      ...opt('unor', rc.text(['pegawai_atasan_unor'])),
      ...opt('jabatan', rc.text(['pegawai_atasan_jabatan'])),
      ...opt('golru', rc.text(['pegawai_atasan_golru'])),
    };
    const waktuDinilai = rc.text(['waktu_dinilai']);
    const golru = rc.text(['golru']);
    const jenisPegawai = rc.text(['jenis_pegawai']);
    if (rc.rejected || nip === undefined) return;
    ledger.accept({
      row,
      ...opt('id', id),
      ...opt('jenis', jenis),
      nip,
      ...opt('nama', nama),
      ...opt('tahun', tahun),
      ...opt('periodeId', periodeId),
      ...opt('periodeAwal', periodeAwal),
      ...opt('periodeAkhir', periodeAkhir),
      ...opt('skpId', skpId),
      ...opt('skpPenilaianId', skpPenilaianId),
      unor,
      ...opt('jabatan', jabatan),
      ...opt('jenisJabatan', jenisJabatan),
      pltPlh,
      ...opt('ratingHasilKerja', ratingHasilKerja),
      ...opt('ratingPerilaku', ratingPerilaku),
      ...opt('predikat', predikat),
      atasan,
      ...opt('waktuDinilai', waktuDinilai),
      ...opt('golru', golru),
      ...opt('jenisPegawai', jenisPegawai),
      extra: rc.extra(),
    });
  });
  const accepted = ledger.accepted();
  if (opts.excludePltPlh ?? true) {
    const plt = accepted.filter((r) => r.pltPlh).map((r) => r.row);
    if (plt.length > 0) ledger.exclude(plt, 'PLT_PLH_EXCLUDED', undefined);
  }
  if (opts.dedupeMutasi ?? true) {
    const groups = new Map<string, PenilaianRecord[]>();
    for (const r of ledger.accepted()) {
      const key = `${r.nip}|${r.tahun ?? ''}|${r.periodeId ?? ''}`;
      const g = groups.get(key);
      if (g) g.push(r);
      else groups.set(key, [r]);
    }
    for (const g of groups.values()) {
      if (g.length < 2) continue;
      // Latest period end wins; a missing end counts as earliest; on a tie the later row wins.
      const keep = g.reduce((best, r) =>
        (r.periodeAkhir ?? '') >= (best.periodeAkhir ?? '') ? r : best,
      );
      const dropped = g.filter((r) => r !== keep).map((r) => r.row);
      ledger.exclude(dropped, 'DUPLICATE_AFTER_MUTASI', {
        nip: keep.nip,
        kept: keep.row,
        dropped: dropped.join(', '),
      });
    }
  }
  return ledger.finish();
}

/**
 * Reads the e-Kinerja integration API's `laporan/penilaian/{tahun}/{periode_id}` records
 * (`data[]`): ratings `hasil_kerja`/`perilaku_kerja` and the stored `hasil_akhir` through the
 * synonym table, "-" as empty, PLT/PLH rows excluded and duplicates after mutasi reduced to the
 * latest `periode_akhir_skp` — each such decision reported with its rows.
 *
 * @example
 * ```ts
 * const r = readPenilaian(await res.json());
 * r.decisions.map((d) => d.code); // e.g. ['PLT_PLH_EXCLUDED', 'DUPLICATE_AFTER_MUTASI']
 * ```
 */
export function readPenilaian(
  payload: unknown,
  opts: PenilaianOptions = {},
): ParseResult<PenilaianRecord> {
  const list = recordsOf(payload);
  if (!list.ok) {
    const l = new Ledger<PenilaianRecord>(1);
    l.reject(1, [], 'PAYLOAD_INVALID', { reason: list.reason });
    return l.finish();
  }
  return readRows(list.items, opts);
}

/**
 * Reads the e-Kinerja "Laporan Penilaian SKP" / "Laporan SKP" admin export saved as CSV: the
 * header row is found by its `nip` column below the report title, then rows are read as
 * {@link readPenilaian} reads API records (CUKUP ≡ BUTUH PERBAIKAN, "-" empty, PLT/PLH
 * excluded, latest period kept after mutasi). XLSX files need the separate XLSX package.
 *
 * @example
 * ```ts
 * readLaporanPenilaianCsv(fs.readFileSync('laporan.csv', 'utf8')).counts;
 * ```
 */
export function readLaporanPenilaianCsv(
  text: string,
  opts: PenilaianOptions & CsvReadOptions = {},
): ParseResult<PenilaianRecord> {
  const { rows } = parseCsv(text, opts);
  const header = findHeader(rows, { nip: ['nip', 'nip_baru'] }, 'nip');
  if (!header) {
    const data = rows.filter((r) => !isBlankRow(r));
    const l = new Ledger<PenilaianRecord>(data.length);
    data.forEach((r, i) => {
      l.reject(i + 1, [], 'CSV_HEADER_NOT_FOUND', { rows: 30 }, r.cells);
    });
    return l.finish();
  }
  // Every column by its header name (the row reader matches names case-insensitively).
  const byName = objectsByName(
    header,
    rows.slice(header.index + 1).filter((r) => !isBlankRow(r)),
  );
  const result = readRows(byName.objects, opts);
  const notes = new Ledger<PenilaianRecord>(0);
  if (header.index > 0) notes.decide('HEADER_ROW_DETECTED', [], { line: header.line });
  const before = [...notes.finish().decisions, ...byName.decisions];
  return before.length === 0 ? result : { ...result, decisions: [...before, ...result.decisions] };
}

/**
 * Audit mode for e-Kinerja: re-derives `hasil_akhir` from `hasil_kerja` × `perilaku_kerja` with
 * the PermenPANRB 6/2022 matrix and reports every disagreement.
 *
 * @example
 * ```ts
 * recheckPenilaian(readPenilaian(json)).disagreements;
 * ```
 */
export function recheckPenilaian(parsed: ParseResult<PenilaianRecord>): AuditReport {
  return auditPredikat(
    parsed.records.map((r) => ({
      row: r.row,
      nip: r.nip,
      ...opt('ratingHasilKerja', r.ratingHasilKerja),
      ...opt('ratingPerilaku', r.ratingPerilaku),
      ...opt('predikat', r.predikat),
    })),
    undefined,
    'hasil_akhir',
  );
}
