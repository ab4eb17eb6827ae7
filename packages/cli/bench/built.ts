import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built CLI's module entry (`pnpm build`), which the `score-dist` task imports. */
export const DIST_INDEX = new URL('../dist/index.js', import.meta.url).href;

/**
 * How the suites run `kinerja score`: through the built CLI when there is one (`pnpm build`),
 * in a plain Node process (dist-child.mjs) whose threads run dist/workers/worker.js, else
 * through the sources, where each worker thread first loads tsx (seconds of start-up and about
 * 100 MB per thread, which hides the speed-up and inflates the peak memory of `--workers` runs).
 */
export const BUILT = existsSync(fileURLToPath(DIST_INDEX));

/** The bench/child.ts task that runs `kinerja score`. */
export const SCORE_TASK = BUILT ? 'score-dist' : 'score';

/** Where `kinerja score` comes from, for the suite names. */
export const SCORE_FROM = BUILT ? 'built CLI' : 'sources';
