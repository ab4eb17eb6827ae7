/**
 * Streaming readers of a batch body: NDJSON (one appraisal per line) and a JSON array, both
 * split on bytes as they arrive, so memory holds one appraisal at a time whatever the batch
 * size. Each item is either a parsed value or an issue (bad JSON, bad UTF-8, too large); a
 * broken body (truncated array, not an array) ends the stream with a stream-level issue.
 */
import { findForbiddenKeys, type Issue } from '@kinerja/core';
import { forbiddenKeyIssue, issueOf } from './http.js';
import { jsonErrorDetail } from './messages.js';

/**
 * One item of a batch body: a parsed appraisal, or the issue that kept it from being parsed.
 *
 * @example
 * ```ts no-run
 * const a: BatchItem = { value: { pegawai: {}, periode: {} } };
 * const b: BatchItem = { issues: [issueOf('ITEM_TOO_LARGE', [], { limit: 1024 })] };
 * ```
 */
export type BatchItem = { readonly value: unknown } | { readonly issues: readonly Issue[] };

/**
 * Thrown at the end of a batch body that is not well formed at the top level (the items read
 * before it have been yielded).
 *
 * @example
 * ```ts no-run
 * try { for await (const item of jsonArrayItems(body, 1024)) use(item); }
 * catch (e) { if (e instanceof BatchStreamError) console.error(e.issue.code); }
 * ```
 */
export class BatchStreamError extends Error {
  readonly issue: Issue;
  constructor(issue: Issue) {
    super(issue.message.en);
    this.name = 'BatchStreamError';
    this.issue = issue;
  }
}

const decoder = () => new TextDecoder('utf-8', { fatal: true });

/** Parses the bytes of one item; never throws. */
function parseItem(parts: Buffer[], size: number): BatchItem {
  let text: string;
  try {
    text = decoder().decode(Buffer.concat(parts, size));
  } catch {
    return { issues: [issueOf('INVALID_ENCODING', [], {})] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { issues: [issueOf('INVALID_JSON', [], { detail: jsonErrorDetail(e) })] };
  }
  const bad = findForbiddenKeys(value);
  if (bad.length > 0) return { issues: bad.map(forbiddenKeyIssue) };
  return { value };
}

/** Accumulates the bytes of one item up to a limit; past it, only the size is counted. */
class ItemBuffer {
  parts: Buffer[] = [];
  size = 0;
  blank = true;
  constructor(private readonly limit: number) {}
  add(chunk: Buffer, from: number, to: number): void {
    if (to <= from) return;
    for (let i = from; this.blank && i < to; i++) {
      const b = chunk[i];
      if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) {
        this.blank = false;
        break;
      }
    }
    this.size += to - from;
    // Past the limit nothing is kept: memory stays bounded by `limit` per item.
    if (this.size <= this.limit) this.parts.push(chunk.subarray(from, to));
    else this.parts = [];
  }
  take(): BatchItem {
    const item = this.blank
      ? { issues: [issueOf('INVALID_JSON', [], { detail: 'empty array element' })] }
      : this.size > this.limit
        ? { issues: [issueOf('ITEM_TOO_LARGE', [], { limit: this.limit })] }
        : parseItem(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    this.blank = true;
    return item;
  }
  reset(): void {
    this.parts = [];
    this.size = 0;
    this.blank = true;
  }
}

/**
 * Items of an NDJSON body: one JSON value per line (`\n` or `\r\n`); blank lines are skipped.
 *
 * @example
 * ```ts no-run
 * for await (const item of ndjsonItems(req, 1_048_576)) console.log(item);
 * ```
 */
export async function* ndjsonItems(
  chunks: AsyncIterable<Buffer>,
  maxItemBytes: number,
): AsyncGenerator<BatchItem> {
  const line = new ItemBuffer(maxItemBytes);
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      line.add(chunk, start, nl);
      start = nl + 1;
      if (line.blank) line.reset();
      else yield line.take();
    }
    line.add(chunk, start, chunk.length);
  }
  if (!line.blank) yield line.take();
}

/** Where the JSON array reader is: before `[`, inside the array, after `]`. */
const BEFORE_ARRAY = 0;
const IN_ARRAY = 1;
const AFTER_ARRAY = 2;

/**
 * Items of a JSON array body (`[ {...}, {...} ]`), split at the top-level commas as the bytes
 * arrive (strings and escapes are tracked, and UTF-8 continuation bytes never look like JSON
 * punctuation). Throws {@link BatchStreamError} when the body is not an array or ends early.
 *
 * @example
 * ```ts no-run
 * for await (const item of jsonArrayItems(req, 1_048_576)) console.log(item);
 * ```
 */
export async function* jsonArrayItems(
  chunks: AsyncIterable<Buffer>,
  maxItemBytes: number,
): AsyncGenerator<BatchItem> {
  const item = new ItemBuffer(maxItemBytes);
  let phase: number = BEFORE_ARRAY;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let count = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (phase === IN_ARRAY) {
        if (inString) {
          if (escaped) escaped = false;
          else if (b === 0x5c) escaped = true;
          else if (b === 0x22) inString = false;
          continue;
        }
        if (b === 0x22) inString = true;
        else if (b === 0x7b || b === 0x5b) depth++;
        else if ((b === 0x7d || b === 0x5d) && depth > 0) depth--;
        else if (depth === 0 && (b === 0x2c || b === 0x5d)) {
          item.add(chunk, start, i);
          // `[]` is an empty batch; an empty slot anywhere else (`[1,,2]`, `[1,]`) is an item
          // whose JSON is invalid, reported at its index.
          if (!(b === 0x5d && count === 0 && item.blank)) {
            count++;
            yield item.take();
          }
          if (b === 0x5d) phase = AFTER_ARRAY;
          start = i + 1;
        }
        continue;
      }
      if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
      if (phase === BEFORE_ARRAY && b === 0x5b) {
        phase = IN_ARRAY;
        start = i + 1;
        continue;
      }
      // A BOM-less body that does not start with `[`, or anything after the closing `]`.
      throw new BatchStreamError(
        phase === BEFORE_ARRAY
          ? issueOf('NOT_AN_ARRAY', [], {})
          : issueOf('INVALID_JSON', [], { detail: 'unexpected data after the closing ]' }),
      );
    }
    if (phase === IN_ARRAY) item.add(chunk, start, chunk.length);
  }
  if (phase !== AFTER_ARRAY) {
    throw new BatchStreamError(
      phase === BEFORE_ARRAY ? issueOf('NOT_AN_ARRAY', [], {}) : issueOf('INPUT_TRUNCATED', [], {}),
    );
  }
}
