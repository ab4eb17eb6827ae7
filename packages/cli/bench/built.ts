import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { currentHeapFacts, heapRelaunchFlags } from '../src/heap.js';

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

/**
 * The node options the `kinerja` binary would start `kinerja score <args…>` with on this machine
 * (its relaunch for large inputs, heap.ts: a larger heap and, when the threads fill the cores,
 * `--single-threaded-gc`). The suites' `kinerja score` entries run main() in a child of their
 * own, which the binary's launcher does not start; given these options, they run as the binary
 * would, and the report states them.
 */
export function scoreNodeFlags(args: readonly string[]): string[] {
  return heapRelaunchFlags(currentHeapFacts(['score', ...args])) ?? [];
}
