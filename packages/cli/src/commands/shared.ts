import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { LABELS, PREDIKAT_ALL } from '@kinerja/core';
import { type CommandSpec, type OptionSpec, type Parsed, str } from '../args.js';
import { fail } from '../errors.js';
import { INPUT_FORMATS, type InputFormat } from '../input.js';
import type { CliIo } from '../io.js';
import { type PipelineOptions, resolveRuleset } from '../pipeline.js';
import { INPUT_ENCODINGS } from '../utf8.js';

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
  encoding: {
    type: 'string',
    arg: '<encoding>',
    help: 'Character encoding of the text inputs (default utf-8; windows-1252 for a CSV saved by Excel as "CSV (Comma delimited)")',
    choices: INPUT_ENCODINGS,
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

/** A file a command reads or writes, with how it was named (`--out`, or `input` for a positional). */
export interface NamedPath {
  readonly name: string;
  readonly path: string;
}

/** The same file: the same absolute path, or the same device and inode (a link to it). */
function sameFile(cwd: string, a: string, b: string): boolean {
  const pa = resolve(cwd, a);
  const pb = resolve(cwd, b);
  if (pa === pb) return true;
  try {
    const sa = statSync(pa);
    const sb = statSync(pb);
    return sa.isFile() && sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Stops a command before it reads anything when an output would overwrite one of its inputs
 * (`kinerja score pegawai.csv --out pegawai.csv` replaced the agency's file with the results)
 * or two outputs name the same file — by path or as links to one file. Options that may hold a
 * value rather than a file (`--org-predikat B`, `--ruleset <id>`) count only when they name an
 * existing file.
 *
 * @example
 * ```ts
 * guardOutputs('score', '/data', [{ name: 'input', path: 'pegawai.csv' }], [{ name: '--out', path: 'hasil.csv' }]);
 * ```
 */
export function guardOutputs(
  cmd: string,
  cwd: string,
  inputs: readonly NamedPath[],
  outputs: readonly NamedPath[],
): void {
  for (let i = 0; i < outputs.length; i++) {
    const o = outputs[i] as NamedPath;
    for (const input of inputs) {
      if (sameFile(cwd, o.path, input.path)) {
        fail(
          `${cmd}: ${o.name} ${o.path} is also ${input.name === 'input' ? 'an input file' : `the ${input.name} file`}; writing it would overwrite it: choose another name (berkas keluaran sama dengan berkas masukan)`,
        );
      }
    }
    for (const other of outputs.slice(0, i)) {
      if (sameFile(cwd, o.path, other.path)) {
        fail(
          `${cmd}: ${other.name} and ${o.name} name the same file (${o.path}): choose two names (dua keluaran pada berkas yang sama)`,
        );
      }
    }
  }
}

/**
 * The files a command reads: its positionals and `--master`, and `--ruleset` and
 * `--org-predikat` when they name an existing file (else they are an id or a value).
 */
export function inputPaths(p: Parsed, cwd: string): NamedPath[] {
  const out: NamedPath[] = p.positionals.map((path) => ({ name: 'input', path }));
  const master = str(p, 'master');
  if (master !== undefined) out.push({ name: '--master', path: master });
  for (const flag of ['ruleset', 'org-predikat']) {
    const v = str(p, flag);
    if (v === undefined) continue;
    try {
      if (statSync(resolve(cwd, v)).isFile()) out.push({ name: `--${flag}`, path: v });
    } catch {
      // not a file: an id or a value
    }
  }
  return out;
}

/**
 * The positional input files; at least one (or exactly one) is required, and no file twice
 * (`kinerja score a.csv ./a.csv` counted every employee twice, silently): by path or as links
 * to one file.
 */
export function inputFiles(p: Parsed, cmd: string, cwd: string, one = false): string[] {
  if (p.positionals.length === 0) fail(`${cmd}: missing input file (see kinerja ${cmd} --help)`);
  if (one && p.positionals.length > 1) {
    fail(`${cmd}: expects one input file, got ${p.positionals.length}`);
  }
  const files = p.positionals;
  for (let i = 1; i < files.length; i++) {
    for (let j = 0; j < i; j++) {
      if (sameFile(cwd, files[i] as string, files[j] as string)) {
        fail(
          `${cmd}: ${files[i]} is the same file as ${files[j]}; give each input once (berkas masukan yang sama diberikan dua kali)`,
        );
      }
    }
  }
  return files;
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
