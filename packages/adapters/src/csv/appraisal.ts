import {
  type AppraisalInput,
  type EvaluationResult,
  type JenisPeriode,
  type PredikatPegawai,
  safeParseAppraisal,
} from '@kinerja/core';
import { readJenisJabatan } from '../shared/jabatan.js';
import { FORBIDDEN } from '../shared/keys.js';
import {
  type Counts,
  type Decision,
  Ledger,
  type ParseResult,
  type Rejection,
} from '../shared/result.js';
import { RowContext } from '../shared/row.js';
import { isBlank } from '../shared/values.js';
import {
  type ColumnMapping,
  cellsToObject,
  decideConflicts,
  decideDuplicateColumns,
  findHeader,
  type HeaderMatch,
  isBlankRow,
} from './table.js';
import { type CsvReadOptions, type CsvRow, parseCsv, streamCsv } from './tokenizer.js';
import { type CsvWriteOptions, writeCsv } from './writer.js';

/**
 * The fields of an appraisal row (PermenPANRB 6/2022 ratings, pegawai, periode, penilai).
 *
 * @example
 * ```ts
 * APPRAISAL_FIELDS.includes('ratingHasilKerja'); // true
 * ```
 */
export const APPRAISAL_FIELDS = [
  'id',
  'nip',
  'nama',
  'jenisAsn',
  'jenisJabatan',
  'jenjang',
  'struktural',
  'jabatan',
  'golongan',
  'unitKerjaId',
  'unitKerja',
  'jenisKelamin',
  'tanggalLahir',
  'jenisPeriode',
  'periodeMulai',
  'periodeSelesai',
  'tahun',
  'ratingHasilKerja',
  'ratingPerilaku',
  'kepalaUnit',
  'predikatOrganisasi',
  'predikat',
  'penilaiNip',
  'penilaiNama',
  'penilaiJabatan',
  'catatan',
] as const;
/** A field of an appraisal row. */
export type AppraisalField = (typeof APPRAISAL_FIELDS)[number];

/**
 * Default header aliases (matched case-insensitively, ignoring `_`, `-`, `.` and spaces). The
 * first alias is the column name the writer uses.
 *
 * @example
 * ```ts
 * DEFAULT_ALIASES.nip; // ['nip', 'no_nip', 'nomor_nip', 'nip_baru', 'nipbaru']
 * ```
 */
export const DEFAULT_ALIASES: ColumnMapping<AppraisalField> = {
  id: ['id', 'id_penilaian', 'skp_penilaian_id'],
  nip: ['nip', 'no_nip', 'nomor_nip', 'nip_baru', 'nipbaru'],
  nama: ['nama', 'nama_pegawai', 'nama_lengkap'],
  jenisAsn: ['jenis_asn', 'jenis_pegawai', 'status_pegawai'],
  jenisJabatan: ['jenis_jabatan', 'jenis_jabatan_nama', 'skp_jenis_jabatan'],
  jenjang: ['jenjang', 'jenjang_jabatan'],
  struktural: ['struktural', 'jabatan_struktural'],
  jabatan: ['jabatan', 'nama_jabatan', 'jabatan_nama', 'skp_jabatan'],
  golongan: ['golongan', 'gol', 'pangkat', 'pangkat_golongan', 'golru', 'gol_akhir_nama'],
  unitKerjaId: ['unit_kerja_id', 'unor_id', 'skp_unor_id'],
  unitKerja: ['unit_kerja', 'unor', 'unor_nama', 'skp_unor'],
  jenisKelamin: ['jenis_kelamin', 'jk', 'gender'],
  tanggalLahir: ['tanggal_lahir', 'tgl_lahir'],
  jenisPeriode: ['jenis_periode', 'periode'],
  periodeMulai: ['periode_mulai', 'periode_awal', 'periode_awal_skp', 'tanggal_mulai', 'mulai'],
  periodeSelesai: [
    'periode_selesai',
    'periode_akhir',
    'periode_akhir_skp',
    'tanggal_selesai',
    'selesai',
  ],
  tahun: ['tahun', 'tahun_skp'],
  ratingHasilKerja: ['rating_hasil_kerja', 'hasil_kerja', 'rating_hasil'],
  ratingPerilaku: ['rating_perilaku', 'rating_perilaku_kerja', 'perilaku_kerja'],
  kepalaUnit: ['kepala_unit'],
  predikatOrganisasi: ['predikat_organisasi', 'capaian_kinerja_organisasi'],
  predikat: ['predikat', 'pkp', 'predikat_kinerja', 'predikat_kinerja_pegawai', 'hasil_akhir'],
  penilaiNip: ['penilai_nip', 'nip_penilai', 'pegawai_atasan_nip', 'penilai_nip_nrp'],
  penilaiNama: ['penilai_nama', 'nama_penilai', 'pegawai_atasan_nama'],
  penilaiJabatan: ['penilai_jabatan', 'pegawai_atasan_jabatan'],
  catatan: ['catatan', 'rekomendasi'],
};

/** Options of {@link readAppraisalCsv}. */
export interface AppraisalCsvOptions extends CsvReadOptions {
  /** Extra aliases per field, tried before the defaults (e.g. `{ nip: ['NIP Pegawai'] }`). */
  readonly columns?: Partial<Record<AppraisalField, readonly string[]>>;
  /** How many leading records to scan for the header row (default 30). */
  readonly headerScan?: number;
  /** Values used when a column is absent or blank (e.g. `{ jenisJabatan: 'PELAKSANA' }`). */
  readonly defaults?: Partial<Record<AppraisalField, string>>;
}

/** One accepted appraisal row. */
export interface AppraisalRow {
  /** 1-based data record number (the first record after the header is 1). */
  readonly row: number;
  /** Line of the file on which the record starts. */
  readonly line: number;
  readonly appraisal: AppraisalInput;
  /** A predikat already stored in the file (audit: compare with the re-derived one). */
  readonly predikatTersimpan?: PredikatPegawai;
  /** Unmapped columns, by header name. */
  readonly extra: Readonly<Record<string, string>>;
}

function mappingOf(opts: AppraisalCsvOptions): ColumnMapping<AppraisalField> {
  const m = {} as Record<AppraisalField, readonly string[]>;
  for (const f of APPRAISAL_FIELDS) m[f] = [...(opts.columns?.[f] ?? []), ...DEFAULT_ALIASES[f]];
  return m;
}

const JENIS_PERIODE: Readonly<Record<string, JenisPeriode>> = {
  BULANAN: 'BULANAN',
  TRIWULAN: 'TRIWULAN',
  SEMESTER: 'SEMESTER',
  TAHUNAN: 'TAHUNAN',
};

function jenisFromSpan(mulai: string, selesai: string): JenisPeriode {
  const months = monthNumber(selesai) - monthNumber(mulai) + 1;
  return months <= 1 ? 'BULANAN' : months <= 3 ? 'TRIWULAN' : months <= 6 ? 'SEMESTER' : 'TAHUNAN';
}

/** Year × 12 + month of a `YYYY-MM-DD` date (as the date readers write them). */
function monthNumber(iso: string): number {
  if (iso.length === 10) {
    const d = (i: number) => iso.charCodeAt(i) - 48;
    return (d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3)) * 12 + d(5) * 10 + d(6);
  }
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return y * 12 + m;
}

/** Each field's name as the one-name list `RowContext` reads (one array per field, not per row). */
const NAMES = Object.fromEntries(APPRAISAL_FIELDS.map((f) => [f, [f]])) as unknown as Readonly<
  Record<AppraisalField, readonly string[]>
>;

/** Whether an object has no own enumerable key (without making the list of its keys). */
function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

/** Builds the appraisal of one record; every problem goes to the ledger. */
function buildAppraisal(
  ledger: Ledger<AppraisalRow>,
  row: number,
  line: number,
  fields: Partial<Record<AppraisalField, string>>,
  extra: Record<string, string>,
  defaults: Partial<Record<AppraisalField, string>>,
  keys: readonly string[] | undefined,
): void {
  // Without defaults the mapped cells are read as they are (a blank cell reads as absent, as
  // when it was left out of a copy); with defaults, a blank cell takes its field's default.
  let src = fields as Record<string, string>;
  let srcKeys = keys;
  if (!isEmpty(defaults)) {
    src = {};
    srcKeys = undefined;
    for (const f of APPRAISAL_FIELDS) {
      const v = fields[f];
      const d = defaults[f];
      if (v !== undefined && v.trim() !== '') src[f] = v;
      else if (d !== undefined) src[f] = d;
    }
  }
  // `src` holds only APPRAISAL_FIELDS keys and string values.
  const rc = RowContext.open(ledger, row, src, { dashIsEmpty: true, ownKeys: true, keys: srcKeys });
  if (!rc) return;
  const nip = rc.nip(NAMES.nip, true);
  const nama = rc.text(NAMES.nama, true);
  const jj = rc.text(NAMES.jenisJabatan, true);
  const jab = jj === undefined ? undefined : readJenisJabatan(jj);
  if (jj !== undefined && !jab) {
    ledger.reject(row, ['jenisJabatan'], 'ENUM_UNKNOWN', { field: 'jenisJabatan', value: jj }, jj);
  }
  if (jab?.decision) ledger.decide(jab.decision, row, undefined);
  const jenisAsnRaw = rc.text(NAMES.jenisAsn);
  let jenisAsn: 'PNS' | 'PPPK' | undefined;
  if (jenisAsnRaw !== undefined) {
    const s = jenisAsnRaw.toUpperCase().replace(/[^A-Z]+/g, '_');
    if (s === 'PNS' || s === 'CPNS') jenisAsn = 'PNS';
    else if (s === 'PPPK') jenisAsn = 'PPPK';
    else if (s === 'PPPK_PARUH_WAKTU') {
      jenisAsn = 'PPPK';
      ledger.decide('LABEL_SYNONYM', row, { value: jenisAsnRaw, code: 'PPPK' });
    } else {
      ledger.reject(
        row,
        ['jenisAsn'],
        'ENUM_UNKNOWN',
        { field: 'jenisAsn', value: jenisAsnRaw },
        jenisAsnRaw,
      );
    }
  }
  const jkRaw = rc.text(NAMES.jenisKelamin);
  let jenisKelamin: 'L' | 'P' | undefined;
  if (jkRaw !== undefined) {
    const s = jkRaw.toUpperCase();
    if (['L', 'LAKI-LAKI', 'LAKI LAKI', 'PRIA', 'M'].includes(s)) jenisKelamin = 'L';
    else if (['P', 'PEREMPUAN', 'WANITA', 'F'].includes(s)) jenisKelamin = 'P';
    else
      ledger.reject(
        row,
        ['jenisKelamin'],
        'ENUM_UNKNOWN',
        { field: 'jenisKelamin', value: jkRaw },
        jkRaw,
      );
  }
  const struktural = rc.flag(NAMES.struktural) ?? jab?.struktural;
  const jenjang = rc
    .text(NAMES.jenjang)
    ?.toUpperCase()
    .replace(/[^A-Z]+/g, '_');
  const golongan = rc.text(NAMES.golongan);
  const unitKerja = rc.text(NAMES.unitKerja);
  const unitKerjaId = rc.text(NAMES.unitKerjaId);
  const tanggalLahir = rc.date(NAMES.tanggalLahir);
  let mulai = rc.date(NAMES.periodeMulai);
  let selesai = rc.date(NAMES.periodeSelesai);
  const tahun = rc.integer(NAMES.tahun);
  if (mulai === undefined && selesai === undefined && tahun !== undefined) {
    mulai = `${String(tahun).padStart(4, '0')}-01-01`;
    selesai = `${String(tahun).padStart(4, '0')}-12-31`;
  }
  if (mulai === undefined || selesai === undefined) {
    if (!rc.rejected || (mulai === undefined && selesai === undefined)) {
      ledger.reject(row, [mulai === undefined ? 'periodeMulai' : 'periodeSelesai'], 'REQUIRED', {
        field: mulai === undefined ? 'periodeMulai' : 'periodeSelesai',
      });
    }
  }
  const jpRaw = rc.text(NAMES.jenisPeriode);
  const jenisPeriode = jpRaw === undefined ? undefined : JENIS_PERIODE[jpRaw.toUpperCase()];
  if (jpRaw !== undefined && !jenisPeriode) {
    ledger.reject(
      row,
      ['jenisPeriode'],
      'ENUM_UNKNOWN',
      { field: 'jenisPeriode', value: jpRaw },
      jpRaw,
    );
  }
  const ratingHasilKerja = rc.rating(NAMES.ratingHasilKerja);
  const ratingPerilaku = rc.rating(NAMES.ratingPerilaku);
  const kepalaUnit = rc.flag(NAMES.kepalaUnit);
  const poRaw = rc.text(NAMES.predikatOrganisasi);
  const predikatOrganisasi = poRaw?.toUpperCase().replace(/[^A-Z]+/g, '_');
  const predikat = rc.predikat(NAMES.predikat);
  const penilaiNip = rc.nip(NAMES.penilaiNip);
  const penilaiNama = rc.text(NAMES.penilaiNama);
  const penilaiJabatan = rc.text(NAMES.penilaiJabatan);
  const catatan = rc.text(NAMES.catatan);
  const id = rc.text(NAMES.id);
  if (rc.rejected || !nip || !nama || !jab || !mulai || !selesai) return;

  // Built by assignment, in the order the fields have always had (no temporary objects to
  // spread: this runs once per row).
  const jabatan: Record<string, unknown> = { jenis: jab.jenis };
  const namaJabatan = rc.f.source.jabatan;
  if (!isBlank(namaJabatan)) jabatan.nama = String(namaJabatan).trim();
  if (jenjang) jabatan.jenjang = jenjang;
  if (struktural !== undefined) jabatan.struktural = struktural;
  const pegawai: Record<string, unknown> = { nip, nama };
  if (jenisAsn) pegawai.jenisAsn = jenisAsn;
  pegawai.jabatan = jabatan;
  if (golongan !== undefined) pegawai.golongan = golongan;
  if (unitKerja !== undefined) {
    pegawai.unitKerja =
      unitKerjaId !== undefined ? { id: unitKerjaId, nama: unitKerja } : { nama: unitKerja };
  }
  if (jenisKelamin) pegawai.jenisKelamin = jenisKelamin;
  if (tanggalLahir) pegawai.tanggalLahir = tanggalLahir;
  const out: Record<string, unknown> = {};
  if (id !== undefined) out.id = id;
  out.pegawai = pegawai;
  out.periode = { jenis: jenisPeriode ?? jenisFromSpan(mulai, selesai), mulai, selesai };
  if (penilaiNama !== undefined) {
    const penilai: Record<string, unknown> = { nama: penilaiNama };
    if (penilaiNip) penilai.nip = penilaiNip;
    if (penilaiJabatan) penilai.jabatan = penilaiJabatan;
    out.penilai = penilai;
  }
  if (ratingHasilKerja) out.ratingHasilKerja = ratingHasilKerja;
  if (ratingPerilaku) out.ratingPerilaku = ratingPerilaku;
  if (kepalaUnit !== undefined) out.kepalaUnit = kepalaUnit;
  if (predikatOrganisasi) out.predikatOrganisasi = predikatOrganisasi;
  if (catatan !== undefined) out.catatan = catatan;
  const appraisal = out as AppraisalInput;
  const parsed = safeParseAppraisal(appraisal);
  if (!parsed.success) {
    for (const i of parsed.issues) {
      ledger.rejectWith({ row, path: ['appraisal', ...i.path], code: i.code, message: i.message });
    }
    return;
  }
  ledger.accept(
    predikat
      ? { row, line, appraisal, predikatTersimpan: predikat, extra }
      : { row, line, appraisal, extra },
  );
}

/** Incremental appraisal-table reader shared by the text and the streaming entry points. */
class AppraisalTableReader {
  readonly ledger = new Ledger<AppraisalRow>();
  readonly #mapping: ColumnMapping<AppraisalField>;
  readonly #opts: AppraisalCsvOptions;
  readonly #before: CsvRow[] = [];
  #header: ReturnType<typeof findHeader<AppraisalField>>;
  #row = 0;
  #blockedColumn: string | undefined;

  constructor(opts: AppraisalCsvOptions) {
    this.#opts = opts;
    this.#mapping = mappingOf(opts);
  }

  push(r: CsvRow): void {
    if (!this.#header) {
      this.#before.push(r);
      const scan = this.#opts.headerScan ?? 30;
      const h = findHeader([r], this.#mapping, 'nip', 1);
      if (h) this.#startAt({ ...h, index: this.#before.length - 1 });
      else if (this.#before.length >= scan) this.#giveUp();
      return;
    }
    this.#data(r);
  }

  #startAt(h: NonNullable<typeof this.header>): void {
    this.#header = h;
    if (h.index > 0) this.ledger.decide('HEADER_ROW_DETECTED', [], { line: h.line });
    this.#blockedColumn = h.unmapped.find((c) => FORBIDDEN.has(c.name.toLowerCase()))?.name;
    decideDuplicateColumns(this.ledger, h);
    if (h.unmapped.length > 0) {
      this.ledger.decide('UNKNOWN_COLUMNS_KEPT', [], {
        columns: h.unmapped.map((c) => c.name).join(', '),
      });
    }
    this.#before.length = 0;
  }

  get header() {
    return this.#header;
  }

  #giveUp(): void {
    // No header: every non-blank record scanned is reported, nothing is dropped silently.
    for (const r of this.#before) {
      if (isBlankRow(r)) continue;
      this.#row++;
      this.ledger.see(this.#row);
      this.ledger.reject(
        this.#row,
        [],
        'CSV_HEADER_NOT_FOUND',
        { rows: this.#opts.headerScan ?? 30 },
        r.cells,
      );
    }
    this.#before.length = 0;
    this.#header = undefined;
    this.#noHeader = true;
  }

  #noHeader = false;

  #data(r: CsvRow): void {
    if (isBlankRow(r)) return;
    this.#row++;
    this.ledger.see(this.#row);
    const h = this.#header;
    if (!h) return;
    if (this.#blockedColumn !== undefined) {
      this.ledger.reject(this.#row, [this.#blockedColumn], 'FORBIDDEN_KEY', {
        key: this.#blockedColumn,
      });
      return;
    }
    const { fields, extra, overflow, conflicts, keys } = cellsToObject(h, r);
    if (overflow > 0) this.ledger.decide('CSV_EXTRA_CELLS', this.#row, undefined);
    decideConflicts(this.ledger, this.#row, conflicts);
    buildAppraisal(this.ledger, this.#row, r.line, fields, extra, this.#opts.defaults ?? {}, keys);
  }

  end(unterminated: boolean): ParseResult<AppraisalRow> {
    if (!this.#header && !this.#noHeader) this.#giveUp();
    if (unterminated && this.#row > 0) {
      this.ledger.reject(this.#row, [], 'CSV_UNTERMINATED_QUOTE', undefined);
    }
    return this.ledger.finish();
  }

  /** After giving up on the header, later records are rejected one by one. */
  pushAfterGiveUp(r: CsvRow): void {
    if (isBlankRow(r)) return;
    this.#row++;
    this.ledger.see(this.#row);
    this.ledger.reject(
      this.#row,
      [],
      'CSV_HEADER_NOT_FOUND',
      { rows: this.#opts.headerScan ?? 30 },
      r.cells,
    );
  }

  get gaveUp(): boolean {
    return this.#noHeader;
  }
}

function feed(reader: AppraisalTableReader, r: CsvRow): void {
  if (reader.gaveUp) reader.pushAfterGiveUp(r);
  else reader.push(r);
}

/**
 * Reads a CSV of appraisals (one row per pegawai and period, PermenPANRB 6/2022 ratings) into
 * `AppraisalInput`s for `evaluate`. The header row is detected (report titles above it are
 * skipped), columns are matched by alias, unmapped columns are kept under `extra`, and a
 * stored predikat column is kept for audits. Every data record is accepted or rejected with
 * its row, field and a bilingual message.
 *
 * @example
 * ```ts
 * const r = readAppraisalCsv('nip;nama;jenis_jabatan;tahun;hasil_kerja;perilaku_kerja\r\n' +
 *   '198703122010011002;Siti;Pelaksana;2023;Di Atas Ekspektasi;Sesuai Ekspektasi\r\n');
 * evaluate(r.records[0].appraisal).predikat?.code; // 'BAIK'
 * ```
 */
export function readAppraisalCsv(
  text: string,
  opts: AppraisalCsvOptions = {},
): ParseResult<AppraisalRow> {
  const { rows, unterminated } = parseCsv(text, opts);
  const reader = new AppraisalTableReader(opts);
  for (const r of rows) feed(reader, r);
  return reader.end(unterminated);
}

/**
 * Streaming variant of {@link readAppraisalCsv} for large files: reads chunk by chunk (any
 * async or sync iterable of strings, e.g. `fs.createReadStream(file, 'utf8')`).
 *
 * @example
 * ```ts
 * const r = await readAppraisalCsvStream(fs.createReadStream('skp.csv', 'utf8'));
 * ```
 */
export async function readAppraisalCsvStream(
  source: AsyncIterable<string> | Iterable<string>,
  opts: AppraisalCsvOptions = {},
): Promise<ParseResult<AppraisalRow>> {
  const reader = new AppraisalTableReader(opts);
  let unterminated = false;
  for await (const r of streamCsv(source, {
    ...opts,
    onUnterminated: () => (unterminated = true),
  })) {
    feed(reader, r);
  }
  return reader.end(unterminated);
}

/** One outcome of {@link streamAppraisalCsv}. */
export type AppraisalCsvEvent =
  | { readonly type: 'accepted'; readonly record: AppraisalRow }
  | { readonly type: 'rejected'; readonly row: number; readonly rejections: readonly Rejection[] };

/** What {@link streamAppraisalCsv} returns when the source is exhausted. */
export interface AppraisalCsvStreamEnd {
  readonly counts: Counts;
  readonly decisions: readonly Decision[];
}

type MutableDecision = Omit<Decision, 'rows'> & { rows: number[] };

/** Merges the decisions of a one-row ledger (row 1) into `into`, renumbered to `row`. */
function mergeDecisions(
  into: Map<string, MutableDecision>,
  from: readonly Decision[],
  row: number | undefined,
): void {
  for (const d of from) {
    const key = `${d.code}\u0000${d.message.en}`;
    const rows = row === undefined ? d.rows : d.rows.map(() => row);
    const have = into.get(key);
    if (have) {
      for (const r of rows) if (have.rows[have.rows.length - 1] !== r) have.rows.push(r);
    } else into.set(key, { ...d, rows: [...rows] });
  }
}

/**
 * Reads a CSV of appraisals as a stream of outcomes, holding one row at a time: each data
 * record is yielded as `accepted` (with its appraisal) or `rejected` (with every reason),
 * and the generator returns the counts and the decisions at the end. The same outcomes,
 * rows and messages as {@link readAppraisalCsv}, for files too large to hold (millions of
 * rows): memory stays flat whatever the size.
 *
 * @example
 * ```ts
 * const it = streamAppraisalCsv(fs.createReadStream('skp.csv', 'utf8'));
 * for (;;) {
 *   const next = await it.next();
 *   if (next.done) { console.log(next.value.counts); break; }
 *   if (next.value.type === 'accepted') evaluate(next.value.record.appraisal);
 * }
 * ```
 */
export async function* streamAppraisalCsv(
  source: AsyncIterable<string> | Iterable<string>,
  opts: AppraisalCsvOptions = {},
): AsyncGenerator<AppraisalCsvEvent, AppraisalCsvStreamEnd> {
  const mapping = mappingOf(opts);
  const scan = opts.headerScan ?? 30;
  const defaults = opts.defaults ?? {};
  const decisions = new Map<string, MutableDecision>();
  const head = new Ledger<AppraisalRow>();
  const before: CsvRow[] = [];
  let header: HeaderMatch<AppraisalField> | undefined;
  let noHeader = false;
  let blocked: string | undefined;
  let row = 0;
  let accepted = 0;
  let rejected = 0;
  // The last outcome is held back until the next record: an unterminated quote at the end of
  // the file turns the last record into a rejection, as in readAppraisalCsv.
  let pending: AppraisalCsvEvent | undefined;

  const outcome = (l: Ledger<AppraisalRow>, n: number): AppraisalCsvEvent => {
    const r = l.finish();
    mergeDecisions(decisions, r.decisions, n);
    const rec = r.records[0];
    if (rec) return { type: 'accepted', record: { ...rec, row: n } };
    return { type: 'rejected', row: n, rejections: r.rejections.map((x) => ({ ...x, row: n })) };
  };
  const noHeaderRow = (cells: readonly string[]): AppraisalCsvEvent => {
    const l = new Ledger<AppraisalRow>(1);
    l.reject(1, [], 'CSV_HEADER_NOT_FOUND', { rows: scan }, cells);
    return outcome(l, ++row);
  };
  const dataRow = (r: CsvRow, h: HeaderMatch<AppraisalField>): AppraisalCsvEvent => {
    const l = new Ledger<AppraisalRow>(1);
    row++;
    if (blocked !== undefined) l.reject(1, [blocked], 'FORBIDDEN_KEY', { key: blocked });
    else {
      const { fields, extra, overflow, conflicts, keys } = cellsToObject(h, r);
      if (overflow > 0) l.decide('CSV_EXTRA_CELLS', 1, undefined);
      decideConflicts(l, 1, conflicts);
      buildAppraisal(l, 1, r.line, fields, extra, defaults, keys);
    }
    return outcome(l, row);
  };
  const tally = (e: AppraisalCsvEvent): AppraisalCsvEvent => {
    if (e.type === 'accepted') accepted++;
    else rejected++;
    return e;
  };

  let unterminated = false;
  for await (const r of streamCsv(source, {
    ...opts,
    onUnterminated: () => (unterminated = true),
  })) {
    let next: AppraisalCsvEvent | undefined;
    if (header) {
      if (!isBlankRow(r)) next = dataRow(r, header);
    } else if (noHeader) {
      if (!isBlankRow(r)) next = noHeaderRow(r.cells);
    } else {
      before.push(r);
      const h = findHeader([r], mapping, 'nip', 1);
      if (h) {
        header = h;
        if (before.length > 1) head.decide('HEADER_ROW_DETECTED', [], { line: h.line });
        blocked = h.unmapped.find((c) => FORBIDDEN.has(c.name.toLowerCase()))?.name;
        decideDuplicateColumns(head, h);
        if (h.unmapped.length > 0) {
          head.decide('UNKNOWN_COLUMNS_KEPT', [], {
            columns: h.unmapped.map((c) => c.name).join(', '),
          });
        }
        before.length = 0;
      } else if (before.length >= scan) {
        noHeader = true;
        for (const b of before.splice(0)) {
          if (isBlankRow(b)) continue;
          if (pending) yield tally(pending);
          pending = noHeaderRow(b.cells);
        }
      }
    }
    if (next) {
      if (pending) yield tally(pending);
      pending = next;
    }
  }
  if (!header && !noHeader) {
    for (const b of before.splice(0)) {
      if (isBlankRow(b)) continue;
      if (pending) yield tally(pending);
      pending = noHeaderRow(b.cells);
    }
  }
  if (unterminated && pending) {
    const l = new Ledger<AppraisalRow>(1);
    l.reject(1, [], 'CSV_UNTERMINATED_QUOTE', undefined);
    const extra = l.finish().rejections.map((x) => ({ ...x, row }));
    pending =
      pending.type === 'rejected'
        ? { ...pending, rejections: [...pending.rejections, ...extra] }
        : { type: 'rejected', row, rejections: extra };
  }
  if (pending) yield tally(pending);
  const top = head.finish().decisions;
  const all = new Map<string, MutableDecision>();
  mergeDecisions(all, top, undefined);
  for (const [k, d] of decisions) {
    const have = all.get(k);
    if (have) have.rows.push(...d.rows);
    else all.set(k, d);
  }
  return {
    counts: { input: row, accepted, rejected, excluded: 0 },
    decisions: [...all.values()],
  };
}

/** The column name the writer uses for a field (its first default alias). */
const COLUMN: Readonly<Record<AppraisalField, string>> = Object.fromEntries(
  APPRAISAL_FIELDS.map((f) => [f, DEFAULT_ALIASES[f][0] as string]),
) as Record<AppraisalField, string>;

function appraisalCells(a: AppraisalInput, predikat?: string): Record<AppraisalField, string> {
  const p = a.pegawai;
  const s = (x: unknown) => (x === undefined || x === null ? '' : String(x));
  return {
    id: s(a.id),
    nip: s(p.nip),
    nama: s(p.nama),
    jenisAsn: s(p.jenisAsn),
    jenisJabatan: s(p.jabatan.jenis),
    struktural: p.jabatan.struktural === undefined ? '' : p.jabatan.struktural ? '1' : '0',
    jenjang: s(p.jabatan.jenjang),
    jabatan: s(p.jabatan.nama),
    golongan: s(p.golongan),
    unitKerjaId: s(p.unitKerja?.id),
    unitKerja: s(p.unitKerja?.nama),
    jenisKelamin: s(p.jenisKelamin),
    tanggalLahir: s(p.tanggalLahir),
    jenisPeriode: s(a.periode.jenis),
    periodeMulai: s(a.periode.mulai),
    periodeSelesai: s(a.periode.selesai),
    tahun: '',
    ratingHasilKerja: s(a.ratingHasilKerja),
    ratingPerilaku: s(a.ratingPerilaku),
    kepalaUnit: a.kepalaUnit === undefined ? '' : a.kepalaUnit ? '1' : '0',
    predikatOrganisasi: s(a.predikatOrganisasi),
    predikat: s(predikat),
    penilaiNip: s(a.penilai?.nip),
    penilaiNama: s(a.penilai?.nama),
    penilaiJabatan: s(a.penilai?.jabatan),
    catatan: s(a.catatan),
  };
}

/**
 * Writes appraisal rows back to CSV with the canonical column names (and any `extra`
 * columns), formula injection neutralised. `readAppraisalCsv(writeAppraisalCsv(rows))` gives
 * the same appraisals, stored predikat and extra values.
 *
 * @example
 * ```ts
 * const csv = writeAppraisalCsv(readAppraisalCsv(text).records);
 * ```
 */
export function writeAppraisalCsv(
  rows: readonly (AppraisalRow | AppraisalInput)[],
  opts: CsvWriteOptions = {},
): string {
  type Item = Pick<AppraisalRow, 'appraisal' | 'extra' | 'predikatTersimpan'>;
  const isRow = (r: AppraisalRow | AppraisalInput): r is AppraisalRow =>
    typeof r.row === 'number' && typeof r.appraisal === 'object' && r.appraisal !== null;
  const items: Item[] = rows.map((r) => (isRow(r) ? r : { appraisal: r, extra: {} }));
  const extraCols = [...new Set(items.flatMap((r) => Object.keys(r.extra)))];
  const fields = APPRAISAL_FIELDS.filter((f) => f !== 'tahun');
  const header = [...fields.map((f) => COLUMN[f]), ...extraCols];
  const body = items.map((r) => {
    const cells = appraisalCells(r.appraisal, r.predikatTersimpan);
    return [...fields.map((f) => cells[f]), ...extraCols.map((c) => r.extra[c] ?? '')];
  });
  return writeCsv([header, ...body], opts);
}

/**
 * Writes evaluation results as CSV: identity, period, ruleset, ratings, predikat (code and
 * label), every reported value (`nilai_<name>`), issue and warning codes; formula injection
 * neutralised.
 *
 * @example
 * ```ts
 * writeResultsCsv(evaluateMany(appraisals).results, { delimiter: ';' });
 * ```
 */
export function writeResultsCsv(
  results: readonly EvaluationResult[],
  opts: CsvWriteOptions = {},
): string {
  const nilaiKeys = [...new Set(results.flatMap((r) => Object.keys(r.nilai ?? {})))].sort();
  const header = [
    'nip',
    'nama',
    'unit_kerja',
    'periode_mulai',
    'periode_selesai',
    'ruleset',
    'ok',
    'rating_hasil_kerja',
    'rating_perilaku',
    'predikat',
    'predikat_label',
    ...nilaiKeys.map((k) => `nilai_${k}`),
    'issues',
    'warnings',
  ];
  const rows = results.map((r) => [
    r.nip ?? '',
    r.nama ?? '',
    r.unitKerja ?? '',
    r.periode?.mulai ?? '',
    r.periode?.selesai ?? '',
    r.ruleset?.id ?? '',
    r.ok ? '1' : '0',
    r.rating?.hasilKerja ?? '',
    r.rating?.perilaku ?? '',
    r.predikat?.code ?? '',
    r.predikat?.label.id ?? '',
    ...nilaiKeys.map((k) => r.nilai?.[k] ?? ''),
    r.issues.map((i) => i.code).join(' '),
    r.warnings.map((w) => w.code).join(' '),
  ]);
  return writeCsv([header, ...rows], opts);
}
