/** Test helpers: calls over loopback with fetch, and raw requests for the edge cases. */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';

export const requestsDir = new URL('../requests/', import.meta.url);
export const rulesetFile = new URL('../ruleset/pemkab-contoh.json', import.meta.url);

/** A request body fetch accepts. */
export type Body = NonNullable<RequestInit['body']>;

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: unknown;
}

export async function call(
  base: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: Body } = {},
): Promise<Reply> {
  const res = await fetch(base + path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers:
      init.headers ?? (init.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...(init.body !== undefined ? { body: init.body } : {}),
    ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** A request body streamed in chunks of the given sizes (cycled), to exercise the splitters. */
export function chunked(data: Buffer, sizes: readonly number[]): ReadableStream<Uint8Array> {
  let offset = 0;
  let k = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= data.length) {
        controller.close();
        return;
      }
      const size = sizes[k++ % sizes.length] as number;
      controller.enqueue(new Uint8Array(data.subarray(offset, offset + size)));
      offset += size;
    },
  });
}

export function sample(file: string): Buffer {
  return readFileSync(new URL(file, requestsDir));
}

/**
 * A raw request: writes the given parts (with an optional pause before ending or not ending at
 * all) and resolves with the response, for the 408/413 cases a well-behaved client never hits.
 */
export function raw(
  port: number,
  opts: {
    method?: string;
    path: string;
    headers: Record<string, string | number>;
    parts: (string | Buffer)[];
    end?: boolean;
  },
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    let done = false;
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method ?? 'POST',
        path: opts.path,
        headers: opts.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          done = true;
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
          req.destroy();
        });
      },
    );
    // The server may close while we are still writing; the response is what matters.
    req.on('error', (e) => {
      if (!done) reject(e);
    });
    for (const p of opts.parts) req.write(p);
    if (opts.end !== false) req.end();
  });
}
