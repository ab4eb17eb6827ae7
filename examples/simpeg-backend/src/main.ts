/**
 * Starts the service from the command line.
 *
 *   pnpm --filter @kinerja/example-simpeg-backend start
 *
 * Environment:
 * - `HOST` (default `127.0.0.1`: loopback only; put a reverse proxy with TLS and authentication
 *   in front, or set `0.0.0.0` deliberately), `PORT` (default 8080);
 * - `KINERJA_RULESET_FILES`: agency ruleset files, separated by `,` (default: the example
 *   `ruleset/pemkab-contoh.json`; set it to an empty string for the national rulesets only);
 * - `KINERJA_LOG=off` silences the JSON log lines on stderr.
 *
 * SIGTERM and SIGINT shut down gracefully (requests in flight finish, new ones get 503).
 */
import { fileURLToPath } from 'node:url';
import { RulesetError } from '@kinerja/core';
import { describeIssues } from './ruleset.js';
import { createServer } from './server.js';

const defaultRuleset = fileURLToPath(new URL('../ruleset/pemkab-contoh.json', import.meta.url));
const files = (process.env.KINERJA_RULESET_FILES ?? defaultRuleset)
  .split(',')
  .map((f) => f.trim())
  .filter((f) => f !== '');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

let service: ReturnType<typeof createServer>;
try {
  service = createServer({ rulesetFiles: files, log: process.env.KINERJA_LOG !== 'off' });
} catch (e) {
  if (!(e instanceof RulesetError)) throw e;
  process.stderr.write(`Agency ruleset is invalid; not starting.\n${describeIssues(e.issues)}\n`);
  process.exit(1);
}
await service.listen(port, host);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    service.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
