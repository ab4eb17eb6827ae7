import { describe, expect, it } from 'vitest';
import { pmk6Appraisal, pp30Appraisal, pp46Appraisal } from '../../test/fixtures.js';
import { LABELS, PREDIKAT_PEGAWAI, PREDIKAT_PP30, RATINGS, SEBUTAN_PP46 } from '../codes.js';
import { evaluate } from '../evaluate/evaluate.js';
import {
  flagsPp46,
  NO_NILAI,
  predikatPmk6,
  predikatPp30,
  predikatPp46,
  ratingValue,
} from './values.js';

describe('shared result values', () => {
  it.each([
    ['PP46', SEBUTAN_PP46, predikatPp46, LABELS.sebutanPp46],
    ['PP30', PREDIKAT_PP30, predikatPp30, LABELS.predikatPp30],
    ['PMK6', PREDIKAT_PEGAWAI, predikatPmk6, LABELS.predikatPegawai],
  ] as const)(
    '%s: one frozen predikat per code, with the regulation label',
    (scale, codes, of, labels) => {
      for (const code of codes) {
        const v = (of as (c: string) => ReturnType<typeof of>)(code);
        expect(v).toEqual({ code, scale, label: (labels as Record<string, unknown>)[code] });
        expect(Object.isFrozen(v)).toBe(true);
        expect(Object.isFrozen(v.label)).toBe(true);
        expect((of as (c: string) => unknown)(code)).toBe(v);
      }
    },
  );

  it('a code outside the scale keeps its code and scale, without a label (as before)', () => {
    const v = predikatPp46('ISTIMEWA' as never);
    expect(v).toEqual({ code: 'ISTIMEWA', scale: 'PP46', label: undefined });
    expect(predikatPp30('toString' as never).code).toBe('toString');
    expect(predikatPmk6('__proto__' as never).scale).toBe('PMK6');
  });

  it('the labels table is frozen all the way down', () => {
    expect(Object.isFrozen(LABELS)).toBe(true);
    for (const group of Object.values(LABELS)) {
      expect(Object.isFrozen(group)).toBe(true);
      for (const text of Object.values(group)) expect(Object.isFrozen(text)).toBe(true);
    }
  });

  it('a rating value is shared per ratings and sources, and frozen with its sources', () => {
    for (const h of RATINGS) {
      for (const p of RATINGS) {
        const v = ratingValue(h, p, 'PENILAI', 'KEPALA_UNIT');
        expect(v).toEqual({
          hasilKerja: h,
          perilaku: p,
          sumber: { hasilKerja: 'PENILAI', perilaku: 'KEPALA_UNIT' },
        });
        expect(ratingValue(h, p, 'PENILAI', 'KEPALA_UNIT')).toBe(v);
        expect(ratingValue(h, p, 'PENILAI', 'PENILAI')).not.toBe(v);
        expect(Object.isFrozen(v) && Object.isFrozen(v.sumber)).toBe(true);
      }
    }
  });

  it('PP 46 flags and the empty nilai are frozen and shared', () => {
    expect(flagsPp46(true)).toEqual({ hukumanDisiplin: true });
    expect(flagsPp46(false)).toEqual({ hukumanDisiplin: false });
    expect(flagsPp46(true)).toBe(flagsPp46(true));
    expect(Object.isFrozen(flagsPp46(false)) && Object.isFrozen(NO_NILAI)).toBe(true);
  });
});

describe('results share their small values', () => {
  it.each([
    ['PP 46/2011', pp46Appraisal, 'auto'],
    ['PP 46/2011 on decimal.js', pp46Appraisal, 'decimal'],
    ['PP 30/2019', pp30Appraisal, 'auto'],
    ['PermenPANRB 6/2022', pmk6Appraisal, 'auto'],
    ['PermenPANRB 6/2022 with trace', pmk6Appraisal, 'decimal'],
  ] as const)(
    '%s: two results with the same predikat share it; changing it in place throws',
    (_, input, backend) => {
      const a = evaluate({ ...input, id: 'a' }, { backend, trace: backend === 'decimal' });
      const b = evaluate({ ...input, id: 'b' }, { backend, trace: false });
      expect(a.ok && b.ok).toBe(true);
      expect(a.predikat).toBe(b.predikat);
      if (a.rating !== undefined) expect(a.rating).toBe(b.rating);
      if (a.flags !== undefined) expect(a.flags).toBe(b.flags);
      const predikat = a.predikat as { code: string };
      expect(() => {
        predikat.code = 'SANGAT_BAIK_SEKALI';
      }).toThrow(TypeError);
      expect(b.predikat?.code).not.toBe('SANGAT_BAIK_SEKALI');
      // A copy is an ordinary value, equal to the result and free to change.
      const copy = structuredClone(a);
      expect(copy).toEqual(a);
      (copy.predikat as { code: string }).code = 'X';
      expect(a.predikat?.code).not.toBe('X');
    },
  );
});
