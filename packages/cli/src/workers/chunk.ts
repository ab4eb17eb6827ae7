import type { Decision } from '@kinerja/adapters';
import {
  type CsvDelimiter,
  neutralizeCell,
  parseCsv,
  quoteCell,
  readAppraisalCsv,
  writeCsv,
} from '@kinerja/adapters/csv';
import {
  addToSummary,
  createBatchSummary,
  type EvaluationResult,
  evaluate,
  type Ruleset,
  rulesets,
  safeLoadRuleset,
} from '@kinerja/core';
import type { CliRejection } from '../input.js';
import { toScoreResult } from '../schemas.js';
import { invalidJsonLine, jsonlLines } from './split.js';

/**
 * Scoring one chunk of records into compact, pre-serialised output: what a worker thread sends
 * back (strings and small objects, cheap to structured-clone), and what the main thread
 * reassembles, in input order, into exactly the outputs of the single-threaded run.
 */

/** How a worker gets the ruleset: a national ruleset by id, or the JSON it was loaded from. */
export type RulesetRef = { readonly id: string } | { readonly json: string };

/** The results file format the chunk output is serialised for (none: summary only). */
export type ResultsFormat = 'json' | 'csv';

/** What every chunk of a run shares (sent once to each worker). */
export interface ChunkSetup {
  readonly ruleset?: RulesetRef;
  readonly results?: ResultsFormat;
}

/** A chunk of records to parse, validate and score. */
export type ChunkJob =
  | {
      readonly kind: 'csv';
      readonly file: string;
      /** The file's head (titles and header row), so the chunk parses like the whole file. */
      readonly prefix: string;
      /** The UTF-8 bytes of whole records (`CsvSplitter`), decoded by the thread that scores them. */
      readonly bytes: Uint8Array;
      readonly delimiter: CsvDelimiter;
      /** Data rows of the file before this chunk. */
      readonly offset: number;
      /** Data rows in this chunk, as the splitter counted them (checked against the reader). */
      readonly rows: number;
    }
  | {
      readonly kind: 'jsonl';
      readonly file: string;
      /** Non-blank lines of the file before this chunk. */
      readonly offset: number;
      /** The UTF-8 bytes of whole lines (`JsonlSplitter`), decoded by the thread that scores them. */
      readonly bytes: Uint8Array;
      /** Start and end of each non-blank line in `bytes` (see `JsonlChunk`). */
      readonly lines: Uint32Array;
    };

/**
 * Results serialised for the results file, by format: as text, or — from a worker thread — as
 * its UTF-8 bytes, which move to the main thread without a copy (see `worker.ts`).
 */
export type ChunkResults =
  | {
      readonly format: 'json';
      /** The elements of the results array (indented, comma-separated), empty when none. */
      readonly text: string | Uint8Array;
    }
  | {
      readonly format: 'csv';
      /** Sorted `nilai` names of this chunk: the `nilai_*` columns of `body`. */
      readonly keys: readonly string[];
      /** The result lines, without the header line. */
      readonly body: string | Uint8Array;
    };

/** What scoring a chunk yields. Rows are numbered as in the whole file. */
export interface ChunkOutput {
  /** Data rows read (`input = items + parse rejected + excluded`). */
  readonly input: number;
  readonly parseRejected: number;
  readonly excluded: number;
  /** Rows the parser accepted (then evaluated). */
  readonly items: number;
  /** Parse rejections (reader's order), then evaluation rejections (row order). */
  readonly rejections: readonly CliRejection[];
  /** How many of `rejections` come from parsing. */
  readonly parseRejections: number;
  /** The reader's decisions (rows numbered as in the whole file). */
  readonly decisions: readonly Decision[];
  /** Evaluations per predikat and per unit, keys in order of first occurrence. */
  readonly byPredikat: Readonly<Record<string, number>>;
  readonly byUnit: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly accepted: number;
  readonly evalRejected: number;
  /** Accepted results with at least one warning. */
  readonly warned: number;
  readonly results?: ChunkResults;
}

/** The ruleset a {@link RulesetRef} names. Throws when it does not load. */
export function rulesetOf(ref: RulesetRef | undefined): Ruleset | undefined {
  if (ref === undefined) return undefined;
  if ('id' in ref) {
    const rs = (rulesets as Readonly<Record<string, Ruleset>>)[ref.id];
    if (!rs) throw new Error(`unknown ruleset "${ref.id}"`);
    return rs;
  }
  const r = safeLoadRuleset(ref.json);
  if (!r.ok) throw new Error(`the ruleset JSON does not load: ${r.issues[0]?.message.en}`);
  return r.ruleset;
}

/**
 * The rejections of an evaluation that produced no predikat: its issues, or `NO_PREDIKAT`.
 *
 * @example
 * ```ts
 * evaluationRejections('a.csv', 3, evaluate(appraisal)); // [] when it scored
 * ```
 */
export function evaluationRejections(
  file: string,
  row: number,
  result: EvaluationResult,
): CliRejection[] {
  if (result.issues.length === 0) {
    return [
      {
        file,
        row,
        path: [],
        code: 'NO_PREDIKAT',
        message: {
          id: 'Penilaian tidak menghasilkan predikat',
          en: 'The appraisal produced no predikat',
        },
      },
    ];
  }
  return result.issues.map((i) => ({
    file,
    row,
    path: i.path,
    code: i.code,
    message: i.message,
  }));
}

const cell = (v: string) => quoteCell(neutralizeCell(v), ',');

/** The result lines of `writeResultsCsv` for these results and `nilai` names, without header. */
function resultsCsvBody(results: readonly EvaluationResult[], keys: readonly string[]): string {
  let out = '';
  for (const r of results) {
    // Cell by cell into the line (no array of cells per result).
    let line = cell(r.nip ?? '');
    line += `,${cell(r.nama ?? '')}`;
    line += `,${cell(r.unitKerja ?? '')}`;
    line += `,${cell(r.periode?.mulai ?? '')}`;
    line += `,${cell(r.periode?.selesai ?? '')}`;
    line += `,${cell(r.ruleset?.id ?? '')}`;
    line += r.ok ? ',1' : ',0';
    line += `,${cell(r.rating?.hasilKerja ?? '')}`;
    line += `,${cell(r.rating?.perilaku ?? '')}`;
    line += `,${cell(r.predikat?.code ?? '')}`;
    line += `,${cell(r.predikat?.label.id ?? '')}`;
    for (const k of keys) line += `,${cell(r.nilai?.[k] ?? '')}`;
    line += `,${cell(codes(r.issues))}`;
    line += `,${cell(codes(r.warnings))}`;
    out += `${line}\r\n`;
  }
  return out;
}

/** The codes of issues or warnings, space-separated. */
function codes(list: readonly { readonly code: string }[]): string {
  if (list.length === 0) return '';
  let s = list[0]?.code ?? '';
  for (let i = 1; i < list.length; i++) s += ` ${list[i]?.code}`;
  return s;
}

/**
 * Moves the `nilai_*` columns of result lines written for `from` to the columns of `to` (a
 * superset, sorted), empty where a result has no such value: the lines `writeResultsCsv` writes
 * when the results of other chunks bring more `nilai` names.
 */
export function relayoutResultsCsv(
  body: string,
  from: readonly string[],
  to: readonly string[],
): string {
  const at = to.map((k) => from.indexOf(k));
  const rows = parseCsv(body, { delimiter: ',' }).rows.map((r) => {
    const c = r.cells;
    const nilai = at.map((j) => (j < 0 ? '' : (c[11 + j] as string)));
    return [...c.slice(0, 11), ...nilai, ...c.slice(11 + from.length)];
  });
  return writeCsv(rows, { neutralize: false });
}

/** The header line of the results CSV for these `nilai` names, as `writeResultsCsv` writes it. */
export function resultsCsvHeader(keys: readonly string[]): string {
  return `${[
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
    ...keys.map((k) => `nilai_${k}`),
    'issues',
    'warnings',
  ]
    .map(cell)
    .join(',')}\r\n`;
}

/** One appraisal to evaluate. */
export interface ChunkItem {
  readonly row: number;
  readonly appraisal: unknown;
}

/** What the parser said about a chunk (or a whole file read in-thread). */
export interface ParsedPart {
  readonly input: number;
  readonly rejected: number;
  readonly excluded: number;
  readonly rejections: readonly CliRejection[];
  readonly decisions?: readonly Decision[];
}

/** Evaluates parsed items and serialises what the run needs from them. */
export function scoreItems(
  file: string,
  items: readonly ChunkItem[],
  parsed: ParsedPart,
  ruleset: Ruleset | undefined,
  format: ResultsFormat | undefined,
): ChunkOutput {
  const batch = createBatchSummary();
  const rejections: CliRejection[] = [...parsed.rejections];
  const rows: number[] = [];
  const accepted: EvaluationResult[] = [];
  let evalRejected = 0;
  let warned = 0;
  const opts = { ...(ruleset ? { ruleset, rulesets: [ruleset] } : {}), trace: false };
  for (const item of items) {
    const result = evaluate(item.appraisal as never, opts);
    addToSummary(batch, result);
    if (result.ok && result.predikat) {
      rows.push(item.row);
      accepted.push(result);
      if (result.warnings.length > 0) warned++;
      continue;
    }
    evalRejected++;
    rejections.push(...evaluationRejections(file, item.row, result));
  }
  let results: ChunkResults | undefined;
  if (format === 'json') {
    // The array as `resultsText` writes it, less its brackets: `[\n  ` … `\n]`.
    const all = JSON.stringify(
      accepted.map((r, i) => toScoreResult(file, rows[i] as number, r)),
      null,
      2,
    );
    results = { format, text: accepted.length === 0 ? '' : all.slice(4, -2) };
  } else if (format === 'csv') {
    const keys = [...new Set(accepted.flatMap((r) => Object.keys(r.nilai ?? {})))].sort();
    results = { format, keys, body: resultsCsvBody(accepted, keys) };
  }
  return {
    input: parsed.input,
    parseRejected: parsed.rejected,
    excluded: parsed.excluded,
    items: items.length,
    rejections,
    parseRejections: parsed.rejections.length,
    decisions: parsed.decisions ?? [],
    byPredikat: { ...batch.byPredikat },
    byUnit: Object.fromEntries(Object.entries(batch.byUnit).map(([u, c]) => [u, { ...c }])),
    accepted: accepted.length,
    evalRejected,
    warned,
    ...(results ? { results } : {}),
  };
}

/**
 * Parses a chunk as the whole-file readers would (`readAppraisalCsv` on the file's head and the
 * chunk's records; one JSON value per line), then scores it with {@link scoreItems}.
 */
export function scoreChunk(
  job: ChunkJob,
  ruleset: Ruleset | undefined,
  format: ResultsFormat | undefined,
): ChunkOutput {
  const at = job.offset;
  if (job.kind === 'csv') {
    const { bytes } = job;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const r = readAppraisalCsv(job.prefix + text, { delimiter: job.delimiter });
    if (r.counts.input !== job.rows) {
      // The splitter and the reader disagree on the records: never number rows wrongly.
      throw new Error(
        `${job.file}: a chunk of ${job.rows} rows after row ${at} was read as ${r.counts.input} rows`,
      );
    }
    return scoreItems(
      job.file,
      r.records.map((x) => ({ row: x.row + at, appraisal: x.appraisal })),
      {
        input: r.counts.input,
        rejected: r.counts.rejected,
        excluded: r.counts.excluded,
        rejections: r.rejections.map((x) => ({
          file: job.file,
          row: x.row + at,
          path: x.path,
          code: x.code,
          message: x.message,
        })),
        decisions: r.decisions.map((d) =>
          at === 0 ? d : { ...d, rows: d.rows.map((x) => x + at) },
        ),
      },
      ruleset,
      format,
    );
  }
  const lines = jsonlLines(job);
  const items: ChunkItem[] = [];
  const rejections: CliRejection[] = [];
  lines.forEach((line, i) => {
    const row = at + i + 1;
    try {
      items.push({ row, appraisal: JSON.parse(line) });
    } catch (e) {
      rejections.push(invalidJsonLine(job.file, row, (e as Error).message.split('\n')[0] ?? ''));
    }
  });
  return scoreItems(
    job.file,
    items,
    {
      input: lines.length,
      rejected: rejections.length,
      excluded: 0,
      rejections,
    },
    ruleset,
    format,
  );
}
