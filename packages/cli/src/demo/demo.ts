import type { Locale } from '@kinerja/core';
import { auditByUnit } from '../auditing.js';
import { calibrationJson } from '../commands/calibrate.js';
import { buildReport } from '../commands/report.js';
import { summaryText } from '../commands/score.js';
import type { CliIo } from '../io.js';
import { rejectionsText, resultsText, writeOut } from '../output.js';
import { runPipeline } from '../pipeline.js';
import { type DemoCity, type DemoOptions, generateDemo } from './city.js';

export { type DemoCity, type DemoOptions, generateDemo } from './city.js';

/** What {@link runDemo} wrote and found. */
export interface DemoSummary {
  readonly out: string;
  readonly files: Readonly<Record<string, string>>;
  readonly employees: number;
  readonly units: number;
  readonly total: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly unitsNotMeeting: readonly string[];
  readonly proposedChanges: number;
  readonly findings: readonly {
    readonly severity: string;
    readonly code: string;
    readonly subject: string;
    readonly unit: string;
  }[];
  readonly planted: DemoCity['planted'];
  readonly ms: number;
}

/**
 * Generates the demo city into `out` and runs the whole pipeline on it: score → calibrate →
 * audit → report, writing every intermediate file.
 */
export async function runDemo(
  io: CliIo,
  opts: DemoOptions & { readonly out: string; readonly lang?: Locale; readonly progress?: boolean },
): Promise<DemoSummary> {
  const t0 = performance.now();
  const city = generateDemo(opts);
  const w = (name: string, text: string) => writeOut(io.cwd, `${opts.out}/${name}`, text);
  const files: Record<string, string> = {};
  files.input = await w('pegawai.csv', city.csv);
  files.input360 = await w('dukcapil-360.jsonl', city.jsonl);
  files.orgPredikat = await w(
    'org-predikat.json',
    `${JSON.stringify(city.orgPredikat, null, 2)}\n`,
  );
  const run = await runPipeline(io, [`${opts.out}/pegawai.csv`, `${opts.out}/dukcapil-360.jsonl`], {
    progress: opts.progress !== false,
  });
  files.results = await w('hasil.csv', resultsText(run.scored, 'csv'));
  files.rejections = await w('ditolak.csv', rejectionsText(run.rejections, 'csv'));
  files.summary = await w('ringkasan.txt', summaryText(run.summary));
  const lang = opts.lang ?? 'id';
  const org = { kind: 'file' as const, map: city.orgPredikat };
  const audit = auditByUnit(run.scored);
  const built = buildReport(
    run,
    org,
    lang,
    lang === 'id'
      ? 'Kota Contoh — penilaian kinerja 2024 (demo)'
      : 'Kota Contoh — 2024 performance appraisal (demo)',
    audit,
  );
  files.calibration = await w(
    'kalibrasi.json',
    `${JSON.stringify(calibrationJson(built.calibration), null, 2)}\n`,
  );
  files.audit = await w('audit.json', `${JSON.stringify(audit, null, 2)}\n`);
  files.report = await w('laporan.html', built.html);
  const findings = audit.findings;
  return {
    out: opts.out,
    files,
    employees: city.employees,
    units: Object.keys(run.summary.byUnit).length,
    total: run.summary.total,
    accepted: run.summary.accepted,
    rejected: run.summary.rejected,
    unitsNotMeeting: built.calibration.units
      .filter((u) => u.check?.verdict !== 'MEMENUHI')
      .map((u) => u.unit),
    proposedChanges: built.calibration.units.reduce(
      (s, u) => s + (u.proposal?.ok ? u.proposal.changes.length : 0),
      0,
    ),
    findings: findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      subject: `${f.subject.kind}:${f.subject.id}`,
      unit: f.unit,
    })),
    planted: city.planted,
    ms: Math.round(performance.now() - t0),
  };
}
