import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsToObject, matchHeader } from './table.js';
import { unneutralizeCell } from './writer.js';

/**
 * `cellsToObject` builds a full record from a copy of the layout's template and a short one
 * field by field: both must give exactly the fields of the cells the record has, in the order
 * of the header's mapped columns, as the reader always read them.
 */
describe('cellsToObject', () => {
  const FIELDS = ['nip', 'nama', 'tahun', 'predikat'] as const;

  it('has the fields of the cells a record has, in mapped-column order, for records of any length', () => {
    const header = fc
      .shuffledSubarray(['nip', 'nama', 'tahun', 'predikat', 'lain', 'kolom'], { minLength: 1 })
      .map((names) =>
        matchHeader({ line: 1, cells: names }, 0, {
          nip: ['nip'],
          nama: ['nama'],
          tahun: ['tahun'],
          predikat: ['predikat'],
        }),
      );
    const cell = fc.constantFrom('', ' ', 'x', "'=1+2", "'abc", '198703122010011002');
    fc.assert(
      fc.property(header, fc.array(cell, { maxLength: 8 }), (h, cells) => {
        const r = cellsToObject(h, { line: 2, cells });
        const expected: Record<string, string> = {};
        for (const [field, j] of Object.entries(h.columns) as [string, number][]) {
          const v = cells[j];
          if (v !== undefined) expected[field] = unneutralizeCell(v);
        }
        expect(Object.keys(r.fields)).toEqual(Object.keys(expected));
        expect(r.fields).toEqual(expected);
        for (const f of FIELDS) expect(f in r.fields).toBe(f in expected);
        // The keys, given only when every mapped column has a cell, are the record's own.
        const full = Object.values(h.columns).every((j) => (j as number) < cells.length);
        expect(r.keys).toEqual(full ? Object.keys(r.fields) : undefined);
      }),
      { numRuns: 500 },
    );
  });

  it('gives every full record an object of its own', () => {
    const h = matchHeader({ line: 1, cells: ['nip', 'nama'] }, 0, { nip: ['nip'], nama: ['nama'] });
    const a = cellsToObject(h, { line: 2, cells: ['1', 'Ani'] }).fields;
    const b = cellsToObject(h, { line: 3, cells: ['2', 'Budi'] }).fields;
    expect(a).toEqual({ nip: '1', nama: 'Ani' });
    expect(b).toEqual({ nip: '2', nama: 'Budi' });
    expect(cellsToObject(h, { line: 4, cells: ['3'] }).fields).toEqual({ nip: '3' });
  });
});
