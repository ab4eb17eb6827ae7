import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Undecidable } from '../arith/calculator.js';
import { decimalCalculator } from '../arith/decimal.js';
import { floatCalculator } from '../arith/float.js';
import type { PredikatPegawai } from '../codes.js';
import { periode } from '../model/periode.js';
import {
  type AngkaKreditRuleset,
  angkaKredit,
  angkaKreditProgress,
  computeAngkaKredit,
  JENJANG_JF,
  type JenjangJf,
  perbkn_3_2023,
} from './angkaKredit.js';

describe('angkaKredit — PerBKN 3/2023 worked examples', () => {
  it('Ahli Pertama, Sangat Baik, one year → 150 % × 12.5 = 18.75', () => {
    const r = angkaKredit({ predikat: 'SANGAT_BAIK', jenjang: 'AHLI_PERTAMA' });
    expect(r).toMatchObject({
      ok: true,
      nilai: '18.75',
      bulan: 12,
      persen: '150',
      koefisien: '12.5',
      warnings: [],
    });
    if (!r.ok) return;
    expect(r.trace.map((s) => s.rule)).toEqual([
      'perbkn3.ak.persenPredikat',
      'perbkn3.ak.koefisien',
      'perbkn3.ak.rumus',
    ]);
    expect(r.trace[2]).toMatchObject({
      ref: { regulation: 'PerBKN 3/2023', status: 'CONFIRMED-2' },
      output: '18.75',
    });
    expect(r.trace[2]?.explanation?.id).toBe(
      'AK = (12/12) × 150% × 12.5 = 18.75 → dibulatkan 2 desimal = 18.75.',
    );
  });

  it('Ahli Pertama, Baik, 2 months → 2/12 × 100 % × 12.5 = 2.08', () => {
    const r = angkaKredit({ predikat: 'BAIK', jenjang: 'AHLI_PERTAMA', bulan: 2 });
    expect(r).toMatchObject({ ok: true, nilai: '2.08' });
    expect(r.ok && r.trace[2]?.explanation?.en).toContain('= 2.08333');
  });

  it.each<[PredikatPegawai | 'CUKUP', JenjangJf, number, string]>([
    ['SANGAT_BAIK', 'AHLI_PERTAMA', 12, '18.75'],
    ['BAIK', 'AHLI_PERTAMA', 12, '12.50'],
    ['BUTUH_PERBAIKAN', 'AHLI_PERTAMA', 12, '9.38'], // 9.375 half-up
    ['CUKUP', 'AHLI_PERTAMA', 12, '9.38'], // PP 30 synonym
    ['KURANG', 'AHLI_PERTAMA', 12, '6.25'],
    ['SANGAT_KURANG', 'AHLI_PERTAMA', 12, '3.13'], // 3.125 half-up
    ['BAIK', 'AHLI_MADYA', 12, '37.50'],
    ['SANGAT_BAIK', 'AHLI_MADYA', 6, '28.13'], // 28.125
    ['BAIK', 'AHLI_PERTAMA', 1, '1.04'], // 1.041666…
    ['SANGAT_KURANG', 'AHLI_PERTAMA', 1, '0.26'], // 0.2604…
  ])('%s, %s, %i months → %s', (predikat, jenjang, bulan, nilai) => {
    expect(angkaKredit({ predikat, jenjang, bulan })).toMatchObject({ ok: true, nilai });
  });

  it('reads the months from a period', () => {
    expect(
      angkaKredit({
        predikat: 'BAIK',
        jenjang: 'AHLI_PERTAMA',
        periode: periode.triwulan(2024, 2),
      }),
    ).toMatchObject({
      ok: true,
      bulan: 3,
      nilai: '3.13',
    });
    expect(
      angkaKredit({
        predikat: 'BAIK',
        jenjang: 'AHLI_PERTAMA',
        periode: periode.tahunan(2024),
        bulan: 12,
      }),
    ).toMatchObject({
      ok: true,
      nilai: '12.50',
    });
  });

  it('an UNCERTAIN koefisien is used with a warning and marked as a reading', () => {
    const r = angkaKredit({ predikat: 'BAIK', jenjang: 'AHLI_MUDA' });
    expect(r).toMatchObject({
      ok: true,
      nilai: '25.00',
      warnings: [{ code: 'KOEFISIEN_UNCERTAIN', path: ['jenjang'] }],
    });
    expect(r.ok && r.trace[1]).toMatchObject({
      kind: 'reading',
      parameter: { name: 'koefisien.AHLI_MUDA', value: '25', isDefault: true },
    });
    for (const j of JENJANG_JF) {
      const w = angkaKredit({ predikat: 'BAIK', jenjang: j });
      const confirmed = j === 'AHLI_PERTAMA' || j === 'AHLI_MADYA';
      expect(w.ok && w.warnings.length).toBe(confirmed ? 0 : 1);
    }
  });
});

describe('angkaKredit — invalid input gives issues, never a 100 % fallback', () => {
  it.each<[string, Record<string, unknown>, string, (string | number)[]]>([
    [
      'unknown predikat',
      { predikat: 'B', jenjang: 'AHLI_PERTAMA' },
      'UNKNOWN_PREDIKAT',
      ['predikat'],
    ],
    [
      'PP 46 sebutan',
      { predikat: 'BURUK', jenjang: 'AHLI_PERTAMA' },
      'UNKNOWN_PREDIKAT',
      ['predikat'],
    ],
    ['missing predikat', { jenjang: 'AHLI_PERTAMA' }, 'UNKNOWN_PREDIKAT', ['predikat']],
    [
      'prototype key',
      { predikat: 'constructor', jenjang: 'AHLI_PERTAMA' },
      'UNKNOWN_PREDIKAT',
      ['predikat'],
    ],
    [
      'JPT has no koefisien',
      { predikat: 'BAIK', jenjang: 'JPT_MADYA' },
      'UNKNOWN_JENJANG',
      ['jenjang'],
    ],
    [
      '0 months',
      { predikat: 'BAIK', jenjang: 'AHLI_PERTAMA', bulan: 0 },
      'BULAN_INVALID',
      ['bulan'],
    ],
    [
      '13 months',
      { predikat: 'BAIK', jenjang: 'AHLI_PERTAMA', bulan: 13 },
      'BULAN_INVALID',
      ['bulan'],
    ],
    [
      '1.5 months',
      { predikat: 'BAIK', jenjang: 'AHLI_PERTAMA', bulan: 1.5 },
      'BULAN_INVALID',
      ['bulan'],
    ],
    [
      'string months',
      { predikat: 'BAIK', jenjang: 'AHLI_PERTAMA', bulan: '2' },
      'BULAN_INVALID',
      ['bulan'],
    ],
    [
      'months ≠ period',
      { predikat: 'BAIK', jenjang: 'AHLI_PERTAMA', bulan: 2, periode: periode.triwulan(2024, 1) },
      'BULAN_PERIODE_MISMATCH',
      ['bulan'],
    ],
    [
      'period shorter than a month',
      {
        predikat: 'BAIK',
        jenjang: 'AHLI_PERTAMA',
        periode: { jenis: 'BULANAN', mulai: '2024-01-01', selesai: '2024-01-20' },
      },
      'BULAN_INVALID',
      ['periode'],
    ],
    [
      'invalid period',
      {
        predikat: 'BAIK',
        jenjang: 'AHLI_PERTAMA',
        periode: { jenis: 'BULANAN', mulai: '2024-02-30', selesai: '2024-03-01' },
      },
      'DATE_FORMAT',
      ['periode', 'mulai'],
    ],
  ])('%s → %s', (_n, input, code, path) => {
    const r = angkaKredit(input as never);
    expect(r).toMatchObject({ ok: false, issues: [{ code, path }] });
    if (!r.ok) {
      expect(r.issues[0]?.message.id.length).toBeGreaterThan(0);
      expect(r.issues[0]?.message.en.length).toBeGreaterThan(0);
    }
  });

  it('does not throw on null input or a broken agency ruleset', () => {
    expect(angkaKredit(null as never).ok).toBe(false);
    const broken: AngkaKreditRuleset = {
      ...perbkn_3_2023,
      params: {
        ...perbkn_3_2023.params,
        persenPredikat: {
          ...perbkn_3_2023.params.persenPredikat,
          value: { ...perbkn_3_2023.params.persenPredikat.value, BAIK: '1,5' },
        },
      },
    };
    expect(
      angkaKredit({ predikat: 'BAIK', jenjang: 'AHLI_PERTAMA', ruleset: broken }),
    ).toMatchObject({
      ok: false,
      issues: [
        { code: 'NOT_A_NUMBER', path: ['ruleset', 'params', 'persenPredikat', 'value', 'BAIK'] },
      ],
    });
  });
});

describe('angkaKredit — properties', () => {
  const pct = fc.constantFrom('150', '100', '75', '50', '25');
  const koef = fc.constantFrom('12.5', '25', '37.5', '50', '3.75', '5');

  it('float fast path equals the decimal reference or refuses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), pct, koef, (b, p, k) => {
        const r = { dp: 2, mode: 'HALF_UP' as const };
        const dec = computeAngkaKredit(decimalCalculator, b, p, k, r).reported;
        try {
          expect(computeAngkaKredit(floatCalculator, b, p, k, r).reported).toBe(dec);
        } catch (e) {
          if (!(e instanceof Undecidable)) throw e;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is monotone in months and in predikat, and 12 months of Baik equals the koefisien', () => {
    const order: PredikatPegawai[] = [
      'SANGAT_KURANG',
      'KURANG',
      'BUTUH_PERBAIKAN',
      'BAIK',
      'SANGAT_BAIK',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...JENJANG_JF),
        (b, i, j) => {
          const v = (p: PredikatPegawai, m: number) => {
            const r = angkaKredit({ predikat: p, jenjang: j, bulan: m });
            if (!r.ok) throw new Error('expected ok');
            return Number(r.nilai);
          };
          const p = order[i] as PredikatPegawai;
          expect(v(p, b + 1)).toBeGreaterThanOrEqual(v(p, b));
          expect(v(order[i + 1] as PredikatPegawai, b)).toBeGreaterThanOrEqual(v(p, b));
          expect(v('BAIK', 12)).toBe(Number(perbkn_3_2023.params.koefisien[j].value));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('angkaKreditProgress — AK accumulated vs needed (CONFIRMED-2 table)', () => {
  it('sums the periods exactly and reports what is missing', () => {
    const r = angkaKreditProgress({
      jenjang: 'AHLI_PERTAMA',
      tujuan: 'PANGKAT',
      akumulasi: ['18.75', '12.5', '12.5'],
    });
    expect(r).toMatchObject({
      ok: true,
      terkumpul: '43.75',
      dibutuhkan: '50',
      kekurangan: '6.25',
      terpenuhi: false,
    });
    expect(r.ok && r.trace[0]).toMatchObject({
      rule: 'perbkn3.ak.kebutuhan',
      ref: { status: 'CONFIRMED-2' },
    });
  });

  it('exactly the requirement is met (no float drift: 0.1 × 500 periods)', () => {
    expect(
      angkaKreditProgress({
        jenjang: 'AHLI_PERTAMA',
        tujuan: 'PANGKAT',
        akumulasi: Array(500).fill(0.1),
      }),
    ).toMatchObject({ ok: true, terkumpul: '50.00', kekurangan: '0.00', terpenuhi: true });
  });

  it.each<[JenjangJf, 'PANGKAT' | 'JENJANG', string]>([
    ['AHLI_PERTAMA', 'JENJANG', '100'],
    ['AHLI_MUDA', 'PANGKAT', '100'],
    ['AHLI_MUDA', 'JENJANG', '200'],
    ['AHLI_MADYA', 'PANGKAT', '150'],
    ['AHLI_MADYA', 'JENJANG', '450'],
    ['AHLI_UTAMA', 'PANGKAT', '200'],
    ['TERAMPIL', 'PANGKAT', '50'],
    ['TERAMPIL', 'JENJANG', '100'],
    ['MAHIR', 'PANGKAT', '20'],
    ['MAHIR', 'JENJANG', '60'],
    ['PEMULA', 'PANGKAT', '15'],
    ['PEMULA', 'JENJANG', '15'],
  ])('%s %s needs %s', (jenjang, tujuan, need) => {
    expect(angkaKreditProgress({ jenjang, tujuan, akumulasi: 0 })).toMatchObject({
      ok: true,
      dibutuhkan: need,
      terpenuhi: false,
    });
    expect(angkaKreditProgress({ jenjang, tujuan, akumulasi: need })).toMatchObject({
      ok: true,
      terpenuhi: true,
      kekurangan: '0.00',
    });
  });

  it.each<[string, Record<string, unknown>, string, (string | number)[]]>([
    [
      'Ahli Utama has no jenjang requirement',
      { jenjang: 'AHLI_UTAMA', tujuan: 'JENJANG', akumulasi: 10 },
      'NO_REQUIREMENT',
      ['jenjang'],
    ],
    [
      'Penyelia is not in the table',
      { jenjang: 'PENYELIA', tujuan: 'PANGKAT', akumulasi: 10 },
      'NO_REQUIREMENT',
      ['jenjang'],
    ],
    [
      'negative AK',
      { jenjang: 'AHLI_PERTAMA', tujuan: 'PANGKAT', akumulasi: [5, -1] },
      'NEGATIVE_VALUE',
      ['akumulasi', 1],
    ],
    [
      'comma decimal',
      { jenjang: 'AHLI_PERTAMA', tujuan: 'PANGKAT', akumulasi: '12,5' },
      'NOT_A_NUMBER',
      ['akumulasi'],
    ],
    [
      'unknown tujuan',
      { jenjang: 'AHLI_PERTAMA', tujuan: 'GOLONGAN', akumulasi: 1 },
      'UNKNOWN_TUJUAN',
      ['tujuan'],
    ],
    [
      'unknown jenjang',
      { jenjang: 'AHLI', tujuan: 'PANGKAT', akumulasi: 1 },
      'UNKNOWN_JENJANG',
      ['jenjang'],
    ],
  ])('%s → %s', (_n, input, code, path) => {
    expect(angkaKreditProgress(input as never)).toMatchObject({
      ok: false,
      issues: [{ code, path }],
    });
  });
});
