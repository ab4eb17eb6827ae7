import { formatTrace, type Locale } from '@kinerja/core';
import { str } from '../args.js';
import { fail } from '../errors.js';
import { nipOf } from '../input.js';
import { runPipeline } from '../pipeline.js';
import { type Command, INPUT_OPTIONS, inputFiles, pipelineOptions, printJson } from './shared.js';

export const explain: Command = {
  spec: {
    name: 'explain',
    usage: 'explain <file> --nip <nip> [--lang id|en]',
    summary:
      "Shows one employee's result with every step, its legal reference and status (Bahasa Indonesia by default).",
    options: {
      ...INPUT_OPTIONS,
      nip: { type: 'string', arg: '<nip>', help: 'The employee (18-digit NIP)' },
      lang: {
        type: 'string',
        arg: '<lang>',
        help: 'Language of the explanation',
        choices: ['id', 'en'],
      },
    },
  },
  async run(p, io) {
    const files = inputFiles(p, 'explain', io.cwd);
    const nip = str(p, 'nip');
    if (!nip) fail('explain: --nip <nip> is required');
    const opts = await pipelineOptions(p, io);
    // Score only this employee's rows, with the trace on.
    const run = await runPipeline(io, files, { ...opts, trace: true, progress: false, only: nip });
    const results = run.scored.filter((s) => s.result.nip === nip);
    const rowsOfNip = new Set(
      run.files.flatMap((f) =>
        f.items
          .filter((it) => nipOf(it.appraisal) === nip)
          .map((it) => `${it.file}\u0000${it.row}`),
      ),
    );
    const rejections = run.rejections.filter((r) => rowsOfNip.has(`${r.file}\u0000${r.row}`));
    if (results.length === 0 && rejections.length === 0) {
      fail(`explain: NIP ${nip} not found in ${files.join(', ')} (NIP tidak ditemukan)`);
    }
    const lang = (str(p, 'lang') ?? 'id') as Locale;
    if (p.values.json) {
      printJson(io, { command: 'explain', nip, results: results.map((s) => s.result), rejections });
      return 0;
    }
    const parts = results.map((s) => formatTrace(s.result, { locale: lang }));
    for (const r of rejections) {
      parts.push(
        `${r.file} row ${r.row}: [${r.code}] ${r.path.join('.')}: ${lang === 'en' ? r.message.en : r.message.id}`,
      );
    }
    io.stdout.write(`${parts.join(`\n${'-'.repeat(72)}\n`)}\n`);
    return 0;
  },
};
