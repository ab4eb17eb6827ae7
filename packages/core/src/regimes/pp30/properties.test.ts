import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalCalculator as dec } from '../../arith/decimal.js';
import { floatCalculator as flt } from '../../arith/float.js';
import type { AppraisalInput } from '../../model/appraisal.js';
import type { IkiInput } from '../../model/skp.js';
import { appraisal, iki, rater, scoreOn, withParams } from './fixtures.js';
import { permenpanrb_8_2021 } from './ruleset.js';

/** A decimal string with up to `dp` decimals. */
const decimalStr = (min: number, max: number, dp: number) =>
  fc
    .tuple(
      fc.integer({ min: min * 10 ** dp, max: max * 10 ** dp }),
      fc.integer({ min: 0, max: dp }),
    )
    .map(([n, d]) =>
      dec.toString(
        dec
          .from(n)
          .div(10 ** dp)
          .toDecimalPlaces(d),
      ),
    );

const target = decimalStr(1, 1000, 2);
/** Ratios R/T that put the capaian exactly on a band edge. */
const edgeRatio = fc.constantFrom('1', '1.1', '1.01', '0.99', '0.8', '0.6', '0.59', '0.79', '2');

const ikiArb: fc.Arbitrary<IkiInput> = fc.oneof(
  // Random target and realisasi.
  fc
    .tuple(target, decimalStr(0, 1500, 2), fc.boolean())
    .map(([t, r, lower]) => iki(t, r, lower ? { polaritas: 'LOWER_IS_BETTER' } : {})),
  // Adversarial: R = T × k exactly.
  fc.tuple(target, edgeRatio, fc.boolean(), fc.boolean()).map(([t, k, lower, max]) =>
    iki(t, dec.toString(dec.from(t).times(k)), {
      ...(lower ? { polaritas: 'LOWER_IS_BETTER' as const } : {}),
      ...(max ? { targetMaksimal: true } : {}),
    }),
  ),
  // Range targets, realisasi on or around the bounds.
  fc
    .tuple(target, target, fc.constantFrom('min', 'max', 'mid', 'above', 'below'))
    .map(([a, b, where]) => {
      const [lo, hi] = dec.from(a).lte(b) ? [a, b] : [b, a];
      const r =
        where === 'min'
          ? lo
          : where === 'max'
            ? hi
            : where === 'mid'
              ? dec.toString(dec.from(lo).plus(hi).div(2))
              : where === 'above'
                ? dec.toString(dec.from(hi).times('1.1'))
                : dec.toString(dec.from(lo).times('0.8'));
      return iki({ min: lo, max: hi }, r);
    }),
);

const perilakuScore = fc.oneof(
  decimalStr(0, 120, 2),
  fc.constantFrom('110', '90', '70', '50', '49.99', '89.99', '109.99', '120'),
);

const appraisalArb = fc
  .record({
    jpt: fc.boolean(),
    rhk: fc.array(
      fc.record({
        tambahan: fc.boolean(),
        indikator: fc.array(ikiArb, { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    raters: fc.array(
      fc.tuple(
        fc.constantFrom<'ATASAN' | 'REKAN_KERJA' | 'BAWAHAN'>('ATASAN', 'REKAN_KERJA', 'BAWAHAN'),
        perilakuScore,
      ),
      { minLength: 1, maxLength: 4 },
    ),
    inovasi: fc.boolean(),
  })
  .map(({ jpt, rhk, raters, inovasi }) => {
    // JPT: equal RHK bobot that sums to exactly 10000.
    const n = rhk.length;
    const bobot = rhk.map((_, i) => Math.floor(10000 / n) + (i < 10000 % n ? 1 : 0));
    const input: Partial<AppraisalInput> = {
      pegawai: {
        nip: '198703122010011002',
        nama: 'Uji',
        jabatan: { jenis: jpt ? 'JPT' : 'FUNGSIONAL' },
      },
      skp: {
        rencanaHasilKerja: rhk.map((r, i) => ({
          rencanaHasilKerja: `RHK ${i + 1}`,
          jenis: r.tambahan && i > 0 ? ('TAMBAHAN' as const) : ('UTAMA' as const),
          ...(jpt ? { bobot: bobot[i] } : {}),
          indikator: r.indikator,
        })),
      },
      perilaku: {
        penilaian: [
          rater('ATASAN', raters[0]?.[1] ?? '100', jpt),
          ...raters.slice(1).map(([peran, s]) => rater(peran, s, jpt)),
        ],
      },
      inovasi,
    };
    return appraisal(input);
  });

const RULESETS = [
  permenpanrb_8_2021,
  withParams({ modeCelahCapaian: 'ROUND_PERCENT' }),
  withParams({ agregasiRencana: 'POINTS', batasPredikat: 'ROUND_THEN_COMPARE' }),
  withParams({
    bobotPenilai: {
      ATASAN: 5000,
      REKAN_KERJA: 2500,
      BAWAHAN: 2500,
      MASYARAKAT: 0,
      DIRI_SENDIRI: 0,
    },
  }),
];

describe('pp30Regime — float fast path is proven equal to decimal', () => {
  it('random and adversarial appraisals: float equals decimal or throws Undecidable', () => {
    let decided = 0;
    let runs = 0;
    fc.assert(
      fc.property(appraisalArb, fc.constantFrom(...RULESETS), (a, rs) => {
        runs++;
        const d = scoreOn(dec, a, rs);
        const f = scoreOn(flt, a, rs);
        if (f === 'UNDECIDABLE') return;
        decided++;
        expect(f).toEqual(d);
      }),
      { numRuns: 400 },
    );
    // The fast path must actually decide a fair share, or the property is vacuous.
    expect(decided / runs).toBeGreaterThan(0.1);
  });

  it('nilai kinerja stays on the 0–120 scale and the predikat matches its bands', () => {
    fc.assert(
      fc.property(appraisalArb, (a) => {
        const o = scoreOn(dec, a);
        if (o === 'UNDECIDABLE' || !o.ok) return;
        const k = dec.from(o.nilai.kinerja ?? '0');
        expect(k.gte(0) && k.lte(120)).toBe(true);
        const code = o.predikat.code;
        if (code === 'SANGAT_BAIK') expect(a.inovasi && k.gte(110)).toBeTruthy();
        if (k.lt(50)) expect(code).toBe('SANGAT_KURANG');
      }),
      { numRuns: 300 },
    );
  });
});
