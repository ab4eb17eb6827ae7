import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKAT_PEGAWAI, type PredikatPegawai } from '../codes.js';
import {
  applyTukin,
  TUKIN_PRESETS,
  type TukinPolicy,
  tukinBakamla2023,
  tukinKementan2025,
  tukinKlhBplh2025,
  tukinKlhk2024,
} from './tukin.js';

describe('tukin presets — agency regulations (CONFIRMED), on a 10 000 000 tunjangan', () => {
  it.each<[TukinPolicy, Record<PredikatPegawai, string>]>([
    [
      tukinKlhk2024,
      {
        SANGAT_BAIK: '10000000',
        BAIK: '10000000',
        BUTUH_PERBAIKAN: '9000000',
        KURANG: '8500000',
        SANGAT_KURANG: '8000000',
      },
    ],
    [
      tukinBakamla2023,
      {
        SANGAT_BAIK: '10000000',
        BAIK: '10000000',
        BUTUH_PERBAIKAN: '10000000',
        KURANG: '9900000',
        SANGAT_KURANG: '9800000',
      },
    ],
    [
      tukinKlhBplh2025,
      {
        SANGAT_BAIK: '10000000',
        BAIK: '10000000',
        BUTUH_PERBAIKAN: '9000000',
        KURANG: '8500000',
        SANGAT_KURANG: '8000000',
      },
    ],
  ])('$id', (policy, expected) => {
    expect(policy.ref.status).toBe('CONFIRMED');
    for (const p of PREDIKAT_PEGAWAI) {
      const r = applyTukin(policy, { predikat: p, tunjanganDasar: 10_000_000 });
      expect(r).toMatchObject({
        ok: true,
        dibayar: expected[p],
        appliesTo: policy.appliesTo,
        warnings: [],
      });
      if (!r.ok) continue;
      expect(Number(r.dibayar) + Number(r.potongan)).toBe(10_000_000);
      expect(r.trace.at(-1)).toMatchObject({
        rule: 'tukin.predikat',
        ref: policy.ref,
        kind: 'quotation',
      });
    }
  });

  it('KLHK applies in the following year; Bakamla cuts in the same month', () => {
    expect(tukinKlhk2024).toMatchObject({ period: 'BULANAN', appliesTo: 'TAHUN_BERIKUTNYA' });
    expect(tukinKlhk2024.ref).toMatchObject({
      regulation: 'PermenLHK 6/2024',
      article: 'Pasal 19',
    });
    expect(tukinBakamla2023).toMatchObject({ period: 'BULANAN', appliesTo: 'BULAN_SAMA' });
    expect(tukinBakamla2023.ref).toMatchObject({
      regulation: 'Peraturan Bakamla 1/2023',
      article: 'Pasal 11',
    });
  });

  it('Kementan: 60 % kinerja + 40 % kehadiran split; the predikat table is a labelled placeholder', () => {
    const r = applyTukin(tukinKementan2025, { predikat: 'BAIK', tunjanganDasar: 10_000_000 });
    expect(r).toMatchObject({
      ok: true,
      dibayar: '10000000',
      komponen: { kinerja: '6000000', lainnya: '4000000', kinerjaDibayar: '6000000' },
      warnings: [{ code: 'TUKIN_TABLE_PLACEHOLDER' }],
    });
    expect(r.ok && r.trace.map((s) => [s.rule, s.kind])).toEqual([
      ['tukin.komponen', 'quotation'],
      ['tukin.predikat', 'reading'],
    ]);
    // With an agency table filled in, only the kinerja share is affected.
    const filled: TukinPolicy = {
      ...tukinKementan2025,
      byPredikat: {
        ...tukinKementan2025.byPredikat,
        KURANG: { kind: 'PERSEN_DIBAYAR', persen: '50' },
      },
    };
    expect(applyTukin(filled, { predikat: 'KURANG', tunjanganDasar: 10_000_000 })).toMatchObject({
      ok: true,
      dibayar: '7000000',
      potongan: '3000000',
      persenDibayar: '70',
    });
  });

  it('the presets are examples by id; there is no national default', () => {
    expect(Object.keys(TUKIN_PRESETS).sort()).toEqual([
      'bakamla-perban-1-2023',
      'kementan-permentan-20-2025',
      'klh-bplh-permen-6-2025',
      'klhk-permenlhk-6-2024',
    ]);
    expect(Object.keys(TUKIN_PRESETS)).not.toContain('nasional');
  });
});

describe('applyTukin — exact arithmetic and synonyms', () => {
  it('accepts the PP 30 code CUKUP as Butuh Perbaikan', () => {
    expect(
      applyTukin(tukinKlhk2024, { predikat: 'CUKUP', tunjanganDasar: '7250000' }),
    ).toMatchObject({
      ok: true,
      predikat: 'BUTUH_PERBAIKAN',
      dibayar: '6525000',
      potongan: '725000',
      persenDibayar: '90',
    });
  });

  it('is exact with cents (no float drift)', () => {
    expect(
      applyTukin(tukinKlhk2024, { predikat: 'KURANG', tunjanganDasar: '1234567.89' }),
    ).toMatchObject({
      dibayar: '1049382.7065',
      potongan: '185185.1835',
    });
    expect(applyTukin(tukinBakamla2023, { predikat: 'KURANG', tunjanganDasar: 0.3 })).toMatchObject(
      {
        dibayar: '0.297',
        potongan: '0.003',
      },
    );
  });

  it('explains the rule in both languages', () => {
    const r = applyTukin(tukinBakamla2023, {
      predikat: 'SANGAT_KURANG',
      tunjanganDasar: 5_000_000,
    });
    expect(r.ok && r.trace[0]?.explanation).toEqual({
      id: 'Badan Keamanan Laut: predikat "Sangat Kurang" → dipotong 2% dari 5000000 = 4900000; total dibayar 4900000, potongan 100000 (berlaku pada bulan yang sama).',
      en: 'Badan Keamanan Laut: predikat "Very Poor" → 2% cut of 5000000 = 4900000; total paid 4900000, withheld 100000 (applies in the same month).',
    });
  });

  it.each<[string, TukinPolicy, Record<string, unknown>, string, (string | number)[]]>([
    [
      'unknown predikat',
      tukinKlhk2024,
      { predikat: 'B', tunjanganDasar: 1 },
      'UNKNOWN_PREDIKAT',
      ['predikat'],
    ],
    [
      'negative tunjangan',
      tukinKlhk2024,
      { predikat: 'BAIK', tunjanganDasar: -1 },
      'NEGATIVE_VALUE',
      ['tunjanganDasar'],
    ],
    [
      'thousands separator',
      tukinKlhk2024,
      { predikat: 'BAIK', tunjanganDasar: '1.000.000' },
      'NOT_A_NUMBER',
      ['tunjanganDasar'],
    ],
    [
      'percent above 100',
      {
        ...tukinKlhk2024,
        byPredikat: { ...tukinKlhk2024.byPredikat, BAIK: { kind: 'POTONGAN', persen: '120' } },
      },
      { predikat: 'BAIK', tunjanganDasar: 1 },
      'PERSEN_INVALID',
      ['policy', 'byPredikat', 'BAIK', 'persen'],
    ],
    [
      'a rule without kind',
      {
        ...tukinKlhk2024,
        byPredikat: { ...tukinKlhk2024.byPredikat, BAIK: { persen: '10' } as never },
      },
      { predikat: 'BAIK', tunjanganDasar: 1 },
      'TUKIN_RULE_INVALID',
      ['policy', 'byPredikat', 'BAIK'],
    ],
    [
      'a missing predikat row',
      { ...tukinKlhk2024, byPredikat: { BAIK: { kind: 'POTONGAN', persen: '0' } } as never },
      { predikat: 'KURANG', tunjanganDasar: 1 },
      'TUKIN_RULE_INVALID',
      ['policy', 'byPredikat', 'KURANG'],
    ],
    [
      'a bad kinerja share',
      {
        ...tukinKementan2025,
        komponenKinerja: {
          ...(tukinKementan2025.komponenKinerja as NonNullable<TukinPolicy['komponenKinerja']>),
          persen: 'x',
        },
      },
      { predikat: 'BAIK', tunjanganDasar: 1 },
      'PERSEN_INVALID',
      ['policy', 'komponenKinerja', 'persen'],
    ],
  ])('%s → %s', (_n, policy, input, code, path) => {
    expect(applyTukin(policy, input as never)).toMatchObject({
      ok: false,
      issues: [{ code, path }],
    });
  });

  it('does not throw on null policy or input', () => {
    expect(applyTukin(null as never, null as never).ok).toBe(false);
  });
});

describe('applyTukin — properties', () => {
  const amount = fc.oneof(
    fc.integer({ min: 0, max: 50_000_000 }),
    fc.integer({ min: 0, max: 5_000_000_000 }).map((n) => (n / 100).toFixed(2)),
  );
  const policies = Object.values(TUKIN_PRESETS);

  it('paid + withheld = tunjangan, 0 ≤ paid ≤ tunjangan, and a better predikat never pays less', () => {
    fc.assert(
      fc.property(fc.constantFrom(...policies), amount, (policy, dasar) => {
        let prev = Number.POSITIVE_INFINITY;
        for (const p of PREDIKAT_PEGAWAI) {
          const r = applyTukin(policy, { predikat: p, tunjanganDasar: dasar });
          if (!r.ok) throw new Error('expected ok');
          const paid = Number(r.dibayar);
          expect(paid).toBeGreaterThanOrEqual(0);
          expect(paid).toBeLessThanOrEqual(Number(dasar));
          expect(Math.abs(paid + Number(r.potongan) - Number(dasar))).toBeLessThan(1e-6);
          expect(paid).toBeLessThanOrEqual(prev); // PREDIKAT_PEGAWAI is best first
          prev = paid;
        }
      }),
      { numRuns: 300 },
    );
  });
});
