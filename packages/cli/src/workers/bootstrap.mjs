// Starts the scoring worker from the TypeScript sources (tests, `pnpm demo`, `tsx src/bin.ts`):
// registers tsx in this thread, with the monorepo's path mapping so that @kinerja/* resolve to
// their sources as in the main thread, then loads worker.ts. The published build runs
// dist/workers/bin-worker.js (the binary) or dist/workers/worker.js (the library entry)
// directly and never loads this file.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({
  tsconfig:
    process.env.TSX_TSCONFIG_PATH ??
    fileURLToPath(new URL('../../../../tsconfig.base.json', import.meta.url)),
});
await import('./worker.ts');
