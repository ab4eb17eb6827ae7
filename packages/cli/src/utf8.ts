import { constants, isUtf8 } from 'node:buffer';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import { fail } from './errors.js';

/**
 * Input files must be UTF-8 unless `--encoding windows-1252` says otherwise, or a byte-order
 * mark says UTF-16. A CSV saved by Excel as "CSV (Comma delimited)" on Windows is Windows-1252,
 * and decoding it as UTF-8 turned every byte past ASCII into U+FFFD without a word: "José"
 * became "Jos�", "Ma’ruf" became "Ma�ruf", in the results and in the names that match employees
 * across files. Every reader of the CLI now decodes through this module, which stops the run on
 * the first byte that is not UTF-8 with its line and two ways out (save the file as "CSV
 * UTF-8", or say its encoding): nothing is silently coerced, and the code page is not guessed
 * for the user. A file that starts with a UTF-16 byte-order mark (FF FE or FE FF: Excel's
 * "Unicode Text", some SIMPEG exports) is UTF-16 by its own statement, whatever `--encoding`
 * says, and is read as such; an unpaired surrogate or a last byte left over stops the run.
 */

/** The encodings `--encoding` accepts for text inputs. */
export const INPUT_ENCODINGS = ['utf-8', 'windows-1252'] as const;
/** A text input encoding. */
export type InputEncoding = (typeof INPUT_ENCODINGS)[number];

let encoding: InputEncoding = 'utf-8';

/**
 * Sets the encoding of the text inputs for the command about to run (`--encoding`), returning
 * a function that restores the previous one. `windows-1252` (what Excel on Windows writes as
 * "CSV (Comma delimited)") decodes every byte as that code page, by the WHATWG table: nothing
 * to refuse, and every character arrives as intended when the file really is Windows-1252.
 *
 * @example
 * ```ts
 * const restore = useInputEncoding('windows-1252');
 * try { await run(); } finally { restore(); }
 * ```
 */
export function useInputEncoding(e: InputEncoding): () => void {
  const before = encoding;
  encoding = e;
  return () => {
    encoding = before;
  };
}

/**
 * The bytes at the end of `buf` that start a UTF-8 sequence it does not complete (0–3).
 *
 * @example
 * ```ts
 * incompleteTail(Buffer.from([0x61, 0xe2, 0x80])); // 2: the first two bytes of a 3-byte character
 * ```
 */
export function incompleteTail(buf: Uint8Array): number {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back] as number;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** Offset of the first byte of `buf` that is not part of valid UTF-8 (`buf` is known invalid). */
export function firstInvalidUtf8(buf: Uint8Array): number {
  // Grow a prefix until it stops validating: a binary search on the longest valid prefix, which
  // ends at a sequence boundary or inside the first bad sequence.
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const cut = mid - incompleteTail(buf.subarray(0, mid));
    if (isUtf8(buf.subarray(0, cut))) lo = mid;
    else hi = mid - 1;
  }
  return lo - incompleteTail(buf.subarray(0, lo));
}

/** The one-line error for a file that is not UTF-8 at byte `offset`. */
function notUtf8(shown: string, path: string | undefined, offset: number, byte: number): never {
  const where = path === undefined ? `byte ${offset + 1}` : `line ${lineAt(path, offset)}`;
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  fail(
    `${shown}: not UTF-8 text (${where}: byte 0x${hex}); a spreadsheet saved as "CSV (Comma delimited)" is Windows-1252: save it as "CSV UTF-8", or pass --encoding windows-1252 — berkas bukan teks UTF-8, simpan ulang sebagai CSV UTF-8`,
  );
}

/**
 * The UTF-16 encoding a file's first bytes announce by their byte-order mark, if any.
 *
 * @example
 * ```ts
 * utf16Bom(Buffer.from([0xff, 0xfe, 0x6e, 0x00])); // 'utf-16le'
 * utf16Bom(Buffer.from('nip;nama')); // undefined
 * ```
 */
export function utf16Bom(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (head.length < 2) return undefined;
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The text of a file's first bytes for sniffing its kind: UTF-16 by its byte-order mark (a
 * character cut at the end dropped), else UTF-8 (as bytes past ASCII do not matter to a sniff).
 */
export function headText(head: Uint8Array): string {
  const utf16 = utf16Bom(head);
  if (utf16 === undefined)
    return Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('utf8');
  return new TextDecoder(utf16, { ignoreBOM: true }).decode(head.subarray(0, head.length & ~1));
}

/** The one-line error for a UTF-16 file whose bytes do not decode. */
function notUtf16(shown: string, encoding: string, from: number, to: number): never {
  fail(
    `${shown}: not valid ${encoding.toUpperCase()} text (between byte ${from + 1} and byte ${to}: an unpaired surrogate, or a last byte left over), although it starts with a UTF-16 byte-order mark: save it again, or as "CSV UTF-8" — berkas UTF-16 rusak, simpan ulang sebagai CSV UTF-8`,
  );
}

/** The 1-based line of byte `offset` of the file (counting LF; only on the failure path). */
function lineAt(path: string, offset: number): number {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    let line = 1;
    let at = 0;
    while (at < offset) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, offset - at), at);
      if (n === 0) break;
      for (let i = buf.indexOf(10, 0); i >= 0 && i < n; i = buf.indexOf(10, i + 1)) line++;
      at += n;
    }
    return line;
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks a file's bytes as they stream by (pieces cut anywhere, a multi-byte character split
 * across two pieces included) and decodes them: {@link Utf8Pieces.text} returns the text of the
 * piece's complete characters, {@link Utf8Pieces.utf8} its bytes as UTF-8 (for bytes that
 * travel on as bytes, like JSON Lines to the worker threads). The first invalid byte stops the
 * run with its line (`path` is re-read for it, on that path only). Under
 * `--encoding windows-1252` ({@link useInputEncoding}) the bytes are decoded from that code
 * page instead, and nothing is refused.
 *
 * @example
 * ```ts
 * const u = new Utf8Pieces('pegawai.csv', '/data/pegawai.csv');
 * for await (const piece of createReadStream('/data/pegawai.csv')) csv.push(u.text(piece));
 * u.end();
 * ```
 */
export class Utf8Pieces {
  readonly #shown: string;
  readonly #path: string | undefined;
  #carry: Uint8Array = new Uint8Array(0);
  /** Bytes of the file before the current piece (the carry excluded). */
  #offset = 0;
  /** `--encoding windows-1252`: the decoder (single bytes: nothing is carried or refused). */
  #legacy: TextDecoder | undefined;
  /** A UTF-16 byte-order mark opened the file: its decoder (fatal), told by the first piece. */
  #utf16: TextDecoder | undefined;
  #first = true;
  /** A lone first byte that may start a byte-order mark (see {@link Utf8Pieces.#start}). */
  #held: Uint8Array = new Uint8Array(0);

  constructor(shown: string, path?: string) {
    this.#shown = shown;
    this.#path = path;
    this.#legacy = encoding === 'utf-8' ? undefined : new TextDecoder(encoding);
  }

  /**
   * The file's first bytes tell a UTF-16 file by its byte-order mark (kept in the text, as
   * UTF-8's is). Returns the bytes to decode, or undefined while there is no byte yet or a lone
   * first byte could be half of a mark (0xFF or 0xFE, never UTF-8 by themselves): it waits for
   * the next piece.
   */
  #start(piece: Uint8Array): Uint8Array | undefined {
    const head = this.#held.length === 0 ? piece : Buffer.concat([this.#held, piece]);
    if (head.length === 0 || (head.length < 2 && (head[0] === 0xff || head[0] === 0xfe))) {
      this.#held = Uint8Array.from(head);
      return undefined;
    }
    this.#first = false;
    this.#held = new Uint8Array(0);
    const utf16 = utf16Bom(head);
    if (utf16 !== undefined) {
      this.#utf16 = new TextDecoder(utf16, { fatal: true, ignoreBOM: true });
      this.#legacy = undefined;
    }
    return head;
  }

  /** Decodes a UTF-16 piece (a character split across pieces is carried by the decoder). */
  #decode16(d: TextDecoder, piece: Uint8Array, stream: boolean): string {
    try {
      const text = d.decode(piece, { stream });
      this.#offset += piece.length;
      return text;
    } catch {
      notUtf16(this.#shown, d.encoding, Math.max(0, this.#offset - 4), this.#offset + piece.length);
    }
  }

  /** Checks a piece; returns its complete characters' bytes (the carry first). */
  #take(piece: Uint8Array): Uint8Array {
    const buf = this.#carry.length === 0 ? piece : Buffer.concat([this.#carry, piece]);
    const cut = buf.length - incompleteTail(buf);
    const body = buf.subarray(0, cut);
    if (!isUtf8(body)) {
      const at = firstInvalidUtf8(body);
      notUtf8(this.#shown, this.#path, this.#offset + at, body[at] as number);
    }
    this.#carry = cut === buf.length ? new Uint8Array(0) : Uint8Array.from(buf.subarray(cut));
    this.#offset += cut;
    return body;
  }

  /** Checks a piece and returns the text of its complete characters. */
  text(piece: Uint8Array): string {
    if (this.#first) {
      const head = this.#start(piece);
      if (head === undefined) return '';
      piece = head;
    }
    if (this.#utf16 !== undefined) return this.#decode16(this.#utf16, piece, true);
    if (this.#legacy !== undefined) return this.#legacy.decode(piece, { stream: true });
    const body = this.#take(piece);
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  }

  /**
   * Checks a piece and returns its bytes as UTF-8: the piece itself, or under
   * `--encoding windows-1252` or for a UTF-16 file its text encoded again (for bytes that
   * travel on as bytes, like JSON Lines to the worker threads, which decode UTF-8).
   */
  utf8(piece: Uint8Array): Uint8Array {
    if (this.#first) {
      const head = this.#start(piece);
      if (head === undefined) return new Uint8Array(0);
      piece = head;
    }
    if (this.#legacy !== undefined || this.#utf16 !== undefined) {
      return Buffer.from(this.text(piece), 'utf8');
    }
    this.#take(piece);
    return piece;
  }

  /**
   * The end of the file: a character left incomplete is an error. Returns the text of a lone
   * first byte held back (see {@link Utf8Pieces.#start}) when the file was that byte, under
   * `--encoding windows-1252` (as UTF-8 it is an error); else ''.
   */
  end(): string {
    if (this.#first && this.#held.length > 0) {
      this.#first = false;
      const held = this.#held;
      this.#held = new Uint8Array(0);
      if (this.#legacy !== undefined) return this.#legacy.decode(held);
      this.#take(held);
    }
    if (this.#utf16 !== undefined) {
      // The decoder holds a character left incomplete (or a lone high surrogate): it throws.
      this.#decode16(this.#utf16, new Uint8Array(0), false);
      return '';
    }
    if (this.#carry.length > 0) {
      notUtf8(this.#shown, this.#path, this.#offset, this.#carry[0] as number);
    }
    return '';
  }
}

/**
 * A file's text as an async iterable of pieces, each checked ({@link Utf8Pieces}): what the
 * streaming readers take instead of `createReadStream(path, 'utf8')`.
 *
 * @example
 * ```ts
 * const r = await readAppraisalCsvStream(utf8Stream('/data/pegawai.csv', 'pegawai.csv'));
 * ```
 */
export async function* utf8Stream(path: string, shown: string): AsyncGenerator<string> {
  const u = new Utf8Pieces(shown, path);
  for await (const piece of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const text = u.text(piece as Buffer);
    if (text !== '') yield text;
  }
  const tail = u.end();
  if (tail !== '') yield tail;
}

/**
 * A whole file's text, checked to be UTF-8 ({@link Utf8Pieces}), without its byte-order mark
 * (Notepad writes one; no format the CLI reads whole keeps it). A file larger than a string can
 * hold (`limit`, V8's maximum string length: about 512 MB) is a one-line error pointing to the
 * streamed formats.
 *
 * @example
 * ```ts
 * const json = JSON.parse(await readUtf8File('/data/ruleset.json', 'ruleset.json'));
 * ```
 */
export async function readUtf8File(
  path: string,
  shown: string,
  limit: number = constants.MAX_STRING_LENGTH,
): Promise<string> {
  const bytes = await readFile(path);
  // UTF-8 never takes fewer bytes than UTF-16 code units: within the limit, the text fits.
  if (bytes.length > limit) {
    fail(
      `${shown}: too large to read whole (${bytes.length.toLocaleString('en-US')} bytes; one text holds at most ${limit.toLocaleString('en-US')} characters): use CSV or JSON Lines, which are streamed — berkas terlalu besar untuk dibaca utuh`,
    );
  }
  const u = new Utf8Pieces(shown, path);
  const text = u.text(bytes) + u.end();
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The lines of a text stream as `readline` cuts them (`crlfDelay: Infinity`): at LF, CRLF and
 * a lone CR, a CRLF split across two pieces counted once; the text after the last line end is
 * a last line when it is not empty.
 *
 * @example
 * ```ts
 * for await (const line of textLines(utf8Stream('/data/a.jsonl', 'a.jsonl'))) JSON.parse(line);
 * ```
 */
export async function* textLines(pieces: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  const re = /\r\n|\n|\r/g;
  for await (const piece of pieces) {
    // Scan only the new text (and a CR held back at the end of the last piece).
    re.lastIndex = Math.max(0, rest.length - 1);
    rest += piece;
    let start = 0;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      // A CR at the very end may be the first half of a CRLF: decide with the next piece.
      if (m[0] === '\r' && m.index === rest.length - 1) break;
      yield rest.slice(start, m.index);
      start = m.index + m[0].length;
    }
    rest = rest.slice(start);
  }
  // A CR held back at the very end ends a line (an empty one too); other text is a last line.
  if (rest.endsWith('\r')) yield rest.slice(0, -1);
  else if (rest !== '') yield rest;
}
