import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../src/demo/city.js';
import { sniffCsvFile } from '../src/input.js';
import {
  firstInvalidUtf8,
  readUtf8File,
  textLines,
  Utf8Pieces,
  useInputEncoding,
} from '../src/utf8.js';
import { cli, oneLine, tmp } from './helpers.js';

/** Bytes or text cut at the given points (taken modulo the length + 1, sorted). */
function cutAt<T extends Uint8Array | string>(whole: T, cuts: readonly number[]): T[] {
  const at = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
  const out: T[] = [];
  let from = 0;
  for (const c of [...at, whole.length]) {
    out.push(whole.slice(from, c) as T);
    from = c;
  }
  return out;
}

describe('Utf8Pieces', () => {
  it('property: any valid text cut anywhere decodes to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.array(fc.nat()), (text, cuts) => {
        const u = new Utf8Pieces('a.csv');
        const got = cutAt(Buffer.from(text, 'utf8'), cuts)
          .map((p) => u.text(p))
          .join('');
        u.end();
        return got === text;
      }),
      { numRuns: 300 },
    );
  });

  it('property: the first byte that is not UTF-8 stops it, with its line, wherever the cuts fall', () => {
    const dir = tmp();
    const bad = fc.constantFrom([0xe9], [0x92], [0xff], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80]);
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        bad,
        fc.array(fc.nat()),
        (lines, at, bytes, cuts) => {
          const k = at % lines.length;
          const before = Buffer.from(`${lines.slice(0, k).join('\n')}${k > 0 ? '\n' : ''}`);
          const file = Buffer.concat([
            before,
            Buffer.from(bytes),
            Buffer.from(`\n${lines.slice(k).join('\n')}`),
          ]);
          const path = join(dir, 'x.csv');
          writeFileSync(path, file);
          expect(firstInvalidUtf8(file)).toBe(before.length);
          const u = new Utf8Pieces('x.csv', path);
          const hex = (bytes[0] as number).toString(16).toUpperCase();
          expect(() => {
            for (const p of cutAt(file, cuts)) u.text(p);
            u.end();
          }).toThrow(`x.csv: not UTF-8 text (line ${k + 1}: byte 0x${hex})`);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stops on a character cut short at the end of the file', () => {
    const u = new Utf8Pieces('a.jsonl');
    u.utf8(Buffer.from([0x7b, 0x7d, 0x0a, 0xe2, 0x80]));
    expect(() => u.end()).toThrow('a.jsonl: not UTF-8 text (byte 4: byte 0xE2)');
  });
});

describe('textLines', () => {
  it('property: cuts lines as readline does (crlfDelay: Infinity), however the text comes in pieces', async () => {
    const piece = fc.oneof(
      fc.constantFrom('\r', '\n', '\r\n', '', ' ', '\uFEFF'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 30 }),
        fc.array(fc.nat()),
        async (parts, cuts) => {
          const text = parts.join('');
          const expected: string[] = [];
          const rl = createInterface({ input: Readable.from([text]), crlfDelay: Infinity });
          for await (const line of rl) expected.push(line);
          const pieces = cutAt(text, cuts);
          const got: string[] = [];
          for await (const line of textLines(Readable.from(pieces))) got.push(line);
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a file that is not UTF-8: exit 2, one line with its line, nothing written', () => {
  const latin1 = Buffer.from(
    'nip;nama;jenis_jabatan;periode_mulai;periode_selesai;rating_hasil_kerja;rating_perilaku\r\n' +
      '199001012015031001;Jos\u00e9 Andr\u00e9;Pelaksana;2024-01-01;2024-12-31;Sesuai Ekspektasi;Sesuai Ekspektasi\r\n',
    'latin1',
  );

  it.each([
    ['a CSV saved as Windows-1252', 'latin1.csv', latin1, [], 'line 2: byte 0xE9'],
    [
      'JSON Lines',
      'a.jsonl',
      Buffer.concat([
        Buffer.from('{"a":1}\n{"nama":"Ma'),
        Buffer.from([0x92]),
        Buffer.from('ruf"}\n'),
      ]),
      [],
      'line 2: byte 0x92',
    ],
    [
      'a JSON document',
      'a.json',
      Buffer.concat([Buffer.from('[{"nama":"'), Buffer.from([0xe9]), Buffer.from('"}]')]),
      [],
      'line 1: byte 0xE9',
    ],
    [
      'a ruleset file',
      'ok.json',
      Buffer.from('[]'),
      ['--ruleset', 'rs.json'],
      'rs.json: not UTF-8 text (line 1: byte 0xFF)',
    ],
  ])('%s', async (_what, name, bytes, extra, message) => {
    const dir = tmp();
    writeFileSync(join(dir, name), bytes);
    writeFileSync(join(dir, 'rs.json'), Buffer.from([0x7b, 0xff, 0x7d]));
    const r = await cli(dir, 'score', name, ...extra, '--out', 'hasil.csv');
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr), r.stderr).toBe(true);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('CSV UTF-8');
    expect(readdirSync(dir).sort()).toEqual([name, 'rs.json'].sort());
  });

  it('stops a streamed run on threads at the line, leaving no results file', async () => {
    const dir = tmp();
    const csv = generateDemo({ size: 3000 }).csv;
    const lines = csv.split('\n');
    const at = 2500; // 1-based line of the bad byte, at its start
    const bytes = Buffer.concat([
      Buffer.from(`${lines.slice(0, at - 1).join('\n')}\n`),
      Buffer.from([0xe9]),
      Buffer.from(lines.slice(at - 1).join('\n')),
    ]);
    writeFileSync(join(dir, 'pegawai.csv'), bytes);
    process.env.KINERJA_WORKERS_MIN_LINES = '0';
    try {
      const r = await cli(dir, 'score', 'pegawai.csv', '--workers', '2', '--out', 'hasil.csv');
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr), r.stderr).toBe(true);
      expect(r.stderr).toContain(`pegawai.csv: not UTF-8 text (line ${at}: byte 0xE9)`);
      expect(readdirSync(dir)).toEqual(['pegawai.csv']);
    } finally {
      delete process.env.KINERJA_WORKERS_MIN_LINES;
    }
  }, 60_000);
});

describe('readUtf8File', () => {
  it('refuses a file larger than a string can hold, pointing to the streamed formats', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'besar.json'), '[1,2,3]');
    await expect(readUtf8File(join(dir, 'besar.json'), 'besar.json', 7)).resolves.toBe('[1,2,3]');
    await expect(readUtf8File(join(dir, 'besar.json'), 'besar.json', 6)).rejects.toThrow(
      'besar.json: too large to read whole (7 bytes; one text holds at most 6 characters): use CSV or JSON Lines, which are streamed',
    );
  });
});

describe('--encoding windows-1252', () => {
  // Bytes as Excel writes them on Windows: é 0xE9, ’ 0x92 (curly apostrophe), € 0x80.
  const row = (nip: string, nama: string) =>
    `${nip};${nama};Pelaksana;2024-01-01;2024-12-31;Sesuai Ekspektasi;Sesuai Ekspektasi\r\n`;
  const header =
    'nip;nama;jenis_jabatan;periode_mulai;periode_selesai;rating_hasil_kerja;rating_perilaku\r\n';
  const names = ['Jos\u00e9 Andr\u00e9', 'Ma\u2019ruf Amin', 'Rp \u20ac Dua'];
  const text = header + names.map((n, i) => row(`19900101201503100${i}`, n)).join('');
  /** Text as Windows-1252 bytes (the characters of these tests: Latin-1, ’ and €). */
  const ansi = (t: string) =>
    Buffer.from([...t].map((c) => ({ '\u2019': 0x92, '\u20ac': 0x80 })[c] ?? c.charCodeAt(0)));
  const cp1252 = ansi(text);

  it('reads a Windows-1252 CSV as it was meant, in this thread and streamed on threads', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ansi.csv'), cp1252);
    writeFileSync(join(dir, 'utf8.csv'), text);
    const want = await cli(dir, 'score', 'utf8.csv', '--out', 'h0.csv');
    expect(want.code).toBe(0);
    const expected = readFileSync(join(dir, 'h0.csv'), 'utf8');
    expect(expected).toContain('Ma\u2019ruf Amin');
    /** ansi.csv read as Windows-1252 into `out`: the same results as the UTF-8 file. */
    const readsAsMeant = async (out: string, ...extra: string[]) => {
      const r = await cli(
        dir,
        'score',
        'ansi.csv',
        '--encoding',
        'windows-1252',
        ...extra,
        '--out',
        out,
      );
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(join(dir, out), 'utf8')).toBe(expected);
    };
    await readsAsMeant('h1.csv');
    process.env.KINERJA_WORKERS_MIN_LINES = '0';
    try {
      await readsAsMeant('h2.csv', '--workers', '2');
    } finally {
      delete process.env.KINERJA_WORKERS_MIN_LINES;
    }
    // Without the option the same file stops, and says which option reads it.
    const refused = await cli(dir, 'score', 'ansi.csv', '--out', 'h3.csv');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('line 2: byte 0xE9');
    expect(refused.stderr).toContain('--encoding windows-1252');
  });

  it('reads Windows-1252 JSON Lines on threads as UTF-8 text', async () => {
    const dir = tmp();
    const line = (n: string) => `{"nama":"${n}"}\n`;
    const jsonl = names.map(line).join('');
    writeFileSync(join(dir, 'a.jsonl'), ansi(jsonl));
    const u = useInputEncoding('windows-1252');
    try {
      const p = new Utf8Pieces('a.jsonl');
      const bytes = readFileSync(join(dir, 'a.jsonl'));
      expect(Buffer.from(p.utf8(bytes)).toString('utf8')).toBe(jsonl);
    } finally {
      u();
    }
    // And the default again once the command is over.
    expect(() => new Utf8Pieces('a.jsonl').utf8(Buffer.from([0x92]))).toThrow('not UTF-8 text');
  });
});

describe('UTF-16 with a byte-order mark (Excel "Unicode Text", some SIMPEG exports)', () => {
  /** `text` as UTF-16 bytes with the mark: little-endian, or big-endian. */
  const utf16 = (text: string, be = false) => {
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return be ? Buffer.from(le).swap16() : le;
  };

  it('property: any valid text cut anywhere decodes to itself, the mark kept as UTF-8 keeps it', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.boolean(),
        fc.array(fc.nat()),
        (text, be, cuts) => {
          const u = new Utf8Pieces('a.txt');
          const got = cutAt(utf16(text, be), cuts)
            .map((p) => u.text(p))
            .join('');
          u.end();
          const v = new Utf8Pieces('a.jsonl');
          const bytes = Buffer.concat(cutAt(utf16(text, be), cuts).map((p) => v.utf8(p)));
          v.end();
          return got === `\uFEFF${text}` && bytes.toString('utf8') === `\uFEFF${text}`;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stops on an unpaired surrogate and on a last byte left over, whatever --encoding says', () => {
    const lone = Buffer.concat([utf16('nip;nama\r\n'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    expect(() => {
      const u = new Utf8Pieces('a.txt');
      u.text(lone);
      u.end();
    }).toThrow('a.txt: not valid UTF-16LE text');
    const odd = Buffer.concat([utf16('nip', true), Buffer.from([0x00])]);
    const restore = useInputEncoding('windows-1252');
    try {
      const u = new Utf8Pieces('b.txt');
      expect(u.text(odd)).toBe('\uFEFFnip');
      expect(() => u.end()).toThrow('b.txt: not valid UTF-16BE text');
    } finally {
      restore();
    }
  });

  it('holds a lone first 0xFF or 0xFE until it knows, and loses nothing when the file is that byte', async () => {
    const u = new Utf8Pieces('a.txt');
    expect(u.text(Buffer.from([0xff]))).toBe('');
    expect(u.text(Buffer.from([0xfe, 0x41, 0x00]))).toBe('\uFEFFA');
    expect(u.end()).toBe('');
    expect(() => new Utf8Pieces('b.txt').end()).not.toThrow();
    const one = new Utf8Pieces('c.txt');
    expect(one.text(Buffer.from([0xff]))).toBe('');
    expect(() => one.end()).toThrow('c.txt: not UTF-8 text (byte 1: byte 0xFF)');
    const dir = tmp();
    writeFileSync(join(dir, 'y.csv'), Buffer.from([0xff]));
    const restore = useInputEncoding('windows-1252');
    try {
      const ansi = new Utf8Pieces('d.txt');
      expect(ansi.text(Buffer.from([0xff]))).toBe('');
      expect(ansi.end()).toBe('\u00ff');
      expect(await readUtf8File(join(dir, 'y.csv'), 'y.csv')).toBe('\u00ff');
    } finally {
      restore();
    }
  });

  it('scores a UTF-16 tab-separated export as its UTF-8 twin, in this thread and on threads', async () => {
    const dir = tmp();
    const city = generateDemo({ size: 400, seed: 3 });
    // Tab-separated, as Excel saves "Unicode Text", with names past ASCII (and past the BMP).
    const lines = city.csv.replaceAll(';', '\t').split('\n');
    const cells = (lines[1] as string).split('\t');
    const nama = cells.findIndex((c) => /^[A-Z][a-z]+ /.test(c));
    cells[nama] = `Ñoño ${cells[nama]} 😀`;
    lines[1] = cells.join('\t');
    const text = lines.join('\n');
    expect(text).toContain('Ñoño');
    writeFileSync(join(dir, 'utf8.csv'), text);
    writeFileSync(join(dir, 'unicode.txt'), utf16(text));
    writeFileSync(join(dir, 'be.csv'), utf16(text, true));
    writeFileSync(join(dir, 'le.csv'), utf16(text));
    const want = await cli(dir, 'score', 'utf8.csv', '--out', 'h0.csv', '--rejections', 'd0.csv');
    expect(readFileSync(join(dir, 'h0.csv'), 'utf8')).toContain('Ñoño');
    const same = async (file: string, n: string, ...extra: string[]) => {
      const r = await cli(
        dir,
        'score',
        file,
        ...extra,
        '--out',
        `${n}.csv`,
        '--rejections',
        `d${n}.csv`,
      );
      expect([r.code, r.stderr]).toEqual([want.code, '']);
      expect(readFileSync(join(dir, `${n}.csv`), 'utf8')).toBe(
        readFileSync(join(dir, 'h0.csv'), 'utf8').replaceAll('utf8.csv', file),
      );
      expect(readFileSync(join(dir, `d${n}.csv`), 'utf8')).toBe(
        readFileSync(join(dir, 'd0.csv'), 'utf8').replaceAll('utf8.csv', file),
      );
    };
    await same('unicode.txt', 'h1');
    await same('be.csv', 'h2', '--encoding', 'windows-1252');
    process.env.KINERJA_WORKERS_MIN_LINES = '0';
    try {
      // A .txt (and a .tsv) is split across the threads as a .csv is.
      await same('unicode.txt', 'h3', '--workers', '2');
      await same('le.csv', 'h4', '--workers', '2');
    } finally {
      delete process.env.KINERJA_WORKERS_MIN_LINES;
    }
  });

  it('reads UTF-16 JSON Lines on threads, and sniffs a UTF-16 e-Kinerja export by its header', async () => {
    const dir = tmp();
    const city = generateDemo({ size: 300, seed: 4 });
    writeFileSync(join(dir, 'a.jsonl'), city.jsonl);
    writeFileSync(join(dir, 'b.jsonl'), utf16(city.jsonl, true));
    const a = await cli(dir, 'score', 'a.jsonl', '--out', 'a.json');
    process.env.KINERJA_WORKERS_MIN_LINES = '0';
    try {
      const b = await cli(dir, 'score', 'b.jsonl', '--out', 'b.json', '--workers', '2');
      expect([b.code, b.stderr]).toEqual([a.code, '']);
    } finally {
      delete process.env.KINERJA_WORKERS_MIN_LINES;
    }
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'a.json'), 'utf8').replaceAll('a.jsonl', 'b.jsonl'),
    );
    // The kind of a .csv is told by its header row, read as UTF-16 too.
    writeFileSync(join(dir, 'laporan.csv'), utf16('id;nip;nama;hasil_akhir\r\n1;x;y;BAIK\r\n'));
    expect((await sniffCsvFile(join(dir, 'laporan.csv'), 'laporan.csv')).kind).toBe(
      'ekinerja-laporan-csv',
    );
  });
});
