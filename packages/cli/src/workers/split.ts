import {
  type CsvDelimiter,
  CsvTokenizer,
  DEFAULT_ALIASES,
  findHeader,
  parseCsv,
} from '@kinerja/adapters/csv';

/**
 * Splitting input files into chunks of whole records for the worker threads, on the main thread
 * and without parsing the records: the workers parse, validate and score them. A chunk always
 * starts where a record starts, so a worker that parses it from a fresh state reads exactly the
 * records the whole-file reader would have read.
 */

/** Records per chunk sent to a worker. */
export const CHUNK_RECORDS = 1000;

/** Header rows are looked for in this many leading records, as `readAppraisalCsv` does. */
const HEADER_SCAN = 30;

/** Lines sampled for the delimiter, as the CSV tokenizer samples them. */
const SAMPLE_BYTES = 64 * 1024;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Finds record ends in CSV text with the same state machine as the adapters' `CsvTokenizer`
 * (RFC 4180 quotes, `""` escapes, a quote inside an unquoted cell kept as text, CRLF/LF/CR), but
 * without building cells. Fed piece by piece; it reports the offset just after each record's
 * line end.
 */
export class CsvRecordScanner {
  readonly #delimiter: number;
  #inQuotes = false;
  #afterQuote = false;
  #cellTouched = false;
  #lastWasCR = false;

  constructor(delimiter: CsvDelimiter) {
    this.#delimiter = delimiter.charCodeAt(0);
  }

  /** True when the text scanned so far ends inside a quoted cell. */
  get inQuotes(): boolean {
    return this.#inQuotes;
  }

  /**
   * Scans `text` from `from` and calls `onEnd(offset)` after every record end. A CR at the very
   * end of the text is reported only once the next character is known (it may start a CRLF), so
   * the caller passes `last = true` for the final piece.
   *
   * Returns the offset where scanning stopped (the text length, or the index of a trailing CR).
   */
  scan(text: string, from: number, last: boolean, onEnd: (offset: number) => boolean): number {
    const d = this.#delimiter;
    const n = text.length;
    for (let i = from; i < n; i++) {
      const ch = text.charCodeAt(i);
      if (this.#lastWasCR) {
        this.#lastWasCR = false;
        if (ch === LF) {
          if (!onEnd(i + 1)) return i + 1;
          continue;
        }
        // A lone CR ended the record before this character.
        if (!onEnd(i)) return i;
      }
      if (this.#inQuotes) {
        if (ch === QUOTE) {
          this.#inQuotes = false;
          this.#afterQuote = true;
        }
        continue;
      }
      if (ch === QUOTE) {
        if (this.#afterQuote) {
          this.#inQuotes = true;
          this.#afterQuote = false;
        } else if (!this.#cellTouched) {
          this.#inQuotes = true;
          this.#cellTouched = true;
        }
        continue;
      }
      this.#afterQuote = false;
      if (ch === d) {
        this.#cellTouched = false;
        continue;
      }
      if (ch === CR) {
        this.#cellTouched = false;
        if (i + 1 < n) {
          if (text.charCodeAt(i + 1) === LF) {
            i++;
            if (!onEnd(i + 1)) return i + 1;
          } else if (!onEnd(i + 1)) return i + 1;
          continue;
        }
        if (last) {
          if (!onEnd(i + 1)) return i + 1;
          continue;
        }
        // Undecided: the next piece tells whether this CR starts a CRLF.
        this.#lastWasCR = true;
        return i + 1;
      }
      if (ch === LF) {
        this.#cellTouched = false;
        if (!onEnd(i + 1)) return i + 1;
        continue;
      }
      this.#cellTouched = true;
    }
    if (last && this.#lastWasCR) {
      this.#lastWasCR = false;
      onEnd(n);
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

/** A chunk of a CSV file: the text of whole data records and how many records it holds. */
export interface CsvChunk {
  readonly text: string;
  readonly records: number;
}

/** What {@link CsvSplitter} knows about a file once its header row has been found. */
export interface CsvHead {
  readonly delimiter: CsvDelimiter;
  /** The text from the start of the file to the end of the header row (titles included). */
  readonly prefix: string;
}

/**
 * Splits a CSV file, piece by piece, into its head (everything up to the header row) and chunks
 * of `size` data records. `head` stays undefined when the file is not one the splitter handles
 * exactly (no header row among the first 30 records, nothing after it): the caller reads such a
 * file as a whole instead.
 */
export class CsvSplitter {
  readonly #size: number;
  #buf = '';
  #pos = 0;
  #start = 0;
  #records = 0;
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

  /** Adds a piece of the file; returns the chunks it completed. */
  push(piece: string): CsvChunk[] {
    this.#buf += piece;
    return this.#drain(false);
  }

  /** Ends the file; returns the last chunk (if any). */
  end(): CsvChunk[] {
    return this.#drain(true);
  }

  #drain(last: boolean): CsvChunk[] {
    if (this.#unsupported !== undefined) return [];
    if (!this.#scanner) {
      const delimiter = csvDelimiterOf(this.#buf, last);
      if (delimiter === undefined) return [];
      this.#delimiter = delimiter;
      this.#scanner = new CsvRecordScanner(delimiter);
    }
    const scanner = this.#scanner;
    const out: CsvChunk[] = [];
    if (!this.#head) {
      this.#pos = scanner.scan(this.#buf, this.#pos, last, (end) => this.#headRecord(end));
      if (!this.#head) {
        if (last && this.#unsupported === undefined) {
          this.#unsupported = 'no header row in the first records';
        }
        return [];
      }
    }
    this.#pos = scanner.scan(this.#buf, this.#pos, last, (end) => {
      this.#records++;
      if (this.#records >= this.#size) {
        out.push({ text: this.#buf.slice(this.#start, end), records: this.#records });
        this.#start = end;
        this.#records = 0;
      }
      return true;
    });
    if (last) {
      // The rest: a last record without a line end, or one left open by an unterminated quote.
      const rest = this.#buf.slice(this.#start);
      if (rest !== '') out.push({ text: rest, records: this.#records + 1 });
      this.#buf = '';
      this.#pos = 0;
      this.#start = 0;
      this.#records = 0;
    } else if (this.#start > 0) {
      this.#buf = this.#buf.slice(this.#start);
      this.#pos -= this.#start;
      this.#start = 0;
    }
    return out;
  }

  /** One more leading record ends at `end`: is it the header row? */
  #headRecord(end: number): boolean {
    const text = this.#buf.slice(this.#start, end);
    this.#start = end;
    this.#headRecords++;
    const delimiter = this.#delimiter;
    const row = parseCsv(text, { delimiter }).rows[0];
    if (row && findHeader([row], DEFAULT_ALIASES, 'nip', 1)) {
      this.#head = { delimiter, prefix: this.#buf.slice(0, end) };
      return false;
    }
    if (this.#headRecords >= HEADER_SCAN) {
      this.#unsupported = `no header row in the first ${HEADER_SCAN} records`;
      return false;
    }
    return true;
  }
}

/**
 * Splits JSON Lines text into chunks of non-blank lines exactly as `readline` (used by the
 * whole-file reader) splits it: at LF, CRLF and lone CR, a BOM removed from every line.
 */
export class JsonlSplitter {
  readonly #size: number;
  #rest = '';
  #lines: string[] = [];

  constructor(size = CHUNK_RECORDS) {
    this.#size = size;
  }

  /** Adds a piece; returns the chunks of lines it completed. */
  push(piece: string): string[][] {
    let text = this.#rest + piece;
    // A CR at the end may be the first half of a CRLF: keep it for the next piece.
    let keepCR = false;
    if (text.endsWith('\r')) {
      text = text.slice(0, -1);
      keepCR = true;
    }
    const parts = text.split(/\r\n|\r|\n/);
    this.#rest = (parts.pop() ?? '') + (keepCR ? '\r' : '');
    return this.#add(parts);
  }

  /** Ends the input; returns the last chunk. */
  end(): string[][] {
    const rest = this.#rest;
    this.#rest = '';
    const parts = rest === '' ? [] : rest.split(/\r\n|\r|\n/);
    const out = this.#add(parts);
    if (this.#lines.length > 0) out.push(this.#lines);
    this.#lines = [];
    return out;
  }

  #add(parts: readonly string[]): string[][] {
    const out: string[][] = [];
    for (const raw of parts) {
      const line = raw.replace(/^\uFEFF/, '');
      if (line.trim() === '') continue;
      this.#lines.push(line);
      if (this.#lines.length >= this.#size) {
        out.push(this.#lines);
        this.#lines = [];
      }
    }
    return out;
  }
}
