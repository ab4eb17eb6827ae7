import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, detectDelimiter, parseCsv, streamCsv } from './tokenizer.js';
import { neutralizeCell, quoteCell, unneutralizeCell, writeCsv } from './writer.js';

const cells = (text: string, opts = {}) => parseCsv(text, opts).rows.map((r) => r.cells);

describe('parseCsv (RFC 4180)', () => {
  it('quotes, escaped quotes, delimiters and line breaks inside quotes', () => {
    expect(cells('a,"b,c","d ""e""","f\r\ng"\r\n1,2,3,4')).toEqual([
      ['a', 'b,c', 'd "e"', 'f\r\ng'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('CRLF, LF and CR line ends; BOM; empty cells; no final newline', () => {
    expect(cells('\uFEFFa,b\r\n,\n\r1,\rx')).toEqual([
      ['a', 'b'],
      ['', ''],
      [''],
      ['1', ''],
      ['x'],
    ]);
  });

  it('records keep the line they start on', () => {
    expect(parseCsv('h\n"a\nb"\nc\n').rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('detects ; , or tab from the first lines, not from a title line', () => {
    expect(detectDelimiter('nip;nama;"a,b"')).toBe(';');
    expect(parseCsv('Laporan, Dinas X\nnip;nama;jabatan\n1;2;3\n').delimiter).toBe(';');
    expect(parseCsv('a\tb\n').delimiter).toBe('\t');
    expect(parseCsv('a;b,c', { delimiter: ',' }).rows[0]?.cells).toEqual(['a;b', 'c']);
  });

  it('an unterminated quote is flagged and the text kept', () => {
    const r = parseCsv('a,"b\nc');
    expect(r.unterminated).toBe(true);
    expect(r.rows.map((x) => x.cells)).toEqual([['a', 'b\nc']]);
  });

  it('a stray quote inside an unquoted cell is kept as text', () => {
    expect(cells('a"b,c')).toEqual([['a"b', 'c']]);
  });
});

const cell = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    ' ',
    ',',
    ';',
    '"',
    '\r',
    '\n',
    '=',
    '-',
    '@',
    '\t',
    "'",
    '1',
    'é',
  ),
});
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), {
  minLength: 1,
  maxLength: 6,
});

describe('writer ↔ reader', () => {
  it('write then parse gives the same cells (any delimiter, neutralised or not)', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(',', ';', '\t'),
        fc.boolean(),
        (rows, delimiter, neutralize) => {
          // Blank records are not data: a table of only empty cells is written as `""` lines.
          const text = writeCsv(rows, { delimiter: delimiter as ',' | ';' | '\t', neutralize });
          const back = parseCsv(text, { delimiter: delimiter as ',' | ';' | '\t' }).rows.map((r) =>
            r.cells.map((c) => (neutralize ? unneutralizeCell(c) : c)),
          );
          expect(back).toEqual(rows);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('any chunking of the input gives the same records (streaming)', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 6 }),
        async (rows, cuts) => {
          const text = `\uFEFF${writeCsv(rows, { delimiter: ';' })}`;
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const chunks: string[] = [];
          let prev = 0;
          for (const p of points) {
            chunks.push(text.slice(prev, p));
            prev = p;
          }
          chunks.push(text.slice(prev));
          const streamed: string[][] = [];
          for await (const r of streamCsv(chunks, { delimiter: ';' })) streamed.push([...r.cells]);
          expect(streamed).toEqual(parseCsv(text, { delimiter: ';' }).rows.map((r) => r.cells));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the tokenizer returns records as soon as they are complete', () => {
    const t = new CsvTokenizer({ delimiter: ',' });
    expect(t.push('a,b\nc')).toEqual([{ line: 1, cells: ['a', 'b'] }]);
    expect(t.push(',d\n')).toEqual([{ line: 2, cells: ['c', 'd'] }]);
    expect(t.end()).toEqual({ rows: [], unterminated: false });
  });
});

describe('formula injection', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+62 812', "'+62 812"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ['-5', '-5'],
    ['-1,5', '-1,5'],
    ['Siti', 'Siti'],
  ])('%j → %j and back', (raw, safe) => {
    expect(neutralizeCell(raw)).toBe(safe);
    expect(unneutralizeCell(neutralizeCell(raw))).toBe(raw);
  });

  it('neutralise/unneutralise is a bijection on any text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(unneutralizeCell(neutralizeCell(s))).toBe(s);
        expect(/^[=+@\t\r]/.test(neutralizeCell(s))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('the character-code fast paths decide as the regular expressions they replace', () => {
    // The definitions before the fast paths (kept here as the reference).
    const neutralizeRef = (v: string) =>
      /^-?\d+(?:[.,]\d+)?$/.test(v) ? v : /^'*[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    const quoteRef = (v: string, d: string) =>
      v.includes(d) || /["\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    const edge = fc.constantFrom(
      ..." \t\n\v\f\r\u00a0\u1680\u2000\u2028\u202f\u3000\ufeff\u0085x\"',;|=+-@'",
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.tuple(edge, fc.string(), edge).map(([a, b, c]) => a + b + c),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(',', ';', '\t', '|'), (s, d) => {
        expect(neutralizeCell(s)).toBe(neutralizeRef(s));
        expect(quoteCell(s, d as never)).toBe(quoteRef(s, d));
      }),
      { numRuns: 1000 },
    );
  });
});
