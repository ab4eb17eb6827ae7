import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decimalCalculator as dec } from '../../arith/decimal.js';
import { floatCalculator as flt } from '../../arith/float.js';
import { standarIndicator } from '../../indicators/standar.js';
import type { IndicatorType } from '../../indicators/types.js';
import { formatPath } from '../../issues/issue.js';
import type { AppraisalInput } from '../../model/appraisal.js';
import { ref } from '../../ruleset/legal.js';
import type { RegimeOutcome } from '../types.js';
import {
  appraisal,
  iki,
  ikiPct,
  rater,
  scoreBoth,
  scoreOn,
  testContext,
  withParams,
} from './fixtures.js';
import { type Pp30Rincian, pp30Regime } from './regime.js';
import { permenpanrb_8_2021 } from './ruleset.js';

type Ok = Extract<RegimeOutcome, { ok: true }>;
function ok(o: RegimeOutcome | 'UNDECIDABLE'): Ok {
  if (o === 'UNDECIDABLE' || !o.ok) throw new Error(JSON.stringify(o, null, 2));
  return o;
}
function issues(o: RegimeOutcome): string[] {
  if (o.ok) throw new Error('expected issues');
  return o.issues.map((i) => `${i.code} @ ${formatPath(i.path)}`);
}

const JPT_PEGAWAI: AppraisalInput['pegawai'] = {
  nip: '197001011995031001',
  nama: 'Dr. Ahmad',
  jabatan: { jenis: 'JPT', jenjang: 'JPT_PRATAMA' },
};

/** The JPT example of PermenPANRB 8/2021 hlm. 363: (59.2 + 43.6) + 0 = 102.8. */
function jptExample(penilaian = [rater('ATASAN', 100, true)]) {
  return appraisal({
    pegawai: JPT_PEGAWAI,
    skp: {
      rencanaHasilKerja: [
        {
          rencanaHasilKerja: 'Meningkatnya kualitas pengelolaan anggaran',
          perspektif: 'Anggaran',
          bobot: 6000,
          indikator: [ikiPct(100), ikiPct(100), ikiPct(88)],
        },
        {
          rencanaHasilKerja: 'Terlaksananya rencana aksi reformasi birokrasi',
          bobot: 4000,
          indikator: [ikiPct(100)],
        },
      ],
    },
    perilaku: { penilaian },
  });
}

describe('pp30Regime — worked examples', () => {
  it('is the PP30_2019 regime module', () => {
    expect(pp30Regime.regime).toBe('PP30_2019');
  });

  it('JPT official example: SKP 102.8, perilaku 100, 70/30 → 101.96 Baik', () => {
    const { decimal, float } = scoreBoth(jptExample());
    const o = ok(decimal);
    expect(o.nilai).toEqual({ skp: '102.80', perilaku: '100.00', kinerja: '101.96' });
    expect(o.predikat).toEqual({
      code: 'BAIK',
      scale: 'PP30',
      label: { id: 'Baik', en: 'Good' },
    });
    const r = o.rincian as Pp30Rincian;
    expect(r.pendekatan).toBe('JPT');
    expect(r.rencanaHasilKerja.map((x) => [x.nilai, x.kategori, x.nilaiTertimbang])).toEqual([
      ['98.67', 'BAIK', '59.20'],
      ['109.00', 'BAIK', '43.60'],
    ]);
    expect(r.rencanaHasilKerja[0]?.indikator).toEqual([
      { capaian: '100.00', kategori: 'BAIK', nilai: '109.00' },
      { capaian: '100.00', kategori: 'BAIK', nilai: '109.00' },
      { capaian: '88.00', kategori: 'CUKUP', nilai: '78.00' },
    ]);
    expect(r.skp).toEqual({ utama: '102.80', tambahan: '0.00', sebelumBatas: '102.80' });
    expect(r.bobot).toEqual({ SKP: 7000, PERILAKU: 3000 });
    expect(float === 'UNDECIDABLE' || float).toBeTruthy();
    if (float !== 'UNDECIDABLE') expect(float).toEqual(decimal);
  });

  it('JPT example with 360° input: 60/40 → 0.6 × 102.8 + 0.4 × 100 = 101.68', () => {
    const { decimal, warnings, readings } = scoreBoth(
      jptExample([
        rater('ATASAN', 100, true),
        rater('REKAN_KERJA', 90, true),
        rater('BAWAHAN', 80, true),
      ]),
    );
    const o = ok(decimal);
    expect(o.nilai.kinerja).toBe('101.68');
    // Default rater weights count the atasan only; the others are traced and warned about.
    expect(o.nilai.perilaku).toBe('100.00');
    expect((o.rincian as Pp30Rincian).dengan360).toBe(true);
    expect(warnings.map((w) => `${w.code}:${w.message.en}`)).toEqual([
      'RATER_WITHOUT_WEIGHT:Perilaku input from BAWAHAN is not counted because its weight is 0 in the ruleset',
      'RATER_WITHOUT_WEIGHT:Perilaku input from REKAN_KERJA is not counted because its weight is 0 in the ruleset',
    ]);
    expect(readings.has('mode360')).toBe(true);
    expect(readings.has('bobotPenilai')).toBe(true);
  });

  it('agency rater weights: missing roles are re-normalised', () => {
    const rs = withParams({
      bobotPenilai: {
        ATASAN: 6000,
        REKAN_KERJA: 2000,
        BAWAHAN: 2000,
        MASYARAKAT: 0,
        DIRI_SENDIRI: 0,
      },
    });
    const a = jptExample([rater('ATASAN', 100, true), rater('REKAN_KERJA', 80, true)]);
    const o = ok(scoreBoth(a, rs).decimal);
    // (6000 × 100 + 2000 × 80) / 8000 = 95; no bawahan → 70/30: 0.7 × 102.8 + 0.3 × 95 = 100.46
    expect(o.nilai.perilaku).toBe('95.00');
    expect(o.nilai.kinerja).toBe('100.46');
    expect((o.rincian as Pp30Rincian).bobotPenilai).toEqual({ ATASAN: 6000, REKAN_KERJA: 2000 });
  });

  it('JA/JF: mean of utama + tambahan bonus, then 70/30', () => {
    const a = appraisal({
      skp: {
        rencanaHasilKerja: [
          { rencanaHasilKerja: 'A', indikator: [ikiPct(100), ikiPct(98)] },
          { rencanaHasilKerja: 'B', indikator: [ikiPct(105)] },
          { rencanaHasilKerja: 'C', jenis: 'TAMBAHAN', indikator: [ikiPct(100)] },
        ],
      },
      perilaku: { penilaian: [rater('ATASAN', 90)] },
    });
    const { decimal, readings } = scoreBoth(a);
    const o = ok(decimal);
    // A = (109 + 88) / 2 = 98.5; B = 114.444…; mean = 106.472…; + 1.6 (Baik) = 108.072…
    const r = o.rincian as Pp30Rincian;
    expect(r.rencanaHasilKerja.map((x) => [x.jenis, x.nilai, x.kategori, x.bonus])).toEqual([
      ['UTAMA', '98.50', 'BAIK', undefined],
      ['UTAMA', '114.44', 'SANGAT_BAIK', undefined],
      ['TAMBAHAN', '109.00', 'BAIK', '1.60'],
    ]);
    expect(o.nilai.skp).toBe('108.07');
    // 0.7 × 108.0722… + 0.3 × 90 = 102.65
    expect(o.nilai.kinerja).toBe('102.65');
    expect(readings.has('bonusTambahan')).toBe(true);
  });

  it('≥ 110 without inovasi is Baik, with a warning and a trace that says why', () => {
    const a = appraisal({
      skp: { rencanaHasilKerja: [{ rencanaHasilKerja: 'A', indikator: [ikiPct(115)] }] },
      perilaku: { penilaian: [rater('ATASAN', 110)] },
    });
    const without = scoreBoth(a);
    const o = ok(without.decimal);
    expect(o.nilai).toEqual({ skp: '120.00', perilaku: '110.00', kinerja: '117.00' });
    expect(o.predikat.code).toBe('BAIK');
    expect(without.warnings.map((w) => w.code)).toEqual(['SANGAT_BAIK_TANPA_INOVASI']);
    const step = without.tracer.steps.find((s) => s.rule === 'pp30.predikat');
    expect(step?.explanation?.en).toContain('Sangat Baik also requires inovasi');
    expect(step?.ref.article).toBe('Pasal 41 ayat (5) huruf a');

    const withInovasi = scoreBoth(appraisal({ ...a, inovasi: { uraian: 'Aplikasi antrean' } }));
    expect(ok(withInovasi.decimal).predikat.code).toBe('SANGAT_BAIK');
    expect(withInovasi.warnings).toEqual([]);
  });

  it('a maximum-achievable target at 100 % scores 120', () => {
    const a = appraisal({
      skp: {
        rencanaHasilKerja: [
          {
            rencanaHasilKerja: 'Laporan keuangan bebas temuan material',
            indikator: [ikiPct(100, { targetMaksimal: true })],
          },
        ],
      },
    });
    const o = ok(scoreBoth(a).decimal);
    expect((o.rincian as Pp30Rincian).rencanaHasilKerja[0]?.indikator[0]).toEqual({
      capaian: '100.00',
      kategori: 'SANGAT_BAIK',
      nilai: '120.00',
    });
  });

  it('khusus and range IKIs go through the standar indicator', () => {
    const a = appraisal({
      skp: {
        rencanaHasilKerja: [
          {
            rencanaHasilKerja: 'A',
            indikator: [
              iki(7, '6.5', { aspek: 'WAKTU', polaritas: 'LOWER_IS_BETTER' }),
              iki(8, 9, { aspek: 'WAKTU', polaritas: 'LOWER_IS_BETTER' }),
              iki({ min: 80, max: 90 }, 70),
              iki({ min: 80, max: 90 }, 85),
            ],
          },
        ],
      },
    });
    const o = ok(scoreBoth(a).decimal);
    expect(
      (o.rincian as Pp30Rincian).rencanaHasilKerja[0]?.indikator.map((x) => x.capaian),
    ).toEqual(['107.14', '87.50', '87.50', '100.00']);
  });

  it('POINTS aggregation (agency reading)', () => {
    const rs = withParams({ agregasiRencana: 'POINTS' });
    const a = appraisal({
      skp: {
        rencanaHasilKerja: [
          { rencanaHasilKerja: 'A', indikator: [ikiPct(100), ikiPct(100), ikiPct(98)] },
        ],
      },
    });
    const { decimal, readings } = scoreBoth(a, rs);
    // B 13 + B 13 + C 8 = 34 → 100
    expect(ok(decimal).nilai.skp).toBe('100.00');
    expect([...readings].sort()).toEqual([
      'agregasiRencana',
      'kategoriRencana',
      'mode360',
      'poinRencana',
    ]);
  });

  it('custom indicator types are looked up by iki.jenis, and their data validated', () => {
    const ikm: IndicatorType<{ skor: number }> = {
      id: 'contoh.ikm',
      label: { id: 'Indeks kepuasan', en: 'Satisfaction index' },
      ref: ref('Peraturan instansi (contoh)', 'UNCERTAIN'),
      schema: z.strictObject({ skor: z.number().min(1).max(4) }),
      capaian: (c, x) => ({
        ok: true,
        capaian: c.mul(c.div(c.from((x.data as { skor: number }).skor), c.from(4)), c.from(100)),
      }),
    };
    const a = (data: unknown) =>
      appraisal({
        skp: {
          rencanaHasilKerja: [
            { rencanaHasilKerja: 'A', indikator: [ikiPct(100, { jenis: 'contoh.ikm', data })] },
          ],
        },
      });
    const { ctx } = testContext(false, [standarIndicator, ikm as IndicatorType]);
    const good = ok(pp30Regime.score(dec, a({ skor: 4 }), permenpanrb_8_2021, ctx));
    expect((good.rincian as Pp30Rincian).rencanaHasilKerja[0]?.indikator[0]?.nilai).toBe('109.00');
    const bad = pp30Regime.score(dec, a({ skor: 9 }), permenpanrb_8_2021, ctx);
    expect(issues(bad)).toEqual([
      'INVALID_TOO_BIG @ skp.rencanaHasilKerja[0].indikator[0].data.skor',
    ]);
    // Not registered in this context → an issue, not a throw.
    expect(issues(scoreBoth(a({ skor: 4 })).decimal)).toEqual([
      'INDICATOR_TYPE_UNKNOWN @ skp.rencanaHasilKerja[0].indikator[0].jenis',
    ]);
  });
});

describe('pp30Regime — readings and trace', () => {
  it('a plain appraisal uses only the readings that decided something', () => {
    const { readings } = scoreBoth(appraisal());
    expect([...readings].sort()).toEqual(['agregasiRencana', 'kategoriRencana', 'mode360']);
  });

  it('a capaian in a gap uses modeCelahCapaian; a floor uses batasBawahNilai', () => {
    const a = appraisal({
      skp: {
        rencanaHasilKerja: [
          {
            rencanaHasilKerja: 'A',
            indikator: [ikiPct('99.5'), iki(4, 10, { polaritas: 'LOWER_IS_BETTER' })],
          },
        ],
      },
    });
    const { readings, tracer } = scoreBoth(a);
    expect(readings.has('modeCelahCapaian')).toBe(true);
    expect(readings.has('batasBawahNilai')).toBe(true);
    const steps = tracer.steps.filter((s) => s.rule === 'pp30.nilai.iki');
    expect(steps.map((s) => [s.kind, s.parameter?.name, s.output])).toEqual([
      ['reading', 'modeCelahCapaian', { kategori: 'CUKUP', nilai: '89.5' }],
      ['reading', 'batasBawahNilai', { kategori: 'SANGAT_KURANG', nilai: '0' }],
    ]);
    expect(steps[0]?.explanation?.en).toBe(
      'Kategori Cukup; nilai capaian IKI = 70 + (89 − 70) / (99 − 80) × (99.5 − 80) = 89.50. This capaian lies between the integer ranges of the text; the nearest formula is extended (configured reading modeCelahCapaian = HALF_OPEN).',
    );
  });

  it('the trace walks every rule in order, each with a reference and an explanation', () => {
    const { tracer } = scoreBoth(jptExample());
    expect(tracer.steps.map((s) => s.rule)).toEqual([
      'indikator.standar.capaian',
      'pp30.nilai.iki',
      'indikator.standar.capaian',
      'pp30.nilai.iki',
      'indikator.standar.capaian',
      'pp30.nilai.iki',
      'pp30.nilai.rencana',
      'pp30.kategori.rencana',
      'indikator.standar.capaian',
      'pp30.nilai.iki',
      'pp30.nilai.rencana',
      'pp30.kategori.rencana',
      'pp30.nilai.skp.jpt',
      'pp30.perilaku.penilai',
      'pp30.perilaku.gabungan',
      'pp30.bobot',
      'pp30.nilai.kinerja',
      'pp30.predikat',
    ]);
    for (const s of tracer.steps) {
      expect(s.explanation?.id.length).toBeGreaterThan(10);
      expect(s.explanation?.en.length).toBeGreaterThan(10);
      if (s.ref.status === 'UNCERTAIN') expect(s.kind).toBe('reading');
    }
    const skp = tracer.steps.find((s) => s.rule === 'pp30.nilai.skp.jpt');
    expect(skp?.explanation?.en).toBe(
      'JPT final SKP value = weighted utama + weighted tambahan = (59.20 + 43.60) + 0.00 = 102.80, where weighted value = rencana value × bobot.',
    );
    const kinerja = tracer.steps.find((s) => s.rule === 'pp30.nilai.kinerja');
    expect(kinerja?.explanation?.id).toBe('Nilai kinerja = 70% × 102.80 + 30% × 100.00 = 101.96.');
    const bobot = tracer.steps.find((s) => s.rule === 'pp30.bobot');
    expect(bobot?.parameter).toEqual({ name: 'mode360', value: 'AUTO', isDefault: true });
    expect(bobot?.kind).toBe('reading');
  });

  it('the cap at 120 is traced', () => {
    const a = appraisal({
      skp: {
        rencanaHasilKerja: [
          { rencanaHasilKerja: 'A', indikator: [ikiPct(120)] },
          { rencanaHasilKerja: 'B', jenis: 'TAMBAHAN', indikator: [ikiPct(120)] },
        ],
      },
    });
    const { decimal, tracer } = scoreBoth(a);
    expect(ok(decimal).nilai.skp).toBe('120.00');
    const cap = tracer.steps.find((s) => s.rule === 'pp30.nilai.skp.batas');
    expect(cap?.inputs).toEqual({ nilai: '122.4', batas: '120' });
    expect(cap?.ref.status).toBe('CONFIRMED-2');
  });

  it('batasPredikat is a reading only when rounding would change the predikat', () => {
    // SKP 89.996 (capaian 99.996 %), perilaku 89.996 → nilai 89.996: Cukup exact, 90.00 reported.
    const a = appraisal({
      skp: { rencanaHasilKerja: [{ rencanaHasilKerja: 'A', indikator: [ikiPct('99.996')] }] },
      perilaku: { penilaian: [rater('ATASAN', '89.996')] },
    });
    const { decimal, readings } = scoreBoth(a);
    const o = ok(decimal);
    expect(o.nilai.kinerja).toBe('90.00');
    expect(o.predikat.code).toBe('CUKUP');
    expect(readings.has('batasPredikat')).toBe(true);
    const rounded = ok(scoreBoth(a, withParams({ batasPredikat: 'ROUND_THEN_COMPARE' })).decimal);
    expect(rounded.predikat.code).toBe('BAIK');
  });
});

describe('pp30Regime — invalid input gives issues with paths', () => {
  it('collects SKP, IKI and perilaku problems at once', () => {
    const a = appraisal({
      pegawai: JPT_PEGAWAI,
      skp: {
        rencanaHasilKerja: [
          {
            rencanaHasilKerja: 'A',
            bobot: 6000,
            indikator: [iki(10, null), iki(0, 5), iki(10, 5, { jenis: 'tidak.ada' })],
          },
          { rencanaHasilKerja: 'B', indikator: [ikiPct(100)] },
        ],
      },
      perilaku: { penilaian: [rater('REKAN_KERJA', 100)] },
    });
    expect(issues(scoreBoth(a).decimal)).toMatchInlineSnapshot(`
      [
        "RHK_BOBOT_MISSING @ skp.rencanaHasilKerja[1].bobot",
        "REALISASI_MISSING @ skp.rencanaHasilKerja[0].indikator[0].realisasi",
        "TARGET_ZERO @ skp.rencanaHasilKerja[0].indikator[1].target",
        "INDICATOR_TYPE_UNKNOWN @ skp.rencanaHasilKerja[0].indikator[2].jenis",
        "PERILAKU_ASPEK_MISSING @ perilaku.penilaian[0].nilai.KEPEMIMPINAN",
      ]
    `);
  });

  it('messages are bilingual', () => {
    const o = scoreBoth(appraisal({ skp: undefined })).decimal;
    expect(o.ok).toBe(false);
    if (!o.ok) {
      expect(o.issues[0]).toMatchObject({
        code: 'SKP_MISSING',
        path: ['skp'],
        severity: 'error',
        message: {
          id: 'SKP belum diisi; penilaian PP 30/2019 memerlukan SKP',
          en: 'The SKP is missing; a PP 30/2019 appraisal needs one',
        },
      });
    }
  });

  it.each<[string, Partial<AppraisalInput>, string[]]>([
    ['no rencana', { skp: { rencanaHasilKerja: [] } }, ['RHK_EMPTY @ skp.rencanaHasilKerja']],
    [
      'JA/JF without utama',
      {
        skp: {
          rencanaHasilKerja: [
            { rencanaHasilKerja: 'A', jenis: 'TAMBAHAN', indikator: [ikiPct(100)] },
          ],
        },
      },
      ['RHK_NO_UTAMA @ skp.rencanaHasilKerja'],
    ],
    [
      'partial RHK bobot (JA/JF)',
      {
        skp: {
          rencanaHasilKerja: [
            { rencanaHasilKerja: 'A', bobot: 5000, indikator: [ikiPct(100)] },
            { rencanaHasilKerja: 'B', indikator: [ikiPct(100)] },
          ],
        },
      },
      ['WEIGHTS_PARTIAL @ skp.rencanaHasilKerja'],
    ],
    [
      'IKI bobot not summing to 100 %',
      {
        skp: {
          rencanaHasilKerja: [
            {
              rencanaHasilKerja: 'A',
              indikator: [ikiPct(100, { bobot: 5000 }), ikiPct(100, { bobot: 4000 })],
            },
          ],
        },
      },
      ['WEIGHTS_NOT_100 @ skp.rencanaHasilKerja[0].indikator'],
    ],
    ['no perilaku', { perilaku: undefined }, ['PERILAKU_MISSING @ perilaku']],
    [
      'no rater with a weight',
      { perilaku: { penilaian: [rater('REKAN_KERJA', 100), rater('BAWAHAN', 100)] } },
      ['PERILAKU_NO_WEIGHTED_RATER @ perilaku.penilaian'],
    ],
    [
      'a 6/2022 rating instead of a score',
      {
        perilaku: {
          penilaian: [
            {
              penilai: { peran: 'ATASAN' },
              nilai: {
                ORIENTASI_PELAYANAN: 'DI_ATAS_EKSPEKTASI',
                KOMITMEN: 100,
                INISIATIF_KERJA: 100,
                KERJA_SAMA: 100,
              },
            },
          ],
        },
      },
      ['PERILAKU_SCORE_NOT_NUMBER @ perilaku.penilaian[0].nilai.ORIENTASI_PELAYANAN'],
    ],
  ])('%s', (_, input, expected) => {
    expect(issues(scoreBoth(appraisal(input)).decimal)).toEqual(expected);
  });

  it('JPT rencana bobot must sum to 100 %', () => {
    const a = appraisal({
      pegawai: JPT_PEGAWAI,
      skp: {
        rencanaHasilKerja: [
          { rencanaHasilKerja: 'A', bobot: 6000, indikator: [ikiPct(100)] },
          { rencanaHasilKerja: 'B', bobot: 3000, indikator: [ikiPct(100)] },
        ],
      },
      perilaku: { penilaian: [rater('ATASAN', 100, true)] },
    });
    const o = scoreBoth(a).decimal;
    expect(issues(o)).toEqual(['WEIGHTS_NOT_100 @ skp.rencanaHasilKerja']);
    if (!o.ok) expect(o.issues[0]?.message.en).toContain('got 90%');
  });

  it('a broken agency ruleset is reported, not thrown', () => {
    const rs = withParams({ bobotTanpa360: { SKP: 7000, PERILAKU: 2000 } });
    expect(issues(scoreBoth(appraisal(), rs).decimal)).toEqual([
      'WEIGHTS_NOT_100 @ ruleset.params.bobotTanpa360',
    ]);
    const holed = withParams({
      bandCapaian: permenpanrb_8_2021.params.bandCapaian.value.slice(0, 3),
    });
    expect(
      issues(
        scoreBoth(
          appraisal({
            skp: { rencanaHasilKerja: [{ rencanaHasilKerja: 'A', indikator: [ikiPct(50)] }] },
          }),
          holed,
        ).decimal,
      ),
    ).toEqual(['BAND_MISSING @ skp.rencanaHasilKerja[0].indikator[0]']);
  });

  it('is deterministic and does not depend on tracing or on the backend', () => {
    const a = jptExample([rater('ATASAN', 97, true), rater('REKAN_KERJA', 88, true)]);
    const first = scoreBoth(a).decimal;
    expect(scoreBoth(a).decimal).toEqual(first);
    expect(scoreOn(dec, a)).toEqual(first);
    const f = scoreOn(flt, a);
    if (f !== 'UNDECIDABLE') expect(f).toEqual(first);
  });
});
