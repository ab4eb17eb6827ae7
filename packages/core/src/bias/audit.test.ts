import { evaluate } from '@kinerja/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarParts, isCalendarDate, calendarNumber as ymd } from '../model/checks.js';
import { ageBander, ageOn, audit, type Finding } from './audit.js';
import { normal, rng } from './test-utils.js';

interface SimOptions {
  raters?: number;
  teamSize?: number;
  /** Planted lenient rater: shift in SD units for rater 0. */
  lenient?: number;
  /** Planted group gap: shift in SD units for women (P). */
  gap?: number;
}

const GOL = ['II/c', 'III/a', 'III/b', 'III/c', 'IV/a'];
const JAB = ['PELAKSANA', 'FUNGSIONAL', 'PENGAWAS'];

function predikat(s: number): string {
  if (s > 1.2) return 'SANGAT_BAIK';
  if (s > -0.8) return 'BAIK';
  if (s > -1.8) return 'BUTUH_PERBAIKAN';
  if (s > -2.5) return 'KURANG';
  return 'SANGAT_KURANG';
}

/** A simulated organisation: results shaped like evaluate() output (PermenPANRB 6/2022). */
function simulate(seed: number, o: SimOptions = {}): unknown[] {
  const u = rng(seed);
  const raters = o.raters ?? 8;
  const team = o.teamSize ?? 12;
  const out: unknown[] = [];
  for (let j = 0; j < raters; j++) {
    for (let i = 0; i < team; i++) {
      const jk = u() < 0.5 ? 'P' : 'L';
      const s = normal(u) + (j === 0 ? (o.lenient ?? 0) : 0) + (jk === 'P' ? -(o.gap ?? 0) : 0);
      const year = 1966 + Math.floor(u() * 34);
      out.push({
        ok: true,
        nip: `${seed}-${j}-${i}`,
        unitKerja: `Unit ${String.fromCharCode(65 + j)}`,
        pegawai: {
          jenisAsn: 'PNS',
          jenisJabatan: JAB[Math.floor(u() * JAB.length)],
          golongan: GOL[Math.floor(u() * GOL.length)],
          jenisKelamin: jk,
          tanggalLahir: `${year}-0${1 + Math.floor(u() * 9)}-1${Math.floor(u() * 9)}`,
        },
        penilai: { nip: `penilai-${j}` },
        periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
        predikat: { code: predikat(s), scale: 'PMK6' },
        nilai: { akhir: (80 + 6 * s).toFixed(2) },
        trace: [],
        warnings: [],
        issues: [],
        backend: 'decimal',
      });
    }
  }
  return out;
}

const alarms = (fs: readonly Finding[]) => fs.filter((f) => f.severity !== 'low');

describe('audit: planted effects are flagged', () => {
  it('a lenient rater (+2 SD) is flagged on the predikat scale', () => {
    const r = audit(simulate(1, { lenient: 2, teamSize: 15 }));
    if (!r.ok) throw new Error('expected ok');
    const f = r.findings.find((x) => x.code === 'RATER_LENIENT');
    expect(f?.subject).toEqual({ kind: 'rater', id: 'penilai-0' });
    expect(f?.severity).not.toBe('low');
    expect(f?.evidence.method).toBe('raw');
    expect(f?.explanation.en).toContain('penilai-0');
    expect(f?.explanation.id).toContain('bukan bukti');
  });
  it('a lenient rater (+1.5 SD) is flagged on a numeric score', () => {
    const r = audit(simulate(2, { lenient: 1.5, teamSize: 15 }), { score: { nilai: 'akhir' } });
    if (!r.ok) throw new Error('expected ok');
    expect(
      alarms(r.findings).some((x) => x.code === 'RATER_LENIENT' && x.subject.id === 'penilai-0'),
    ).toBe(true);
  });
  it('a group gap (women −1 SD) is flagged as adverse impact and as a score gap', () => {
    const r = audit(simulate(3, { gap: 1, raters: 12, teamSize: 20 }), {
      score: { nilai: 'akhir' },
    });
    if (!r.ok) throw new Error('expected ok');
    const gender = alarms(r.findings).filter((x) => x.subject.id === 'jenisKelamin=P');
    expect(gender.map((x) => x.code)).toEqual(expect.arrayContaining(['GROUP_SCORE_GAP']));
    expect(
      gender.some((x) => x.code === 'GROUP_FAVOURABLE_GAP' || x.code === 'GROUP_ADVERSE_EXCESS'),
    ).toBe(true);
    const fav = r.findings.find(
      (x) => x.code === 'GROUP_ADVERSE_EXCESS' && x.subject.id === 'jenisKelamin=P',
    );
    expect(fav?.evidence.reference).toBe('L');
    expect(fav?.subject.kind).toBe('group');
  });
});

describe('audit: statistics: false', () => {
  it('gives the same findings and summary, with an empty statistics record', () => {
    const results = simulate(3, { gap: 1, lenient: 2, raters: 12, teamSize: 20 });
    const full = audit(results, { score: { nilai: 'akhir' } });
    const lean = audit(results, { score: { nilai: 'akhir' }, statistics: false });
    if (!full.ok || !lean.ok) throw new Error('expected ok');
    expect(full.findings.length).toBeGreaterThan(0);
    expect(Object.keys(full.statistics).length).toBeGreaterThan(0);
    expect(lean.findings).toEqual(full.findings);
    expect(lean.summary).toEqual(full.summary);
    expect(lean.statistics).toEqual({});
  });
});

describe('audit: no alarms beyond the false-positive rate on data without effects', () => {
  it('share of simulated organisations with any medium/high finding ≤ alpha + margin (seeded)', () => {
    const orgs = 80;
    let withAlarm = 0;
    let tests = 0;
    for (let s = 0; s < orgs; s++) {
      const r = audit(simulate(1000 + s));
      if (!r.ok) throw new Error('expected ok');
      tests += r.summary.tests;
      if (alarms(r.findings).length > 0) withAlarm++;
    }
    // Under the global null, BH over every test of the audit bounds the chance of any alarm by
    // alpha = 0.05 (Simes). The margin (0.05) covers the simulation's sampling error (≈ 2 SE at
    // 80 organisations). A 300-organisation run gave 3.0 % (predikat) and 5.7 % (numeric score).
    expect(tests / orgs).toBeGreaterThan(10);
    expect(withAlarm / orgs).toBeLessThanOrEqual(0.1);
  });
  it('same on numeric scores', () => {
    let withAlarm = 0;
    for (let s = 0; s < 50; s++) {
      const r = audit(simulate(5000 + s), { score: { nilai: 'akhir' } });
      if (!r.ok) throw new Error('expected ok');
      if (alarms(r.findings).length > 0) withAlarm++;
    }
    expect(withAlarm / 50).toBeLessThanOrEqual(0.1);
  });
});

describe('audit: privacy, determinism, JSON', () => {
  const data = simulate(7, { raters: 4, teamSize: 10 });
  it('suppresses groups under minGroupSize everywhere in the report', () => {
    const r = audit(data, { attributes: ['golongan'], minGroupSize: 30 });
    if (!r.ok) throw new Error('expected ok');
    const fair = r.statistics.fairness as {
      analysis: { groups: { group: string; suppressed: boolean; total?: number }[] };
    }[];
    for (const a of fair) {
      for (const g of a.analysis.groups) {
        if (g.suppressed) expect(g.total).toBeUndefined();
      }
    }
    expect(fair.some((a) => a.analysis.groups.some((g) => g.suppressed))).toBe(true);
    const gaps = r.statistics.scoreGap as { groups: { suppressed?: boolean; mean?: number }[] }[];
    expect(gaps[0]?.groups.some((g) => g.suppressed && g.mean === undefined)).toBe(true);
  });
  it('suppresses raters with fewer than minPerRater ratings', () => {
    const r = audit(data, { minPerRater: 11 });
    if (!r.ok) throw new Error('expected ok');
    const len = r.statistics.leniency as {
      raters: { suppressed: boolean; mean?: number; reason?: unknown }[];
    };
    expect(len.raters.every((x) => x.suppressed && x.mean === undefined && x.reason)).toBe(true);
    expect(r.findings.filter((f) => f.subject.kind === 'rater')).toEqual([]);
  });
  it('is deterministic: input order does not change the findings', () => {
    const a = audit(simulate(9, { lenient: 1.5, gap: 0.6 }));
    const b = audit([...simulate(9, { lenient: 1.5, gap: 0.6 })].reverse());
    if (!a.ok || !b.ok) throw new Error('expected ok');
    expect(b.findings.map((f) => [f.code, f.subject.id, f.severity])).toEqual(
      a.findings.map((f) => [f.code, f.subject.id, f.severity]),
    );
  });
  it('round-trips through JSON unchanged (no NaN, no Infinity, no Map)', () => {
    const r = audit(simulate(11, { lenient: 1.5 }));
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
  it('age bands from tanggalLahir and the reference date', () => {
    const r = audit(data, {
      attributes: ['ageBand'],
      referenceDate: '2024-12-31',
      checks: ['fairness'],
    });
    if (!r.ok) throw new Error('expected ok');
    const fair = r.statistics.fairness as {
      attribute: string;
      analysis: { groups: { group: string }[] };
    }[];
    const names = fair[0]?.analysis.groups.map((g) => g.group) ?? [];
    for (const n of names) expect(['<30', '30-39', '40-49', '50+']).toContain(n);
    expect(r.summary.checksRun).toEqual(['fairness']);
  });
  it.each([
    ['1994-12-31', '<30'], // turns 30 the day after
    ['1994-12-30', '30-39'], // turns 30 on the reference date
    ['1985-01-01', '30-39'],
    ['1984-12-31', '30-39'],
    ['1984-12-30', '40-49'],
    ['1974-12-31', '40-49'],
    ['1974-12-30', '50+'],
  ])('age band of someone born %s on 2024-12-30', (birth, band) => {
    const age = ageOn(birth, ymd('2024-12-30'));
    expect(ageBander([30, 40, 50])(age)).toBe(band);
  });
  it('ageOn: the year difference, less one before the birthday (any two dates)', () => {
    const day = fc
      .tuple(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
      .filter(isCalendarDate);
    fc.assert(
      fc.property(day, day, (birth, on) => {
        const [by, bm, bd] = calendarParts(birth);
        const [ry, rm, rd] = calendarParts(on);
        const age = ry - by - (rm < bm || (rm === bm && rd < bd) ? 1 : 0);
        expect(ageOn(birth, ymd(on))).toBe(age);
      }),
    );
  });
  it('age bands: edges in any order, birthdays on the reference date count', () => {
    expect(ageOn('1994-12-31', ymd('2024-12-31'))).toBe(30);
    expect(ageOn('1994-12-31', ymd('2024-12-30'))).toBe(29);
    expect(ageOn('2000-02-29', ymd('2024-02-28'))).toBe(23);
    expect(ageOn('2000-02-29', ymd('2024-02-29'))).toBe(24);
    const band = ageBander([50, 30]);
    expect([29, 30, 49, 50, 70].map(band)).toEqual(['<30', '30-49', '30-49', '50+', '50+']);
    expect([0, 44, 45].map(ageBander([45]))).toEqual(['<45', '<45', '45+']);
  });
  it('says which checks could not run and why', () => {
    const r = audit(data);
    if (!r.ok) throw new Error('expected ok');
    const notRun = r.summary.checksNotRun.map((c) => c.check);
    expect(notRun).toEqual(expect.arrayContaining(['halo', 'selfGap', 'recency']));
    expect(r.summary.checksNotRun[0]?.reason.en).toMatch(/^Check \w+ not run: /);
  });
});

describe('audit: per-dimension ratings, self ratings and evidence', () => {
  const dims = [
    'BERORIENTASI_PELAYANAN',
    'AKUNTABEL',
    'KOMPETEN',
    'HARMONIS',
    'LOYAL',
    'ADAPTIF',
    'KOLABORATIF',
  ];
  const results = simulate(21, { raters: 5, teamSize: 12 });
  const u = rng(22);
  const dimensionRatings = results.flatMap((r) => {
    const x = r as { nip: string; penilai: { nip: string } };
    const rater = x.penilai.nip;
    const overall = normal(u);
    const haloRater = rater === 'penilai-4';
    return dims.map((dimension) => ({
      rater,
      ratee: x.nip,
      dimension,
      value: haloRater ? 80 + 6 * overall + 0.2 * normal(u) : 80 + 2 * overall + 4 * normal(u),
    }));
  });
  it('flags a planted halo rater', () => {
    const r = audit(results, { dimensionRatings, checks: ['halo'] });
    if (!r.ok) throw new Error('expected ok');
    const f = r.findings.find((x) => x.code === 'RATER_HALO');
    expect(f?.subject.id).toBe('penilai-4');
    expect(f?.severity).toBe('medium');
  });
  it('reports low inter-rater reliability when ratees have two raters who disagree', () => {
    const second = dimensionRatings.map((d) => ({
      ...d,
      rater: `${d.rater}-peer`,
      value: 80 + 6 * normal(u),
    }));
    const r = audit(results, {
      dimensionRatings: [...dimensionRatings, ...second],
      checks: ['reliability'],
    });
    if (!r.ok) throw new Error('expected ok');
    expect(r.summary.checksRun).toEqual(['reliability']);
    expect(r.findings.map((f) => f.code)).toEqual(['LOW_RELIABILITY']);
  });
  it('flags a self-vs-supervisor gap per unit, suppressing small units', () => {
    const selfRatings = [
      ...Array.from({ length: 12 }, (_, i) => ({
        ratee: `a${i}`,
        unit: 'Unit A',
        self: 90 + normal(u),
        supervisor: 80 + normal(u),
      })),
      ...Array.from({ length: 3 }, (_, i) => ({
        ratee: `b${i}`,
        unit: 'Unit B',
        self: 85,
        supervisor: 84,
      })),
    ];
    const r = audit(results, { selfRatings, checks: ['selfGap'] });
    if (!r.ok) throw new Error('expected ok');
    expect(r.findings.map((f) => [f.code, f.subject.kind, f.subject.id])).toEqual([
      ['SELF_SUPERVISOR_GAP', 'unit', 'Unit A'],
    ]);
    const stats = r.statistics.selfGap as {
      unit: string;
      suppressed?: boolean;
      meanDifference?: number;
    }[];
    expect(stats.find((s) => s.unit === 'Unit B')).toMatchObject({ suppressed: true });
    expect(stats.find((s) => s.unit === 'Unit B')?.meanDifference).toBeUndefined();
  });
  it('labels the recency check as a heuristic', () => {
    const evidence = results.slice(0, 24).map((r, i) => {
      const x = r as { nip: string; penilai: { nip: string } };
      const q = [normal(u), normal(u), normal(u), normal(u)];
      return {
        rater: x.penilai.nip,
        ratee: x.nip,
        final: i < 12 ? 80 + 5 * (q[3] ?? 0) : 80 + (5 * q.reduce((a, b) => a + b, 0)) / 4,
        evidence: q.map((v, k) => ({
          date: `2024-${String(3 * k + 1).padStart(2, '0')}-15`,
          value: 80 + 5 * v,
        })),
      };
    });
    const r = audit(results, { evidence, checks: ['recency'] });
    if (!r.ok) throw new Error('expected ok');
    const rec = r.statistics.recency as { heuristic: boolean; label: { en: string } };
    expect(rec.heuristic).toBe(true);
    for (const f of r.findings) {
      expect(f.code).toBe('RATER_RECENCY');
      expect(f.explanation.en).toMatch(/^HEURISTIC/);
      expect(f.severity).toBe('low');
    }
  });
});

describe('audit: invalid input gives issues, never throws', () => {
  it('not a list', () => {
    const r = audit('nope');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('NOT_A_LIST');
  });
  it('bad result shape and bad options, with paths', () => {
    const r = audit([{ ok: 'yes' }], { alpha: 2, unknown: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['0.ok', 'options.alpha', 'options']));
    for (const i of r.issues) expect(i.message.id.length).toBeGreaterThan(0);
  });
  it('arbitrary input never throws (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        const r = audit(a, b);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 5 }), (a) => {
        expect(typeof audit(a).ok).toBe('boolean');
      }),
      { numRuns: 100 },
    );
  });
  it('a batch without raters or attributes runs nothing and says why', () => {
    const r = audit([{ ok: true, nip: '1', predikat: { code: 'BAIK' } }]);
    if (!r.ok) throw new Error('expected ok');
    expect(r.summary.checksRun).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(r.summary.checksNotRun.map((c) => c.check)).toEqual(
      expect.arrayContaining(['leniency', 'fairness', 'scoreGap']),
    );
  });
  it('failed results are skipped and counted', () => {
    const data = [
      ...simulate(13, { raters: 2, teamSize: 5 }),
      { ok: false, trace: [], warnings: [], issues: [] },
    ];
    const r = audit(data);
    expect(r.ok && r.summary.skipped).toBe(1);
  });
});

describe('audit: end to end with evaluate()', () => {
  it('runs over real PermenPANRB 6/2022 results and the PP 46 per-aspect values', () => {
    const RATINGS = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
    const results = Array.from({ length: 20 }, (_, i) =>
      evaluate({
        pegawai: {
          nip: `19870312201001${String(1000 + i).slice(-4)}`,
          nama: `Pegawai ${i}`,
          jabatan: { jenis: 'PELAKSANA' },
          jenisKelamin: i % 2 ? 'P' : 'L',
          unitKerja: { nama: i < 10 ? 'Bidang A' : 'Bidang B' },
        },
        penilai: { nama: i < 10 ? 'Atasan A' : 'Atasan B' },
        periode: { jenis: 'TAHUNAN', mulai: '2023-01-01', selesai: '2023-12-31' },
        ratingHasilKerja: RATINGS[i % 3],
        ratingPerilaku: RATINGS[(i + 1) % 3],
      }),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const r = audit(results);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.summary.used).toBe(20);
    expect(r.summary.raters).toBe(2);
    expect(r.summary.checksRun).toEqual(expect.arrayContaining(['leniency', 'fairness']));
  });
});
