/**
 * `pnpm docs:build`: generates the API reference with TypeDoc (warnings are errors there),
 * then builds the site with VitePress (dead links are errors there), and fails if either
 * prints anything but its usual progress lines — so a new warning of any kind (Vite, Rollup,
 * Vue, VitePress) fails the build instead of scrolling by.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Lines a clean build prints. Anything else is treated as a warning. */
const EXPECTED = [
  /^vitepress v\d/,
  /^[-✓]\s+(building client \+ server bundles|rendering pages)/,
  /^vite v\d[\d.]* building (for production|SSR bundle for production)\.\.\.$/,
  /^transforming\.\.\.$/,
  /^✓ \d+ modules transformed\.$/,
  /^rendering chunks\.\.\.$/,
  /^computing gzip size\.\.\.$/,
  /^✓ built in [\d.]+m?s$/,
  /^build complete in [\d.]+m?s\.$/,
];

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

function run(cmd: string, args: string[]): Promise<{ code: number; unexpected: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: docsDir, stdio: ['ignore', 'pipe', 'pipe'] });
    const unexpected: string[] = [];
    let pending = '';
    const onData = (chunk: Buffer, out: NodeJS.WriteStream) => {
      out.write(chunk);
      pending += chunk.toString('utf8');
      const lines = pending.split(/\r?\n|\r/);
      pending = lines.pop() ?? '';
      for (const raw of lines) check(raw);
    };
    const check = (raw: string) => {
      const line = raw.replace(ANSI, '').trim();
      if (line !== '' && !EXPECTED.some((re) => re.test(line))) unexpected.push(line);
    };
    child.stdout.on('data', (c: Buffer) => onData(c, process.stdout));
    child.stderr.on('data', (c: Buffer) => onData(c, process.stderr));
    child.on('error', reject);
    child.on('close', (code) => {
      check(pending);
      resolve({ code: code ?? 1, unexpected });
    });
  });
}

const started = Date.now();
for (const [cmd, args] of [
  ['typedoc', []],
  ['vitepress', ['build', '.']],
] as const) {
  const { code, unexpected } = await run(cmd, [...args]);
  if (code !== 0) {
    console.error(`\ndocs build: \`${cmd} ${args.join(' ')}\` failed with exit code ${code}`);
    process.exit(code);
  }
  if (unexpected.length > 0) {
    console.error(
      `\ndocs build: \`${cmd} ${args.join(' ')}\` printed unexpected output (warnings?):`,
    );
    for (const line of unexpected) console.error(`  ${line}`);
    process.exit(1);
  }
}
console.log(`docs build: clean (${((Date.now() - started) / 1000).toFixed(1)} s)`);
