/**
 * The service's own error messages (HTTP level), in Bahasa Indonesia and English. Issues about
 * the appraisal itself come from `@kinerja/core` unchanged.
 */
import { defineMessages } from '@kinerja/core';

/**
 * Message table of the HTTP errors. Each error response carries `error.code` and
 * `error.message.{id,en}` from here.
 *
 * @example
 * ```ts no-run
 * HTTP_MESSAGES.text('NOT_FOUND', { path: '/v2' }).en; // 'No endpoint at /v2'
 * ```
 */
export const HTTP_MESSAGES = defineMessages({
  NOT_FOUND: {
    id: (p: { path: string }) => `Tidak ada endpoint di ${p.path}`,
    en: (p: { path: string }) => `No endpoint at ${p.path}`,
  },
  METHOD_NOT_ALLOWED: {
    id: (p: { method: string; allow: string }) =>
      `Metode ${p.method} tidak diizinkan di sini; gunakan ${p.allow}`,
    en: (p: { method: string; allow: string }) =>
      `Method ${p.method} is not allowed here; use ${p.allow}`,
  },
  UNSUPPORTED_MEDIA_TYPE: {
    id: (p: { got: string; expected: string }) =>
      `Content-Type "${p.got}" tidak didukung; gunakan ${p.expected} (UTF-8)`,
    en: (p: { got: string; expected: string }) =>
      `Content-Type "${p.got}" is not supported; use ${p.expected} (UTF-8)`,
  },
  BODY_TOO_LARGE: {
    id: (p: { limit: number }) => `Isi permintaan melebihi batas ${p.limit} byte`,
    en: (p: { limit: number }) => `The request body exceeds the limit of ${p.limit} bytes`,
  },
  ITEM_TOO_LARGE: {
    id: (p: { limit: number }) => `Satu data penilaian melebihi batas ${p.limit} byte`,
    en: (p: { limit: number }) => `One appraisal exceeds the limit of ${p.limit} bytes`,
  },
  INVALID_ENCODING: {
    id: () => 'Isi permintaan bukan teks UTF-8 yang valid',
    en: () => 'The request body is not valid UTF-8 text',
  },
  INVALID_JSON: {
    id: (p: { detail: string }) => `Isi permintaan bukan JSON yang valid: ${p.detail}`,
    en: (p: { detail: string }) => `The request body is not valid JSON: ${p.detail}`,
  },
  EMPTY_BODY: {
    id: () => 'Isi permintaan kosong',
    en: () => 'The request body is empty',
  },
  FORBIDDEN_KEY: {
    id: (p: { key: string }) => `Kunci "${p.key}" tidak diizinkan (pencemaran prototipe)`,
    en: (p: { key: string }) => `Key "${p.key}" is not allowed (prototype pollution)`,
  },
  VALIDATION_FAILED: {
    id: (p: { count: number }) => `Data tidak dapat dinilai: ${p.count} masalah (lihat issues)`,
    en: (p: { count: number }) => `The data cannot be appraised: ${p.count} issue(s) (see issues)`,
  },
  NOT_AN_ARRAY: {
    id: () => 'Batch JSON harus berupa array data penilaian ([ {...}, {...} ])',
    en: () => 'A JSON batch must be an array of appraisals ([ {...}, {...} ])',
  },
  INPUT_TRUNCATED: {
    id: () =>
      'Isi batch terpotong atau tidak tertutup dengan benar; baris sesudahnya tidak dinilai',
    en: () => 'The batch body is truncated or not properly closed; nothing after it was appraised',
  },
  UNKNOWN_RULESET: {
    id: (p: { id: string }) => `Ruleset "${p.id}" tidak dikenal di layanan ini`,
    en: (p: { id: string }) => `Ruleset "${p.id}" is not known to this service`,
  },
  INVALID_QUERY: {
    id: (p: { name: string; allowed: string }) =>
      `Parameter query "${p.name}" tidak valid; nilai yang diizinkan: ${p.allowed}`,
    en: (p: { name: string; allowed: string }) =>
      `Query parameter "${p.name}" is invalid; allowed values: ${p.allowed}`,
  },
  REQUEST_TIMEOUT: {
    id: (p: { ms: number }) => `Isi permintaan tidak diterima lengkap dalam ${p.ms} ms`,
    en: (p: { ms: number }) => `The request body was not received in full within ${p.ms} ms`,
  },
  SHUTTING_DOWN: {
    id: () => 'Layanan sedang berhenti; ulangi permintaan ke instans lain',
    en: () => 'The service is shutting down; retry against another instance',
  },
  INTERNAL: {
    id: (p: { requestId: string }) =>
      `Terjadi kesalahan internal; sebutkan request id ${p.requestId} kepada pengelola`,
    en: (p: { requestId: string }) =>
      `Internal error; quote request id ${p.requestId} to the operators`,
  },
});

/**
 * A code of {@link HTTP_MESSAGES}.
 *
 * @example
 * ```ts no-run
 * const code: HttpErrorCode = 'BODY_TOO_LARGE';
 * ```
 */
export type HttpErrorCode = keyof typeof HTTP_MESSAGES.table;

/**
 * The JSON parser's message without the engine-specific suffix: Node 22+ appends
 * " (line L column C)" to V8's text, so clients get the same text on every Node version.
 */
export function jsonErrorDetail(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/ \(line \d+ column \d+\)$/, '');
}
