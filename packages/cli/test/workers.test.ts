import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CsvTokenizer,
  isBlankRow,
  parseCsv,
  readAppraisalCsv,
  writeCsv,
} from '@kinerja/adapters/csv';
import {
  extendRuleset,
  type IndicatorType,
  permenpanrb_6_2022,
  type Ruleset,
  serializeRuleset,
} from '@kinerja/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDemo } from '../src/demo/city.js';
import { captureStream } from '../src/io.js';
import { resultsText } from '../src/output.js';
import { resolveRuleset, rulesetRef, runPipeline, scoreFiles } from '../src/pipeline.js';
import { countLines, JSONL_BYTES_PER_LINE, scoreInWorkers } from '../src/workers/parallel.js';
import { JOBS_PER_THREAD, WorkerPool, workerEntry } from '../src/workers/pool.js';
import { CsvSplitter, JsonlSplitter, jsonlLines } from '../src/workers/split.js';
import { cli, pp46Appraisal, tmp } from './helpers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const testDist = process.env.KINERJA_TEST_DIST === '1';

// Inputs of a few thousand rows keep the tests fast; by default runs that small stay in-thread.
const MIN_LINES = '2000';
beforeAll(() => {
  process.env.KINERJA_WORKERS_MIN_LINES = MIN_LINES;
});
afterAll(() => {
  delete process.env.KINERJA_WORKERS_MIN_LINES;
});

/**
 * A generated input of a few thousand rows that exercises every way a row ends: scored, rejected
 * while reading (the demo's malformed CSV rows, a broken JSON line), rejected by the evaluation
 * (no rating), blank lines, a title line above the header, a BOM, CRLF line ends and quoted cells
 * with line breaks and delimiters; JSON Lines with CRLF and a BOM.
 */
function bigInput(size = 3000): { dir: string; csvRows: number } {
  const dir = tmp();
  const city = generateDemo({ size, seed: 77 });
  const lines = city.csv.split(/\r?\n/);
  const header = lines[0] as string;
  const body = lines.slice(1).filter((l) => l !== '');
  const cols = parseCsv(header).rows[0]?.cells ?? [];
  const at = (name: string) => cols.indexOf(name);
  // Rows the evaluation rejects (no rating), quoted names with a line break and the delimiter.
  const extra = [7, 1234, 2222].map((i) => {
    const cells = [...(parseCsv(body[i] as string).rows[0]?.cells ?? [])];
    cells[at('nama')] = `Nama "dengan"\nbaris; baru ${i}`;
    cells[at('rating_hasil_kerja')] = '';
    cells[at('predikat')] = '';
    return writeCsv([cells], { delimiter: ';' }).replace(/\r\n$/, '');
  });
  const mixed = [...body.slice(0, 500), '', ';;;', ...extra, ...body.slice(500), '  '];
  writeFileSync(
    join(dir, 'pegawai.csv'),
    `\uFEFFLaporan SKP Kota Contoh 2024\r\n${header}\r\n${mixed.join('\r\n')}\r\n`,
  );
  writeFileSync(join(dir, 'dukcapil.jsonl'), `\uFEFF${city.jsonl.replace(/\n/g, '\r\n')}`);
  return { dir, csvRows: body.length + extra.length };
}

/**
 * Runs `score` with `--workers n`, results and rejections as `format` (json: with the --json
 * summary and --fail-on warning; csv: with the text summary); paths in stdout made relative.
 */
async function scoreAs(dir: string, n: number, format: 'json' | 'csv', ...args: string[]) {
  const out = `w${n}-${format}`;
  const r = await cli(
    dir,
    'score',
    'pegawai.csv',
    'dukcapil.jsonl',
    '--workers',
    String(n),
    '--out',
    `${out}/hasil.${format}`,
    '--rejections',
    `${out}/ditolak.${format}`,
    ...(format === 'json' ? ['--json', '--fail-on', 'warning'] : []),
    ...args,
  );
  const read = (f: string) => readFileSync(join(dir, out, `${f}.${format}`), 'utf8');
  return {
    code: r.code,
    stdout: r.stdout.replaceAll(join(dir, out), '<out>'),
    stderr: r.stderr,
    results: read('hasil'),
    rejections: read('ditolak'),
  };
}

describe('kinerja score --workers: the same bytes on 1, 2 and 3 threads', () => {
  let dir: string;
  let csvRows: number;
  beforeAll(() => {
    ({ dir, csvRows } = bigInput());
  });

  it('writes identical summary, results, rejections and exit codes', async () => {
    const json = await scoreAs(dir, 1, 'json');
    const csv = await scoreAs(dir, 1, 'csv');
    const summary = JSON.parse(json.stdout) as {
      total: number;
      accepted: number;
      rejected: number;
      byFile: { file: string; total: number; rejected: number }[];
    };
    // Every row accounted for: the CSV rows, and the demo's malformed rows and 3 unrated rows.
    expect(summary.byFile[0]).toMatchObject({ file: 'pegawai.csv', total: csvRows });
    expect(summary.byFile[0]?.rejected).toBe(5 + 3);
    expect(summary.byFile[1]?.rejected).toBe(1);
    expect(summary.total).toBe(summary.accepted + summary.rejected);
    expect([json.code, json.stderr, csv.stderr]).toEqual([1, '', '']);
    const rejections = JSON.parse(json.rejections) as { row: number; code: string }[];
    expect(rejections.map((r) => r.code)).toEqual(
      expect.arrayContaining(['INVALID_JSON_LINE', 'NIP_SCIENTIFIC_NOTATION']),
    );
    expect(csv.results.split('\r\n').length).toBeGreaterThan(2500);
    // An empty stderr also shows that the threads ran: staying in-thread is reported there.
    expect(await scoreAs(dir, 2, 'json')).toEqual(json);
    expect(await scoreAs(dir, 2, 'csv')).toEqual(csv);
    // Three threads (the command allows no more than the cores: straight to the runner).
    const io = { stdout: captureStream(), stderr: captureStream(), cwd: dir };
    for (const format of ['json', 'csv'] as const) {
      const three = await scoreInWorkers(io, ['pegawai.csv', 'dukcapil.jsonl'], {
        workers: 3,
        results: format,
        resultsFile: `w3-${format}.out`,
      });
      expect(three.threads).toBe(3);
      expect(readFileSync(join(dir, `w3-${format}.out`), 'utf8')).toBe(
        (format === 'json' ? json : csv).results,
      );
      // The command writes them by file, then row (stable), as it does here.
      const ordered = await three.rejections.all();
      three.rejections.dispose();
      expect(JSON.stringify(ordered)).toBe(JSON.stringify(JSON.parse(json.rejections)));
    }
  }, 90_000);

  it('writes the same rejections when they are spooled to a temporary file', async () => {
    const held = [await scoreAs(dir, 1, 'json'), await scoreAs(dir, 2, 'csv')];
    vi.stubEnv('KINERJA_REJECTIONS_IN_MEMORY', '1');
    try {
      expect(await scoreAs(dir, 1, 'json')).toEqual(held[0]);
      expect(await scoreAs(dir, 2, 'csv')).toEqual(held[1]);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(
      readdirSync(tmpdir()).filter((f) => f.startsWith(`kinerja-rejections-${process.pid}-`)),
    ).toEqual([]);
  }, 90_000);

  it(`allows no more threads than cores (${availableParallelism()} here), and says so`, async () => {
    const many = availableParallelism() + 1;
    const r = await scoreAs(dir, many, 'json');
    const one = await scoreAs(dir, 1, 'json');
    expect({ ...r, stderr: '' }).toEqual(one);
    expect(r.stderr).toBe(
      `kinerja: --workers ${many}: at most ${availableParallelism()}, the cores available to this process (more threads only compete for them and take memory each)\n`,
    );
    const run = await scoreFiles(
      { stdout: captureStream(), stderr: captureStream(), cwd: dir },
      ['pegawai.csv'],
      { workers: 64, progress: false },
    );
    expect(run.threads).toBeLessThanOrEqual(availableParallelism());
    expect(run.capped).toBe(availableParallelism());
  }, 60_000);

  it('applies a ruleset JSON file in every thread', async () => {
    const rs = extendRuleset(permenpanrb_6_2022, { id: 'kota-contoh-2024', agency: 'Kota Contoh' });
    writeFileSync(join(dir, 'rs.json'), serializeRuleset(rs));
    const one = await scoreAs(dir, 1, 'json', '--ruleset', 'rs.json');
    const two = await scoreAs(dir, 2, 'json', '--ruleset', 'rs.json');
    expect(two).toEqual(one);
    const results = JSON.parse(two.results) as { ruleset: string }[];
    expect(new Set(results.map((r) => r.ruleset))).toEqual(new Set(['kota-contoh-2024']));
  }, 60_000);
});

describe('kinerja score --workers: results of several regimes', () => {
  it('lays out the nilai_* columns of every chunk as the whole run does', async () => {
    const { dir } = bigInput(2500);
    const lines = Array.from({ length: 120 }, (_, i) => JSON.stringify(pp46Appraisal(i)));
    writeFileSync(join(dir, 'pp46.jsonl'), `${lines.join('\n')}\n`);
    const run = (n: number) =>
      cli(dir, 'score', 'pp46.jsonl', 'pegawai.csv', '--workers', String(n), '--out', `r${n}.csv`);
    const one = await run(1);
    const two = await run(2);
    expect([one.code, two.code, two.stderr]).toEqual([0, 0, '']);
    const csv = readFileSync(join(dir, 'r1.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/,nilai_\w+,/);
    expect(csv).toContain('pp46-');
    expect(readFileSync(join(dir, 'r2.csv'), 'utf8')).toBe(csv);
  }, 60_000);

  it('numbers the rows of a JSON Lines file of many chunks as the whole file does', async () => {
    // 1,200 lines: several chunks of CHUNK_RECORDS lines each, so every chunk after the first
    // must start its rows where the one before it ended (a broken line and an unrated
    // appraisal in late chunks show it in the rejections too).
    const dir = tmp();
    const lines = Array.from({ length: 1200 }, (_, i) => JSON.stringify(pp46Appraisal(i)));
    lines[999] = '{"pegawai": ';
    lines[1100] = JSON.stringify({ ...pp46Appraisal(1100), skp: undefined });
    writeFileSync(join(dir, 'pp46.jsonl'), `${lines.join('\n')}\n`);
    const run = async (n: number) => {
      const r = await cli(
        dir,
        ...['score', 'pp46.jsonl', '--workers', String(n), '--no-progress'],
        ...['--out', `r${n}.json`, '--rejections', `d${n}.json`],
      );
      const read = (f: string) => readFileSync(join(dir, f), 'utf8');
      return {
        code: r.code,
        stderr: r.stderr,
        results: read(`r${n}.json`),
        rej: read(`d${n}.json`),
      };
    };
    const one = await run(1);
    process.env.KINERJA_WORKERS_MIN_LINES = '0'; // 1,200 short lines: threads all the same
    const two = await run(2).finally(() => {
      process.env.KINERJA_WORKERS_MIN_LINES = MIN_LINES;
    });
    expect(two.stderr).toBe(''); // the threads ran (staying in-thread is reported on stderr)
    const rows = (JSON.parse(two.results) as { row: number }[]).map((r) => r.row);
    expect(rows).toHaveLength(1198);
    expect(rows.slice(995, 1000)).toEqual([996, 997, 998, 999, 1001]);
    expect(rows.at(-1)).toBe(1200);
    const rejected = JSON.parse(two.rej) as { row: number; code: string }[];
    expect(rejected.map((r) => r.row)).toEqual([1000, ...rejected.slice(1).map(() => 1101)]);
    expect(rejected[0]?.code).toBe('INVALID_JSON_LINE');
    expect(two).toEqual({ ...one, stderr: '' });
  }, 60_000);
});

describe('kinerja score --workers: when it stays in-thread, it says why', () => {
  it('scores a small input in-thread, with a decision line on stderr', async () => {
    const dir = tmp();
    const city = generateDemo({ size: 300 });
    writeFileSync(join(dir, 'pegawai.csv'), city.csv);
    const r = await cli(dir, 'score', 'pegawai.csv', '--workers', '2', '--json');
    const one = await cli(dir, 'score', 'pegawai.csv', '--workers', '1', '--json');
    expect(r.stdout).toBe(one.stdout);
    expect(r.stderr).toBe(
      'kinerja: --workers 2: scoring in-thread: fewer than 2000 input lines (JSON Lines: a line per 1000 bytes; starting worker threads would cost more than it saves)\n',
    );
    expect(one.stderr).toBe('');
    const json = await cli(dir, 'score', 'pegawai.csv', '--workers', '0');
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--workers must be a positive integer');
  });

  it('counts a JSON Lines file by its bytes, a line per 1,000, and a CSV file by its lines', async () => {
    const dir = tmp();
    // 200 lines of 2,009 bytes weigh 402 lines; 200 lines of 3 bytes weigh 1.
    writeFileSync(join(dir, 'a.jsonl'), `{"x":"${'a'.repeat(2000)}"}\n`.repeat(200));
    writeFileSync(join(dir, 'b.jsonl'), '{}\n'.repeat(200));
    writeFileSync(join(dir, 'c.csv'), 'nip,nama\r\n'.repeat(300));
    const count = (files: [string, 'csv' | 'jsonl'][], limit = 5000) =>
      countLines(
        files.map(([f, kind]) => ({ path: join(dir, f), kind })),
        limit,
      );
    expect(JSONL_BYTES_PER_LINE).toBe(1000);
    expect(await count([['a.jsonl', 'jsonl']])).toBe(402);
    expect(await count([['b.jsonl', 'jsonl']])).toBe(1);
    expect(await count([['c.csv', 'csv']])).toBe(300);
    // Files add up; a missing file counts 0 (the run reports it); counting stops at the limit.
    expect(
      await count([
        ['a.jsonl', 'jsonl'],
        ['hilang.csv', 'csv'],
        ['c.csv', 'csv'],
      ]),
    ).toBe(702);
    expect(
      await count(
        [
          ['a.jsonl', 'jsonl'],
          ['c.csv', 'csv'],
        ],
        402,
      ),
    ).toBe(402);
  });

  it('keeps a ruleset built in code (custom indicator type with a function) in this thread', async () => {
    const { dir } = bigInput(2500);
    const custom: IndicatorType = {
      id: 'uji.penuh',
      label: { id: 'Selalu penuh', en: 'Always full' },
      ref: { regulation: 'Instansi Uji', status: 'UNCERTAIN' },
      capaian: (c) => ({ ok: true, capaian: c.from(100) }),
    };
    const rs = extendRuleset(permenpanrb_6_2022, {
      id: 'uji-kode',
      agency: 'Instansi Uji',
      indicatorTypes: [custom],
    });
    const io = { stdout: captureStream(), stderr: captureStream(), cwd: dir };
    const run = await scoreFiles(io, ['pegawai.csv'], { ruleset: rs, workers: 2, results: 'json' });
    expect(run.threads).toBe(0);
    expect(run.inThread).toMatch(/ruleset .* cannot be sent to worker threads/);
    expect(run.summary.accepted).toBeGreaterThan(2000);
    // Still streamed, in this thread, with the ruleset object itself.
    expect(run.streamed).toBe(true);
    const whole = await runPipeline(io, ['pegawai.csv'], { ruleset: rs, progress: false });
    expect(run.results).toBe(resultsText(whole.scored, 'json'));
    expect(
      new Set(JSON.parse(run.results as string).map((r: { ruleset: string }) => r.ruleset)),
    ).toEqual(new Set(['uji-kode']));
    expect(rulesetRef(rs)).toBeUndefined();
    // National rulesets go to the threads by id, rulesets read from JSON files as their text.
    expect(rulesetRef(permenpanrb_6_2022)).toEqual({ id: 'permenpanrb-6-2022' });
    writeFileSync(join(dir, 'rs.json'), serializeRuleset(permenpanrb_6_2022));
    const fromFile = await resolveRuleset(dir, 'rs.json');
    expect(rulesetRef(fromFile as Ruleset)).toEqual({ json: serializeRuleset(permenpanrb_6_2022) });
  }, 60_000);

  it('reads JSON arrays whole, in-thread', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.json'), '[]');
    const io = { stdout: captureStream(), stderr: captureStream(), cwd: dir };
    await expect(scoreFiles(io, ['a.json'], { workers: 2 })).rejects.toThrow('no records found');
    const r = await cli(dir, 'score', 'a.json', '--workers', '2');
    expect(r.code).toBe(2);
  });
});

describe('kinerja score --workers: a failing thread ends the run', () => {
  let dir: string;
  beforeAll(() => {
    ({ dir } = bigInput(2500));
  });
  const fixture = (name: string, body: string) => {
    const path = join(dir, name);
    writeFileSync(path, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
    return pathToFileURL(path);
  };

  it.each([
    [
      'throws',
      "parentPort.on('message', () => { throw new Error('boom\\nat line 2'); });",
      /^worker thread failed: boom$/,
    ],
    [
      'exits',
      "parentPort.on('message', () => process.exit(3));",
      /^worker thread exited with code 3$/,
    ],
    [
      'replies an error',
      "parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, ok: false, message: 'bad chunk' }));",
      /^worker thread failed: bad chunk$/,
    ],
  ])('a worker that %s rejects the run with one line, no hang', async (name, body, message) => {
    const entry = fixture(`${name.replace(/ /g, '-')}.mjs`, body);
    const io = { stdout: captureStream(), stderr: captureStream(), cwd: dir };
    const run = scoreInWorkers(io, ['pegawai.csv', 'dukcapil.jsonl'], { workers: 2, entry });
    await expect(run).rejects.toThrow(message);
  });

  it('stops every thread when one fails among many chunks', async () => {
    const entry = fixture(
      'boom.mjs',
      "parentPort.on('message', () => { throw new Error('boom'); });",
    );
    const io = { stdout: captureStream(), stderr: captureStream(), cwd: dir };
    await expect(
      scoreInWorkers(io, ['pegawai.csv'], { workers: 3, entry, chunkRecords: 100 }),
    ).rejects.toThrow('worker thread failed: boom');
  });
});

describe('the worker pool', () => {
  const entry = (body: string) => {
    const path = join(tmp(), 'pool-worker.mjs');
    writeFileSync(path, `import { parentPort, threadId } from 'node:worker_threads';\n${body}\n`);
    return pathToFileURL(path);
  };

  it(`posts a thread its next job before it replies (${JOBS_PER_THREAD} per thread), so it never waits for the main thread between jobs`, async () => {
    // A thread that answers nothing until it holds two jobs: one job at a time would hang.
    const pool = new WorkerPool<number, string>(
      1,
      entry(
        'const held = [];\n' +
          "parentPort.on('message', (m) => { held.push(m); if (held.length < 2) return;\n" +
          "  for (const h of held.splice(0)) parentPort.postMessage({ id: h.id, ok: true, value: h.job + '@' + threadId }); });",
      ),
      undefined,
    );
    try {
      const out = await Promise.all([pool.run(1), pool.run(2)]);
      expect(out.map((o) => o.split('@')[0])).toEqual(['1', '2']);
      expect(new Set(out.map((o) => o.split('@')[1])).size).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('starts a thread per job up to its size before giving a thread a second job', async () => {
    const echo = entry(
      "parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, ok: true, value: threadId }));",
    );
    const pool = new WorkerPool<number, number>(3, echo, undefined);
    try {
      await pool.run(0);
      expect(pool.started).toBe(1);
      const threads = await Promise.all([pool.run(1), pool.run(2), pool.run(3)]);
      expect(pool.started).toBe(3);
      expect(new Set(threads).size).toBe(3);
      // Every job is answered, with more jobs than threads can hold at once.
      const many = await Promise.all(Array.from({ length: 20 }, (_, i) => pool.run(i)));
      expect(many).toHaveLength(20);
      expect(pool.started).toBe(3);
    } finally {
      await pool.close();
    }
  });
});

describe('splitting files into chunks of whole records', () => {
  // Quotes, line ends, and characters of two to four UTF-8 bytes: the Unicode spaces `trim`
  // removes (a record of nothing else is blank) and others (a record with one is not).
  const csvText = (d: string) =>
    fc
      .array(
        fc.constantFrom(
          'a',
          'b',
          ' ',
          d,
          '"',
          '\r',
          '\n',
          '\r\n',
          'x"y',
          '""',
          '\u00a0',
          '\u3000',
          '\u2029',
          '\u200a',
          '\ufeff',
          '\u1680',
          '\u205f',
          '\u0085',
          '\u200b',
          'é',
          '\u00a1',
          '\u2030',
          '😀',
        ),
        { maxLength: 120 },
      )
      .map((parts) => parts.join(''));
  const utf8 = (b: Uint8Array) => Buffer.from(b).toString('utf8');

  it.each([';', ','])(
    'cuts CSV (%s) only between records, its bytes cut anywhere: chunks parse to the rows of the whole',
    (d) => {
      const header = `nip${d}nama\r\n`;
      fc.assert(
        fc.property(
          csvText(d),
          fc.integer({ min: 1, max: 4 }),
          fc.integer({ min: 1, max: 9 }),
          (generated, size, piece) => {
            // The delimiter is known after 32 lines: with plain rows first, the generated part
            // is scanned piece by piece (else the whole text would be scanned at its end).
            const body = `1${d}x\r\n`.repeat(32) + generated;
            const text = header + body;
            const bytes = Buffer.from(text);
            const whole = parseCsv(text);
            const s = new CsvSplitter(size);
            const chunks = [];
            for (let i = 0; i < bytes.length; i += piece)
              chunks.push(...s.push(bytes.subarray(i, i + piece)));
            chunks.push(...s.end());
            expect(s.head).toEqual({ delimiter: whole.delimiter, prefix: header });
            const texts = chunks.map((c) => utf8(c.bytes));
            // A thread parses a chunk after the file's head, as the whole file has it (a BOM
            // opening a chunk is a character of its cell, as in the file, not a byte-order mark).
            const parse = (t: string) =>
              parseCsv(header + t, { delimiter: whole.delimiter }).rows.slice(1);
            const rows = texts.flatMap(parse);
            expect(rows.map((r) => r.cells)).toEqual(whole.rows.slice(1).map((r) => r.cells));
            expect(texts.join('')).toBe(body);
            // Data rows: the non-blank records, numbered on from chunk to chunk.
            let offset = 0;
            chunks.forEach((c, i) => {
              expect(c.offset).toBe(offset);
              expect(c.rows).toBe(parse(texts[i] as string).filter((r) => !isBlankRow(r)).length);
              // Each chunk has a buffer of its own, to move to a thread.
              expect([c.bytes.byteOffset, c.bytes.buffer.byteLength]).toEqual([0, c.bytes.length]);
              offset += c.rows;
            });
          },
        ),
        { numRuns: 300 },
      );
    },
  );

  it('reads every chunk of an appraisal CSV to the rows and rejections of the whole file', () => {
    const header = 'nip;nama;jenis_jabatan;tahun;rating_hasil_kerja;rating_perilaku\r\n';
    const row = '198703122010011002;Siti;Pelaksana;2023;Di Atas Ekspektasi;Baik\r\n';
    const token = fc.constantFrom(
      row,
      row,
      row,
      ';',
      '"',
      '""',
      '\r\n',
      '\n',
      '\r',
      ' ',
      'x',
      '2023',
      '1.98703E+17;A;Pelaksana;2023\n',
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        (tokens, size) => {
          const text = header + tokens.join('');
          const whole = readAppraisalCsv(text);
          const s = new CsvSplitter(size);
          const chunks = [...s.push(Buffer.from(text)), ...s.end()];
          const head = s.head as NonNullable<typeof s.head>;
          const records: [number, unknown][] = [];
          const rejections: [number, string, string][] = [];
          let input = 0;
          for (const c of chunks) {
            const r = readAppraisalCsv(head.prefix + utf8(c.bytes), { delimiter: head.delimiter });
            expect(r.counts.input).toBe(c.rows);
            for (const x of r.records) records.push([x.row + c.offset, x.appraisal]);
            for (const x of r.rejections)
              rejections.push([x.row + c.offset, x.code, x.path.join('.')]);
            input += r.counts.input;
          }
          expect(input).toBe(whole.counts.input);
          expect(records).toEqual(whole.records.map((x) => [x.row, x.appraisal]));
          const byRow = (a: [number, string, string], b: [number, string, string]) => a[0] - b[0];
          expect(rejections.sort(byRow)).toEqual(
            whole.rejections
              .map((x): [number, string, string] => [x.row, x.code, x.path.join('.')])
              .sort(byRow),
          );
        },
      ),
    );
  });

  it('finds the delimiter and the header row as the reader does (titles above, BOM)', () => {
    const s = new CsvSplitter(2);
    const text = '\uFEFFLaporan, 2024\r\n\r\nNIP,Nama,Tahun\r\n1,a,2024\r\n2,b,2024\r\n3,c,2024';
    const chunks = [...s.push(Buffer.from(text)), ...s.end()];
    expect(s.head).toEqual({
      delimiter: ',',
      prefix: '\uFEFFLaporan, 2024\r\n\r\nNIP,Nama,Tahun\r\n',
    });
    expect(chunks.map((c) => ({ ...c, bytes: utf8(c.bytes) }))).toEqual([
      { bytes: '1,a,2024\r\n2,b,2024\r\n', offset: 0, rows: 2 },
      { bytes: '3,c,2024', offset: 2, rows: 1 },
    ]);
    const none = new CsvSplitter();
    none.push(Buffer.from('a;b\r\n'.repeat(40)));
    none.end();
    expect(none.head).toBeUndefined();
    expect(none.unsupported).toMatch(/no header row/);
    const t = new CsvTokenizer();
    t.push('x;y\n'.repeat(40));
    expect(t.delimiter).toBe(';');
  });

  it('splits JSON Lines exactly as readline does, cutting bytes anywhere', async () => {
    // Line ends, BOMs, Unicode spaces (blank after trim) and multi-byte text, in pieces cut at
    // any byte (inside a UTF-8 sequence too) and including bytes that are not valid UTF-8.
    const part = fc.oneof(
      fc
        .constantFrom(
          '{}',
          '[1]',
          'x',
          ' ',
          '\uFEFF',
          '\u00A0',
          '\u3000',
          'é',
          '😀',
          '\r',
          '\n',
          '\r\n',
        )
        .map((t) => Buffer.from(t, 'utf8')),
      fc.constantFrom(Buffer.from([0xff]), Buffer.from([0xe2, 0x80]), Buffer.from([0xc3])),
    );
    const bytes = fc.array(part, { maxLength: 60 }).map((p) => Buffer.concat(p));
    await fc.assert(
      fc.asyncProperty(
        bytes,
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 7 }),
        async (file, size, piece) => {
          const pieces: Buffer[] = [];
          for (let i = 0; i < file.length; i += piece) pieces.push(file.subarray(i, i + piece));
          // What the whole-file reader takes: readline over the decoded stream.
          const expected: string[] = [];
          const stream = Readable.from(pieces, { objectMode: false }).setEncoding('utf8');
          const rl = createInterface({ input: stream, crlfDelay: Infinity });
          for await (const raw of rl) {
            const line = raw.replace(/^\uFEFF/, '');
            if (line.trim() !== '') expected.push(line);
          }
          const s = new JsonlSplitter(size);
          const chunks = [...pieces.flatMap((p) => s.push(p)), ...s.end()];
          const got = chunks.map((c) => jsonlLines(c));
          expect(got.flat()).toEqual(expected);
          // Each chunk: the lines the splitter counted, at most `size`, none empty, and bytes
          // of its own (transferable without taking the stream's buffer along).
          for (const c of chunks) {
            expect(c.lines.length / 2).toBeGreaterThan(0);
            expect(c.lines.length / 2).toBeLessThanOrEqual(size);
            for (const b of [c.bytes, c.lines]) {
              expect(b.byteOffset).toBe(0);
              expect(b.buffer.byteLength).toBe(b.byteLength);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('cuts JSON Lines into chunks of whole lines, with where each line lies', () => {
    const s = new JsonlSplitter(2);
    const text = '{"a":1}\r\n\n\uFEFF{"b":2}\r{"c":3}\n  \n{"d":4}';
    const chunks = [
      ...s.push(Buffer.from(text.slice(0, 9))),
      ...s.push(Buffer.from(text.slice(9))),
      ...s.end(),
    ];
    expect(chunks.map((c) => [Buffer.from(c.bytes).toString('utf8'), [...c.lines]])).toEqual([
      // The BOM (3 bytes) is left out of the second line.
      ['{"a":1}\r\n\n\uFEFF{"b":2}\r', [0, 7, 13, 20]],
      ['{"c":3}\n  \n{"d":4}', [0, 7, 11, 18]],
    ]);
    expect(chunks.map(jsonlLines)).toEqual([
      ['{"a":1}', '{"b":2}'],
      ['{"c":3}', '{"d":4}'],
    ]);
  });
});

describe('the worker entry of each build', () => {
  it('is the tsx bootstrap from the sources, and from a build its worker in dist/workers/', () => {
    expect(workerEntry('file:///p/packages/cli/src/workers/pool.ts').href).toBe(
      'file:///p/packages/cli/src/workers/bootstrap.mjs',
    );
    // The library build: worker.js, importing the packages as the library entry does.
    expect(workerEntry('file:///p/node_modules/@kinerja/cli/dist/index.cjs').href).toBe(
      'file:///p/node_modules/@kinerja/cli/dist/workers/worker.js',
    );
    expect(workerEntry('file:///p/node_modules/@kinerja/cli/dist/index.js').href).toBe(
      'file:///p/node_modules/@kinerja/cli/dist/workers/worker.js',
    );
    // The binary's build names its own (the build defines __KINERJA_WORKER__).
    expect(
      workerEntry('file:///p/node_modules/@kinerja/cli/dist/main-X.js', 'bin-worker.js').href,
    ).toBe('file:///p/node_modules/@kinerja/cli/dist/workers/bin-worker.js');
  });

  it.runIf(testDist)(
    'the binary and its worker import no Kinerja package nor zod from node_modules, the library entry and its worker do',
    () => {
      const dist = join(root, 'packages/cli/dist');
      /**
       * Bare specifiers (not Node's builtins) imported by `file` and the chunks it reaches:
       * through static imports only (what loading it loads), or through dynamic ones too.
       */
      const bare = (file: string, dynamic: boolean, seen = new Set<string>()): Set<string> => {
        const out = new Set<string>();
        if (seen.has(file)) return out;
        seen.add(file);
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(
          /(?:^|\n)import\s[^'"]*?['"]([^'"]+)['"]|\bimport\(['"]([^'"]+)['"]\)/g,
        )) {
          if (m[2] !== undefined && !dynamic) continue;
          const spec = (m[1] ?? m[2]) as string;
          if (spec.startsWith('.'))
            for (const s of bare(join(dirname(file), spec), dynamic, seen)) out.add(s);
          else if (!builtinModules.includes(spec.replace(/^node:/, ''))) out.add(spec);
        }
        return out;
      };
      // The workbook library is the binary's one dependency, loaded for XLSX files only.
      expect([...bare(join(dist, 'bin.js'), true)]).toEqual(['exceljs']);
      expect([...bare(join(dist, 'bin.js'), false)]).toEqual([]);
      expect([...bare(join(dist, 'workers/bin-worker.js'), false)]).toEqual([]);
      expect([...bare(join(dist, 'workers/worker.js'), false)].sort()).toEqual([
        '@kinerja/adapters/csv',
        '@kinerja/core',
        'zod',
      ]);
      expect([...bare(join(dist, 'index.js'), false)]).toContain('@kinerja/core');
    },
  );

  it(`runs the real binary (${testDist ? 'dist/bin.js' : 'tsx src/bin.ts'}) with --workers 2 to the same bytes`, async () => {
    const { dir } = bigInput(2500);
    const bin = testDist
      ? [process.execPath, [join(root, 'packages/cli/dist/bin.js')]]
      : [
          join(root, 'node_modules/.bin/tsx'),
          ['--tsconfig', join(root, 'tsconfig.base.json'), join(root, 'packages/cli/src/bin.ts')],
        ];
    if (testDist)
      expect(existsSync(join(root, 'packages/cli/dist/workers/bin-worker.js'))).toBe(true);
    const two = spawnSync(
      bin[0] as string,
      [
        ...(bin[1] as string[]),
        ...['score', 'pegawai.csv', 'dukcapil.jsonl', '--workers', '2', '--out', 'r2.csv'],
        '--json',
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, KINERJA_WORKERS_MIN_LINES: MIN_LINES },
      },
    );
    const one = await cli(
      dir,
      'score',
      'pegawai.csv',
      'dukcapil.jsonl',
      '--workers',
      '1',
      '--out',
      'r1.csv',
      '--json',
    );
    expect(two.stderr).toBe('');
    expect(two.status).toBe(0);
    expect(two.stdout.replace('r2.csv', 'r1.csv')).toBe(one.stdout);
    expect(readFileSync(join(dir, 'r2.csv'), 'utf8')).toBe(
      readFileSync(join(dir, 'r1.csv'), 'utf8'),
    );
  }, 90_000);
});
