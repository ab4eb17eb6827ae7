import {
  addToSummary,
  createBatchSummary,
  evaluate,
  evaluateMany,
  extendRuleset,
  formatTrace,
  type IndicatorType,
  loadRuleset,
  rulesetFor,
  rulesets,
  safeExtendRuleset,
  safeLoadRuleset,
  serializeRuleset,
} from '@kinerja/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pegawai, pmk6Appraisal, pp30Appraisal, pp46Appraisal } from './fixtures.js';

describe('evaluate: regime chosen from the period', () => {
  it.each([
    ['2014-12-31', 'pp46-2011'],
    ['2020-12-31', 'pp46-2011'],
    ['2021-06-30', 'permenpanrb-8-2021'],
    ['2021-12-31', 'permenpanrb-8-2021'],
    ['2022-01-01', 'permenpanrb-6-2022'],
    ['2026-12-31', 'permenpanrb-6-2022'],
  ])('%s → %s', (date, id) => {
    expect(rulesetFor(date)?.id).toBe(id);
  });
  it('has no ruleset before PP 46/2011 was applied, and says so', () => {
    expect(rulesetFor('2013-12-31')).toBeUndefined();
    const r = evaluate({
      ...pmk6Appraisal,
      periode: { jenis: 'TAHUNAN', mulai: '2013-01-01', selesai: '2013-12-31' },
    });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'NO_RULESET', path: ['periode', 'selesai'] });
  });
});

describe('evaluate: the three regimes end to end', () => {
  it('PP 46/2011: 100 + 90 + 76 + 76 = 342 / 4 = 85.50; 0.6 × 85.5 + 0.4 × 80 = 83.30 → Baik', () => {
    const r = evaluate(pp46Appraisal);
    expect(r.ok).toBe(true);
    expect(r.ruleset?.id).toBe('pp46-2011');
    expect(r.nilai).toMatchObject({ skp: '85.50', perilaku: '80.00', prestasiKerja: '83.30' });
    expect(r.predikat).toMatchObject({ code: 'BAIK', scale: 'PP46' });
    expect(r.trace[0]?.rule).toBe('ruleset.select');
    expect(r.backend).toBe('decimal');
  });

  it('PP 30/2019 + 8/2021: capaian 98 % → 88 and 107.14 % → 117.94; nilai kinerja with 70/30', () => {
    const r = evaluate(pp30Appraisal);
    expect(r.ok).toBe(true);
    expect(r.ruleset?.id).toBe('permenpanrb-8-2021');
    expect(r.predikat?.scale).toBe('PP30');
    expect(r.nilai?.kinerja).toBeDefined();
  });

  it('PermenPANRB 6/2022: Di Atas × Di Atas → Sangat Baik', () => {
    const r = evaluate(pmk6Appraisal);
    expect(r.predikat).toMatchObject({
      code: 'SANGAT_BAIK',
      scale: 'PMK6',
      label: { id: 'Sangat Baik' },
    });
    expect(r.rating?.sumber).toEqual({ hasilKerja: 'PENILAI', perilaku: 'PENILAI' });
  });

  it('PPPK are appraised under 6/2022 and rejected under the PNS-only regimes', () => {
    const pppk = { ...pegawai, jenisAsn: 'PPPK' as const };
    expect(evaluate({ ...pmk6Appraisal, pegawai: pppk }).ok).toBe(true);
    const r = evaluate({ ...pp46Appraisal, pegawai: pppk });
    expect(r.issues[0]).toMatchObject({ code: 'PPPK_NOT_COVERED', path: ['pegawai', 'jenisAsn'] });
  });

  it('warns when an explicitly chosen ruleset is not in force for the period', () => {
    const r = evaluate(
      {
        ...pp46Appraisal,
        periode: { jenis: 'SEMESTER', mulai: '2021-01-01', selesai: '2021-06-30' },
      },
      { ruleset: 'pp46-2011' },
    );
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('RULESET_NOT_IN_FORCE');
  });
});

describe('evaluate: bad input never throws', () => {
  const garbage: unknown[] = [
    null,
    undefined,
    42,
    'x',
    [],
    {},
    { pegawai: {} },
    { pegawai, periode: 'x' },
  ];
  it.each(garbage.map((g) => [JSON.stringify(g) ?? 'undefined', g]))('%s → issues', (_, g) => {
    const r = evaluate(g);
    expect(r.ok).toBe(false);
    expect(r.issues.length).toBeGreaterThan(0);
    for (const i of r.issues) {
      expect(i.message.id.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
  });

  it('rejects prototype-polluting keys before parsing', () => {
    const r = evaluate(JSON.parse(`{"pegawai":{"__proto__":{"admin":true}},"periode":{}}`));
    expect(r.issues[0]).toMatchObject({ code: 'FORBIDDEN_KEY', path: ['pegawai', '__proto__'] });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('property: arbitrary JSON never throws and always yields issues or a result', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = evaluate(v);
        expect(r.ok || r.issues.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: mutating a valid appraisal never throws', () => {
    const base = JSON.parse(JSON.stringify(pp46Appraisal));
    const paths = [
      ['skp', 'rencanaHasilKerja', 0, 'indikator', 0, 'target'],
      ['skp', 'rencanaHasilKerja', 0, 'indikator', 2, 'realisasi'],
      ['perilaku', 'penilaian', 0, 'nilai', 'KOMITMEN'],
      ['pegawai', 'nip'],
      ['periode', 'selesai'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, v) => {
        const a = structuredClone(base);
        let o = a;
        for (const k of path.slice(0, -1)) o = o[k];
        o[path[path.length - 1] as string] = v;
        const r = evaluate(a);
        expect(r.ok || r.issues.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('fast path equals the decimal reference', () => {
  it('property: float backend (no trace) gives the same values and predikat as decimal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 50, max: 100 }),
        fc.constantFrom(12, 6, 5, 3),
        fc.integer({ min: 0, max: 2400 }).map((x) => x / 100),
        fc.integer({ min: 50, max: 100 }),
        (to, ro, rk, tw, rw, p) => {
          const a = structuredClone(pp46Appraisal) as typeof pp46Appraisal & {
            skp: NonNullable<typeof pp46Appraisal.skp>;
          };
          const ind = a.skp.rencanaHasilKerja[0]!.indikator;
          ind[0]!.target = to;
          ind[0]!.realisasi = ro;
          ind[1]!.realisasi = rk;
          ind[2]!.target = tw;
          ind[2]!.realisasi = rw;
          ind.pop();
          a.perilaku!.penilaian[0]!.nilai.KOMITMEN = p;
          const d = evaluate(a, { trace: false, backend: 'decimal' });
          const f = evaluate(a, { trace: false });
          expect(f.ok).toBe(d.ok);
          expect(f.nilai).toEqual(d.nilai);
          expect(f.predikat).toEqual(d.predikat);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the 24 % efficiency edge: RW = 9.12 of TW = 12 scores 100 on both paths', () => {
    const a = structuredClone(pp46Appraisal) as typeof pp46Appraisal & {
      skp: NonNullable<typeof pp46Appraisal.skp>;
    };
    a.skp.rencanaHasilKerja[0]!.indikator[2]!.realisasi = 9.12;
    for (const backend of ['decimal', 'float', 'auto'] as const) {
      const r = evaluate(a, { trace: false, backend });
      expect(r.rincian).toBeDefined();
      expect(JSON.stringify(r.rincian)).toContain('"100.00"');
    }
  });
});

describe('evaluateMany', () => {
  const rows = [pp46Appraisal, pmk6Appraisal, { bad: true }, pp30Appraisal];
  it('streams results with their input index; counts reconcile', () => {
    const s = createBatchSummary();
    const out = [...evaluateMany(rows)];
    for (const r of out) addToSummary(s, r);
    expect(out.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(s.total).toBe(4);
    expect(s.accepted + s.rejected).toBe(s.total);
    expect(s.rejected).toBe(1);
    expect(out[0]?.trace).toEqual([]);
  });

  it('accepts async iterables', async () => {
    async function* gen() {
      for (const r of rows) yield r;
    }
    const out = [];
    for await (const r of evaluateMany(gen())) out.push(r);
    expect(out.map((r) => r.ok)).toEqual([true, true, false, true]);
  });

  it('property: results do not depend on input order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
        (shuffled) => {
          const key = (r: { id?: string; ok: boolean; predikat?: unknown; nilai?: unknown }) =>
            JSON.stringify([r.id, r.ok, r.predikat, r.nilai]);
          const a = [...evaluateMany(rows)].map(key).sort();
          const b = [...evaluateMany(shuffled)].map(key).sort();
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('rulesets: extend, serialise, load', () => {
  it('round-trips every national ruleset through JSON', () => {
    for (const rs of Object.values(rulesets)) {
      const back = loadRuleset(serializeRuleset(rs));
      expect(back).toEqual(JSON.parse(JSON.stringify(rs)));
      expect(
        evaluate(pmk6Appraisal, {
          ruleset: back.regime === 'PERMENPANRB_6_2022' ? back : undefined,
        }).ok,
      ).toBe(true);
    }
  });

  it('an agency override is validated, recorded and explained', () => {
    const rs = extendRuleset(rulesets['pp46-2011'], {
      id: 'pemkab-contoh-pp46',
      agency: 'Pemkab Contoh',
      params: { clampNegatif: { value: false } },
    });
    expect(rs.params.clampNegatif).toMatchObject({ value: false, overriddenBy: 'Pemkab Contoh' });
    expect(rs.extends).toBe('pp46-2011');
    const r = evaluate(pp46Appraisal, { ruleset: rs });
    expect(r.ruleset).toMatchObject({
      id: 'pemkab-contoh-pp46',
      extends: 'pp46-2011',
      agency: 'Pemkab Contoh',
    });
  });

  it('rejects overrides with the wrong shape, unknown names and weights that do not sum to 100 %', () => {
    const r = safeExtendRuleset(rulesets['pp46-2011'], {
      id: 'x',
      agency: 'X',
      params: {
        clampNegatif: { value: 'ya' },
        tidakAda: { value: 1 },
        bobot: { value: { SKP: 7000, PERILAKU: 4000 } },
      },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code).sort()).toEqual([
      'SHAPE_MISMATCH',
      'UNKNOWN_PARAM',
      'WEIGHTS_SUM',
    ]);
  });

  it('keeps an agency indicator type across serialisation by id', () => {
    const ikm: IndicatorType = {
      id: 'contoh.ikm',
      label: { id: 'Indeks kepuasan masyarakat (1–4)', en: 'Citizen satisfaction index (1–4)' },
      ref: { regulation: 'Perwali Contoh', status: 'UNCERTAIN' },
      capaian: (c, iki) =>
        iki.realisasi
          ? {
              ok: true,
              capaian: c.mul(c.div(c.from(iki.realisasi.jumlah), c.from(4)), c.from(100)),
            }
          : { ok: false, issues: [] },
    };
    const rs = extendRuleset(rulesets['permenpanrb-6-2022'], {
      id: 'pemkot-contoh',
      agency: 'Pemkot Contoh',
      indicatorTypes: [ikm],
    });
    const json = serializeRuleset(rs);
    expect(safeLoadRuleset(json).ok).toBe(false);
    expect(safeLoadRuleset(json, { indicatorTypes: [ikm] }).ok).toBe(true);
  });

  it('rejects prototype-polluting ruleset JSON', () => {
    const r = safeLoadRuleset('{"__proto__":{"x":1}}');
    expect(r.ok).toBe(false);
  });
});

describe('formatTrace', () => {
  it('explains in Bahasa Indonesia by default and in English on request', () => {
    const r = evaluate(pp46Appraisal);
    const id = formatTrace(r);
    const en = formatTrace(r, { locale: 'en' });
    expect(id).toContain('Penjelasan penilaian kinerja');
    expect(id).toContain('Predikat: Baik (BAIK)');
    expect(en).toContain('Performance appraisal explanation');
    expect(en).toContain('PP 46/2011');
  });
  it('lists problems for invalid input', () => {
    const txt = formatTrace(
      evaluate({ pegawai: { ...pegawai, nip: '123' }, periode: pmk6Appraisal.periode }),
      { locale: 'en' },
    );
    expect(txt).toContain('[NIP_FORMAT] pegawai.nip');
  });
});
