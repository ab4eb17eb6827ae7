import { rmSync, writeSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFsError, fail } from './errors.js';

/**
 * Part files: an output is written beside its destination under a hidden name and renamed into
 * place once complete, so a destination is either the whole file or untouched. This module
 * also removes the part files still being written when the process is interrupted (Ctrl-C,
 * `kill`): a cancelled run used to leave a hidden `.hasil.csv.<pid>.part` behind, hundreds of
 * megabytes on a national file. After removing them, the signal takes its usual course (the
 * process ends by it) unless the program has listeners of its own.
 */

const parts = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type Signal = (typeof SIGNALS)[number];

function onSignal(signal: Signal): void {
  for (const p of parts) rmSync(p, { force: true, recursive: true });
  parts.clear();
  unlisten();
  if (process.listenerCount(signal) > 0) return;
  try {
    process.kill(process.pid, signal);
  } catch {
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  }
}

const handlers = new Map<Signal, () => void>(SIGNALS.map((s) => [s, () => onSignal(s)]));

function listen(): void {
  for (const [s, h] of handlers) process.on(s, h);
}

function unlisten(): void {
  for (const [s, h] of handlers) process.removeListener(s, h);
}

/**
 * The part file of `dest`: hidden, beside it (so the rename stays on one file system), named
 * with the process id (two runs writing the same destination do not share one).
 *
 * @example
 * ```ts
 * partOf('/data/hasil.csv'); // '/data/.hasil.csv.<pid>.part'
 * ```
 */
export function partOf(dest: string): string {
  return join(dirname(dest), `.${basename(dest)}.${process.pid}.part`);
}

/**
 * Marks a part file as being written: it is removed if the process is interrupted before
 * {@link releasePart}.
 *
 * @example
 * ```ts
 * holdPart(part); writeFileSync(part, text); renameSync(part, dest); releasePart(part);
 * ```
 */
export function holdPart(path: string): void {
  if (parts.size === 0) listen();
  parts.add(path);
}

/** The part file is renamed or removed: no longer the signal handler's to remove. */
export function releasePart(path: string): void {
  if (!parts.delete(path)) return;
  if (parts.size === 0) unlisten();
}

/**
 * Writes `dest` through its part file: creates its directory, refuses a directory in its
 * place (`cannot write <shown>: is a directory`) before anything is written, calls `write`
 * with the part file's path, and renames the part into place once `write` is done — or removes
 * it when `write` (or the rename) fails, and rethrows. Nested calls write several files that
 * appear together: the inner one is renamed first.
 *
 * @example
 * ```ts
 * await withPart('/data/hasil.csv', 'hasil.csv', (part) => writeFile(part, text));
 * ```
 */
export async function withPart<T>(
  dest: string,
  shown: string,
  write: (part: string) => Promise<T>,
): Promise<T> {
  await mkdir(dirname(dest), { recursive: true });
  if ((await stat(dest).catch(() => undefined))?.isDirectory()) {
    fail(`cannot write ${describeFsError(shown, { code: 'EISDIR' })}`);
  }
  const part = partOf(dest);
  holdPart(part);
  try {
    const result = await write(part);
    await rename(part, dest);
    return result;
  } catch (e) {
    await rm(part, { force: true });
    throw e;
  } finally {
    releasePart(part);
  }
}

/**
 * Writes text or bytes whole at a file descriptor's position (a write may take fewer bytes
 * than given); returns the bytes written.
 *
 * @example
 * ```ts
 * writeAll(fd, Buffer.from('nip,nama\r\n'));
 * ```
 */
export function writeAll(fd: number, data: string | Uint8Array): number {
  // Text is written by one call (encoded as it goes; a file takes it whole).
  if (typeof data === 'string') return writeSync(fd, data);
  let done = 0;
  while (done < data.length) done += writeSync(fd, data, done, data.length - done);
  return done;
}
