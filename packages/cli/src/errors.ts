/**
 * A problem with the command line or an input file (exit code 2). Its message is one line,
 * shown without a stack trace.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode = 2;

  /** `message` on one line (a line break and the spaces around it become a space). */
  constructor(message: string) {
    super(message.replace(/\s*\n\s*/g, ' '));
  }
}

/** Throws a {@link CliError} (usage or bad input). */
export function fail(message: string): never {
  throw new CliError(message);
}

/** A one-line description of a file-system error (`ENOENT` → "no such file"). */
export function describeFsError(file: string, e: unknown): string {
  const code = (e as { code?: unknown }).code;
  const why =
    code === 'ENOENT'
      ? 'no such file (berkas tidak ditemukan)'
      : code === 'EISDIR'
        ? 'is a directory, not a file (berupa direktori)'
        : code === 'EACCES'
          ? 'permission denied (akses ditolak)'
          : String((e as Error).message ?? e).split('\n')[0];
  return `${file}: ${why}`;
}

/**
 * Ends a failed file operation: a {@link CliError} thrown inside it (already one line) goes on
 * as it is, any other error becomes the one-line {@link describeFsError} of `file`, after
 * `prefix` (`'cannot write '`, `'--ruleset '`).
 *
 * @example
 * ```ts
 * try { text = await readFile(path, 'utf8'); } catch (e) { failFs('pegawai.csv', e); }
 * ```
 */
export function failFs(file: string, e: unknown, prefix = ''): never {
  if (e instanceof CliError) throw e;
  fail(`${prefix}${describeFsError(file, e)}`);
}
