import {
  type CsvDelimiter,
  CsvTokenizer,
  DEFAULT_ALIASES,
  findHeader,
  parseCsv,
} from '@kinerja/adapters/csv';
import type { CliRejection } from '../input.js';
import { incompleteTail } from '../utf8.js';

/**
 * Splitting input files into chunks of whole records for the worker threads, on the main thread
 * and without parsing the records: the workers parse, validate and score them. A chunk always
 * starts where a record starts, so a worker that parses it from a fresh state reads exactly the
 * records the whole-file reader would have read.
 */

/**
 * Records per chunk sent to a worker (or scored at a time in one thread). A chunk's rows, parsed
 * appraisals and results are alive together until its output is serialised, and every scavenge
 * copies what is alive: with 1,000 records a one-thread run of 200,000 rows spent 296 ms in
 * scavenges, with 250 records 123 ms, and ran 10–20 % faster in one thread and on two (alternated
 * runs in docs/performance.md). Below about 100 records the cost of each chunk (its head parsed
 * again, a message each way) outweighs the gain.
 */
export const CHUNK_RECORDS = 250;

/** Header rows are looked for in this many leading records, as `readAppraisalCsv` does. */
const HEADER_SCAN = 30;

/** Lines sampled for the delimiter, as the CSV tokenizer samples them. */
const SAMPLE_BYTES = 64 * 1024;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The index of `byte` in `bytes[from, to)`, or `to`. */
function indexOrEnd(bytes: Buffer, byte: number, from: number, to: number): number {
  const i = bytes.indexOf(byte, from);
  return i < 0 || i > to ? to : i;
}

/**
 * Whether the UTF-8 character whose first byte (0x80 or above) is at `i` is whitespace that
 * `String.prototype.trim` removes: U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
 * U+205F, U+3000 and U+FEFF (ASCII whitespace is told apart by the callers). The bytes are
 * valid UTF-8 (the CSV splitter is given checked bytes; JSON Lines, whose splitter is also
 * tested on bytes that are not, decide on the decoded line: {@link blankLine}).
 */
function trimmedAt(b: Uint8Array, i: number): boolean {
  const c = b[i];
  if (c === 0xc2) return b[i + 1] === 0xa0;
  if (c === 0xe1) return b[i + 1] === 0x9a && b[i + 2] === 0x80;
  if (c === 0xe2) {
    const c1 = b[i + 1];
    const c2 = b[i + 2] as number;
    if (c1 === 0x80) return (c2 >= 0x80 && c2 <= 0x8a) || c2 === 0xa8 || c2 === 0xa9 || c2 === 0xaf;
    return c1 === 0x81 && c2 === 0x9f;
  }
  if (c === 0xe3) return b[i + 1] === 0x80 && b[i + 2] === 0x80;
  return c === 0xef && b[i + 1] === 0xbb && b[i + 2] === 0xbf;
}

/**
 * Whether the byte at `i` makes its cell not blank once trimmed: an ASCII character that is not
 * whitespace, or the first byte of a character that is not whitespace (a UTF-8 continuation
 * byte belongs to the character before it).
 */
function contentAt(b: Uint8Array, i: number): boolean {
  const c = b[i] as number;
  if (c < 0x80) return c !== 32 && (c < 9 || c > 13);
  return c >= 0xc0 && !trimmedAt(b, i);
}

/** Whether `bytes[from, to)` (no quotes in it) has a cell that is not blank. */
function hasContent(bytes: Uint8Array, from: number, to: number, delimiter: number): boolean {
  for (let i = from; i < to; i++) {
    if (bytes[i] !== delimiter && contentAt(bytes, i)) return true;
  }
  return false;
}

/**
 * Finds record ends in the UTF-8 bytes of a CSV file with the same state machine as the
 * adapters' `CsvTokenizer` (RFC 4180 quotes, `""` escapes, a quote inside an unquoted cell kept
 * as text, CRLF/LF/CR), but without decoding or building cells: quotes, delimiters and line ends
 * are ASCII, and no byte of a multi-byte UTF-8 character is one of them. Fed piece by piece; it
 * reports the offset just after each record's line end, and whether the record is blank (every
 * cell empty after trimming: the appraisal reader skips such records without numbering them).
 */
export class CsvRecordScanner {
  readonly #delimiter: number;
  #inQuotes = false;
  #afterQuote = false;
  #cellTouched = false;
  #lastWasCR = false;
  /** The current record has a character that is not trimmed away. */
  #filled = false;
  /** The same, for the record ended by a CR at the end of the last piece. */
  #crFilled = false;
  /** Nothing of the current record has been scanned yet. */
  #fresh = true;

  constructor(delimiter: CsvDelimiter) {
    this.#delimiter = delimiter.charCodeAt(0);
  }

  /** Whether the record not yet ended (the rest of the bytes) has a non-blank cell. */
  get restFilled(): boolean {
    return this.#filled;
  }

  /**
   * Scans `bytes[from, to)` and calls `onEnd(offset, filled)` after every record end. `to` must
   * not cut a UTF-8 character (see `incompleteTail`). A CR at the very end is reported only once
   * the next byte is known (it may start a CRLF), so the caller passes `last = true` for the
   * final piece. `onEnd` returns false to stop.
   *
   * Returns the offset where scanning stopped.
   */
  scan(
    bytes: Buffer,
    from: number,
    to: number,
    last: boolean,
    onEnd: (offset: number, filled: boolean) => boolean,
  ): number {
    const d = this.#delimiter;
    const n = to;
    // Next quote and next CR at or after the scan position (n: none).
    let quote = -1;
    let cr = -1;
    for (let i = from; i < n; i++) {
      if (this.#fresh && !this.#lastWasCR) {
        // Fast path: a whole line without quotes and without a lone CR is one record.
        const nl = bytes.indexOf(LF, i);
        if (nl >= 0 && nl < n) {
          if (quote < i) quote = indexOrEnd(bytes, QUOTE, i, n);
          if (cr < i) cr = indexOrEnd(bytes, CR, i, n);
          if (quote > nl && cr >= nl - 1) {
            const filled = hasContent(bytes, i, nl, d);
            if (!onEnd(nl + 1, filled)) return nl + 1;
            i = nl;
            continue;
          }
        }
      }
      this.#fresh = false;
      const ch = bytes[i] as number;
      if (this.#lastWasCR) {
        this.#lastWasCR = false;
        if (ch === LF) {
          this.#fresh = true;
          if (!onEnd(i + 1, this.#crFilled)) return i + 1;
          continue;
        }
        // A lone CR ended the record before this byte.
        if (!onEnd(i, this.#crFilled)) {
          this.#fresh = true;
          return i;
        }
      }
      if (this.#inQuotes) {
        if (ch === QUOTE) {
          this.#inQuotes = false;
          this.#afterQuote = true;
        } else if (!this.#filled && contentAt(bytes, i)) this.#filled = true;
        continue;
      }
      if (ch === QUOTE) {
        if (this.#afterQuote) {
          // `""` in a quoted cell: a literal quote.
          this.#inQuotes = true;
          this.#afterQuote = false;
          this.#filled = true;
        } else if (!this.#cellTouched) {
          this.#inQuotes = true;
          this.#cellTouched = true;
        } else this.#filled = true;
        continue;
      }
      this.#afterQuote = false;
      if (ch === d) {
        this.#cellTouched = false;
        continue;
      }
      if (ch === CR || ch === LF) {
        const filled = this.#filled;
        this.#cellTouched = false;
        this.#filled = false;
        this.#fresh = true;
        if (ch === LF) {
          if (!onEnd(i + 1, filled)) return i + 1;
          continue;
        }
        if (i + 1 < n) {
          if (bytes[i + 1] === LF) i++;
          if (!onEnd(i + 1, filled)) return i + 1;
          continue;
        }
        if (last) {
          if (!onEnd(i + 1, filled)) return i + 1;
          continue;
        }
        // Undecided: the next piece tells whether this CR starts a CRLF.
        this.#lastWasCR = true;
        this.#crFilled = filled;
        return i + 1;
      }
      this.#cellTouched = true;
      if (!this.#filled && contentAt(bytes, i)) this.#filled = true;
    }
    if (last && this.#lastWasCR) {
      this.#lastWasCR = false;
      onEnd(n, this.#crFilled);
    }
    return n;
  }
}

/** The delimiter the CSV tokenizer picks for a file that starts with `head`. */
export function csvDelimiterOf(head: string, complete: boolean): CsvDelimiter | undefined {
  const t = new CsvTokenizer();
  for (let i = 0; i < head.length; i += SAMPLE_BYTES) {
    t.push(head.slice(i, i + SAMPLE_BYTES));
    if (t.delimiter !== undefined) return t.delimiter;
  }
  if (!complete) return undefined;
  t.end();
  return t.delimiter;
}

/** A chunk of a CSV file: whole data records, as the file's UTF-8 bytes. */
export interface CsvChunk {
  /** The bytes of the records, in a buffer of their own (transferable to a thread). */
  readonly bytes: Uint8Array;
  /** Data rows before the chunk in the file (the reader numbers non-blank records only). */
  readonly offset: number;
  /** Data rows in the chunk (its non-blank records). */
  readonly rows: number;
}

/** What {@link CsvSplitter} knows about a file once its header row has been found. */
export interface CsvHead {
  readonly delimiter: CsvDelimiter;
  /** The text from the start of the file to the end of the header row (titles included). */
  readonly prefix: string;
}

const NO_BYTES = Buffer.alloc(0);

/**
 * Splits a CSV file, given piece by piece as UTF-8 bytes (cut anywhere, inside a character
 * too), into its head (everything up to the header row, as text) and chunks of `size` data
 * records as bytes, which the threads decode: the main thread neither decodes the records nor
 * makes strings of them (a 1M-row file's text, 257 MB, was allocated and collected in the main
 * thread's heap). `head` stays undefined when the file is not one the splitter handles exactly
 * (no header row among the first 30 records, nothing after it): the caller reads such a file as
 * a whole instead.
 */
export class CsvSplitter {
  readonly #size: number;
  /** Bytes from the start of the chunk being filled (or of the file, before its head). */
  #buf: Buffer = NO_BYTES;
  #pos = 0;
  #start = 0;
  #records = 0;
  #rows = 0;
  #offset = 0;
  #held: CsvChunk | undefined;
  #scanner: CsvRecordScanner | undefined;
  #delimiter: CsvDelimiter = ',';
  #head: CsvHead | undefined;
  #headRecords = 0;
  #unsupported: string | undefined;

  constructor(size = CHUNK_RECORDS) {
    this.#size = size;
  }

  /** The head, once found. */
  get head(): CsvHead | undefined {
    return this.#head;
  }

  /** Why the file cannot be split (it is then read as a whole), once known. */
  get unsupported(): string | undefined {
    return this.#unsupported;
  }

  /** Adds a piece of the file's UTF-8 bytes; returns the chunks it completed. */
  push(piece: Uint8Array): CsvChunk[] {
    this.#buf = this.#buf.length === 0 ? asBuffer(piece) : Buffer.concat([this.#buf, piece]);
    return this.#drain(false);
  }

  /** Ends the file; returns the last chunk (if any). */
  end(): CsvChunk[] {
    return this.#drain(true);
  }

  #drain(last: boolean): CsvChunk[] {
    if (this.#unsupported !== undefined) return [];
    const buf = this.#buf;
    // A character cut by the end of the piece waits for the next one (none at the file's end:
    // the caller has stopped the run on it).
    const end = last ? buf.length : buf.length - incompleteTail(buf);
    if (!this.#scanner) {
      const delimiter = csvDelimiterOf(buf.toString('utf8', 0, end), last);
      if (delimiter === undefined) return [];
      this.#delimiter = delimiter;
      this.#scanner = new CsvRecordScanner(delimiter);
    }
    const scanner = this.#scanner;
    const out: CsvChunk[] = [];
    if (!this.#head) {
      this.#pos = scanner.scan(buf, this.#pos, end, last, (at) => this.#headRecord(at));
      if (!this.#head) {
        if (last && this.#unsupported === undefined) {
          this.#unsupported = 'no header row in the first records';
        }
        return [];
      }
    }
    const cut = (at: number) => {
      this.#hold(out, {
        bytes: copyOf(buf, this.#start, at),
        offset: this.#offset,
        rows: this.#rows,
      });
      this.#offset += this.#rows;
      this.#start = at;
      this.#records = 0;
      this.#rows = 0;
    };
    this.#pos = scanner.scan(buf, this.#pos, end, last, (at, filled) => {
      this.#records++;
      if (filled) this.#rows++;
      if (this.#records >= this.#size) cut(at);
      return true;
    });
    if (last) {
      // The rest: records short of a chunk, and a last record without a line end (possibly left
      // open by an unterminated quote).
      if (buf.length > this.#start) {
        if (scanner.restFilled) this.#rows++;
        cut(buf.length);
      }
      if (this.#held) out.push(this.#held);
      this.#held = undefined;
      this.#buf = NO_BYTES;
      this.#pos = 0;
      this.#start = 0;
    } else if (this.#start > 0) {
      this.#buf = buf.subarray(this.#start);
      this.#pos -= this.#start;
      this.#start = 0;
    }
    return out;
  }

  /**
   * Emits chunks one behind: a chunk without data rows (blank records only, or the last record
   * left open by an unterminated quote) joins the chunk before it, so that the reader of that
   * chunk sees the quote left open after the file's last data row, as the whole-file reader does.
   */
  #hold(out: CsvChunk[], chunk: CsvChunk): void {
    const held = this.#held;
    if (held && chunk.rows === 0) {
      const bytes = Buffer.allocUnsafeSlow(held.bytes.length + chunk.bytes.length);
      bytes.set(held.bytes);
      bytes.set(chunk.bytes, held.bytes.length);
      this.#held = { bytes, offset: held.offset, rows: held.rows };
      return;
    }
    if (held) out.push(held);
    this.#held = chunk;
  }

  /** One more leading record ends at `at`: is it the header row? */
  #headRecord(at: number): boolean {
    const text = this.#buf.toString('utf8', this.#start, at);
    this.#start = at;
    this.#headRecords++;
    const delimiter = this.#delimiter;
    const row = parseCsv(text, { delimiter }).rows[0];
    if (row && findHeader([row], DEFAULT_ALIASES, 'nip', 1)) {
      this.#head = { delimiter, prefix: this.#buf.toString('utf8', 0, at) };
      return false;
    }
    if (this.#headRecords >= HEADER_SCAN) {
      this.#unsupported = `no header row in the first ${HEADER_SCAN} records`;
      return false;
    }
    return true;
  }
}

/** A chunk of a JSON Lines file: whole lines, as the file's bytes. */
export interface JsonlChunk {
  /** The UTF-8 bytes of the lines, in a buffer of their own (transferable to a thread). */
  readonly bytes: Uint8Array;
  /**
   * Where each non-blank line lies in `bytes`: start and end (exclusive) of every such line, a
   * BOM at its start left out (the lines the whole-file reader numbers, in order). Transferable
   * as well.
   */
  readonly lines: Uint32Array;
}

/**
 * The rejection of a JSON Lines line that is not valid JSON (`why`: the parser's first line),
 * as every JSON Lines reader of the CLI words it.
 *
 * @example
 * ```ts
 * invalidJsonLine('a.jsonl', 3, 'Unexpected end of JSON input').code; // 'INVALID_JSON_LINE'
 * ```
 */
export function invalidJsonLine(file: string, row: number, why: string): CliRejection {
  return {
    file,
    row,
    path: [],
    code: 'INVALID_JSON_LINE',
    message: { id: `Baris bukan JSON yang valid: ${why}`, en: `Line is not valid JSON: ${why}` },
  };
}

/** The text of every line of a chunk, in order (see {@link JsonlChunk}). */
export function jsonlLines(chunk: JsonlChunk): string[] {
  const { bytes, lines } = chunk;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: string[] = new Array(lines.length / 2);
  for (let k = 0; k < lines.length; k += 2) {
    out[k / 2] = buf.toString('utf8', lines[k], lines[k + 1]);
  }
  return out;
}

/**
 * `bytes[from, to)` in a buffer of its own (a Node `Buffer`'s `slice` would share the stream's
 * memory, which then could not be transferred to a thread).
 */
function copyOf(bytes: Uint8Array, from: number, to: number): Uint8Array {
  // Not zero-filled first (every byte is written), and never from Node's shared pool: the
  // buffer is the chunk's own, to be transferred.
  const out = Buffer.allocUnsafeSlow(to - from);
  out.set(bytes.subarray(from, to));
  return out;
}

/** `bytes` as a Buffer over the same memory (no copy). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** Whether `bytes[from, to)` is blank once decoded: `String.prototype.trim` leaves nothing. */
function blankLine(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i] as number;
    if (b === 32 || (b >= 9 && b <= 13)) continue;
    if (b < 0x80) return false;
    // Past ASCII (a BOM, a Unicode space, or text): decide on the decoded line.
    return (
      Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from)
        .toString('utf8')
        .trim() === ''
    );
  }
  return true;
}

/** Whether a UTF-8 BOM (EF BB BF) starts at `at`, before `end`. */
function bomAt(bytes: Uint8Array, at: number, end: number): boolean {
  return at + 3 <= end && bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf;
}

/**
 * Splits a JSON Lines file, piece by piece, into chunks of `size` non-blank lines without
 * decoding it, as the whole-file reader takes them from `readline`: line ends (LF, CRLF, lone
 * CR) are found in the bytes, a BOM is left out of the start of every line, and blank lines
 * (nothing left after `trim`) are skipped, a line being looked at only until its first byte that
 * is not ASCII whitespace (decoded when it is past ASCII). The threads decode each line by
 * itself ({@link jsonlLines}): no byte of a UTF-8 sequence is a CR or an LF, so a line decodes
 * alone exactly as within the whole file.
 */
export class JsonlSplitter {
  readonly #size: number;
  /** Bytes from the start of the chunk being filled. */
  #buf: Uint8Array = new Uint8Array(0);
  /** Where scanning resumes, and where the current line starts (offsets into #buf). */
  #pos = 0;
  #lineStart = 0;
  /** Start and end of the non-blank lines of the chunk being filled (offsets into #buf). */
  #lines: number[] = [];
  /** Next CR at or after #pos (-1: look again, -2: none in #buf). */
  #cr = -1;

  constructor(size = CHUNK_RECORDS) {
    this.#size = size;
  }

  /** Adds a piece of the file; returns the chunks it completed. */
  push(piece: Uint8Array): JsonlChunk[] {
    if (this.#buf.length === 0) this.#buf = piece;
    else {
      const joined = Buffer.allocUnsafeSlow(this.#buf.length + piece.length);
      joined.set(this.#buf, 0);
      joined.set(piece, this.#buf.length);
      this.#buf = joined;
    }
    this.#cr = -1;
    return this.#drain(false);
  }

  /** Ends the file; returns the last chunk (if any). */
  end(): JsonlChunk[] {
    const out = this.#drain(true);
    const buf = this.#buf;
    this.#line(buf, this.#lineStart, buf.length);
    if (this.#lines.length > 0) out.push(this.#cut(buf, 0, buf.length));
    this.#buf = new Uint8Array(0);
    this.#pos = 0;
    this.#lineStart = 0;
    return out;
  }

  /** Records the line `buf[from, to)` unless it is blank. */
  #line(buf: Uint8Array, from: number, to: number): void {
    if (blankLine(buf, from, to)) return;
    this.#lines.push(bomAt(buf, from, to) ? from + 3 : from, to);
  }

  /** The chunk `buf[from, to)` with the lines recorded so far (offsets made relative to it). */
  #cut(buf: Uint8Array, from: number, to: number): JsonlChunk {
    const lines = Uint32Array.from(this.#lines, (x) => x - from);
    this.#lines = [];
    return { bytes: copyOf(buf, from, to), lines };
  }

  #drain(last: boolean): JsonlChunk[] {
    const out: JsonlChunk[] = [];
    // Searched as a Buffer: its indexOf is memchr, a Uint8Array's (what joined pieces are)
    // looks at one byte at a time, some fourteen times slower on lines of a few KB.
    const buf = asBuffer(this.#buf);
    const n = buf.length;
    const lineCap = this.#size * 2;
    let start = 0;
    let i = this.#pos;
    let lineStart = this.#lineStart;
    let cr = this.#cr;
    while (i < n) {
      const lf = buf.indexOf(10, i);
      if (cr !== -2 && cr < i) {
        cr = buf.indexOf(13, i);
        if (cr < 0) cr = -2;
      }
      let end: number;
      let next: number;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        if (cr + 1 < n) next = buf[cr + 1] === 10 ? cr + 2 : cr + 1;
        else if (last) next = n;
        else {
          // A CR at the end of the piece may start a CRLF: decide with the next piece.
          i = cr;
          break;
        }
        end = cr;
      } else if (lf >= 0) {
        end = lf;
        next = lf + 1;
      } else {
        i = n;
        break;
      }
      this.#line(buf, lineStart, end);
      lineStart = next;
      i = next;
      if (this.#lines.length >= lineCap) {
        out.push(this.#cut(buf, start, next));
        start = next;
      }
    }
    // Keep the bytes of the chunk being filled (offsets move by `start`).
    if (start > 0) {
      for (let k = 0; k < this.#lines.length; k++)
        this.#lines[k] = (this.#lines[k] as number) - start;
    }
    this.#buf = start === 0 ? buf : buf.subarray(start);
    this.#pos = i - start;
    this.#lineStart = lineStart - start;
    this.#cr = cr >= 0 ? cr - start : cr;
    return out;
  }
}
