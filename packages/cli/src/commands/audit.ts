import type { Locale } from '@kinerja/core';
import { str } from '../args.js';
import { auditByUnit, recheckFiles, type UnitFinding } from '../auditing.js';
import { fail } from '../errors.js';
import { runPipeline } from '../pipeline.js';
import { textTable } from '../table.js';
import { type Command, INPUT_OPTIONS, inputFiles, pipelineOptions, printJson } from './shared.js';

const RANK = { low: 1, medium: 2, high: 3 } as const;

/** Findings as a text table. */
export function findingsText(findings: readonly UnitFinding[], lang: Locale): string {
  if (findings.length === 0) {
    return lang === 'id' ? 'Tidak ada temuan.\n' : 'No findings.\n';
  }
  return `${textTable(
    [
      lang === 'id' ? 'Tingkat' : 'Severity',
      'Unit',
      lang === 'id' ? 'Kode' : 'Code',
      lang === 'id' ? 'Subjek' : 'Subject',
      lang === 'id' ? 'Penjelasan' : 'Explanation',
    ],
    findings.map((f) => [
      f.severity,
      f.unit,
      f.code,
      `${f.subject.kind}:${f.subject.id}`,
      f.explanation[lang],
    ]),
  )}\n`;
}

export const auditCommand: Command = {
  spec: {
    name: 'audit',
    usage: 'audit <file…> [--recheck] [--lang id|en] [--fail-on low|medium|high]',
    summary:
      'Runs the objectivity checks per unit (rater leniency/severity, spread, outliers, halo, reliability, group fairness and score gaps); with --recheck also re-derives every stored predikat from its ratings.',
    options: {
      ...INPUT_OPTIONS,
      recheck: {
        type: 'boolean',
        help: 'Re-derive stored predikat (CSV predikat column, SIASN kuadran, e-Kinerja hasil_akhir) and report disagreements',
      },
      alpha: { type: 'string', arg: '<p>', help: 'Significance level (default 0.05)' },
      lang: {
        type: 'string',
        arg: '<lang>',
        help: 'Language of the report',
        choices: ['id', 'en'],
      },
      'fail-on': {
        type: 'string',
        arg: '<severity>',
        help: 'Exit 1 when a finding has at least this severity (recheck disagreements count as high)',
        choices: ['low', 'medium', 'high'],
      },
    },
    details:
      "Units are audited separately: SE MenPANRB 3/2023 ties each unit's distribution to its own organisation predikat, so pooling units would confuse a unit's predikat with its raters' leniency.",
  },
  async run(p, io) {
    const files = inputFiles(p, 'audit', io.cwd);
    const a = str(p, 'alpha');
    const alpha = a === undefined ? undefined : Number(a);
    if (alpha !== undefined && !(alpha > 0 && alpha < 1)) {
      fail(`audit: --alpha must be between 0 and 1 (got "${a}")`);
    }
    const run = await runPipeline(io, files, await pipelineOptions(p, io));
    const report = auditByUnit(run.scored, alpha !== undefined ? { alpha } : {});
    const re = p.values.recheck ? recheckFiles(run.files) : undefined;
    const lang = (str(p, 'lang') ?? 'id') as Locale;
    if (p.values.json) {
      printJson(io, {
        command: 'audit',
        findings: report.findings.map((f) => ({
          unit: f.unit,
          code: f.code,
          severity: f.severity,
          subject: f.subject,
          evidence: f.evidence,
          explanation: f.explanation,
        })),
        units: report.units,
        ...(re ? { recheck: re } : {}),
      });
    } else {
      io.stdout.write(findingsText(report.findings, lang));
      const used = report.units.reduce((s, u) => s + (u.summary?.used ?? 0), 0);
      const tests = report.units.reduce((s, u) => s + (u.summary?.tests ?? 0), 0);
      io.stdout.write(
        `\n${lang === 'id' ? 'Hasil diperiksa' : 'Results used'}: ${used} (${report.units.length} unit); ${lang === 'id' ? 'uji' : 'tests'}: ${tests}\n`,
      );
      for (const n of report.notes) io.stdout.write(`  - ${n[lang]}\n`);
      for (const u of report.units) {
        for (const i of u.issues ?? [])
          io.stdout.write(`  ! ${u.unit}: [${i.code}] ${i.message[lang]}\n`);
      }
      if (re) {
        io.stdout.write(
          `\nRecheck: ${re.checked} ${lang === 'id' ? 'diperiksa' : 'checked'}, ${re.agreed} ${lang === 'id' ? 'sesuai' : 'agree'}, ${re.disagreed} ${lang === 'id' ? 'tidak sesuai' : 'disagree'}, ${re.notCheckable} ${lang === 'id' ? 'tidak dapat diperiksa' : 'not checkable'}\n`,
        );
        for (const d of re.disagreements) {
          io.stdout.write(
            `  ${d.file} row ${d.row}${d.nip ? ` (${d.nip})` : ''}: ${d.message[lang]}\n`,
          );
        }
      }
    }
    const failOn = str(p, 'fail-on') as keyof typeof RANK | undefined;
    if (failOn) {
      const min = RANK[failOn];
      if (report.findings.some((f) => RANK[f.severity] >= min)) return 1;
      if (re && re.disagreed > 0) return 1;
    }
    return 0;
  },
};
