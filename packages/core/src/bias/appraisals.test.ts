import { describe, expect, it } from 'vitest';
import { completeRows, perilakuRatings, raterMatrix, selfSupervisorPairs } from './appraisals.js';
import { icc } from './reliability/icc.js';
import { krippendorffAlpha } from './reliability/krippendorff.js';

const nip = (i: number) => `19870312201001${String(1000 + i).slice(-4)}`;

describe('multi-rater perilaku data from appraisals', () => {
  const appraisals = Array.from({ length: 6 }, (_, i) => ({
    pegawai: { nip: nip(i), nama: `P${i}` },
    penilai: { nip: '197001012000011001', nama: 'Kepala' },
    perilaku: {
      penilaian: [
        { penilai: { peran: 'ATASAN' }, nilai: { INTEGRITAS: 70 + 3 * i, DISIPLIN: 72 + 3 * i } },
        {
          penilai: { peran: 'REKAN_KERJA', id: 'rekan-1' },
          nilai: { INTEGRITAS: 71 + 3 * i + (i % 2 ? 1 : -1), DISIPLIN: 70 + 3 * i },
        },
        { penilai: { peran: 'DIRI_SENDIRI' }, nilai: { INTEGRITAS: '85', DISIPLIN: '86' } },
      ],
    },
  }));
  const { records, issues } = perilakuRatings(appraisals);
  it('identifies raters (unnamed ATASAN = pejabat penilai) and keeps roles', () => {
    expect(issues).toEqual([]);
    expect(records).toHaveLength(36);
    expect(new Set(records.filter((r) => r.peran === 'ATASAN').map((r) => r.rater))).toEqual(
      new Set(['197001012000011001']),
    );
    // Unnamed self-raters stay distinct per appraisal.
    expect(
      new Set(records.filter((r) => r.peran === 'DIRI_SENDIRI').map((r) => r.rater)).size,
    ).toBe(6);
  });
  it('feeds ICC and Krippendorff α through the rater matrix', () => {
    const sup = records.filter((r) => r.peran !== 'DIRI_SENDIRI');
    const m = raterMatrix(sup, { dimension: 'INTEGRITAS' });
    expect(m.raters).toEqual(['197001012000011001', 'rekan-1']);
    const a = krippendorffAlpha(m.matrix, 'interval');
    expect(a.alpha).toBeGreaterThan(0.9);
    const r = icc(completeRows(m.matrix));
    if (!r.ok) throw new Error(r.reason);
    expect(r.n).toBe(6);
    expect(r.estimates[1]?.value).toBeGreaterThan(0.9);
  });
  it('pairs self and supervisor ratings', () => {
    const pairs = selfSupervisorPairs(records);
    expect(pairs).toHaveLength(6);
    expect(pairs[0]).toEqual({ ratee: nip(0), self: 85.5, supervisor: 71 });
  });
  it('6/2022 rating codes become ordinals 1–3', () => {
    const { records: r } = perilakuRatings([
      {
        pegawai: { nip: nip(1) },
        perilaku: {
          penilaian: [
            {
              penilai: { peran: 'ATASAN', id: 'A' },
              nilai: { AKUNTABEL: 'DI_ATAS_EKSPEKTASI', LOYAL: 'DI_BAWAH_EKSPEKTASI' },
            },
          ],
        },
      },
    ]);
    expect(r.map((x) => x.value)).toEqual([3, 1]);
  });
  it('invalid appraisals give issues with their index, never a throw', () => {
    const r = perilakuRatings([
      { pegawai: {} },
      { pegawai: { nip: nip(2) }, perilaku: { penilaian: 'x' } },
    ]);
    expect(r.records).toEqual([]);
    expect(r.issues.map((i) => i.path[0])).toEqual([0, 1]);
    expect(perilakuRatings('nope').issues.length).toBe(1);
  });
});
