import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { CliRejection } from '../src/input.js';
import { rejectionsText, writeRejections } from '../src/output.js';
import { byFileAndRow, RejectionLog, rejectionsInMemory } from '../src/rejections.js';
import { cli, oneLine, tmp } from './helpers.js';

/**
 * The rejections of a streamed run are held in memory up to a limit and spooled beyond it
 * (`RejectionLog`); every output must be what the whole list, sorted by file and row, gives.
 */

/** A rejection with text that a careless writer would break (quotes, separators, formulas). */
function rejection(file: string, row: number, k: number, extra: Partial<CliRejection> = {}) {
  const texts = ['NIP "1.99E+17" rusak; ulang', '=SUM(A1)', 'Ñoño, Ümar 😀', 'baris\tkosong', ''];
  return {
    file,
    row,
    path: k % 3 === 0 ? [] : ['indikator', k % 4, 'target'],
    code: `CODE_${k % 5}`,
    message: { id: texts[k % texts.length] as string, en: `${texts[(k + 1) % texts.length]} ${k}` },
    ...extra,
  } as CliRejection;
}

/** Files in an order that is not their name order, each with batches of increasing rows. */
const runArb = fc
  .record({
    files: fc.uniqueArray(fc.constantFrom('b.csv', 'a.csv', 'c.jsonl', 'A.csv', 'ä.csv'), {
      minLength: 1,
      maxLength: 4,
    }),
    batches: fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 6 }), {
      maxLength: 12,
    }),
    limit: fc.integer({ min: 0, max: 30 }),
    located: fc.boolean(),
  })
  .map(({ files, batches, limit, located }) => {
    // Each file's batches: rows within a batch shuffled (a chunk lists parse rejections
    // before evaluation rejections), several rejections on one row, batches row-ordered.
    const out: CliRejection[][] = [];
    let k = 0;
    for (const file of files) {
      let row = 1;
      for (const sizes of batches) {
        const batch: CliRejection[] = [];
        for (const n of sizes) {
          for (let j = 0; j < n; j++) {
            const extra = located && k % 7 === 0 ? { sheet: 'Data', sheetRow: row + 1 } : {};
            batch.push(rejection(file, row, k++, extra));
          }
          row++;
        }
        out.push(batch.reverse());
      }
    }
    return { batches: out, limit };
  });

/** The reference: every batch, concatenated, sorted as the whole-file run sorts. */
function expected(batches: readonly (readonly CliRejection[])[]): CliRejection[] {
  return batches.flat().sort(byFileAndRow);
}

function logOf(batches: readonly (readonly CliRejection[])[], limit: number): RejectionLog {
  const log = new RejectionLog({ inMemory: limit });
  for (const b of batches) log.add(b);
  return log;
}

describe('the rejections log', () => {
  it('lists every rejection by file and row, spooled or not, as the sorted list', async () => {
    await fc.assert(
      fc.asyncProperty(runArb, async ({ batches, limit }) => {
        const want = expected(batches);
        const log = logOf(batches, limit);
        try {
          expect(log.count).toBe(want.length);
          expect(log.spooled).toBe(want.length > limit);
          expect(log.first).toEqual(want[0]);
          expect(log.located).toBe(want.some((r) => r.sheetRow !== undefined));
          // By code: every rejection counted, most frequent first, ties by code.
          const counts = new Map<string, number>();
          for (const r of want) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
          const byCode = log.byCode();
          expect(Object.values(byCode).reduce((a, b) => a + b, 0)).toBe(want.length);
          expect(new Map(Object.entries(byCode))).toEqual(counts);
          const order = Object.entries(byCode);
          for (let i = 1; i < order.length; i++) {
            const [pc, pn] = order[i - 1] as [string, number];
            const [c, n] = order[i] as [string, number];
            expect(pn > n || (pn === n && pc < c)).toBe(true);
          }
          expect(await log.all()).toEqual(want);
          // Read twice: reading does not consume the log.
          expect((await log.all()).length).toBe(want.length);
        } finally {
          log.dispose();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('writes JSON and CSV byte for byte as the whole list does, spooled or not', async () => {
    const dir = tmp();
    await fc.assert(
      fc.asyncProperty(runArb, fc.constantFrom('json', 'csv' as const), async (run, format) => {
        const want = rejectionsText(expected(run.batches), format);
        const log = logOf(run.batches, run.limit);
        try {
          const path = await writeRejections(dir, `d.${format}`, log, format);
          expect(readFileSync(path, 'utf8')).toBe(want);
        } finally {
          log.dispose();
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keeps a whole run's list with the master file rejections last, with their source column", async () => {
    // As a run that reads its files whole lists them: by file and row, then the master's.
    const log = RejectionLog.of([
      rejection('a.csv', 9, 4),
      rejection('b.csv', 2, 2),
      rejection('b.csv', 4, 1),
      rejection('induk.csv', 1, 3, { source: 'master' }),
    ]);
    const all = await log.all();
    expect(all.map((r) => `${r.file}:${r.row}`)).toEqual([
      'a.csv:9',
      'b.csv:2',
      'b.csv:4',
      'induk.csv:1',
    ]);
    expect(log.sourced).toBe(true);
    // The master's rows are not the input's: not counted by code.
    expect(log.byCode()).toEqual({ CODE_1: 1, CODE_2: 1, CODE_4: 1 });
    const dir = tmp();
    await writeRejections(dir, 'd.csv', log, 'csv');
    expect(readFileSync(join(dir, 'd.csv'), 'utf8')).toBe(rejectionsText(all, 'csv'));
    expect(readFileSync(join(dir, 'd.csv'), 'utf8').split('\r\n')[0]).toMatch(/,source$/);
    log.dispose();
  });

  it('refuses a batch that starts before the rows already added for its file', () => {
    const log = new RejectionLog();
    log.add([rejection('a.csv', 5, 0), rejection('a.csv', 8, 1)]);
    log.add([rejection('b.csv', 1, 2)]);
    expect(() => log.add([rejection('a.csv', 7, 3)])).toThrow(
      'rejections of a.csv out of order: row 7 after row 8',
    );
    // The same row again is in order (a row with rejections from two chunks cannot happen,
    // but equal rows keep the order they were added in).
    log.add([rejection('a.csv', 8, 4)]);
    expect(log.count).toBe(4);
    log.dispose();
  });

  it('removes its spool on dispose, and only then', async () => {
    const log = new RejectionLog({ inMemory: 2 });
    for (let i = 1; i <= 5; i++) log.add([rejection('a.csv', i, i)]);
    expect(log.spooled).toBe(true);
    const spools = () =>
      readdirSync(tmpdir()).filter((f) => f.startsWith(`kinerja-rejections-${process.pid}-`));
    expect(spools()).toHaveLength(1);
    expect((await log.all()).map((r) => r.row)).toEqual([1, 2, 3, 4, 5]);
    log.dispose();
    log.dispose();
    expect(spools()).toHaveLength(0);
    expect(log.count).toBe(0);
  });

  it('refuses an .xlsx of more rejections than a sheet holds before reading them back', async () => {
    const log = new RejectionLog({ inMemory: 0 });
    // A log that claims more rows than a sheet holds: counted, not built.
    const many = Array.from({ length: 1_048_576 }, (_, i) => ({
      file: 'a.csv',
      row: i + 1,
      path: [],
      code: 'X',
      message: { id: 'x', en: 'x' },
    }));
    log.add(many);
    const dir = tmp();
    await expect(writeRejections(dir, 'd.xlsx', log, 'xlsx')).rejects.toThrow(
      '--rejections d.xlsx: 1,048,577 rows (header included) do not fit an Excel sheet',
    );
    expect(existsSync(join(dir, 'd.xlsx'))).toBe(false);
    log.dispose();
  }, 60_000);

  it('reads its in-memory limit from KINERJA_REJECTIONS_IN_MEMORY', () => {
    expect(rejectionsInMemory({ KINERJA_REJECTIONS_IN_MEMORY: '0' })).toBe(0);
    expect(rejectionsInMemory({ KINERJA_REJECTIONS_IN_MEMORY: 'banyak' })).toBe(10_000);
    expect(rejectionsInMemory({})).toBe(10_000);
  });
});

describe('a file with no usable record', () => {
  /** `n` rows whose NIPs Excel turned into scientific notation. */
  const mangled = (n: number) =>
    `nip;nama;jenis_jabatan;periode_mulai;periode_selesai;rating_hasil_kerja;rating_perilaku\n${Array.from(
      { length: n },
      (_, i) =>
        `1.98${String(i).padStart(3, '0')}E+17;Pegawai ${i};Pelaksana;2024-01-01;2024-12-31;Sesuai Ekspektasi;Sesuai Ekspektasi`,
    ).join('\n')}\n`;

  it('still lists every rejection with --rejections, streamed, on threads and spooled alike', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'rusak.csv'), mangled(300));
    const runs = [
      ['--workers', '1'],
      ['--workers', '2', '--env-threads'],
      ['--workers', '1', '--env-spool'],
    ];
    const texts: string[] = [];
    for (const [i, args] of runs.entries()) {
      if (args.includes('--env-threads')) vi.stubEnv('KINERJA_WORKERS_MIN_LINES', '0');
      if (args.includes('--env-spool')) vi.stubEnv('KINERJA_REJECTIONS_IN_MEMORY', '7');
      try {
        const flags = args.filter((a) => !a.startsWith('--env'));
        const r = await cli(
          dir,
          'score',
          'rusak.csv',
          ...flags,
          '--out',
          `h${i}.csv`,
          '--rejections',
          `d${i}.csv`,
        );
        expect(r.code).toBe(2);
        expect(oneLine(r.stderr)).toBe(true);
        expect(r.stderr).toContain('rusak.csv: no usable record (300 of 300 rejected as csv)');
        expect(r.stderr).toContain(`every rejection is listed in ${join(dir, `d${i}.csv`)}`);
        // No results file: nothing was scored.
        expect(existsSync(join(dir, `h${i}.csv`))).toBe(false);
        texts.push(readFileSync(join(dir, `d${i}.csv`), 'utf8'));
      } finally {
        vi.unstubAllEnvs();
      }
    }
    expect(texts[0]?.trimEnd().split('\r\n')).toHaveLength(301);
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
    expect(
      readdirSync(tmpdir()).filter((f) => f.startsWith(`kinerja-rejections-${process.pid}-`)),
    ).toEqual([]);
  });

  it('lists them from a file read whole too (an e-Kinerja export), and stays silent without --rejections', async () => {
    const dir = tmp();
    const rows = Array.from({ length: 5 }, (_, i) => `${i + 1};1.98${i}E+17;Pegawai ${i};BAIK`);
    writeFileSync(join(dir, 'laporan.csv'), `id;nip;nama;hasil_akhir\n${rows.join('\n')}\n`);
    const r = await cli(dir, 'score', 'laporan.csv', '--rejections', 'd.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no usable record (5 of 5 rejected as ekinerja-laporan-csv)');
    const listed = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')) as { row: number }[];
    expect(listed.map((x) => x.row)).toEqual([1, 2, 3, 4, 5]);
    const plain = await cli(dir, 'score', 'laporan.csv');
    expect(plain.code).toBe(2);
    expect(plain.stderr).not.toContain('listed in');
  });
});
