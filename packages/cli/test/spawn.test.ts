import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { smallCity } from './helpers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const bin = join(root, 'packages/cli/src/bin.ts');

/** Runs the real binary from source, as `pnpm demo` does. */
function kinerja(cwd: string, ...args: string[]) {
  return spawnSync(tsx, ['--tsconfig', join(root, 'tsconfig.base.json'), bin, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the kinerja binary (spawned from source)', () => {
  it('scores a file with process exit code 0 and reports a bad file with exit code 2 on one line', () => {
    const { dir } = smallCity(200);
    const ok = kinerja(dir, 'score', 'pegawai.csv', '--json', '--fail-on', 'error');
    expect(ok.status).toBe(1);
    expect(JSON.parse(ok.stdout)).toMatchObject({ rejected: 5 });
    const bad = kinerja(dir, 'score', 'nope.csv');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('kinerja: nope.csv: no such file (berkas tidak ditemukan)\n');
  }, 60_000);
});
