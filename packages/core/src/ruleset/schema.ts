import { z } from 'zod';
import { REGIMES } from '../codes.js';
import { bilingual, IsoDateSchema } from '../model/primitives.js';
import { LegalRefSchema } from './legal.js';

const TextSchema = z.strictObject({ id: z.string(), en: z.string() });

/** A parameter as stored in JSON. The value's shape is checked against the base ruleset. */
export const ParamSchema = z.strictObject({
  value: z.unknown(),
  ref: LegalRefSchema,
  description: TextSchema.optional(),
  overriddenBy: z.string().optional(),
});

/** Structural schema of a ruleset as JSON (regime-specific values are checked separately). */
export const RulesetJsonSchema = z
  .strictObject({
    id: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]*$/,
        bilingual(
          'RULESET_ID',
          'Id ruleset hanya huruf kecil, angka, titik dan tanda hubung',
          'Ruleset id: lowercase letters, digits, dots and dashes only',
        ),
      ),
    version: z.string().min(1),
    regime: z.enum(REGIMES),
    title: TextSchema,
    effective: z.strictObject({ from: IsoDateSchema, to: IsoDateSchema.optional() }),
    legalBasis: z.array(LegalRefSchema),
    extends: z.string().optional(),
    agency: z.string().optional(),
    rounding: ParamSchema,
    indicatorTypes: z.array(z.string().min(1)),
    params: z.record(z.string(), ParamSchema),
  })
  .refine(
    (r) => r.effective.to === undefined || r.effective.from <= r.effective.to,
    bilingual(
      'RULESET_DATES',
      'Tanggal mulai berlaku setelah tanggal akhir',
      'Effective from is after effective to',
    ),
  );
