import { z } from 'zod';
import type { Issue, Path } from './issue.js';

const LOCALE_ID = z.locales.id();
const LOCALE_EN = z.locales.en();

function localeText(loc: ReturnType<typeof z.locales.en>, issue: z.core.$ZodRawIssue): string {
  const r = loc.localeError(issue);
  if (typeof r === 'string') return r;
  return r?.message ?? issue.message ?? 'invalid';
}

/**
 * Converts zod issues into Kinerja issues with messages in Bahasa Indonesia and English.
 * Custom refinements carry their own bilingual text in `params.kinerja`.
 */
export function toIssues(error: z.ZodError, prefix: Path = []): Issue[] {
  return error.issues.map((i) => {
    const k = (i as { params?: { kinerja?: { code: string; id: string; en: string } } }).params
      ?.kinerja;
    const path = [...prefix, ...(i.path as (string | number)[])];
    if (k) return { code: k.code, path, severity: 'error', message: { id: k.id, en: k.en } };
    const raw = i as unknown as z.core.$ZodRawIssue;
    const upper = i.code.toUpperCase();
    const code =
      i.code === 'unrecognized_keys'
        ? 'UNKNOWN_KEY'
        : upper.startsWith('INVALID_')
          ? upper
          : `INVALID_${upper}`;
    return {
      code,
      path,
      severity: 'error',
      message: { id: localeText(LOCALE_ID, raw), en: localeText(LOCALE_EN, raw) },
    };
  });
}

/**
 * Parses with a schema and returns data or Kinerja issues; never throws. The happy path
 * parses once without `reportInput`; only a failed parse is repeated with it, for the
 * messages that quote the received value.
 */
export function safeParseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: Path = [],
): { success: true; data: z.output<S> } | { success: false; issues: Issue[] } {
  const fast = schema.safeParse(input);
  if (fast.success) return { success: true, data: fast.data };
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return { success: true, data: r.data };
  return { success: false, issues: toIssues(r.error, prefix) };
}
