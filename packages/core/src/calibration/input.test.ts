import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKAT_PEGAWAI, RATINGS } from '../codes.js';
import { evaluate } from '../evaluate/evaluate.js';
import { parseTeam, TeamMemberSchema } from './input.js';

/** Members as callers send them: valid, nearly valid and wrong, with string and number skor. */
const memberLike = fc.record(
  {
    nip: fc.oneof(fc.constantFrom('198703122010011002', 'A', ''), fc.string({ maxLength: 70 })),
    predikat: fc.oneof(fc.constantFrom(...PREDIKAT_PEGAWAI), fc.constant('baik')),
    ratingHasilKerja: fc.oneof(fc.constantFrom(...RATINGS), fc.constant(undefined)),
    ratingPerilaku: fc.constantFrom(...RATINGS),
    skor: fc.oneof(
      fc.double({ noNaN: false }),
      fc.constantFrom('97.5', '-3', '61.25', '1e3', '.5', '7.', ' 8', '9'.repeat(400), ''),
      fc.integer().map(String),
    ),
    unit: fc.oneof(fc.constantFrom('Dinas A', ''), fc.constant(undefined)),
    kepalaUnit: fc.oneof(fc.boolean(), fc.constant('ya')),
    nama: fc.oneof(fc.string(), fc.integer()),
    extra: fc.constant(1),
  },
  { requiredKeys: [] },
);

describe('parseTeam', () => {
  it('accepts and outputs exactly what TeamMemberSchema does (the hand-written fast path)', () => {
    fc.assert(
      fc.property(memberLike, (m) => {
        const z = TeamMemberSchema.safeParse(m);
        const t = parseTeam([m]);
        if (z.success) {
          expect(t.issues).toEqual([]);
          expect(t.members).toEqual([z.data]);
        } else {
          expect(t.members).toEqual([]);
          expect(t.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the ranking score of an evaluate() result as its number', () => {
    const r = evaluate({
      pegawai: {
        nip: '198703122010011002',
        nama: 'Budi',
        jabatan: { jenis: 'PELAKSANA' },
        unitKerja: { id: 'U1', nama: 'Dinas' },
      },
      periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
      ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
      ratingPerilaku: 'SESUAI_EKSPEKTASI',
    });
    expect(r.ok).toBe(true);
    const withScore = { ...r, nilai: { ...r.nilai, rataRataCapaian: '104.25' } };
    const t = parseTeam([withScore]);
    expect(t.issues).toEqual([]);
    expect(t.members).toEqual([
      {
        nip: '198703122010011002',
        predikat: 'BAIK',
        ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
        ratingPerilaku: 'SESUAI_EKSPEKTASI',
        skor: 104.25,
        unit: 'U1',
        nama: 'Budi',
      },
    ]);
  });
});
