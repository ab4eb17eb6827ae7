import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  evaluate,
  formatTrace,
  loadRuleset,
  type Ruleset,
  RulesetError,
  rulesets,
  serializeRuleset,
} from '@kinerja/core';
import { checkDistribution } from '@kinerja/core/calibration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createServer,
  type KinerjaService,
  type LogEntry,
  readAgencyRuleset,
} from '../src/index.js';
import { type Body, call, chunked, raw, rulesetFile, sample } from './client.js';
import { generateAppraisals } from './generate.js';
import { sampleResponses } from './samples.js';

const expected = JSON.parse(
  readFileSync(new URL('../expected-output.json', import.meta.url), 'utf8'),
) as unknown;
const agency = readAgencyRuleset(fileURLToPath(rulesetFile));
const evalOpts = { rulesets: [agency] };
const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const lines = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

let svc: KinerjaService;
let base: string;
let port: number;
const logs: LogEntry[] = [];

beforeAll(async () => {
  svc = createServer({
    rulesetFiles: [fileURLToPath(rulesetFile)],
    maxBodyBytes: 64 * 1024,
    maxItemBytes: 16 * 1024,
    requestTimeoutMs: 300,
    idleTimeoutMs: 300,
    log: (e) => logs.push(e),
  });
  ({ port } = await svc.listen(0, '127.0.0.1'));
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await svc.close();
});

describe('sample requests', () => {
  it('answer exactly expected-output.json', async () => {
    expect(await sampleResponses(base)).toEqual(expected);
  });

  it('the agency extension is applied to 2025 periods; 2024 stays national', async () => {
    const r = await call(base, '/v1/evaluate', { body: sample('evaluate.json') });
    expect(r.json).toMatchObject({
      ok: true,
      ruleset: {
        id: 'pemkab-contoh-2025',
        extends: 'permenpanrb-6-2022',
        agency: 'Pemerintah Kabupaten Contoh',
      },
      // Worked example: capaian 105.00 % and 116.67 %, average 110.83 % ≥ 100 and none < 80
      // → suggested "Di Atas"; Di Atas × Sesuai → Baik.
      nilai: { rataRataCapaian: '110.83' },
      rating: { hasilKerja: 'DI_ATAS_EKSPEKTASI', sumber: { hasilKerja: 'SARAN_HEURISTIK' } },
      predikat: { code: 'BAIK' },
    });
    const body = JSON.parse(sample('evaluate.json').toString()) as { periode: unknown };
    body.periode = { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' };
    const national = await call(base, '/v1/evaluate', { body: JSON.stringify(body) });
    expect(national.json).toMatchObject({ ruleset: { id: 'permenpanrb-6-2022' } });
  });
});

describe('GET endpoints', () => {
  it('/healthz', async () => {
    const r = await call(base, '/healthz');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      status: 'ok',
      rulesets: ['pemkab-contoh-2025', 'pp46-2011', 'permenpanrb-8-2021', 'permenpanrb-6-2022'],
    });
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('/v1/rulesets/:id serialises each ruleset; loadRuleset reads it back', async () => {
    for (const rs of [agency, ...Object.values(rulesets)] as Ruleset[]) {
      const r = await call(base, `/v1/rulesets/${encodeURIComponent(rs.id)}`);
      expect(r.status).toBe(200);
      expect(r.text).toBe(serializeRuleset(rs));
      expect(JSON.parse(serializeRuleset(loadRuleset(r.text)))).toEqual(JSON.parse(r.text));
    }
  });

  it('/v1/rulesets/:id of an unknown id is 404 with a bilingual message', async () => {
    const r = await call(base, '/v1/rulesets/pemkab-lain');
    expect(r.status).toBe(404);
    expect(r.json).toMatchObject({
      error: {
        code: 'UNKNOWN_RULESET',
        message: {
          id: 'Ruleset "pemkab-lain" tidak dikenal di layanan ini',
          en: 'Ruleset "pemkab-lain" is not known to this service',
        },
      },
    });
    expect((await call(base, '/v1/rulesets/%E0%A4%A')).status).toBe(404);
  });
});

describe('POST /v1/evaluate', () => {
  const body = JSON.parse(sample('evaluate.json').toString()) as Record<string, unknown>;
  const reference = evaluate(body, evalOpts);

  it('returns the core result, the JSON trace, and the explanation in the chosen language', async () => {
    for (const lang of ['id', 'en'] as const) {
      const r = await call(base, `/v1/evaluate?lang=${lang}`, { body: JSON.stringify(body) });
      expect(r.status).toBe(200);
      const json = r.json as Record<string, unknown>;
      expect(json.explanation).toBe(formatTrace(reference, { locale: lang }));
      expect(json.trace).toEqual(roundTrip(reference.trace));
      expect(json.predikat).toEqual(reference.predikat);
      expect(json.nilai).toEqual(reference.nilai);
    }
  });

  it('?trace=0 leaves the steps out; no explanation without ?lang', async () => {
    const r = await call(base, '/v1/evaluate?trace=0', { body: JSON.stringify(body) });
    expect(r.json).not.toHaveProperty('trace');
    expect(r.json).not.toHaveProperty('explanation');
    expect(r.json).toMatchObject({ predikat: { code: 'BAIK' } });
  });

  it('?ruleset= chooses the ruleset; the national default suggests with its own thresholds', async () => {
    const r = await call(base, '/v1/evaluate?ruleset=permenpanrb-6-2022', {
      body: JSON.stringify(body),
    });
    expect(r.json).toMatchObject({
      ruleset: { id: 'permenpanrb-6-2022' },
      predikat: evaluate(body, { ruleset: 'permenpanrb-6-2022' }).predikat,
    });
    // The national suggestion thresholds (90 / 65) are the ones reported, not the agency's.
    const warnings = (r.json as { warnings: { code: string; message: { en: string } }[] }).warnings;
    expect(warnings.find((w) => w.code === 'UNCERTAIN_READING')?.message.en).toMatch(
      /"diAtasRataRataMin":"90"/,
    );
  });

  it('422 carries the core issues (code, path, field, id + en message)', async () => {
    const r = await call(base, '/v1/evaluate', { body: sample('evaluate-invalid.json') });
    expect(r.status).toBe(422);
    const json = r.json as { error: { code: string }; issues: Record<string, unknown>[] };
    expect(json.error.code).toBe('VALIDATION_FAILED');
    expect(json.issues).toEqual(
      evaluate(JSON.parse(sample('evaluate-invalid.json').toString())).issues.map((i) => ({
        ...roundTrip(i),
        field: i.path.join('.'),
      })),
    );
    expect(json.issues.map((i) => i.code)).toEqual(['NIP_SCIENTIFIC_NOTATION', 'INVALID_VALUE']);
  });

  it('a JSON value that is not an appraisal (array, string) is 422 NOT_AN_OBJECT', async () => {
    for (const b of ['[]', '"x"', '42', 'null']) {
      const r = await call(base, '/v1/evaluate', { body: b });
      expect(r.status).toBe(422);
      expect(r.json).toMatchObject({ issues: [{ code: 'NOT_AN_OBJECT' }] });
    }
  });
});

describe('error statuses', () => {
  const post = (
    path: string,
    body: Body,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ) => call(base, path, { method: 'POST', headers, body });

  it.each([
    ['404 unknown path', () => call(base, '/v2/evaluate'), 404, 'NOT_FOUND'],
    ['405 wrong method', () => call(base, '/v1/evaluate'), 405, 'METHOD_NOT_ALLOWED'],
    ['405 POST on a GET endpoint', () => post('/healthz', '{}'), 405, 'METHOD_NOT_ALLOWED'],
    [
      '415 text/plain',
      () => post('/v1/evaluate', '{}', { 'content-type': 'text/plain' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      '415 no content-type',
      () => post('/v1/calibration/check', '{}', {}),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      '415 latin-1 charset',
      () => post('/v1/evaluate', '{}', { 'content-type': 'application/json; charset=iso-8859-1' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      '415 NDJSON on the single endpoint',
      () => post('/v1/evaluate', '{}', { 'content-type': 'application/x-ndjson' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      '415 form data on the batch',
      () =>
        post('/v1/evaluate-batch', 'a=1', { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['400 invalid JSON', () => post('/v1/evaluate', '{"pegawai": '), 400, 'INVALID_JSON'],
    ['400 empty body', () => post('/v1/evaluate', ''), 400, 'EMPTY_BODY'],
    [
      '400 invalid UTF-8',
      () => post('/v1/evaluate', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])),
      400,
      'INVALID_ENCODING',
    ],
    ['400 bad lang', () => post('/v1/evaluate?lang=fr', '{}'), 400, 'INVALID_QUERY'],
    ['400 bad trace', () => post('/v1/evaluate?trace=yes', '{}'), 400, 'INVALID_QUERY'],
    [
      '400 unknown ruleset',
      () => post('/v1/evaluate?ruleset=pemkab-lain', '{}'),
      400,
      'UNKNOWN_RULESET',
    ],
    [
      '400 batch not an array',
      () => post('/v1/evaluate-batch', '{"pegawai":{}}'),
      400,
      'NOT_AN_ARRAY',
    ],
    [
      '413 body over the limit',
      () => post('/v1/evaluate', JSON.stringify({ catatan: 'x'.repeat(70_000) })),
      413,
      'BODY_TOO_LARGE',
    ],
    [
      '413 calibration body over the limit',
      () => post('/v1/calibration/check', JSON.stringify({ team: 'x'.repeat(70_000) })),
      413,
      'BODY_TOO_LARGE',
    ],
  ] as const)('%s', async (_name, send, status, code) => {
    const r = await send();
    expect(r.status).toBe(status);
    const json = r.json as {
      error: {
        code: string;
        status: number;
        message: { id: string; en: string };
        requestId: string;
      };
    };
    expect(json.error.code).toBe(code);
    expect(json.error.status).toBe(status);
    // Bilingual, and different in each language (not the same string twice).
    expect(json.error.message.id.length).toBeGreaterThan(10);
    expect(json.error.message.en.length).toBeGreaterThan(10);
    expect(json.error.message.id).not.toBe(json.error.message.en);
    expect(json.error.requestId).toBe(r.headers.get('x-request-id'));
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    if (status === 405) expect(r.headers.get('allow')).toMatch(/^(GET|POST)$/);
  });

  it('400 invalid JSON names the parser position in both languages', async () => {
    const r = await post('/v1/evaluate', '{"pegawai": }');
    expect(r.json).toMatchObject({
      error: {
        message: {
          id: expect.stringMatching(/^Isi permintaan bukan JSON yang valid: /),
          en: expect.stringMatching(/^The request body is not valid JSON: Unexpected token/),
        },
      },
    });
  });

  it('413 without Content-Length (chunked upload past the limit)', async () => {
    const r = await raw(port, {
      path: '/v1/evaluate',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      parts: ['{"catatan":"', 'x'.repeat(40_000), 'x'.repeat(40_000), '"}'],
    });
    expect(r.status).toBe(413);
    expect(r.headers.connection).toBe('close');
    expect(JSON.parse(r.body)).toMatchObject({ error: { code: 'BODY_TOO_LARGE' } });
  });

  it('408 when the body does not arrive in time', async () => {
    const r = await raw(port, {
      path: '/v1/evaluate',
      headers: { 'content-type': 'application/json', 'content-length': 500 },
      parts: ['{"pegawai":'],
      end: false,
    });
    expect(r.status).toBe(408);
    expect(JSON.parse(r.body)).toMatchObject({
      error: {
        code: 'REQUEST_TIMEOUT',
        message: { en: 'The request body was not received in full within 300 ms' },
      },
    });
  });

  it.each([
    ['__proto__ at the top', '{"__proto__":{"isAdmin":true},"pegawai":{}}', ['__proto__']],
    [
      'constructor nested',
      '{"pegawai":{"constructor":{"prototype":{"x":1}}}}',
      ['pegawai', 'constructor'],
    ],
    [
      'prototype in an array',
      '{"skp":{"rencanaHasilKerja":[{"prototype":1}]}}',
      ['skp', 'rencanaHasilKerja', 0, 'prototype'],
    ],
  ])('422 for prototype-polluting keys: %s', async (_name, text, path) => {
    for (const endpoint of ['/v1/evaluate', '/v1/calibration/check']) {
      const r = await post(endpoint, text);
      expect(r.status).toBe(422);
      expect(r.json).toMatchObject({
        error: { code: 'VALIDATION_FAILED' },
        issues: [{ code: 'FORBIDDEN_KEY', path }],
      });
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('500 hides the internals: no stack or message to the client, the stack goes to the log', async () => {
    const broken = Object.create(rulesets['permenpanrb-6-2022'], {
      id: { value: 'rusak-2024' },
      params: {
        get() {
          throw new Error('secret detail at /srv/kinerja/internal.ts:42');
        },
      },
    }) as Ruleset;
    const seen: LogEntry[] = [];
    const s = createServer({ rulesets: [broken], log: (e) => seen.push(e) });
    const { port: p } = await s.listen(0, '127.0.0.1');
    try {
      const r = await call(`http://127.0.0.1:${p}`, '/v1/evaluate?ruleset=rusak-2024', {
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-500' },
        body: sample('evaluate.json'),
      });
      expect(r.status).toBe(500);
      expect(r.json).toEqual({
        error: {
          code: 'INTERNAL',
          status: 500,
          requestId: 'req-500',
          message: {
            id: 'Terjadi kesalahan internal; sebutkan request id req-500 kepada pengelola',
            en: 'Internal error; quote request id req-500 to the operators',
          },
        },
      });
      expect(r.text).not.toMatch(/secret|internal\.ts|at /);
      expect(seen.find((e) => e.level === 'error')).toMatchObject({
        requestId: 'req-500',
        error: expect.stringContaining('internal.ts:42'),
      });
    } finally {
      await s.close();
    }
  });
});

describe('POST /v1/evaluate-batch', () => {
  const rows = generateAppraisals(2000);
  const ndjson = Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n'));

  /** evaluate() one by one, as the batch must answer. */
  const oneByOne = rows.map((row, index) => {
    const r = roundTrip(evaluate(row, { ...evalOpts, trace: false }));
    const { trace: _t, ...result } = r;
    return r.ok
      ? { index, ok: true, result: { ...result, issues: [] } }
      : {
          index,
          ok: false,
          ...(r.id !== undefined ? { id: r.id } : {}),
          ...(r.nip !== undefined ? { nip: r.nip } : {}),
          issues: r.issues.map((i) => ({ ...i, field: fieldOf(i.path) })),
        };
  });

  it('2,000 appraisals streamed as NDJSON (odd chunk sizes) equal evaluate() one by one, in order', async () => {
    const r = await call(base, '/v1/evaluate-batch', {
      headers: { 'content-type': 'application/x-ndjson' },
      body: chunked(ndjson, [1, 7, 4093, 65_536, 3]),
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const out = lines(r.text);
    const summary = out.pop() as { summary: Record<string, number> };
    expect(out).toEqual(oneByOne);
    // The decimal reference (with trace) gives the same predikat and values.
    for (const [i, row] of rows.entries()) {
      const exact = evaluate(row, evalOpts);
      const line = out[i] as { result?: { predikat?: unknown; nilai?: unknown } };
      expect(line.result?.predikat).toEqual(exact.predikat);
      expect(line.result?.nilai).toEqual(exact.nilai);
    }
    const accepted = oneByOne.filter((l) => l.ok).length;
    expect(summary.summary).toMatchObject({
      total: 2000,
      accepted,
      rejected: 2000 - accepted,
      complete: true,
    });
    expect(accepted).toBeGreaterThan(1800);
    expect(accepted).toBeLessThan(2000);
  });

  it('a JSON array in gives a JSON document out with the same results', async () => {
    const r = await call(base, '/v1/evaluate-batch', {
      body: chunked(Buffer.from(JSON.stringify(rows.slice(0, 300), null, 1)), [997, 13]),
    });
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const json = r.json as { results: unknown[]; summary: { total: number; complete: boolean } };
    expect(json.results).toEqual(oneByOne.slice(0, 300));
    expect(json.summary).toMatchObject({ total: 300, complete: true });
  });

  it('Accept chooses the output: NDJSON for a JSON array, JSON for NDJSON', async () => {
    const body = JSON.stringify(rows.slice(0, 5));
    const a = await call(base, '/v1/evaluate-batch', {
      headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' },
      body,
    });
    expect(lines(a.text).slice(0, 5)).toEqual(oneByOne.slice(0, 5));
    const b = await call(base, '/v1/evaluate-batch', {
      headers: { 'content-type': 'application/x-ndjson', accept: 'application/json' },
      body: rows
        .slice(0, 5)
        .map((x) => JSON.stringify(x))
        .join('\n'),
    });
    expect((b.json as { results: unknown[] }).results).toEqual(oneByOne.slice(0, 5));
  });

  it('?lang= adds the explanation per line; ?trace=1 the steps', async () => {
    const r = await call(base, '/v1/evaluate-batch?lang=en&trace=1', {
      headers: { 'content-type': 'application/x-ndjson' },
      body: JSON.stringify(rows[10]),
    });
    const [line] = lines(r.text) as [{ result: { explanation: string; trace: unknown } }];
    const exact = evaluate(rows[10], { ...evalOpts, trace: true });
    expect(line.result.explanation).toBe(formatTrace(exact, { locale: 'en' }));
    expect(line.result.trace).toEqual(roundTrip(exact.trace));
  });

  it('every line is accounted for: bad JSON, bad UTF-8, too large, forbidden keys, blank lines, CRLF', async () => {
    const good = JSON.stringify(rows[7]);
    const body = Buffer.concat([
      Buffer.from(`${good}\r\n\n{"pegawai":\n   \n`),
      Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d, 0x0a]),
      Buffer.from(`{"catatan":"${'x'.repeat(20_000)}"}\n{"__proto__":{"a":1}}\n[1]\n${good}`),
    ]);
    const r = await call(base, '/v1/evaluate-batch', {
      headers: { 'content-type': 'application/x-ndjson' },
      body: chunked(body, [5, 11]),
    });
    const out = lines(r.text);
    expect(
      out.map((l) => [l.index, l.ok, (l.issues as { code: string }[] | undefined)?.[0]?.code]),
    ).toEqual([
      [0, true, undefined],
      [1, false, 'INVALID_JSON'],
      [2, false, 'INVALID_ENCODING'],
      [3, false, 'ITEM_TOO_LARGE'],
      [4, false, 'FORBIDDEN_KEY'],
      [5, false, 'NOT_AN_OBJECT'],
      [6, true, undefined],
      [undefined, undefined, undefined],
    ]);
    expect(out.at(-1)).toMatchObject({
      summary: { total: 7, accepted: 2, rejected: 5, complete: true },
    });
  });

  it('JSON array edge cases: empty, empty slot, strings with brackets, truncated body', async () => {
    const post = (body: string) =>
      call(base, '/v1/evaluate-batch', {
        headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' },
        body,
      });
    expect(lines((await post(' [ ] ')).text)).toEqual([
      { summary: expect.objectContaining({ total: 0, complete: true }) },
    ]);
    const tricky = { ...rows[7], catatan: 'kurung ] dan { kurawal, koma "kutip" \\ garis' };
    const out = lines((await post(`[${JSON.stringify(tricky)},,${JSON.stringify(rows[8])}]`)).text);
    expect(out.map((l) => [l.index, l.ok])).toEqual([
      [0, true],
      [1, false],
      [2, oneByOne[8]?.ok],
      [undefined, undefined],
    ]);
    const truncated = await post(
      `[${JSON.stringify(rows[7])},${JSON.stringify(rows[8]).slice(0, 50)}`,
    );
    expect(truncated.status).toBe(200);
    const t = lines(truncated.text);
    expect(t[0]).toEqual(oneByOne[7] && { ...oneByOne[7], index: 0 });
    expect(t.slice(1)).toEqual([
      {
        error: {
          code: 'INPUT_TRUNCATED',
          message: expect.objectContaining({ en: expect.stringMatching(/truncated/) }),
        },
      },
      { summary: expect.objectContaining({ total: 1, complete: false }) },
    ]);
    const trailing = lines((await post(`[${JSON.stringify(rows[7])}] x`)).text);
    expect(trailing.at(-2)).toMatchObject({ error: { code: 'INVALID_JSON' } });
  });

  it('a client that stops sending mid-batch gets the results so far, a timeout line and an incomplete summary', async () => {
    const r = await raw(port, {
      path: '/v1/evaluate-batch',
      headers: { 'content-type': 'application/x-ndjson', 'transfer-encoding': 'chunked' },
      parts: [`${JSON.stringify(rows[7])}\n${JSON.stringify(rows[8])}\n{"pegawai":`],
      end: false,
    });
    const out = lines(r.body);
    expect(out.slice(0, 2)).toEqual([
      oneByOne[7] && { ...oneByOne[7], index: 0 },
      oneByOne[8] && { ...oneByOne[8], index: 1 },
    ]);
    expect(out.slice(2)).toEqual([
      { error: { code: 'REQUEST_TIMEOUT', message: expect.any(Object) } },
      { summary: expect.objectContaining({ total: 2, complete: false }) },
    ]);
  });

  it('a batch over the total limit is refused up front when announced (413)', async () => {
    const s = createServer({ maxBatchBytes: 1000 });
    const { port: p } = await s.listen(0, '127.0.0.1');
    try {
      const r = await call(`http://127.0.0.1:${p}`, '/v1/evaluate-batch', {
        headers: { 'content-type': 'application/x-ndjson' },
        body: ndjson.subarray(0, 5000),
      });
      expect(r.status).toBe(413);
      expect(r.json).toMatchObject({ error: { code: 'BODY_TOO_LARGE' } });
    } finally {
      await s.close();
    }
  });
});

describe('concurrency', () => {
  it('parallel single and batch requests all get their own, correct answers', async () => {
    const rows = generateAppraisals(400, 7);
    const singles = rows.slice(0, 40).map(async (row) => {
      const r = await call(base, '/v1/evaluate?trace=0', { body: JSON.stringify(row) });
      const exact = evaluate(row, evalOpts);
      expect(r.status).toBe(exact.ok ? 200 : 422);
      expect((r.json as { predikat?: unknown }).predikat).toEqual(exact.predikat);
    });
    const batches = [0, 1, 2].map(async (k) => {
      const part = rows.slice(k * 120, k * 120 + 120);
      const r = await call(base, '/v1/evaluate-batch', {
        headers: { 'content-type': 'application/x-ndjson' },
        body: chunked(Buffer.from(part.map((x) => JSON.stringify(x)).join('\n')), [512]),
      });
      const out = lines(r.text);
      expect(out).toHaveLength(121);
      part.forEach((row, i) => {
        expect(out[i]).toMatchObject({ index: i, ok: evaluate(row, evalOpts).ok });
        expect((out[i] as { result?: { predikat?: unknown } }).result?.predikat).toEqual(
          evaluate(row, evalOpts).predikat,
        );
      });
    });
    await Promise.all([...singles, ...batches]);
  });
});

describe('POST /v1/calibration/check', () => {
  const team = JSON.parse(sample('calibration-check.json').toString()) as Record<string, unknown>;

  it('answers the core checkDistribution for the unit (advisory: ok with warnings)', async () => {
    const r = await call(base, '/v1/calibration/check', { body: JSON.stringify(team) });
    expect(r.status).toBe(200);
    const ref = checkDistribution(team.team, 'BAIK');
    expect(r.json).toMatchObject({ ok: true, unit: team.unit, check: roundTrip(ref.check) });
  });

  it('counts instead of members; enforce turns violations into ok: false', async () => {
    const counts = { SANGAT_BAIK: 3, BAIK: 7 };
    const r = await call(base, '/v1/calibration/check', {
      body: JSON.stringify({ predikatOrganisasi: 'BAIK', counts, enforce: true }),
    });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      ok: false,
      check: roundTrip(checkDistribution(counts, 'BAIK', { enforce: true }).check),
    });
  });

  it.each([
    ['both team and counts', { predikatOrganisasi: 'BAIK', team: [], counts: {} }, 'team'],
    ['neither', { predikatOrganisasi: 'BAIK' }, 'team'],
    ['an unknown key', { predikatOrganisasi: 'BAIK', counts: {}, tim: [] }, ''],
  ])('422 for an invalid request: %s', async (_name, body, field) => {
    const r = await call(base, '/v1/calibration/check', { body: JSON.stringify(body) });
    expect(r.status).toBe(422);
    expect(r.json).toMatchObject({
      error: { code: 'VALIDATION_FAILED' },
      issues: [expect.objectContaining({ field })],
    });
  });

  it('422 with the core issues for an invalid member or organisation predikat', async () => {
    const r = await call(base, '/v1/calibration/check', {
      body: JSON.stringify({
        predikatOrganisasi: 'ISTIMEWA',
        team: [{ nip: 'A', predikat: 'LUAR_BIASA' }],
      }),
    });
    expect(r.status).toBe(422);
    const ref = checkDistribution([{ nip: 'A', predikat: 'LUAR_BIASA' }], 'ISTIMEWA');
    expect((r.json as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual(
      ref.issues.map((i) => i.code),
    );
  });
});

describe('agency ruleset file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-ruleset-'));
  const write = (name: string, data: unknown) => {
    const f = join(dir, name);
    writeFileSync(f, typeof data === 'string' ? data : JSON.stringify(data));
    return f;
  };
  const ext = JSON.parse(readFileSync(rulesetFile, 'utf8')) as Record<string, unknown>;
  const codesOf = (f: string) => {
    try {
      createServer({ rulesetFiles: [f] });
    } catch (e) {
      expect(e).toBeInstanceOf(RulesetError);
      return (e as RulesetError).issues.map((i) => i.code);
    }
    return [];
  };

  it('a complete serialised ruleset (GET /v1/rulesets/:id) loads with loadRuleset, same results', async () => {
    const f = write('pinned.json', serializeRuleset(agency));
    const s = createServer({ rulesetFiles: [f] });
    const pinned = s.agencyRulesets[0] as Ruleset;
    expect(JSON.parse(serializeRuleset(pinned))).toEqual(JSON.parse(serializeRuleset(agency)));
    const row = JSON.parse(sample('evaluate.json').toString()) as unknown;
    expect(evaluate(row, { rulesets: [pinned] })).toEqual(evaluate(row, evalOpts));
  });

  it('an invalid file refuses to start, with the core issues', () => {
    const params = ext.params as { saranHasilKerja: { value: Record<string, unknown> } };
    const bad = {
      ...ext,
      params: {
        saranHasilKerja: {
          ...params.saranHasilKerja,
          value: { ...params.saranHasilKerja.value, diAtasRataRataMin: 100 },
        },
      },
    };
    expect(codesOf(write('number.json', bad))).toEqual(['SHAPE_MISMATCH']);
    const words = {
      ...ext,
      params: {
        saranHasilKerja: {
          ...params.saranHasilKerja,
          value: { ...params.saranHasilKerja.value, diAtasRataRataMin: 'seratus' },
        },
      },
    };
    expect(codesOf(write('words.json', words))).toEqual(['NOT_DECIMAL']);
    expect(
      codesOf(write('unknown.json', { ...ext, params: { bobotRahasia: { value: 1 } } })),
    ).toEqual(['UNKNOWN_PARAM']);
    expect(codesOf(write('base.json', { ...ext, extends: 'pp-99-2030' }))).toEqual([
      'INVALID_VALUE',
    ]);
    expect(
      codesOf(
        write(
          'proto.json',
          '{"extends":"permenpanrb-6-2022","id":"x-2025","agency":"X","__proto__":{"y":1}}',
        ),
      ),
    ).toEqual(['FORBIDDEN_KEY']);
    expect(codesOf(write('broken.json', '{"extends":'))).toEqual(['INVALID_JSON']);
  });
});

describe('lifecycle', () => {
  it('logs one structured entry per request (off unless asked)', async () => {
    await call(base, '/healthz', { headers: { 'x-request-id': 'log-me' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(logs.find((e) => e.requestId === 'log-me')).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'GET',
      path: '/healthz',
      status: 200,
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('close() lets a batch in flight finish, refuses new connections, then resolves', async () => {
    const s = createServer();
    const { port: p } = await s.listen(0, '127.0.0.1');
    const rows = generateAppraisals(30, 3);
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent === 15) await gate;
        if (sent === rows.length) return controller.close();
        controller.enqueue(new TextEncoder().encode(`${JSON.stringify(rows[sent++])}\n`));
      },
    });
    // The response headers arrive with the first result line: the request is being served.
    const res = await fetch(`http://127.0.0.1:${p}/v1/evaluate-batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(200);
    const closed = s.close();
    await expect(call(`http://127.0.0.1:${p}`, '/healthz')).rejects.toThrow();
    release();
    const r = { text: await res.text() };
    await closed;
    expect(lines(r.text).at(-1)).toMatchObject({ summary: { total: 30, complete: true } });
  });

  it('503 for a request that arrives on an open connection during the shutdown', async () => {
    const s = createServer();
    const { port: p } = await s.listen(0, '127.0.0.1');
    const sock = connect(p, '127.0.0.1');
    let data = '';
    sock.on('data', (d: Buffer) => {
      data += d.toString();
    });
    const row = `${JSON.stringify(generateAppraisals(1, 5)[0])}\n`;
    const chunk = (t: string) => `${Buffer.byteLength(t).toString(16)}\r\n${t}\r\n`;
    sock.write(
      `POST /v1/evaluate-batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n${chunk(row)}`,
    );
    while (!data.includes('"index":0')) await new Promise((r) => setTimeout(r, 5));
    const closed = s.close();
    // The batch finishes; the next request pipelined on the same connection is refused.
    sock.write(`${chunk(row)}0\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n`);
    await closed;
    while (!data.includes('SHUTTING_DOWN')) await new Promise((r) => setTimeout(r, 5));
    sock.destroy();
    expect(data).toMatch(/"summary":\{"total":2,[^\n]*"complete":true\}/);
    const second = data.slice(data.indexOf('HTTP/1.1 503'));
    expect(second).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\n/);
    expect(second).toMatch(/\r\nretry-after: 1\r\n/);
    expect(second).toMatch(/\r\nconnection: close\r\n/);
    expect(JSON.parse(second.slice(second.indexOf('\r\n\r\n') + 4))).toMatchObject({
      error: {
        code: 'SHUTTING_DOWN',
        status: 503,
        message: { id: expect.any(String), en: expect.any(String) },
      },
    });
  });

  it('SIGTERM stops the CLI gracefully (exit 0) after it served a request', async () => {
    const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
    const child = spawn(tsx, ['--tsconfig', '../tsconfig.json', 'src/main.ts'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const listening = new Promise<number>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /"msg":"listening".*?"port":(\d+)/.exec(stderr);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    const p = await listening;
    const r = await call(`http://127.0.0.1:${p}`, '/healthz');
    expect(r.json).toMatchObject({
      status: 'ok',
      rulesets: expect.arrayContaining(['pemkab-contoh-2025']),
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/"msg":"shutting down"/);
    expect(stderr).toMatch(/"address":"127\.0\.0\.1"/);
  }, 20_000);
});

function fieldOf(path: readonly (string | number)[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? p : `.${p}`;
  return s;
}
