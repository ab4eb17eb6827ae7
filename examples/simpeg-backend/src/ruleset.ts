/**
 * The agency's ruleset, read from a JSON file when the service starts. Two shapes are accepted:
 *
 * - an **extension** (`{ "extends": "permenpanrb-6-2022", "id", "agency", "params", … }`), applied
 *   with `extendRuleset` to the named national ruleset — what an agency writes by hand;
 * - a **complete serialised ruleset** (it has a `regime`), as `GET /v1/rulesets/:id` or
 *   `serializeRuleset` produce it, read with `loadRuleset` — what an agency pins after review.
 *
 * Both paths validate everything (shapes, decimal strings, weights, bands, forbidden keys); an
 * invalid file stops the start-up with the core's issues, never a half-configured service.
 */
import { readFileSync } from 'node:fs';
import {
  findForbiddenKeys,
  formatPath,
  type Issue,
  type NationalRulesetId,
  type Ruleset,
  RulesetError,
  rulesets,
  safeExtendRuleset,
  safeLoadRuleset,
  safeParseWith,
} from '@kinerja/core';
import { z } from 'zod';
import { jsonErrorDetail } from './messages.js';

const TextSchema = z.strictObject({ id: z.string().min(1), en: z.string().min(1) });
const NATIONAL_IDS = Object.keys(rulesets) as [NationalRulesetId, ...NationalRulesetId[]];

/**
 * An agency extension as JSON. Legal references and parameter values are checked by the core
 * against the base ruleset (`extendRuleset` validates the result), so they are `unknown` here.
 *
 * @example
 * ```ts no-run
 * AgencyExtensionSchema.parse({
 *   extends: 'permenpanrb-6-2022', id: 'pemkab-contoh-2025', agency: 'Pemkab Contoh',
 *   params: { saranHasilKerja: { value: { aktif: false, diAtasRataRataMin: '90',
 *     minSetiapIki: '65', sesuaiRataRataMin: '65', hanyaUtama: false } } },
 * });
 * ```
 */
export const AgencyExtensionSchema = z.strictObject({
  $comment: z.string().optional(),
  extends: z.enum(NATIONAL_IDS),
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{2,63}$/, 'lowercase letters, digits, "." and "-" (3–64)'),
  version: z.string().min(1).optional(),
  agency: z.string().min(1),
  title: TextSchema.optional(),
  effective: z
    .strictObject({ from: z.iso.date(), to: z.iso.date().optional() })
    .refine((e) => e.to === undefined || e.from <= e.to, 'effective.from must not be after to')
    .optional(),
  legalBasis: z.array(z.unknown()).optional(),
  params: z
    .record(
      z.string(),
      z.strictObject({
        value: z.unknown(),
        ref: z.unknown().optional(),
        description: TextSchema.optional(),
      }),
    )
    .optional(),
  rounding: z.strictObject({ value: z.unknown(), ref: z.unknown().optional() }).optional(),
});

/**
 * Reads a ruleset from parsed JSON (an extension or a complete ruleset) without throwing.
 *
 * @example
 * ```ts no-run
 * const r = safeReadAgencyRuleset(JSON.parse(readFileSync('ruleset/pemkab-contoh.json', 'utf8')));
 * if (r.ok) r.ruleset.extends; // 'permenpanrb-6-2022'
 * ```
 */
export function safeReadAgencyRuleset(
  data: unknown,
): { ok: true; ruleset: Ruleset } | { ok: false; issues: Issue[] } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      issues: [
        bad(
          'NOT_AN_OBJECT',
          'Berkas ruleset harus berupa objek JSON',
          'The ruleset file must be a JSON object',
        ),
      ],
    };
  }
  const forbidden = findForbiddenKeys(data);
  if (forbidden.length > 0) {
    return {
      ok: false,
      issues: forbidden.map((path) => ({
        ...bad(
          'FORBIDDEN_KEY',
          `Kunci "${String(path.at(-1))}" tidak diizinkan (pencemaran prototipe)`,
          `Key "${String(path.at(-1))}" is not allowed (prototype pollution)`,
        ),
        path,
      })),
    };
  }
  if ('regime' in data) return safeLoadRuleset(data);
  const parsed = safeParseWith(AgencyExtensionSchema, data);
  if (!parsed.success) return { ok: false, issues: parsed.issues };
  const { extends: base, $comment: _comment, ...ext } = parsed.data;
  // The refs were typed `unknown` above; extendRuleset re-validates the whole ruleset with the
  // core's own schema, so a malformed ref comes back as an issue with its path.
  return safeExtendRuleset(rulesets[base], ext as Parameters<typeof safeExtendRuleset>[1]);
}

/**
 * Reads the agency ruleset file; throws a `RulesetError` carrying the issues when the file is
 * not valid, so a misconfigured service refuses to start.
 *
 * @example
 * ```ts no-run
 * const rs = readAgencyRuleset('ruleset/pemkab-contoh.json');
 * rs.id; // 'pemkab-contoh-2025'
 * ```
 */
export function readAgencyRuleset(file: string): Ruleset {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new RulesetError([
      bad('INVALID_JSON', `${file}: ${jsonErrorDetail(e)}`, `${file}: ${jsonErrorDetail(e)}`),
    ]);
  }
  const r = safeReadAgencyRuleset(data);
  if (!r.ok) throw new RulesetError(r.issues.map((i) => ({ ...i, path: [file, ...i.path] })));
  return r.ruleset;
}

/**
 * One line per issue, for the start-up error on stderr.
 *
 * @example
 * ```ts no-run
 * describeIssues(e.issues); // 'params.saranHasilKerja.value.diAtasRataRataMin: NOT_DECIMAL …'
 * ```
 */
export function describeIssues(issues: readonly Issue[]): string {
  return issues
    .map((i) => `${formatPath(i.path) || '(root)'}: ${i.code} — ${i.message.en}`)
    .join('\n');
}

function bad(code: string, id: string, en: string): Issue {
  return { code, path: [], severity: 'error', message: { id, en } };
}
