import { VERSION } from '@kinerja/core';
import { helpText, parse } from './args.js';
import { auditCommand } from './commands/audit.js';
import { calibrate } from './commands/calibrate.js';
import { demo } from './commands/demo.js';
import { explain } from './commands/explain.js';
import { generate } from './commands/generate.js';
import { report } from './commands/report.js';
import { schema } from './commands/schema.js';
import { score } from './commands/score.js';
import type { Command } from './commands/shared.js';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';
import { STDIN, spoolStdin } from './stdin.js';
import { type InputEncoding, useInputEncoding } from './utf8.js';

const COMMANDS: readonly Command[] = [
  score,
  calibrate,
  auditCommand,
  explain,
  report,
  demo,
  generate,
  schema,
];

function usage(): string {
  const w = Math.max(...COMMANDS.map((c) => c.spec.name.length));
  return [
    'Usage: kinerja <command> [options]',
    '',
    'Kinerja: the ASN performance-appraisal rules (PP 46/2011, PermenPANRB 8/2021, PermenPANRB 6/2022,',
    "SE MenPANRB 3/2023) applied to an agency's own files, exactly and explainably.",
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.spec.name.padEnd(w)}  ${c.spec.summary}`),
    '',
    'Run `kinerja <command> --help` for the options of a command.',
    'An input file `-` is the standard input (`cat pegawai.json | kinerja score - --json`).',
    'Exit codes: 0 done, 1 findings at or above --fail-on, 2 bad input or usage.',
    '',
  ].join('\n');
}

/**
 * Runs the `kinerja` command line with `argv` (without the node and script paths) and returns
 * the exit code: 0 done, 1 findings at or above `--fail-on`, 2 bad input or usage. Problems
 * with the command line or an input file are reported as ONE line on stderr, never a stack.
 *
 * @example
 * ```ts
 * import { main } from '@kinerja/cli';
 * const code = await main(['score', 'pegawai.csv', '--json'], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.spec.name === name);
  try {
    if (!cmd) {
      throw new CliError(
        `unknown command "${name}" (commands: ${COMMANDS.map((c) => c.spec.name).join(', ')})`,
      );
    }
    const parsed = parse(cmd.spec, rest);
    if (parsed.values.help) {
      io.stdout.write(helpText(cmd.spec));
      return 0;
    }
    // `--encoding`: the text inputs' character encoding, for the command's time.
    const restore = useInputEncoding((parsed.values.encoding as InputEncoding) ?? 'utf-8');
    try {
      // `-`: the standard input, copied to a temporary file for the command's time.
      const done = parsed.positionals.includes(STDIN) ? await spoolStdin(io) : undefined;
      try {
        return await cmd.run(parsed, io);
      } finally {
        await done?.();
      }
    } finally {
      restore();
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr.write(`kinerja: ${e.message}\n`);
      return e.exitCode;
    }
    // A bug, not bad input: still one line (the stack only on request).
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    io.stderr.write(`kinerja: internal error: ${msg} (set KINERJA_DEBUG=1 for details)\n`);
    if (process.env.KINERJA_DEBUG === '1' && e instanceof Error && e.stack)
      io.stderr.write(`${e.stack}\n`);
    return 70;
  }
}
