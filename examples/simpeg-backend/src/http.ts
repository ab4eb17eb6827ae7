/**
 * Small HTTP helpers on `node:http`: JSON responses, media-type checks, a bounded body reader
 * with a deadline, and JSON parsing that refuses prototype-polluting keys.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { findForbiddenKeys, formatPath, type Issue, type Text } from '@kinerja/core';
import { type HttpErrorCode, jsonErrorDetail, HTTP_MESSAGES as M } from './messages.js';

/** The parameters of a message (`{}` for messages without any). */
type Params<K extends HttpErrorCode> = K extends HttpErrorCode
  ? Parameters<(typeof M.table)[K]['id']> extends []
    ? Record<string, never>
    : Parameters<(typeof M.table)[K]['id']>[0]
  : never;

/**
 * An error that becomes an HTTP response: status, stable code, bilingual message and, for 422,
 * the issues. Thrown inside request handling only; the server turns it into JSON.
 *
 * @example
 * ```ts no-run
 * throw new HttpError(413, 'BODY_TOO_LARGE', { limit: 1024 });
 * ```
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: HttpErrorCode;
  readonly text: Text;
  readonly issues?: readonly Issue[];
  readonly headers: Readonly<Record<string, string>>;
  constructor(
    status: number,
    code: HttpErrorCode,
    params: Params<typeof code>,
    extra: { issues?: readonly Issue[]; headers?: Record<string, string> } = {},
  ) {
    const text = M.text(code, params as never);
    super(text.en);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.text = text;
    this.headers = extra.headers ?? {};
    if (extra.issues) this.issues = extra.issues;
  }
}

/**
 * An issue as the service returns it: the core's issue plus `field`, the path as one string
 * (`skp.rencanaHasilKerja[0].indikator[1].realisasi`), handy for PHP and Java callers.
 *
 * @example
 * ```ts no-run
 * toWireIssue(issue).field; // 'pegawai.nip'
 * ```
 */
export function toWireIssue(i: Issue): Issue & { readonly field: string } {
  return { ...i, field: formatPath(i.path) };
}

/**
 * The JSON body of an error response.
 *
 * @example
 * ```ts no-run
 * errorBody(new HttpError(404, 'NOT_FOUND', { path: '/x' }), 'req-1');
 * // { error: { code: 'NOT_FOUND', status: 404, message: { id: '…', en: '…' }, requestId: 'req-1' } }
 * ```
 */
export function errorBody(e: HttpError, requestId: string): Record<string, unknown> {
  return {
    error: { code: e.code, status: e.status, message: e.text, requestId },
    ...(e.issues ? { issues: e.issues.map(toWireIssue) } : {}),
  };
}

/**
 * Sends a JSON response (unless the response has already started).
 *
 * @example
 * ```ts no-run
 * sendJson(res, 200, { status: 'ok' });
 * ```
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/**
 * The media type of the request body, lower-cased, and its charset parameter if any.
 *
 * @example
 * ```ts no-run
 * mediaType('application/json; charset=UTF-8'); // { type: 'application/json', charset: 'utf-8' }
 * ```
 */
export function mediaType(header: string | undefined): { type: string; charset?: string } {
  const [type = '', ...params] = (header ?? '').split(';').map((s) => s.trim().toLowerCase());
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '');
  return charset === undefined ? { type } : { type, charset };
}

/**
 * Checks the request's Content-Type against the accepted media types (UTF-8 only); returns the
 * matched type or throws 415.
 *
 * @example
 * ```ts no-run
 * requireMediaType(req, ['application/json', 'application/x-ndjson']);
 * ```
 */
export function requireMediaType(req: IncomingMessage, accepted: readonly string[]): string {
  const header = req.headers['content-type'];
  const { type, charset } = mediaType(header);
  if (
    !accepted.includes(type) ||
    (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
  ) {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', {
      got: header ?? '',
      expected: accepted.join(' or '),
    });
  }
  return type;
}

/**
 * Reads the whole body as UTF-8 text, refusing more than `limit` bytes (413, also when
 * Content-Length announces it) and bodies not received within `timeoutMs` (408). The text is
 * decoded strictly: invalid UTF-8 is a 400, never replacement characters.
 *
 * @example
 * ```ts no-run
 * const text = await readBody(req, { limit: 1_048_576, timeoutMs: 10_000 });
 * ```
 */
export function readBody(
  req: IncomingMessage,
  opts: { limit: number; timeoutMs: number },
): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > opts.limit) {
    return Promise.reject(new HttpError(413, 'BODY_TOO_LARGE', { limit: opts.limit }));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (err?: HttpError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      if (err) {
        // Stop reading; the server answers and closes the connection.
        req.pause();
        reject(err);
        return;
      }
      try {
        resolve(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, size)));
      } catch {
        reject(new HttpError(400, 'INVALID_ENCODING', {}));
      }
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > opts.limit) finish(new HttpError(413, 'BODY_TOO_LARGE', { limit: opts.limit }));
      else chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onError = () => finish(new HttpError(400, 'INPUT_TRUNCATED', {}));
    const timer = setTimeout(
      () => finish(new HttpError(408, 'REQUEST_TIMEOUT', { ms: opts.timeoutMs })),
      opts.timeoutMs,
    );
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/**
 * Parses a JSON body: 400 for an empty body or invalid JSON (with the parser's position), 422
 * for prototype-polluting keys (`__proto__`, `constructor`, `prototype`) anywhere in it.
 *
 * @example
 * ```ts no-run
 * parseJson('{"a":1}'); // { a: 1 }
 * ```
 */
export function parseJson(text: string): unknown {
  if (text.trim() === '') throw new HttpError(400, 'EMPTY_BODY', {});
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new HttpError(400, 'INVALID_JSON', { detail: jsonErrorDetail(e) });
  }
  rejectForbiddenKeys(value);
  return value;
}

/**
 * Throws 422 with one `FORBIDDEN_KEY` issue per prototype-polluting key in a parsed value.
 *
 * @example
 * ```ts no-run
 * rejectForbiddenKeys(JSON.parse('{"__proto__":{"admin":true}}')); // throws HttpError 422
 * ```
 */
export function rejectForbiddenKeys(value: unknown): void {
  const bad = findForbiddenKeys(value);
  if (bad.length === 0) return;
  const issues = bad.map((path) => forbiddenKeyIssue(path));
  throw new HttpError(422, 'VALIDATION_FAILED', { count: issues.length }, { issues });
}

/**
 * The issue for one prototype-polluting key.
 *
 * @example
 * ```ts no-run
 * forbiddenKeyIssue(['pegawai', '__proto__']).code; // 'FORBIDDEN_KEY'
 * ```
 */
export function forbiddenKeyIssue(path: readonly (string | number)[]): Issue {
  return issueOf('FORBIDDEN_KEY', path, { key: String(path[path.length - 1]) });
}

/**
 * An issue from this service's message table.
 *
 * @example
 * ```ts no-run
 * issueOf('ITEM_TOO_LARGE', [], { limit: 1024 });
 * ```
 */
export function issueOf<K extends HttpErrorCode>(
  code: K,
  path: readonly (string | number)[],
  params: Params<K>,
): Issue {
  return M.issue(code, path, params as never);
}
