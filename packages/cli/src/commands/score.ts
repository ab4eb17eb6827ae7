import { resolve } from 'node:path';
import type { Locale } from '@kinerja/core';
import { int, str, WORKERS_OPTION } from '../args.js';
import { fail } from '../errors.js';
import { UnusableFileError } from '../input.js';
import type { CliIo } from '../io.js';
import {
  decisionsJson,
  decisionsText,
  masterText,
  outputFormatOf,
  sheetOrFail,
  writeOut,
  writeRejections,
  xlsxFromCsv,
} from '../output.js';
import { type RunSummary, scoreFiles } from '../pipeline.js';
import { textTable } from '../table.js';
import {
  type Command,
  guardOutputs,
  INPUT_OPTIONS,
  inputFiles,
  inputPaths,
  orderPredikat,
  pipelineOptions,
  predikatLabel,
  printJson,
} from './shared.js';

/** The summary table: units × predikat, a total row, and the row accounting. */
export function summaryText(s: RunSummary): string {
  const codes = orderPredikat(Object.keys(s.byPredikat));
  const units = Object.keys(s.byUnit).sort();
  const rows = units.map((u) => {
    const c = s.byUnit[u] ?? {};
    const n = Object.values(c).reduce((a, b) => a + b, 0);
    return [u, ...codes.map((k) => String(c[k] ?? 0)), String(n)];
  });
  rows.push([
    'Jumlah / Total',
    ...codes.map((k) => String(s.byPredikat[k] ?? 0)),
    String(s.accepted),
  ]);
  const table = textTable(['Unit kerja', ...codes.map(predikatLabel), 'Jumlah'], rows);
  const acct = `Baris / rows: ${s.total} = ${s.accepted} dinilai / scored + ${s.rejected} ditolak / rejected${s.excluded > 0 ? ` + ${s.excluded} dikecualikan / excluded` : ''}`;
  return `${table}\n\n${acct}\n`;
}

/**
 * The rejections by code under the row accounting (none: nothing), e.g.
 * `Ditolak menurut kode / rejections by code: NIP_SCIENTIFIC_NOTATION 500,000; RATING_UNKNOWN 2`.
 */
export function byCodeText(byCode: Readonly<Record<string, number>>): string {
  const parts = Object.entries(byCode).map(([c, n]) => `${c} ${n.toLocaleString('en-US')}`);
  return parts.length === 0
    ? ''
    : `Ditolak menurut kode / rejections by code: ${parts.join('; ')}\n`;
}

export const score: Command = {
  spec: {
    name: 'score',
    usage:
      'score <file…> [--from <format>] [--ruleset <id|file.json>] [--out <file>] [--format json|csv|xlsx] [--rejections <file>] [--workers <n>] [--lang id|en]',
    summary:
      'Scores every appraisal in the files (CSV, JSON, JSON Lines, e-Kinerja, SIASN) and prints a summary per unit and predikat.',
    options: {
      ...INPUT_OPTIONS,
      out: { type: 'string', short: 'o', arg: '<file>', help: 'Write the results to this file' },
      format: {
        type: 'string',
        arg: '<format>',
        help: 'Format of --out (default: from its extension, else json)',
        choices: ['json', 'csv', 'xlsx'],
      },
      rejections: {
        type: 'string',
        arg: '<file>',
        help: 'Write the rejected rows (file, row, path, code, message id/en); .json, .csv or .xlsx',
      },
      'fail-on': {
        type: 'string',
        arg: '<severity>',
        help: 'Exit 1 when a row is rejected (error) or a result has a warning (warning)',
        choices: ['error', 'warning'],
      },
      workers: WORKERS_OPTION,
      lang: {
        type: 'string',
        arg: '<lang>',
        help: 'Language of the decisions printed (default id)',
        choices: ['id', 'en'],
      },
    },
    details:
      'Examples:\n  kinerja score pegawai.csv --out hasil.csv --rejections ditolak.csv\n  kinerja score laporan.json --from ekinerja-penilaian --json',
  },
  async run(p, io: CliIo) {
    const files = inputFiles(p, 'score', io.cwd);
    const out = str(p, 'out');
    const rej = str(p, 'rejections');
    guardOutputs('score', io.cwd, inputPaths(p, io.cwd), [
      ...(out ? [{ name: '--out', path: out }] : []),
      ...(rej ? [{ name: '--rejections', path: rej }] : []),
    ]);
    const workers = int(p, 'workers', 'score');
    const outFormat = out ? outputFormatOf(out, str(p, 'format')) : undefined;
    let run: Awaited<ReturnType<typeof scoreFiles>>;
    try {
      run = await scoreFiles(io, files, {
        ...(await pipelineOptions(p, io)),
        ...(workers !== undefined ? { workers } : {}),
        // XLSX results are the CSV table written as a workbook (built in memory: a sheet holds
        // at most 1,048,576 rows); JSON and CSV results are streamed to the file.
        ...(outFormat ? { results: outFormat === 'xlsx' ? 'csv' : outFormat } : {}),
        ...(out && outFormat !== 'xlsx' ? { resultsFile: out } : {}),
      });
    } catch (e) {
      // A file with no usable record stops the run; its rejections are still listed.
      if (e instanceof UnusableFileError && e.rejections !== undefined) {
        const log = e.rejections;
        try {
          if (rej && log.count > 0) {
            const at = await writeRejections(io.cwd, rej, log, outputFormatOf(rej, undefined));
            fail(`${e.message} — every rejection is listed in ${at} (daftar penolakan)`);
          }
        } finally {
          log.dispose();
        }
      }
      throw e;
    }
    try {
      if (workers !== undefined && run.capped !== undefined) {
        io.stderr.write(
          `kinerja: --workers ${workers}: at most ${run.capped}, the cores available to this process (more threads only compete for them and take memory each)\n`,
        );
      }
      if (workers !== undefined && run.inThread !== undefined && workers > 1) {
        io.stderr.write(`kinerja: --workers ${workers}: scoring in-thread: ${run.inThread}\n`);
      }
      const outputs: { results?: string; rejections?: string } = {};
      if (out && outFormat === 'xlsx' && run.results !== undefined) {
        const csv = run.results;
        const bytes = await sheetOrFail('--out', out, () => xlsxFromCsv(csv, 'Hasil'));
        outputs.results = await writeOut(io.cwd, out, bytes);
      } else if (out) {
        outputs.results = resolve(io.cwd, out);
      }
      if (rej) {
        outputs.rejections = await writeRejections(
          io.cwd,
          rej,
          run.rejections,
          outputFormatOf(rej, undefined),
        );
      }
      if (p.values.json) {
        printJson(io, {
          command: 'score',
          ...run.summary,
          rejectionsByCode: run.rejections.byCode(),
          decisions: decisionsJson(run.decisions),
          outputs,
        });
      } else {
        io.stdout.write(summaryText(run.summary));
        io.stdout.write(byCodeText(run.rejections.byCode()));
        if (run.summary.master) io.stdout.write(masterText(run.summary.master));
        io.stdout.write(decisionsText(run.decisions, (str(p, 'lang') ?? 'id') as Locale));
        if (outputs.results) io.stdout.write(`Hasil / results: ${outputs.results}\n`);
        if (outputs.rejections) io.stdout.write(`Ditolak / rejections: ${outputs.rejections}\n`);
        if (!rej && run.rejections.count > 0) {
          const first = run.rejections.first;
          io.stdout.write(
            `(${run.rejections.count} rejection(s); first: ${first?.file} row ${first?.row} ${first?.code}. Use --rejections <file> for the list.)\n`,
          );
        }
      }
      const failOn = str(p, 'fail-on');
      if (failOn === 'error' && run.summary.rejected > 0) return 1;
      if (failOn === 'warning' && (run.summary.rejected > 0 || run.warned)) return 1;
      return 0;
    } finally {
      // A streamed run may have spooled its rejections to a temporary file.
      run.rejections.dispose();
    }
  },
};
