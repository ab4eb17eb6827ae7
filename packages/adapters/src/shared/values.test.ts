import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalDecimal,
  excelSerialToIso,
  readDate,
  readDecimal,
  readInteger,
  readNip,
  readQuantity,
} from './values.js';

describe('readNip', () => {
  it.each([
    ['198703122010011002', { ok: true, value: '198703122010011002' }],
    ['  198703122010011002 ', { ok: true, value: '198703122010011002' }],
    ["'198703122010011002", { ok: true, value: '198703122010011002', note: 'NIP_TEXT_MARKER' }],
  ])('accepts %j', (input, out) => {
    expect(readNip(input)).toEqual(out);
  });

  it.each([
    [198703122010011000, 'NIP_NUMBER'],
    ['1.98703E+17', 'NIP_SCIENTIFIC_NOTATION'],
    ['1,98703E+17', 'NIP_SCIENTIFIC_NOTATION'],
    ['1.98703122010011e17', 'NIP_SCIENTIFIC_NOTATION'],
    ["'1.98703E+17", 'NIP_SCIENTIFIC_NOTATION'],
    ['19870312201001100', 'NIP_FORMAT'],
    ['1987 0312 2010 01 1 002', 'NIP_FORMAT'],
    [null, 'NIP_FORMAT'],
  ])('rejects %j with %s and never guesses digits', (input, code) => {
    const r = readNip(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe(code);
  });
});

describe('readDate', () => {
  it.each([
    ['2023-12-31', '2023-12-31'],
    ['2023-1-5', '2023-01-05'],
    ['2024-01-10 08:00:00', '2024-01-10'],
    ['2024-01-10T08:00:00Z', '2024-01-10'],
    ['31/12/2023', '2023-12-31'],
    ['31-12-2023', '2023-12-31'],
    ['5/1/2023', '2023-01-05'],
    [45291, '2023-12-31'],
    ['45291', '2023-12-31'],
    [44927.75, '2023-01-01'],
    ['29/02/2024', '2024-02-29'],
  ])('%j → %s', (input, iso) => {
    expect(readDate(input)).toEqual({ ok: true, value: iso });
  });

  it.each(['31/02/2023', '2023-13-01', '12/31/2023', 'kemarin', '', 5, '45291'])(
    'rejects %j',
    (input) => {
      const opts = input === '45291' ? { excelSerial: false } : {};
      expect(readDate(input, opts).ok).toBe(false);
    },
  );

  it('decides every day of years 1000–9999 and every malformed day as the Date-based check did', () => {
    // The calendar check before the arithmetic one (kept here as the reference).
    const ref = (y: number, m: number, d: number) => {
      if (y < 1000 || y > 9999) return false;
      const dt = new Date(Date.UTC(y, m - 1, d));
      return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
    };
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12000 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 33 }),
        fc.boolean(),
        (y, m, d, dmy) => {
          const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const text = dmy ? `${d}/${m}/${pad(y, 4)}` : iso;
          const r = readDate(text, { excelSerial: false });
          if (ref(y, m, d)) expect(r).toEqual({ ok: true, value: iso });
          else expect(r.ok).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
    for (const y of [1900, 2000, 2023, 2024, 2100]) {
      expect(readDate(`${y}-02-29`).ok).toBe(ref(y, 2, 29));
    }
  });

  it('Excel serials: the 1900 system via (serial − 25569) × 86400', () => {
    expect(excelSerialToIso(25569)).toBe('1970-01-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(60)).toBeUndefined(); // Excel's phantom 1900-02-29 and earlier
  });
});

describe('readDecimal and quantities', () => {
  it.each([
    ['85.5', {}, '85.5'],
    ['085.50', {}, '85.5'],
    ['-0.0', {}, '0'],
    ['.5', {}, '0.5'],
    [12, {}, '12'],
    ['1,5', { decimalComma: true }, '1.5'],
    ['1.234,5', { decimalComma: true }, '1234.5'],
    ['88,67', { decimalComma: true }, '88.67'],
  ])('%j %j → %s', (input, opts, out) => {
    expect(readDecimal(input, opts)).toEqual({ ok: true, value: out });
  });

  it.each([
    ['1,5', {}],
    ['1.5', { decimalComma: true }],
    ['12 Dokumen', {}],
    [Number.NaN, {}],
    [1e21, {}],
  ])('rejects %j %j', (input, opts) => {
    expect(readDecimal(input, opts).ok).toBe(false);
  });

  it('integers', () => {
    expect(readInteger('2023')).toEqual({ ok: true, value: 2023 });
    expect(readInteger(2023.5).ok).toBe(false);
    expect(readInteger('2023a').ok).toBe(false);
  });

  it.each([
    ['12 Dokumen', { jumlah: '12', satuan: 'Dokumen' }],
    ['1,5 Laporan', { jumlah: '1.5', satuan: 'Laporan' }],
    ['100 %', { jumlah: '100', satuan: '%' }],
    [3, { jumlah: '3' }],
  ])('quantity %j', (input, q) => {
    expect(readQuantity(input)).toEqual({ ok: true, value: q });
  });

  it('canonical decimals are one spelling per value', () => {
    expect(canonicalDecimal('+012.500')).toBe('12.5');
    expect(canonicalDecimal('-000')).toBe('0');
    expect(canonicalDecimal('-0.010')).toBe('-0.01');
  });
});
