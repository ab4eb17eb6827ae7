import { open, readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import {
  auditPredikat,
  type Decision,
  isRecord,
  type ParseResult,
  type AuditReport as RecheckReport,
  readPredikat,
  readRating,
} from '@kinerja/adapters';
import {
  type AppraisalRow,
  type ColumnMapping,
  CsvTokenizer,
  DEFAULT_ALIASES,
  findHeader,
  readAppraisalCsvStream,
} from '@kinerja/adapters/csv';
import {
  penilaianToAppraisals,
  readLaporanPenilaianCsv,
  readPenilaian,
  recheckPenilaian,
} from '@kinerja/adapters/ekinerja';
import {
  indexPegawai,
  readEksporAsnStream,
  readSkp22,
  recheckSiasn,
  skp22ToAppraisals,
} from '@kinerja/adapters/siasn';
import type { PredikatPegawai, Rating, Text } from '@kinerja/core';
import type { XlsxLayout } from '@kinerja/xlsx';
import { CliError, fail, failFs } from './errors.js';
import { CSV_EXTENSIONS } from './heap.js';
import type { RejectionLog } from './rejections.js';
import { inputPath, STDIN } from './stdin.js';
import { headText, readUtf8File, textLines, utf8Stream } from './utf8.js';
import { invalidJsonLine } from './workers/split.js';
import { xlsx } from './xlsx.js';

/** The input formats `--from` accepts. */
export const INPUT_FORMATS = [
  'json',
  'jsonl',
  'csv',
  'ekinerja-penilaian',
  'ekinerja-laporan-csv',
  'siasn-skp22',
  'xlsx',
  'ekinerja-laporan-xlsx',
] as const;
/** An input format. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** A row that could not be used, with where it came from and why (bilingual). */
export interface CliRejection {
  readonly file: string;
  readonly row: number;
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: Text;
  /** XLSX input: the sheet and the Excel row of the rejected record (`row` is the record number). */
  readonly sheet?: string;
  readonly sheetRow?: number;
  /** `master`: a row of the `--master` employee file (not of the scored input). */
  readonly source?: 'master';
}

/** A decision of the CLI or of an adapter, with the file whose rows it concerns. */
export interface FileDecision extends Decision {
  readonly file: string;
}

/**
 * The `--master` employee file (SIASN "Export Data ASN") as read: its own row accounting
 * (`rows = accepted + rejected + excluded`), rejections (`source: 'master'`) and decisions.
 */
export interface MasterReport {
  readonly file: string;
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly excluded: number;
  readonly rejections: readonly CliRejection[];
  readonly decisions: readonly Decision[];
}

/** One appraisal read from a file, with the stored predikat when the file carries one. */
export interface InputItem {
  readonly file: string;
  readonly row: number;
  readonly appraisal: unknown;
  /** XLSX input: the sheet and the Excel row of the record (`row` is the record number). */
  readonly sheet?: string;
  readonly sheetRow?: number;
  readonly stored?: {
    readonly predikat?: PredikatPegawai;
    readonly ratingHasilKerja?: Rating;
    readonly ratingPerilaku?: Rating;
  };
}

/** What was read from one file. */
export interface LoadedFile {
  readonly file: string;
  readonly format: InputFormat;
  readonly items: readonly InputItem[];
  readonly rejections: readonly CliRejection[];
  readonly decisions: readonly Decision[];
  /** Rows of the file: `input = items + rejected + excluded` (rows, not rejections). */
  readonly counts: {
    readonly input: number;
    readonly rejected: number;
    readonly excluded: number;
  };
  /** The format's own stored-predikat audit (SIASN kuadran, e-Kinerja hasil_akhir). */
  readonly recheck?: RecheckReport;
  /** The `--master` file joined with this input, when one was read. */
  readonly master?: MasterReport;
}

/** Options of {@link loadFile}. */
export interface LoadOptions {
  readonly from?: InputFormat;
  /** SIASN "Export Data ASN" CSV, needed to join `siasn-skp22` records with employees. */
  readonly master?: string;
}

async function readText(path: string, shown: string): Promise<string> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) fail(`${shown}: is a directory, not a file (berupa direktori)`);
    return await readUtf8File(path, shown);
  } catch (e) {
    failFs(shown, e);
  }
}

function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    fail(`${shown}: not valid JSON (${(e as Error).message.split('\n')[0]}) — JSON tidak valid`);
  }
}

const lower = (o: Record<string, unknown>) => Object.keys(o).map((k) => k.toLowerCase());

/** The list of records of a JSON document (an array, or `data`/`appraisals` of an object). */
function listOf(doc: unknown): unknown[] | undefined {
  if (Array.isArray(doc)) return doc;
  if (isRecord(doc)) {
    for (const k of ['appraisals', 'data', 'records']) {
      const v = (doc as Record<string, unknown>)[k];
      if (Array.isArray(v)) return v;
    }
  }
  return undefined;
}

/** Guesses the format of a JSON document from its first record's keys. */
function sniffJson(doc: unknown): InputFormat | undefined {
  const first = listOf(doc)?.find(isRecord) as Record<string, unknown> | undefined;
  if (!first) return undefined;
  const keys = lower(first);
  if (keys.includes('pegawai') && keys.includes('periode')) return 'json';
  if (keys.some((k) => k === 'hasil_kerja' || k === 'perilaku_kerja' || k === 'hasil_akhir'))
    return 'ekinerja-penilaian';
  if (keys.some((k) => k.startsWith('kuadrankinerja') || k.startsWith('hasilkinerja')))
    return 'siasn-skp22';
  return undefined;
}

/**
 * What the first record of a JSON Lines file is: appraisals (`jsonl`), SIASN rw-skp22 records
 * (`siasn-skp22`), SIASN rw-skp records of PP 46/2011 or PP 30/2019 (`siasn-rw-skp`: stored
 * totals, nothing to score), or undefined when the first line cannot tell (not JSON, longer
 * than the bytes read, or keys of neither).
 */
export type JsonlKind = 'jsonl' | 'siasn-skp22' | 'siasn-rw-skp';

/** Bytes read to find the first record of a JSON Lines file. */
const JSONL_SNIFF_BYTES = 256 * 1024;

/**
 * Reads the first non-blank line of a JSON Lines file and tells its kind ({@link JsonlKind})
 * from its keys. An unreadable file is reported by the reader that follows.
 *
 * @example
 * ```ts
 * await sniffJsonlFile('/data/rw-skp22.jsonl'); // 'siasn-skp22'
 * ```
 */
export async function sniffJsonlFile(path: string): Promise<JsonlKind | undefined> {
  const head = await readHead(path, path, JSONL_SNIFF_BYTES).catch(() => undefined);
  if (head === undefined) return undefined;
  for (const raw of head.text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    let first: unknown;
    try {
      first = JSON.parse(line);
    } catch {
      return undefined;
    }
    const kind = sniffJson([first]);
    if (kind === 'json') return 'jsonl';
    if (kind === 'siasn-skp22') return kind;
    const keys = isRecord(first) ? lower(first as Record<string, unknown>) : [];
    return keys.includes('nilaiskp') && keys.includes('nilaiprestasikerja')
      ? 'siasn-rw-skp'
      : undefined;
  }
  return undefined;
}

/** The one-line error for SIASN rw-skp records given to `score`. */
function rwSkpError(shown: string): never {
  fail(
    `${shown}: these are SIASN rw-skp records (PP 46/2011 or PP 30/2019: nilaiSkp, nilaiPrestasiKerja), which hold the stored totals, not the indicators they come from, so there is nothing to score; the adapters' readSkpPp46 and recheckSkpPp46 re-check their arithmetic — rekaman rw-skp SIASN berisi nilai akhir, bukan indikator`,
  );
}

/** A line of JSON Lines, numbered as the reader numbers them: its value, or why it is not JSON. */
type JsonLine =
  | { readonly row: number; readonly value: unknown }
  | { readonly row: number; readonly broken: string };

/**
 * The lines of JSON Lines text, cut as `readline` cuts them ({@link textLines}), each parsed:
 * blank lines are skipped and not numbered, a BOM at a line's start is dropped.
 */
async function* jsonLines(pieces: AsyncIterable<string>): AsyncGenerator<JsonLine> {
  let row = 0;
  for await (const raw of textLines(pieces)) {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    row++;
    let parsed: JsonLine;
    try {
      parsed = { row, value: JSON.parse(line) };
    } catch (e) {
      parsed = { row, broken: (e as Error).message.split('\n')[0] ?? '' };
    }
    yield parsed;
  }
}

/**
 * SIASN rw-skp22 records as JSON Lines (one record per line, as `kinerja generate --format
 * siasn-jsonl` writes them and as harvesters of the SIASN API keep them): the records in row
 * order ({@link jsonLines}), a broken line in its place as `null` and listed in `broken` by its
 * row.
 */
async function jsonLinesOf(
  text: string,
): Promise<{ list: unknown[]; broken: Map<number, string> }> {
  const list: unknown[] = [];
  const broken = new Map<number, string>();
  for await (const l of jsonLines(Readable.from([text]))) {
    if ('broken' in l) broken.set(l.row, l.broken);
    list.push('broken' in l ? null : l.value);
  }
  return { list, broken };
}

/**
 * Header names that tell the CSV exports apart, matched as the adapters match headers (same
 * key normalisation, first alias wins, each column used once). `hasilAkhir` comes before
 * `rating` so that a lone `hasil_akhir` column is not taken for a generic rating column.
 */
const SNIFF_COLUMNS = {
  nip: DEFAULT_ALIASES.nip,
  id: ['id'],
  hasilAkhir: ['hasil_akhir'],
  /** Columns only the e-Kinerja export carries (the PLT/PLH flag, its SKP ids and dates). */
  ekinerja: [
    'is_skp_plt_plh_pjb',
    'is_plt_plh',
    'skp_penilaian_id',
    'periode_awal_skp',
    'periode_akhir_skp',
  ],
  pnsId: ['pns_id'],
  rating: [
    ...DEFAULT_ALIASES.ratingHasilKerja,
    ...DEFAULT_ALIASES.ratingPerilaku,
    ...DEFAULT_ALIASES.predikat,
  ],
} as const satisfies ColumnMapping<string>;
type SniffField = keyof typeof SNIFF_COLUMNS;

/** What the first lines of a CSV file are. */
export interface CsvSniff {
  /**
   * `ekinerja-laporan-csv`: a header with `hasil_akhir` and `id` or an e-Kinerja-only column
   * (the rule of the XLSX layout detection); `siasn-ekspor-asn`: a header with `pns_id` and no
   * rating or predikat column (the employee master); `csv`: anything else (the generic reader).
   */
  readonly kind: 'csv' | 'ekinerja-laporan-csv' | 'siasn-ekspor-asn';
  /** The line of the header row, when one was found in the first 30 records. */
  readonly line?: number;
  /** The header names that decided. */
  readonly columns: readonly string[];
}

/**
 * Tells an e-Kinerja "Laporan Penilaian SKP" export and a SIASN "Export Data ASN" from a generic
 * appraisal CSV by their header row: the text is read with the adapters' CSV tokenizer (BOM,
 * delimiter detection) and the header found as the readers find it (a NIP column in the first
 * 30 records). Unless `complete` (`head` is the whole file), a last line without its line end
 * is left out, so `head` may be any prefix of the file.
 *
 * @example
 * ```ts
 * sniffCsv('LAPORAN\nid;nip;hasil_akhir\n1;1987…;BAIK\n').kind; // 'ekinerja-laporan-csv'
 * ```
 */
export function sniffCsv(head: string, complete = false): CsvSniff {
  const t = new CsvTokenizer();
  const rows = [...t.push(head), ...t.end().rows];
  if (!complete && !/[\r\n]$/.test(head)) rows.pop();
  const h = findHeader<SniffField>(rows, SNIFF_COLUMNS, 'nip');
  if (!h) return { kind: 'csv', columns: [] };
  const name = (f: SniffField) => {
    const j = h.columns[f];
    return j === undefined ? [] : [h.names[j] as string];
  };
  const c = h.columns;
  if (c.hasilAkhir !== undefined && (c.id !== undefined || c.ekinerja !== undefined)) {
    return {
      kind: 'ekinerja-laporan-csv',
      line: h.line,
      columns: [...name('hasilAkhir'), ...name('id'), ...name('ekinerja')],
    };
  }
  if (c.pnsId !== undefined && c.rating === undefined && c.hasilAkhir === undefined) {
    return { kind: 'siasn-ekspor-asn', line: h.line, columns: [...name('pnsId'), ...name('nip')] };
  }
  return { kind: 'csv', line: h.line, columns: name('nip') };
}

/** The first bytes of a file (at most `max`), as text; errors are one-line CLI errors. */
async function readHead(
  path: string,
  shown: string,
  max = 64 * 1024,
): Promise<{ text: string; complete: boolean }> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) fail(`${shown}: is a directory, not a file (berupa direktori)`);
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(Math.min(max, s.size));
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      return { text: headText(buf.subarray(0, bytesRead)), complete: bytesRead >= s.size };
    } finally {
      await fh.close();
    }
  } catch (e) {
    failFs(shown, e);
  }
}

/**
 * {@link sniffCsv} on the first 64 KiB of a file (an unreadable file is a one-line CLI error).
 *
 * @example
 * ```ts
 * (await sniffCsvFile('/data/laporan.csv', 'laporan.csv')).kind; // 'ekinerja-laporan-csv'
 * ```
 */
export async function sniffCsvFile(path: string, shown: string): Promise<CsvSniff> {
  const head = await readHead(path, shown);
  return sniffCsv(head.text, head.complete);
}

/** How each detected format is named in the `FORMAT_DETECTED` decision. */
const FORMAT_NAMES: Readonly<Record<InputFormat, Text>> = {
  json: { id: 'JSON penilaian', en: 'appraisal JSON' },
  jsonl: { id: 'JSON Lines penilaian', en: 'appraisal JSON Lines' },
  csv: { id: 'CSV penilaian (kolom umum)', en: 'appraisal CSV (generic columns)' },
  'ekinerja-penilaian': {
    id: 'JSON laporan/penilaian e-Kinerja',
    en: 'e-Kinerja laporan/penilaian JSON',
  },
  'ekinerja-laporan-csv': {
    id: 'ekspor e-Kinerja "Laporan Penilaian SKP" (CSV)',
    en: 'e-Kinerja "Laporan Penilaian SKP" export (CSV)',
  },
  'siasn-skp22': { id: 'riwayat SKP 2022 SIASN (rw-skp22)', en: 'SIASN rw-skp22 records' },
  xlsx: { id: 'lembar kerja penilaian (XLSX)', en: 'appraisal workbook (XLSX)' },
  'ekinerja-laporan-xlsx': {
    id: 'ekspor e-Kinerja (XLSX)',
    en: 'e-Kinerja export (XLSX)',
  },
};

/**
 * The decision that records how the format of a file was chosen without `--from`: the format
 * and what it was told by (`basis`), and how to override it.
 */
function formatDecision(format: InputFormat, basis: Text): Decision {
  const name = FORMAT_NAMES[format];
  return {
    code: 'FORMAT_DETECTED',
    rows: [],
    message: {
      id: `Format terdeteksi: ${name.id} (${basis.id}); ganti dengan --from`,
      en: `Format detected: ${name.en} (${basis.en}); override with --from`,
    },
  };
}

/** The basis of a detection from the header row found by {@link sniffCsv}. */
function sniffBasis(s: CsvSniff): Text {
  if (s.line === undefined) {
    return { id: 'tanpa baris judul kolom NIP', en: 'no NIP header row found' };
  }
  const cols = s.columns.join(', ');
  return {
    id: `baris judul kolom pada baris ${s.line}: ${cols}`,
    en: `header row on line ${s.line}: ${cols}`,
  };
}

/**
 * The `FORMAT_DETECTED` decision of a streamed file read without `--from`: a CSV told by its
 * header row ({@link sniffCsvFile}), JSON Lines by its extension. Worker threads report the same
 * decision as the in-thread reader.
 *
 * @example
 * ```ts
 * (await streamedFormatDecision('/data/a.jsonl', 'a.jsonl', 'jsonl')).code; // 'FORMAT_DETECTED'
 * ```
 */
export async function streamedFormatDecision(
  path: string,
  shown: string,
  format: 'csv' | 'jsonl',
): Promise<Decision> {
  if (format === 'csv') return formatDecision('csv', sniffBasis(await sniffCsvFile(path, shown)));
  const ext = extname(shown).toLowerCase();
  return formatDecision('jsonl', { id: `dari ekstensi ${ext}`, en: `from the ${ext} extension` });
}

const withDecision = (f: LoadedFile, d: Decision): LoadedFile => ({
  ...f,
  decisions: [d, ...f.decisions],
});

export { CSV_EXTENSIONS };

/** Guesses the format of a file from its extension and first bytes. */
export function detectFormat(file: string, head: string): InputFormat | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (CSV_EXTENSIONS.has(ext)) {
    return sniffCsv(head).kind === 'ekinerja-laporan-csv' ? 'ekinerja-laporan-csv' : 'csv';
  }
  if (ext === '.json') return 'json';
  const t = head.trimStart();
  if (t.startsWith('[') || t.startsWith('{')) {
    // One JSON value per line reads as JSON Lines.
    const lines = t.split('\n').filter((l) => l.trim() !== '');
    return lines.length > 1 && lines.every((l) => /^\s*\{.*\}\s*$/.test(l)) ? 'jsonl' : 'json';
  }
  return undefined;
}

function rejectionsOf(
  file: string,
  r: ParseResult<{ row: number }>,
  where?: ReadonlyMap<number, { sheet: string; sheetRow?: number }>,
): CliRejection[] {
  return r.rejections.map((x) => {
    const at = where?.get(x.row);
    return {
      file,
      row: x.row,
      path: x.path,
      code: x.code,
      message: x.message,
      ...(at ? { sheet: at.sheet } : {}),
      ...(at?.sheetRow !== undefined ? { sheetRow: at.sheetRow } : {}),
    };
  });
}

function fromParse<R extends { row: number; appraisal: unknown }>(
  file: string,
  format: InputFormat,
  r: ParseResult<R>,
  stored: (rec: R) => InputItem['stored'],
  recheck?: RecheckReport,
  where?: ReadonlyMap<number, { sheet: string; sheetRow?: number }>,
): LoadedFile {
  return {
    file,
    format,
    items: r.records.map((rec) => {
      const s = stored(rec);
      const at = where?.get(rec.row);
      return {
        file,
        row: rec.row,
        appraisal: rec.appraisal,
        ...(at ? { sheet: at.sheet } : {}),
        ...(at?.sheetRow !== undefined ? { sheetRow: at.sheetRow } : {}),
        ...(s ? { stored: s } : {}),
      };
    }),
    rejections: rejectionsOf(file, r, where),
    decisions: r.decisions,
    counts: { input: r.counts.input, rejected: r.counts.rejected, excluded: r.counts.excluded },
    ...(recheck ? { recheck } : {}),
  };
}

async function loadJsonl(path: string, shown: string): Promise<LoadedFile> {
  const items: InputItem[] = [];
  const rejections: CliRejection[] = [];
  let row = 0;
  try {
    for await (const l of jsonLines(utf8Stream(path, shown))) {
      row = l.row;
      if ('broken' in l) rejections.push(invalidJsonLine(shown, row, l.broken));
      else items.push({ file: shown, row, appraisal: l.value });
    }
  } catch (e) {
    failFs(shown, e);
  }
  return {
    file: shown,
    format: 'jsonl',
    items,
    rejections,
    decisions: [],
    counts: { input: row, rejected: rejections.length, excluded: 0 },
  };
}

function storedOf(rec: {
  predikat?: PredikatPegawai;
  ratingHasilKerja?: Rating;
  ratingPerilaku?: Rating;
}): InputItem['stored'] {
  if (rec.predikat === undefined) return undefined;
  return {
    predikat: rec.predikat,
    ...(rec.ratingHasilKerja ? { ratingHasilKerja: rec.ratingHasilKerja } : {}),
    ...(rec.ratingPerilaku ? { ratingPerilaku: rec.ratingPerilaku } : {}),
  };
}

/** The stored predikat (and the ratings next to it) of a CSV or XLSX appraisal row. */
function storedOfRow(rec: AppraisalRow): InputItem['stored'] {
  if (!rec.predikatTersimpan) return undefined;
  return storedOf({
    predikat: rec.predikatTersimpan,
    ...(rec.appraisal.ratingHasilKerja ? { ratingHasilKerja: rec.appraisal.ratingHasilKerja } : {}),
    ...(rec.appraisal.ratingPerilaku ? { ratingPerilaku: rec.appraisal.ratingPerilaku } : {}),
  });
}

/** A stored `predikat` key on a JSON appraisal (kept by the loose schema), read with synonyms. */
function storedOfJson(a: unknown): InputItem['stored'] {
  if (!isRecord(a)) return undefined;
  const o = a as Record<string, unknown>;
  const p = typeof o.predikat === 'string' ? readPredikat(o.predikat) : undefined;
  if (!p?.ok) return undefined;
  const h = typeof o.ratingHasilKerja === 'string' ? readRating(o.ratingHasilKerja) : undefined;
  const q = typeof o.ratingPerilaku === 'string' ? readRating(o.ratingPerilaku) : undefined;
  return {
    predikat: p.code as PredikatPegawai,
    ...(h?.ok ? { ratingHasilKerja: h.code as Rating } : {}),
    ...(q?.ok ? { ratingPerilaku: q.code as Rating } : {}),
  };
}

/**
 * Reads one input file in the given or detected format into appraisals, rejections and
 * decisions. Unreadable files, invalid JSON and undetectable formats are {@link CliError}s.
 */
export async function loadFile(
  cwd: string,
  file: string,
  opts: LoadOptions = {},
): Promise<LoadedFile> {
  const path = inputPath(cwd, file);
  const shown = file;
  const ext = extname(file).toLowerCase();
  if (ext === '.xls' || ext === '.ods') {
    fail(
      `${shown}: ${ext} spreadsheets are not read; save the sheet as Excel Workbook (.xlsx) or CSV (UTF-8) — simpan sebagai .xlsx atau CSV`,
    );
  }
  if (opts.from === 'xlsx' || opts.from === 'ekinerja-laporan-xlsx' || ext === '.xlsx') {
    const l = await loadXlsx(cwd, path, shown, opts);
    return opts.from
      ? l
      : withDecision(
          l,
          formatDecision(l.format, {
            id: 'buku kerja .xlsx, dari baris judul kolomnya',
            en: '.xlsx workbook, told by its header row',
          }),
        );
  }
  let format: InputFormat | undefined = opts.from;
  /** How the format was told when `--from` was not given. */
  let detected: Text | undefined;
  if (!format && (ext === '.jsonl' || ext === '.ndjson')) {
    // JSON Lines of SIASN records rather than appraisals: told by the first record's keys.
    const kind = await sniffJsonlFile(path);
    if (kind === 'siasn-rw-skp') rwSkpError(shown);
    if (kind === 'siasn-skp22') {
      format = kind;
      detected = { id: 'dari kunci rekaman pertama', en: "from the first record's keys" };
    }
  }
  if (format === 'jsonl' || (!format && (ext === '.jsonl' || ext === '.ndjson'))) {
    const l = await loadJsonl(path, shown);
    return format ? l : withDecision(l, await streamedFormatDecision(path, shown, 'jsonl'));
  }
  // The standard input has no extension: what does not start as JSON is read as a .csv is.
  const csvLike =
    !format &&
    (CSV_EXTENSIONS.has(ext) ||
      (file === STDIN && !/^\uFEFF?\s*[[{]/.test((await readHead(path, shown, 4096)).text)));
  if (csvLike) {
    // A .csv may be an e-Kinerja export or the SIASN employee master: told by the header row.
    const sniff = await sniffCsvFile(path, shown);
    if (sniff.kind === 'siasn-ekspor-asn') {
      fail(
        `${shown}: this is the SIASN "Export Data ASN" (the employee master, ${sniffBasis(sniff).en}), not appraisals; pass it with --master ${shown} next to the appraisal file — ini data induk pegawai, gunakan --master`,
      );
    }
    format = sniff.kind;
    detected = sniffBasis(sniff);
  }
  if (format === 'csv') {
    await readText(path, shown); // existence and directory checks with a clear message
    const r = await readAppraisalCsvStream(utf8Stream(path, shown));
    const l = fromParse(shown, 'csv', r, storedOfRow);
    return detected ? withDecision(l, formatDecision('csv', detected)) : l;
  }
  const text = await readText(path, shown);
  if (text.trim() === '') fail(`${shown}: the file is empty (berkas kosong)`);
  if (!format) {
    format = detectFormat(file, text.slice(0, 8000));
    detected = { id: 'dari ekstensi dan isi berkas', en: 'from the extension and the content' };
  }
  let doc: unknown;
  const looksJson = /^\s*[[{]/.test(text);
  if (format === 'json' || (format === undefined && looksJson)) {
    doc = parseJson(text, shown);
    const sniffed = sniffJson(doc);
    if (format === undefined || (opts.from === undefined && sniffed && sniffed !== 'json')) {
      format = sniffed;
      detected = { id: 'dari kunci rekaman pertama', en: "from the first record's keys" };
    }
  }
  const loaded = await loadText(cwd, file, shown, text, doc, format, opts);
  return detected && opts.from === undefined && loaded.format === format
    ? withDecision(loaded, formatDecision(format as InputFormat, detected))
    : loaded;
}

/** Reads the text of a whole-file format (JSON, e-Kinerja, SIASN) once its format is known. */
async function loadText(
  cwd: string,
  file: string,
  shown: string,
  text: string,
  doc: unknown,
  format: InputFormat | undefined,
  opts: LoadOptions,
): Promise<LoadedFile> {
  switch (format) {
    case 'json': {
      const list = listOf(doc);
      if (!list) {
        fail(`${shown}: expected a JSON array of appraisals (or { "appraisals": [...] })`);
      }
      return {
        file: shown,
        format,
        items: list.map((appraisal, i) => {
          const s = storedOfJson(appraisal);
          return { file: shown, row: i + 1, appraisal, ...(s ? { stored: s } : {}) };
        }),
        rejections: [],
        decisions: [],
        counts: { input: list.length, rejected: 0, excluded: 0 },
      };
    }
    case 'ekinerja-penilaian':
    case 'ekinerja-laporan-csv': {
      const parsed =
        format === 'ekinerja-penilaian'
          ? readPenilaian(doc ?? parseJson(text, shown))
          : readLaporanPenilaianCsv(text);
      const master = opts.master ? await loadMaster(cwd, opts.master) : undefined;
      const r = penilaianToAppraisals(parsed, master ? { master: master.index } : {});
      const l = fromParse(
        shown,
        format,
        r,
        (rec) => storedOf(rec.source),
        recheckPenilaian(parsed),
      );
      return master ? { ...l, master: master.report } : l;
    }
    case 'siasn-skp22': {
      if (!opts.master) {
        fail(
          `${shown}: SIASN skp22 records carry no employee data; pass the SIASN "Export Data ASN" CSV with --master <file>`,
        );
      }
      // One JSON document (the API's response, an array), or one record per line.
      const ext = extname(shown).toLowerCase();
      const lines =
        doc === undefined &&
        (ext === '.jsonl' ||
          ext === '.ndjson' ||
          detectFormat(shown, text.slice(0, 8000)) === 'jsonl')
          ? await jsonLinesOf(text)
          : undefined;
      const parsed = readSkp22(lines ? lines.list : (doc ?? parseJson(text, shown)));
      const master = await loadMaster(cwd, opts.master);
      const r = skp22ToAppraisals(parsed, master.index);
      const l = fromParse(shown, format, r, (rec) => storedOf(rec.source), recheckSiasn(parsed));
      if (!lines || lines.broken.size === 0) return { ...l, master: master.report };
      // A broken line was read as `null` (one rejection at its row): say why instead.
      return {
        ...l,
        rejections: [
          ...[...lines.broken].map(([row, why]) => invalidJsonLine(shown, row, why)),
          ...l.rejections.filter((x) => !lines.broken.has(x.row)),
        ].sort((a, b) => a.row - b.row),
        master: master.report,
      };
    }
    case 'csv':
    case 'jsonl':
    case 'xlsx':
    case 'ekinerja-laporan-xlsx':
      // handled above (streamed, or read as a workbook)
      return loadFile(cwd, file, { ...opts, from: format });
    default:
      fail(`${shown}: cannot tell the format of this file; pass --from ${INPUT_FORMATS.join('|')}`);
  }
}

/** Where each record of an XLSX parse sits (sheet, Excel row), by record number. */
function whereOf(r: {
  sheet: string;
  records: readonly { row: number; sheetRow?: number }[];
  rejections: readonly { row: number; sheetRow?: number }[];
}): Map<number, { sheet: string; sheetRow?: number }> {
  const m = new Map<number, { sheet: string; sheetRow?: number }>();
  for (const x of [...r.records, ...r.rejections]) {
    m.set(
      x.row,
      x.sheetRow === undefined ? { sheet: r.sheet } : { sheet: r.sheet, sheetRow: x.sheetRow },
    );
  }
  return m;
}

/**
 * Reads an Excel workbook (`.xlsx`): the e-Kinerja "Laporan Penilaian SKP" or "Laporan SKP"
 * export, or an appraisal sheet with the CSV column names — told apart by the header rows
 * (`--from xlsx` / `ekinerja-laporan-xlsx` forces the kind). A corrupt or non-XLSX file is a
 * one-line error.
 */
async function loadXlsx(
  cwd: string,
  path: string,
  shown: string,
  opts: LoadOptions,
): Promise<LoadedFile> {
  if (opts.from !== undefined && opts.from !== 'xlsx' && opts.from !== 'ekinerja-laporan-xlsx') {
    fail(
      `${shown}: an Excel workbook cannot be read as ${opts.from}; use --from xlsx or ekinerja-laporan-xlsx`,
    );
  }
  let bytes: Uint8Array;
  try {
    const s = await stat(path);
    if (s.isDirectory()) fail(`${shown}: is a directory, not a file (berupa direktori)`);
    bytes = await readFile(path);
  } catch (e) {
    failFs(shown, e);
  }
  if (bytes.length === 0) fail(`${shown}: the file is empty (berkas kosong)`);
  const {
    detectXlsxLayout,
    openWorkbook,
    readAppraisalXlsx,
    readLaporanPenilaianXlsx,
    readLaporanSkpXlsx,
  } = await xlsx();
  const wb = await openWorkbook(bytes);
  if (!wb.ok && wb.tooLarge) {
    const mb = (x: number) => Math.ceil(x / 2 ** 20);
    const t = wb.tooLarge;
    fail(
      `${shown}: too large to read whole: ${mb(t.sheetBytes)} MB of sheet data need about ${mb(t.heapEstimate)} MB of memory, ${mb(t.available)} MB available; save the sheet as CSV UTF-8 (read streamed, on every core) or give Node more heap (NODE_OPTIONS=--max-old-space-size=…) — workbook terlalu besar untuk dibaca utuh; simpan sebagai CSV UTF-8`,
    );
  }
  if (!wb.ok) {
    fail(
      `${shown}: not a readable Excel workbook (.xlsx): ${wb.reason} — berkas .xlsx rusak atau bukan .xlsx`,
    );
  }
  const detected = detectXlsxLayout(wb.workbook);
  let layout: XlsxLayout | undefined = detected;
  if (opts.from === 'xlsx') layout = 'appraisal';
  if (opts.from === 'ekinerja-laporan-xlsx' && detected !== 'laporan-skp') {
    layout = 'laporan-penilaian-skp';
  }
  if (layout === undefined) {
    fail(
      `${shown}: no sheet has a header row (a "nip" column, or "id" and "hasil_akhir") in its first 30 rows — tidak ada baris judul kolom`,
    );
  }
  if (layout === 'appraisal') {
    const r = await readAppraisalXlsx(wb.workbook);
    return fromParse(shown, 'xlsx', r, storedOfRow, undefined, whereOf(r));
  }
  const parsed =
    layout === 'laporan-skp'
      ? await readLaporanSkpXlsx(wb.workbook)
      : await readLaporanPenilaianXlsx(wb.workbook);
  const master = opts.master ? await loadMaster(cwd, opts.master) : undefined;
  const r = penilaianToAppraisals(parsed, master ? { master: master.index } : {});
  const l = fromParse(
    shown,
    'ekinerja-laporan-xlsx',
    r,
    (rec) => storedOf(rec.source),
    recheckPenilaian(parsed),
    whereOf(parsed),
  );
  return master ? { ...l, master: master.report } : l;
}

/**
 * Reads the `--master` employee file (SIASN "Export Data ASN" CSV) streamed, in constant
 * memory besides the index: the employee index for the join, and the file's own report — its
 * rejected rows (a mangled NIP…) as rejections of the master file, and its decisions.
 */
async function loadMaster(
  cwd: string,
  file: string,
): Promise<{ index: ReturnType<typeof indexPegawai>; report: MasterReport }> {
  const path = inputPath(cwd, file);
  await readHead(path, file, 0); // existence and directory checks with a clear message
  let r: Awaited<ReturnType<typeof readEksporAsnStream>>;
  try {
    r = await readEksporAsnStream(utf8Stream(path, file));
  } catch (e) {
    failFs(file, e);
  }
  if (r.records.length === 0) fail(`${file}: no employee could be read from the master file`);
  return {
    index: indexPegawai(r.records),
    report: {
      file,
      rows: r.counts.input,
      accepted: r.counts.accepted,
      rejected: r.counts.rejected,
      excluded: r.counts.excluded,
      rejections: rejectionsOf(file, r).map((x) => ({ ...x, source: 'master' as const })),
      decisions: r.decisions,
    },
  };
}

/**
 * A file that yields no usable record because every row was rejected while reading: the run
 * stops (exit 2), and `rejections` — those of the files read so far, the failing one's whole —
 * lets `score --rejections` still list them, which is when they are needed most.
 */
export class UnusableFileError extends CliError {
  /** Set by the run that stopped; whoever catches it disposes of it. */
  rejections: RejectionLog | undefined;
}

/**
 * Stops with a one-line message when a file yields nothing usable: no rows at all, or every
 * row rejected while reading (no header row, not a payload of the format, wrong `--from`;
 * {@link UnusableFileError}).
 */
export function assertUsable(f: LoadedFile): void {
  if (f.counts.input === 0) fail(`${f.file}: no records found (tidak ada data)`);
  if (f.items.length === 0 && f.counts.rejected > 0) {
    const first = f.rejections[0] as CliRejection;
    throw new UnusableFileError(
      `${f.file}: no usable record (${f.counts.rejected} of ${f.counts.input} rejected as ${f.format}); first: row ${first.row} [${first.code}] ${first.message.en}`,
    );
  }
}

/** Re-derives stored predikat from stored ratings (audit `--recheck`) for any format. */
export function recheck(f: LoadedFile): RecheckReport {
  if (f.recheck) return f.recheck;
  const rows = f.items.flatMap((it) =>
    it.stored
      ? [
          {
            row: it.row,
            ...(nipOf(it.appraisal) !== undefined ? { nip: nipOf(it.appraisal) as string } : {}),
            ...it.stored,
          },
        ]
      : [],
  );
  const report = auditPredikat(rows);
  // Rows without a stored predikat cannot be checked; say so instead of leaving them out.
  const checkedRows = new Set(rows.map((r) => r.row));
  const notCheckable = [
    ...report.notCheckable,
    ...f.items
      .filter((it) => !checkedRows.has(it.row))
      .map((it) => ({
        row: it.row,
        ...(nipOf(it.appraisal) !== undefined ? { nip: nipOf(it.appraisal) as string } : {}),
        message: {
          id: 'Tidak ada predikat tersimpan untuk diperiksa',
          en: 'No stored predikat to check',
        },
      })),
  ].sort((a, b) => a.row - b.row);
  return {
    ...report,
    checked: report.checked + (notCheckable.length - report.notCheckable.length),
    notCheckable,
  };
}

/** The NIP of an appraisal-like value, when present. */
export function nipOf(a: unknown): string | undefined {
  if (!isRecord(a)) return undefined;
  const p = (a as { pegawai?: unknown }).pegawai;
  if (!isRecord(p)) return undefined;
  const nip = (p as { nip?: unknown }).nip;
  return typeof nip === 'string' ? nip : undefined;
}

/** A short display name of a file path. */
export const shortName = (file: string): string => basename(file);
