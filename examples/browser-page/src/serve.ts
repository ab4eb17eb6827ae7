/**
 * A static server for the built page, with the headers a deployment should send: a strict
 * Content-Security-Policy (scripts from the page's own origin only, no `'unsafe-eval'`, no
 * connections anywhere), no MIME sniffing, no referrer.
 *
 *   pnpm --filter @kinerja/example-browser-page start   # builds, then http://127.0.0.1:8080
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPage } from './build.js';

/**
 * The Content-Security-Policy of the page.
 *
 * @example
 * ```ts no-run
 * CSP.includes("script-src 'self'"); // true
 * ```
 */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * A `node:http` server for the files of `dir` (GET and HEAD only; no directory listing, no path
 * outside `dir`). Call `listen` on it.
 *
 * @example
 * ```ts no-run
 * servePage('dist').listen(0, '127.0.0.1');
 * ```
 */
export function servePage(dir: string, opts: { csp?: boolean } = {}): Server {
  const root = normalize(dir);
  return createServer((req, res) => {
    const headers: Record<string, string> = {
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      ...(opts.csp === false ? {} : { 'content-security-policy': CSP }),
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res
        .writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' })
        .end('not found');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': String(body.length),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  await buildPage({ outdir: dist });
  const host = process.env.HOST ?? '127.0.0.1';
  const server = servePage(dist).listen(Number(process.env.PORT ?? 8080), host, () => {
    const { port } = server.address() as AddressInfo;
    console.log(`Kinerja page on http://${host}:${port}/`);
  });
  process.on('SIGTERM', () => server.close());
}
