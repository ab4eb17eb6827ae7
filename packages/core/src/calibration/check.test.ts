import { describe, expect, it } from 'vitest';
import { PREDIKAT_ORGANISASI, type PredikatOrganisasi } from '../codes.js';
import { evaluate } from '../evaluate/evaluate.js';
import { checkDistribution } from './check.js';
import { extendGuidance, se_menpanrb_3_2023 } from './guidance.js';

const HEADCOUNTS = [1, 2, 3, 7, 10, 37, 500] as const;
// floor(0.7h), ceil(0.6h), floor(0.1h), ceil(0.1h) — written out, not computed
const MAX70 = { 1: 0, 2: 1, 3: 2, 7: 4, 10: 7, 37: 25, 500: 350 } as const;
const MIN60 = { 1: 1, 2: 2, 3: 2, 7: 5, 10: 6, 37: 23, 500: 300 } as const;
const MAX10 = { 1: 0, 2: 0, 3: 0, 7: 0, 10: 1, 37: 3, 500: 50 } as const;
const MIN10 = { 1: 1, 2: 1, 3: 1, 7: 1, 10: 1, 37: 4, 500: 50 } as const;

type H = (typeof HEADCOUNTS)[number];
const EXPECTED: Record<PredikatOrganisasi, (h: H) => Record<string, [number, number]>> = {
  ISTIMEWA: (h) => ({ 'se3.istimewa.sb.sebagianBesar.max': [0, MAX70[h]] }),
  BAIK: (h) => ({
    'se3.baik.baik.sebagianBesar.max': [0, MAX70[h]],
    'se3.baik.bpKurang.harusAda': [1, h],
  }),
  BUTUH_PERBAIKAN: (h) => ({
    'se3.butuhPerbaikan.bp.min60': [MIN60[h], h],
    'se3.butuhPerbaikan.sb.max10': [0, MAX10[h]],
  }),
  KURANG: (h) => ({
    'se3.kurang.kurang.min60': [MIN60[h], h],
    'se3.kurang.bp.min10': [MIN10[h], h],
    'se3.kurang.sb.max10': [0, MAX10[h]],
  }),
  SANGAT_KURANG: (h) => ({
    'se3.sangatKurang.sk.min60': [MIN60[h], h],
    'se3.sangatKurang.kurangBp.min10': [MIN10[h], h],
    'se3.sangatKurang.sb.nol': [0, 0],
  }),
};
// whether ANY distribution of h people meets the guidance (default readings)
const FEASIBLE: Record<PredikatOrganisasi, readonly H[]> = {
  ISTIMEWA: [2, 3, 7, 10, 37, 500],
  BAIK: [2, 3, 7, 10, 37, 500],
  BUTUH_PERBAIKAN: [1, 2, 3, 7, 10, 37, 500],
  KURANG: [3, 7, 10, 37, 500],
  SANGAT_KURANG: [3, 7, 10, 37, 500],
};

describe('checkDistribution — every organisation predikat × team sizes 1, 2, 3, 7, 10, 37, 500', () => {
  for (const org of PREDIKAT_ORGANISASI) {
    it.each(HEADCOUNTS)(`${org}, h = %i: allowed intervals and feasibility`, (h) => {
      const r = checkDistribution({ BAIK: h }, org);
      expect(r.ok).toBe(true);
      const check = r.check;
      if (!check) throw new Error('no check');
      expect(check.headcount).toBe(h);
      for (const [id, [min, max]] of Object.entries(EXPECTED[org](h))) {
        const rule = check.rules.find((x) => x.id === id);
        expect(rule, id).toBeDefined();
        expect(rule?.allowed, `${org} ${id} h=${h}`).toEqual({ min, max });
        const actual = rule?.actual ?? -1;
        expect(rule?.status).toBe(actual < min ? 'BELOW' : actual > max ? 'ABOVE' : 'OK');
      }
      expect(check.feasibleAtHeadcount).toBe(FEASIBLE[org].includes(h));
    });
  }
});

describe('checkDistribution — guidance ranges (SuccessFactors style)', () => {
  it('gives add/remove ranges and an advisory verdict', () => {
    const r = checkDistribution({ SANGAT_BAIK: 1, BAIK: 9 }, 'BAIK');
    expect(r.ok).toBe(true);
    const rules = Object.fromEntries((r.check?.rules ?? []).map((x) => [x.id, x]));
    expect(rules['se3.baik.baik.sebagianBesar.max']?.action).toEqual({
      type: 'REMOVE',
      min: 2,
      max: 9,
    });
    expect(rules['se3.baik.bpKurang.harusAda']?.action).toEqual({ type: 'ADD', min: 1, max: 10 });
    expect(rules['se3.baik.baik.sebagianBesar.modus']?.status).toBe('OK');
    expect(r.check?.verdict).toBe('TIDAK_MEMENUHI');
    expect(r.check?.mode).toBe('ADVISORY');
    expect(r.check?.modeRef.note).toContain('pertimbangan bagi pimpinan');
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['RULE_VIOLATED', 'warning'],
      ['RULE_VIOLATED', 'warning'],
    ]);
    expect(rules['se3.baik.baik.sebagianBesar.max']?.message).toEqual({
      id: 'Baik maksimal 70%: diizinkan 0–7 dari 10, aktual 9 → kurangi 2–9 orang',
      en: 'Baik at most 70%: allowed 0–7 of 10, actual 9 → remove 2–9 people',
    });
  });

  it('records one trace step per rule, marking readings and their parameters', () => {
    const r = checkDistribution({ SANGAT_BAIK: 1, BAIK: 9 }, 'BAIK');
    const steps = r.check?.trace ?? [];
    expect(steps.map((x) => [x.rule, x.kind, x.parameter?.name])).toEqual([
      ['calibration.distribution.se3.baik.baik.sebagianBesar.max', 'quotation', undefined],
      ['calibration.distribution.se3.baik.baik.sebagianBesar.modus', 'reading', 'sebagianBesar'],
      ['calibration.distribution.se3.baik.bpKurang.harusAda', 'reading', 'harusAda'],
    ]);
    expect(steps[0]?.output).toEqual({ allowed: { min: 0, max: 7 }, actual: 9, status: 'ABOVE' });
    expect(steps[0]?.ref.regulation).toBe('SE MenPANRB 3/2023');
    expect(JSON.parse(JSON.stringify(steps))).toEqual(steps);
  });

  it('enforce: true turns violations into errors and ok: false', () => {
    const r = checkDistribution({ BAIK: 10 }, 'BAIK', { enforce: true });
    expect(r.ok).toBe(false);
    expect(r.check?.blocking).toBe(true);
    expect(r.issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('a compliant team passes', () => {
    const r = checkDistribution(
      { SANGAT_BAIK: 2, BAIK: 6, BUTUH_PERBAIKAN: 1, KURANG: 1 },
      'BAIK',
      {
        enforce: true,
      },
    );
    expect(r.ok).toBe(true);
    expect(r.check?.verdict).toBe('MEMENUHI');
    expect(r.issues).toEqual([]);
  });

  it('the modal reading: Istimewa needs Sangat Baik to be the largest group', () => {
    const r = checkDistribution({ SANGAT_BAIK: 3, BAIK: 7 }, 'ISTIMEWA');
    const modal = r.check?.rules.find((x) => x.kind === 'MODAL');
    expect(modal?.status).toBe('BELOW');
    expect(modal?.action).toEqual({ type: 'ADD', min: 2, max: 7 });
    // MAKS_SAJA drops the modal rule
    const g = extendGuidance(se_menpanrb_3_2023, {
      id: 'contoh',
      params: { sebagianBesar: { cara: 'MAKS_SAJA', seriBoleh: true } },
    });
    const r2 = checkDistribution({ SANGAT_BAIK: 3, BAIK: 7 }, 'ISTIMEWA', { guidance: g });
    expect(r2.check?.verdict).toBe('MEMENUHI');
    const w = r2.check?.warnings.find((x) => x.code === 'READING_USED');
    expect(w).toBeUndefined(); // ≤ 70 % alone uses no reading at h = 10 (7 is whole)
  });

  it('MAKS_DAN_MAYORITAS reads "sebagian besar" as more than half', () => {
    const g = extendGuidance(se_menpanrb_3_2023, {
      id: 'contoh',
      params: { sebagianBesar: { cara: 'MAKS_DAN_MAYORITAS', seriBoleh: true } },
    });
    const r = checkDistribution({ SANGAT_BAIK: 5, BAIK: 5 }, 'ISTIMEWA', { guidance: g });
    const maj = r.check?.rules.find((x) => x.id.endsWith('.mayoritas'));
    expect(maj?.allowed).toEqual({ min: 6, max: 10 });
    expect(maj?.readings.map((x) => [x.name, x.isDefault])).toEqual([['sebagianBesar', false]]);
  });

  it('the "dan/atau" reading: combined (default) or each', () => {
    const counts = { SANGAT_KURANG: 8, KURANG: 2 };
    expect(checkDistribution(counts, 'SANGAT_KURANG').check?.verdict).toBe('MEMENUHI');
    const g = extendGuidance(se_menpanrb_3_2023, { id: 'x', params: { danAtau: 'MASING_MASING' } });
    const r = checkDistribution(counts, 'SANGAT_KURANG', { guidance: g });
    expect(r.check?.rules.map((x) => [x.id, x.status])).toEqual([
      ['se3.sangatKurang.sk.min60', 'OK'],
      ['se3.sangatKurang.kurangBp.min10.KURANG', 'OK'],
      ['se3.sangatKurang.kurangBp.min10.BUTUH_PERBAIKAN', 'BELOW'],
      ['se3.sangatKurang.sb.nol', 'OK'],
    ]);
  });

  it('no Sangat Baik under Sangat Kurang, and readings are reported', () => {
    const r = checkDistribution({ SANGAT_KURANG: 7, KURANG: 2, SANGAT_BAIK: 1 }, 'SANGAT_KURANG');
    const sb = r.check?.rules.find((x) => x.id === 'se3.sangatKurang.sb.nol');
    expect(sb?.allowed).toEqual({ min: 0, max: 0 });
    expect(sb?.action).toEqual({ type: 'REMOVE', min: 1, max: 1 });
    expect(sb?.ruleKind).toBe('quotation');
    const names = r.check?.warnings.map((w) => w.message.en);
    expect(names).toContain('A reading (not a quotation) was used: danAtau = "GABUNGAN"');
  });

  it('small teams: LONGGAR rounds maxima up and minima down, NASIHAT never blocks', () => {
    const longgar = extendGuidance(se_menpanrb_3_2023, {
      id: 'x',
      params: { timKecil: { ambang: 10, perlakuan: 'LONGGAR' } },
    });
    const r = checkDistribution({ SANGAT_BAIK: 1, BUTUH_PERBAIKAN: 6 }, 'BUTUH_PERBAIKAN', {
      guidance: longgar,
    });
    expect(r.check?.rules.map((x) => x.allowed)).toEqual([
      { min: 4, max: 7 },
      { min: 0, max: 1 },
    ]);
    expect(r.check?.verdict).toBe('MEMENUHI');
    const nasihat = extendGuidance(se_menpanrb_3_2023, {
      id: 'y',
      params: { timKecil: { ambang: 10, perlakuan: 'NASIHAT' } },
    });
    const r2 = checkDistribution({ BAIK: 3 }, 'BAIK', { guidance: nasihat, enforce: true });
    expect(r2.ok).toBe(true);
    expect(r2.check?.mode).toBe('ADVISORY');
    expect(r2.check?.warnings.map((w) => w.code)).toContain('SMALL_TEAM');
  });
});

describe('agency guidelines', () => {
  const counts = { SANGAT_BAIK: 2, BAIK: 5, BUTUH_PERBAIKAN: 2, KURANG: 1 };
  it.each([
    [{ op: '=', bp: 2000 }, { min: 2, max: 2 }, 'OK'],
    [{ op: '<', bp: 2000 }, { min: 0, max: 1 }, 'ABOVE'],
    [{ op: '<=', bp: 2000 }, { min: 0, max: 2 }, 'OK'],
    [{ op: '>', bp: 2000 }, { min: 3, max: 10 }, 'BELOW'],
    [{ op: '>=', bp: 1500 }, { min: 2, max: 10 }, 'OK'],
    [{ op: 'between', bp: [2500, 4000] }, { min: 3, max: 4 }, 'BELOW'],
  ] as const)('Sangat Baik %j → %j %s', (g, allowed, status) => {
    const r = checkDistribution(counts, 'BAIK', {
      guidelines: [{ id: 'agency.sb', kind: 'SHARE', bins: ['SANGAT_BAIK'], ...g }],
    });
    const rule = r.check?.rules.find((x) => x.id === 'agency.sb');
    expect(rule?.allowed).toEqual(allowed);
    expect(rule?.status).toBe(status);
    expect(rule?.origin).toBe('AGENCY');
  });

  it('quota edges in integers: 7 % and 29 % of 100 people (float gives 8 and 28)', () => {
    const r = checkDistribution({ BAIK: 100 }, 'BAIK', {
      guidelines: [
        { id: 'min7', kind: 'SHARE', bins: ['SANGAT_BAIK'], op: '>=', bp: 700 },
        { id: 'max29', kind: 'SHARE', bins: ['BUTUH_PERBAIKAN'], op: '<=', bp: 2900 },
      ],
    });
    const by = Object.fromEntries((r.check?.rules ?? []).map((x) => [x.id, x.allowed]));
    expect(by.min7).toEqual({ min: 7, max: 100 });
    expect(by.max29).toEqual({ min: 0, max: 29 });
  });

  it('groups of bins and counts', () => {
    const r = checkDistribution(counts, 'BAIK', {
      guidelines: [
        { id: 'top', kind: 'SHARE', bins: ['SANGAT_BAIK', 'BAIK'], op: '<=', bp: 6000 },
        { id: 'k', kind: 'COUNT', bins: ['KURANG'], op: '<=', n: 0 },
      ],
    });
    const top = r.check?.rules.find((x) => x.id === 'top');
    expect([top?.actual, top?.allowed, top?.status]).toEqual([7, { min: 0, max: 6 }, 'ABOVE']);
    expect(r.check?.rules.find((x) => x.id === 'k')?.action).toEqual({
      type: 'REMOVE',
      min: 1,
      max: 1,
    });
  });

  it('invalid guidelines are issues', () => {
    const r = checkDistribution(counts, 'BAIK', {
      guidelines: [
        { id: 'a', kind: 'SHARE', bins: ['SANGAT_BAIK'], op: 'between', bp: 2000 },
        { id: 'b', kind: 'SHARE', bins: ['HEBAT'], op: '<', bp: 2000 },
        { id: 'c', kind: 'SHARE', bins: ['BAIK'], op: '<', bp: 20000 },
      ],
    });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.path.slice(0, 2))).toEqual([
      ['guidelines', 0],
      ['guidelines', 1],
      ['guidelines', 2],
    ]);
  });
});

describe('input', () => {
  it('accepts evaluate() results and plain objects together', () => {
    const ev = evaluate({
      pegawai: { nip: '198703122010011002', nama: 'Siti', jabatan: { jenis: 'PELAKSANA' } },
      periode: { jenis: 'TAHUNAN', mulai: '2023-01-01', selesai: '2023-12-31' },
      ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
      ratingPerilaku: 'SESUAI_EKSPEKTASI',
    });
    const r = checkDistribution([ev, { nip: 'X', predikat: 'BUTUH_PERBAIKAN' }], 'BAIK');
    expect(r.check?.counts).toEqual({
      SANGAT_BAIK: 0,
      BAIK: 1,
      BUTUH_PERBAIKAN: 1,
      KURANG: 0,
      SANGAT_KURANG: 0,
    });
  });

  it('invalid input gives issues, never throws', () => {
    expect(checkDistribution({ BAIK: -1 }, 'BAIK').ok).toBe(false);
    expect(checkDistribution({ BAIK: 1 }, 'HEBAT').issues[0]?.code).toBe('UNKNOWN_ORG_PREDIKAT');
    const r = checkDistribution(
      [
        { nip: 'A', predikat: 'BAIK' },
        { nip: 'A', predikat: 'BAIK' },
        { nip: 'B', predikat: 'MANTAP' },
        null,
        {
          nip: 'C',
          predikat: 'SANGAT_BAIK',
          ratingHasilKerja: 'SESUAI_EKSPEKTASI',
          ratingPerilaku: 'SESUAI_EKSPEKTASI',
        },
      ],
      'BAIK',
    );
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path[0]])).toEqual([
      ['DUPLICATE_NIP', 1],
      ['INVALID_VALUE', 2],
      ['INVALID_TYPE', 3],
      ['RATING_PREDIKAT_MISMATCH', 4],
    ]);
    const failed = evaluate({ pegawai: {} });
    expect(checkDistribution([failed], 'BAIK').issues[0]?.code).toBe('RESULT_NOT_OK');
  });

  it('an empty team meets every rule', () => {
    const r = checkDistribution([], 'KURANG');
    expect(r.check?.verdict).toBe('MEMENUHI');
    expect(r.check?.feasibleAtHeadcount).toBe(true);
  });
});
