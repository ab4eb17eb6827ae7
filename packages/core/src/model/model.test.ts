import { isAfter, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../issues/zod.js';
import { AppraisalSchema } from './appraisal.js';
import { PegawaiSchema } from './pegawai.js';
import { monthsIn, PeriodeSchema, periode } from './periode.js';
import { findForbiddenKeys, IsoDateSchema, NipSchema } from './primitives.js';
import { parseQuantity, QuantitySchema, TargetSchema } from './quantity.js';

const pegawai = {
  nip: '198703122010011002',
  nama: 'Siti Rahmawati',
  jabatan: { jenis: 'PELAKSANA' },
};

describe('NIP', () => {
  it.each([
    ['198703122010011002', true],
    ['19870312201001100', false],
    ['1987031220100110022', false],
    ['19870312201001100A', false],
  ])('%s valid=%s', (nip, ok) => {
    expect(NipSchema.safeParse(nip).success).toBe(ok);
  });

  it('rejects a NIP mangled into scientific notation with a clear bilingual message', () => {
    const r = safeParseWith(PegawaiSchema, { ...pegawai, nip: '1.98703E+17' }, ['pegawai']);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]).toMatchObject({
      code: 'NIP_SCIENTIFIC_NOTATION',
      path: ['pegawai', 'nip'],
    });
    expect(r.issues[0]?.message.id).toContain('notasi ilmiah');
    expect(r.issues[0]?.message.en).toContain('scientific notation');
  });

  it('rejects a numeric NIP instead of coercing it (18 digits exceed float precision)', () => {
    const r = safeParseWith(PegawaiSchema, { ...pegawai, nip: 198703122010011000 }); // the 18-digit NIP already lost its last digits as a number
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]?.path).toEqual(['nip']);
    expect(r.issues[0]?.message.id).toMatch(/string/);
  });
});

describe('quantities and targets', () => {
  it.each([
    ['12 Dokumen', { jumlah: '12', satuan: 'Dokumen' }],
    ['1,5 Laporan', { jumlah: '1.5', satuan: 'Laporan' }],
    ['100 %', { jumlah: '100', satuan: '%' }],
    ['7', { jumlah: '7' }],
    ['Dokumen', undefined],
    ['', undefined],
  ])('parseQuantity(%j)', (s, q) => {
    expect(parseQuantity(s)).toEqual(q);
  });

  it('accepts numbers, strings and objects, and reports unreadable strings', () => {
    expect(QuantitySchema.parse(12)).toEqual({ jumlah: 12 });
    expect(QuantitySchema.parse('12 Dokumen')).toEqual({ jumlah: '12', satuan: 'Dokumen' });
    expect(QuantitySchema.parse({ jumlah: '1.5', satuan: 'Laporan' })).toEqual({
      jumlah: '1.5',
      satuan: 'Laporan',
    });
    expect(QuantitySchema.safeParse('dua belas').success).toBe(false);
  });

  it('reads range targets and rejects inverted ranges', () => {
    expect(TargetSchema.parse({ min: 80, max: 90, satuan: '%' })).toEqual({
      min: 80,
      max: 90,
      satuan: '%',
    });
    expect(TargetSchema.safeParse({ min: 90, max: 80 }).success).toBe(false);
  });
});

describe('periods', () => {
  it('builds the usual periods', () => {
    expect(periode.triwulan(2023, 2)).toMatchObject({ mulai: '2023-04-01', selesai: '2023-06-30' });
    expect(periode.semester(2021, 2)).toMatchObject({ mulai: '2021-07-01', selesai: '2021-12-31' });
    expect(periode.bulanan(2024, 2)).toMatchObject({ mulai: '2024-02-01', selesai: '2024-02-29' });
    expect(monthsIn(periode.tahunan(2023))).toBe(12);
    expect(monthsIn(periode.triwulan(2023, 4))).toBe(3);
  });
  it('rejects impossible dates and inverted periods', () => {
    expect(
      PeriodeSchema.safeParse({ jenis: 'TAHUNAN', mulai: '2023-02-30', selesai: '2023-12-31' })
        .success,
    ).toBe(false);
    expect(
      PeriodeSchema.safeParse({ jenis: 'TAHUNAN', mulai: '2023-12-31', selesai: '2023-01-01' })
        .success,
    ).toBe(false);
  });
});

describe('appraisal', () => {
  const base = { pegawai, periode: periode.tahunan(2023) };
  it('keeps unknown top-level keys (systems add their own columns)', () => {
    const r = AppraisalSchema.parse({ ...base, kodeSimpeg: 'X-1' });
    expect((r as Record<string, unknown>).kodeSimpeg).toBe('X-1');
  });
  it('reports unknown nested keys, which are usually typos, with their path', () => {
    const r = safeParseWith(AppraisalSchema, {
      ...base,
      skp: {
        rencanaHasilKerja: [
          {
            rencanaHasilKerja: 'Data',
            indikator: [{ aspek: 'KUANTITAS', indikator: 'x', target: 12, realiasi: 12 }],
          },
        ],
      },
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]).toMatchObject({
      code: 'UNKNOWN_KEY',
      path: ['skp', 'rencanaHasilKerja', 0, 'indikator', 0],
    });
    expect(r.issues[0]?.message.en).toContain('realiasi');
  });
  it('finds prototype-polluting keys anywhere', () => {
    const parsed = JSON.parse('{"a":{"__proto__":{"x":1}},"b":[{"constructor":1}]}');
    expect(findForbiddenKeys(parsed)).toEqual([
      ['a', '__proto__'],
      ['b', 0, 'constructor'],
    ]);
  });
});

describe('fast validators equal their reference formulation', () => {
  const ymd = (y: number, m: number, d: number) =>
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  /** The former IsoDateSchema check: a Date.UTC round trip. */
  const viaDate = (s: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dt = new Date(Date.UTC(y, mo - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
  };

  it('IsoDateSchema accepts exactly the dates that round-trip through Date.UTC', () => {
    for (const y of [0, 1, 50, 99, 100, 101, 1600, 1700, 1900, 2000, 2023, 2024, 2100, 9999]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = ymd(y, m, d);
          expect(IsoDateSchema.safeParse(s).success, s).toBe(viaDate(s));
        }
      }
    }
    for (const s of ['2023-1-01', '2023-01-01T00:00', ' 2023-01-01', '20230101']) {
      expect(IsoDateSchema.safeParse(s).success).toBe(false);
    }
  });

  it('property: the period order check equals date-fns on any pair of date strings', () => {
    const day = fc
      .tuple(
        fc.integer({ min: 0, max: 2200 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => ymd(y, m, d));
    fc.assert(
      fc.property(day, day, (mulai, selesai) => {
        const r = PeriodeSchema.safeParse({ jenis: 'TAHUNAN', mulai, selesai });
        const order = r.success
          ? true
          : !r.error.issues.some((i) => i.message === 'Period start is after its end');
        expect(order).toBe(!isAfter(parseISO(mulai), parseISO(selesai)));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: findForbiddenKeys finds every forbidden key, with its path, in key order', () => {
    const key = fc.constantFrom('a', 'b', '__proto__', 'constructor', 'prototype', 'x');
    const tree = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.integer(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.array(fc.tuple(key, tie('node')), { maxLength: 4 }).map((kv) => {
          const o: Record<string, unknown> = {};
          for (const [k, v] of kv)
            Object.defineProperty(o, k, {
              value: v,
              enumerable: true,
              configurable: true,
              writable: true,
            });
          return o;
        }),
      ),
    })).node;
    /** The former implementation: Object.keys and a path copy per node. */
    const reference = (
      v: unknown,
      path: (string | number)[] = [],
      out: (string | number)[][] = [],
    ) => {
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) reference(v[i], [...path, i], out);
      } else if (v !== null && typeof v === 'object') {
        for (const k of Object.keys(v)) {
          if (['__proto__', 'constructor', 'prototype'].includes(k)) out.push([...path, k]);
          else reference((v as Record<string, unknown>)[k], [...path, k], out);
        }
      }
      return out;
    };
    fc.assert(
      fc.property(tree, (t) => {
        expect(findForbiddenKeys(t)).toEqual(reference(t));
      }),
      { numRuns: 1000 },
    );
  });
});
