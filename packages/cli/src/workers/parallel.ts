import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import type { Decision } from '@kinerja/adapters';
import type { Ruleset } from '@kinerja/core';
import { describeFsError, fail } from '../errors.js';
import { splitKind } from '../heap.js';
import {
  assertUsable,
  type CliRejection,
  type InputFormat,
  type LoadedFile,
  loadFile,
  UnusableFileError,
} from '../input.js';
import type { CliIo } from '../io.js';
import type { RunSummary } from '../pipeline.js';
import { progress } from '../progress.js';
import { RejectionLog } from '../rejections.js';
import { RowRuns } from '../rowRuns.js';
import { inputPath } from '../stdin.js';
import { Utf8Pieces } from '../utf8.js';
import {
  type ChunkJob,
  type ChunkOutput,
  type ChunkSetup,
  type ResultsFormat,
  type RulesetRef,
  scoreChunk,
  scoreItems,
} from './chunk.js';
import { JOBS_PER_THREAD, WorkerPool, workerEntry } from './pool.js';
import {
  CHUNK_RECORDS,
  type CsvChunk,
  CsvSplitter,
  type JsonlChunk,
  JsonlSplitter,
} from './split.js';
import { ResultsSpool } from './spool.js';

/**
 * Streamed scoring, on worker threads or in this thread. The main thread reads the CSV and JSON
 * Lines files piece by piece, cuts them into chunks of whole records (without parsing them),
 * keeps at most {@link CHUNKS_PER_THREAD} chunks per thread in flight (one when scoring in this
 * thread), and folds the compact, pre-serialised outputs back in input order, writing the
 * results file as they come ({@link ResultsSpool}), so memory stays bounded whatever the file
 * size. Other formats are read
 * and scored whole, in their place in the file order.
 */

/**
 * Below this many input lines a run stays in-thread: starting threads (each loads the scoring
 * code and warms it up on its own) costs more than it saves. On 2 cores, with the built binary
 * (night of 24 November, docs/performance.md), two threads were slower than one up to about
 * 100,000 rows of the 6/2022 appraisal table (30,000 rows: 0.72–0.83 s in one thread against
 * 1.04–1.23 s on two; 60,000: 1.12–1.26 s against 1.27–1.44 s; 100,000: even; 150,000: two
 * faster) and up to about 40,000 lines of PP 46/2011 JSON Lines, 2.5 KB each (a JSON line costs
 * about as much as 1,000 bytes of it in CSV rows: see {@link JSONL_BYTES_PER_LINE}).
 * `KINERJA_WORKERS_MIN_LINES` overrides it.
 */
export const PARALLEL_MIN_LINES = 100_000;

/**
 * How a JSON Lines file counts against {@link PARALLEL_MIN_LINES}: a line per this many bytes
 * (rounded up), not per line, because JSON lines differ in size far more than CSV rows do (a
 * PP 46/2011 appraisal with its SKP is about 2.5 KB, a 6/2022 one a few hundred bytes) and the
 * work follows the bytes; 40,000 PP 46 lines (100 MB) count as 100,000.
 */
export const JSONL_BYTES_PER_LINE = 1000;

/** {@link PARALLEL_MIN_LINES}, or `KINERJA_WORKERS_MIN_LINES` when set to a whole number. */
export function parallelMinLines(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.KINERJA_WORKERS_MIN_LINES;
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : PARALLEL_MIN_LINES;
}

/**
 * Chunks in flight per thread: the {@link JOBS_PER_THREAD} a thread holds and two more waiting
 * in the pool. The outputs are folded in input order, so a thread that runs ahead of the others
 * keeps working only while later chunks are in flight: with two per thread (one running, one
 * waiting on the main thread) the threads of a 200,000-row run on 2 cores sat idle 10–16 % of
 * the time, with four (two of them in the thread's own queue) about 6 %. The main thread takes
 * up part of what the threads leave, so the run gained less: 1.80 s against 1.85 s, eight
 * alternated runs each, peak memory 273 MB against 262 MB.
 */
export const CHUNKS_PER_THREAD = JOBS_PER_THREAD + 2;

/** The rejections spool, as a failed write names it. */
const spoolShown = (): string => `the rejections spool in ${tmpdir()}`;

/** An error of a file-system call (`ENOSPC`, `ENOENT`…); a `CliError` has no code. */
function isFsError(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/**
 * Runs a write; a file-system error stops the run as `cannot write <shown>: …` (`shown` may be
 * a function, called only then: naming the temporary directory reads the environment, which
 * once per chunk was 44 ms of a 1M-row run's main thread).
 */
function writing(shown: string | (() => string), write: () => void): void {
  try {
    write();
  } catch (e) {
    if (!isFsError(e)) throw e;
    fail(`cannot write ${describeFsError(typeof shown === 'string' ? shown : shown(), e)}`);
  }
}

export { splitKind };

/**
 * Counts the input lines of the files for {@link PARALLEL_MIN_LINES}, stopping at `limit` (a
 * cheap look at the input size): the lines of a CSV file, and for a JSON Lines file a line per
 * {@link JSONL_BYTES_PER_LINE} bytes. Unreadable files count 0 and are reported by the run
 * itself.
 */
export async function countLines(
  files: readonly { readonly path: string; readonly kind: 'csv' | 'jsonl' }[],
  limit: number,
): Promise<number> {
  let n = 0;
  for (const { path, kind } of files) {
    try {
      if (kind === 'jsonl') {
        n += Math.ceil((await stat(path)).size / JSONL_BYTES_PER_LINE);
        if (n >= limit) return n;
        continue;
      }
      for await (const piece of createReadStream(path, { encoding: 'utf8' })) {
        for (
          let i = (piece as string).indexOf('\n');
          i >= 0;
          i = (piece as string).indexOf('\n', i + 1)
        )
          n++;
        if (n >= limit) return n;
      }
    } catch {
      // reported when the file is read for scoring
    }
  }
  return n;
}

/** Bytes of the files that are split (for the progress bar); unreadable files count 0. */
async function splitBytes(
  cwd: string,
  files: readonly string[],
  from: InputFormat | undefined,
): Promise<number> {
  let n = 0;
  for (const f of files) {
    if (splitKind(f, from) === undefined) continue;
    n += await stat(inputPath(cwd, f)).then(
      (st) => st.size,
      () => 0,
    );
  }
  return n;
}

/** What a scoring run yields without keeping the results themselves. */
export interface ScoredFiles {
  readonly files: readonly FileTotals[];
  /** In output order; the caller disposes of it (it may hold a spool file). */
  readonly rejections: RejectionLog;
  readonly byPredikat: Readonly<Record<string, number>>;
  readonly byUnit: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly accepted: number;
  readonly warned: number;
  /** The decisions taken while reading, by file, as the whole-file readers take them. */
  readonly decisions: readonly (Decision & { readonly file: string })[];
  /**
   * The results file text (json or csv), byte for byte as `resultsText` writes it; not set
   * when the results were written to {@link ParallelOptions.resultsFile}.
   */
  readonly results?: string;
  /** Threads that ran (0: scored in this thread). */
  readonly threads: number;
}

/** Row accounting of one file, as in the run summary. */
export type FileTotals = RunSummary['byFile'][number];

/** Options of {@link scoreInWorkers}. */
export interface ParallelOptions {
  /** Worker threads; 1 scores the chunks in this thread, one at a time (no thread started). */
  readonly workers: number;
  readonly from?: InputFormat;
  readonly master?: string;
  /**
   * The ruleset (for chunks scored in this thread) and how the threads load it (required when
   * `workers` is more than 1).
   */
  readonly ruleset?: { readonly value: Ruleset; readonly ref?: RulesetRef };
  readonly results?: ResultsFormat;
  /**
   * Write the results (in the `results` format) to this file as the chunks come back, instead
   * of returning their text (relative to the working directory; errors name it as given): the
   * file appears, complete, only when the run succeeds.
   */
  readonly resultsFile?: string;
  /** Draw a progress bar (bytes of the split files read) on a terminal. */
  readonly progress?: boolean;
  /** Records per chunk (default {@link CHUNK_RECORDS}). */
  readonly chunkRecords?: number;
  /** The worker entry (default: {@link workerEntry}). */
  readonly entry?: URL;
}

/** Folds chunk outputs of one run, in order. */
class Assembly {
  /** Where the results go (none: summary only). */
  readonly #spool: ResultsSpool | undefined;
  readonly files: FileTotals[] = [];
  /** In output order, spooled beyond a limit (a chunk's rejections are one batch). */
  readonly rejections = new RejectionLog();
  readonly byPredikat: Record<string, number> = {};
  readonly byUnit: Record<string, Record<string, number>> = {};
  accepted = 0;
  warned = 0;

  /** The results file as the user named it (or the temporary file's path). */
  readonly #shown: string;

  constructor(spool: ResultsSpool | undefined, shown: string) {
    this.#spool = spool;
    this.#shown = shown;
  }

  /**
   * Adds the output of the next chunk. A failed write (a full disk, a temporary directory that
   * is gone) stops the run naming what was being written — not the input being read, which the
   * caller's read errors would name.
   */
  add(out: ChunkOutput): void {
    writing(spoolShown, () => this.rejections.add(out.rejections));
    for (const [k, v] of Object.entries(out.byPredikat)) {
      this.byPredikat[k] = (this.byPredikat[k] ?? 0) + v;
    }
    for (const [u, c] of Object.entries(out.byUnit)) {
      let to = this.byUnit[u];
      if (!to) {
        to = {};
        this.byUnit[u] = to;
      }
      for (const [k, v] of Object.entries(c)) to[k] = (to[k] ?? 0) + v;
    }
    this.accepted += out.accepted;
    this.warned += out.warned;
    writing(this.#shown, () => this.#spool?.add(out.results));
  }
}

/** Accounting of one file while its chunks come back. */
interface FileState {
  readonly file: string;
  readonly format: InputFormat;
  rows: number;
  items: number;
  parseRejected: number;
  excluded: number;
  accepted: number;
  evalRejected: number;
  firstParseRejection: CliRejection | undefined;
  /** Decisions by code and English message (as the reader's ledger merges them), in order. */
  readonly decisions: Map<string, { decision: Decision; rows: RowRuns }>;
}

/** A decision's key as the adapters' ledger merges them: code and English message. */
const decisionKey = (d: Decision): string => `${d.code}\u0000${d.message.en}`;

/**
 * Merges a decision's rows into a list keyed as the adapters' ledger keys it (code and
 * message), as runs of rows: a decision on every row of a national file stays a few numbers.
 */
function mergeDecision(into: FileState['decisions'], d: Decision, rows: Iterable<number>): void {
  const key = decisionKey(d);
  let had = into.get(key);
  if (!had) {
    had = { decision: d, rows: new RowRuns() };
    into.set(key, had);
  }
  had.rows.addAll(rows);
}

/** Runs chunk jobs: a pool of worker threads, or {@link scoreChunk} in this thread. */
interface ChunkRunner {
  /** Runs a job; `transfer`: buffers of the job that move to the thread (not copied). */
  run(job: ChunkJob, transfer?: readonly ArrayBuffer[]): Promise<ChunkOutput>;
  close(): Promise<void>;
  readonly started: number;
}

/** The chunks scored one at a time in this thread, with the ruleset object itself. */
function inThreadRunner(ruleset: Ruleset | undefined, results: ResultsFormat | undefined) {
  return {
    run: async (job: ChunkJob) => scoreChunk(job, ruleset, results),
    close: async () => {},
    started: 0,
  } satisfies ChunkRunner;
}

/**
 * Scores the files streamed, on up to `workers` threads (1: in this thread). The outputs equal
 * those of the whole-file run (`runPipeline`) byte for byte: the same summary (keys in the same
 * order), the same rejections in the same order and the same results file. Errors in a thread
 * reject with a one-line message.
 */
export async function scoreInWorkers(
  io: CliIo,
  files: readonly string[],
  opts: ParallelOptions,
): Promise<ScoredFiles> {
  const setup: ChunkSetup = {
    ...(opts.ruleset ? { ruleset: opts.ruleset.ref } : {}),
    ...(opts.results ? { results: opts.results } : {}),
  };
  if (opts.workers > 1 && opts.ruleset && opts.ruleset.ref === undefined) {
    throw new Error('a ruleset sent to worker threads needs its id or JSON (RulesetRef)');
  }
  const pool: ChunkRunner =
    opts.workers > 1
      ? new WorkerPool<ChunkJob, ChunkOutput>(opts.workers, opts.entry ?? workerEntry(), setup)
      : inThreadRunner(opts.ruleset?.value, opts.results);
  const window = opts.workers > 1 ? opts.workers * CHUNKS_PER_THREAD : 1;
  const size = opts.chunkRecords ?? CHUNK_RECORDS;
  // The results are always spooled: to the results file, or to a temporary file whose text is
  // returned (the same bytes either way).
  let spool: ResultsSpool | undefined;
  let dest = '';
  let tempDir: string | undefined;
  if (opts.results !== undefined) {
    try {
      if (opts.resultsFile !== undefined) {
        dest = resolve(io.cwd, opts.resultsFile);
        await mkdir(dirname(dest), { recursive: true });
      } else {
        tempDir = await mkdtemp(join(tmpdir(), 'kinerja-results-'));
        dest = join(tempDir, `hasil.${opts.results}`);
      }
      spool = new ResultsSpool(dest, opts.results);
    } catch (e) {
      await pool.close();
      if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
      fail(`cannot write ${describeFsError(opts.resultsFile ?? dest, e)}`);
    }
  }
  const all = new Assembly(spool, opts.resultsFile ?? dest);
  const bar = progress(
    io,
    'Menilai / scoring',
    opts.progress === true ? await splitBytes(io.cwd, files, opts.from) : 0,
    opts.progress === true,
    'bytes',
  );
  const decisions: (Decision & { file: string })[] = [];
  let results: string | undefined;
  try {
    for (const file of files) {
      const kind = splitKind(file, opts.from);
      const split = kind ? await splitFile(file, kind) : undefined;
      if (split) {
        checkUsable(split.state);
        finishFile(split.state, await headDecisions(file, split.head));
        continue;
      }
      const l = await loadFile(io.cwd, file, {
        ...(opts.from ? { from: opts.from } : {}),
        ...(opts.master ? { master: opts.master } : {}),
      });
      try {
        assertUsable(l);
      } catch (e) {
        // The failing file's rejections go with the error (see UnusableFileError).
        if (e instanceof UnusableFileError) all.rejections.add(l.rejections);
        throw e;
      }
      const out = scoreItems(
        l.file,
        l.items,
        { ...l.counts, rejections: l.rejections, decisions: l.decisions },
        opts.ruleset?.value,
        opts.results,
      );
      const s = newState(l.file, l.format);
      fold(s, out);
      finishFile(s, []);
    }
    if (spool) {
      try {
        spool.commit();
        if (tempDir !== undefined) results = await readFile(dest, 'utf8');
      } catch (e) {
        fail(`cannot write ${describeFsError(opts.resultsFile ?? dest, e)}`);
      }
    }
    bar.done();
  } catch (e) {
    spool?.discard();
    // The rejections read so far go with a file that yielded nothing usable.
    if (e instanceof UnusableFileError) e.rejections = all.rejections;
    else all.rejections.dispose();
    throw e;
  } finally {
    await pool.close();
    if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
  }
  return {
    files: all.files,
    rejections: all.rejections,
    byPredikat: all.byPredikat,
    byUnit: all.byUnit,
    accepted: all.accepted,
    warned: all.warned,
    decisions,
    ...(results !== undefined ? { results } : {}),
    threads: pool.started,
  };

  /**
   * The decisions `loadFile` takes on a file before its first data row (format detected, header
   * row, unknown columns): taken by `loadFile` itself, on a copy of the file's head.
   */
  async function headDecisions(file: string, head: string): Promise<readonly Decision[]> {
    const dir = await mkdtemp(join(tmpdir(), 'kinerja-head-'));
    try {
      const probe = `head${extname(file)}`;
      await writeFile(join(dir, probe), head);
      const l = await loadFile(dir, probe, opts.from ? { from: opts.from } : {});
      return l.decisions;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  function newState(file: string, format: InputFormat): FileState {
    return {
      file,
      format,
      rows: 0,
      items: 0,
      parseRejected: 0,
      excluded: 0,
      accepted: 0,
      evalRejected: 0,
      firstParseRejection: undefined,
      decisions: new Map(),
    };
  }

  function fold(s: FileState, out: ChunkOutput): void {
    if (s.firstParseRejection === undefined && out.parseRejections > 0) {
      s.firstParseRejection = out.rejections[0];
    }
    all.add(out);
    for (const d of out.decisions) mergeDecision(s.decisions, d, d.rows);
    s.rows += out.input;
    s.items += out.items;
    s.parseRejected += out.parseRejected;
    s.excluded += out.excluded;
    s.accepted += out.accepted;
    s.evalRejected += out.evalRejected;
  }

  function finishFile(s: FileState, head: readonly Decision[]): void {
    // The head's decisions come first, as the whole-file reader takes them before any row.
    const merged: FileState['decisions'] = new Map();
    for (const d of head) mergeDecision(merged, d, d.rows);
    for (const x of s.decisions.values()) {
      const key = decisionKey(x.decision);
      if (merged.has(key)) mergeDecision(merged, x.decision, x.rows.toArray());
      else merged.set(key, x);
    }
    for (const { decision, rows } of merged.values()) {
      const { code, message, status } = decision;
      decisions.push({
        file: s.file,
        code,
        rows: rows.toArray(),
        message,
        ...(status ? { status } : {}),
      });
    }
    all.files.push({
      file: s.file,
      format: s.format,
      total: s.rows,
      accepted: s.accepted,
      rejected: s.parseRejected + s.evalRejected,
      excluded: s.excluded,
    });
  }

  /** The checks `runPipeline` makes on a loaded file, on the totals of its chunks. */
  function checkUsable(s: FileState): void {
    const asLoaded: LoadedFile = {
      file: s.file,
      format: s.format,
      items: new Array(s.items),
      rejections: s.firstParseRejection ? [s.firstParseRejection] : [],
      decisions: [],
      counts: { input: s.rows, rejected: s.parseRejected, excluded: s.excluded },
    };
    assertUsable(asLoaded);
  }

  /**
   * Streams a file through its splitter and the pool; returns its totals and its head (the text
   * up to the header row; none for JSON Lines). Returns undefined, before anything was
   * sent, when the file is one to read as a whole (unreadable: the whole-file reader reports it;
   * a CSV whose header row the splitter does not find).
   */
  async function splitFile(
    file: string,
    kind: 'csv' | 'jsonl',
  ): Promise<{ state: FileState; head: string } | undefined> {
    const s = newState(file, kind);
    const inFlight: Promise<ChunkOutput>[] = [];
    const csv = kind === 'csv' ? new CsvSplitter(size) : undefined;
    const jsonl = kind === 'jsonl' ? new JsonlSplitter(size) : undefined;
    let sent = 0;
    const send = async (job: ChunkJob, transfer?: readonly ArrayBuffer[]) => {
      const p = pool.run(job, transfer);
      p.catch(() => {});
      inFlight.push(p);
      sent++;
      while (inFlight.length >= window) fold(s, await (inFlight.shift() as Promise<ChunkOutput>));
    };
    let lines = 0;
    const sendAll = async (chunks: readonly (CsvChunk | JsonlChunk)[]) => {
      for (const c of chunks) {
        if (!('lines' in c)) {
          const head = csv?.head;
          if (!head) throw new Error('CSV chunk before its header row');
          const { prefix, delimiter } = head;
          // The bytes move to the thread (the chunk's own buffer), as JSON Lines do.
          const { bytes, offset, rows } = c;
          await send({ kind: 'csv', file, prefix, delimiter, bytes, offset, rows }, [
            bytes.buffer as ArrayBuffer,
          ]);
        } else {
          // The bytes move to the thread (they are the chunk's own buffer): nothing is copied.
          // Count the lines first: the transfer detaches `c.lines` (its length becomes 0).
          const offset = lines;
          lines += c.lines.length / 2;
          await send({ kind: 'jsonl', file, offset, bytes: c.bytes, lines: c.lines }, [
            c.bytes.buffer as ArrayBuffer,
            c.lines.buffer as ArrayBuffer,
          ]);
        }
      }
    };
    try {
      // CSV and JSON Lines are cut as UTF-8 bytes (the threads decode them), checked to be
      // UTF-8 on the way (a byte that is not stops the run with its line); a UTF-16 or
      // `--encoding windows-1252` file is decoded and encoded again as UTF-8.
      const path = inputPath(io.cwd, file);
      const utf8 = new Utf8Pieces(file, path);
      const stream = createReadStream(path, { highWaterMark: 1 << 20 });
      let read = 0;
      for await (const piece of stream) {
        bar.tick(stream.bytesRead - read);
        read = stream.bytesRead;
        const bytes = utf8.utf8(piece as Buffer);
        if (csv) {
          await sendAll(csv.push(bytes));
          if (csv.unsupported !== undefined) return undefined;
        } else await sendAll((jsonl as JsonlSplitter).push(bytes));
      }
      // A file of one byte held back to tell a byte-order mark: its text now.
      const tail = utf8.end();
      if (tail !== '') await sendAll((csv ?? (jsonl as JsonlSplitter)).push(Buffer.from(tail)));
    } catch (e) {
      if (!isFsError(e)) throw e;
      if (sent === 0) return undefined;
      fail(`cannot read ${describeFsError(file, e)}`);
    }
    if (csv) {
      const last = csv.end();
      if (csv.unsupported !== undefined || !csv.head) return undefined;
      await sendAll(last);
    } else await sendAll((jsonl as JsonlSplitter).end());
    while (inFlight.length > 0) fold(s, await (inFlight.shift() as Promise<ChunkOutput>));
    return { state: s, head: csv?.head?.prefix ?? '' };
  }
}
