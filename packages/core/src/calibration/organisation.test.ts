import { describe, expect, it } from 'vitest';
import { checkOrganisation } from './organisation.js';

const units = [
  { id: 'ditjen', predikat: 'BAIK', kepalaNip: 'K0' },
  { id: 'dit-a', parentId: 'ditjen', predikat: 'ISTIMEWA', kepalaNip: 'KA' },
  { id: 'dit-b', parentId: 'ditjen', predikat: 'BUTUH_PERBAIKAN' },
  { id: 'sub-a1', parentId: 'dit-a', predikat: 'BAIK' },
];
const e = (nip: string, unit: string, predikat: string, h?: string, p?: string) => ({
  nip,
  unit,
  predikat,
  ...(h ? { ratingHasilKerja: h } : {}),
  ...(p ? { ratingPerilaku: p } : {}),
});
const employees = [
  e('K0', 'ditjen', 'BAIK', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'),
  e('KA', 'dit-a', 'BAIK', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'),
  e('A1', 'dit-a', 'SANGAT_BAIK'),
  e('A2', 'dit-a', 'SANGAT_BAIK'),
  e('A3', 'dit-a', 'BAIK'),
  e('B1', 'dit-b', 'BUTUH_PERBAIKAN'),
  e('B2', 'dit-b', 'BUTUH_PERBAIKAN'),
  e('S1', 'sub-a1', 'BAIK'),
  e('S2', 'sub-a1', 'SANGAT_BAIK'),
];

describe('multi-level organisations', () => {
  it('checks each unit against its own predikat and rolls distributions up the tree', () => {
    const r = checkOrganisation(units, employees);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.units.map((u) => [u.id, u.depth, u.own.headcount, u.subtree.headcount])).toEqual([
      ['ditjen', 0, 2, 9], // K0 (root head stays) + KA (head of dit-a counted in the parent)
      ['dit-a', 1, 3, 5],
      ['sub-a1', 2, 2, 2],
      ['dit-b', 1, 2, 2],
    ]);
    const ditA = r.units.find((u) => u.id === 'dit-a');
    expect(ditA?.own.counts).toEqual({
      SANGAT_BAIK: 2,
      BAIK: 1,
      BUTUH_PERBAIKAN: 0,
      KURANG: 0,
      SANGAT_KURANG: 0,
    });
    expect(ditA?.own.orgPredikat).toBe('ISTIMEWA');
    expect(ditA?.own.verdict).toBe('MEMENUHI'); // 2 of 3 Sangat Baik ≤ floor(2.1) and modal
    expect(r.units.find((u) => u.id === 'dit-b')?.own.verdict).toBe('MEMENUHI');
    expect(r.units.find((u) => u.id === 'sub-a1')?.own.verdict).toBe('TIDAK_MEMENUHI');
  });

  it('the head-of-unit rule: rating hasil kerja from the unit predikat (ratingKepalaUnit reading)', () => {
    const r = checkOrganisation(units, employees);
    if (!r.ok) throw new Error('invalid');
    expect(r.units.find((u) => u.id === 'ditjen')?.head).toMatchObject({
      nip: 'K0',
      expectedRatingHasilKerja: 'SESUAI_EKSPEKTASI',
      actualRatingHasilKerja: 'SESUAI_EKSPEKTASI',
      ok: true,
    });
    // dit-a is ISTIMEWA → Di Atas Ekspektasi, but KA has Sesuai
    expect(r.units.find((u) => u.id === 'dit-a')?.head?.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['HEAD_RATING_MISMATCH', 'warning'],
    ]);
    expect(r.warnings.map((w) => w.message.en)[0]).toContain('ratingKepalaUnit');
  });

  it('kepalaDihitungDi: UNIT counts heads in the unit they lead', () => {
    const r = checkOrganisation(units, employees, { kepalaDihitungDi: 'UNIT' });
    if (!r.ok) throw new Error('invalid');
    expect(r.units.map((u) => [u.id, u.own.headcount])).toEqual([
      ['ditjen', 1],
      ['dit-a', 4],
      ['sub-a1', 2],
      ['dit-b', 2],
    ]);
  });

  it('invalid trees and employees → issues', () => {
    const bad = checkOrganisation(
      [
        { id: 'a', parentId: 'b', predikat: 'BAIK' },
        { id: 'b', parentId: 'a', predikat: 'BAIK' },
        { id: 'c', parentId: 'zz', predikat: 'BAIK' },
        { id: 'c', predikat: 'BAIK' },
      ],
      [e('X', 'nowhere', 'BAIK')],
    );
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual([
      'DUPLICATE_UNIT',
      'UNKNOWN_UNIT',
      'UNIT_CYCLE',
      'UNIT_CYCLE',
      'UNKNOWN_UNIT',
    ]);
    const r = checkOrganisation([{ id: 'a', predikat: 'HEBAT' }], []);
    expect(r.ok).toBe(false);
  });
});
