import type { JenisJabatan, PegawaiInput } from '@kinerja/core';
import {
  type ColumnMapping,
  cellsToObject,
  decideConflicts,
  decideDuplicateColumns,
  findHeader,
  type HeaderMatch,
  isBlankRow,
} from '../csv/table.js';
import { type CsvReadOptions, type CsvRow, parseCsv, streamCsv } from '../csv/tokenizer.js';
import { readJenisJabatan } from '../shared/jabatan.js';
import { FORBIDDEN } from '../shared/keys.js';
import { type Decision, Ledger, type ParseResult, type Rejection } from '../shared/result.js';
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
 * For a large export read from a file, use {@link readEksporAsnStream} (same result) or
 * {@link streamEksporAsn} (row by row, constant memory).
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
  const reader = new EksporAsnReader(opts);
  const out = new EksporAsnCollector();
  for (const r of rows) for (const item of reader.push(r)) out.add(item);
  for (const item of reader.end(unterminated)) out.add(item);
  return out.finish();
}

/**
 * Streaming variant of {@link readEksporAsn}: reads the export chunk by chunk (a Node stream
 * decoded as text, a `ReadableStream<string>`, any (async) iterable of strings) without ever
 * holding the file text; the result is the same as `readEksporAsn` on the whole text.
 *
 * @example
 * ```ts
 * const master = await readEksporAsnStream(fs.createReadStream('ekspor-asn.csv', 'utf8'));
 * const index = indexPegawai(master.records);
 * ```
 */
export async function readEksporAsnStream(
  source: AsyncIterable<string> | Iterable<string>,
  opts: EksporAsnOptions = {},
): Promise<ParseResult<PegawaiMasterRow>> {
  const out = new EksporAsnCollector();
  for await (const item of streamEksporAsn(source, opts)) out.add(item);
  return out.finish();
}

/**
 * One outcome of {@link streamEksporAsn}: a data row (accepted with its `record`, or with its
 * `rejections`), with the decisions taken on it; or a decision about the whole file (the header
 * row found below report titles).
 */
export type EksporAsnItem =
  | {
      readonly kind: 'row';
      readonly row: number;
      readonly line: number;
      readonly record?: PegawaiMasterRow;
      readonly rejections: readonly Rejection[];
      readonly decisions: readonly Decision[];
    }
  | { readonly kind: 'file'; readonly decision: Decision };

/**
 * Reads the "Export Data ASN" row by row in constant memory: the tokenizer state, at most the
 * first 30 records while the header row is looked for, and one row held back (a quote left open
 * at the end of the file rejects the last row). Each row comes out with its record or its
 * rejections and its decisions; collecting them gives exactly {@link readEksporAsn}'s result
 * (rows numbered the same, counts reconciling: every data row yields one item).
 *
 * @example
 * ```ts
 * for await (const item of streamEksporAsn(fs.createReadStream('ekspor-asn.csv', 'utf8'))) {
 *   if (item.kind === 'row' && item.record) await db.upsert(item.record.nip, item.record.pegawai);
 * }
 * ```
 */
export async function* streamEksporAsn(
  source: AsyncIterable<string> | Iterable<string>,
  opts: EksporAsnOptions = {},
): AsyncGenerator<EksporAsnItem> {
  const reader = new EksporAsnReader(opts);
  let unterminated = false;
  for await (const r of streamCsv(source, {
    ...opts,
    onUnterminated: () => (unterminated = true),
  })) {
    yield* reader.push(r);
  }
  yield* reader.end(unterminated);
}

/** Rows scanned for the header row (report titles may sit above it). */
const HEADER_SCAN = 30;

/**
 * The row-by-row reader behind the three entry points: finds the header within the first
 * {@link HEADER_SCAN} records, then reads each non-blank record with its own ledger (row 1
 * locally, renumbered on the way out) so nothing accumulates across rows.
 */
class EksporAsnReader {
  readonly #opts: EksporAsnOptions;
  /** Records seen while the header is looked for; `undefined` once decided. */
  #scan: CsvRow[] | undefined = [];
  /** The header, or `null` when none was found in the scanned records. */
  #header: HeaderMatch<MasterField> | null | undefined;
  #blocked: string | undefined;
  #row = 0;
  /** The last data row, held back until it is known not to be the file's last. */
  #pending: { ledger: Ledger<PegawaiMasterRow>; row: number; line: number } | undefined;

  constructor(opts: EksporAsnOptions) {
    this.#opts = opts;
  }

  push(r: CsvRow): EksporAsnItem[] {
    if (this.#scan) {
      this.#scan.push(r);
      const found = findHeader([r], MASTER_COLUMNS, 'nip');
      if (found) return this.#decide({ ...found, index: this.#scan.length - 1 });
      return this.#scan.length >= HEADER_SCAN ? this.#decide(null) : [];
    }
    return this.#data(r);
  }

  end(unterminated: boolean): EksporAsnItem[] {
    const out = this.#scan ? this.#decide(null) : [];
    const p = this.#pending;
    if (p) {
      if (unterminated) p.ledger.reject(1, [], 'CSV_UNTERMINATED_QUOTE', undefined);
      out.push(this.#flush(p));
      this.#pending = undefined;
    }
    return out;
  }

  #decide(header: HeaderMatch<MasterField> | null): EksporAsnItem[] {
    const scanned = this.#scan ?? [];
    this.#scan = undefined;
    this.#header = header;
    const out: EksporAsnItem[] = [];
    if (header) {
      this.#blocked = header.unmapped.find((c) => FORBIDDEN.has(c.name.toLowerCase()))?.name;
      const l = new Ledger<PegawaiMasterRow>(0);
      if (header.index > 0) l.decide('HEADER_ROW_DETECTED', [], { line: header.line });
      decideDuplicateColumns(l, header);
      for (const decision of l.finish().decisions) out.push({ kind: 'file', decision });
    }
    for (const r of header ? scanned.slice(header.index + 1) : scanned) out.push(...this.#data(r));
    return out;
  }

  #data(r: CsvRow): EksporAsnItem[] {
    if (isBlankRow(r)) return [];
    const out: EksporAsnItem[] = [];
    if (this.#pending) out.push(this.#flush(this.#pending));
    const ledger = new Ledger<PegawaiMasterRow>(1);
    const header = this.#header;
    if (!header) {
      ledger.reject(1, [], 'CSV_HEADER_NOT_FOUND', { rows: HEADER_SCAN }, r.cells);
    } else if (this.#blocked !== undefined) {
      ledger.reject(1, [this.#blocked], 'FORBIDDEN_KEY', { key: this.#blocked });
    } else {
      readMasterRow(ledger, header, r, this.#opts);
    }
    this.#row++;
    this.#pending = { ledger, row: this.#row, line: r.line };
    return out;
  }

  #flush(p: { ledger: Ledger<PegawaiMasterRow>; row: number; line: number }): EksporAsnItem {
    const res = p.ledger.finish();
    const record = res.records[0];
    return {
      kind: 'row',
      row: p.row,
      line: p.line,
      ...(record ? { record: { ...record, row: p.row } } : {}),
      rejections: res.rejections.map((x) => ({ ...x, row: p.row })),
      decisions: res.decisions.map((d) => ({ ...d, rows: [p.row] })),
    };
  }
}

/** Merges the items of {@link streamEksporAsn} into a parse result, as a ledger would. */
class EksporAsnCollector {
  readonly #records: PegawaiMasterRow[] = [];
  readonly #rejections: Rejection[] = [];
  readonly #rejectedRows = new Set<number>();
  readonly #decisions = new Map<string, { d: Decision; rows: number[] }>();
  #input = 0;

  add(item: EksporAsnItem): void {
    if (item.kind === 'file') {
      this.#decide(item.decision);
      return;
    }
    this.#input = Math.max(this.#input, item.row);
    if (item.record) this.#records.push(item.record);
    if (item.rejections.length > 0) this.#rejectedRows.add(item.row);
    this.#rejections.push(...item.rejections);
    for (const d of item.decisions) this.#decide(d);
  }

  #decide(d: Decision): void {
    const key = `${d.code}\u0000${d.message.en}`;
    const seen = this.#decisions.get(key);
    if (seen) seen.rows.push(...d.rows);
    else this.#decisions.set(key, { d, rows: [...d.rows] });
  }

  finish(): ParseResult<PegawaiMasterRow> {
    return {
      records: this.#records,
      rejections: this.#rejections,
      decisions: [...this.#decisions.values()].map(({ d, rows }) => ({ ...d, rows })),
      excluded: [],
      counts: {
        input: this.#input,
        accepted: this.#records.length,
        rejected: this.#rejectedRows.size,
        excluded: 0,
      },
    };
  }
}

/** Reads one data record of the export (as row 1 of its own ledger). */
function readMasterRow(
  ledger: Ledger<PegawaiMasterRow>,
  header: HeaderMatch<MasterField>,
  r: CsvRow,
  opts: EksporAsnOptions,
): void {
  const row = 1;
  const { fields, extra, overflow, conflicts, keys } = cellsToObject(header, r);
  if (overflow > 0) ledger.decide('CSV_EXTRA_CELLS', row, undefined);
  decideConflicts(ledger, row, conflicts);
  // The record's keys are the reader's own field names (`MasterField`): nothing to walk.
  const rc = RowContext.open(ledger, row, fields, { dashIsEmpty: true, ownKeys: true, keys });
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
