import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Calculator, Undecidable } from '../arith/calculator.js';
import { decimalCalculator as dec } from '../arith/decimal.js';
import { floatCalculator as flt } from '../arith/float.js';
import { type IkiInput, IkiSchema } from '../model/skp.js';
import { createTracer, NO_TRACE } from '../trace/trace.js';
import { createStandarIndicator, standarIndicator } from './standar.js';

const base: IkiInput = { aspek: 'KUANTITAS', indikator: 'Jumlah dokumen', target: 10 };

function capaian<T>(c: Calculator<T>, input: Partial<IkiInput>, ind = standarIndicator) {
  const iki = IkiSchema.parse({ ...base, ...input });
  return ind.capaian(c, iki, { path: ['iki'], tracer: NO_TRACE });
}

function pct(input: Partial<IkiInput>, ind = standarIndicator, dp = 2): string {
  const out = capaian(dec, input, ind);
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  return dec.toFixed(dec.round(out.capaian, dp, 'HALF_UP'), dp);
}

function codes(input: Partial<IkiInput>): { code: string; path: string }[] {
  const out = capaian(dec, input);
  if (out.ok) throw new Error('expected issues');
  return out.issues.map((i) => ({ code: i.code, path: i.path.join('.') }));
}

describe('standar indicator — PermenPANRB 8/2021 Capaian IKI', () => {
  it('normal condition: R / T × 100', () => {
    expect(pct({ target: 10, realisasi: 9.8 })).toBe('98.00');
    expect(pct({ target: '12 Dokumen', realisasi: '12 Dokumen' })).toBe('100.00');
    expect(pct({ target: 3, realisasi: 1 }, standarIndicator, 6)).toBe('33.333333');
  });

  it('special condition (LOWER_IS_BETTER): (1 + (1 − R / T)) × 100 — the official examples', () => {
    expect(pct({ target: 7, realisasi: '6.5', polaritas: 'LOWER_IS_BETTER' })).toBe('107.14');
    expect(pct({ target: 8, realisasi: 9, polaritas: 'LOWER_IS_BETTER' })).toBe('87.50');
    // R > 2T gives a negative capaian; the regime decides what nilai that is.
    expect(pct({ target: 4, realisasi: 10, polaritas: 'LOWER_IS_BETTER' })).toBe('-50.00');
  });

  it('range target: above → upper bound, below → lower bound', () => {
    const range = { min: 80, max: 90 };
    // 92 on 80–90 → 92 / 90 = 102.22 %. (The spec text says "→ 113 %": 92/90 is 1.0222;
    // 113.33 % is what a realisasi of 102 gives.)
    expect(pct({ target: range, realisasi: 92 }, standarIndicator, 4)).toBe('102.2222');
    expect(pct({ target: range, realisasi: 102 }, standarIndicator, 4)).toBe('113.3333');
    expect(pct({ target: range, realisasi: 70 })).toBe('87.50');
    // Exactly on a bound is inside the range.
    expect(pct({ target: range, realisasi: 90 })).toBe('100.00');
    expect(pct({ target: range, realisasi: 80 })).toBe('100.00');
  });

  it('range target, inside: the documented reading (default 100 %) and its alternatives', () => {
    const inside = { target: { min: 80, max: 90 }, realisasi: 85 };
    expect(pct(inside)).toBe('100.00');
    const atas = createStandarIndicator({ id: 'x.atas', dalamRentang: 'BATAS_ATAS' });
    const bawah = createStandarIndicator({ id: 'x.bawah', dalamRentang: 'BATAS_BAWAH' });
    expect(pct(inside, atas, 4)).toBe('94.4444');
    expect(pct(inside, bawah, 4)).toBe('106.2500');
    // Outside the range every variant agrees.
    expect(pct({ ...inside, realisasi: 92 }, atas, 4)).toBe('102.2222');
    expect(pct({ ...inside, realisasi: 70 }, bawah)).toBe('87.50');
  });

  it('range target with LOWER_IS_BETTER uses the same bound choice in the special formula', () => {
    const range = { min: 5, max: 7 };
    const lower = { polaritas: 'LOWER_IS_BETTER' as const, target: range };
    expect(pct({ ...lower, realisasi: 8 }, standarIndicator, 4)).toBe('85.7143'); // 2 − 8/7
    expect(pct({ ...lower, realisasi: 4 })).toBe('120.00'); // 2 − 4/5
    expect(pct({ ...lower, realisasi: 6 })).toBe('100.00');
  });

  it('reports the inside-range reading to a context that accepts it, and traces it', () => {
    const names: string[] = [];
    const tracer = createTracer(true);
    const iki = IkiSchema.parse({ ...base, target: { min: 80, max: 90 }, realisasi: 85 });
    const out = standarIndicator.capaian(dec, iki, {
      path: ['skp', 'rencanaHasilKerja', 0, 'indikator', 1],
      tracer,
      usedReading: (n: string) => names.push(n),
    } as Parameters<typeof standarIndicator.capaian>[2]);
    expect(out.ok).toBe(true);
    expect(names).toEqual(['standar.dalamRentang']);
    const step = tracer.steps[0];
    expect(step?.rule).toBe('indikator.standar.capaian');
    expect(step?.kind).toBe('reading');
    expect(step?.ref.status).toBe('UNCERTAIN');
    expect(step?.path).toBe('skp.rencanaHasilKerja[0].indikator[1]');
    expect(step?.parameter).toEqual({
      name: 'standar.dalamRentang',
      value: 'SERATUS',
      isDefault: true,
    });
    expect(step?.explanation?.en).toContain('inside the target range 80–90');
  });

  it('traces the quoted formula with the numbers filled in', () => {
    const tracer = createTracer(true);
    const iki = IkiSchema.parse({
      ...base,
      polaritas: 'LOWER_IS_BETTER',
      target: 7,
      realisasi: '6.5',
    });
    standarIndicator.capaian(dec, iki, { path: ['iki'], tracer });
    const step = tracer.steps[0];
    expect(step?.kind).toBe('quotation');
    expect(step?.ref.status).toBe('CONFIRMED');
    expect(step?.explanation?.id).toBe(
      'Kondisi khusus (makin kecil makin baik): capaian = (1 + (1 − 6.5 / 7)) × 100% = 107.14%',
    );
    expect(step?.inputs).toEqual({ realisasi: '6.5', target: '7', polaritas: 'LOWER_IS_BETTER' });
  });

  it('bad input gives issues with paths, never a throw', () => {
    expect(codes({ realisasi: undefined })).toEqual([
      { code: 'REALISASI_MISSING', path: 'iki.realisasi' },
    ]);
    expect(codes({ realisasi: null })).toEqual([
      { code: 'REALISASI_MISSING', path: 'iki.realisasi' },
    ]);
    expect(codes({ target: 0, realisasi: 3 })).toEqual([
      { code: 'TARGET_ZERO', path: 'iki.target' },
    ]);
    expect(codes({ target: -2, realisasi: 3 })).toEqual([
      { code: 'TARGET_NEGATIVE', path: 'iki.target' },
    ]);
    expect(codes({ target: 5, realisasi: -1 })).toEqual([
      { code: 'REALISASI_NEGATIVE', path: 'iki.realisasi' },
    ]);
    expect(codes({ target: '5 Dokumen', realisasi: '5 Laporan' })).toEqual([
      { code: 'UNIT_MISMATCH', path: 'iki.realisasi' },
    ]);
    expect(codes({ target: { min: -1, max: 5 }, realisasi: 3 })).toEqual([
      { code: 'TARGET_NEGATIVE', path: 'iki.target.min' },
    ]);
    expect(codes({ target: { min: 0, max: 0 }, realisasi: 3 })).toEqual([
      { code: 'TARGET_ZERO', path: 'iki.target.max' },
    ]);
    // Several problems at once are all reported.
    expect(codes({ target: 0, realisasi: -1 }).map((x) => x.code)).toEqual([
      'REALISASI_NEGATIVE',
      'TARGET_ZERO',
    ]);
  });

  it('reports an unparsable number when called with unvalidated data', () => {
    const out = standarIndicator.capaian(
      dec,
      { ...base, target: { jumlah: '1,5' }, realisasi: { jumlah: 'abc' } } as never,
      { path: [], tracer: NO_TRACE },
    );
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(out.issues.map((i) => i.code)).toEqual(['NUMBER_INVALID', 'NUMBER_INVALID']);
    const reversed = standarIndicator.capaian(
      dec,
      { ...base, target: { min: 9, max: 3 }, realisasi: { jumlah: 5 } } as never,
      { path: [], tracer: NO_TRACE },
    );
    expect(!reversed.ok && reversed.issues[0]?.code).toBe('RANGE_ORDER');
  });

  it('accepts units that differ only in case, spacing or % / persen', () => {
    expect(
      pct({ target: { jumlah: 90, satuan: 'Persen' }, realisasi: { jumlah: 90, satuan: '%' } }),
    ).toBe('100.00');
    expect(pct({ target: '4 Laporan', realisasi: '2 laporan' })).toBe('50.00');
  });
});

describe('standar indicator — float fast path equals decimal or is Undecidable', () => {
  const decimalStr = fc
    .tuple(fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 2 }))
    .map(([n, d]) => (n / 10 ** d).toFixed(d));
  const ratios = ['1', '1.1', '1.01', '0.99', '0.8', '0.6', '2'];

  function both(input: Partial<IkiInput>) {
    const d = capaian(dec, input);
    let f: ReturnType<typeof capaian<ReturnType<typeof flt.from>>> | 'UNDECIDABLE';
    try {
      f = capaian(flt, input);
    } catch (e) {
      if (!(e instanceof Undecidable)) throw e;
      f = 'UNDECIDABLE';
    }
    return { d, f };
  }

  function same(input: Partial<IkiInput>) {
    const { d, f } = both(input);
    if (f === 'UNDECIDABLE') return;
    expect(f.ok).toBe(d.ok);
    if (!f.ok || !d.ok) return;
    // Compare the reported (rounded) strings; the float path must prove its rounding.
    let fs: string;
    try {
      fs = flt.toFixed(flt.round(f.capaian, 2, 'HALF_UP'), 2);
    } catch (e) {
      if (e instanceof Undecidable) return;
      throw e;
    }
    expect(fs).toBe(dec.toFixed(dec.round(d.capaian, 2, 'HALF_UP'), 2));
  }

  it('random targets and realisasi, both polarities', () => {
    fc.assert(
      fc.property(decimalStr, decimalStr, fc.boolean(), (t, r, lower) => {
        same({ target: t, realisasi: r, ...(lower ? { polaritas: 'LOWER_IS_BETTER' } : {}) });
      }),
      { numRuns: 500 },
    );
  });

  it('adversarial: R = T × k exactly for the band-edge ratios', () => {
    fc.assert(
      fc.property(decimalStr, fc.constantFrom(...ratios), fc.boolean(), (t, k, lower) => {
        const r = dec.toString(dec.mul(dec.from(t), dec.from(k)));
        same({ target: t, realisasi: r, ...(lower ? { polaritas: 'LOWER_IS_BETTER' } : {}) });
      }),
      { numRuns: 500 },
    );
  });

  it('adversarial: realisasi exactly on a range bound', () => {
    fc.assert(
      fc.property(decimalStr, decimalStr, fc.constantFrom('min', 'max'), (a, b, which) => {
        const [lo, hi] = Number(a) <= Number(b) ? [a, b] : [b, a];
        same({ target: { min: lo, max: hi }, realisasi: which === 'min' ? lo : hi });
      }),
      { numRuns: 300 },
    );
  });

  it('exact inputs stay exact on floats: R = T and R = 1.1 T give exact 100 and 110', () => {
    for (const [t, r, want] of [
      [7, 7, '100.00'],
      [10, 11, '110.00'],
      [40, 44, '110.00'],
    ] as const) {
      const out = capaian(flt, { target: t, realisasi: r });
      expect(out.ok && out.capaian.e).toBe(0);
      expect(out.ok && flt.toFixed(out.capaian, 2)).toBe(want);
    }
  });
});
