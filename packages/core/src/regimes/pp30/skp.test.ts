import { describe, expect, it } from 'vitest';
import { decimalCalculator as dec } from '../../arith/decimal.js';
import type { PredikatPp30 } from '../../codes.js';
import { withParams } from './fixtures.js';
import { kategoriNilai, nilaiRencana } from './rencana.js';
import { permenpanrb_8_2021 } from './ruleset.js';
import { nilaiSkpJaJf, nilaiSkpJpt } from './skp.js';

const P = permenpanrb_8_2021.params;
const POINTS = withParams({ agregasiRencana: 'POINTS' }).params;
const n = (x: string | number) => dec.from(x);
const f2 = (x: ReturnType<typeof n>) => x.toFixed(2);

describe('nilai rencana (MEAN / POINTS readings)', () => {
  it('MEAN: plain mean of the IKI values', () => {
    const r = nilaiRencana(
      dec,
      [
        { nilai: n(109), kategori: 'BAIK' },
        { nilai: n(109), kategori: 'BAIK' },
        { nilai: n(78), kategori: 'CUKUP' },
      ],
      P,
    );
    expect(r?.cara).toBe('MEAN');
    expect(f2(r?.nilai ?? n(0))).toBe('98.67');
  });

  it('MEAN: weighted by IKI bobot when every IKI has one', () => {
    const r = nilaiRencana(
      dec,
      [
        { nilai: n(120), kategori: 'SANGAT_BAIK', bobot: 2500 },
        { nilai: n(80), kategori: 'CUKUP', bobot: 7500 },
      ],
      P,
    );
    expect(r).toMatchObject({ cara: 'MEAN_BERBOBOT' });
    expect(r?.nilai.toString()).toBe('90');
  });

  it.each([
    [['SANGAT_BAIK', 'SANGAT_BAIK', 'SANGAT_BAIK'], 48, '120'],
    [['SANGAT_BAIK', 'SANGAT_BAIK', 'BAIK'], 45, '120'],
    [['SANGAT_BAIK', 'BAIK', 'BAIK'], 42, '100'],
    [['BAIK', 'BAIK', 'BAIK'], 39, '100'],
    [['BAIK', 'BAIK', 'CUKUP'], 34, '100'],
    [['BAIK', 'CUKUP', 'CUKUP'], 29, '80'],
    [['CUKUP', 'CUKUP', 'KURANG'], 19, '80'],
    [['CUKUP', 'KURANG', 'KURANG'], 14, '60'],
    [['KURANG', 'KURANG', 'SANGAT_KURANG'], 7, '60'],
    [['KURANG', 'SANGAT_KURANG', 'SANGAT_KURANG'], 5, '25'],
  ] as const)('POINTS %j → %i points → %s', (kategori, poin, nilai) => {
    const r = nilaiRencana(
      dec,
      kategori.map((k: PredikatPp30) => ({ nilai: n(0), kategori: k })),
      POINTS,
    );
    expect(r?.poin).toBe(poin);
    expect(r?.nilai.toString()).toBe(nilai);
  });

  it('empty input gives null', () => {
    expect(nilaiRencana(dec, [], P)).toBeNull();
  });

  it.each([
    ['120', 'SANGAT_BAIK'],
    ['110', 'SANGAT_BAIK'],
    ['109.99', 'BAIK'],
    ['90', 'BAIK'],
    ['89.99', 'CUKUP'],
    ['70', 'CUKUP'],
    ['50', 'KURANG'],
    ['49.99', 'SANGAT_KURANG'],
  ])('kategori rencana of nilai %s → %s', (x, k) => {
    expect(kategoriNilai(dec, n(x), P.kategoriRencana.value)).toBe(k);
  });
});

describe('nilai SKP', () => {
  it('JPT: the official example (59.2 + 43.6) + 0 = 102.8 (hlm. 363)', () => {
    // The IKI inputs are reconstructed: RHK 1 (bobot 60 %) with nilai 109, 109, 78 (capaian
    // 100, 100, 88 %) → 98.67; RHK 2 (bobot 40 %) capaian 100 % → 109.
    const s = nilaiSkpJpt(
      dec,
      [
        { jenis: 'UTAMA', nilai: dec.div(n(296), n(3)), kategori: 'BAIK', bobot: 6000 },
        { jenis: 'UTAMA', nilai: n(109), kategori: 'BAIK', bobot: 4000 },
      ],
      P,
    );
    expect(s.perRencana.map((x) => f2(x ?? n(0)))).toEqual(['59.20', '43.60']);
    expect(f2(s.utama)).toBe('102.80');
    expect(f2(s.tambahan)).toBe('0.00');
    expect(f2(s.nilai)).toBe('102.80');
    expect(s.dibatasi).toBe(false);
  });

  it('JPT: tambahan contributes its nilai tertimbang; the total is capped at 120', () => {
    const s = nilaiSkpJpt(
      dec,
      [
        { jenis: 'UTAMA', nilai: n(120), kategori: 'SANGAT_BAIK', bobot: 9000 },
        { jenis: 'TAMBAHAN', nilai: n(120), kategori: 'SANGAT_BAIK', bobot: 1000 },
      ],
      P,
    );
    expect([s.utama.toString(), s.tambahan.toString(), s.nilai.toString()]).toEqual([
      '108',
      '12',
      '120',
    ]);
  });

  it('JA/JF: mean of utama + bonus per tambahan by kategori', () => {
    const s = nilaiSkpJaJf(
      dec,
      [
        { jenis: 'UTAMA', nilai: n(109), kategori: 'BAIK' },
        { jenis: 'UTAMA', nilai: n(88), kategori: 'CUKUP' },
        { jenis: 'TAMBAHAN', nilai: n(115), kategori: 'SANGAT_BAIK' },
        { jenis: 'TAMBAHAN', nilai: n(60), kategori: 'KURANG' },
      ],
      P,
    );
    expect(s?.utama.toString()).toBe('98.5');
    expect(s?.perRencana.map((x) => x?.toString())).toEqual([undefined, undefined, '2.4', '0.5']);
    expect(s?.tambahan.toString()).toBe('2.9');
    expect(s?.nilai.toString()).toBe('101.4');
  });

  it('JA/JF: RHK bobot weights the utama mean when all utama have one', () => {
    const s = nilaiSkpJaJf(
      dec,
      [
        { jenis: 'UTAMA', nilai: n(120), kategori: 'SANGAT_BAIK', bobot: 5000 },
        { jenis: 'UTAMA', nilai: n(60), kategori: 'KURANG', bobot: 5000 },
        { jenis: 'TAMBAHAN', nilai: n(109), kategori: 'BAIK' },
      ],
      P,
    );
    expect(s?.berbobot).toBe(true);
    expect(s?.nilai.toString()).toBe('91.6');
  });

  it('JA/JF: the cap applies after the bonus', () => {
    const s = nilaiSkpJaJf(
      dec,
      [
        { jenis: 'UTAMA', nilai: n(120), kategori: 'SANGAT_BAIK' },
        { jenis: 'TAMBAHAN', nilai: n(120), kategori: 'SANGAT_BAIK' },
      ],
      P,
    );
    expect(s?.sebelumBatas.toString()).toBe('122.4');
    expect(s?.nilai.toString()).toBe('120');
    expect(s?.dibatasi).toBe(true);
  });

  it('JA/JF without utama gives null', () => {
    expect(
      nilaiSkpJaJf(dec, [{ jenis: 'TAMBAHAN', nilai: n(100), kategori: 'BAIK' }], P),
    ).toBeNull();
  });
});
