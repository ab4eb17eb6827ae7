/**
 * Entry of the scoring worker threads, built twice: `dist/workers/bin-worker.js` for the `kinerja`
 * binary (the Kinerja packages and zod bundled in) and `dist/workers/worker.js` for the library
 * entry (importing them); from the sources it is loaded by bootstrap.mjs. Each job is a chunk of records; the reply is its compact, pre-serialised output
 * or a one-line error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  type ChunkJob,
  type ChunkOutput,
  type ChunkSetup,
  rulesetOf,
  scoreChunk,
} from './chunk.js';
import type { WorkerReply } from './pool.js';

const port = parentPort;
if (!port) throw new Error('this module runs as a worker thread of the kinerja CLI');
const setup = workerData as ChunkSetup;
const ruleset = rulesetOf(setup.ruleset);

port.on('message', (m: { id: number; job: ChunkJob }) => {
  let reply: WorkerReply<ChunkOutput>;
  try {
    reply = { id: m.id, ok: true, value: scoreChunk(m.job, ruleset, setup.results) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    reply = { id: m.id, ok: false, message: message.split('\n')[0] ?? '' };
  }
  port.postMessage(reply);
});
