import type { Locale } from '@kinerja/core';
import { str } from '../args.js';
import { auditByUnit, recheckFiles, type UnitAudit } from '../auditing.js';
import {
  type Calibration,
  calibrateUnits,
  type OrgPredikatArg,
  parseOrgPredikatArg,
} from '../calibration.js';
import { writeOut } from '../output.js';
import type { Run } from '../pipeline.js';
import { runPipeline } from '../pipeline.js';
import { renderReport } from '../report/html.js';
import {
  type Command,
  guardOutputs,
  INPUT_OPTIONS,
  inputFiles,
  inputPaths,
  pipelineOptions,
  printJson,
} from './shared.js';

/** Calibration, audit and recheck of a run, rendered as the HTML report. */
export function buildReport(
  run: Run,
  org: OrgPredikatArg | undefined,
  lang: Locale,
  title: string,
  audit: UnitAudit = auditByUnit(run.scored),
): { html: string; calibration: Calibration; audit: UnitAudit } {
  const calibration = calibrateUnits(run.scored, org);
  const notes = [
    ...audit.notes.map((n) => n[lang]),
    ...audit.units.flatMap((u) => (u.issues ?? []).map((i) => `${u.unit}: ${i.message[lang]}`)),
  ];
  const html = renderReport({
    title,
    files: run.files.map((f) => f.file),
    rulesets: [...new Set(run.scored.map((s) => s.result.ruleset?.id ?? ''))]
      .filter(Boolean)
      .sort(),
    summary: run.summary,
    calibration,
    findings: audit.findings,
    auditNotes: notes,
    recheck: recheckFiles(run.files),
    rejections: run.rejections,
    decisions: run.decisions,
    lang,
  });
  return { html, calibration, audit };
}

export const report: Command = {
  spec: {
    name: 'report',
    usage: 'report <file…> [--out report.html] [--org-predikat <value|file.json>] [--lang id|en]',
    summary:
      'Writes a self-contained HTML report (inline CSS and SVG, no script, opens offline): per-unit distribution charts against the guidance curve, calibration proposals, objectivity findings and rejected rows.',
    options: {
      ...INPUT_OPTIONS,
      out: { type: 'string', short: 'o', arg: '<file>', help: 'Report file (default report.html)' },
      'org-predikat': {
        type: 'string',
        arg: '<value|file.json>',
        help: 'Organisation predikat for the guidance curve (as for calibrate; default: from the data)',
      },
      lang: {
        type: 'string',
        arg: '<lang>',
        help: 'Language of the report',
        choices: ['id', 'en'],
      },
      title: { type: 'string', arg: '<text>', help: 'Report title' },
    },
  },
  async run(p, io) {
    const files = inputFiles(p, 'report', io.cwd);
    guardOutputs('report', io.cwd, inputPaths(p, io.cwd), [
      { name: '--out', path: str(p, 'out') ?? 'report.html' },
    ]);
    const org = await parseOrgPredikatArg(io.cwd, str(p, 'org-predikat'));
    const run = await runPipeline(io, files, await pipelineOptions(p, io));
    const lang = (str(p, 'lang') ?? 'id') as Locale;
    const title =
      str(p, 'title') ??
      (lang === 'id' ? 'Laporan penilaian kinerja' : 'Performance appraisal report');
    const built = buildReport(run, org, lang, title);
    const path = await writeOut(io.cwd, str(p, 'out') ?? 'report.html', built.html);
    if (p.values.json)
      printJson(io, {
        command: 'report',
        report: path,
        findings: built.audit.findings.length,
        ...run.summary,
      });
    else io.stdout.write(`${lang === 'id' ? 'Laporan' : 'Report'}: ${path}\n`);
    return 0;
  },
};
