import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../src/demo/city.js';
import { captureStream } from '../src/io.js';
import { main } from '../src/main.js';
import { inputPath } from '../src/stdin.js';
import { cli, oneLine, pp46Appraisal, tmp } from './helpers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Runs the CLI in this process with `input` as its standard input. */
async function withStdin(cwd: string, input: string | Buffer, ...argv: string[]) {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await main(argv, { stdout, stderr, cwd, stdin: Readable.from([input]) });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('- as an input file: the standard input', () => {
  it('scores JSON piped in as a file would be scored, naming it "-"', async () => {
    const dir = tmp();
    const json = JSON.stringify([pp46Appraisal(1), { pegawai: { nip: '1' } }]);
    writeFileSync(join(dir, 'a.json'), json);
    const piped = await withStdin(
      dir,
      json,
      'score',
      '-',
      '--from',
      'json',
      '--json',
      '--rejections',
      'r1.json',
    );
    const file = await cli(
      dir,
      'score',
      'a.json',
      '--from',
      'json',
      '--json',
      '--rejections',
      'r2.json',
    );
    expect(piped.code).toBe(file.code);
    const a = JSON.parse(piped.stdout);
    const b = JSON.parse(file.stdout);
    expect([a.total, a.accepted, a.rejected]).toEqual([2, 1, 1]);
    const same = (x: Record<string, unknown>) => ({ ...x, byFile: [], outputs: undefined });
    expect(same(a)).toEqual(same(b));
    const rejections = JSON.parse(readFileSync(join(dir, 'r1.json'), 'utf8')) as { file: string }[];
    expect(new Set(rejections.map((r) => r.file))).toEqual(new Set(['-']));
    // The copy is gone once the command ended: `-` names nothing any more.
    expect(inputPath(dir, '-')).toBe(join(dir, '-'));
  });

  it('streams a CSV piped in on worker threads to the same results as the file', async () => {
    const dir = tmp();
    const csv = generateDemo({ size: 3000 }).csv;
    writeFileSync(join(dir, 'pegawai.csv'), csv);
    process.env.KINERJA_WORKERS_MIN_LINES = '0';
    try {
      const piped = await withStdin(
        dir,
        csv,
        'score',
        '-',
        '--from',
        'csv',
        '--workers',
        '2',
        '--out',
        'h1.csv',
      );
      const file = await cli(dir, 'score', 'pegawai.csv', '--workers', '2', '--out', 'h2.csv');
      expect(piped.code).toBe(file.code);
      expect(piped.stderr).toBe('');
      expect(readFileSync(join(dir, 'h1.csv'), 'utf8')).toBe(
        readFileSync(join(dir, 'h2.csv'), 'utf8'),
      );
    } finally {
      delete process.env.KINERJA_WORKERS_MIN_LINES;
    }
  }, 60_000);

  it('tells a CSV piped in without --from by its header row, as a .csv file', async () => {
    const dir = tmp();
    const csv = generateDemo({ size: 50 }).csv;
    writeFileSync(join(dir, 'pegawai.csv'), csv);
    const piped = await withStdin(dir, csv, 'score', '-', '--json');
    const file = await cli(dir, 'score', 'pegawai.csv', '--json');
    expect(piped.code).toBe(file.code);
    const a = JSON.parse(piped.stdout);
    expect(a.decisions[0]).toMatchObject({ file: '-', code: 'FORMAT_DETECTED' });
    expect([a.total, a.accepted]).toEqual([
      JSON.parse(file.stdout).total,
      JSON.parse(file.stdout).accepted,
    ]);
  });

  it('is one line, exit 2, where there is no standard input (an embedding without io.stdin), or - is given twice', async () => {
    const dir = tmp();
    const r = await cli(dir, 'score', '-', '--from', 'json');
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toContain('- (standard input) is not available here');
    const twice = await withStdin(dir, '[]', 'score', '-', '-', '--from', 'json');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('- is the same file as -');
  });

  it('reads what a program pipes into the binary', () => {
    const json = JSON.stringify([pp46Appraisal(1), pp46Appraisal(2)]);
    const testDist = process.env.KINERJA_TEST_DIST === '1';
    const r = testDist
      ? spawnSync(
          process.execPath,
          [join(root, 'packages/cli/dist/bin.js'), 'score', '-', '--from', 'json', '--json'],
          {
            input: json,
            encoding: 'utf8',
            timeout: 60_000,
          },
        )
      : spawnSync(
          join(root, 'node_modules/.bin/tsx'),
          [
            '--tsconfig',
            join(root, 'tsconfig.base.json'),
            join(root, 'packages/cli/src/bin.ts'),
            'score',
            '-',
            '--from',
            'json',
            '--json',
          ],
          { input: json, encoding: 'utf8', timeout: 60_000 },
        );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ total: 2, accepted: 2 });
  }, 60_000);
});
