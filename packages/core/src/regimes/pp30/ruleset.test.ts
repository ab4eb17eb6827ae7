import { describe, expect, it } from 'vitest';
import { safeExtendRuleset } from '../../ruleset/extend.js';
import { LegalRefSchema } from '../../ruleset/legal.js';
import { permenpanrb_8_2021 } from './ruleset.js';

const rs = permenpanrb_8_2021;
const P = rs.params;

describe('permenpanrb_8_2021 ruleset', () => {
  it('identity, dates and rounding', () => {
    expect(rs).toMatchObject({
      id: 'permenpanrb-8-2021',
      version: '1.0.0',
      regime: 'PP30_2019',
      effective: { from: '2021-01-01', to: '2021-12-31' },
      indicatorTypes: ['standar'],
    });
    expect(rs.rounding.value).toEqual({ dp: 2, mode: 'HALF_UP' });
    expect(rs.legalBasis.map((r) => `${r.regulation} ${r.article}`)).toEqual([
      'PP 30/2019 Pasal 41',
      'PermenPANRB 8/2021 Lampiran hlm. 99, 101, 110 dan 363 (salinan flipbook)',
    ]);
  });

  it('serialises to JSON and back exactly (decimal strings, no functions)', () => {
    expect(JSON.parse(JSON.stringify(rs))).toEqual(rs);
  });

  it('every reference is a valid LegalRef; params have bilingual descriptions', () => {
    for (const [name, p] of Object.entries(P)) {
      expect(LegalRefSchema.safeParse(p.ref).success, name).toBe(true);
      expect(p.description?.id, name).toBeTruthy();
      expect(p.description?.en, name).toBeTruthy();
    }
    for (const band of P.bandCapaian.value)
      expect(LegalRefSchema.safeParse(band.ref).success).toBe(true);
  });

  it('statuses follow regulations.md §2 and §6', () => {
    const status = Object.fromEntries(Object.entries(P).map(([k, p]) => [k, p.ref.status]));
    expect(status).toEqual({
      bobotTanpa360: 'CONFIRMED',
      bobotDengan360: 'CONFIRMED',
      mode360: 'UNCERTAIN',
      bandCapaian: 'CONFIRMED-2',
      modeCelahCapaian: 'UNCERTAIN',
      nilaiTargetMaksimal: 'CONFIRMED',
      batasBawahNilai: 'UNCERTAIN',
      batasNilai: 'CONFIRMED-2',
      agregasiRencana: 'UNCERTAIN',
      poinRencana: 'UNCERTAIN',
      kategoriRencana: 'UNCERTAIN',
      bonusTambahan: 'UNCERTAIN',
      predikat: 'CONFIRMED-2',
      batasPredikat: 'UNCERTAIN',
      nilaiMaks: 'CONFIRMED',
      bobotPenilai: 'UNCERTAIN',
    });
    expect(P.bobotTanpa360.ref.article).toBe('Pasal 41 ayat (2) huruf a dan ayat (3)');
    expect(P.bobotDengan360.ref.article).toBe('Pasal 41 ayat (2) huruf b dan ayat (4)');
    expect(P.nilaiTargetMaksimal.ref.article).toBe('Lampiran hlm. 101 huruf i');
  });

  it('capaian bands: per-band statuses from the spec table', () => {
    expect(
      P.bandCapaian.value.map((b) => [b.kategori, b.from, b.to, b.ref.status, b.ref.article]),
    ).toEqual([
      ['SANGAT_BAIK', '110', null, 'CONFIRMED', 'Lampiran hlm. 101 huruf h'],
      [
        'SANGAT_BAIK',
        '100',
        '110',
        'CONFIRMED-2',
        'Lampiran hlm. 100 (rumus Sangat Baik 101%–110%)',
      ],
      [
        'BAIK',
        '100',
        '100',
        'CONFIRMED',
        'Lampiran hlm. 363 (contoh: capaian 100%, Baik, nilai 109)',
      ],
      ['CUKUP', '80', '100', 'CONFIRMED', 'Lampiran hlm. 101 huruf e'],
      ['KURANG', '60', '80', 'CONFIRMED', 'Lampiran hlm. 101 huruf f'],
      ['SANGAT_KURANG', null, '60', 'CONFIRMED', 'Lampiran hlm. 101 huruf g'],
    ]);
  });

  it('spec defaults', () => {
    expect(P.bobotTanpa360.value).toEqual({ SKP: 7000, PERILAKU: 3000 });
    expect(P.bobotDengan360.value).toEqual({ SKP: 6000, PERILAKU: 4000 });
    expect(P.mode360.value).toBe('AUTO');
    expect(P.modeCelahCapaian.value).toBe('HALF_OPEN');
    expect(P.agregasiRencana.value).toBe('MEAN');
    expect(P.bonusTambahan.value).toEqual({
      SANGAT_BAIK: '2.4',
      BAIK: '1.6',
      CUKUP: '1',
      KURANG: '0.5',
      SANGAT_KURANG: '0.1',
    });
    expect(P.poinRencana.value.poin).toEqual({
      SANGAT_BAIK: 16,
      BAIK: 13,
      CUKUP: 8,
      KURANG: 3,
      SANGAT_KURANG: 1,
    });
    expect(P.predikat.value.map((b) => [b.code, b.min])).toEqual([
      ['SANGAT_BAIK', '110'],
      ['BAIK', '90'],
      ['CUKUP', '70'],
      ['KURANG', '50'],
      ['SANGAT_KURANG', null],
    ]);
    expect(P.bobotPenilai.value).toEqual({
      ATASAN: 10000,
      REKAN_KERJA: 0,
      BAWAHAN: 0,
      MASYARAKAT: 0,
      DIRI_SENDIRI: 0,
    });
  });

  it('an agency can restate every parameter unchanged (the shapes pass extension checks)', () => {
    const params = Object.fromEntries(Object.entries(P).map(([k, p]) => [k, { value: p.value }]));
    const r = safeExtendRuleset(rs, { id: 'contoh-pp30', agency: 'Pemkab Contoh', params });
    expect(r.ok ? [] : r.issues.map((i) => `${i.code} @ ${i.path.join('.')}`)).toEqual([]);
  });
});
