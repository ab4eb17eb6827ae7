import { APPRAISAL_FIELDS, DEFAULT_ALIASES } from '@kinerja/adapters/csv';
import {
  AppraisalSchema,
  type EvaluationResult,
  PREDIKAT_ORGANISASI,
  RATINGS,
} from '@kinerja/core';
import { TeamMemberSchema } from '@kinerja/core/calibration';
import { z } from 'zod';
import { INPUT_FORMATS } from './input.js';

const TextSchema = z
  .object({ id: z.string(), en: z.string() })
  .describe('Bahasa Indonesia and English');
const PathSchema = z.array(z.union([z.string(), z.number()]));

/** A rejected row in the `--rejections` file and in `--json` output. */
export const RejectionSchema = z.object({
  file: z.string(),
  row: z
    .number()
    .int()
    .min(1)
    .describe('1-based record number in the file (first data record = 1)'),
  path: PathSchema,
  code: z.string(),
  message: TextSchema,
  source: z
    .literal('master')
    .optional()
    .describe('master: a row of the --master employee file, not of the scored input'),
});

/** One scored employee, as `kinerja score --format json` writes it. */
export const ScoreResultSchema = z.object({
  file: z.string(),
  row: z.number().int().min(1),
  nip: z.string(),
  nama: z.string().optional(),
  unitKerja: z.string().optional(),
  periode: z.object({ jenis: z.string(), mulai: z.string(), selesai: z.string() }),
  ruleset: z.string(),
  rating: z.object({ hasilKerja: z.enum(RATINGS), perilaku: z.enum(RATINGS) }).optional(),
  predikat: z.object({
    code: z.string(),
    scale: z.enum(['PP46', 'PP30', 'PMK6']),
    label: TextSchema,
  }),
  nilai: z.record(z.string(), z.string()).describe('Reported values as rounded decimal strings'),
  penilai: z.object({ nip: z.string().optional(), nama: z.string() }).optional(),
  warnings: z.array(z.object({ code: z.string(), message: TextSchema })),
});
/** One scored employee (output). */
export type ScoreResult = z.infer<typeof ScoreResultSchema>;

const CountsSchema = z.record(z.string(), z.number().int());

/** The summary `kinerja score --json` prints. */
export const ScoreSummarySchema = z.object({
  command: z.literal('score'),
  total: z.number().int().describe('accepted + rejected + excluded'),
  accepted: z.number().int(),
  rejected: z.number().int().describe('rows with at least one rejection'),
  excluded: z.number().int().describe('rows left out by a reported adapter decision'),
  byPredikat: CountsSchema,
  byUnit: z.record(z.string(), CountsSchema),
  byFile: z.array(
    z.object({
      file: z.string(),
      format: z.enum(INPUT_FORMATS),
      total: z.number().int(),
      accepted: z.number().int(),
      rejected: z.number().int(),
      excluded: z.number().int(),
    }),
  ),
  master: z
    .object({
      file: z.string(),
      rows: z.number().int().describe('accepted + rejected + excluded (not part of total)'),
      accepted: z.number().int(),
      rejected: z.number().int(),
      excluded: z.number().int(),
    })
    .optional()
    .describe('The --master employee file: its own rows, rejections listed with source master'),
  rejectionsByCode: z
    .record(z.string(), z.number().int())
    .describe(
      'Rejections of the input rows by code, most frequent first (a row may have several; the master file rows are not counted)',
    ),
  decisions: z
    .array(
      z.object({
        file: z.string(),
        code: z.string(),
        message: z.object({ id: z.string(), en: z.string() }),
        rows: z.array(z.number().int()).describe('rows concerned; empty: the whole file'),
        status: z.literal('UNCERTAIN').optional(),
      }),
    )
    .describe('Every reading decision (format detected, header row, synonyms, exclusions)'),
  outputs: z.object({ results: z.string().optional(), rejections: z.string().optional() }),
});

/** `--org-predikat` as a file: unit name → organisation predikat (`*` for every other unit). */
export const OrgPredikatFileSchema = z.record(z.string(), z.enum(PREDIKAT_ORGANISASI));

/** The output of `kinerja calibrate --json`. */
export const CalibrateOutputSchema = z.object({
  command: z.literal('calibrate'),
  units: z.array(
    z.object({
      unit: z.string(),
      orgPredikat: z.enum(PREDIKAT_ORGANISASI),
      orgPredikatSource: z.enum(['option', 'file', 'data']),
      headcount: z.number().int(),
      counts: CountsSchema,
      verdict: z.enum(['MEMENUHI', 'TIDAK_MEMENUHI', 'TIDAK_DAPAT_DIPERIKSA']),
      rules: z.array(z.unknown()).describe('DistributionCheck.rules of @kinerja/core/calibration'),
      proposal: z
        .object({
          feasible: z.boolean(),
          changes: z.array(z.unknown()).describe('ProposedChange of @kinerja/core/calibration'),
          reason: z.string().optional(),
        })
        .optional(),
      issues: z.array(z.object({ code: z.string(), path: PathSchema, message: TextSchema })),
    }),
  ),
  skipped: z.object({ notPmk6: z.number().int(), noOrgPredikat: z.array(z.string()) }),
});

/** The output of `kinerja audit --json`. */
export const AuditOutputSchema = z.object({
  command: z.literal('audit'),
  findings: z.array(
    z.object({
      unit: z.string().describe('The unit kerja whose results the finding comes from'),
      code: z.string(),
      severity: z.enum(['high', 'medium', 'low']),
      subject: z.object({ kind: z.enum(['rater', 'unit', 'group']), id: z.string() }),
      evidence: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
      explanation: TextSchema,
    }),
  ),
  units: z.array(
    z.object({
      unit: z.string(),
      summary: z.unknown().optional().describe('AuditReport.summary of @kinerja/core/bias'),
      issues: z.array(z.unknown()).optional(),
    }),
  ),
  recheck: z
    .object({
      checked: z.number().int(),
      agreed: z.number().int(),
      disagreed: z.number().int(),
      disagreements: z.array(
        z.object({
          file: z.string(),
          row: z.number().int(),
          nip: z.string().optional(),
          field: z.string(),
          stored: z.string(),
          derived: z.string(),
          message: TextSchema,
        }),
      ),
      notCheckable: z.number().int(),
    })
    .optional(),
});

/** The output of `kinerja explain --json`: the evaluation result with its full trace. */
export const ExplainOutputSchema = z.object({
  command: z.literal('explain'),
  nip: z.string(),
  results: z.array(z.unknown()).describe('EvaluationResult of @kinerja/core, with the trace'),
  rejections: z.array(RejectionSchema),
});

/** One row of an appraisal CSV: every column is text; the header names listed are accepted. */
const AppraisalCsvRowSchema = z
  .object(
    Object.fromEntries(
      APPRAISAL_FIELDS.map((f) => [
        DEFAULT_ALIASES[f][0] as string,
        z
          .string()
          .optional()
          .describe(`Also accepted as: ${DEFAULT_ALIASES[f].join(', ')}`),
      ]),
    ),
  )
  .describe('One CSV record (header row required; `;`, `,` or tab separated; UTF-8).');

/** The schemas `kinerja schema` prints, by name. */
export const SCHEMAS: Readonly<
  Record<string, { kind: 'input' | 'output'; schema: z.ZodType; about: string }>
> = {
  appraisal: {
    kind: 'input',
    schema: AppraisalSchema,
    about: 'One appraisal (--from json: an array of these; --from jsonl: one per line)',
  },
  'appraisal-csv-row': {
    kind: 'input',
    schema: AppraisalCsvRowSchema,
    about: 'One row of an appraisal CSV (--from csv)',
  },
  'org-predikat': {
    kind: 'input',
    schema: OrgPredikatFileSchema,
    about: 'The --org-predikat file: unit → organisation predikat',
  },
  'team-member': {
    kind: 'input',
    schema: TeamMemberSchema,
    about: 'A calibration team member (@kinerja/core/calibration)',
  },
  'score-result': {
    kind: 'output',
    schema: ScoreResultSchema,
    about: 'One result of kinerja score --format json',
  },
  rejection: { kind: 'output', schema: RejectionSchema, about: 'One rejected row (--rejections)' },
  'score-summary': { kind: 'output', schema: ScoreSummarySchema, about: 'kinerja score --json' },
  'calibrate-output': {
    kind: 'output',
    schema: CalibrateOutputSchema,
    about: 'kinerja calibrate --json',
  },
  'audit-output': { kind: 'output', schema: AuditOutputSchema, about: 'kinerja audit --json' },
  'explain-output': {
    kind: 'output',
    schema: ExplainOutputSchema,
    about: 'kinerja explain --json',
  },
};

/** Projects an evaluation result onto the {@link ScoreResultSchema} output shape. */
export function toScoreResult(file: string, row: number, r: EvaluationResult): ScoreResult {
  return {
    file,
    row,
    nip: r.nip ?? '',
    ...(r.nama !== undefined ? { nama: r.nama } : {}),
    ...(r.unitKerja !== undefined ? { unitKerja: r.unitKerja } : {}),
    periode: {
      jenis: r.periode?.jenis ?? '',
      mulai: r.periode?.mulai ?? '',
      selesai: r.periode?.selesai ?? '',
    },
    ruleset: r.ruleset?.id ?? '',
    ...(r.rating
      ? { rating: { hasilKerja: r.rating.hasilKerja, perilaku: r.rating.perilaku } }
      : {}),
    predikat: {
      code: r.predikat?.code ?? '',
      scale: r.predikat?.scale ?? 'PMK6',
      label: r.predikat?.label ?? { id: '', en: '' },
    },
    nilai: { ...(r.nilai ?? {}) },
    ...(r.penilai ? { penilai: { ...r.penilai } } : {}),
    warnings: r.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}
