import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Calculator, Undecidable } from '../../arith/calculator.js';
import { decimalCalculator } from '../../arith/decimal.js';
import { floatCalculator } from '../../arith/float.js';
import { PREDIKAT_ORGANISASI, type PredikatOrganisasi, RATINGS, type Rating } from '../../codes.js';
import { standarIndicator } from '../../indicators/standar.js';
import type { IndicatorType } from '../../indicators/types.js';
import type { Warning } from '../../issues/issue.js';
import { type Appraisal, type AppraisalInput, AppraisalSchema } from '../../model/appraisal.js';
import { BERAKHLAK, type NilaiBerakhlak } from '../../model/perilaku.js';
import type { Pmk6Ruleset } from '../../ruleset/types.js';
import { createTracer } from '../../trace/trace.js';
import type { RegimeOutcome } from '../types.js';
import { pmk6Regime } from './index.js';
import type { Pmk6Params } from './params.js';
import { permenpanrb_6_2022 } from './ruleset.js';

const A: Rating = 'DI_ATAS_EKSPEKTASI';
const S: Rating = 'SESUAI_EKSPEKTASI';
const B: Rating = 'DI_BAWAH_EKSPEKTASI';

const TYPES = new Map<string, IndicatorType>([['standar', standarIndicator]]);

function run(
  input: Partial<AppraisalInput>,
  opts: { rs?: Pmk6Ruleset; c?: Calculator<unknown>; trace?: boolean } = {},
) {
  const a: Appraisal = AppraisalSchema.parse({
    pegawai: { nip: '199001012015011001', nama: 'Sari', jabatan: { jenis: 'FUNGSIONAL' } },
    periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
    ...input,
  });
  const tracer = createTracer(opts.trace ?? true);
  const warnings: Warning[] = [];
  const readings: string[] = [];
  const out: RegimeOutcome = pmk6Regime.score(
    (opts.c ?? decimalCalculator) as Calculator<unknown>,
    a,
    opts.rs ?? permenpanrb_6_2022,
    {
      tracer,
      indicatorTypes: TYPES,
      warn: (w) => warnings.push(w),
      usedReading: (p) => readings.push(p),
    },
  );
  return { out, warnings, readings, steps: tracer.steps };
}

function withParam<K extends keyof Pmk6Params>(
  name: K,
  value: Pmk6Params[K]['value'],
  rs: Pmk6Ruleset = permenpanrb_6_2022,
): Pmk6Ruleset {
  return {
    ...rs,
    params: { ...rs.params, [name]: { ...rs.params[name], value, overriddenBy: 'test-agency' } },
  };
}

/** An SKP whose IKIs have target 100, so capaian = realisasi. */
function skp(...capaian: (number | string)[][]) {
  return {
    rencanaHasilKerja: capaian.map((iki, i) => ({
      rencanaHasilKerja: `RHK ${i + 1}`,
      indikator: iki.map((r, j) => ({
        aspek: 'KUANTITAS' as const,
        indikator: `IKI ${i + 1}.${j + 1}`,
        target: 100,
        realisasi: { jumlah: r },
      })),
    })),
  };
}

function atasan(nilai: Partial<Record<NilaiBerakhlak | string, unknown>>, peran = 'ATASAN') {
  return { penilai: { peran }, nilai } as never;
}
const all = (r: Rating) =>
  Object.fromEntries(BERAKHLAK.map((v) => [v, r])) as Record<NilaiBerakhlak, Rating>;
const values = (...rs: Rating[]) => Object.fromEntries(BERAKHLAK.map((v, i) => [v, rs[i]]));

describe('pmk6Regime — ratings given by the pejabat penilai', () => {
  it.each<[Rating, Rating, string, string]>([
    [A, A, 'SANGAT_BAIK', 'Sangat Baik'],
    [A, B, 'KURANG', 'Kurang/Misconduct'],
    [B, A, 'BUTUH_PERBAIKAN', 'Butuh Perbaikan'],
    [S, S, 'BAIK', 'Baik'],
    [B, B, 'SANGAT_KURANG', 'Sangat Kurang'],
  ])('%s × %s → %s', (h, p, code, label) => {
    const { out, warnings, readings, steps } = run({ ratingHasilKerja: h, ratingPerilaku: p });
    expect(out).toMatchObject({
      ok: true,
      nilai: {},
      rating: {
        hasilKerja: h,
        perilaku: p,
        sumber: { hasilKerja: 'PENILAI', perilaku: 'PENILAI' },
      },
      predikat: { code, scale: 'PMK6', label: { id: label } },
    });
    expect(warnings).toEqual([]);
    expect(readings).toEqual([]);
    expect(steps.map((s) => s.rule)).toEqual([
      'pmk6.ratingHasilKerja.penilai',
      'pmk6.ratingPerilaku.penilai',
      'pmk6.predikat.matriks',
    ]);
    const m = steps[2];
    expect(m?.ref).toMatchObject({ regulation: 'PermenPANRB 6/2022', status: 'CONFIRMED-2' });
    expect(m?.kind).toBe('quotation');
    expect(m?.output).toBe(code);
    expect(m?.explanation?.id).toContain(label);
  });

  it('applies the same rules to PPPK', () => {
    const { out } = run({
      pegawai: {
        nip: '199001012015011001',
        nama: 'Sari',
        jenisAsn: 'PPPK',
        jabatan: { jenis: 'FUNGSIONAL' },
      },
      ratingHasilKerja: A,
      ratingPerilaku: S,
    });
    expect(out).toMatchObject({ ok: true, predikat: { code: 'BAIK' } });
  });

  it('reports an ASN type the ruleset does not cover', () => {
    const rs = withParam('berlakuUntuk', ['PNS']);
    const { out } = run(
      {
        pegawai: {
          nip: '199001012015011001',
          nama: 'Sari',
          jenisAsn: 'PPPK',
          jabatan: { jenis: 'FUNGSIONAL' },
        },
        ratingHasilKerja: A,
        ratingPerilaku: S,
      },
      { rs },
    );
    expect(out).toMatchObject({
      ok: false,
      issues: [{ code: 'JENIS_ASN_NOT_COVERED', path: ['pegawai', 'jenisAsn'] }],
    });
  });

  it('reports a broken agency matrix instead of throwing', () => {
    const m = permenpanrb_6_2022.params.matriks.value;
    const rs = withParam('matriks', {
      ...m,
      SESUAI_EKSPEKTASI: { ...m.SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI: 'OK' as never },
    });
    const { out } = run({ ratingHasilKerja: S, ratingPerilaku: S }, { rs });
    expect(out).toMatchObject({
      ok: false,
      issues: [{ code: 'MATRIX_CELL_INVALID', path: ['ruleset', 'params', 'matriks', S, S] }],
    });
  });
});

describe('pmk6Regime — head of unit (SE MenPANRB 3/2023)', () => {
  it.each<[PredikatOrganisasi, Rating]>([
    ['ISTIMEWA', A],
    ['BAIK', S],
    ['BUTUH_PERBAIKAN', B],
    ['KURANG', B],
    ['SANGAT_KURANG', B],
  ])('organisation %s → rating hasil kerja %s (default reading)', (org, rating) => {
    const { out, readings, steps } = run({
      kepalaUnit: true,
      predikatOrganisasi: org,
      ratingPerilaku: S,
    });
    expect(out).toMatchObject({
      ok: true,
      rating: { hasilKerja: rating, sumber: { hasilKerja: 'KEPALA_UNIT' } },
    });
    expect(readings).toContain('ratingKepalaUnit');
    const step = steps.find((s) => s.rule === 'pmk6.ratingHasilKerja.kepalaUnit');
    expect(step).toMatchObject({
      kind: 'reading',
      parameter: { name: 'ratingKepalaUnit', isDefault: true },
    });
  });

  it('the head-of-unit rule wins over a disagreeing given rating, with a warning', () => {
    const { out, warnings } = run({
      kepalaUnit: true,
      predikatOrganisasi: 'ISTIMEWA',
      ratingHasilKerja: B,
      ratingPerilaku: A,
    });
    expect(out).toMatchObject({
      ok: true,
      predikat: { code: 'SANGAT_BAIK' },
      rating: { hasilKerja: A },
    });
    expect(warnings).toMatchObject([
      { code: 'HEAD_OF_UNIT_OVERRIDES_RATING', path: ['ratingHasilKerja'] },
    ]);
    expect(warnings[0]?.message.id).toContain('Di Bawah Ekspektasi');
  });

  it('no warning when the given rating agrees', () => {
    const { warnings } = run({
      kepalaUnit: true,
      predikatOrganisasi: 'BAIK',
      ratingHasilKerja: S,
      ratingPerilaku: S,
    });
    expect(warnings).toEqual([]);
  });

  it('requires predikatOrganisasi, even when a rating was given', () => {
    const { out } = run({ kepalaUnit: true, ratingHasilKerja: A, ratingPerilaku: S });
    expect(out).toMatchObject({
      ok: false,
      issues: [{ code: 'PREDIKAT_ORGANISASI_REQUIRED', path: ['predikatOrganisasi'] }],
    });
  });

  it('an agency mapping is used and marked as non-default', () => {
    const rs = withParam('ratingKepalaUnit', {
      ...permenpanrb_6_2022.params.ratingKepalaUnit.value,
      BUTUH_PERBAIKAN: S,
    });
    const { out, steps } = run(
      { kepalaUnit: true, predikatOrganisasi: 'BUTUH_PERBAIKAN', ratingPerilaku: S },
      { rs },
    );
    expect(out).toMatchObject({ ok: true, predikat: { code: 'BAIK' } });
    expect(steps[0]?.parameter?.isDefault).toBe(false);
  });

  it('kepalaUnit false ignores the organisation predikat', () => {
    const { out } = run({
      kepalaUnit: false,
      predikatOrganisasi: 'ISTIMEWA',
      ratingHasilKerja: B,
      ratingPerilaku: S,
    });
    expect(out).toMatchObject({
      ok: true,
      rating: { hasilKerja: B, sumber: { hasilKerja: 'PENILAI' } },
    });
  });
});

describe('pmk6Regime — suggested rating hasil kerja (app heuristic)', () => {
  it.each<[string, (number | string)[][], Rating, string]>([
    ['average exactly 90, no IKI below 65', [[90, 90]], A, '90.00'],
    ['average 90 with an IKI exactly 65', [[65], [115]], A, '90.00'],
    ['average 90 with an IKI at 64.99', [[64.99], ['115.01']], S, '90.00'],
    ['average just below 90', [['89.99']], S, '89.99'],
    ['average exactly 65', [[65, 65]], S, '65.00'],
    ['average just below 65', [['64.999']], B, '65.00'],
    ['average 50', [[40, 60]], B, '50.00'],
    ['over-achievement counts (no cap)', [[150, 70]], A, '110.00'],
  ])('%s → %s', (_name, capaian, rating, avg) => {
    const { out, warnings, readings, steps } = run({ skp: skp(...capaian), ratingPerilaku: S });
    expect(out).toMatchObject({
      ok: true,
      nilai: { rataRataCapaian: avg },
      rating: {
        hasilKerja: rating,
        sumber: { hasilKerja: 'SARAN_HEURISTIK', perilaku: 'PENILAI' },
      },
    });
    expect(warnings).toMatchObject([{ code: 'RATING_SUGGESTED', rule: 'pmk6.saran.hasilKerja' }]);
    expect(warnings[0]?.message.id).toContain('SARAN');
    expect(readings).toContain('saranHasilKerja');
    const step = steps.find((s) => s.rule === 'pmk6.saran.hasilKerja');
    expect(step).toMatchObject({
      kind: 'reading',
      ref: { status: 'UNCERTAIN' },
      parameter: { name: 'saranHasilKerja' },
    });
    expect(step?.explanation?.en).toContain('SUGGESTION');
  });

  it('explains edge decisions with the exact average, not the rounded one', () => {
    const { out, steps } = run({ skp: skp(['64.999']), ratingPerilaku: S });
    expect(out).toMatchObject({ nilai: { rataRataCapaian: '65.00' }, rating: { hasilKerja: B } });
    const e = steps.find((s) => s.rule === 'pmk6.saran.hasilKerja')?.explanation;
    expect(e?.id).toContain('rata-rata 64.999% < 65%');
    expect(e?.en).toContain('(reported 65.00%)');
  });

  it('reports the capaian per RHK and IKI in rincian', () => {
    const { out } = run({ skp: skp([100, '98.5'], [120]), ratingPerilaku: S });
    expect(out.ok && out.rincian).toEqual({
      capaian: [
        {
          rhk: 0,
          jenis: 'UTAMA',
          rencanaHasilKerja: 'RHK 1',
          indikator: [
            { iki: 0, aspek: 'KUANTITAS', indikator: 'IKI 1.1', capaian: '100.00' },
            { iki: 1, aspek: 'KUANTITAS', indikator: 'IKI 1.2', capaian: '98.50' },
          ],
        },
        {
          rhk: 1,
          jenis: 'UTAMA',
          rencanaHasilKerja: 'RHK 2',
          indikator: [{ iki: 0, aspek: 'KUANTITAS', indikator: 'IKI 2.1', capaian: '120.00' }],
        },
      ],
    });
  });

  it('is not used when the pejabat penilai gave a rating (the capaian is only information)', () => {
    const { out, warnings, readings } = run({
      skp: skp([10]),
      ratingHasilKerja: A,
      ratingPerilaku: S,
    });
    expect(out).toMatchObject({
      ok: true,
      nilai: {},
      rating: { hasilKerja: A, sumber: { hasilKerja: 'PENILAI' } },
    });
    expect(out.ok && out.rincian).toEqual({
      capaian: [
        {
          rhk: 0,
          jenis: 'UTAMA',
          rencanaHasilKerja: 'RHK 1',
          indikator: [{ iki: 0, aspek: 'KUANTITAS', indikator: 'IKI 1.1', capaian: '10.00' }],
        },
      ],
    });
    expect(warnings).toEqual([]);
    expect(readings).toEqual([]);
  });

  it('hanyaUtama averages only the utama RHK', () => {
    const base = skp([95], [10]);
    const [utama, tambahan] = base.rencanaHasilKerja;
    if (!utama || !tambahan) throw new Error('fixture');
    const s2 = { rencanaHasilKerja: [utama, { ...tambahan, jenis: 'TAMBAHAN' as const }] };
    expect(run({ skp: s2, ratingPerilaku: S }).out).toMatchObject({ rating: { hasilKerja: B } });
    const rs = withParam('saranHasilKerja', {
      ...permenpanrb_6_2022.params.saranHasilKerja.value,
      hanyaUtama: true,
    });
    expect(run({ skp: s2, ratingPerilaku: S }, { rs }).out).toMatchObject({
      rating: { hasilKerja: A },
    });
  });

  it.each<[string, Partial<AppraisalInput>, Pmk6Ruleset | undefined, string, (string | number)[]]>([
    ['no SKP', {}, undefined, 'RATING_HASIL_KERJA_MISSING', ['ratingHasilKerja']],
    [
      'qualitative SKP',
      { skp: { ...skp([100]), pendekatan: 'KUALITATIF' } },
      undefined,
      'RATING_HASIL_KERJA_MISSING',
      ['ratingHasilKerja'],
    ],
    [
      'heuristic disabled',
      { skp: skp([100]) },
      withParam('saranHasilKerja', {
        ...permenpanrb_6_2022.params.saranHasilKerja.value,
        aktif: false,
      }),
      'RATING_HASIL_KERJA_MISSING',
      ['ratingHasilKerja'],
    ],
  ])('%s and no rating → issue', (_n, input, rs, code, path) => {
    const { out } = run({ ...input, ratingPerilaku: S }, rs ? { rs } : {});
    expect(out).toMatchObject({ ok: false, issues: [{ code, path }] });
    if (!out.ok) {
      expect(out.issues[0]?.message.id).toMatch(/tidak dapat disarankan/);
      expect(out.issues[0]?.message.en).toMatch(/none can be suggested/);
    }
  });

  it('reports IKI problems with their paths', () => {
    const s = skp([100, 100]);
    const iki0 = s.rencanaHasilKerja[0]?.indikator[0];
    const iki1 = s.rencanaHasilKerja[0]?.indikator[1];
    if (!iki0 || !iki1) throw new Error('fixture');
    const bad = {
      rencanaHasilKerja: [
        {
          ...s.rencanaHasilKerja[0],
          indikator: [
            { ...iki0, realisasi: null },
            { ...iki1, jenis: 'kustom' },
          ],
        },
      ],
    };
    const { out } = run({ skp: bad as never, ratingPerilaku: S });
    expect(out).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'REALISASI_MISSING',
          path: ['skp', 'rencanaHasilKerja', 0, 'indikator', 0, 'realisasi'],
        },
        {
          code: 'UNKNOWN_INDICATOR_TYPE',
          path: ['skp', 'rencanaHasilKerja', 0, 'indikator', 1, 'jenis'],
        },
      ],
    });
  });
});

describe('pmk6Regime — suggested rating perilaku from the seven BerAKHLAK values', () => {
  it.each<[string, Rating[], Rating]>([
    ['4 of 7 Di Atas', [A, A, A, A, S, S, S], A],
    ['3 of 7 Di Atas', [A, A, A, S, S, S, S], S],
    ['all Sesuai', [S, S, S, S, S, S, S], S],
    ['6 Di Atas and one Di Bawah', [A, A, A, A, A, A, B], B],
    ['all Di Atas', [A, A, A, A, A, A, A], A],
  ])('%s → %s', (_n, rs, expected) => {
    const { out, warnings, readings, steps } = run({
      ratingHasilKerja: S,
      perilaku: { penilaian: [atasan(values(...rs))] },
    });
    expect(out).toMatchObject({
      ok: true,
      rating: { perilaku: expected, sumber: { perilaku: 'SARAN_HEURISTIK' } },
    });
    expect(warnings).toMatchObject([{ code: 'RATING_SUGGESTED', rule: 'pmk6.saran.perilaku' }]);
    expect(readings).toEqual(expect.arrayContaining(['bobotPenilai', 'saranPerilaku']));
    expect(readings).not.toContain('gabunganPenilai');
    expect(steps.map((s) => s.rule)).toEqual([
      'pmk6.ratingHasilKerja.penilai',
      'pmk6.perilaku.nilaiDasar',
      'pmk6.saran.perilaku',
      'pmk6.predikat.matriks',
    ]);
    expect(steps[2]).toMatchObject({
      kind: 'reading',
      parameter: { name: 'saranPerilaku', isDefault: true },
    });
  });

  it('ignores peers by default (atasan only) and reports values no weighted rater rated', () => {
    const { out } = run({
      ratingHasilKerja: S,
      perilaku: { penilaian: [atasan(all(A), 'REKAN_KERJA')] },
    });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues).toHaveLength(7);
    expect(out.issues[0]).toMatchObject({
      code: 'PERILAKU_VALUE_MISSING',
      path: ['perilaku', 'penilaian'],
    });
  });

  it('reports a missing core value, an unknown key and a numeric score with paths', () => {
    const partial = { ...all(S) } as Record<string, unknown>;
    delete partial.LOYAL;
    expect(
      run({ ratingHasilKerja: S, perilaku: { penilaian: [atasan(partial)] } }).out,
    ).toMatchObject({
      ok: false,
      issues: [{ code: 'PERILAKU_VALUE_MISSING', params: { nilai: 'LOYAL' } }],
    });
    const bad = { ...all(S), INTEGRITAS: S, AKUNTABEL: 90 };
    expect(run({ ratingHasilKerja: S, perilaku: { penilaian: [atasan(bad)] } }).out).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'PERILAKU_SCORE_NOT_RATING',
          path: ['perilaku', 'penilaian', 0, 'nilai', 'AKUNTABEL'],
        },
        {
          code: 'PERILAKU_UNKNOWN_VALUE',
          path: ['perilaku', 'penilaian', 0, 'nilai', 'INTEGRITAS'],
        },
      ],
    });
  });

  it('no rating and no value ratings → issue at ratingPerilaku', () => {
    expect(run({ ratingHasilKerja: S }).out).toMatchObject({
      ok: false,
      issues: [{ code: 'RATING_PERILAKU_MISSING', path: ['ratingPerilaku'] }],
    });
  });

  it('both ratings missing → both issues at once', () => {
    const { out } = run({});
    expect(out.ok === false && out.issues.map((i) => i.code)).toEqual([
      'RATING_HASIL_KERJA_MISSING',
      'RATING_PERILAKU_MISSING',
    ]);
  });

  describe('several raters (agency weights)', () => {
    const weights = (atasanBp: number, rekanBp: number) => ({
      ATASAN: atasanBp,
      REKAN_KERJA: rekanBp,
      BAWAHAN: 0,
      MASYARAKAT: 0,
      DIRI_SENDIRI: 0,
    });
    const perilaku = (a: Rating, r: Rating[]) => ({
      penilaian: [atasan(all(a)), ...r.map((x) => atasan(all(x), 'REKAN_KERJA'))],
    });

    it.each<[string, number, number, Rating, Rating[], Rating]>([
      ['50/50 Di Atas + Sesuai: mean 2.5 is a tie, stays Sesuai', 5000, 5000, A, [S], S],
      ['60/40 Di Atas + Sesuai: mean 2.6 → Di Atas', 6000, 4000, A, [S], A],
      ['50/50 Di Bawah + Sesuai: mean 1.5 stays Sesuai', 5000, 5000, B, [S], S],
      ['60/40 Di Bawah + Sesuai: mean 1.4 → Di Bawah', 6000, 4000, B, [S], B],
      ['peers averaged within their role first', 5000, 5000, A, [A, A, B], A],
    ])('RATA_RATA_ORDINAL: %s', (_n, wa, wr, a, r, expected) => {
      const rs = withParam('bobotPenilai', weights(wa, wr));
      const { out, readings } = run({ ratingHasilKerja: S, perilaku: perilaku(a, r) }, { rs });
      expect(out).toMatchObject({ ok: true });
      expect(
        out.ok && (out.rincian as { nilaiDasar: Record<string, Rating> }).nilaiDasar.LOYAL,
      ).toBe(expected);
      expect(readings).toContain('gabunganPenilai');
    });

    it.each<[string, number, number, Rating, Rating[], Rating]>([
      ['atasan 60 % outweighs one peer', 6000, 4000, B, [A], B],
      ['an exact tie between Di Atas and Di Bawah → Sesuai', 5000, 5000, A, [B], S],
      ['two peers split 20/20 lose to the atasan 60', 6000, 4000, A, [B, S], A],
    ])('MAYORITAS_TERTIMBANG: %s', (_n, wa, wr, a, r, expected) => {
      const rs = withParam(
        'gabunganPenilai',
        'MAYORITAS_TERTIMBANG',
        withParam('bobotPenilai', weights(wa, wr)),
      );
      const { out } = run({ ratingHasilKerja: S, perilaku: perilaku(a, r) }, { rs });
      expect(
        out.ok && (out.rincian as { nilaiDasar: Record<string, Rating> }).nilaiDasar.KOLABORATIF,
      ).toBe(expected);
    });
  });
});

describe('pmk6Regime — properties', () => {
  const rating = fc.constantFrom(...RATINGS);
  const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

  it('never throws on any combination of ratings, head-of-unit flags and value ratings', () => {
    fc.assert(
      fc.property(
        maybe(rating),
        maybe(rating),
        maybe(fc.boolean()),
        maybe(fc.constantFrom(...PREDIKAT_ORGANISASI)),
        maybe(
          fc.array(
            fc.tuple(
              fc.constantFrom('ATASAN', 'REKAN_KERJA'),
              fc.array(maybe(rating), { minLength: 7, maxLength: 7 }),
            ),
            { maxLength: 3 },
          ),
        ),
        (h, p, kepalaUnit, org, raters) => {
          const penilaian = raters?.map(([peran, rs]) =>
            atasan(
              Object.fromEntries(BERAKHLAK.flatMap((v, i) => (rs[i] ? [[v, rs[i]]] : []))),
              peran,
            ),
          );
          const { out } = run({
            ratingHasilKerja: h,
            ratingPerilaku: p,
            kepalaUnit,
            predikatOrganisasi: org,
            ...(penilaian ? { perilaku: { penilaian } } : {}),
          });
          if (out.ok) expect(out.predikat.scale).toBe('PMK6');
          else expect(out.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  // Capaian near the heuristic's edges: exactly 65/90, a hair either side, and random values.
  const capaian = fc.oneof(
    fc.constantFrom(
      '65',
      '90',
      '64.99',
      '65.01',
      '89.99',
      '90.01',
      '115',
      '115.01',
      '114.99',
      '100',
      '0',
    ),
    fc.integer({ min: 0, max: 20000 }).map((n) => (n / 100).toFixed(2)),
    fc.double({ min: 0, max: 200, noNaN: true }),
  );

  it('float fast path equals the decimal reference or refuses (Undecidable)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(capaian, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
        (c) => {
          const input = { skp: skp(...c), ratingPerilaku: S };
          const dec = run(input, { trace: false }).out;
          let flt: RegimeOutcome;
          try {
            flt = run(input, { c: floatCalculator as Calculator<unknown>, trace: false }).out;
          } catch (e) {
            expect(e).toBeInstanceOf(Undecidable);
            return;
          }
          expect(flt).toEqual(dec);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the suggestion is monotone: raising one IKI never lowers the suggested rating', () => {
    const rank = { [B]: 0, [S]: 1, [A]: 2 } as const;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 15000 }), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.integer({ min: 0, max: 5000 }),
        (xs, k, bump) => {
          const i = k % xs.length;
          const ys = xs.map((x, j) => (j === i ? x + bump : x));
          const toS = (v: number[]) => skp(v.map((x) => (x / 100).toFixed(2)));
          const r1 = run({ skp: toS(xs), ratingPerilaku: S }, { trace: false }).out;
          const r2 = run({ skp: toS(ys), ratingPerilaku: S }, { trace: false }).out;
          if (!r1.ok || !r2.ok || !r1.rating || !r2.rating) throw new Error('expected ok');
          expect(rank[r2.rating.hasilKerja]).toBeGreaterThanOrEqual(rank[r1.rating.hasilKerja]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
