/**
 * The SIMPEG scoring service: `node:http` only, JSON in and out. See the README for the
 * endpoints and the error contract.
 */
import { randomUUID } from 'node:crypto';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  addToSummary,
  type BatchSummary,
  createBatchSummary,
  type EvaluateOptions,
  type EvaluationResult,
  evaluate,
  evaluateMany,
  formatTrace,
  type IndicatorType,
  type Issue,
  type Locale,
  rulesets as NATIONAL_RULESETS,
  type Ruleset,
  safeParseWith,
  serializeRuleset,
  VERSION,
} from '@kinerja/core';
import { checkDistribution } from '@kinerja/core/calibration';
import { z } from 'zod';
import { type BatchItem, BatchStreamError, jsonArrayItems, ndjsonItems } from './batch.js';
import {
  errorBody,
  HttpError,
  issueOf,
  parseJson,
  readBody,
  requireMediaType,
  sendJson,
  toWireIssue,
} from './http.js';
import type { HttpErrorCode } from './messages.js';
import { readAgencyRuleset } from './ruleset.js';

const JSON_TYPE = 'application/json';
const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson'];
const MiB = 1024 * 1024;

/**
 * One structured log entry (written as a JSON line to stderr when logging is on).
 *
 * @example
 * ```ts no-run
 * const e: LogEntry = { time: '2026-01-01T00:00:00.000Z', level: 'info', msg: 'request',
 *   requestId: 'b1c…', method: 'POST', path: '/v1/evaluate', status: 200, ms: 3 };
 * ```
 */
export interface LogEntry {
  readonly time: string;
  readonly level: 'info' | 'warn' | 'error';
  readonly msg: string;
  readonly requestId?: string;
  readonly method?: string;
  readonly path?: string;
  readonly status?: number;
  readonly ms?: number;
  readonly [key: string]: unknown;
}

/**
 * Options of {@link createServer}. Every limit has a production default.
 *
 * @example
 * ```ts no-run
 * createServer({ rulesetFiles: ['ruleset/pemkab-contoh.json'], maxBodyBytes: 512 * 1024, log: true });
 * ```
 */
export interface ServerOptions {
  /** Agency rulesets already loaded (searched before the national ones). */
  readonly rulesets?: readonly Ruleset[];
  /** Agency ruleset files (extension or complete ruleset JSON), read when the server is created. */
  readonly rulesetFiles?: readonly string[];
  /** Implementations of custom indicator types the agency rulesets reference. */
  readonly indicatorTypes?: readonly IndicatorType[];
  /** Largest body of the single-shot endpoints (default 1 MiB; 413 above). */
  readonly maxBodyBytes?: number;
  /** Largest single appraisal inside a batch (default 1 MiB; that item is rejected above). */
  readonly maxItemBytes?: number;
  /** Largest batch body (default 512 MiB; 413, or a stream error once results have started). */
  readonly maxBatchBytes?: number;
  /** Time allowed to receive a single-shot body (default 15 s; 408 after). */
  readonly requestTimeoutMs?: number;
  /** Longest silence of a client while it streams a batch (default 30 s). */
  readonly idleTimeoutMs?: number;
  /** How long {@link KinerjaService.close} waits for requests in flight (default 10 s). */
  readonly shutdownGraceMs?: number;
  /** Structured logs: `true` writes JSON lines to stderr; a function receives them. Default off. */
  readonly log?: boolean | ((entry: LogEntry) => void);
}

/**
 * A created service: the `node:http` server, and promise-based `listen` and graceful `close`.
 *
 * @example
 * ```ts no-run
 * const svc = createServer();
 * const { port } = await svc.listen(0, '127.0.0.1');
 * await svc.close();
 * ```
 */
export interface KinerjaService {
  readonly server: Server;
  /** The agency rulesets this service applies (in precedence order). */
  readonly agencyRulesets: readonly Ruleset[];
  /** Listens (default port 8080 on 127.0.0.1, loopback only) and resolves with the address. */
  listen(port?: number, host?: string): Promise<AddressInfo>;
  /**
   * Graceful shutdown: stops accepting connections, answers new requests on open connections
   * with 503, lets requests in flight finish (up to `shutdownGraceMs`), then closes everything.
   */
  close(): Promise<void>;
}

interface Query {
  readonly lang?: Locale;
  readonly trace: boolean;
  readonly ruleset?: Ruleset;
}

const CalibrationRequestSchema = z
  .strictObject({
    unit: z.string().min(1).max(200).optional(),
    predikatOrganisasi: z.string(),
    team: z.array(z.unknown()).optional(),
    counts: z.record(z.string(), z.unknown()).optional(),
    guidelines: z.array(z.unknown()).optional(),
    enforce: z.boolean().optional(),
  })
  .refine((v) => (v.team === undefined) !== (v.counts === undefined), {
    message: 'give exactly one of "team" (members) or "counts" (per predikat)',
    path: ['team'],
  });

/** Sentinel fed to `evaluateMany` for a batch item that could not be parsed. */
const UNPARSED = Symbol('unparsed');

/**
 * Creates the service. Agency ruleset files are read now: an invalid file throws a
 * `RulesetError` with the core's issues, so a misconfigured service never starts.
 *
 * @example
 * ```ts no-run
 * const svc = createServer({ rulesetFiles: ['ruleset/pemkab-contoh.json'] });
 * const { port } = await svc.listen(0, '127.0.0.1');
 * const res = await fetch(`http://127.0.0.1:${port}/healthz`);
 * await svc.close();
 * ```
 */
export function createServer(options: ServerOptions = {}): KinerjaService {
  const limits = {
    maxBodyBytes: options.maxBodyBytes ?? MiB,
    maxItemBytes: options.maxItemBytes ?? MiB,
    maxBatchBytes: options.maxBatchBytes ?? 512 * MiB,
    requestTimeoutMs: options.requestTimeoutMs ?? 15_000,
    idleTimeoutMs: options.idleTimeoutMs ?? 30_000,
    shutdownGraceMs: options.shutdownGraceMs ?? 10_000,
  };
  const agency = [
    ...(options.rulesets ?? []),
    ...(options.rulesetFiles ?? []).map((f) => readAgencyRuleset(f)),
  ];
  const all = [...agency, ...Object.values(NATIONAL_RULESETS)];
  const byId = new Map<string, Ruleset>();
  for (const rs of all) {
    if (byId.has(rs.id)) throw new Error(`ruleset id "${rs.id}" is given twice`);
    byId.set(rs.id, rs);
  }
  const baseOptions: EvaluateOptions = {
    ...(agency.length > 0 ? { rulesets: agency } : {}),
    ...(options.indicatorTypes ? { indicatorTypes: options.indicatorTypes } : {}),
  };
  const log = logger(options.log);

  let shuttingDown = false;
  let inFlight = 0;
  let onIdle: (() => void) | undefined;

  const server = createHttpServer((req, res) => {
    void handle(req, res);
  });
  // Our own deadlines apply (a batch may legitimately stream for minutes); headers still must
  // arrive promptly.
  server.requestTimeout = 0;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const incoming = req.headers['x-request-id'];
    const requestId =
      typeof incoming === 'string' && /^[\w.:-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    const [rawPath = '/', rawQuery = ''] = (req.url ?? '/').split('?', 2);
    inFlight++;
    res.setHeader('x-request-id', requestId);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-store');
    res.on('close', () => {
      inFlight--;
      log({
        level: 'info',
        msg: 'request',
        requestId,
        method: req.method,
        path: rawPath,
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
        ...(res.writableFinished ? {} : { aborted: true }),
      });
      if (shuttingDown) {
        server.closeIdleConnections();
        if (inFlight === 0) onIdle?.();
      }
    });
    try {
      if (shuttingDown) {
        throw new HttpError(503, 'SHUTTING_DOWN', {}, { headers: { 'retry-after': '1' } });
      }
      await route(req, res, rawPath, new URLSearchParams(rawQuery));
    } catch (e) {
      const err = e instanceof HttpError ? e : new HttpError(500, 'INTERNAL', { requestId });
      if (!(e instanceof HttpError)) {
        // The stack goes to the operator's log, never to the client.
        log({
          level: 'error',
          msg: 'unhandled error',
          requestId,
          error: (e as Error)?.stack ?? String(e),
        });
      }
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const close: Record<string, string> =
        shuttingDown || !req.complete ? { connection: 'close' } : {};
      sendJson(res, err.status, errorBody(err, requestId), { ...err.headers, ...close });
    }
  }

  async function route(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: URLSearchParams,
  ): Promise<void> {
    const method = req.method ?? 'GET';
    const allow = (allowed: string) => {
      if (method !== allowed) {
        throw new HttpError(
          405,
          'METHOD_NOT_ALLOWED',
          { method, allow: allowed },
          { headers: { allow: allowed } },
        );
      }
    };
    switch (path) {
      case '/healthz':
        allow('GET');
        return sendJson(res, 200, {
          status: 'ok',
          version: VERSION,
          rulesets: all.map((r) => r.id),
        });
      case '/v1/rulesets':
        allow('GET');
        return sendJson(res, 200, { rulesets: all.map(summaryOf) });
      case '/v1/evaluate':
        allow('POST');
        return evaluateOne(req, res, parseQuery(query, true));
      case '/v1/evaluate-batch':
        allow('POST');
        return evaluateBatch(req, res, parseQuery(query, false));
      case '/v1/calibration/check':
        allow('POST');
        return calibrationCheck(req, res);
    }
    if (path.startsWith('/v1/rulesets/')) {
      allow('GET');
      let id: string;
      try {
        id = decodeURIComponent(path.slice('/v1/rulesets/'.length));
      } catch {
        throw new HttpError(404, 'NOT_FOUND', { path });
      }
      const rs = byId.get(id);
      if (!rs) throw new HttpError(404, 'UNKNOWN_RULESET', { id });
      return sendJson(res, 200, serializeRuleset(rs));
    }
    throw new HttpError(404, 'NOT_FOUND', { path });
  }

  function parseQuery(q: URLSearchParams, traceDefault: boolean): Query {
    const lang = q.get('lang');
    if (lang !== null && lang !== 'id' && lang !== 'en') {
      throw new HttpError(400, 'INVALID_QUERY', { name: 'lang', allowed: 'id, en' });
    }
    const trace = q.get('trace');
    if (trace !== null && !['true', 'false', '1', '0'].includes(trace)) {
      throw new HttpError(400, 'INVALID_QUERY', { name: 'trace', allowed: 'true, false, 1, 0' });
    }
    const rulesetId = q.get('ruleset');
    const ruleset = rulesetId === null ? undefined : byId.get(rulesetId);
    if (rulesetId !== null && !ruleset) {
      throw new HttpError(400, 'UNKNOWN_RULESET', { id: rulesetId });
    }
    return {
      ...(lang !== null ? { lang } : {}),
      trace: trace === null ? traceDefault : trace === 'true' || trace === '1',
      ...(ruleset ? { ruleset } : {}),
    };
  }

  function evalOptions(q: Query): EvaluateOptions {
    return {
      ...baseOptions,
      ...(q.ruleset ? { ruleset: q.ruleset } : {}),
      // The text explanation needs the steps even when the JSON trace is not wanted.
      trace: q.trace || q.lang !== undefined,
    };
  }

  async function evaluateOne(req: IncomingMessage, res: ServerResponse, q: Query): Promise<void> {
    requireMediaType(req, [JSON_TYPE]);
    const body = parseJson(
      await readBody(req, { limit: limits.maxBodyBytes, timeoutMs: limits.requestTimeoutMs }),
    );
    const r = evaluate(body, evalOptions(q));
    if (!r.ok) {
      const failed = new HttpError(422, 'VALIDATION_FAILED', { count: r.issues.length });
      return sendJson(res, 422, {
        ...errorBody(failed, String(res.getHeader('x-request-id'))),
        ...wireResult(r, q),
      });
    }
    sendJson(res, 200, wireResult(r, q));
  }

  async function evaluateBatch(req: IncomingMessage, res: ServerResponse, q: Query): Promise<void> {
    const type = requireMediaType(req, [JSON_TYPE, ...NDJSON_TYPES]);
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limits.maxBatchBytes) {
      throw new HttpError(413, 'BODY_TOO_LARGE', { limit: limits.maxBatchBytes });
    }
    const accept = String(req.headers.accept ?? '');
    const ndjsonOut = NDJSON_TYPES.some((t) => accept.includes(t))
      ? true
      : accept.includes(JSON_TYPE)
        ? false
        : type !== JSON_TYPE;
    const body = guardedBody(req, limits);
    const items: AsyncGenerator<BatchItem> =
      type === JSON_TYPE
        ? jsonArrayItems(body, limits.maxItemBytes)
        : ndjsonItems(body, limits.maxItemBytes);
    // One entry per item handed to evaluateMany, consumed in the same order: the queue never
    // holds more than one entry, so memory stays constant.
    const pending: (readonly Issue[] | undefined)[] = [];
    async function* values(): AsyncGenerator<unknown> {
      for await (const item of items) {
        if ('value' in item) {
          pending.push(undefined);
          yield item.value;
        } else {
          pending.push(item.issues);
          yield UNPARSED;
        }
      }
    }
    const out = new BatchWriter(res, ndjsonOut);
    const summary = createBatchSummary();
    const opts = evalOptions(q);
    let streamIssue: Issue | undefined;
    try {
      for await (const r of evaluateMany(values(), { ...opts, trace: opts.trace ?? false })) {
        const parseIssues = pending.shift();
        addToSummary(summary, r);
        const { index, ...result } = r;
        const line =
          parseIssues !== undefined
            ? { index, ok: false, issues: parseIssues.map(toWireIssue) }
            : r.ok
              ? { index, ok: true, result: wireResult(result, q) }
              : {
                  index,
                  ok: false,
                  ...(r.id !== undefined ? { id: r.id } : {}),
                  ...(r.nip !== undefined ? { nip: r.nip } : {}),
                  issues: r.issues.map(toWireIssue),
                };
        await out.write(line);
        if (res.destroyed) return;
        // Let other requests in between long runs of items parsed from one chunk.
        if (index % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (e) {
      if (res.destroyed) return;
      if (!(e instanceof BatchStreamError)) throw e;
      streamIssue = e.issue;
    }
    if (streamIssue && !out.started) {
      // Nothing was answered yet: a plain error response with the right status.
      const status =
        streamIssue.code === 'BODY_TOO_LARGE'
          ? 413
          : streamIssue.code === 'REQUEST_TIMEOUT'
            ? 408
            : 400;
      throw new HttpError(
        status,
        streamIssue.code as HttpErrorCode,
        (streamIssue.params ?? {}) as never,
      );
    }
    out.end(summary, streamIssue);
    if (streamIssue) res.on('finish', () => req.socket.destroy());
  }

  async function calibrationCheck(req: IncomingMessage, res: ServerResponse): Promise<void> {
    requireMediaType(req, [JSON_TYPE]);
    const body = parseJson(
      await readBody(req, { limit: limits.maxBodyBytes, timeoutMs: limits.requestTimeoutMs }),
    );
    const parsed = safeParseWith(CalibrationRequestSchema, body);
    if (!parsed.success) {
      throw new HttpError(
        422,
        'VALIDATION_FAILED',
        { count: parsed.issues.length },
        { issues: parsed.issues },
      );
    }
    const v = parsed.data;
    const input = v.team ?? v.counts;
    const r = checkDistribution(input, v.predikatOrganisasi, {
      ...(v.guidelines ? { guidelines: v.guidelines } : {}),
      ...(v.enforce !== undefined ? { enforce: v.enforce } : {}),
    });
    if (!r.check) {
      throw new HttpError(
        422,
        'VALIDATION_FAILED',
        { count: r.issues.length },
        { issues: r.issues },
      );
    }
    sendJson(res, 200, {
      ok: r.ok,
      ...(v.unit !== undefined ? { unit: v.unit } : {}),
      check: r.check,
      issues: r.issues.map(toWireIssue),
    });
  }

  return {
    server,
    agencyRulesets: agency,
    listen(port = 8080, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          log({
            level: 'info',
            msg: 'listening',
            address: address.address,
            port: address.port,
            rulesets: all.map((r) => r.id),
          });
          resolve(address);
        });
      });
    },
    close() {
      shuttingDown = true;
      log({ level: 'info', msg: 'shutting down', inFlight });
      const closed = new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
      });
      server.closeIdleConnections();
      const drained = new Promise<void>((resolve) => {
        if (inFlight === 0) return resolve();
        onIdle = resolve;
        setTimeout(resolve, limits.shutdownGraceMs).unref();
      });
      return drained.then(() => {
        server.closeAllConnections();
        return closed;
      });
    },
  };
}

/** The result as JSON: the core's result, the trace only when asked, the text when `lang`. */
function wireResult(r: EvaluationResult, q: Query): Record<string, unknown> {
  const { trace, issues, ...rest } = r;
  return {
    ...rest,
    issues: issues.map(toWireIssue),
    ...(q.trace ? { trace } : {}),
    ...(q.lang ? { lang: q.lang, explanation: formatTrace(r, { locale: q.lang }) } : {}),
  };
}

function summaryOf(rs: Ruleset): Record<string, unknown> {
  return {
    id: rs.id,
    version: rs.version,
    regime: rs.regime,
    title: rs.title,
    effective: rs.effective,
    ...(rs.extends ? { extends: rs.extends } : {}),
    ...(rs.agency ? { agency: rs.agency } : {}),
  };
}

/**
 * The request body as chunks, with the batch limits: the total size and the longest silence
 * between chunks. Either ends the stream with a {@link BatchStreamError}.
 */
async function* guardedBody(
  req: IncomingMessage,
  limits: { maxBatchBytes: number; idleTimeoutMs: number },
): AsyncGenerator<Buffer> {
  const it = req[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let total = 0;
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new BatchStreamError(issueOf('REQUEST_TIMEOUT', [], { ms: limits.idleTimeoutMs })),
          ),
        limits.idleTimeoutMs,
      );
    });
    let next: IteratorResult<Buffer>;
    try {
      next = await Promise.race([it.next(), timeout]);
    } finally {
      clearTimeout(timer);
    }
    if (next.done) return;
    total += next.value.length;
    if (total > limits.maxBatchBytes) {
      throw new BatchStreamError(issueOf('BODY_TOO_LARGE', [], { limit: limits.maxBatchBytes }));
    }
    yield next.value;
  }
}

/**
 * Writes batch lines as NDJSON, or as one JSON document `{ "results": [...], "summary": {...} }`,
 * with back-pressure: it waits for the socket to drain instead of buffering the batch.
 */
class BatchWriter {
  started = false;
  private first = true;
  constructor(
    private readonly res: ServerResponse,
    private readonly ndjson: boolean,
  ) {}

  private start(): void {
    this.started = true;
    this.res.writeHead(200, {
      'content-type': `${this.ndjson ? 'application/x-ndjson' : JSON_TYPE}; charset=utf-8`,
    });
    if (!this.ndjson) this.res.write('{"results":[');
  }

  async write(line: unknown): Promise<void> {
    if (!this.started) this.start();
    const text = this.ndjson
      ? `${JSON.stringify(line)}\n`
      : `${this.first ? '\n' : ',\n'}${JSON.stringify(line)}`;
    this.first = false;
    if (!this.res.write(text)) await drained(this.res);
  }

  end(summary: BatchSummary, error: Issue | undefined): void {
    if (!this.started) this.start();
    const tail = { ...summary, complete: error === undefined };
    const err = error ? { code: error.code, message: error.message } : undefined;
    if (this.ndjson) {
      this.res.end(
        `${err ? `${JSON.stringify({ error: err })}\n` : ''}${JSON.stringify({ summary: tail })}\n`,
      );
    } else {
      this.res.end(
        `\n]${err ? `,"error":${JSON.stringify(err)}` : ''},"summary":${JSON.stringify(tail)}}\n`,
      );
    }
  }
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

function logger(option: ServerOptions['log']): (entry: Omit<LogEntry, 'time'>) => void {
  if (!option) return () => {};
  const sink =
    typeof option === 'function'
      ? option
      : (entry: LogEntry) => process.stderr.write(`${JSON.stringify(entry)}\n`);
  return (entry) => sink({ time: new Date().toISOString(), ...entry } as LogEntry);
}
