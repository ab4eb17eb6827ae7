import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type KenaikanPangkatRuleset,
  kenaikan_pangkat,
  promotionEligibility,
  type RiwayatPredikat,
} from './promotion.js';

const withParam = <K extends keyof KenaikanPangkatRuleset['params']>(
  k: K,
  value: KenaikanPangkatRuleset['params'][K]['value'],
): KenaikanPangkatRuleset => ({
  ...kenaikan_pangkat,
  params: {
    ...kenaikan_pangkat.params,
    [k]: { ...kenaikan_pangkat.params[k], value, overriddenBy: 'test' },
  },
});

describe('promotionEligibility — predikat ≥ Baik in each of the last 2 years', () => {
  it.each<[string, RiwayatPredikat[], boolean]>([
    [
      'Baik + Sangat Baik',
      [
        { tahun: 2023, predikat: 'BAIK' },
        { tahun: 2024, predikat: 'SANGAT_BAIK' },
      ],
      true,
    ],
    [
      'Baik + Baik',
      [
        { tahun: 2023, predikat: 'BAIK' },
        { tahun: 2024, predikat: 'BAIK' },
      ],
      true,
    ],
    [
      'Butuh Perbaikan in 2024',
      [
        { tahun: 2023, predikat: 'BAIK' },
        { tahun: 2024, predikat: 'BUTUH_PERBAIKAN' },
      ],
      false,
    ],
    [
      'PP 30 Cukup in 2023',
      [
        { tahun: 2023, predikat: 'CUKUP' },
        { tahun: 2024, predikat: 'BAIK' },
      ],
      false,
    ],
    [
      'Kurang',
      [
        { tahun: 2023, predikat: 'KURANG' },
        { tahun: 2024, predikat: 'BAIK' },
      ],
      false,
    ],
    [
      'PP 46 Buruk',
      [
        { tahun: 2023, predikat: 'BURUK' },
        { tahun: 2024, predikat: 'BAIK' },
      ],
      false,
    ],
    [
      'older years do not count',
      [
        { tahun: 2020, predikat: 'SANGAT_KURANG' },
        { tahun: 2023, predikat: 'BAIK' },
        { tahun: 2024, predikat: 'BAIK' },
      ],
      true,
    ],
    [
      'the current year does not count',
      [
        { tahun: 2023, predikat: 'BAIK' },
        { tahun: 2024, predikat: 'BAIK' },
        { tahun: 2025, predikat: 'KURANG' },
      ],
      true,
    ],
  ])('%s → eligible %s', (_n, history, eligible) => {
    const r = promotionEligibility(history, { asOf: '2025-04-01' });
    expect(r).toMatchObject({ ok: true, eligible });
    if (!r.ok) return;
    expect(r.tahun.map((y) => y.tahun)).toEqual([2023, 2024]);
    expect(r.alasan.length === 0).toBe(eligible);
    expect(r.trace.map((s) => s.rule)).toEqual(['kp.predikat.tahunAcuan', 'kp.predikat.minimum']);
    expect(r.trace[1]).toMatchObject({
      ref: { regulation: 'PP 99/2000', status: 'CONFIRMED' },
      output: eligible,
    });
  });

  it('aligns PP 46 sebutan, PP 30 and 6/2022 predikat across the regime change (2021 → 2022)', () => {
    const r = promotionEligibility(
      [
        { tahun: 2021, predikat: 'BAIK' }, // PP 30 / PP 46 era
        { tahun: 2022, predikat: 'SANGAT_BAIK' }, // PermenPANRB 6/2022
      ],
      { asOf: '2023-01-15' },
    );
    expect(r).toMatchObject({ ok: true, eligible: true });
  });

  it('a missing year → not eligible, with the reason', () => {
    const r = promotionEligibility([{ tahun: 2024, predikat: 'SANGAT_BAIK' }], {
      asOf: '2025-04-01',
    });
    expect(r).toMatchObject({
      ok: true,
      eligible: false,
      tahun: [
        { tahun: 2023, predikat: null, memenuhi: false },
        { tahun: 2024, predikat: 'SANGAT_BAIK', memenuhi: true },
      ],
    });
    expect(r.ok && r.alasan).toEqual([
      { id: 'Tidak ada predikat kinerja tahun 2023', en: 'No performance predikat for 2023' },
    ]);
    expect(promotionEligibility([], { asOf: '2025-04-01' })).toMatchObject({
      ok: true,
      eligible: false,
    });
  });

  it('two appraisals in one year (2021 semesters): the worst decides, with a warning', () => {
    const r = promotionEligibility(
      [
        { tahun: 2021, predikat: 'BAIK' },
        { tahun: 2021, predikat: 'CUKUP' },
        { tahun: 2022, predikat: 'BAIK' },
      ],
      { asOf: '2023-03-01' },
    );
    expect(r).toMatchObject({
      ok: true,
      eligible: false,
      tahun: [{ tahun: 2021, predikat: 'CUKUP' }, { tahun: 2022 }],
    });
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual([
      'MULTIPLE_ENTRIES_YEAR',
      'READING_USED',
      'READING_USED',
    ]);
    expect(r.ok && r.alasan[0]?.id).toBe('Predikat tahun 2021 "Cukup" di bawah Baik');
  });

  it('the readings are parameters: exactly-Baik and including the proposal year', () => {
    const h: RiwayatPredikat[] = [
      { tahun: 2024, predikat: 'SANGAT_BAIK' },
      { tahun: 2025, predikat: 'BAIK' },
    ];
    expect(promotionEligibility(h, { asOf: '2025-12-31' })).toMatchObject({ eligible: false });
    const incl = withParam('tahunAcuan', 'TERMASUK_TAHUN_ASOF');
    const r = promotionEligibility(h, { asOf: '2025-12-31', ruleset: incl });
    expect(r).toMatchObject({ eligible: true });
    expect(r.ok && r.trace[0]?.parameter).toEqual({
      name: 'tahunAcuan',
      value: 'TERMASUK_TAHUN_ASOF',
      isDefault: false,
    });
    const exact = {
      ...incl,
      params: {
        ...incl.params,
        bacaanMinimum: { ...incl.params.bacaanMinimum, value: 'TEPAT' as const },
      },
    };
    expect(promotionEligibility(h, { asOf: '2025-12-31', ruleset: exact })).toMatchObject({
      eligible: false,
    });
  });

  it('invalid input → issues with paths, never a throw', () => {
    const r = promotionEligibility(
      [{ tahun: 2023.5, predikat: 'BAIK' }, { tahun: 2024, predikat: 'B' as never }, null as never],
      { asOf: '2025-02-30' },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['DATE_INVALID', ['asOf']],
      ['TAHUN_INVALID', ['history', 0, 'tahun']],
      ['UNKNOWN_PREDIKAT', ['history', 1, 'predikat']],
      ['TAHUN_INVALID', ['history', 2, 'tahun']],
      ['UNKNOWN_PREDIKAT', ['history', 2, 'predikat']],
    ]);
    expect(promotionEligibility(null as never, null as never)).toMatchObject({ ok: false });
  });

  it('property: the verdict does not depend on the order of the history', () => {
    const entry = fc.record({
      tahun: fc.integer({ min: 2019, max: 2025 }),
      predikat: fc.constantFrom(
        'SANGAT_BAIK',
        'BAIK',
        'BUTUH_PERBAIKAN',
        'CUKUP',
        'KURANG',
        'SANGAT_KURANG',
        'BURUK',
      ),
    }) as fc.Arbitrary<RiwayatPredikat>;
    fc.assert(
      fc.property(
        fc
          .array(entry, { maxLength: 8 })
          .chain((h) => fc.tuple(fc.constant(h), fc.shuffledSubarray(h, { minLength: h.length }))),
        ([h, p]) => {
          const a = promotionEligibility(h, { asOf: '2025-06-01' });
          const b = promotionEligibility(p, { asOf: '2025-06-01' });
          expect(a.ok && b.ok && b.eligible === a.eligible).toBe(true);
          if (a.ok && b.ok)
            expect(b.tahun.map((y) => y.predikat)).toEqual(a.tahun.map((y) => y.predikat));
        },
      ),
      { numRuns: 300 },
    );
  });
});
