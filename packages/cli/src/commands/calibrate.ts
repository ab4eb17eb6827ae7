import { LABELS, type Locale } from '@kinerja/core';
import { str } from '../args.js';
import {
  type Calibration,
  calibrateUnits,
  parseOrgPredikatArg,
  verdictOf,
} from '../calibration.js';
import { fail } from '../errors.js';
import { runPipeline } from '../pipeline.js';
import { textTable } from '../table.js';
import {
  type Command,
  INPUT_OPTIONS,
  inputFiles,
  orderPredikat,
  pipelineOptions,
  predikatLabel,
  printJson,
} from './shared.js';

/** The calibration as the `--json` output (calibrate-output schema). */
export function calibrationJson(c: Calibration) {
  return {
    command: 'calibrate' as const,
    units: c.units.map((u) => ({
      unit: u.unit,
      orgPredikat: u.orgPredikat,
      orgPredikatSource: u.orgPredikatSource,
      headcount: u.headcount,
      counts: u.counts,
      verdict: verdictOf(u),
      rules: u.check?.rules ?? [],
      ...(u.proposal?.ok
        ? {
            proposal: {
              feasible: u.proposal.feasible,
              changes: [...u.proposal.changes],
              ...(u.proposal.feasible ? {} : { reason: u.proposal.reason }),
            },
          }
        : {}),
      issues: u.issues,
    })),
    skipped: { notPmk6: c.notPmk6, noOrgPredikat: [...c.noOrgPredikat] },
  };
}

/** Human-readable calibration report. */
export function calibrationText(c: Calibration, lang: Locale): string {
  const out: string[] = [];
  const codes = orderPredikat(c.units.flatMap((u) => Object.keys(u.counts)));
  out.push(
    textTable(
      [
        'Unit kerja',
        'Predikat organisasi',
        ...codes.map(predikatLabel),
        'Jumlah',
        'Pola distribusi',
      ],
      c.units.map((u) => [
        u.unit,
        LABELS.predikatOrganisasi[u.orgPredikat][lang],
        ...codes.map((k) => String(u.counts[k] ?? 0)),
        String(u.headcount),
        verdictOf(u).replace(/_/g, ' '),
      ]),
    ),
  );
  for (const u of c.units) {
    if (verdictOf(u) === 'MEMENUHI') continue;
    out.push(
      '',
      `== ${u.unit} (${LABELS.predikatOrganisasi[u.orgPredikat][lang]}, n=${u.headcount})`,
    );
    for (const i of u.issues) out.push(`  ! [${i.code}] ${i.message[lang]}`);
    for (const r of u.check?.rules ?? []) {
      if (r.status !== 'OK') out.push(`  - ${r.message[lang]}`);
    }
    const p = u.proposal;
    if (p?.ok && p.feasible) {
      out.push(
        `  ${lang === 'id' ? 'Usulan kalibrasi' : 'Calibration proposal'}: ${p.changes.length} ${lang === 'id' ? 'perubahan' : 'change(s)'}`,
      );
      for (const ch of p.changes) {
        out.push(
          `    ${ch.nip}${ch.nama ? ` ${ch.nama}` : ''}: ${predikatLabel(ch.from)} → ${predikatLabel(ch.to)} — ${ch.reason[lang]}`,
        );
      }
    } else if (p?.ok && !p.feasible) {
      out.push(
        `  ${lang === 'id' ? 'Tidak ada usulan yang memenuhi pola' : 'No proposal can meet the pattern'}: ${p.reason}`,
      );
      for (const i of p.issues) out.push(`    ${i.message[lang]}`);
    }
  }
  if (c.noOrgPredikat.length > 0) {
    out.push(
      '',
      `${lang === 'id' ? 'Tanpa predikat organisasi (dilewati)' : 'No organisation predikat (skipped)'}: ${c.noOrgPredikat.join(', ')}`,
    );
  }
  if (c.notPmk6 > 0) {
    out.push(
      '',
      `${c.notPmk6} ${lang === 'id' ? 'hasil bukan skala PermenPANRB 6/2022 (pola distribusi tidak berlaku)' : 'result(s) not on the PermenPANRB 6/2022 scale (the guidance does not apply)'}`,
    );
  }
  out.push(
    '',
    lang === 'id'
      ? 'Pola distribusi SE MenPANRB 3/2023 bersifat pertimbangan bagi pimpinan (nasihat); usulan tidak diterapkan.'
      : 'The SE MenPANRB 3/2023 pattern is a consideration for the leader (advisory); nothing is applied.',
  );
  return `${out.join('\n')}\n`;
}

export const calibrate: Command = {
  spec: {
    name: 'calibrate',
    usage: 'calibrate <file> --org-predikat <value|file.json> [--lang id|en]',
    summary:
      'Checks the distribution of predikat in every unit against SE MenPANRB 3/2023 for the organisation predikat and proposes the fewest matrix-consistent changes.',
    options: {
      ...INPUT_OPTIONS,
      'org-predikat': {
        type: 'string',
        arg: '<value|file.json>',
        help: 'ISTIMEWA|BAIK|BUTUH_PERBAIKAN|KURANG|SANGAT_KURANG for every unit, or a JSON file { "<unit>": "BAIK", "*": "BAIK" } (default: the predikat_organisasi column of the data)',
      },
      lang: {
        type: 'string',
        arg: '<lang>',
        help: 'Language of the report',
        choices: ['id', 'en'],
      },
      'fail-on': {
        type: 'string',
        arg: '<severity>',
        help: 'Exit 1 when a unit does not meet the pattern (warning) or cannot be checked (error)',
        choices: ['error', 'warning'],
      },
    },
  },
  async run(p, io) {
    const files = inputFiles(p, 'calibrate', io.cwd);
    const org = await parseOrgPredikatArg(io.cwd, str(p, 'org-predikat'));
    const run = await runPipeline(io, files, await pipelineOptions(p, io));
    const c = calibrateUnits(run.scored, org);
    if (c.units.length === 0 && c.noOrgPredikat.length > 0) {
      fail(
        'calibrate: no organisation predikat for any unit; pass --org-predikat <value|file.json>',
      );
    }
    if (p.values.json) printJson(io, calibrationJson(c));
    else io.stdout.write(calibrationText(c, (str(p, 'lang') ?? 'id') as Locale));
    const failOn = str(p, 'fail-on');
    const unchecked = c.units.some((u) => verdictOf(u) === 'TIDAK_DAPAT_DIPERIKSA');
    if (failOn === 'error' && unchecked) return 1;
    if (
      failOn === 'warning' &&
      (unchecked || c.units.some((u) => verdictOf(u) === 'TIDAK_MEMENUHI'))
    )
      return 1;
    return 0;
  },
};
