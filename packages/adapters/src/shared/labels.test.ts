import { PREDIKAT_PEGAWAI, RATINGS } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { readPredikat, readRating, siasnKuadranCode, siasnRatingCode } from './labels.js';

describe('rating synonyms', () => {
  it.each([
    ['DIATAS ESPEKTASI', 'DI_ATAS_EKSPEKTASI'],
    ['Di Atas Ekspektasi', 'DI_ATAS_EKSPEKTASI'],
    ['diatas', 'DI_ATAS_EKSPEKTASI'],
    ['di atas', 'DI_ATAS_EKSPEKTASI'],
    ['diatas_ekspektasi', 'DI_ATAS_EKSPEKTASI'],
    ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'],
    ['SESUAI ESPEKTASI', 'SESUAI_EKSPEKTASI'],
    ['sesuai', 'SESUAI_EKSPEKTASI'],
    ['DIBAWAH ESPEKTASI', 'DI_BAWAH_EKSPEKTASI'],
    ['di bawah ekspektasi', 'DI_BAWAH_EKSPEKTASI'],
    ['dibawah_ekspektasi', 'DI_BAWAH_EKSPEKTASI'],
  ])('%j → %s', (label, code) => {
    expect(readRating(label)).toEqual({ ok: true, code });
  });

  it('SIASN codes 1–3 with 1 = best, marked as the UNCERTAIN numeric reading', () => {
    expect(RATINGS.map((r) => siasnRatingCode(r))).toEqual([1, 2, 3]);
    for (const [n, code] of [
      [1, 'DI_ATAS_EKSPEKTASI'],
      ['2', 'SESUAI_EKSPEKTASI'],
      [3, 'DI_BAWAH_EKSPEKTASI'],
    ] as const) {
      expect(readRating(n)).toEqual({ ok: true, code, via: 'NUMERIC_RATING_CODE' });
    }
    expect(readRating(0).ok).toBe(false);
    expect(readRating(4).ok).toBe(false);
    expect(readRating('BAGUS').ok).toBe(false);
  });
});

describe('predikat synonyms', () => {
  it.each([
    ['SANGAT BAIK', 'SANGAT_BAIK'],
    ['Baik', 'BAIK'],
    ['BUTUH PERBAIKAN', 'BUTUH_PERBAIKAN'],
    ['butuh_perbaikan', 'BUTUH_PERBAIKAN'],
    ['Kurang', 'KURANG'],
    ['Kurang/Misconduct', 'KURANG'],
    ['Kurang / Misconduct', 'KURANG'],
    ['KURANG/MISCONDUCT', 'KURANG'],
    ['sangat kurang', 'SANGAT_KURANG'],
  ])('%j → %s', (label, code) => {
    expect(readPredikat(label)).toEqual({ ok: true, code });
  });

  it('CUKUP (e-Kinerja Excel) is BUTUH_PERBAIKAN, and the reading is reported', () => {
    expect(readPredikat('CUKUP')).toEqual({
      ok: true,
      code: 'BUTUH_PERBAIKAN',
      via: 'CUKUP_AS_BUTUH_PERBAIKAN',
    });
  });

  it('kuadran codes 1–5 in SIASN order (1 = Sangat Baik)', () => {
    expect(PREDIKAT_PEGAWAI.map((p) => siasnKuadranCode(p))).toEqual([1, 2, 3, 4, 5]);
    expect([1, 2, 3, 4, 5].map((n) => readPredikat(n))).toEqual(
      PREDIKAT_PEGAWAI.map((code) => ({ ok: true, code, via: 'NUMERIC_KUADRAN_CODE' })),
    );
    expect(readPredikat(6).ok).toBe(false);
    expect(readPredikat('ISTIMEWA').ok).toBe(false);
  });
});
