import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  type ChunkResults,
  type ResultsFormat,
  relayoutResultsCsv,
  resultsCsvHeader,
} from './chunk.js';

/**
 * The results file of a streamed `score` run, written while the chunks come back so that no
 * result is held in memory: the bytes are exactly those of `resultsText` on the whole run.
 *
 * JSON is written straight into a part file beside the destination. A CSV's header row names the
 * `nilai_*` columns of every result, known only at the end, so its lines are spooled into a part
 * file chunk by chunk (with each chunk's `nilai` names), and {@link ResultsSpool.commit} writes
 * the header and copies the chunks, laying out again only those whose columns differ. The
 * destination appears only when the run succeeds, renamed from a complete file; on failure
 * {@link ResultsSpool.discard} removes the part files, so a failed run leaves no partial output.
 */
export class ResultsSpool {
  readonly #format: ResultsFormat;
  readonly #dest: string;
  readonly #part: string;
  #fd: number;
  #chunks = 0;
  /** CSV: the spooled chunks, in order: byte length and `nilai` names. */
  readonly #segments: { bytes: number; keys: readonly string[] }[] = [];
  readonly #keys = new Set<string>();

  /**
   * Opens the part file beside `dest` (created or truncated).
   *
   * @example
   * ```ts
   * const spool = new ResultsSpool('/data/hasil.csv', 'csv');
   * spool.add(chunkOutput.results); // for each chunk, in input order
   * spool.commit(); // or spool.discard() when the run fails
   * ```
   */
  constructor(dest: string, format: ResultsFormat) {
    this.#format = format;
    this.#dest = dest;
    this.#part = join(dirname(dest), `.${basename(dest)}.${process.pid}.part`);
    this.#fd = openSync(this.#part, 'w');
  }

  /** Appends the results of the next chunk (chunks must come in input order). */
  add(r: ChunkResults | undefined): void {
    if (r === undefined) return;
    if (r.format === 'json') {
      if (r.text === '') return;
      writeSync(this.#fd, this.#chunks === 0 ? `[\n  ${r.text}` : `,\n  ${r.text}`);
      this.#chunks++;
      return;
    }
    if (r.body === '') return;
    const bytes = writeSync(this.#fd, r.body);
    this.#segments.push({ bytes, keys: r.keys });
    for (const k of r.keys) this.#keys.add(k);
    this.#chunks++;
  }

  /** Completes the file and moves it to the destination. */
  commit(): void {
    if (this.#format === 'json') {
      writeSync(this.#fd, this.#chunks === 0 ? '[]\n' : '\n]\n');
      closeSync(this.#fd);
      this.#fd = -1;
      renameSync(this.#part, this.#dest);
      return;
    }
    closeSync(this.#fd);
    this.#fd = -1;
    const keys = [...this.#keys].sort();
    const whole = `${this.#part}.csv`;
    const from = openSync(this.#part, 'r');
    const to = openSync(whole, 'w');
    try {
      writeSync(to, resultsCsvHeader(keys));
      let at = 0;
      for (const s of this.#segments) {
        const buf = Buffer.allocUnsafe(s.bytes);
        let got = 0;
        while (got < s.bytes) {
          const n = readSync(from, buf, got, s.bytes - got, at + got);
          if (n === 0) throw new Error(`${this.#part}: the spooled results end early`);
          got += n;
        }
        at += s.bytes;
        const same = s.keys.length === keys.length && s.keys.every((k, i) => k === keys[i]);
        if (same) writeSync(to, buf);
        else writeSync(to, relayoutResultsCsv(buf.toString('utf8'), s.keys, keys));
      }
    } finally {
      closeSync(from);
      closeSync(to);
    }
    rmSync(this.#part, { force: true });
    renameSync(whole, this.#dest);
  }

  /** Removes the part files (the destination is left as it was). */
  discard(): void {
    if (this.#fd >= 0) {
      closeSync(this.#fd);
      this.#fd = -1;
    }
    rmSync(this.#part, { force: true });
    rmSync(`${this.#part}.csv`, { force: true });
  }
}
