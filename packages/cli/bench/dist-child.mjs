/**
 * `kinerja score` through the built dist/index.js, in a plain Node process: the `score-dist`
 * task of the suites (harness.ts starts this file instead of child.ts for it, and `score-pair`
 * starts two of them). Plain JavaScript, so that nothing but the built CLI is loaded: child.ts
 * runs under `--import tsx`, and worker threads inherit the options of the process that starts
 * them, so under tsx every scoring thread loaded tsx too (about 100 MB more peak memory for two
 * threads, and up to a fifth slower with a 24 MB young generation, measured on 200,000 rows).
 *
 *   node dist-child.mjs <file.csv> <dir> [opts…]
 *
 * Prints a JSON report `{ ms, rows, maxRssBytes, info }` as its last line, as child.ts does;
 * `info.outputs` is a SHA-256 of the results and rejections written (after the peak memory is
 * read), so a suite can check that every entry wrote the same bytes.
 * With KINERJA_BENCH_WAIT=1 it loads, prints "ready" and waits for a line on stdin first.
 */
import { join } from 'node:path';
import { outputsDigest } from './digest.mjs';

const [file, dir, ...rest] = process.argv.slice(2);
if (file === undefined || dir === undefined) {
  throw new Error('usage: node dist-child.mjs <file.csv> <dir> [opts…]');
}
const { main } = await import(new URL('../dist/index.js', import.meta.url).href);

/** A stream that keeps what is written to it. */
function capture() {
  const chunks = [];
  return {
    isTTY: false,
    write(chunk) {
      chunks.push(chunk);
      return true;
    },
    text: () => chunks.join(''),
  };
}

if (process.env.KINERJA_BENCH_WAIT === '1') {
  console.log('ready');
  process.stdin.setEncoding('utf8');
  for await (const piece of process.stdin) if (piece.includes('\n')) break;
  process.stdin.pause();
}
const out = capture();
const err = capture();
const t = performance.now();
const code = await main(
  [
    'score',
    file,
    '--out',
    join(dir, 'hasil.csv'),
    '--rejections',
    join(dir, 'ditolak.csv'),
    '--json',
    '--no-progress',
    ...rest,
  ],
  { stdout: out, stderr: err, cwd: process.cwd() },
);
const ms = performance.now() - t;
if (code !== 0) throw new Error(`kinerja score exited ${code}: ${err.text()}`);
const maxRssBytes = process.resourceUsage().maxRSS * 1024;
const s = JSON.parse(out.text());
const outputs = await outputsDigest([join(dir, 'hasil.csv'), join(dir, 'ditolak.csv')]);
console.log(
  JSON.stringify({
    ms,
    rows: s.total,
    maxRssBytes,
    info: { accepted: s.accepted, rejected: s.rejected, outputs },
  }),
);
