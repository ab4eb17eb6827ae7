import { Worker } from 'node:worker_threads';

/**
 * A small pool of worker threads, each holding up to {@link JOBS_PER_THREAD} jobs (it runs one
 * at a time), started lazily (never more threads than jobs), with every failure turned into a rejected job and every thread terminated
 * on {@link WorkerPool.close}, on the first failure and on SIGINT.
 */

/** Messages a pool worker sends back. */
export type WorkerReply<R> =
  | { readonly id: number; readonly ok: true; readonly value: R }
  | { readonly id: number; readonly ok: false; readonly message: string };

/**
 * Set by the build of the `kinerja` binary (tsup's `define`): the file name of its own worker,
 * `bin-worker.js`, which like the binary carries the Kinerja packages and zod bundled in (one
 * module to load per thread instead of some hundred). Undefined in the library build and from
 * the sources.
 */
declare const __KINERJA_WORKER__: string | undefined;

/**
 * The worker file of this build: the binary's own (see `__KINERJA_WORKER__`), else
 * `worker.js`, which imports `@kinerja/core` and `@kinerja/adapters` as the library entry
 * does, so that a program embedding the CLI scores on its threads with the same packages as in
 * its main thread.
 */
const WORKER_FILE = typeof __KINERJA_WORKER__ === 'string' ? __KINERJA_WORKER__ : 'worker.js';

/**
 * The worker entry of this build: from the TypeScript sources (tests, `pnpm demo`, tsx) a small
 * JavaScript bootstrap that registers tsx in the thread; from the published build the worker in
 * `dist/workers/` next to the bundled module that runs this code: `bin-worker.js` for the
 * `kinerja` binary (`dist/bin.js` and its chunks), `worker.js` for the library entry
 * (`dist/index.js`, `dist/index.cjs`).
 *
 * @example
 * ```ts
 * workerEntry('file:///app/node_modules/@kinerja/cli/dist/index.js').href;
 * // 'file:///app/node_modules/@kinerja/cli/dist/workers/worker.js'
 * ```
 */
export function workerEntry(moduleUrl: string = import.meta.url, file = WORKER_FILE): URL {
  return moduleUrl.endsWith('.ts')
    ? new URL('./bootstrap.mjs', moduleUrl)
    : new URL(`./workers/${file}`, moduleUrl);
}

/**
 * Young generation of each thread's heap, in MB. Parsing and scoring allocate many short-lived
 * objects, and every scavenge copies what is still alive: the records of the chunk in hand
 * (`CHUNK_RECORDS` of them, in split.ts). With chunks of 1,000 records 48 MB was best (8 MB
 * and 16 MB were slower, 128 MB 3–5 % faster but peaking at about 610 MB instead of 430 MB on
 * 300,000 rows); with chunks of 250, 24 MB is as fast as 32 MB and 48 MB or faster (200,000
 * rows on 2 threads, six alternated runs each: 2.36–2.79 s against 2.58–2.83 s and 2.46–3.29
 * s) and peaks lowest (about 208 MB against 240 MB and 225–242 MB). Each thread's young
 * generation adds to the peak memory of the run (docs/performance.md).
 * `KINERJA_WORKER_YOUNG_MB` overrides it.
 */
export const YOUNG_GENERATION_MB = 24;

/** {@link YOUNG_GENERATION_MB}, or `KINERJA_WORKER_YOUNG_MB` when set to a whole number ≥ 8. */
export function youngGenerationMb(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.KINERJA_WORKER_YOUNG_MB;
  return v !== undefined && /^\d+$/.test(v) && Number(v) >= 8 ? Number(v) : YOUNG_GENERATION_MB;
}

interface Pending<R> {
  readonly id: number;
  readonly job: unknown;
  readonly transfer: readonly ArrayBuffer[] | undefined;
  resolve(value: R): void;
  reject(error: Error): void;
}

interface Slot {
  readonly worker: Worker;
  /** Jobs posted to the thread and not yet answered. */
  pending: number;
}

/**
 * Jobs a thread holds at once: the one it runs and the next, already in its message queue, so
 * it goes on to the next as soon as it posts a reply instead of waiting for the main thread —
 * which shares the cores with the threads — to take the reply and post another (on 2 cores,
 * one job per thread left each thread idle 10–16 % of a 200,000-row run; see
 * `CHUNKS_PER_THREAD` in parallel.ts).
 */
export const JOBS_PER_THREAD = 2;

/** A pool of `size` worker threads running `entry` with `workerData`. */
export class WorkerPool<J, R> {
  readonly #size: number;
  readonly #entry: URL;
  readonly #data: unknown;
  readonly #slots: Slot[] = [];
  readonly #queue: Pending<R>[] = [];
  readonly #running = new Map<number, Pending<R>>();
  #nextId = 1;
  #failure: Error | undefined;
  #closed = false;
  readonly #onSigint = () => {
    void this.close();
    process.kill(process.pid, 'SIGINT');
  };

  constructor(size: number, entry: URL, workerData: unknown) {
    this.#size = Math.max(1, size);
    this.#entry = entry;
    this.#data = workerData;
    process.once('SIGINT', this.#onSigint);
  }

  /** Threads started so far. */
  get started(): number {
    return this.#slots.length;
  }

  /**
   * Runs a job on the next free thread; rejects when the job or any thread fails. The buffers
   * in `transfer` move to the thread with the job (they are unusable here afterwards).
   */
  run(job: J, transfer?: readonly ArrayBuffer[]): Promise<R> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#closed) return Promise.reject(new Error('worker pool is closed'));
    return new Promise<R>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, job, transfer, resolve, reject });
      this.#dispatch();
    });
  }

  /**
   * Posts queued jobs: to an idle thread, else to a new thread while fewer than the pool's size
   * run, else to the thread with the fewest jobs if it holds fewer than {@link JOBS_PER_THREAD}.
   */
  #dispatch(): void {
    while (this.#queue.length > 0) {
      let slot: Slot | undefined;
      for (const s of this.#slots) if (slot === undefined || s.pending < slot.pending) slot = s;
      if ((slot === undefined || slot.pending > 0) && this.#slots.length < this.#size)
        slot = this.#spawn();
      if (slot === undefined || slot.pending >= JOBS_PER_THREAD) return;
      const p = this.#queue.shift() as Pending<R>;
      slot.pending++;
      this.#running.set(p.id, p);
      slot.worker.postMessage({ id: p.id, job: p.job }, p.transfer as ArrayBuffer[] | undefined);
    }
  }

  #spawn(): Slot {
    const worker = new Worker(this.#entry, {
      workerData: this.#data,
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb() },
    });
    const slot: Slot = { worker, pending: 0 };
    worker.on('message', (m: WorkerReply<R>) => {
      const p = this.#running.get(m.id);
      if (!p) return;
      this.#running.delete(m.id);
      slot.pending--;
      if (m.ok) p.resolve(m.value);
      else {
        const error = new Error(`worker thread failed: ${m.message}`);
        p.reject(error);
        this.#fail(error);
      }
      this.#dispatch();
    });
    worker.on('error', (e) => this.#fail(new Error(`worker thread failed: ${oneLine(e)}`)));
    worker.on('exit', (code) => {
      if (!this.#closed) this.#fail(new Error(`worker thread exited with code ${code}`));
    });
    this.#slots.push(slot);
    return slot;
  }

  /** Rejects every job and stops every thread: the first failure ends the run. */
  #fail(error: Error): void {
    if (this.#failure) return;
    this.#failure = error;
    for (const p of [...this.#running.values(), ...this.#queue]) p.reject(error);
    this.#running.clear();
    this.#queue.length = 0;
    void this.close();
  }

  /** Terminates every thread (idempotent). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    process.removeListener('SIGINT', this.#onSigint);
    const error = this.#failure ?? new Error('worker pool closed');
    for (const p of [...this.#running.values(), ...this.#queue]) p.reject(error);
    this.#running.clear();
    this.#queue.length = 0;
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }
}

function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0] ?? '';
}
