import { z } from 'zod';
import { PREDIKAT_ORGANISASI, RATINGS } from '../codes.js';
import type { Issue, Path } from '../issues/issue.js';
import { safeParseWith } from '../issues/zod.js';
import { fastParseAppraisal } from './fastParse.js';
import { PegawaiSchema, PejabatSchema } from './pegawai.js';
import { PerilakuSchema } from './perilaku.js';
import { PeriodeSchema } from './periode.js';
import { UmpanBalikSchema } from './primitives.js';
import { SkpSchema } from './skp.js';

/**
 * One appraisal of one employee for one period: the single input shape for all three
 * regimes. The ruleset (chosen from the period or given by `rulesetId`) decides which
 * fields are required.
 *
 * Unknown top-level keys are kept (systems add their own columns); unknown nested keys
 * are reported, because they are usually typos.
 */
export const AppraisalSchema = z.looseObject({
  id: z.string().optional(),
  rulesetId: z.string().optional(),
  pegawai: PegawaiSchema,
  periode: PeriodeSchema,
  penilai: PejabatSchema.optional(),
  atasanPenilai: PejabatSchema.optional(),
  skp: SkpSchema.optional(),
  perilaku: PerilakuSchema.optional(),
  /** PP 30/2019 Pasal 41(5)(a): created a new idea or way that improves performance. */
  inovasi: z
    .union([
      z.boolean(),
      z.strictObject({ uraian: z.string().min(1), bukti: z.string().optional() }),
    ])
    .optional(),
  /** PermenPANRB 6/2022: rating given by the pejabat penilai kinerja. */
  ratingHasilKerja: z.enum(RATINGS).optional(),
  ratingPerilaku: z.enum(RATINGS).optional(),
  /** The employee heads the organisational unit (SE MenPANRB 3/2023 head-of-unit rule). */
  kepalaUnit: z.boolean().optional(),
  predikatOrganisasi: z.enum(PREDIKAT_ORGANISASI).optional(),
  umpanBalik: z.array(UmpanBalikSchema).optional(),
  catatan: z.string().optional(),
});
export type Appraisal = z.infer<typeof AppraisalSchema>;
export type AppraisalInput = z.input<typeof AppraisalSchema>;

/**
 * Validates an appraisal: exactly what `safeParseWith(AppraisalSchema, input, prefix)` returns
 * — the same data (defaults applied, keys in the same order) or the same issues — without
 * running zod on well-formed input. A hand-written check of the same rules decides first and
 * steps aside to zod for anything unusual, which then words the issues; a property test holds
 * the two equal. Adapters and batch jobs that validate before they store or score use it:
 * zod costs tens of microseconds per appraisal.
 *
 * @example
 * ```ts
 * const r = safeParseAppraisal({
 *   pegawai: { nip: '198703122010011002', nama: 'Siti', jabatan: { jenis: 'PELAKSANA' } },
 *   periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
 *   ratingHasilKerja: 'SESUAI_EKSPEKTASI',
 *   ratingPerilaku: 'SESUAI_EKSPEKTASI',
 * });
 * r.success && r.data.pegawai.jenisAsn; // 'PNS' (the default)
 * const bad = safeParseAppraisal({ periode: {} }, [7]);
 * bad.success || bad.issues[0]?.path; // [7, 'pegawai']
 * ```
 */
export function safeParseAppraisal(
  input: unknown,
  prefix: Path = [],
): { success: true; data: Appraisal } | { success: false; issues: Issue[] } {
  const fast = fastParseAppraisal(input);
  if (fast !== undefined) return { success: true, data: fast };
  return safeParseWith(AppraisalSchema, input, prefix);
}
