/** One physical record of a CSV source. */
export interface CsvRow {
  /** 1-based line on which the record starts (a quoted cell may span several lines). */
  readonly line: number;
  readonly cells: readonly string[];
}

/** A CSV delimiter. */
export type CsvDelimiter = ',' | ';' | '\t';

/** Options of the CSV reader. */
export interface CsvReadOptions {
  /** Cell delimiter; `auto` (default) picks `;`, `,` or tab from the first record. */
  readonly delimiter?: CsvDelimiter | 'auto';
}

/**
 * Picks the delimiter of a sample (the first lines of a file): the most frequent of `;`, `,`
 * and tab outside quotes (`,` on a tie or when none occurs). Title lines above the header
 * (common in exported reports) carry few delimiters and do not decide.
 *
 * @example
 * ```ts
 * detectDelimiter('nip;nama;"a,b"'); // ';'
 * ```
 */
export function detectDelimiter(firstLine: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  let best: CsvDelimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * An incremental RFC 4180 reader: feed it chunks of text with {@link CsvTokenizer.push} and
 * take the complete records it returns; call {@link CsvTokenizer.end} at the end. Handles
 * quoted cells with `""` escapes and line breaks, CRLF/LF/CR line ends, a UTF-8 BOM, and
 * delimiter detection. A quote inside an unquoted cell is kept as text (lenient, nothing lost).
 *
 * @example
 * ```ts
 * const t = new CsvTokenizer();
 * const rows = [...t.push('nip;nama\r\n"1";"Siti ""S"""\r\n'), ...t.end().rows];
 * rows[1].cells; // ['1', 'Siti "S"']
 * ```
 */
export class CsvTokenizer {
  #delimiter: CsvDelimiter | undefined;
  #pending = '';
  #started = false;
  #cells: string[] = [];
  #cell = '';
  #inQuotes = false;
  #afterQuote = false;
  #line = 1;
  #recordLine = 1;
  #lastWasCR = false;
  /** The current cell has started (a quote or a character was read). */
  #cellTouched = false;
  /** The current record has a delimiter or a cell (so it is not "nothing"). */
  #recordTouched = false;

  constructor(opts: CsvReadOptions = {}) {
    if (opts.delimiter && opts.delimiter !== 'auto') this.#delimiter = opts.delimiter;
  }

  /** The delimiter in use (known after the first line). */
  get delimiter(): CsvDelimiter | undefined {
    return this.#delimiter;
  }

  /** Feeds a chunk; returns the records completed by it. */
  push(chunk: string): CsvRow[] {
    let text = chunk;
    if (text === '') return [];
    if (!this.#started) {
      if (this.#pending === '' && text.startsWith('\uFEFF')) text = text.slice(1);
      if (this.#delimiter === undefined) {
        this.#pending += text;
        const end = sampleEnd(this.#pending, SAMPLE_LINES);
        if (end < 0) return [];
        this.#delimiter = detectDelimiter(this.#pending.slice(0, end));
        text = this.#pending;
        this.#pending = '';
      }
      this.#started = true;
    }
    return this.#scan(text);
  }

  /** Ends the input: returns the last record and whether a quote was left open. */
  end(): { rows: CsvRow[]; unterminated: boolean } {
    const rows: CsvRow[] = [];
    if (!this.#started) {
      if (this.#delimiter === undefined) this.#delimiter = detectDelimiter(this.#pending);
      rows.push(...this.#scan(this.#pending));
      this.#pending = '';
      this.#started = true;
    }
    const unterminated = this.#inQuotes;
    if (this.#cellTouched || this.#recordTouched) {
      this.#cells.push(this.#cell);
      rows.push({ line: this.#recordLine, cells: this.#cells });
    }
    this.#cells = [];
    this.#cell = '';
    this.#cellTouched = false;
    this.#recordTouched = false;
    this.#inQuotes = false;
    return { rows, unterminated };
  }

  #scan(text: string): CsvRow[] {
    const out: CsvRow[] = [];
    const d = (this.#delimiter ?? ',').charCodeAt(0);
    const n = text.length;
    const dch = String.fromCharCode(d);
    // At the start of a record, nothing of it read yet.
    let fresh =
      this.#cells.length === 0 && !this.#cellTouched && !this.#recordTouched && !this.#inQuotes;
    // Next quote, CR and delimiter at or after the scan position (n: none), looked up lazily.
    let quote = -1;
    let cr = -1;
    let delim = -1;
    // Runs of ordinary characters are taken with one slice (not char by char): cells come out
    // as flat strings and the scan does one string operation per cell, not one per character.
    for (let i = 0; i < n; i++) {
      if (fresh && !this.#lastWasCR) {
        // A whole line without quotes and without a CR before its end (LF or CRLF) is one
        // record whose cells lie between the delimiters: cut it with `indexOf`, as the
        // character loop below would (same cells, same line numbers).
        const nl = text.indexOf('\n', i);
        if (nl >= 0) {
          if (quote < i) quote = indexOrEnd(text, '"', i);
          if (cr < i) cr = indexOrEnd(text, '\r', i);
          if (quote > nl && cr >= nl - 1) {
            const end = cr === nl - 1 ? cr : nl;
            // The delimiters first, then an array of the right size (no growing by push).
            let k = 0;
            if (delim < i) delim = indexOrEnd(text, dch, i);
            while (delim < end) {
              if (k === at.length) at = grown(at);
              at[k++] = delim;
              delim = indexOrEnd(text, dch, delim + 1);
            }
            const cells: string[] = new Array(k + 1);
            let a = i;
            for (let j = 0; j < k; j++) {
              const p = at[j] as number;
              cells[j] = text.slice(a, p);
              a = p + 1;
            }
            cells[k] = text.slice(a, end);
            out.push({ line: this.#recordLine, cells });
            this.#line++;
            this.#recordLine = this.#line;
            i = nl;
            continue;
          }
        }
      }
      fresh = false;
      const c = text.charCodeAt(i);
      if (this.#lastWasCR) {
        this.#lastWasCR = false;
        if (c === LF) {
          fresh = true;
          continue;
        }
      }
      if (this.#inQuotes) {
        if (c === QUOTE) {
          this.#inQuotes = false;
          this.#afterQuote = true;
          continue;
        }
        let j = text.indexOf('"', i);
        if (j < 0) j = n;
        for (let k = i; k < j; k++) {
          const x = text.charCodeAt(k);
          if (x === LF || (x === CR && text.charCodeAt(k + 1) !== LF)) this.#line++;
        }
        this.#cell += text.slice(i, j);
        i = j - 1;
        continue;
      }
      if (c === QUOTE) {
        if (this.#afterQuote) {
          // `""` inside a quoted cell: a literal quote.
          this.#cell += '"';
          this.#inQuotes = true;
          this.#afterQuote = false;
        } else if (!this.#cellTouched) {
          this.#inQuotes = true;
          this.#cellTouched = true;
        } else this.#cell += '"';
        continue;
      }
      this.#afterQuote = false;
      if (c === d) {
        this.#cells.push(this.#cell);
        this.#cell = '';
        this.#cellTouched = false;
        this.#recordTouched = true;
        continue;
      }
      if (c === CR || c === LF) {
        if (c === CR) this.#lastWasCR = true;
        this.#cells.push(this.#cell);
        out.push({ line: this.#recordLine, cells: this.#cells });
        this.#cells = [];
        this.#cell = '';
        this.#cellTouched = false;
        this.#recordTouched = false;
        this.#line++;
        this.#recordLine = this.#line;
        fresh = true;
        continue;
      }
      let j = i + 1;
      while (j < n) {
        const x = text.charCodeAt(j);
        if (x === QUOTE || x === d || x === CR || x === LF) break;
        j++;
      }
      this.#cell += text.slice(i, j);
      this.#cellTouched = true;
      i = j - 1;
    }
    return out;
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Delimiter positions of the line being cut (reused; grown for lines of many cells). */
let at: Int32Array = new Int32Array(64);

/** `a` copied into an array twice its size. */
function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The index of `ch` in `text` from `from`, or the text length when there is none. */
function indexOrEnd(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length : i;
}

/** Lines sampled for delimiter detection. */
const SAMPLE_LINES = 32;

/** End of the first `lines` lines (outside quotes), or -1 when the text is shorter. */
function sampleEnd(s: string, lines: number): number {
  let quoted = false;
  let seen = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n' && ++seen >= lines) return i;
  }
  return -1;
}

/**
 * Reads a whole CSV text into records.
 *
 * @example
 * ```ts
 * parseCsv('a,b\n1,2\n').rows.map((r) => r.cells); // [['a', 'b'], ['1', '2']]
 * ```
 */
export function parseCsv(
  text: string,
  opts: CsvReadOptions = {},
): { rows: CsvRow[]; unterminated: boolean; delimiter: CsvDelimiter } {
  const t = new CsvTokenizer(opts);
  const rows = t.push(text);
  const end = t.end();
  return {
    rows: [...rows, ...end.rows],
    unterminated: end.unterminated,
    delimiter: t.delimiter ?? ',',
  };
}

/**
 * Streams the records of a chunked CSV source (a Node readable stream decoded as text, a
 * `ReadableStream<string>`, or any (async) iterable of strings) without holding the file.
 *
 * @example
 * ```ts
 * for await (const row of streamCsv(fs.createReadStream('data.csv', 'utf8'))) console.log(row.cells);
 * ```
 */
export async function* streamCsv(
  source: AsyncIterable<string> | Iterable<string>,
  opts: CsvReadOptions & { onUnterminated?: () => void } = {},
): AsyncGenerator<CsvRow> {
  const t = new CsvTokenizer(opts);
  for await (const chunk of source) yield* t.push(chunk);
  const end = t.end();
  yield* end.rows;
  if (end.unterminated) opts.onUnterminated?.();
}
