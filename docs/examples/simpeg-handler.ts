// The JSON contract of a SIMPEG scoring endpoint: one appraisal or a list in, plain JSON out.
// No framework: wire `handleScoreRequest` into Express, Fastify, Hono, a queue worker…
import {
  type EvaluationResult,
  evaluate,
  formatPath,
  formatTrace,
  type Locale,
} from '@kinerja/core';

/** What the PHP/Java side posts. */
export interface ScoreRequest {
  /** One appraisal, or several in `appraisals`. */
  readonly appraisal?: unknown;
  readonly appraisals?: readonly unknown[];
  /** Language of messages and explanations (default `id`). */
  readonly locale?: Locale;
  /** Include the structured trace steps (default false: the text explanation is enough). */
  readonly includeTrace?: boolean;
}

/** What the endpoint answers, per appraisal. */
export interface ScoreResponseItem {
  readonly ok: boolean;
  readonly id?: string;
  readonly nip?: string;
  readonly ruleset?: string;
  readonly predikat?: { readonly code: string; readonly label: string };
  readonly nilai?: Readonly<Record<string, string>>;
  readonly rating?: { readonly hasilKerja: string; readonly perilaku: string };
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
  readonly issues: readonly {
    readonly code: string;
    readonly path: string;
    readonly message: string;
  }[];
  readonly explanation: string;
  readonly trace?: EvaluationResult['trace'];
}

function toItem(r: EvaluationResult, locale: Locale, includeTrace: boolean): ScoreResponseItem {
  return {
    ok: r.ok,
    ...(r.id !== undefined ? { id: r.id } : {}),
    ...(r.nip !== undefined ? { nip: r.nip } : {}),
    ...(r.ruleset ? { ruleset: r.ruleset.id } : {}),
    ...(r.predikat ? { predikat: { code: r.predikat.code, label: r.predikat.label[locale] } } : {}),
    ...(r.nilai ? { nilai: r.nilai } : {}),
    ...(r.rating
      ? { rating: { hasilKerja: r.rating.hasilKerja, perilaku: r.rating.perilaku } }
      : {}),
    warnings: r.warnings.map((w) => ({ code: w.code, message: w.message[locale] })),
    issues: r.issues.map((i) => ({
      code: i.code,
      path: formatPath(i.path),
      message: i.message[locale],
    })),
    explanation: formatTrace(r, { locale }),
    ...(includeTrace ? { trace: r.trace } : {}),
  };
}

/**
 * Scores a parsed request body. Never throws for bad data: a malformed appraisal is an item
 * with `ok: false` and its issues, so one bad row does not fail the whole request.
 */
export function handleScoreRequest(body: unknown): { status: number; json: unknown } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { status: 400, json: { error: 'expected a JSON object with appraisal or appraisals' } };
  }
  const req = body as ScoreRequest;
  const locale: Locale = req.locale === 'en' ? 'en' : 'id';
  const includeTrace = req.includeTrace === true;
  if (Array.isArray(req.appraisals)) {
    return {
      status: 200,
      json: { results: req.appraisals.map((a) => toItem(evaluate(a), locale, includeTrace)) },
    };
  }
  if (req.appraisal === undefined) {
    return { status: 400, json: { error: 'expected a JSON object with appraisal or appraisals' } };
  }
  return { status: 200, json: toItem(evaluate(req.appraisal), locale, includeTrace) };
}
