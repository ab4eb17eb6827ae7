import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import {
  addToSummary,
  type BatchSummary,
  createBatchSummary,
  type EvaluationResult,
  evaluate,
  type Ruleset,
  rulesets,
  safeLoadRuleset,
} from '@kinerja/core';
import { fail, failFs } from './errors.js';
import {
  assertUsable,
  type CliRejection,
  type FileDecision,
  type InputFormat,
  type InputItem,
  type LoadedFile,
  loadFile,
  nipOf,
  sniffCsvFile,
  sniffJsonlFile,
  UnusableFileError,
} from './input.js';
import type { CliIo } from './io.js';
import { resultsText, writeOut } from './output.js';
import { progress } from './progress.js';
import { byFileAndRow, RejectionLog } from './rejections.js';
import { inputPath } from './stdin.js';
import { readUtf8File } from './utf8.js';
import { evaluationRejections, type ResultsFormat, type RulesetRef } from './workers/chunk.js';
import {
  countLines,
  JSONL_BYTES_PER_LINE,
  parallelMinLines,
  scoreInWorkers,
  splitKind,
} from './workers/parallel.js';

/** One scored appraisal: the input item and its evaluation. */
export interface Scored {
  readonly item: InputItem;
  readonly result: EvaluationResult;
}

/** Everything the commands work from: the files read, the results and every rejection. */
export interface Run {
  readonly files: readonly LoadedFile[];
  /** Accepted appraisals that evaluated to a predikat. */
  readonly scored: readonly Scored[];
  /** Parse rejections and evaluation failures, by file and row; then the master's rejections. */
  readonly rejections: readonly CliRejection[];
  /** Every decision taken while reading the files (and the master), by file. */
  readonly decisions: readonly FileDecision[];
  readonly summary: RunSummary;
}

/** Row accounting of a run: `total = accepted + rejected + excluded`. */
export interface RunSummary {
  readonly total: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Rows left out by a reported decision of an adapter (PLT/PLH, duplicate after mutasi). */
  readonly excluded: number;
  readonly byPredikat: Readonly<Record<string, number>>;
  readonly byUnit: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly byFile: readonly {
    readonly file: string;
    readonly format: InputFormat;
    readonly total: number;
    readonly accepted: number;
    readonly rejected: number;
    readonly excluded: number;
  }[];
  /** The `--master` file's own rows (not part of `total`): its rejections are listed apart. */
  readonly master?: {
    readonly file: string;
    readonly rows: number;
    readonly accepted: number;
    readonly rejected: number;
    readonly excluded: number;
  };
}

/**
 * The decisions of the files read (each file's, then the master's once) and the master's
 * report: what every command shows next to its results.
 */
export function decisionsOf(loaded: readonly LoadedFile[]): {
  decisions: FileDecision[];
  master?: LoadedFile['master'];
} {
  const decisions: FileDecision[] = loaded.flatMap((f) =>
    f.decisions.map((d) => ({ file: f.file, ...d })),
  );
  const master = loaded.find((f) => f.master)?.master;
  if (master) decisions.push(...master.decisions.map((d) => ({ file: master.file, ...d })));
  return master ? { decisions, master } : { decisions };
}

/** The JSON text each ruleset loaded from a file was read from (worker threads load the same). */
const RULESET_JSON = new WeakMap<Ruleset, string>();

/**
 * How a worker thread can get the same ruleset: a national ruleset by id, a ruleset loaded by
 * {@link resolveRuleset} by its JSON text; undefined for any other ruleset object (built in
 * code, possibly with custom indicator types whose functions cannot cross threads).
 */
export function rulesetRef(rs: Ruleset): RulesetRef | undefined {
  for (const [id, known] of Object.entries(rulesets as Readonly<Record<string, Ruleset>>)) {
    if (known === rs) return { id };
  }
  const json = RULESET_JSON.get(rs);
  return json === undefined ? undefined : { json };
}

/** Resolves `--ruleset`: a national ruleset id or a ruleset JSON file. */
export async function resolveRuleset(
  cwd: string,
  arg: string | undefined,
): Promise<Ruleset | undefined> {
  if (arg === undefined) return undefined;
  const known = (rulesets as Readonly<Record<string, Ruleset>>)[arg];
  if (known) return known;
  const path = resolve(cwd, arg);
  if (!arg.toLowerCase().endsWith('.json') && !existsSync(path)) {
    fail(
      `--ruleset: unknown ruleset "${arg}" (known: ${Object.keys(rulesets).join(', ')}; or a .json file)`,
    );
  }
  let text: string;
  try {
    text = await readUtf8File(path, arg);
  } catch (e) {
    failFs(arg, e, '--ruleset ');
  }
  const r = safeLoadRuleset(text);
  if (!r.ok) {
    const i = r.issues[0];
    const where = i && i.path.length > 0 ? ` at ${i.path.join('.')}` : '';
    fail(
      `${arg}: not a valid ruleset${where}: ${i?.message.en ?? 'invalid'} (${r.issues.length} issue(s))`,
    );
  }
  RULESET_JSON.set(r.ruleset, text);
  return r.ruleset;
}

/** Options of {@link runPipeline}. */
export interface PipelineOptions {
  readonly from?: InputFormat;
  readonly master?: string;
  readonly ruleset?: Ruleset;
  /** Record the trace of every result (only `explain` needs it). */
  readonly trace?: boolean;
  readonly progress?: boolean;
  /** Evaluate only the appraisals of this NIP (explain); the others are not scored. */
  readonly only?: string;
}

/**
 * Reads every file, evaluates every accepted appraisal with the ruleset (given, or chosen by
 * period) and accounts for every row. Files that yield nothing usable stop the run (exit 2).
 */
export async function runPipeline(
  io: CliIo,
  files: readonly string[],
  opts: PipelineOptions = {},
): Promise<Run> {
  const loaded: LoadedFile[] = [];
  for (const f of files) {
    const l = await loadFile(io.cwd, f, {
      ...(opts.from ? { from: opts.from } : {}),
      ...(opts.master ? { master: opts.master } : {}),
    });
    try {
      assertUsable(l);
    } catch (e) {
      // The rejections of the files read so far go with the error (see UnusableFileError).
      if (e instanceof UnusableFileError) {
        e.rejections = RejectionLog.of(
          [...loaded, l].flatMap((x) => x.rejections).sort(byFileAndRow),
        );
      }
      throw e;
    }
    loaded.push(l);
  }
  const total = opts.only !== undefined ? 0 : loaded.reduce((s, f) => s + f.items.length, 0);
  const bar = progress(io, 'Menilai / scoring', total, opts.progress !== false);
  const scored: Scored[] = [];
  const rejections: CliRejection[] = [];
  const batch: BatchSummary = createBatchSummary();
  const byFile: RunSummary['byFile'][number][] = [];
  let excluded = 0;
  for (const f of loaded) {
    rejections.push(...f.rejections);
    let accepted = 0;
    let evalRejected = 0;
    for (const item of f.items) {
      if (opts.only !== undefined && nipOf(item.appraisal) !== opts.only) continue;
      const result = evaluate(item.appraisal, {
        ...(opts.ruleset ? { ruleset: opts.ruleset, rulesets: [opts.ruleset] } : {}),
        trace: opts.trace === true,
      });
      addToSummary(batch, result);
      bar.tick();
      if (result.ok && result.predikat) {
        accepted++;
        scored.push({ item, result });
        continue;
      }
      evalRejected++;
      rejections.push(...evaluationRejections(f.file, item.row, result));
    }
    excluded += f.counts.excluded;
    byFile.push({
      file: f.file,
      format: f.format,
      total: f.counts.input,
      accepted,
      rejected: f.counts.rejected + evalRejected,
      excluded: f.counts.excluded,
    });
  }
  bar.done();
  rejections.sort(byFileAndRow);
  const { decisions, master } = decisionsOf(loaded);
  if (opts.master !== undefined && !master) noteUnusedMaster(io, opts.master);
  if (master) rejections.push(...master.rejections);
  const rejected = byFile.reduce((s, f) => s + f.rejected, 0);
  const accepted = scored.length;
  return {
    files: loaded,
    scored,
    rejections,
    decisions,
    summary: {
      total: accepted + rejected + excluded,
      accepted,
      rejected,
      excluded,
      byPredikat: { ...batch.byPredikat },
      byUnit: Object.fromEntries(Object.entries(batch.byUnit).map(([u, c]) => [u, { ...c }])),
      byFile,
      ...(master
        ? {
            master: {
              file: master.file,
              rows: master.rows,
              accepted: master.accepted,
              rejected: master.rejected,
              excluded: master.excluded,
            },
          }
        : {}),
    },
  };
}

/**
 * Says on stderr that `--master` was given but no input was joined with it: only SIASN skp22
 * records and e-Kinerja reports lack employee data; an appraisal table carries its own. An
 * option that silently does nothing hides a mistake (the wrong input, or a format detected
 * otherwise than the user thought).
 */
function noteUnusedMaster(io: CliIo, master: string): void {
  io.stderr.write(
    `kinerja: --master ${master}: not used — no input is SIASN skp22 records or an e-Kinerja report, the only formats joined with the employee master (an appraisal table carries its own employee columns)\n`,
  );
}

/** Worker threads used when `--workers` is not given: the cores available to the process. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** Options of {@link scoreFiles}. */
export interface ScoreOptions extends PipelineOptions {
  /** Threads to score on (1: in this thread; default and at most {@link defaultWorkers}). */
  readonly workers?: number;
  /** Serialise the results for a results file in this format. */
  readonly results?: ResultsFormat;
  /**
   * Write the results (in the {@link ScoreOptions.results} format) to this file instead of
   * returning their text. Streamed runs write it as they go, so no result is held in memory;
   * the file appears, complete, only when the run succeeds.
   */
  readonly resultsFile?: string;
}

/** A scoring run reduced to what `score` writes: the same whether threads ran or not. */
export interface ScoreRun {
  readonly summary: RunSummary;
  /**
   * Parse rejections and evaluation failures, by file and row; then the master's. A streamed
   * run spools them beyond a limit: the caller disposes of the log.
   */
  readonly rejections: RejectionLog;
  readonly decisions: readonly FileDecision[];
  /**
   * The results file text, when {@link ScoreOptions.results} was given without
   * {@link ScoreOptions.resultsFile}.
   */
  readonly results?: string;
  /** Some scored result carries a warning. */
  readonly warned: boolean;
  /** Worker threads that ran (0: scored in this thread). */
  readonly threads: number;
  /** The files were streamed in chunks (else read and scored whole, as {@link runPipeline}). */
  readonly streamed: boolean;
  /** Why the run stayed in this thread although more than one worker was allowed. */
  readonly inThread?: string;
  /** The threads allowed when more than the cores were asked for: the cores. */
  readonly capped?: number;
}

/**
 * Why a run cannot be streamed in chunks and reads its files whole ({@link runPipeline}), or
 * undefined to stream: `explain` (traces, one NIP); no CSV or JSON Lines file to split; a file
 * joined with `--master` (its master report is kept); a `.csv` whose header row is an e-Kinerja
 * or SIASN export (read whole by its own reader).
 */
async function wholeReason(
  io: CliIo,
  files: readonly string[],
  split: readonly string[],
  opts: ScoreOptions,
): Promise<string | undefined> {
  if (opts.only !== undefined || opts.trace === true) return 'traces are recorded in this thread';
  if (split.length === 0) {
    return 'only CSV and JSON Lines files are split across worker threads; other formats are read whole';
  }
  if (opts.master !== undefined && split.length < files.length) {
    return 'files joined with --master are read in this thread (the master report is kept)';
  }
  if (opts.from === undefined) {
    for (const f of split) {
      if (splitKind(f, undefined) !== 'csv') {
        const kind = await sniffJsonlFile(inputPath(io.cwd, f));
        if (kind !== undefined && kind !== 'jsonl') {
          return `${f} holds ${kind} records, not appraisals; it is read whole`;
        }
        continue;
      }
      const kind = await sniffCsvFile(inputPath(io.cwd, f), f).catch(() => undefined);
      if (kind && kind.kind !== 'csv') {
        return `${f} is not a generic appraisal CSV (${kind.kind}); it is read whole`;
      }
    }
  }
  return undefined;
}

/**
 * Why a streamed run with `workers` allowed stays in this thread, or undefined to use threads:
 * one worker; a ruleset that cannot be sent to a thread; fewer input lines than
 * {@link parallelMinLines}.
 */
async function threadReason(
  io: CliIo,
  split: readonly string[],
  opts: ScoreOptions,
  workers: number,
): Promise<string | undefined> {
  if (workers <= 1) return 'one worker';
  if (opts.ruleset && rulesetRef(opts.ruleset) === undefined) {
    return 'the ruleset was not loaded from an id or a JSON file and cannot be sent to worker threads (custom indicator types carry functions)';
  }
  const min = parallelMinLines();
  const lines = await countLines(
    split.map((f) => ({
      path: inputPath(io.cwd, f),
      kind: splitKind(f, opts.from) as 'csv' | 'jsonl',
    })),
    min,
  );
  if (lines < min) {
    return `fewer than ${min} input lines (JSON Lines: a line per ${JSONL_BYTES_PER_LINE} bytes; starting worker threads would cost more than it saves)`;
  }
  return undefined;
}

/**
 * Scores the files for `score`. CSV and JSON Lines files are streamed in chunks of whole
 * records, on worker threads when there are enough rows and more than one worker is allowed,
 * else in this thread; with {@link ScoreOptions.resultsFile} the results go to the file as they
 * come, so memory stays bounded whatever the input size. Runs that need whole files (traces,
 * `--master` with other formats, e-Kinerja and SIASN CSV exports, JSON and XLSX only) use
 * {@link runPipeline}. Either way the summary, the rejections (content and order) and the
 * results are the same, byte for byte; a failing thread ends the run with a one-line error
 * (exit 70).
 */
export async function scoreFiles(
  io: CliIo,
  files: readonly string[],
  opts: ScoreOptions = {},
): Promise<ScoreRun> {
  // Never more threads than cores: each one holds a heap of its own (about 35 MB), so 64 threads
  // on 2 cores took 2.4 GB and five times as long as 2, and a thousand would run out of memory.
  const cores = defaultWorkers();
  const workers = Math.min(opts.workers ?? cores, cores);
  const capped = opts.workers !== undefined && opts.workers > cores ? cores : undefined;
  // The CSV and JSON Lines files, which can be streamed (and split across threads).
  const split = files.filter((f) => splitKind(f, opts.from) !== undefined);
  const whole = await wholeReason(io, files, split, opts);
  if (whole !== undefined) {
    const run = await runPipeline(io, files, opts);
    let results: string | undefined;
    if (opts.results) {
      const text = resultsText(run.scored, opts.results);
      if (opts.resultsFile === undefined) results = text;
      else await writeOut(io.cwd, opts.resultsFile, text);
    }
    return {
      summary: run.summary,
      rejections: RejectionLog.of(run.rejections),
      decisions: run.decisions,
      ...(results !== undefined ? { results } : {}),
      warned: run.scored.some((s) => s.result.warnings.length > 0),
      threads: 0,
      streamed: false,
      ...(workers > 1 ? { inThread: whole } : {}),
      ...(capped !== undefined ? { capped } : {}),
    };
  }
  const noThreads = await threadReason(io, split, opts, workers);
  const ref = opts.ruleset ? rulesetRef(opts.ruleset) : undefined;
  const r = await scoreInWorkers(io, files, {
    workers: noThreads === undefined ? workers : 1,
    ...(opts.from ? { from: opts.from } : {}),
    ...(opts.master ? { master: opts.master } : {}),
    ...(opts.ruleset ? { ruleset: { value: opts.ruleset, ...(ref ? { ref } : {}) } } : {}),
    ...(opts.results ? { results: opts.results } : {}),
    ...(opts.results && opts.resultsFile !== undefined ? { resultsFile: opts.resultsFile } : {}),
    progress: opts.progress !== false,
  });
  // Streamed files are appraisal tables and records: none is joined with the master.
  if (opts.master !== undefined) noteUnusedMaster(io, opts.master);
  const rejected = r.files.reduce((s, f) => s + f.rejected, 0);
  const excluded = r.files.reduce((s, f) => s + f.excluded, 0);
  return {
    summary: {
      total: r.accepted + rejected + excluded,
      accepted: r.accepted,
      rejected,
      excluded,
      byPredikat: { ...r.byPredikat },
      byUnit: Object.fromEntries(Object.entries(r.byUnit).map(([u, c]) => [u, { ...c }])),
      byFile: r.files,
    },
    rejections: r.rejections,
    decisions: r.decisions,
    ...(r.results !== undefined ? { results: r.results } : {}),
    warned: r.warned > 0,
    threads: r.threads,
    streamed: true,
    ...(workers > 1 && noThreads !== undefined ? { inThread: noThreads } : {}),
    ...(capped !== undefined ? { capped } : {}),
  };
}
