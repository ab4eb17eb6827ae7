import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { holdPart, partOf, releasePart, writeAll } from '../parts.js';
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
 * `nilai_*` columns of every result, known only at the end: the part file starts with the header
 * of the first chunk's `nilai` names, and its lines follow chunk by chunk. When every chunk had
 * those names — a file of one regime, the usual case — the part file is the results file as it
 * is; otherwise {@link ResultsSpool.commit} writes the header of all the names to a second part
 * file and copies the chunks there, laying out again those whose columns differ (the copy a
 * 5-million-row run used to make of its results every time: 875 MB). The destination appears
 * only when the run succeeds, renamed from a complete file; on failure
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
  /** CSV: the `nilai` names of the header at the start of the part file, and its byte length. */
  #headerKeys: readonly string[] | undefined;
  #headerBytes = 0;
  /** CSV: whether a chunk had other `nilai` names than the header. */
  #mixed = false;

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
    this.#part = partOf(dest);
    holdPart(this.#part);
    this.#fd = openSync(this.#part, 'w');
  }

  /** Appends the results of the next chunk (chunks must come in input order). */
  add(r: ChunkResults | undefined): void {
    if (r === undefined) return;
    if (r.format === 'json') {
      if (r.text.length === 0) return;
      writeSync(this.#fd, this.#chunks === 0 ? '[\n  ' : ',\n  ');
      writeAll(this.#fd, r.text);
      this.#chunks++;
      return;
    }
    if (r.body.length === 0) return;
    if (this.#headerKeys === undefined) {
      this.#headerKeys = r.keys;
      this.#headerBytes = writeSync(this.#fd, resultsCsvHeader(r.keys));
    } else if (!sameKeys(r.keys, this.#headerKeys)) this.#mixed = true;
    const bytes = writeAll(this.#fd, r.body);
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
      releasePart(this.#part);
      return;
    }
    if (this.#headerKeys === undefined) writeSync(this.#fd, resultsCsvHeader([]));
    closeSync(this.#fd);
    this.#fd = -1;
    if (!this.#mixed) {
      renameSync(this.#part, this.#dest);
      releasePart(this.#part);
      return;
    }
    const keys = [...this.#keys].sort();
    const whole = `${this.#part}.csv`;
    holdPart(whole);
    const from = openSync(this.#part, 'r');
    const to = openSync(whole, 'w');
    try {
      writeSync(to, resultsCsvHeader(keys));
      let at = this.#headerBytes;
      for (const s of this.#segments) {
        const buf = Buffer.allocUnsafe(s.bytes);
        let got = 0;
        while (got < s.bytes) {
          const n = readSync(from, buf, got, s.bytes - got, at + got);
          if (n === 0) throw new Error(`${this.#part}: the spooled results end early`);
          got += n;
        }
        at += s.bytes;
        if (sameKeys(s.keys, keys)) writeSync(to, buf);
        else writeSync(to, relayoutResultsCsv(buf.toString('utf8'), s.keys, keys));
      }
    } finally {
      closeSync(from);
      closeSync(to);
    }
    rmSync(this.#part, { force: true });
    releasePart(this.#part);
    renameSync(whole, this.#dest);
    releasePart(whole);
  }

  /** Removes the part files (the destination is left as it was). */
  discard(): void {
    if (this.#fd >= 0) {
      closeSync(this.#fd);
      this.#fd = -1;
    }
    rmSync(this.#part, { force: true });
    rmSync(`${this.#part}.csv`, { force: true });
    releasePart(this.#part);
    releasePart(`${this.#part}.csv`);
  }
}

/** Whether two lists of `nilai` names are the same, in the same order. */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
