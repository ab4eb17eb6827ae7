// The TSDoc examples of the public consequence API, pinned so the documentation cannot rot.
import { describe, expect, it } from 'vitest';
import { decimalCalculator } from '../arith/decimal.js';
import { ref } from '../ruleset/legal.js';
import {
  AK_FORMULA_REF,
  angkaKredit,
  applyTukin,
  CONSEQUENCE_MESSAGES,
  computeAngkaKredit,
  PREDIKAT_ORDINAL,
  perbkn_3_2023,
  predikatOrdinal,
  promotionEligibility,
  type TukinPolicy,
  toPredikatPegawai,
  tukinBakamla2023,
  tukinKlhBplh2025,
} from './index.js';

describe('@kinerja/core/consequences TSDoc examples', () => {
  it('package entry', () => {
    expect(angkaKredit({ predikat: 'SANGAT_BAIK', jenjang: 'AHLI_PERTAMA' })).toMatchObject({
      nilai: '18.75',
    });
    expect(
      promotionEligibility(
        [
          { tahun: 2023, predikat: 'BAIK' },
          { tahun: 2024, predikat: 'BAIK' },
        ],
        { asOf: '2025-04-01' },
      ),
    ).toMatchObject({ eligible: true });
    expect(
      applyTukin(tukinBakamla2023, { predikat: 'KURANG', tunjanganDasar: 5_000_000 }),
    ).toMatchObject({
      dibayar: '4950000',
    });
  });

  it('rulesets, helpers and messages', () => {
    expect(perbkn_3_2023.params.kebutuhan.value.AHLI_MUDA).toEqual({
      pangkat: '100',
      jenjang: '200',
    });
    expect(AK_FORMULA_REF.status).toBe('CONFIRMED-2');
    expect(
      computeAngkaKredit(decimalCalculator, 2, '100', '12.5', { dp: 2, mode: 'HALF_UP' }).reported,
    ).toBe('2.08');
    expect(PREDIKAT_ORDINAL.CUKUP).toBe(PREDIKAT_ORDINAL.BUTUH_PERBAIKAN);
    expect(predikatOrdinal('B')).toBeUndefined();
    expect(toPredikatPegawai('CUKUP')).toBe('BUTUH_PERBAIKAN');
    expect(toPredikatPegawai('BURUK')).toBeUndefined();
    expect(CONSEQUENCE_MESSAGES.text('BULAN_INVALID', { value: '13' }).id).toBe(
      'Jumlah bulan harus bilangan bulat 1–12 (diterima 13)',
    );
    expect(
      applyTukin(tukinKlhBplh2025, { predikat: 'BUTUH_PERBAIKAN', tunjanganDasar: 3_000_000 }),
    ).toMatchObject({
      dibayar: '2700000',
    });
  });

  it('a custom agency tukin policy', () => {
    const pemda: TukinPolicy = {
      id: 'contoh-pemda',
      instansi: 'Pemerintah Kabupaten Contoh',
      period: 'BULANAN',
      appliesTo: 'BULAN_SAMA',
      byPredikat: {
        SANGAT_BAIK: { kind: 'POTONGAN', persen: '0' },
        BAIK: { kind: 'POTONGAN', persen: '0' },
        BUTUH_PERBAIKAN: { kind: 'POTONGAN', persen: '5' },
        KURANG: { kind: 'POTONGAN', persen: '10' },
        SANGAT_KURANG: { kind: 'POTONGAN', persen: '20' },
      },
      ref: ref('Perbup Contoh 1/2024', 'CONFIRMED', 'Pasal 7'),
    };
    expect(applyTukin(pemda, { predikat: 'KURANG', tunjanganDasar: 4_000_000 })).toMatchObject({
      dibayar: '3600000',
    });
  });
});
