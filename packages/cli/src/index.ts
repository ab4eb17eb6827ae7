/**
 * `@kinerja/cli`: the `kinerja` command line — score, calibrate, audit, explain and report on
 * an agency's appraisal files, and a built-in demo. The binary is `kinerja`; this entry lets
 * another Node program run the same commands in-process.
 *
 * @example
 * ```ts
 * import { captureStream, main } from '@kinerja/cli';
 * const out = captureStream();
 * const code = await main(['schema', 'appraisal'], { stdout: out, stderr: captureStream(), cwd: process.cwd() });
 * ```
 *
 * @packageDocumentation
 */
export { type DemoOptions, type DemoSummary, generateDemo, runDemo } from './demo/demo.js';
export { CliError } from './errors.js';
export { INPUT_FORMATS, type InputFormat } from './input.js';
export { type CliIo, captureStream, type OutputStream } from './io.js';
export { main } from './main.js';
export { SCHEMAS } from './schemas.js';
