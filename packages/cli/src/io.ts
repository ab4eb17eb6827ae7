/** Where the CLI writes and which directory relative paths start from. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Directory that relative file arguments are resolved against. */
  readonly cwd: string;
  /** What `-` as an input file reads (the binary passes `process.stdin`); none when absent. */
  readonly stdin?: AsyncIterable<Uint8Array | string> | NodeJS.ReadableStream;
}

/** The part of a stream the CLI uses (a `process.stdout` or a test buffer). */
export interface OutputStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/**
 * A buffer that captures what the CLI writes, for tests and for embedding.
 *
 * @example
 * ```ts
 * const out = captureStream();
 * await main(['schema'], { stdout: out, stderr: captureStream(), cwd: process.cwd() });
 * JSON.parse(out.text());
 * ```
 */
export function captureStream(isTTY = false): OutputStream & { text(): string } {
  const chunks: string[] = [];
  return {
    isTTY,
    write(chunk: string) {
      chunks.push(chunk);
      return true;
    },
    text: () => chunks.join(''),
  };
}

/**
 * Lets the CLI finish when the reader of its output goes away (`kinerja score … | head -3`):
 * without it the first write after `head` exits raises `EPIPE` as an unhandled `'error'` event
 * and the process dies with a stack trace, in the middle of the run — possibly before the
 * results file named by `--out` is complete. With it, writes to the closed pipe are dropped and
 * the command runs to its end and exits with its own status; any other error of the stream
 * is thrown as before.
 *
 * @example
 * ```ts
 * quietOnClosedPipe(process.stdout);
 * ```
 */
export function quietOnClosedPipe(stream: NodeJS.EventEmitter): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
    throw e;
  });
}
