/** The sample requests of requests/ and what the service answers (pinned in expected-output.json). */
import { call, sample } from './client.js';

const ID = { 'x-request-id': 'contoh-1' };
const JSON_HEADERS = { ...ID, 'content-type': 'application/json' };

export async function sampleResponses(base: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const keep = async (
    name: string,
    p: Promise<{ status: number; json: unknown; text: string }>,
  ) => {
    const r = await p;
    out[name] = {
      status: r.status,
      body:
        r.json ??
        r.text
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l) as unknown),
    };
  };
  await keep(
    'POST /v1/evaluate?lang=id (requests/evaluate.json)',
    call(base, '/v1/evaluate?lang=id', { headers: JSON_HEADERS, body: sample('evaluate.json') }),
  );
  await keep(
    'POST /v1/evaluate (requests/evaluate-invalid.json)',
    call(base, '/v1/evaluate?trace=0', {
      headers: JSON_HEADERS,
      body: sample('evaluate-invalid.json'),
    }),
  );
  await keep(
    'POST /v1/evaluate-batch (requests/batch.ndjson)',
    call(base, '/v1/evaluate-batch', {
      headers: { ...ID, 'content-type': 'application/x-ndjson' },
      body: sample('batch.ndjson'),
    }),
  );
  await keep(
    'POST /v1/calibration/check (requests/calibration-check.json)',
    call(base, '/v1/calibration/check', {
      headers: JSON_HEADERS,
      body: sample('calibration-check.json'),
    }),
  );
  await keep('GET /v1/rulesets', call(base, '/v1/rulesets', { headers: ID }));
  return out;
}
