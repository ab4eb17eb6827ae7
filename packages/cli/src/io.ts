/** Where the CLI writes and which directory relative paths start from. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Directory that relative file arguments are resolved against. */
  readonly cwd: string;
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
