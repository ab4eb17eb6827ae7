/**
 * Imported first by the page: zod must not compile validators with `new Function`. The page runs
 * under a Content-Security-Policy without `'unsafe-eval'`; with `jitless` zod neither uses nor
 * probes the Function constructor (the probe alone would be reported as a CSP violation).
 */
import { config } from 'zod';

config({ jitless: true });
