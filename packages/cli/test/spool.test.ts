import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeResultsCsv } from '@kinerja/adapters/csv';
import type { EvaluationResult } from '@kinerja/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChunkResults } from '../src/workers/chunk.js';
import { resultsCsvHeader } from '../src/workers/chunk.js';
import { ResultsSpool } from '../src/workers/spool.js';
import { tmp } from './helpers.js';

/** A result with these `nilai` values (the columns the spool's header depends on). */
function result(nip: string, nilai: Record<string, string>): EvaluationResult {
  return {
    ok: true,
    nip,
    nama: `Pegawai ${nip}`,
    nilai,
    issues: [],
    warnings: [],
  } as unknown as EvaluationResult;
}

/** A chunk's CSV results as the threads serialise them: the whole-run writer's lines. */
function chunk(results: readonly EvaluationResult[]): ChunkResults {
  const keys = [...new Set(results.flatMap((r) => Object.keys(r.nilai ?? {})))].sort();
  const whole = writeResultsCsv(results);
  return { format: 'csv', keys, body: whole.slice(whole.indexOf('\r\n') + 2) };
}

/** Spools the chunks into `dir/hasil.csv`; the text and what else is left in `dir`. */
function spool(dir: string, chunks: readonly ChunkResults[]) {
  const s = new ResultsSpool(join(dir, 'hasil.csv'), 'csv');
  for (const c of chunks) s.add(c);
  s.commit();
  return { text: readFileSync(join(dir, 'hasil.csv'), 'utf8'), files: readdirSync(dir) };
}

describe('the results spool (CSV)', () => {
  const pp46 = { skp: '80.00', perilaku: '75.00', prestasi: '78.00' };
  const pmk6 = {};

  it('writes the whole-run bytes for one regime, leaving nothing beside the file', () => {
    const a = [result('1', pp46), result('2', pp46)];
    const b = [result('3', pp46)];
    const dir = tmp();
    const out = spool(dir, [chunk(a), chunk([]), chunk(b)]);
    expect(out.text).toBe(writeResultsCsv([...a, ...b]));
    expect(out.files).toEqual(['hasil.csv']);
  });

  it('lays out again the chunks whose columns differ from the first one', () => {
    // The first chunk has no nilai columns (6/2022), a later one brings PP 46's.
    const a = [result('1', pmk6)];
    const b = [result('2', pp46)];
    const c = [result('3', { skp: '70.00' })];
    const dir = tmp();
    const out = spool(dir, [chunk(a), chunk(b), chunk(c)]);
    expect(out.text).toBe(writeResultsCsv([...a, ...b, ...c]));
    expect(out.text.split('\r\n')[0]).toBe(
      resultsCsvHeader(['perilaku', 'prestasi', 'skp']).trimEnd(),
    );
    expect(out.files).toEqual(['hasil.csv']);
  });

  it('writes the header alone when no result was accepted', () => {
    const dir = tmp();
    expect(spool(dir, [chunk([])]).text).toBe(resultsCsvHeader([]));
    expect(spool(tmp(), []).text).toBe(resultsCsvHeader([]));
  });

  it('replaces an existing file only on commit, and leaves it as it was on discard', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'hasil.csv'), 'lama\n');
    const s = new ResultsSpool(join(dir, 'hasil.csv'), 'csv');
    s.add(chunk([result('1', pp46)]));
    s.add(chunk([result('2', pmk6)]));
    expect(readFileSync(join(dir, 'hasil.csv'), 'utf8')).toBe('lama\n');
    s.discard();
    expect(readFileSync(join(dir, 'hasil.csv'), 'utf8')).toBe('lama\n');
    expect(readdirSync(dir)).toEqual(['hasil.csv']);
  });

  it('property: any split of any mix of nilai names gives the whole-run bytes', () => {
    const names = fc.subarray(['skp', 'perilaku', 'prestasi', 'kinerja'], { minLength: 0 });
    fc.assert(
      fc.property(fc.array(fc.tuple(names, fc.nat(3)), { maxLength: 12 }), (rows) => {
        const results = rows.map(([keys], i) =>
          result(String(i + 1), Object.fromEntries(keys.map((k) => [k, `${i}.00`]))),
        );
        // Cut the results into chunks at the given lengths (0 makes an empty chunk).
        const chunks: ChunkResults[] = [];
        let at = 0;
        for (const [, n] of rows) {
          chunks.push(chunk(results.slice(at, at + n)));
          at += n;
        }
        chunks.push(chunk(results.slice(at)));
        const dir = tmp();
        const out = spool(dir, chunks);
        // As the worker threads send them: the same chunks as UTF-8 bytes.
        const bytes = spool(
          tmp(),
          chunks.map((c) =>
            c.format === 'csv' ? { ...c, body: new TextEncoder().encode(c.body as string) } : c,
          ),
        );
        return (
          out.text === writeResultsCsv(results) && out.files.length === 1 && bytes.text === out.text
        );
      }),
      { numRuns: 60 },
    );
  });
});
