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

const encoder = new TextEncoder();

/**
 * The output with its results text as UTF-8 bytes, whose buffer moves to the main thread: a
 * posted string is copied (and, built piece by piece, first flattened), then encoded again when
 * the main thread writes it; bytes are encoded once, here, and written as they are.
 */
function asBytes(out: ChunkOutput): { value: ChunkOutput; transfer: ArrayBuffer[] } {
  const r = out.results;
  if (r === undefined) return { value: out, transfer: [] };
  const text = r.format === 'json' ? r.text : r.body;
  if (typeof text !== 'string' || text === '') return { value: out, transfer: [] };
  const bytes = encoder.encode(text);
  const results = r.format === 'json' ? { ...r, text: bytes } : { ...r, body: bytes };
  return { value: { ...out, results }, transfer: [bytes.buffer as ArrayBuffer] };
}

port.on('message', (m: { id: number; job: ChunkJob }) => {
  let reply: WorkerReply<ChunkOutput>;
  let transfer: ArrayBuffer[] = [];
  try {
    const out = asBytes(scoreChunk(m.job, ruleset, setup.results));
    transfer = out.transfer;
    reply = { id: m.id, ok: true, value: out.value };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    reply = { id: m.id, ok: false, message: message.split('\n')[0] ?? '' };
  }
  port.postMessage(reply, transfer);
});
