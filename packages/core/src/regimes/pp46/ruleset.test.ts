import { describe, expect, it } from 'vitest';
import { safeExtendRuleset, validateRuleset } from '../../ruleset/extend.js';
import type { RuleStatus } from '../../ruleset/legal.js';
import type { Pp46Params } from './params.js';
import { pp46_2011 } from './ruleset.js';

describe('pp46_2011 ruleset', () => {
  it('identity, dates and legal basis', () => {
    expect(pp46_2011).toMatchObject({
      id: 'pp46-2011',
      version: '1.0.0',
      regime: 'PP46_2011',
      effective: { from: '2014-01-01', to: '2020-12-31' },
      indicatorTypes: ['standar'],
      rounding: { value: { dp: 2, mode: 'HALF_UP' }, ref: { status: 'UNCERTAIN' } },
    });
    expect(pp46_2011.legalBasis.map((r) => r.regulation)).toEqual([
      'PP 46/2011',
      'Perka BKN 1/2013',
    ]);
    expect(pp46_2011.legalBasis.some((r) => r.note?.includes('2021'))).toBe(true);
    expect(pp46_2011.title.id).toContain('PP 46/2011');
  });

  it.each([
    ['bobot', { SKP: 6000, PERILAKU: 4000 }, 'CONFIRMED-2'],
    ['nilaiTertimbang', '1.76', 'CONFIRMED-2'],
    ['batasEfisiensi', '24', 'CONFIRMED-2'],
    ['basisCabang2', '76', 'CONFIRMED-2'],
    ['clampNegatif', true, 'UNCERTAIN'],
    ['batasAtasKuantitasKualitas', null, 'UNCERTAIN'],
    ['realisasiNolSemuaNol', true, 'CONFIRMED-2'],
    ['targetNolDikecualikan', true, 'UNCERTAIN'],
    [
      'tugasTambahan',
      [
        { min: 0, nilai: '0' },
        { min: 1, nilai: '1' },
        { min: 4, nilai: '2' },
        { min: 7, nilai: '3' },
      ],
      'CONFIRMED-2',
    ],
    ['kreativitas', { UNIT_KERJA: '3', ORGANISASI: '6', NEGARA: '12' }, 'UNCERTAIN'],
    ['kreativitasAgregasi', 'MAX', 'UNCERTAIN'],
    ['kepemimpinanHanyaStruktural', true, 'UNCERTAIN'],
    ['nilaiPerilakuMaks', '100', 'CONFIRMED'],
    [
      'sebutan',
      [
        { code: 'SANGAT_BAIK', min: '91' },
        { code: 'BAIK', min: '76' },
        { code: 'CUKUP', min: '61' },
        { code: 'KURANG', min: '51' },
        { code: 'BURUK', min: null },
      ],
      'CONFIRMED-2',
    ],
    ['batasSebutan', 'LOWER_INCLUSIVE', 'UNCERTAIN'],
    ['batasHukdis', '50', 'CONFIRMED-2'],
    [
      'bobotPenilai',
      { ATASAN: 10000, REKAN_KERJA: 0, BAWAHAN: 0, MASYARAKAT: 0, DIRI_SENDIRI: 0 },
      'CONFIRMED',
    ],
  ] as [keyof Pp46Params, unknown, RuleStatus][])('%s = %j (%s)', (name, value, status) => {
    const p = pp46_2011.params[name];
    expect(p.value).toEqual(value);
    expect(p.ref.status).toBe(status);
    expect(p.ref.regulation).toMatch(/PP 46\/2011|Perka BKN 1\/2013|Permensos 5\/2012/);
    expect(p.description?.id.length).toBeGreaterThan(0);
    expect(p.description?.en.length).toBeGreaterThan(0);
    expect(p.overriddenBy).toBeUndefined();
  });

  it('every parameter has a legal reference with a source or an explanatory note', () => {
    for (const [name, p] of Object.entries(pp46_2011.params)) {
      expect(p.ref.article, name).toBeTruthy();
      expect(p.ref.source ?? p.ref.note, name).toBeTruthy();
    }
  });

  it('passes the shared ruleset validation and can be extended by an agency', () => {
    expect(validateRuleset(pp46_2011)).toEqual([]);
    const r = safeExtendRuleset(pp46_2011, {
      id: 'pemkab-contoh-pp46',
      agency: 'Pemkab Contoh',
      params: { batasAtasKuantitasKualitas: { value: '100' } },
    });
    expect(r.ok && r.ruleset.params.batasAtasKuantitasKualitas).toMatchObject({
      value: '100',
      overriddenBy: 'Pemkab Contoh',
    });
  });

  it('serialises to JSON and back exactly', () => {
    expect(JSON.parse(JSON.stringify(pp46_2011))).toEqual(pp46_2011);
  });
});
