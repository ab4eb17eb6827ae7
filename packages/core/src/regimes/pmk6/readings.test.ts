/* The UNCERTAIN_READING warning names where a reading's value comes from. */
import { describe, expect, it } from 'vitest';
import type { Calculator } from '../../arith/calculator.js';
import { evaluate } from '../../evaluate/evaluate.js';
import { t } from '../../i18n/text.js';
import { createStandarIndicator } from '../../indicators/standar.js';
import type { IndicatorType } from '../../indicators/types.js';
import type { AppraisalInput, IkiInput } from '../../model/index.js';
import { extendRuleset, serializeRuleset } from '../../ruleset/extend.js';
import { ref } from '../../ruleset/legal.js';
import type { Ruleset } from '../../ruleset/types.js';
import { permenpanrb_6_2022 } from './ruleset.js';

const inside: IkiInput = {
  aspek: 'KUALITAS',
  indikator: 'Akurasi',
  target: { min: 80, max: 90 },
  realisasi: { jumlah: 85 },
};

function appraisal(iki: IkiInput): AppraisalInput {
  return {
    pegawai: { nip: '199001012015011001', nama: 'Sari', jabatan: { jenis: 'PELAKSANA' } },
    periode: { jenis: 'TAHUNAN', mulai: '2025-01-01', selesai: '2025-12-31' },
    skp: { rencanaHasilKerja: [{ rencanaHasilKerja: 'RHK', indikator: [iki] }] },
    ratingPerilaku: 'SESUAI_EKSPEKTASI',
  };
}

const rentangAtas = createStandarIndicator({ id: 'uji.rentang', dalamRentang: 'BATAS_ATAS' });
/** Reports a reading under a bare name; the engine files it under the type's id. */
const pembulatan: IndicatorType = {
  id: 'uji.bulat',
  label: t('Indikator dibulatkan', 'Rounded indicator'),
  ref: ref('Instansi Uji', 'UNCERTAIN'),
  readings: { 'uji.bulat.pembulatan': { value: 'KE_ATAS', isDefault: true } },
  capaian<T>(c: Calculator<T>, _iki: unknown, ctx: { usedReading?(n: string): void }) {
    ctx.usedReading?.('pembulatan');
    return { ok: true, capaian: c.from(100) };
  },
};
const AGENCY = extendRuleset(permenpanrb_6_2022, {
  id: 'uji-instansi',
  agency: 'Dinas Uji',
  indicatorTypes: [rentangAtas, pembulatan],
  params: {
    saranHasilKerja: {
      value: { ...permenpanrb_6_2022.params.saranHasilKerja.value, diAtasRataRataMin: '105' },
      ref: ref('Perkada Uji', 'UNCERTAIN'),
    },
  },
});
/** The same ruleset as plain JSON data: the ids are listed, no implementation is attached. */
const LOADED = JSON.parse(serializeRuleset(AGENCY)) as Ruleset;

function reading(rs: Ruleset, iki: IkiInput, name: string, types?: IndicatorType[]) {
  const r = evaluate(appraisal(iki), { ruleset: rs, ...(types ? { indicatorTypes: types } : {}) });
  expect(r.ok).toBe(true);
  const w = r.warnings.find((x) => x.code === 'UNCERTAIN_READING' && x.rule === name);
  if (w === undefined) throw new Error(`no reading warning for ${name}`);
  return w.message;
}

describe('UNCERTAIN_READING names the source of the value', () => {
  it.each<[string, Ruleset, IkiInput, string, IndicatorType[] | undefined, string, string]>([
    [
      'national parameter',
      permenpanrb_6_2022,
      inside,
      'saranHasilKerja',
      undefined,
      'nilai bawaan Kinerja dipakai',
      'the Kinerja default was used',
    ],
    [
      'parameter overridden by the agency ruleset',
      AGENCY,
      inside,
      'saranHasilKerja',
      undefined,
      'nilai ditetapkan oleh Dinas Uji dalam ruleset uji-instansi',
      'the value was set by Dinas Uji in ruleset uji-instansi',
    ],
    [
      'default reading of the built-in standar type',
      permenpanrb_6_2022,
      inside,
      'standar.dalamRentang',
      undefined,
      '= "SERATUS" adalah tafsiran (status UNCERTAIN), bukan kutipan peraturan; nilai bawaan Kinerja untuk jenis indikator bawaan "Indikator standar (capaian IKI)" (standar) dipakai',
      'the Kinerja default of the built-in indicator type "Standard indicator (capaian IKI)" (standar) was used',
    ],
    [
      'reading of a type registered by the agency ruleset',
      AGENCY,
      { ...inside, jenis: 'uji.rentang' },
      'uji.rentang.dalamRentang',
      undefined,
      '= "BATAS_ATAS" adalah tafsiran (status UNCERTAIN), bukan kutipan peraturan; nilai ditetapkan oleh jenis indikator "Indikator standar (capaian IKI)" (uji.rentang) dari Dinas Uji (ruleset uji-instansi)',
      'the value was set by the indicator type "Standard indicator (capaian IKI)" (uji.rentang) of Dinas Uji (ruleset uji-instansi)',
    ],
    [
      'reading of a type passed to evaluate',
      LOADED,
      { ...inside, jenis: 'uji.rentang' },
      'uji.rentang.dalamRentang',
      [rentangAtas, pembulatan],
      'nilai ditetapkan oleh jenis indikator "Indikator standar (capaian IKI)" (uji.rentang)',
      'the value was set by the indicator type "Standard indicator (capaian IKI)" (uji.rentang)',
    ],
    [
      'a bare reading name is filed under its type',
      AGENCY,
      { ...inside, jenis: 'uji.bulat' },
      'uji.bulat.pembulatan',
      undefined,
      '"uji.bulat.pembulatan" = "KE_ATAS"',
      'the value was set by the indicator type "Rounded indicator" (uji.bulat) of Dinas Uji (ruleset uji-instansi)',
    ],
  ])('%s', (_name, rs, iki, name, types, id, en) => {
    const m = reading(rs, iki, name, types);
    expect(m.id).toContain(id);
    expect(m.en).toContain(en);
    expect(m.id).not.toContain('Kinerja dipakai; nilai');
    if (!_name.includes('national') && !_name.includes('built-in')) {
      expect(m.id).not.toContain('bawaan Kinerja');
      expect(m.en).not.toContain('Kinerja default');
    }
  });

  it('a type passed to evaluate is not credited to the ruleset’s agency', () => {
    const m = reading(LOADED, { ...inside, jenis: 'uji.rentang' }, 'uji.rentang.dalamRentang', [
      rentangAtas,
      pembulatan,
    ]);
    expect(m.en).not.toContain('Dinas Uji');
  });
});
