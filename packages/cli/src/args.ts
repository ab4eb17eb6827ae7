import { parseArgs } from 'node:util';
import { fail } from './errors.js';

/** An option of a command, for parsing and for `--help`. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** Placeholder shown in the help (`<file>`). */
  readonly arg?: string;
  readonly help: string;
  /** Allowed values (checked, and listed in the help). */
  readonly choices?: readonly string[];
}

/** A command: its options, positional arguments and help text. */
export interface CommandSpec {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Extra help paragraphs (examples, exit codes). */
  readonly details?: string;
}

/** Options every command accepts. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  json: { type: 'boolean', help: 'Machine-readable JSON on stdout (for SIMPEG integration)' },
  'no-progress': { type: 'boolean', help: 'Never draw the progress bar' },
  help: { type: 'boolean', short: 'h', help: 'Show this help' },
};

/**
 * `--workers <n>`: worker threads to score on. Runs stay in the main thread with 1, for inputs
 * under 100,000 lines (a JSON Lines file counting a line per 1,000 bytes; starting threads
 * costs more than it saves; `KINERJA_WORKERS_MIN_LINES` changes the limit), and for inputs that
 * cannot be split (formats other than CSV and JSON Lines, rulesets built in code).
 */
export const WORKERS_OPTION: OptionSpec = {
  type: 'string',
  arg: '<n>',
  help: 'Worker threads to score on (default and at most: the number of cores; 1 = none). Inputs under 100,000 lines (JSON Lines: a line per 1,000 bytes; env KINERJA_WORKERS_MIN_LINES) and formats other than CSV and JSON Lines are scored in-thread',
};

/** Parsed arguments of a command. */
export interface Parsed {
  readonly values: Record<string, string | boolean | string[] | undefined>;
  readonly positionals: string[];
}

/** Parses argv for a command; unknown options and bad values are usage errors (exit 2). */
export function parse(spec: CommandSpec, argv: readonly string[]): Parsed {
  const options: Record<
    string,
    { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
  > = {};
  for (const [k, o] of Object.entries({ ...spec.options, ...COMMON_OPTIONS })) {
    options[k] = {
      type: o.type,
      ...(o.short ? { short: o.short } : {}),
      ...(o.multiple ? { multiple: true } : {}),
    };
  }
  let out: ReturnType<typeof parseArgs>;
  try {
    out = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (e) {
    // parseArgs reports usage problems as TypeErrors with an ERR_PARSE_ARGS_* code.
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      fail(`${spec.name}: ${(e as Error).message} (see kinerja ${spec.name} --help)`);
    }
    throw e;
  }
  const values = out.values as Parsed['values'];
  for (const [k, o] of Object.entries(spec.options)) {
    const v = values[k];
    if (o.choices && typeof v === 'string' && !o.choices.includes(v)) {
      fail(`${spec.name}: --${k} must be one of ${o.choices.join(', ')} (got "${v}")`);
    }
  }
  return { values, positionals: out.positionals };
}

/** The `--help` text of a command. */
export function helpText(spec: CommandSpec): string {
  const rows = Object.entries({ ...spec.options, ...COMMON_OPTIONS }).map(([k, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${k}${o.type === 'string' ? ` ${o.arg ?? '<value>'}` : ''}`;
    const choices = o.choices ? ` (${o.choices.join('|')})` : '';
    return [flag, `${o.help}${choices}`] as const;
  });
  const w = Math.max(...rows.map((r) => r[0].length));
  return [
    `Usage: kinerja ${spec.usage}`,
    '',
    spec.summary,
    '',
    'Options:',
    ...rows.map(([f, h]) => `  ${f.padEnd(w)}  ${h}`),
    ...(spec.details ? ['', spec.details] : []),
    '',
    'Exit codes: 0 done, 1 findings at or above --fail-on, 2 bad input or usage.',
    '',
  ].join('\n');
}

/** A string option's value (the last one when repeated). */
export function str(p: Parsed, k: string): string | undefined {
  const v = p.values[k];
  return typeof v === 'string' ? v : Array.isArray(v) ? v.at(-1) : undefined;
}

/** A positive integer option. */
export function int(p: Parsed, k: string, cmd: string): number | undefined {
  const v = str(p, k);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1)
    fail(`${cmd}: --${k} must be a positive integer (got "${v}")`);
  return Number(v);
}
