import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decimalCalculator as dc } from '../../arith/decimal.js';
import { standarIndicator } from '../../indicators/standar.js';
import type { IndicatorType } from '../../indicators/types.js';
import type { Appraisal, AppraisalInput } from '../../model/appraisal.js';
import type { IkiInput } from '../../model/skp.js';
import type { Pp30Ruleset } from '../../ruleset/types.js';
import { KECIL, RASIONAL, SKALA } from '../fastDecimal.js';
import { scorePp30Fast } from './fast.js';
import { appraisal, iki, rater, testContext, withParams } from './fixtures.js';
import { scorePp30 } from './regime.js';
import { permenpanrb_8_2021 } from './ruleset.js';

const TYPES: ReadonlyMap<string, IndicatorType> = new Map([['standar', standarIndicator]]);

const RULESETS: readonly [string, Pp30Ruleset][] = [
  ['default', permenpanrb_8_2021],
  ['ROUND_THEN_COMPARE', withParams({ batasPredikat: 'ROUND_THEN_COMPARE' })],
  ['mode360 SELALU', withParams({ mode360: 'SELALU' })],
  ['no floor', withParams({ batasBawahNilai: null })],
  ['floor 10.5', withParams({ batasBawahNilai: '10.5' })],
  ['cap 110.125', withParams({ batasNilai: '110.125' })],
  [
    'bonus with 3 decimals',
    withParams({
      bonusTambahan: {
        SANGAT_BAIK: '2.405',
        BAIK: '1.6',
        CUKUP: '1.125',
        KURANG: '0.5',
        SANGAT_KURANG: '0',
      },
    }),
  ],
  [
    'kategori bands without a catch-all',
    withParams({
      kategoriRencana: [
        { code: 'SANGAT_BAIK', min: '110' },
        { code: 'BAIK', min: '90' },
        { code: 'CUKUP', min: '70' },
        { code: 'KURANG', min: '50' },
        { code: 'SANGAT_KURANG', min: '10' },
      ],
    }),
  ],
  [
    // A bound that is not an integer: no segment table, every capaian by the binary search.
    'Cukup from 79.5 %',
    withParams({
      bandCapaian: permenpanrb_8_2021.params.bandCapaian.value.map((b) =>
        b.kategori === 'CUKUP'
          ? { ...b, from: '79.5' }
          : b.kategori === 'KURANG'
            ? { ...b, to: '79.5' }
            : b,
      ),
    }),
  ],
  [
    // Capaian 100 % on the Cukup line extended past 99 (a realisasi at its target is then
    // read through a formula outside its stated range: the gap reading).
    '100 % on the Cukup line',
    withParams({
      bandCapaian: permenpanrb_8_2021.params.bandCapaian.value
        .filter((b) => b.kategori !== 'BAIK')
        .map((b) => (b.kategori === 'CUKUP' ? { ...b, to: '100', toInclusive: true } : b)),
    }),
  ],
  [
    // No band holds 100 %: an appraisal with a realisasi at its target is not decided.
    'no band at 100 %',
    withParams({
      bandCapaian: permenpanrb_8_2021.params.bandCapaian.value.filter((b) => b.kategori !== 'BAIK'),
    }),
  ],
  [
    'rater weights 60/40',
    withParams({
      bobotPenilai: { ATASAN: 6000, REKAN_KERJA: 4000, BAWAHAN: 0, MASYARAKAT: 0, DIRI_SENDIRI: 0 },
    }),
  ],
];
const RUNS = { numRuns: 300 };

/** The reference: the general scorer on decimal.js. */
function reference(a: Appraisal, rs: Pp30Ruleset) {
  const t = testContext(false);
  const outcome = scorePp30(dc, a, rs, t.ctx);
  return { outcome, readings: [...t.readings].sort(), warnings: t.warnings };
}

/**
 * The fast path equals the reference — same JSON, keys in the same order, same readings and
 * warnings — or steps aside. Returns whether it decided.
 */
function agree(a: Appraisal, rs: Pp30Ruleset): boolean {
  const f = scorePp30Fast(a, rs, TYPES);
  const summary = scorePp30Fast(a, rs, TYPES, false);
  if (f === undefined && summary === undefined) return false;
  const d = reference(a, rs);
  expect(d.outcome.ok).toBe(true);
  if (f !== undefined) {
    expect(JSON.stringify(f.outcome)).toBe(JSON.stringify(d.outcome));
    expect([...f.readings].sort()).toEqual(d.readings);
    expect(JSON.stringify(f.warnings)).toBe(JSON.stringify(d.warnings));
    // Whatever the full path decides, the summary path decides too.
    expect(summary).toBeDefined();
  }
  if (summary !== undefined) {
    const { rincian: _, ...rest } = d.outcome as { rincian?: unknown };
    expect(JSON.stringify(summary.outcome)).toBe(JSON.stringify(rest));
    expect([...summary.readings].sort()).toEqual(d.readings);
    expect(JSON.stringify(summary.warnings)).toBe(JSON.stringify(d.warnings));
  }
  return true;
}

/** A decimal string with `dp` places from an integer count of units. */
const decStr = (units: number, dp: number) => {
  const s = String(units).padStart(dp + 1, '0');
  return `${s.slice(0, -dp)}.${s.slice(-dp)}`;
};
/** Numbers and decimal strings as agency data carries them. */
const arbNum = (min: number, max: number) =>
  fc.oneof(
    { arbitrary: fc.integer({ min, max }), weight: 4 },
    { arbitrary: fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100), weight: 2 },
    {
      arbitrary: fc.integer({ min: min * 100, max: max * 100 }).map((n) => decStr(n, 2)),
      weight: 2,
    },
    { arbitrary: fc.integer({ min: min * 300, max: max * 300 }).map((n) => n / 300), weight: 1 },
    { arbitrary: fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10 + 0.2), weight: 1 },
    { arbitrary: fc.double({ min, max, noNaN: true }).map((x) => Math.abs(x)), weight: 1 },
  );
/** Targets whose capaian lands on rounding ties (100 × 1 / 160 = 0.625) and band edges. */
const arbTarget = fc.oneof(
  { arbitrary: arbNum(1, 400), weight: 3 },
  { arbitrary: fc.constantFrom(8, 16, 32, 64, 160, 320, 12, 100, '12', '0.16'), weight: 2 },
);
const edgeRatio = fc.constantFrom(1, 1.1, 1.01, 0.99, 0.8, 0.795, 0.6, 0.59, 0.79, 2, 2.5, 0);
const unit = fc.constantFrom(undefined, 'Dokumen', ' dokumen ', 'Laporan', '%', 'persen', 'Bulan');

const ikiArb: fc.Arbitrary<IkiInput> = fc
  .record({
    t: arbTarget,
    how: fc.constantFrom('random', 'edge', 'step'),
    r: arbNum(0, 500),
    k: edgeRatio,
    step: fc.integer({ min: 0, max: 400 }),
    lower: fc.boolean(),
    maks: fc.integer({ min: 0, max: 9 }),
    tu: unit,
    // Mostly the target's unit; sometimes another spelling or another unit (an issue).
    ru: fc.oneof(
      { arbitrary: fc.constant('same' as const), weight: 8 },
      { arbitrary: unit, weight: 1 },
    ),
  })
  .map(({ t, how, r, k, step, lower, maks, tu, ru }) => {
    const tNum = typeof t === 'string' ? Number(t) : t;
    const realisasi =
      how === 'random'
        ? r
        : how === 'edge'
          ? dc.toString(dc.from(tNum).times(k))
          : // one unit steps of a small target: capaian 100 × step / t
            step;
    const satuanR = ru === 'same' ? tu : ru;
    return iki(
      tu === undefined ? t : { jumlah: t, satuan: tu },
      satuanR === undefined ? realisasi : { jumlah: realisasi, satuan: satuanR },
      {
        ...(lower ? { polaritas: 'LOWER_IS_BETTER' as const } : {}),
        ...(maks === 0 ? { targetMaksimal: true } : {}),
      },
    );
  });

const rencanaArb = fc.record({
  rencanaHasilKerja: fc.constant('Rencana'),
  jenis: fc.constantFrom('UTAMA', 'UTAMA', 'UTAMA', 'TAMBAHAN') as fc.Arbitrary<
    'UTAMA' | 'TAMBAHAN'
  >,
  indikator: fc.array(ikiArb, { minLength: 1, maxLength: 3 }),
});

const perilakuArb = fc.record({
  raters: fc.array(
    fc.record({
      peran: fc.constantFrom('ATASAN', 'ATASAN', 'ATASAN', 'ATASAN', 'ATASAN', 'REKAN_KERJA'),
      v: fc.array(
        fc.oneof(
          { arbitrary: arbNum(0, 120), weight: 30 },
          { arbitrary: fc.constant(121), weight: 1 },
        ),
        { minLength: 5, maxLength: 5 },
      ),
    }),
    { minLength: 1, maxLength: 2 },
  ),
  kepemimpinan: fc.integer({ min: 0, max: 4 }),
});

const appraisalArb = fc
  .record({
    rencana: fc.array(rencanaArb, { minLength: 1, maxLength: 3 }),
    perilaku: perilakuArb,
    jabatan: fc.constantFrom('PELAKSANA', 'FUNGSIONAL', 'PENGAWAS', 'PELAKSANA', 'JPT'),
    inovasi: fc.boolean(),
  })
  .map(({ rencana, perilaku, jabatan, inovasi }) => {
    const managerial = jabatan === 'PENGAWAS' || jabatan === 'JPT';
    const penilaian = perilaku.raters.map(({ peran, v }) => {
      const nilai: Record<string, unknown> = {
        ORIENTASI_PELAYANAN: v[0],
        KOMITMEN: v[1],
        INISIATIF_KERJA: v[2],
        KERJA_SAMA: v[3],
      };
      // Mostly as the post requires; sometimes a Kepemimpinan a pelaksana should not have.
      if (managerial ? perilaku.kepemimpinan > 0 : perilaku.kepemimpinan === 0) {
        nilai.KEPEMIMPINAN = v[4];
      }
      return { penilai: { peran }, nilai };
    });
    const input: Partial<AppraisalInput> = {
      pegawai: {
        nip: '198703122010011002',
        nama: 'Siti Rahma',
        jabatan: { jenis: jabatan as 'PELAKSANA' },
      },
      skp: { rencanaHasilKerja: rencana as never },
      perilaku: { penilaian: penilaian as never },
      ...(inovasi ? { inovasi: true } : {}),
    };
    return appraisal(input);
  });

describe('PP 30 fused fast path (scorePp30Fast)', () => {
  // The spies on the arithmetics (which one decided a tie) end with their test.
  afterEach(() => {
    vi.restoreAllMocks();
  });

  for (const [name, rs] of RULESETS) {
    it(`equals the decimal reference or steps aside: ${name}`, () => {
      let decided = 0;
      let total = 0;
      fc.assert(
        fc.property(appraisalArb, (a) => {
          total++;
          if (agree(a, rs)) decided++;
        }),
        RUNS,
      );
      // The generator is adversarial: JPT posts, a second role, units that differ, scores
      // above 120, a Kepemimpinan of a pelaksana, negative capaian and tambahan-only SKPs
      // step aside by design; 10 %–22 % is decided (measured per ruleset), and the check only
      // guards against a path that decides nothing (a bound far below the spread of 300 runs,
      // so that it cannot flake).
      expect(decided / total).toBeGreaterThan(0.03);
    });
  }

  it('decides nearly every realistic appraisal (3 RHK × kuantitas, kualitas, waktu)', () => {
    const rhk = fc
      .record({
        to: fc.integer({ min: 4, max: 203 }),
        f: fc.integer({ min: 60, max: 120 }),
        rk: fc.integer({ min: 55, max: 104 }),
        rw: fc.oneof(
          fc.constant(12),
          fc.integer({ min: 90, max: 140 }).map((n) => n / 10),
        ),
      })
      .map(({ to, f, rk, rw }) => ({
        rencanaHasilKerja: 'Rencana',
        indikator: [
          iki(
            { jumlah: to, satuan: 'Dokumen' },
            { jumlah: Math.round((to * f) / 100), satuan: 'Dokumen' },
          ),
          iki({ jumlah: 100, satuan: '%' }, { jumlah: rk, satuan: '%' }, { aspek: 'KUALITAS' }),
          iki(
            { jumlah: 12, satuan: 'Bulan' },
            { jumlah: rw, satuan: 'Bulan' },
            {
              aspek: 'WAKTU',
              polaritas: 'LOWER_IS_BETTER',
            },
          ),
        ],
      }));
    const arb = fc
      .record({
        rencana: fc.array(rhk, { minLength: 3, maxLength: 3 }),
        p: fc.array(fc.integer({ min: 70, max: 114 }), { minLength: 4, maxLength: 4 }),
        inovasi: fc.boolean(),
      })
      .map(({ rencana, p, inovasi }) =>
        appraisal({
          skp: { rencanaHasilKerja: rencana },
          perilaku: { penilaian: [rater('ATASAN', p)] },
          ...(inovasi ? { inovasi: true } : {}),
        }),
      );
    let full = 0;
    let summary = 0;
    let total = 0;
    fc.assert(
      fc.property(arb, (a) => {
        total++;
        agree(a, permenpanrb_8_2021);
        if (scorePp30Fast(a, permenpanrb_8_2021, TYPES) !== undefined) full++;
        if (scorePp30Fast(a, permenpanrb_8_2021, TYPES, false) !== undefined) summary++;
      }),
      { numRuns: 1000 },
    );
    expect(full / total).toBeGreaterThan(0.95);
    expect(summary / total).toBeGreaterThan(0.98);
  });

  it('decides nilai kinerja on a half cent in small decimals (capaian 100 %, perilaku in quarters)', () => {
    // Agency data: most realisasi equal their targets (nilai 109), perilaku integers over four
    // aspects; 0.7 × 109 + 0.3 × 85.25 = 101.875 lies on a half cent, as about half of such
    // appraisals do. The reference's values decide, on counts of 10^-8 or small decimals in
    // doubles.
    const skala = vi.spyOn(SKALA, 'cents');
    const kecil = vi.spyOn(KECIL, 'cents');
    const rasional = vi.spyOn(RASIONAL, 'cents');
    const ikiArb100 = fc
      .record({
        t: fc.integer({ min: 1, max: 300 }),
        how: fc.constantFrom('same', 'same', 'same', 'same', 'pct'),
        pct: fc.integer({ min: 60, max: 115 }),
        aspek: fc.constantFrom('KUANTITAS', 'KUALITAS', 'WAKTU'),
      })
      .map(({ t, how, pct, aspek }) =>
        how === 'same'
          ? iki({ jumlah: t, satuan: 'Dokumen' }, { jumlah: t, satuan: 'Dokumen' }, { aspek })
          : iki({ jumlah: 100, satuan: '%' }, { jumlah: pct, satuan: '%' }, { aspek }),
      );
    const arb = fc
      .record({
        rencana: fc.array(
          fc.record({
            rencanaHasilKerja: fc.constant('Rencana'),
            jenis: fc.constantFrom('UTAMA', 'UTAMA', 'UTAMA', 'TAMBAHAN') as fc.Arbitrary<
              'UTAMA' | 'TAMBAHAN'
            >,
            indikator: fc.array(ikiArb100, { minLength: 1, maxLength: 4 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        p: fc.array(fc.integer({ min: 60, max: 119 }), { minLength: 4, maxLength: 4 }),
        raters: fc.integer({ min: 1, max: 2 }),
      })
      .filter(({ rencana }) => rencana.some((r) => r.jenis === 'UTAMA'))
      .map(({ rencana, p, raters }) =>
        appraisal({
          skp: { rencanaHasilKerja: rencana },
          perilaku: {
            penilaian: Array.from({ length: raters }, (_, i) =>
              rater('ATASAN', [
                p[0] as number,
                (p[1] as number) + i,
                p[2] as number,
                p[3] as number,
              ]),
            ),
          },
        }),
      );
    let decided = 0;
    fc.assert(
      fc.property(arb, (a) => {
        for (const rs of [permenpanrb_8_2021, withParams({ batasPredikat: 'ROUND_THEN_COMPARE' })])
          if (agree(a, rs)) decided++;
      }),
      { numRuns: 600 },
    );
    expect(decided).toBe(1200);
    // Ties were decided, mostly on counts of 10^-8 (KECIL, for more places, is not needed
    // here); a Sangat Baik nilai (110 + 10/9 × …) on the way takes the rationals (about a
    // quarter of the ties: 1,240–1,400 against 380–440 over three runs).
    const kecilan = skala.mock.calls.length + kecil.mock.calls.length;
    expect(skala.mock.calls.length).toBeGreaterThan(300);
    expect(kecilan).toBeGreaterThan(1.5 * rasional.mock.calls.length);
  });

  it('decides the common tie (whole sums and scores, whole weights) without the general arithmetic', () => {
    // Every rencana utama with its IKIs at their targets (nilai 109 each, a whole sum), whole
    // perilaku scores from one or two raters: nilai kinerja often lies on a half cent. With
    // whole weights the specialised SKALA path decides it (no SKALA.div); with a decimal rater
    // weight the general one does (its product, 2.5 × a quarter, too large for SKALA: KECIL).
    // Either way the decimal reference's value.
    const skalaCents = vi.spyOn(SKALA, 'cents');
    const kecilCents = vi.spyOn(KECIL, 'cents');
    const skalaDiv = vi.spyOn(SKALA, 'div');
    const arb = fc
      .record({
        rencana: fc.array(
          fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 4 }),
          { minLength: 1, maxLength: 3 },
        ),
        // One or two raters: a mean over three raters is a third, for the rationals.
        p: fc.array(fc.array(fc.integer({ min: 60, max: 119 }), { minLength: 4, maxLength: 4 }), {
          minLength: 1,
          maxLength: 2,
        }),
      })
      .map(({ rencana, p }) =>
        appraisal({
          skp: {
            rencanaHasilKerja: rencana.map((targets) => ({
              rencanaHasilKerja: 'Rencana',
              indikator: targets.map((t) =>
                iki({ jumlah: t, satuan: 'Dokumen' }, { jumlah: t, satuan: 'Dokumen' }),
              ),
            })),
          },
          perilaku: {
            penilaian: p.map((s) => rater('ATASAN', s)),
          },
        }),
      );
    const whole: readonly Pp30Ruleset[] = [
      permenpanrb_8_2021,
      // The cap below 109 (whole and with decimals) decides nilai SKP.
      withParams({ batasNilai: '108' }),
      withParams({ batasNilai: '107.5' }),
      withParams({ bobotTanpa360: { SKP: 6000, PERILAKU: 4000 } }),
    ];
    const decided = (rulesets: readonly Pp30Ruleset[]) => {
      skalaCents.mockClear();
      kecilCents.mockClear();
      skalaDiv.mockClear();
      fc.assert(
        fc.property(arb, (a) => {
          for (const rs of rulesets) expect(agree(a, rs)).toBe(true);
        }),
        { numRuns: 300 },
      );
      return {
        skala: skalaCents.mock.calls.length,
        kecil: kecilCents.mock.calls.length,
        general: skalaDiv.mock.calls.length,
      };
    };
    const w = decided(whole);
    expect(w.skala).toBeGreaterThan(200);
    expect(w.kecil).toBe(0);
    expect(w.general).toBe(0);
    const d = decided([
      withParams({
        bobotPenilai: { ATASAN: 2.5, REKAN_KERJA: 0, BAWAHAN: 0, MASYARAKAT: 0, DIRI_SENDIRI: 0 },
      }),
    ]);
    expect(d.kecil).toBeGreaterThan(20);
    expect(d.general).toBeGreaterThan(0);
  });

  // Not the ruleset without a band at 100 %: half of these appraisals have a realisasi at
  // its target, which the fast path rightly leaves to the general scorer.
  it.each(RULESETS.filter(([n]) => n !== 'no band at 100 %'))(
    'rounding ties and edges of rencana, nilai SKP, perilaku and nilai kinerja, ruleset %s',
    (_n, rs) => {
      // Round numbers, where ties happen: targets whose quotients end in 5 at the third decimal
      // (…/8, …/16, …/160) or are thirds (…/3, …/12, …/48), means of three IKIs, three raters,
      // perilaku scores with one decimal.
      const rencana = fc
        .record({
          to: fc.constantFrom(8, 16, 40, 80, 160, 3, 12, 24, 48),
          ro: fc.integer({ min: 0, max: 250 }),
          rk: fc.integer({ min: 40, max: 110 }),
          rw: fc.integer({ min: 60, max: 200 }).map((n) => n / 10),
          tambahan: fc.boolean(),
        })
        .map(({ to, ro, rk, rw, tambahan }) => ({
          rencanaHasilKerja: 'Rencana',
          ...(tambahan ? { jenis: 'TAMBAHAN' as const } : {}),
          indikator: [
            iki({ jumlah: to }, { jumlah: ro }),
            iki({ jumlah: 100 }, { jumlah: rk }, { aspek: 'KUALITAS' }),
            iki({ jumlah: 12 }, { jumlah: rw }, { aspek: 'WAKTU', polaritas: 'LOWER_IS_BETTER' }),
          ],
        }));
      const nilai = fc.array(
        fc.integer({ min: 700, max: 1200 }).map((n) => n / 10),
        {
          minLength: 4,
          maxLength: 4,
        },
      );
      const arb = fc
        .record({
          utama: rencana.map((r) => ({ ...r, jenis: 'UTAMA' as const })),
          rencana: fc.array(rencana, { minLength: 0, maxLength: 3 }),
          raters: fc.array(nilai, { minLength: 1, maxLength: 3 }),
          inovasi: fc.boolean(),
        })
        .map(({ utama, rencana, raters, inovasi }) =>
          appraisal({
            skp: { rencanaHasilKerja: [utama, ...rencana] },
            perilaku: {
              penilaian: raters.map((p) => rater('ATASAN', p)),
            },
            ...(inovasi ? { inovasi: true } : {}),
          }),
        );
      let decided = 0;
      let total = 0;
      fc.assert(
        fc.property(arb, (a) => {
          total++;
          if (agree(a, rs) && scorePp30Fast(a, rs, TYPES) !== undefined) decided++;
        }),
        { numRuns: 300 },
      );
      // Before the reference's values decided ties and edges: 55–70 % (by ruleset).
      expect(decided).toBeGreaterThan(total * 0.97);
    },
  );

  it('decides capaian band edges exactly (100 %, 80 %, 101 %, 110 % of decimal targets)', () => {
    for (const t of [7, '9.12', 12, 0.3, '123.45', 160]) {
      for (const k of ['1', '0.8', '0.6', '1.01', '1.1', '0.99', '0.79']) {
        for (const lower of [false, true]) {
          const r = dc.toString(dc.from(t).times(k));
          const a = appraisal({
            skp: {
              rencanaHasilKerja: [
                {
                  rencanaHasilKerja: 'R',
                  indikator: [
                    iki(t, r, lower ? { polaritas: 'LOWER_IS_BETTER' } : {}),
                    iki(t, r, { targetMaksimal: true }),
                  ],
                },
              ],
            },
          });
          expect(agree(a, permenpanrb_8_2021)).toBe(true);
        }
      }
    }
  });

  it('reads a realisasi equal to its target as capaian 100 % of the ruleset (any size, either polarity)', () => {
    const at = (t: number | string, lower: boolean) =>
      iki(t, t, lower ? { polaritas: 'LOWER_IS_BETTER' } : {});
    // Integers, decimals a double cannot hold exactly (in doubles 100 × 0.0061 / 0.0061 is
    // not 100), a large amount, decimal strings.
    const targets = [12, 0.3, 1 / 3, 0.0061, 987654321012, '0.16', '123.45'];
    const a = appraisal({
      skp: {
        rencanaHasilKerja: [
          {
            rencanaHasilKerja: 'R',
            indikator: targets.flatMap((t) => [at(t, false), at(t, true)]),
          },
        ],
      },
    });
    const nilai = (rs: Pp30Ruleset) => {
      const f = scorePp30Fast(a, rs, TYPES);
      if (f === undefined) return undefined;
      const r = f.outcome as unknown as {
        rincian: { rencanaHasilKerja: { indikator: { nilai: string; capaian: string }[] }[] };
      };
      return { rincian: r.rincian.rencanaHasilKerja[0]?.indikator, readings: f.readings };
    };
    const byName = new Map(RULESETS);
    // The official example (Lampiran hlm. 363): capaian 100 %, Baik, nilai 109.
    expect(nilai(permenpanrb_8_2021)?.rincian).toEqual(
      targets.flatMap(() =>
        Array(2).fill({ capaian: '100.00', kategori: 'BAIK', nilai: '109.00' }),
      ),
    );
    // One frozen rincian per ruleset and polarity, shared by every such IKI (a result is
    // read-only; JSON output is the same).
    const [atas, bawah] = nilai(permenpanrb_8_2021)?.rincian ?? [];
    expect(Object.isFrozen(atas)).toBe(true);
    expect(nilai(permenpanrb_8_2021)?.rincian?.[2]).toBe(atas);
    expect(bawah).not.toBe(atas);
    // 100 % on the Cukup line (80–99 → 70–89) extended: 90, read through the gap reading.
    const cukup = nilai(byName.get('100 % on the Cukup line') as Pp30Ruleset);
    expect(cukup?.rincian?.[0]).toEqual({ capaian: '100.00', kategori: 'CUKUP', nilai: '90.00' });
    expect([...(cukup?.readings ?? [])]).toContain('modeCelahCapaian');
    // No band holds 100 %: not decided here.
    expect(nilai(byName.get('no band at 100 %') as Pp30Ruleset)).toBeUndefined();
    for (const [, rs] of RULESETS) {
      if (scorePp30Fast(a, rs, TYPES) !== undefined) expect(agree(a, rs)).toBe(true);
    }
  });

  it('reports capaian and nilai on a rounding tie exactly (target 160)', () => {
    // 100 × 129 / 160 = 80.625 (Cukup: nilai 70.625); 100 × 1 / 160 = 0.625.
    const a = appraisal({
      skp: {
        rencanaHasilKerja: [
          { rencanaHasilKerja: 'R', indikator: [iki(160, 129), iki(160, 1), iki('0.16', '0.129')] },
        ],
      },
    });
    const f = scorePp30Fast(a, permenpanrb_8_2021, TYPES);
    if (f === undefined) throw new Error('stepped aside');
    const rincian = (
      f.outcome as unknown as { rincian: { rencanaHasilKerja: { indikator: unknown[] }[] } }
    ).rincian;
    expect(rincian.rencanaHasilKerja[0]?.indikator).toEqual([
      { capaian: '80.63', kategori: 'CUKUP', nilai: '70.63' },
      { capaian: '0.63', kategori: 'SANGAT_KURANG', nilai: '0.52' },
      { capaian: '80.63', kategori: 'CUKUP', nilai: '70.63' },
    ]);
    expect(agree(a, permenpanrb_8_2021)).toBe(true);
  });

  it('decides a rencana on a kategori edge and a mean on a rounding tie in integers', () => {
    // Capaian 80 % → nilai 70 (Cukup's edge); eight IKIs summing to 561 → mean 70.125.
    const edge = appraisal({
      skp: {
        rencanaHasilKerja: [
          { rencanaHasilKerja: 'R', indikator: [iki(10, 8), iki(100, 80), iki(5, 4)] },
        ],
      },
    });
    const tie = appraisal({
      skp: {
        rencanaHasilKerja: [
          {
            rencanaHasilKerja: 'R',
            indikator: [...Array.from({ length: 7 }, () => iki(10, 8)), iki(100, 81)],
          },
          // Nilai SKP (70.125 + 70) / 2 = 70.0625: not itself a tie.
          { rencanaHasilKerja: 'S', indikator: [iki(10, 8)] },
        ],
      },
    });
    for (const [a, nilai] of [
      [edge, '70.00'],
      [tie, '70.13'],
    ] as const) {
      const f = scorePp30Fast(a, permenpanrb_8_2021, TYPES);
      if (f === undefined) throw new Error('stepped aside');
      const r = (f.outcome as unknown as { rincian: { rencanaHasilKerja: unknown[] } }).rincian;
      expect(r.rencanaHasilKerja[0]).toMatchObject({ kategori: 'CUKUP', nilai });
      expect(agree(a, permenpanrb_8_2021)).toBe(true);
    }
  });

  it('warns about Sangat Baik without inovasi as the general scorer does', () => {
    const a = appraisal({
      skp: { rencanaHasilKerja: [{ rencanaHasilKerja: 'R', indikator: [iki(10, 20)] }] },
      perilaku: { penilaian: [rater('ATASAN', 120)] },
    });
    const f = scorePp30Fast(a, permenpanrb_8_2021, TYPES);
    expect(f?.warnings.map((w) => w.code)).toEqual(['SANGAT_BAIK_TANPA_INOVASI']);
    expect(agree(a, permenpanrb_8_2021)).toBe(true);
  });

  it('decides a negative capaian (smaller is better, realisasi over twice the target) without rincian only', () => {
    const a = appraisal({
      skp: {
        rencanaHasilKerja: [
          { rencanaHasilKerja: 'R', indikator: [iki(4, 9, { polaritas: 'LOWER_IS_BETTER' })] },
        ],
      },
    });
    expect(scorePp30Fast(a, permenpanrb_8_2021, TYPES)).toBeUndefined();
    expect(scorePp30Fast(a, permenpanrb_8_2021, TYPES, false)).toBeDefined();
    expect(agree(a, permenpanrb_8_2021)).toBe(true);
  });

  it('steps aside for what it does not implement', () => {
    const base = appraisal();
    expect(scorePp30Fast(base, permenpanrb_8_2021, TYPES)).toBeDefined();
    const aside: [string, Appraisal, Pp30Ruleset?, ReadonlyMap<string, IndicatorType>?][] = [
      ['POINTS', base, withParams({ agregasiRencana: 'POINTS' })],
      ['ROUND_PERCENT', base, withParams({ modeCelahCapaian: 'ROUND_PERCENT' })],
      ['a custom standar', base, permenpanrb_8_2021, new Map()],
      [
        'a range target',
        appraisal({
          skp: {
            rencanaHasilKerja: [
              { rencanaHasilKerja: 'R', indikator: [iki({ min: 80, max: 90 }, 85)] },
            ],
          },
        }),
      ],
      [
        'a missing realisasi',
        appraisal({
          skp: { rencanaHasilKerja: [{ rencanaHasilKerja: 'R', indikator: [iki(10, null)] }] },
        }),
      ],
      [
        'mismatched units',
        appraisal({
          skp: {
            rencanaHasilKerja: [
              {
                rencanaHasilKerja: 'R',
                indikator: [iki({ jumlah: 10, satuan: 'Dokumen' }, { jumlah: 9, satuan: 'Bulan' })],
              },
            ],
          },
        }),
      ],
      [
        '360 input',
        appraisal({ perilaku: { penilaian: [rater('ATASAN', 90), rater('BAWAHAN', 90)] } }),
      ],
      ['a score above 120', appraisal({ perilaku: { penilaian: [rater('ATASAN', 121)] } })],
    ];
    for (const [what, a, rs = permenpanrb_8_2021, types = TYPES] of aside) {
      expect(scorePp30Fast(a, rs, types), what).toBeUndefined();
    }
  });
});
