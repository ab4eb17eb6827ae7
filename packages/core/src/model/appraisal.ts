import { z } from 'zod';
import { PREDIKAT_ORGANISASI, RATINGS } from '../codes.js';
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
