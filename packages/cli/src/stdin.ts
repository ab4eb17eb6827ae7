import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fail } from './errors.js';
import type { CliIo } from './io.js';
import { holdPart, releasePart } from './parts.js';

/**
 * `-` as an input file is the standard input (`curl … | kinerja score - --from json`, or a
 * SIMPEG in PHP writing its JSON into the process). The input is copied to a temporary file
 * as it arrives (memory stays flat whatever its size) and read from there like any file —
 * streamed, on worker threads, with its rows numbered as in a file — while every message,
 * rejection and result names it `-`. The copy is removed when the command ends, or is
 * interrupted.
 */
export const STDIN = '-';

/** Where each input named differently from its path lives (`-`: the copy of the standard input). */
const aliases = new Map<string, string>();

/**
 * The path of an input file as named on the command line (`-`: the copy of the standard input).
 *
 * @example
 * ```ts
 * inputPath('/data', 'pegawai.csv'); // '/data/pegawai.csv'
 * ```
 */
export function inputPath(cwd: string, file: string): string {
  return aliases.get(file) ?? resolve(cwd, file);
}

/**
 * Copies the standard input to a temporary file and makes `-` name it until the returned
 * function is called (it removes the copy).
 *
 * @example
 * ```ts
 * const done = await spoolStdin(io);
 * try { await run(); } finally { await done(); }
 * ```
 */
export async function spoolStdin(io: CliIo): Promise<() => Promise<void>> {
  const input = io.stdin;
  if (input === undefined) {
    fail('- (standard input) is not available here: pass a file (masukan standar tidak tersedia)');
  }
  const dir = await mkdtemp(join(tmpdir(), 'kinerja-stdin-'));
  holdPart(dir);
  const path = join(dir, 'stdin');
  try {
    await pipeline(input, createWriteStream(path));
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    releasePart(dir);
    fail(`- (standard input): cannot read it (${(e as Error).message.split('\n')[0]})`);
  }
  aliases.set(STDIN, path);
  return async () => {
    aliases.delete(STDIN);
    await rm(dir, { recursive: true, force: true });
    releasePart(dir);
  };
}
