import { z } from 'zod';

/**
 * How sure we are of a rule (../shared/spec/regulations.md):
 * - `CONFIRMED`: seen in the official text or an official worked example;
 * - `CONFIRMED-2`: two or more independent secondary sources agree;
 * - `UNCERTAIN`: a reading; the library ships a default and says so in every trace.
 */
export const RuleStatusSchema = z.enum(['CONFIRMED', 'CONFIRMED-2', 'UNCERTAIN']);
export type RuleStatus = z.infer<typeof RuleStatusSchema>;

/** A legal reference: regulation, article or page, and the status of our reading. */
export const LegalRefSchema = z.object({
  /** The regulation, e.g. `"PermenPANRB 8/2021"`. */
  regulation: z.string().min(1),
  /** Article, paragraph, annex or page, e.g. `"Pasal 41 ayat (5)"` or `"hlm. 101 huruf (h)"`. */
  article: z.string().optional(),
  /** Where the text or the corroboration was seen. */
  source: z.string().optional(),
  status: RuleStatusSchema,
  /** Free note (why a reading was chosen). */
  note: z.string().optional(),
});
export type LegalRef = z.infer<typeof LegalRefSchema>;

/**
 * Whether the rule quotes the law (`quotation`) or is a configurable reading of it (`reading`).
 * Every `UNCERTAIN` rule is a reading.
 */
export type RuleKind = 'quotation' | 'reading';

/** Kind of a rule from its status. */
export function kindOf(ref: LegalRef): RuleKind {
  return ref.status === 'UNCERTAIN' ? 'reading' : 'quotation';
}

/** Shorthand constructor for legal references in ruleset data. */
export function ref(
  regulation: string,
  status: RuleStatus,
  article?: string,
  extra: { source?: string; note?: string } = {},
): LegalRef {
  return {
    regulation,
    status,
    ...(article !== undefined ? { article } : {}),
    ...(extra.source !== undefined ? { source: extra.source } : {}),
    ...(extra.note !== undefined ? { note: extra.note } : {}),
  };
}
