import { describe, expect, it } from 'vitest';
import { decimalCalculator as c } from '../../arith/decimal.js';
import { aspekPerilakuPp46, nilaiPerilakuPp46, type PerlakuanKepemimpinan } from './perilaku.js';
import { pp46_2011 } from './ruleset.js';

const P = pp46_2011.params;
const OFF = {
  ...P,
  kepemimpinanHanyaStruktural: {
    ...P.kepemimpinanHanyaStruktural,
    value: false,
    overriddenBy: 'x',
  },
};

describe('aspekPerilakuPp46 (kepemimpinan, UNCERTAIN)', () => {
  it.each([
    // reading, struktural, kepemimpinan given → aspects, treatment, reading mattered
    ['on', true, true, 6, 'DIHITUNG', false],
    ['on', true, false, 6, 'WAJIB_TIDAK_ADA', true],
    ['on', false, true, 5, 'DIABAIKAN', true],
    ['on', false, false, 5, 'TIDAK_ADA', false],
    ['off', true, true, 6, 'DIHITUNG', false],
    ['off', true, false, 5, 'TIDAK_ADA', true],
    ['off', false, true, 6, 'DIHITUNG', true],
    ['off', false, false, 5, 'TIDAK_ADA', false],
  ] as [string, boolean, boolean, number, PerlakuanKepemimpinan, boolean][])(
    'reading %s, struktural=%s, given=%s → %i aspects, %s, mattered=%s',
    (reading, struktural, given, n, treatment, mattered) => {
      const r = aspekPerilakuPp46(struktural, given, reading === 'on' ? P : OFF);
      expect(r.aspek).toHaveLength(n);
      expect(r.aspek.includes('KEPEMIMPINAN')).toBe(n === 6);
      expect(r.kepemimpinan).toBe(treatment);
      expect(r.readingDipakai).toBe(mattered);
    },
  );
});

describe('nilaiPerilakuPp46: mean of the aspects assessed', () => {
  const v = (x: number) => c.from(x);
  const five = {
    ORIENTASI_PELAYANAN: v(80),
    INTEGRITAS: v(85),
    KOMITMEN: v(75),
    DISIPLIN: v(90),
    KERJA_SAMA: v(70),
  };
  it('five aspects: 400 / 5 = 80', () => {
    const r = nilaiPerilakuPp46(c, five, [
      'ORIENTASI_PELAYANAN',
      'INTEGRITAS',
      'KOMITMEN',
      'DISIPLIN',
      'KERJA_SAMA',
    ]);
    expect(c.toString(r.jumlah)).toBe('400');
    expect(c.toString(r.rataRata)).toBe('80');
  });
  it('six aspects with kepemimpinan: 486 / 6 = 81', () => {
    const r = nilaiPerilakuPp46(c, { ...five, KEPEMIMPINAN: v(86) }, [
      'ORIENTASI_PELAYANAN',
      'INTEGRITAS',
      'KOMITMEN',
      'DISIPLIN',
      'KERJA_SAMA',
      'KEPEMIMPINAN',
    ]);
    expect(c.toString(r.rataRata)).toBe('81');
  });
});
