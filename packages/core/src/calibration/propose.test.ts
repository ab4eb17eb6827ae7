import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PREDIKAT_ORGANISASI,
  PREDIKAT_PEGAWAI,
  type PredikatOrganisasi,
  type PredikatPegawai,
  RATINGS,
  type Rating,
} from '../codes.js';
import { evaluate } from '../evaluate/evaluate.js';
import { permenpanrb_6_2022 } from '../regimes/pmk6/ruleset.js';
import { checkDistribution } from './check.js';
import { calibrateTeam, proposeCalibration } from './propose.js';

const MX = permenpanrb_6_2022.params.matriks.value;

interface M {
  nip: string;
  predikat: PredikatPegawai;
  ratingHasilKerja: Rating;
  ratingPerilaku: Rating;
  skor: number;
  predikatSebelumnya?: PredikatPegawai;
}
const member = (nip: string, h: Rating, p: Rating, skor: number): M => ({
  nip,
  predikat: MX[h][p],
  ratingHasilKerja: h,
  ratingPerilaku: p,
  skor,
});
const team = (n: number, h: Rating, p: Rating): M[] =>
  Array.from({ length: n }, (_, i) =>
    member(`N${String(i).padStart(4, '0')}`, h, p, 60 + (i % 41)),
  );

describe('proposeCalibration — examples', () => {
  it('Baik organisation, ten Baik employees: three lowest-scored to Butuh Perbaikan', () => {
    const t = team(10, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
    const r = proposeCalibration(t, 'BAIK');
    if (!r.ok || !r.feasible) throw new Error('expected feasible');
    expect(r.applied).toBe(false);
    expect(r.legalBasis.map((x) => [x.regulation, x.status])).toEqual([
      ['SE MenPANRB 3/2023', 'CONFIRMED-2'],
      ['PermenPANRB 6/2022', 'CONFIRMED-2'],
    ]);
    expect(r.changes.map((c) => [c.nip, c.from, c.to, c.evidence.rank])).toEqual([
      ['N0002', 'BAIK', 'BUTUH_PERBAIKAN', 8],
      ['N0001', 'BAIK', 'BUTUH_PERBAIKAN', 9],
      ['N0000', 'BAIK', 'BUTUH_PERBAIKAN', 10],
    ]);
    expect(r.changes[0]?.evidence.matrixCell).toEqual({
      from: { hasilKerja: 'SESUAI_EKSPEKTASI', perilaku: 'SESUAI_EKSPEKTASI' },
      to: { hasilKerja: 'DI_BAWAH_EKSPEKTASI', perilaku: 'SESUAI_EKSPEKTASI' },
    });
    expect(r.changes[0]?.reason).toEqual({
      id: 'Baik maksimal 70% (diizinkan 0–7, aktual 10); Butuh Perbaikan + Kurang/Misconduct minimal 1 orang (diizinkan 1–10, aktual 0): Baik → Butuh Perbaikan; peringkat 8 dari 10 (skor 62), peringkat terendah dalam kelompoknya diturunkan; rating hasil kerja Sesuai Ekspektasi → Di Bawah Ekspektasi',
      en: 'Baik at most 70% (allowed 0–7, actual 10); Butuh Perbaikan + Kurang/Misconduct at least 1 person(s) (allowed 1–10, actual 0): Good → Needs Improvement; rank 8 of 10 (score 62), the lowest-ranked of their group moves down; rating hasil kerja Meets Expectations → Below Expectations',
    });
    expect(r.after.verdict).toBe('MEMENUHI');
    // the input itself is untouched
    expect(t.every((m) => m.predikat === 'BAIK')).toBe(true);
  });

  it('chooses by rank across the whole predikat, whatever the perilaku group', () => {
    const t = [
      ...Array.from({ length: 5 }, (_, i) =>
        member(`A${i}`, 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 60 + i),
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        member(`S${i}`, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 90 + i),
      ),
    ];
    // the three lowest-scored are in the perilaku Di Atas group, not the Sesuai one
    const down = proposeCalibration(t, 'BAIK', { preferensi: 'TURUN' });
    if (!down.ok || !down.feasible) throw new Error('expected feasible');
    expect(down.changes.map((c) => [c.nip, c.to])).toEqual([
      ['A2', 'BUTUH_PERBAIKAN'],
      ['A1', 'BUTUH_PERBAIKAN'],
      ['A0', 'BUTUH_PERBAIKAN'],
    ]);
    // default NAIK: as few changes, but raising where the guidance allows (Sangat Baik is
    // reachable only with perilaku Di Atas); one Butuh Perbaikan is still required
    const up = proposeCalibration(t, 'BAIK');
    if (!up.ok || !up.feasible) throw new Error('expected feasible');
    expect(up.changes.map((c) => [c.nip, c.to])).toEqual([
      ['A4', 'SANGAT_BAIK'],
      ['A3', 'SANGAT_BAIK'],
      ['A0', 'BUTUH_PERBAIKAN'],
    ]);
  });

  it('Istimewa: the highest-ranked with perilaku Di Atas move up to Sangat Baik', () => {
    const t = team(10, 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI');
    const r = proposeCalibration(t, 'ISTIMEWA');
    if (!r.ok || !r.feasible) throw new Error('expected feasible');
    expect(r.changes).toHaveLength(5);
    expect(r.changes.every((c) => c.to === 'SANGAT_BAIK' && c.evidence.rank <= 5)).toBe(true);
    expect(r.changes[0]?.evidence.matrixCell?.to).toEqual({
      hasilKerja: 'DI_ATAS_EKSPEKTASI',
      perilaku: 'DI_ATAS_EKSPEKTASI',
    });
  });

  it('the matrix binds: perilaku Di Bawah Ekspektasi is never moved to Baik or above', () => {
    // Istimewa wants Sangat Baik; only perilaku Di Bawah employees and too few others
    const t = [
      ...team(6, 'DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'),
      member('X1', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 99),
    ];
    const r = proposeCalibration(t, 'ISTIMEWA');
    if (!r.ok) throw new Error('invalid');
    expect(r.feasible).toBe(false);
    if (r.feasible) return;
    expect(r.reason).toBe('MATRIX_BINDS');
    expect(r.blockingRules).toEqual(['se3.istimewa.sb.sebagianBesar.modus']);
    expect(r.issues[0]?.code).toBe('MATRIX_BINDS');
    expect(r.changes).toEqual([]);
  });

  it('even with perilaku changes allowed, nobody leaves or enters Di Bawah Ekspektasi', () => {
    const t = team(10, 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'); // all KURANG
    const r = proposeCalibration(t, 'BAIK', { ubah: ['hasilKerja', 'perilaku'] });
    if (!r.ok) throw new Error('invalid');
    expect(r.feasible).toBe(false);
    const up = team(10, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
    const r2 = proposeCalibration(up, 'KURANG', { ubah: ['hasilKerja', 'perilaku'] });
    expect(r2.ok && r2.feasible).toBe(false);
  });

  it('perilaku may move between Sesuai and Di Atas when allowed', () => {
    const t = team(10, 'DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI'); // all BAIK
    expect(proposeCalibration(t, 'ISTIMEWA').ok && proposeCalibration(t, 'ISTIMEWA')).toMatchObject(
      {
        feasible: false,
      },
    );
    const r = proposeCalibration(t, 'ISTIMEWA', { ubah: ['hasilKerja', 'perilaku'] });
    if (!r.ok || !r.feasible) throw new Error('expected feasible');
    expect(r.changes).toHaveLength(5);
    expect(r.changes[0]?.evidence.matrixCell?.to).toEqual({
      hasilKerja: 'DI_ATAS_EKSPEKTASI',
      perilaku: 'DI_ATAS_EKSPEKTASI',
    });
  });

  it('a team that already meets the guidance gets no change', () => {
    const t = [
      ...team(7, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'),
      member('B1', 'DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 50),
      member('S1', 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 99),
      member('S2', 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 98),
    ];
    const r = proposeCalibration(t, 'BAIK');
    expect(r.ok && r.feasible && r.changes).toEqual([]);
  });

  it('guidance impossible at the headcount: feasible false, GUIDANCE_INFEASIBLE', () => {
    const r = proposeCalibration(
      [member('A', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 1)],
      'ISTIMEWA',
    );
    expect(r.ok && !r.feasible && r.reason).toBe('GUIDANCE_INFEASIBLE');
  });

  it('the head of unit keeps the rating hasil kerja of the unit predikat', () => {
    const t = team(3, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI').map((m, i) =>
      i === 0 ? { ...m, kepalaUnit: true, skor: 1 } : m,
    );
    const r = proposeCalibration(t, 'BAIK');
    if (!r.ok || !r.feasible) throw new Error('expected feasible');
    expect(r.changes.map((c) => c.nip)).toEqual(['N0001']);
  });

  it('without ratings, only predikat reachable from every consistent cell are used', () => {
    const t = Array.from({ length: 10 }, (_, i) => ({ nip: `P${i}`, predikat: 'BAIK', skor: i }));
    const r = proposeCalibration(t, 'ISTIMEWA');
    // Baik may come from perilaku Sesuai, which cannot reach Sangat Baik: not proposed
    expect(r.ok && !r.feasible && r.reason).toBe('MATRIX_BINDS');
    const r2 = proposeCalibration(t, 'BAIK');
    if (!r2.ok || !r2.feasible) throw new Error('expected feasible');
    expect(r2.changes.map((c) => [c.nip, c.to, c.evidence.matrixCell])).toEqual([
      ['P2', 'BUTUH_PERBAIKAN', undefined],
      ['P1', 'BUTUH_PERBAIKAN', undefined],
      ['P0', 'BUTUH_PERBAIKAN', undefined],
    ]);
  });

  it('accepts evaluate() results, ranked by rataRataCapaian', () => {
    const mk = (nip: string, realisasi: number) =>
      evaluate({
        pegawai: { nip, nama: nip, jabatan: { jenis: 'PELAKSANA' } },
        periode: { jenis: 'TAHUNAN', mulai: '2023-01-01', selesai: '2023-12-31' },
        // no rating hasil kerja: it is suggested from the capaian, which is reported
        ratingPerilaku: 'SESUAI_EKSPEKTASI',
        skp: {
          pendekatan: 'KUANTITATIF',
          rencanaHasilKerja: [
            {
              rencanaHasilKerja: 'Layanan',
              indikator: [{ aspek: 'KUANTITAS', indikator: 'Dokumen', target: 100, realisasi }],
            },
          ],
        },
      });
    const results = [
      mk('198703122010011001', 95),
      mk('198703122010011002', 80),
      mk('198703122010011003', 99),
    ];
    expect(results.every((x) => x.ok)).toBe(true);
    const r = proposeCalibration(results, 'BAIK');
    if (!r.ok || !r.feasible) throw new Error(JSON.stringify(r));
    expect(r.changes.map((c) => [c.nip, c.evidence.skor])).toEqual([['198703122010011002', 80]]);
  });

  it('invalid input → issues, never throws', () => {
    expect(proposeCalibration('x', 'BAIK').ok).toBe(false);
    expect(proposeCalibration([], 'NOPE').ok).toBe(false);
    expect(proposeCalibration([{ nip: 'A' }], 'BAIK').ok).toBe(false);
  });
});

describe('proposeCalibration — every organisation predikat × 1, 2, 3, 7, 10, 37, 500', () => {
  // a team of Baik employees with perilaku Di Atas (Sangat Baik, Baik and Butuh Perbaikan reachable)
  const MIN_CHANGES: Record<PredikatOrganisasi, Record<number, number | string>> = {
    // Sangat Baik modal and ≤ floor(.7h): ceil(h/2)
    ISTIMEWA: { 1: 'GUIDANCE_INFEASIBLE', 2: 1, 3: 2, 7: 4, 10: 5, 37: 19, 500: 250 },
    // Baik ≤ floor(.7h) and ≥ 1 Butuh Perbaikan/Kurang: max(1, h − floor(.7h))
    BAIK: { 1: 'GUIDANCE_INFEASIBLE', 2: 1, 3: 1, 7: 3, 10: 3, 37: 12, 500: 150 },
    // Butuh Perbaikan ≥ ceil(.6h)
    BUTUH_PERBAIKAN: { 1: 1, 2: 2, 3: 2, 7: 5, 10: 6, 37: 23, 500: 300 },
    // Kurang/Sangat Kurang need perilaku Di Bawah: the matrix binds
    KURANG: {
      1: 'GUIDANCE_INFEASIBLE',
      2: 'GUIDANCE_INFEASIBLE',
      3: 'MATRIX_BINDS',
      7: 'MATRIX_BINDS',
      10: 'MATRIX_BINDS',
      37: 'MATRIX_BINDS',
      500: 'MATRIX_BINDS',
    },
    SANGAT_KURANG: {
      1: 'GUIDANCE_INFEASIBLE',
      2: 'GUIDANCE_INFEASIBLE',
      3: 'MATRIX_BINDS',
      7: 'MATRIX_BINDS',
      10: 'MATRIX_BINDS',
      37: 'MATRIX_BINDS',
      500: 'MATRIX_BINDS',
    },
  };
  for (const org of PREDIKAT_ORGANISASI) {
    it.each([1, 2, 3, 7, 10, 37, 500])(`${org}, h = %i`, (h) => {
      const r = proposeCalibration(team(h, 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'), org);
      if (!r.ok) throw new Error('invalid');
      const want = MIN_CHANGES[org][h];
      if (typeof want === 'number') {
        if (!r.feasible) throw new Error(`${org} ${h}: ${r.reason}`);
        expect(r.changes).toHaveLength(want);
        expect(r.after.verdict).toBe('MEMENUHI');
      } else {
        expect(r.feasible ? 'feasible' : r.reason).toBe(want);
      }
    });
  }
});

// -------------------------------------------------------------------------------------------
// properties

const memberArb = fc.record({
  h: fc.constantFrom(...RATINGS),
  p: fc.constantFrom(...RATINGS),
  skor: fc.integer({ min: 0, max: 20 }),
  prev: fc.option(fc.constantFrom(...PREDIKAT_PEGAWAI), { nil: undefined }),
});
const teamArb = (min: number, max: number) =>
  fc.array(memberArb, { minLength: min, maxLength: max }).map((xs) =>
    xs.map((x, i) => ({
      ...member(`E${i}`, x.h, x.p, x.skor),
      ...(x.prev ? { predikatSebelumnya: x.prev } : {}),
    })),
  );
const orgArb = fc.constantFrom(...PREDIKAT_ORGANISASI);

/** Exhaustive minimum number of changes by brute force (independent of the solver). */
function bruteForce(t: readonly M[], org: PredikatOrganisasi): number | undefined {
  const options = t.map((m) => [...new Set(RATINGS.map((h) => MX[h][m.ratingPerilaku]))]);
  let best: number | undefined;
  const pick: PredikatPegawai[] = [];
  const verdicts = new Map<string, boolean>();
  const rec = (i: number, changed: number) => {
    if (best !== undefined && changed >= best) return;
    if (i === t.length) {
      const counts = { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 };
      for (const p of pick) counts[p]++;
      const key = JSON.stringify(counts);
      let ok = verdicts.get(key);
      if (ok === undefined) {
        ok = checkDistribution(counts, org).check?.verdict === 'MEMENUHI';
        verdicts.set(key, ok);
      }
      if (ok) best = changed;
      return;
    }
    const m = t[i] as M;
    for (const p of options[i] as PredikatPegawai[]) {
      pick.push(p);
      rec(i + 1, changed + (p === m.predikat ? 0 : 1));
      pick.pop();
    }
  };
  rec(0, 0);
  return best;
}

describe('proposeCalibration — properties', () => {
  it('is minimal: equals an exhaustive search on small teams', () => {
    fc.assert(
      fc.property(teamArb(1, 5), orgArb, (t, org) => {
        const r = proposeCalibration(t, org);
        if (!r.ok) throw new Error('invalid');
        const best = bruteForce(t, org);
        if (best === undefined) expect(r.feasible).toBe(false);
        else {
          if (!r.feasible) throw new Error(`solver infeasible, brute force ${best}`);
          expect(r.changes).toHaveLength(best);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('proposals are matrix-consistent, meet the guidance, and never lift perilaku Di Bawah to Baik+', () => {
    fc.assert(
      fc.property(teamArb(1, 40), orgArb, (t, org) => {
        const r = proposeCalibration(t, org);
        if (!r.ok || !r.feasible) return;
        expect(r.after.verdict).toBe('MEMENUHI');
        for (const c of r.changes) {
          const m = t.find((x) => x.nip === c.nip) as M;
          const cell = c.evidence.matrixCell;
          expect(cell?.to.perilaku).toBe(m.ratingPerilaku);
          expect(MX[cell?.to.hasilKerja as Rating][m.ratingPerilaku]).toBe(c.to);
          if (m.ratingPerilaku === 'DI_BAWAH_EKSPEKTASI') {
            expect(['SANGAT_BAIK', 'BAIK']).not.toContain(c.to);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is fair by rank: nobody eligible for the same move ranks worse (down) or better (up) and stays', () => {
    fc.assert(
      fc.property(teamArb(1, 40), orgArb, (t, org) => {
        const r = proposeCalibration(t, org);
        if (!r.ok || !r.feasible) return;
        const moved = new Map(r.changes.map((c) => [c.nip, c]));
        for (const c of r.changes) {
          const down = PREDIKAT_PEGAWAI.indexOf(c.to) > PREDIKAT_PEGAWAI.indexOf(c.from);
          for (const m of t) {
            if (moved.has(m.nip) || m.predikat !== c.from) continue;
            const eligible = RATINGS.some((h) => MX[h][m.ratingPerilaku] === c.to);
            if (!eligible) continue;
            const rank = (x: M) =>
              [
                -x.skor,
                x.predikatSebelumnya ? PREDIKAT_PEGAWAI.indexOf(x.predikatSebelumnya) : 9,
                x.nip,
              ] as const;
            const a = rank(m);
            const b = rank(t.find((x) => x.nip === c.nip) as M);
            const stayerBetter =
              a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));
            expect(stayerBetter, `${m.nip} stays while ${c.nip} moves ${c.from}→${c.to}`).toBe(
              down,
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the input order', () => {
    fc.assert(
      fc.property(
        teamArb(1, 40).chain((t) =>
          fc.tuple(fc.constant(t), fc.shuffledSubarray(t, { minLength: t.length })),
        ),
        orgArb,
        ([t, shuffled], org) => {
          const a = proposeCalibration(t, org);
          const b = proposeCalibration(shuffled, org);
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('calibrateTeam', () => {
  it('equals checkDistribution then proposeCalibration, for valid and invalid teams', () => {
    const extra = fc.constantFrom<unknown[]>(
      [],
      [{ nip: 'E0', predikat: 'BAIK' }], // duplicate NIP
      [
        {
          nip: 'X',
          predikat: 'BAIK',
          ratingHasilKerja: 'DI_BAWAH_EKSPEKTASI',
          ratingPerilaku: 'DI_BAWAH_EKSPEKTASI',
        },
      ],
      [{ nip: 'Y', predikat: 'ISTIMEWA' }],
      [{ nip: 'Z', predikat: 'KURANG', skor: '61.25' }],
    );
    const opts = fc.constantFrom(
      {},
      { enforce: true },
      { preferensi: 'TURUN' as const, ubah: ['hasilKerja', 'perilaku'] as const },
      { scoreKeys: ['akhir'] },
    );
    fc.assert(
      fc.property(teamArb(0, 30), extra, orgArb, opts, (team, more, org, o) => {
        const all = [...team, ...more];
        const check = checkDistribution(all, org, o);
        const expected = check.check
          ? { check, proposal: proposeCalibration(all, org, o) }
          : { check };
        expect(calibrateTeam(all, org, o)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('TSDoc example', () => {
    const team = Array.from({ length: 10 }, (_, i) => ({
      nip: `P${i}`,
      predikat: 'BAIK',
      ratingHasilKerja: 'SESUAI_EKSPEKTASI',
      ratingPerilaku: 'SESUAI_EKSPEKTASI',
      skor: 80 + i,
    }));
    const { check, proposal } = calibrateTeam(team, 'BAIK');
    expect(check.check?.verdict).toBe('TIDAK_MEMENUHI');
    expect(proposal?.ok && proposal.changes.length).toBe(3);
  });

  it('takes counts (from JavaScript) as the two calls do', () => {
    const counts = { BAIK: 10 } as unknown as unknown[];
    expect(calibrateTeam(counts, 'BAIK')).toEqual({
      check: checkDistribution(counts, 'BAIK'),
      proposal: proposeCalibration(counts, 'BAIK'),
    });
  });

  it('takes evaluate() results as the two calls do', () => {
    const results = Array.from({ length: 12 }, (_, i) =>
      evaluate({
        pegawai: {
          nip: `198703122010011${String(i + 1).padStart(3, '0')}`,
          nama: `Pegawai ${i + 1}`,
          jabatan: { jenis: 'PELAKSANA' },
        },
        periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
        ratingHasilKerja: i % 3 === 0 ? 'DI_ATAS_EKSPEKTASI' : 'SESUAI_EKSPEKTASI',
        ratingPerilaku: 'SESUAI_EKSPEKTASI',
      }),
    );
    const got = calibrateTeam(results, 'BAIK');
    expect(got.check).toEqual(checkDistribution(results, 'BAIK'));
    expect(got.proposal).toEqual(proposeCalibration(results, 'BAIK'));
    expect(got.proposal?.ok && got.proposal.changes.length).toBeGreaterThan(0);
  });
});
