import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { generateDemo } from '../src/demo/city.js';
import { captureStream } from '../src/io.js';
import { resultsText } from '../src/output.js';
import { runPipeline } from '../src/pipeline.js';
import { parallelMinLines, scoreInWorkers } from '../src/workers/parallel.js';
import { youngGenerationMb } from '../src/workers/pool.js';
import { cli, pp46Appraisal, tmp } from './helpers.js';

/**
 * `kinerja score` streams CSV and JSON Lines input in chunks and writes the results file as the
 * chunks come back, in this thread (`--workers 1`) as on worker threads. These tests hold the
 * streamed outputs to the whole-file run (`runPipeline` + `resultsText`), byte for byte.
 */

/**
 * A directory with a 6/2022 CSV (with the demo's malformed rows) and a JSON Lines file whose
 * PP 46 and 6/2022 records alternate in runs, so that chunks of a few records carry different
 * `nilai` names and the CSV results must be laid out again when they are joined.
 */
function mixedInput(): string {
  const dir = tmp();
  const city = generateDemo({ size: 700, seed: 5 });
  writeFileSync(join(dir, 'pegawai.csv'), city.csv);
  const demo = city.jsonl.split('\n').filter((l) => l !== '');
  const lines: string[] = [];
  for (let i = 0; i < 300; i++) {
    lines.push(
      Math.floor(i / 37) % 2 === 0
        ? JSON.stringify(pp46Appraisal(i))
        : (demo[i % demo.length] as string),
    );
    if (i === 150) lines.push('{"rusak": ');
  }
  // Line ends and blank lines of every kind readline takes (LF, CRLF, lone CR; BOMs at the
  // start of lines; lines of spaces, tabs and Unicode spaces), and text past ASCII, so that the
  // JSON Lines cut as bytes must give the whole-file reader's lines and row numbers.
  const ends = ['\n', '\r\n', '\r', '\n \t\n', '\r\n\u00A0\u3000\r\n', '\n\uFEFF'];
  let text = '';
  lines.forEach((line, i) => {
    const named = i % 11 === 3 ? line.replace('"nama":"', '"nama":"Ñoño Ümar 😀 ') : line;
    text += named + (ends[i % ends.length] as string);
  });
  writeFileSync(join(dir, 'campur.jsonl'), `\uFEFF${text}`);
  return dir;
}

const quiet = (dir: string) => ({ stdout: captureStream(), stderr: captureStream(), cwd: dir });

describe('streamed scoring equals the whole-file run, byte for byte', () => {
  const files = ['campur.jsonl', 'pegawai.csv'];

  for (const format of ['csv', 'json'] as const) {
    for (const chunkRecords of [1, 7, 64, 5000]) {
      it(`${format} results, chunks of ${chunkRecords} record(s), in this thread`, async () => {
        const dir = mixedInput();
        const whole = await runPipeline(quiet(dir), files, { progress: false });
        const out = join(dir, `hasil.${format}`);
        const streamed = await scoreInWorkers(quiet(dir), files, {
          workers: 1,
          results: format,
          resultsFile: out,
          chunkRecords,
        });
        expect(streamed.threads).toBe(0);
        expect(streamed.results).toBeUndefined();
        expect(readFileSync(out, 'utf8')).toBe(resultsText(whole.scored, format));
        expect(await streamed.rejections.all()).toEqual(whole.rejections);
        streamed.rejections.dispose();
        expect(streamed.accepted).toBe(whole.summary.accepted);
        expect(streamed.files).toEqual(whole.summary.byFile);
        expect(Object.entries(streamed.byPredikat)).toEqual(
          Object.entries(whole.summary.byPredikat),
        );
        // Nothing left beside the results file.
        expect(readdirSync(dir).sort()).toEqual([...files, `hasil.${format}`].sort());
      });
    }
  }

  it('rejections spooled to a temporary file come back as the whole-file run lists them', async () => {
    vi.stubEnv('KINERJA_REJECTIONS_IN_MEMORY', '2');
    try {
      const dir = mixedInput();
      const whole = await runPipeline(quiet(dir), files, { progress: false });
      const streamed = await scoreInWorkers(quiet(dir), files, { workers: 1, chunkRecords: 7 });
      expect(whole.rejections.length).toBeGreaterThan(2);
      expect(streamed.rejections.spooled).toBe(true);
      expect(streamed.rejections.count).toBe(whole.rejections.length);
      expect(streamed.rejections.first).toEqual(whole.rejections[0]);
      expect(await streamed.rejections.all()).toEqual(whole.rejections);
      const spools = () =>
        readdirSync(tmpdir()).filter((f) => f.startsWith(`kinerja-rejections-${process.pid}-`));
      expect(spools()).toHaveLength(1);
      streamed.rejections.dispose();
      expect(spools()).toHaveLength(0);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('names the spool, not the input, when the rejections cannot be written', async () => {
    const dir = mixedInput();
    vi.stubEnv('KINERJA_REJECTIONS_IN_MEMORY', '0');
    vi.stubEnv('TMPDIR', '/nonexistent/kinerja-tmp');
    try {
      const r = await cli(dir, 'score', 'pegawai.csv', '--workers', '1', '--out', 'h.csv');
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'kinerja: cannot write the rejections spool in /nonexistent/kinerja-tmp: no such file (berkas tidak ditemukan)\n',
      );
      // And no results file: the run failed.
      expect(existsSync(join(dir, 'h.csv'))).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('the mixed input really takes the relayout path', async () => {
    const dir = mixedInput();
    const whole = await runPipeline(quiet(dir), files, { progress: false });
    const csv = resultsText(whole.scored, 'csv');
    const header = csv.split('\r\n')[0] as string;
    expect(header).toMatch(/,nilai_\w+,/);
    // 6/2022 rows have no nilai: their chunks carry fewer columns than the header.
    expect(csv).toContain('permenpanrb-6-2022');
    expect(csv).toContain('pp46-2011');
    // The JSON Lines carry the line ends, blank lines and text they are meant to.
    const jsonl = readFileSync(join(dir, 'campur.jsonl'), 'utf8');
    for (const part of ['}\r{', '}\r\n\u00A0', '\n\uFEFF{', 'Ñoño Ümar 😀']) {
      expect(jsonl).toContain(part);
    }
    expect(csv).toContain('Ñoño Ümar 😀');
  });

  it('an empty results array and a header-only CSV when nothing scores', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.jsonl'), '{"pegawai": {}}\n{"x": 1}\n');
    for (const format of ['json', 'csv'] as const) {
      const out = join(dir, `hasil.${format}`);
      const r = await scoreInWorkers(quiet(dir), ['a.jsonl'], {
        workers: 1,
        results: format,
        resultsFile: out,
      });
      expect(r.accepted).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(resultsText([], format));
    }
  });
});

describe('a failed streamed run leaves no partial results file', () => {
  it('keeps an existing results file as it was and removes its part files', async () => {
    const dir = mixedInput();
    writeFileSync(join(dir, 'hasil.csv'), 'hasil lama\r\n');
    // The second file yields nothing usable: the run stops with exit 2 after the first file
    // was scored and its results spooled.
    writeFileSync(join(dir, 'kosong.csv'), 'a,b\r\n');
    for (const workers of ['1', '2']) {
      const r = await cli(
        dir,
        'score',
        'pegawai.csv',
        'kosong.csv',
        '--out',
        'hasil.csv',
        '--workers',
        workers,
      );
      expect(r.code).toBe(2);
      expect(readFileSync(join(dir, 'hasil.csv'), 'utf8')).toBe('hasil lama\r\n');
      expect(readdirSync(dir).filter((f) => f.includes('.part'))).toEqual([]);
    }
  });

  it('reports an unwritable results directory as a one-line error', async () => {
    const dir = mixedInput();
    writeFileSync(join(dir, 'berkas'), '');
    const r = await cli(dir, 'score', 'pegawai.csv', '--out', 'berkas/hasil.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kinerja: cannot write berkas\/hasil\.csv: .*\n$/);
    expect(existsSync(join(dir, 'berkas/hasil.csv'))).toBe(false);
  });
});

describe('kinerja score streams on the command line', () => {
  it('--workers 1 and the default give the same files as each other', async () => {
    const dir = mixedInput();
    const one = await cli(
      dir,
      'score',
      'pegawai.csv',
      'campur.jsonl',
      '--workers',
      '1',
      '--out',
      'a.csv',
      '--json',
    );
    const two = await cli(
      dir,
      'score',
      'pegawai.csv',
      'campur.jsonl',
      '--workers',
      '2',
      '--out',
      'b.csv',
      '--json',
    );
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe(readFileSync(join(dir, 'a.csv'), 'utf8'));
    const summary = JSON.parse(one.stdout) as { total: number; accepted: number; rejected: number };
    expect(summary.total).toBe(summary.accepted + summary.rejected);
  });
});

describe('tuning knobs read from the environment', () => {
  it.each([
    [undefined, 24],
    ['128', 128],
    ['8', 8],
    ['4', 24],
    ['64.5', 24],
    ['', 24],
    ['banyak', 24],
  ])('KINERJA_WORKER_YOUNG_MB=%s gives %i MB', (v, mb) => {
    expect(youngGenerationMb(v === undefined ? {} : { KINERJA_WORKER_YOUNG_MB: v })).toBe(mb);
  });

  it.each([
    [undefined, 100_000],
    ['0', 0],
    ['2000', 2000],
    ['-1', 100_000],
    ['1e5', 100_000],
  ])('KINERJA_WORKERS_MIN_LINES=%s gives %i lines', (v, n) => {
    expect(parallelMinLines(v === undefined ? {} : { KINERJA_WORKERS_MIN_LINES: v })).toBe(n);
  });
});
