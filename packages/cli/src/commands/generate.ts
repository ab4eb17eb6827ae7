import { extname, resolve } from 'node:path';
import { int, str } from '../args.js';
import { fail, failFs } from '../errors.js';
import {
  checkDatasetOptions,
  type DatasetOptions,
  type DatasetStats,
  writeDataset,
} from '../generate/dataset.js';
import { GENERATE_REGIMES, type GenerateRegime } from '../generate/model.js';
import { GENERATE_FORMATS, type GenerateFormat, HAZARDS } from '../generate/records.js';
import type { CliIo } from '../io.js';
import { withPart } from '../parts.js';
import { type Command, guardOutputs, printJson } from './shared.js';

/** `--hazards`: a rate (`0.01`) or a percentage (`1%`). */
function rateOf(v: string | undefined): number {
  if (v === undefined) return 0.01;
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(v.trim());
  const x = m ? Number(m[1]) / (m[2] ? 100 : 1) : Number.NaN;
  if (!(x >= 0 && x <= 1))
    fail(`generate: --hazards must be a rate from 0 to 1 or a percentage (got "${v}")`);
  return x;
}

/** `--seed`: an integer from 0 to 2^32 - 1 (default 2024). */
function seedOf(v: string | undefined): number {
  if (v === undefined) return 2024;
  if (!/^\d+$/.test(v) || Number(v) > 0xffffffff)
    fail(`generate: --seed must be an integer from 0 to 4294967295 (got "${v}")`);
  return Number(v);
}

function formatOf(out: string, format: string | undefined): GenerateFormat {
  if (format !== undefined) return format as GenerateFormat;
  const ext = extname(out).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.jsonl' || ext === '.ndjson') return 'siasn-jsonl';
  return 'csv';
}

export const generate: Command = {
  spec: {
    name: 'generate',
    usage:
      'generate --out <file> [--size <n>] [--seed <n>] [--format csv|siasn-jsonl|xlsx] [--regime pmk6|pp30|pp46] [--hazards <rate>] [--master <file.csv>]',
    summary:
      'Generates a realistic synthetic dataset of any size (seeded, streamed in constant memory): an appraisal table (CSV, XLSX) or SIASN records (JSON Lines) with an Export Data ASN master, with the hazards of real exports.',
    options: {
      out: { type: 'string', short: 'o', arg: '<file>', help: 'File to write (required)' },
      size: { type: 'string', arg: '<n>', help: 'Number of employees (default 10000)' },
      seed: {
        type: 'string',
        arg: '<n>',
        help: 'PRNG seed (default 2024): same seed and options, byte-identical file',
      },
      format: {
        type: 'string',
        arg: '<format>',
        help: 'Output format (default: from the extension of --out, else csv)',
        choices: GENERATE_FORMATS,
      },
      regime: {
        type: 'string',
        arg: '<regime>',
        help: 'pmk6 = PermenPANRB 6/2022 (2024), pp30 = PP 30/2019 (2021), pp46 = PP 46/2011 (2019); default pmk6',
        choices: GENERATE_REGIMES,
      },
      hazards: {
        type: 'string',
        arg: '<rate>',
        help: 'Share of employees with a data hazard (default 0.01; 0 = clean data)',
      },
      master: {
        type: 'string',
        arg: '<file.csv>',
        help: 'Also write the SIASN "Export Data ASN" master of the same employees (CSV)',
      },
    },
    details: [
      `Hazards (each employee carries at most one): ${HAZARDS.join(', ')}.`,
      'A scientific-notation NIP is rejected by the readers; the other hazards are read (synonyms, "-" as empty) or add rows (mutasi duplicate, PLT/PLH).',
      'The appraisal table (csv, xlsx) carries PermenPANRB 6/2022 ratings; PP 46 and PP 30 are written as SIASN records.',
      '',
      'Examples:',
      '  kinerja generate --size 1000000 --seed 7 --out pegawai.csv',
      '  kinerja generate --size 50000 --format siasn-jsonl --regime pp46 --out rw-skp.jsonl --master pegawai-master.csv',
      '  kinerja generate --size 5000 --hazards 0 --out bersih.xlsx',
    ].join('\n'),
  },
  async run(p, io: CliIo) {
    const out = str(p, 'out');
    if (!out) fail('generate: --out <file> is required (see kinerja generate --help)');
    const opts: DatasetOptions = {
      size: int(p, 'size', 'generate') ?? 10_000,
      seed: seedOf(str(p, 'seed')),
      format: formatOf(out, str(p, 'format')),
      regime: (str(p, 'regime') ?? 'pmk6') as GenerateRegime,
      hazards: rateOf(str(p, 'hazards')),
    };
    const problem = checkDatasetOptions(opts);
    if (problem) fail(`generate: ${problem}`);
    const master = str(p, 'master');
    if (master !== undefined) {
      guardOutputs(
        'generate',
        io.cwd,
        [],
        [
          { name: '--out', path: out },
          { name: '--master', path: master },
        ],
      );
    }
    const t0 = performance.now();
    const paths = {
      out: resolve(io.cwd, out),
      master: master ? resolve(io.cwd, master) : undefined,
    };
    // Written to part files renamed into place at the end (the master first): an interrupted or
    // failed run leaves the files as they were, not a dataset cut short that looks complete.
    let stats: DatasetStats;
    try {
      stats = await withPart(paths.out, out, (outPart) =>
        master !== undefined && paths.master !== undefined
          ? withPart(paths.master, master, (masterPart) => writeDataset(opts, outPart, masterPart))
          : writeDataset(opts, outPart),
      );
    } catch (e) {
      failFs(out, e, 'cannot write ');
    }
    const ms = Math.round(performance.now() - t0);
    if (p.values.json) {
      printJson(io, { command: 'generate', ...opts, ...stats, files: paths, ms });
      return 0;
    }
    const hz = Object.entries(stats.hazards)
      .filter(([, n]) => n > 0)
      .map(([h, n]) => `${h} ${n}`);
    io.stdout.write(
      [
        `${paths.out}: ${stats.rows.toLocaleString('en-US')} baris / rows, ${stats.employees.toLocaleString('en-US')} pegawai / employees (${opts.format}, ${opts.regime}, seed ${opts.seed})`,
        `Bahaya data / hazards: ${hz.length > 0 ? hz.join(', ') : '—'}`,
        ...(paths.master ? [`Master (Export Data ASN): ${paths.master}`] : []),
        `Waktu / time: ${(ms / 1000).toFixed(1)} s`,
        '',
      ].join('\n'),
    );
    return 0;
  },
};
