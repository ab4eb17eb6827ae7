import type { JenisJabatan, PegawaiInput } from '@kinerja/core';
import { type ColumnMapping, cellsToObject, findHeader, isBlankRow } from '../csv/table.js';
import { type CsvReadOptions, parseCsv } from '../csv/tokenizer.js';
import { readJenisJabatan } from '../shared/jabatan.js';
import { FORBIDDEN } from '../shared/keys.js';
import { Ledger, type ParseResult } from '../shared/result.js';
import { RowContext } from '../shared/row.js';

/** One employee of the SIASN "Export Data ASN" master. */
export interface PegawaiMasterRow {
  readonly row: number;
  readonly line: number;
  /** SIASN `pns_id` (the id `pnsDinilaiId`/`pnsDinilaiOrang` refer to). */
  readonly pnsId?: string;
  readonly nip: string;
  readonly pegawai: PegawaiInput;
  /** Every other column of the export, by its header name. */
  readonly extra: Readonly<Record<string, string>>;
}

type MasterField =
  | 'pnsId'
  | 'nip'
  | 'nama'
  | 'jenisPegawai'
  | 'jenisJabatan'
  | 'jabatan'
  | 'golongan'
  | 'unorId'
  | 'unor'
  | 'instansiInduk'
  | 'jenisKelamin'
  | 'tanggalLahir';

const MASTER_COLUMNS: ColumnMapping<MasterField> = {
  pnsId: ['pns_id', 'id'],
  nip: ['nip_baru', 'nip'],
  nama: ['nama'],
  jenisPegawai: ['jenis_pegawai_nama'],
  jenisJabatan: ['jenis_jabatan_nama'],
  jabatan: ['jabatan_nama'],
  golongan: ['gol_akhir_nama'],
  unorId: ['unor_id'],
  unor: ['unor_nama'],
  instansiInduk: ['instansi_induk_nama'],
  jenisKelamin: ['jenis_kelamin'],
  tanggalLahir: ['tanggal_lahir'],
};

/** Options of {@link readEksporAsn}. */
export interface EksporAsnOptions extends CsvReadOptions {
  /** Maps a `jenis_jabatan_nama` the default reader does not know (or overrides it). */
  readonly jenisJabatan?: (label: string) => JenisJabatan | undefined;
}

const GOLONGAN_RE = /\b(IV|I{1,3})\/([a-e])\b/i;
const PPPK_GOL_RE = /^(?:[IVX]+)$/;

/**
 * Reads the SIASN "Export Data ASN" CSV (columns `pns_id, nip_baru, nama, jenis_jabatan_nama,
 * jabatan_nama, gol_akhir_nama, unor_id, unor_nama, …`, formats.md §2.1) into the employee
 * master used to complete SIASN records. Every column that is not mapped is kept in `extra`.
 *
 * @example
 * ```ts
 * const master = readEksporAsn(csvText);
 * const index = indexPegawai(master.records);
 * index.byNip.get('198703122010011002')?.pegawai.nama;
 * ```
 */
export function readEksporAsn(
  text: string,
  opts: EksporAsnOptions = {},
): ParseResult<PegawaiMasterRow> {
  const { rows, unterminated } = parseCsv(text, opts);
  const header = findHeader(rows, MASTER_COLUMNS, 'nip');
  const data = header
    ? rows.slice(header.index + 1).filter((r) => !isBlankRow(r))
    : rows.filter((r) => !isBlankRow(r));
  const ledger = new Ledger<PegawaiMasterRow>(data.length);
  if (!header) {
    data.forEach((r, i) => {
      ledger.reject(i + 1, [], 'CSV_HEADER_NOT_FOUND', { rows: 30 }, r.cells);
    });
    return ledger.finish();
  }
  if (header.index > 0) ledger.decide('HEADER_ROW_DETECTED', [], { line: header.line });
  const blocked = header.unmapped.find((c) => FORBIDDEN.has(c.name.toLowerCase()))?.name;
  data.forEach((r, i) => {
    const row = i + 1;
    if (blocked !== undefined) {
      ledger.reject(row, [blocked], 'FORBIDDEN_KEY', { key: blocked });
      return;
    }
    const { fields, extra, overflow } = cellsToObject(header, r);
    if (overflow > 0) ledger.decide('CSV_EXTRA_CELLS', row, undefined);
    const rc = RowContext.open(ledger, row, fields, { dashIsEmpty: true });
    if (!rc) return;
    const nip = rc.nip(['nip'], true);
    const nama = rc.text(['nama'], true);
    const pnsId = rc.text(['pnsId']);
    const jjLabel = rc.text(['jenisJabatan'], true);
    const custom = jjLabel !== undefined ? opts.jenisJabatan?.(jjLabel) : undefined;
    const jab = custom
      ? { jenis: custom }
      : jjLabel !== undefined
        ? readJenisJabatan(jjLabel)
        : undefined;
    if (jjLabel !== undefined && !jab) {
      ledger.reject(
        row,
        ['jenis_jabatan_nama'],
        'ENUM_UNKNOWN',
        { field: 'jenis_jabatan_nama', value: jjLabel },
        jjLabel,
      );
    }
    if (jab && 'decision' in jab && jab.decision) ledger.decide(jab.decision, row, undefined);
    const jabatanNama = rc.text(['jabatan']);
    const golRaw = rc.text(['golongan']);
    const gm = golRaw ? GOLONGAN_RE.exec(golRaw) : null;
    const golongan = gm
      ? `${(gm[1] as string).toUpperCase()}/${(gm[2] as string).toLowerCase()}`
      : golRaw && PPPK_GOL_RE.test(golRaw)
        ? golRaw
        : undefined;
    const jp = rc.text(['jenisPegawai']);
    const jenisAsn = jp !== undefined && /PPPK/i.test(jp) ? 'PPPK' : 'PNS';
    const unorId = rc.text(['unorId']);
    const unor = rc.text(['unor']);
    const induk = rc.text(['instansiInduk']);
    const jk = rc.text(['jenisKelamin'])?.toUpperCase();
    const jenisKelamin =
      jk === undefined
        ? undefined
        : ['M', 'L', 'PRIA', 'LAKI-LAKI'].includes(jk)
          ? 'L'
          : ['F', 'P', 'WANITA', 'PEREMPUAN'].includes(jk)
            ? 'P'
            : undefined;
    const tanggalLahir = rc.date(['tanggalLahir']);
    // Columns read but not mapped into the pegawai stay available in extra.
    const keep = {
      ...extra,
      ...(golRaw !== undefined && golongan === undefined ? { gol_akhir_nama: golRaw } : {}),
      ...(jp !== undefined ? { jenis_pegawai_nama: jp } : {}),
    };
    if (rc.rejected || !nip || !nama || !jab) return;
    ledger.accept({
      row,
      line: r.line,
      ...(pnsId !== undefined ? { pnsId } : {}),
      nip,
      pegawai: {
        nip,
        nama,
        jenisAsn,
        jabatan: {
          jenis: jab.jenis,
          ...(jabatanNama !== undefined ? { nama: jabatanNama } : {}),
          ...('struktural' in jab && jab.struktural !== undefined
            ? { struktural: jab.struktural }
            : {}),
        },
        ...(golongan !== undefined ? { golongan } : {}),
        ...(unor !== undefined
          ? {
              unitKerja: {
                nama: unor,
                ...(unorId !== undefined ? { id: unorId } : {}),
                ...(induk !== undefined ? { induk } : {}),
              },
            }
          : {}),
        ...(jenisKelamin ? { jenisKelamin } : {}),
        ...(tanggalLahir ? { tanggalLahir } : {}),
      },
      extra: keep,
    });
  });
  if (unterminated && data.length > 0)
    ledger.reject(data.length, [], 'CSV_UNTERMINATED_QUOTE', undefined);
  return ledger.finish();
}

/** Lookups into the employee master by NIP and by SIASN PNS id. */
export interface PegawaiIndex {
  readonly byNip: ReadonlyMap<string, PegawaiMasterRow>;
  readonly byPnsId: ReadonlyMap<string, PegawaiMasterRow>;
}

/**
 * Indexes the employee master by NIP and PNS id (the first row wins for a repeated key).
 *
 * @example
 * ```ts
 * const index = indexPegawai(readEksporAsn(csvText).records);
 * ```
 */
export function indexPegawai(rows: readonly PegawaiMasterRow[]): PegawaiIndex {
  const byNip = new Map<string, PegawaiMasterRow>();
  const byPnsId = new Map<string, PegawaiMasterRow>();
  for (const r of rows) {
    if (!byNip.has(r.nip)) byNip.set(r.nip, r);
    if (r.pnsId !== undefined && !byPnsId.has(r.pnsId)) byPnsId.set(r.pnsId, r);
  }
  return { byNip, byPnsId };
}
