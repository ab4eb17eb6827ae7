import { closeSync, openSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliRejection } from './input.js';
import { holdPart, releasePart, writeAll } from './parts.js';

/**
 * Rejections kept in memory before a {@link RejectionLog} moves them to a spool file: about
 * 1 KB each, so some 10 MB. A national file whose NIP column Excel mangled rejects every row;
 * held in memory, 500,000 rejections of a 1M-row file took the run from 255 MB to 1.25 GB.
 */
export const REJECTIONS_IN_MEMORY = 10_000;

/**
 * {@link REJECTIONS_IN_MEMORY}, or `KINERJA_REJECTIONS_IN_MEMORY` when set to a whole number
 * (the tests spool a handful of rejections to run the spool on small files).
 *
 * @example
 * ```ts
 * rejectionsInMemory({ KINERJA_REJECTIONS_IN_MEMORY: '5' }); // 5
 * rejectionsInMemory({}); // 10000
 * ```
 */
export function rejectionsInMemory(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.KINERJA_REJECTIONS_IN_MEMORY;
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : REJECTIONS_IN_MEMORY;
}

/** Spooled rejections of one file: a run of JSON lines in the spool. */
interface Segment {
  readonly file: string;
  readonly start: number;
  bytes: number;
}

/** The order of every rejections output: by file name (ties keep their order), then row. */
export function byFileAndRow(a: CliRejection, b: CliRejection): number {
  return byFile(a, b) || a.row - b.row;
}

/** Batches or segments by file name (stable: a file's keep their order). */
function byFile(a: { readonly file: string }, b: { readonly file: string }): number {
  return a.file === b.file ? 0 : a.file < b.file ? -1 : 1;
}

/** Bytes of the spool read back at a time. */
const READ_BLOCK = 4 << 20;

/**
 * The rejections of a run, in the order every output lists them — by file name, then row,
 * ties in the order they were added (a run that reads its files whole gives its own list,
 * the `--master` file's last: {@link RejectionLog.of}) — held in memory up to a limit and
 * spooled to a temporary file beyond it, so that a streamed run of millions of rows stays in
 * bounded memory however many of them are rejected.
 *
 * Rejections come in batches ({@link RejectionLog.add}): a file's batches come in row order
 * (the chunks of a streamed file), and a batch is sorted by row (stable) as it is added. A
 * batch that starts before the end of the file's previous one is an error (the order could no
 * longer be kept without holding everything).
 * The spool is a temporary file of JSON lines, removed by {@link RejectionLog.dispose} — and
 * if the process is interrupted (Ctrl-C, `kill`).
 *
 * @example
 * ```ts
 * const log = new RejectionLog();
 * log.add(chunkOutput.rejections); // each chunk, in order
 * log.count; // how many
 * for await (const block of log.blocks()) write(block); // or writeRejections(cwd, file, log, 'csv')
 * log.dispose();
 * ```
 */
export class RejectionLog {
  readonly #limit: number;
  /** In memory (until spooled): the batches in the order added. */
  #batches: { file: string; items: CliRejection[] }[] = [];
  /** The whole list of {@link RejectionLog.of}, in its order (a log built so has no batches). */
  #given: CliRejection[] = [];
  #count = 0;
  /** Rejections of the input (the master's left out) by code. */
  readonly #byCode = new Map<string, number>();
  #located = false;
  #sourced = false;
  /** The first rejection of each file (for {@link RejectionLog.first}). */
  readonly #firsts = new Map<string, CliRejection>();
  /** The last row added of each file (the order check). */
  readonly #last = new Map<string, number>();
  /** The spool, once opened. */
  #path: string | undefined;
  #fd = -1;
  #size = 0;
  readonly #segments: Segment[] = [];

  /** `inMemory`: rejections held before spooling (default {@link rejectionsInMemory}). */
  constructor(opts: { readonly inMemory?: number } = {}) {
    this.#limit = opts.inMemory ?? rejectionsInMemory();
  }

  /**
   * A log of rejections already in output order (a whole-file run sorts its own), held in
   * memory.
   *
   * @example
   * ```ts
   * const log = RejectionLog.of(run.rejections);
   * log.count === run.rejections.length; // true
   * ```
   */
  static of(ordered: readonly CliRejection[]): RejectionLog {
    const log = new RejectionLog({ inMemory: Number.POSITIVE_INFINITY });
    log.#given = [...ordered];
    log.#count = ordered.length;
    for (const r of ordered) {
      log.#seen(r);
      if (r.source === undefined) log.#tally(r.code);
    }
    return log;
  }

  /** How many rejections the log holds. */
  get count(): number {
    return this.#count;
  }

  /** Whether the rejections are spooled to a file (else all in memory). */
  get spooled(): boolean {
    return this.#path !== undefined;
  }

  /** The first rejection in output order, if any. */
  get first(): CliRejection | undefined {
    let best: CliRejection | undefined;
    for (const r of this.#firsts.values()) {
      if (best === undefined || r.file < best.file) best = r;
    }
    return best ?? this.#given[0];
  }

  /** Whether some rejection carries an Excel location (sheet, sheet row). */
  get located(): boolean {
    return this.#located;
  }

  /** Whether some rejection is a row of the `--master` file. */
  get sourced(): boolean {
    return this.#sourced;
  }

  /**
   * Adds a batch: rejections of one file, none before a row of an earlier batch of that file
   * (a batch holding several files is taken file by file, in order of first appearance).
   * Throws when a file's rows come out of order.
   */
  add(batch: readonly CliRejection[]): void {
    if (batch.length === 0) return;
    const file = (batch[0] as CliRejection).file;
    if (batch.some((r) => r.file !== file)) {
      const byFile = new Map<string, CliRejection[]>();
      for (const r of batch) {
        const list = byFile.get(r.file);
        if (list === undefined) byFile.set(r.file, [r]);
        else list.push(r);
      }
      for (const list of byFile.values()) this.add(list);
      return;
    }
    const items = batch.length === 1 ? [...batch] : [...batch].sort((a, b) => a.row - b.row);
    const from = (items[0] as CliRejection).row;
    const last = this.#last.get(file);
    if (last !== undefined && from < last) {
      throw new Error(`rejections of ${file} out of order: row ${from} after row ${last}`);
    }
    this.#last.set(file, (items[items.length - 1] as CliRejection).row);
    if (!this.#firsts.has(file)) this.#firsts.set(file, items[0] as CliRejection);
    for (const r of items) {
      this.#seen(r);
      this.#tally(r.code);
    }
    this.#count += items.length;
    if (this.#path === undefined) {
      this.#batches.push({ file, items });
      if (this.#count > this.#limit) this.#spoolAll();
    } else this.#append(file, items);
  }

  #tally(code: string): void {
    this.#byCode.set(code, (this.#byCode.get(code) ?? 0) + 1);
  }

  /**
   * How many rejections of the input (the `--master` file's left out) carry each code, most
   * frequent first, ties by code: why the rows were rejected, at a glance.
   *
   * @example
   * ```ts
   * log.byCode(); // { NIP_SCIENTIFIC_NOTATION: 500000, RATING_UNKNOWN: 2 }
   * ```
   */
  byCode(): Record<string, number> {
    const out: Record<string, number> = {};
    const sorted = [...this.#byCode].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [code, n] of sorted) out[code] = n;
    return out;
  }

  #seen(r: CliRejection): void {
    if (r.sheetRow !== undefined) this.#located = true;
    if (r.source !== undefined) this.#sourced = true;
  }

  #spoolAll(): void {
    const path = join(
      tmpdir(),
      `kinerja-rejections-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}.jsonl`,
    );
    holdPart(path);
    this.#fd = openSync(path, 'wx');
    this.#path = path;
    for (const b of this.#batches) this.#append(b.file, b.items);
    this.#batches = [];
  }

  #append(file: string, items: readonly CliRejection[]): void {
    let text = '';
    for (const r of items) text += `${JSON.stringify(r)}\n`;
    const bytes = writeAll(this.#fd, text);
    const prev = this.#segments[this.#segments.length - 1];
    if (prev !== undefined && prev.file === file && prev.start + prev.bytes === this.#size) {
      prev.bytes += bytes;
    } else this.#segments.push({ file, start: this.#size, bytes });
    this.#size += bytes;
  }

  /**
   * The rejections in output order, a block at a time (spooled ones are read back from the
   * spool; blocks of at most some thousand rejections).
   */
  async *blocks(): AsyncGenerator<readonly CliRejection[]> {
    if (this.#path === undefined) {
      for (const b of [...this.#batches].sort(byFile)) yield b.items;
    } else {
      const segments = [...this.#segments].sort(byFile);
      const fh = await open(this.#path, 'r');
      try {
        for (const s of segments) {
          let at = s.start;
          const end = s.start + s.bytes;
          let carry = Buffer.alloc(0);
          while (at < end) {
            const want = Math.min(READ_BLOCK, end - at);
            const buf = Buffer.allocUnsafe(want);
            const { bytesRead } = await fh.read(buf, 0, want, at);
            if (bytesRead === 0) throw new Error(`${this.#path}: the spooled rejections end early`);
            at += bytesRead;
            const data =
              carry.length === 0
                ? buf.subarray(0, bytesRead)
                : Buffer.concat([carry, buf.subarray(0, bytesRead)]);
            const cut = data.lastIndexOf(0x0a) + 1;
            carry = Buffer.from(data.subarray(cut));
            if (cut === 0) continue;
            yield parseLines(data.toString('utf8', 0, cut));
          }
          if (carry.length > 0) throw new Error(`${this.#path}: a spooled rejection is cut short`);
        }
      } finally {
        await fh.close();
      }
    }
    if (this.#given.length > 0) yield this.#given;
  }

  /** Every rejection in output order, in memory (for small logs, and XLSX sheets). */
  async all(): Promise<CliRejection[]> {
    const out: CliRejection[] = [];
    for await (const b of this.blocks()) for (const r of b) out.push(r);
    return out;
  }

  /** Removes the spool (the log is empty afterwards). Safe to call more than once. */
  dispose(): void {
    if (this.#fd >= 0) {
      closeSync(this.#fd);
      this.#fd = -1;
    }
    if (this.#path !== undefined) {
      rmSync(this.#path, { force: true });
      releasePart(this.#path);
      this.#path = undefined;
    }
    this.#batches = [];
    this.#given = [];
    this.#segments.length = 0;
    this.#byCode.clear();
    this.#count = 0;
    this.#size = 0;
  }
}

function parseLines(text: string): CliRejection[] {
  const out: CliRejection[] = [];
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    if (nl < 0) break;
    out.push(JSON.parse(text.slice(from, nl)) as CliRejection);
    from = nl + 1;
  }
  return out;
}
