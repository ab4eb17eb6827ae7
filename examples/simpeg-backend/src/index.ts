/**
 * `@kinerja/example-simpeg-backend`: a scoring service a SIMPEG written in PHP or Java calls
 * with JSON. Import {@link createServer} to embed or test it; `src/main.ts` runs it.
 */
export { type BatchItem, BatchStreamError, jsonArrayItems, ndjsonItems } from './batch.js';
export { HttpError } from './http.js';
export { HTTP_MESSAGES, type HttpErrorCode } from './messages.js';
export {
  AgencyExtensionSchema,
  describeIssues,
  readAgencyRuleset,
  safeReadAgencyRuleset,
} from './ruleset.js';
export { createServer, type KinerjaService, type LogEntry, type ServerOptions } from './server.js';
