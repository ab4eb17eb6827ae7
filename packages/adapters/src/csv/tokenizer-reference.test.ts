import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvRow, CsvTokenizer } from './tokenizer.js';

/**
 * The reader as first written, one character at a time: the tokenizer, which takes runs of
 * ordinary characters with one slice, must give the same records and line numbers on any
 * text and any chunking.
 */
function reference(
  chunks: readonly string[],
  d: string,
): { rows: CsvRow[]; unterminated: boolean } {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  let lastWasCR = false;
  let cellTouched = false;
  let recordTouched = false;
  for (const text of chunks) {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (lastWasCR) {
        lastWasCR = false;
        if (ch === '\n') continue;
      }
      if (inQuotes) {
        if (ch === '"') {
          inQuotes = false;
          afterQuote = true;
        } else {
          if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
          cell += ch;
        }
        continue;
      }
      if (ch === '"') {
        if (afterQuote) {
          cell += '"';
          inQuotes = true;
          afterQuote = false;
        } else if (!cellTouched) {
          inQuotes = true;
          cellTouched = true;
        } else cell += ch;
        continue;
      }
      afterQuote = false;
      if (ch === d) {
        cells.push(cell);
        cell = '';
        cellTouched = false;
        recordTouched = true;
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        if (ch === '\r') lastWasCR = true;
        cells.push(cell);
        rows.push({ line: recordLine, cells });
        cells = [];
        cell = '';
        cellTouched = false;
        recordTouched = false;
        line++;
        recordLine = line;
        continue;
      }
      cell += ch;
      cellTouched = true;
    }
  }
  if (cellTouched || recordTouched) {
    cells.push(cell);
    rows.push({ line: recordLine, cells });
  }
  return { rows, unterminated: inQuotes };
}

describe('CsvTokenizer', () => {
  it('equals the character-by-character reference on any text and chunking', () => {
    const text = fc
      .array(fc.constantFrom('a', 'bc', ';', ',', '"', '""', '\r', '\n', '\r\n', ' ', 'é'), {
        maxLength: 60,
      })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 9 }), fc.constantFrom(';', ','), (t, size, d) => {
        const chunks: string[] = [];
        for (let i = 0; i < t.length; i += size) chunks.push(t.slice(i, i + size));
        const tok = new CsvTokenizer({ delimiter: d as ';' | ',' });
        const rows = chunks.flatMap((c) => tok.push(c));
        const end = tok.end();
        expect({ rows: [...rows, ...end.rows], unterminated: end.unterminated }).toEqual(
          reference(chunks, d),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('cuts plain lines of hundreds of cells (more delimiters than its first scratch holds)', () => {
    const wide = (n: number, tag: string) => Array.from({ length: n }, (_, j) => `${tag}${j}`);
    const t = `${wide(300, 'a').join(';')}\r\n${wide(70, 'b').join(';')}\n;;\n`;
    for (const size of [t.length, 500, 64]) {
      const chunks: string[] = [];
      for (let i = 0; i < t.length; i += size) chunks.push(t.slice(i, i + size));
      const tok = new CsvTokenizer({ delimiter: ';' });
      const rows = [...chunks.flatMap((c) => tok.push(c)), ...tok.end().rows];
      expect(rows).toEqual(reference(chunks, ';').rows);
      expect(rows.map((r) => r.cells.length)).toEqual([300, 70, 3]);
      expect(rows[0]?.cells[299]).toBe('a299');
    }
  });

  it('equals the reference on files of lines, mostly plain, in chunks of any size', () => {
    // Lines of cells, most of them plain (the tokenizer cuts those with `indexOf`), some with
    // a quote, a lone CR or nothing; LF and CRLF line ends; chunks from 1 character to the
    // whole text, so a line may be split anywhere, including between its CR and LF.
    const plain = fc.constantFrom('a', 'bc', ' ', 'é', '1987', 'x y');
    const odd = fc.constantFrom('"', '""', '"a;b"', '\r', 'a"b');
    const cell = fc
      .array(fc.oneof({ weight: 9, arbitrary: plain }, { weight: 1, arbitrary: odd }), {
        maxLength: 3,
      })
      .map((xs) => xs.join(''));
    const line = fc.array(cell, { maxLength: 5 });
    const file = fc.record({
      lines: fc.array(line, { maxLength: 12 }),
      ends: fc.array(fc.constantFrom('\n', '\r\n'), { minLength: 12, maxLength: 12 }),
      last: fc.boolean(),
    });
    fc.assert(
      fc.property(
        file,
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom(';', ',', '\t'),
        (f, size, d) => {
          let t = '';
          f.lines.forEach((cells, i) => {
            t += cells.join(d);
            if (i < f.lines.length - 1 || f.last) t += f.ends[i];
          });
          const chunks: string[] = [];
          for (let i = 0; i < t.length; i += size) chunks.push(t.slice(i, i + size));
          const tok = new CsvTokenizer({ delimiter: d as ';' | ',' | '\t' });
          const rows = chunks.flatMap((c) => tok.push(c));
          const end = tok.end();
          expect({ rows: [...rows, ...end.rows], unterminated: end.unterminated }).toEqual(
            reference(chunks, d),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
