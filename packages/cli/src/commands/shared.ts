import { LABELS, PREDIKAT_ALL } from '@kinerja/core';
import { type CommandSpec, type OptionSpec, type Parsed, str } from '../args.js';
import { fail } from '../errors.js';
import { INPUT_FORMATS, type InputFormat } from '../input.js';
import type { CliIo } from '../io.js';
import { type PipelineOptions, resolveRuleset } from '../pipeline.js';

/** Options shared by every command that reads appraisal files. */
export const INPUT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  from: {
    type: 'string',
    arg: '<format>',
    help: 'Input format (default: detected from the extension and the content)',
    choices: INPUT_FORMATS,
  },
  ruleset: {
    type: 'string',
    arg: '<id|file.json>',
    help: 'Ruleset to apply (default: the national ruleset in force for each period)',
  },
  master: {
    type: 'string',
    arg: '<file.csv>',
    help: 'SIASN "Export Data ASN" CSV (employee master) for siasn-skp22 and e-Kinerja input',
  },
};

/** A command implementation. */
export interface Command {
  readonly spec: CommandSpec;
  run(p: Parsed, io: CliIo): Promise<number>;
}

/** Pipeline options from the parsed input options. */
export async function pipelineOptions(p: Parsed, io: CliIo): Promise<PipelineOptions> {
  const from = str(p, 'from') as InputFormat | undefined;
  const master = str(p, 'master');
  const ruleset = await resolveRuleset(io.cwd, str(p, 'ruleset'));
  return {
    ...(from ? { from } : {}),
    ...(master ? { master } : {}),
    ...(ruleset ? { ruleset } : {}),
    progress: p.values['no-progress'] !== true && p.values.json !== true,
  };
}

/** The positional input files; at least one (or exactly one) is required. */
export function inputFiles(p: Parsed, cmd: string, one = false): string[] {
  if (p.positionals.length === 0) fail(`${cmd}: missing input file (see kinerja ${cmd} --help)`);
  if (one && p.positionals.length > 1) {
    fail(`${cmd}: expects one input file, got ${p.positionals.length}`);
  }
  return p.positionals;
}

/** Display order of predikat codes across the three regimes. */
export const PREDIKAT_ORDER = PREDIKAT_ALL;

/** Sorts predikat codes in display order. */
export function orderPredikat(codes: Iterable<string>): string[] {
  const rank = (c: string) => {
    const i = (PREDIKAT_ORDER as readonly string[]).indexOf(c);
    return i < 0 ? 99 : i;
  };
  return [...new Set(codes)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
}

/** The official short label of a predikat code (6/2022 labels; `CUKUP`/`BURUK` as spelled). */
export function predikatLabel(code: string): string {
  const l = (LABELS.predikatPegawai as Record<string, { id: string } | undefined>)[code];
  if (l) return l.id;
  return code
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Writes JSON to stdout. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
