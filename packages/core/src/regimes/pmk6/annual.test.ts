import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKAT_PEGAWAI, type PredikatPegawai } from '../../codes.js';
import { periode } from '../../model/periode.js';
import type { Pmk6Ruleset } from '../../ruleset/types.js';
import { aggregateAnnual, type PeriodicPredikat } from './annual.js';
import type { AgregasiTahunan } from './params.js';
import { permenpanrb_6_2022 } from './ruleset.js';

const MODES: AgregasiTahunan[] = ['PERIODE_TERAKHIR', 'MODUS', 'TERBURUK', 'RATA_RATA_ORDINAL'];

function rs(mode: AgregasiTahunan, roundingMode?: 'HALF_UP' | 'DOWN' | 'HALF_EVEN'): Pmk6Ruleset {
  const p = permenpanrb_6_2022.params.agregasiTahunan;
  return {
    ...permenpanrb_6_2022,
    ...(roundingMode
      ? { rounding: { ...permenpanrb_6_2022.rounding, value: { dp: 2, mode: roundingMode } } }
      : {}),
    params: {
      ...permenpanrb_6_2022.params,
      agregasiTahunan: { ...p, value: mode, ...(mode === p.value ? {} : { overriddenBy: 'test' }) },
    },
  };
}

const quarters = (...ps: PredikatPegawai[]): PeriodicPredikat[] =>
  ps.map((predikat, i) => ({
    periode: periode.triwulan(2024, (i + 1) as 1 | 2 | 3 | 4),
    predikat,
  }));

describe('aggregateAnnual — the four readings', () => {
  it.each<[AgregasiTahunan, PredikatPegawai[], PredikatPegawai]>([
    ['PERIODE_TERAKHIR', ['SANGAT_BAIK', 'BAIK', 'BAIK', 'BUTUH_PERBAIKAN'], 'BUTUH_PERBAIKAN'],
    ['TERBURUK', ['SANGAT_BAIK', 'KURANG', 'BAIK', 'BAIK'], 'KURANG'],
    ['MODUS', ['BAIK', 'SANGAT_BAIK', 'BAIK', 'KURANG'], 'BAIK'],
    // 2–2 tie: goes to the tied predikat of the most recent period.
    ['MODUS', ['SANGAT_BAIK', 'BAIK', 'SANGAT_BAIK', 'BAIK'], 'BAIK'],
    ['MODUS', ['BAIK', 'SANGAT_BAIK', 'SANGAT_BAIK', 'BAIK'], 'BAIK'],
    ['MODUS', ['BAIK', 'SANGAT_BAIK', 'BAIK', 'SANGAT_BAIK'], 'SANGAT_BAIK'],
    // 4 singletons: the last one wins the tie.
    ['MODUS', ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG'], 'KURANG'],
    // (5+4+4+4)/4 = 4.25 → 4.
    ['RATA_RATA_ORDINAL', ['SANGAT_BAIK', 'BAIK', 'BAIK', 'BAIK'], 'BAIK'],
    // (5+5+4+4)/4 = 4.5 → HALF_UP → 5.
    ['RATA_RATA_ORDINAL', ['SANGAT_BAIK', 'SANGAT_BAIK', 'BAIK', 'BAIK'], 'SANGAT_BAIK'],
    // (1+1+1+4)/4 = 1.75 → 2.
    ['RATA_RATA_ORDINAL', ['SANGAT_KURANG', 'SANGAT_KURANG', 'SANGAT_KURANG', 'BAIK'], 'KURANG'],
  ])('%s of %j → %s', (mode, ps, expected) => {
    const out = aggregateAnnual(quarters(...ps), rs(mode));
    expect(out).toMatchObject({ ok: true, predikat: expected, tahun: 2024, agregasi: mode });
    if (!out.ok) return;
    expect(out.trace).toHaveLength(1);
    expect(out.trace[0]).toMatchObject({
      rule: 'pmk6.tahunan.agregasi',
      kind: 'reading',
      ref: { status: 'UNCERTAIN' },
      parameter: { name: 'agregasiTahunan', value: mode, isDefault: mode === 'PERIODE_TERAKHIR' },
      output: expected,
    });
    expect(out.warnings.map((w) => w.code)).toEqual(['READING_USED']);
    expect(out.label).toEqual(permenpanrbLabel(expected));
  });

  it('RATA_RATA_ORDINAL rounds with the ruleset rounding mode (a half goes down with DOWN)', () => {
    const ps = quarters('SANGAT_BAIK', 'SANGAT_BAIK', 'BAIK', 'BAIK');
    expect(aggregateAnnual(ps, rs('RATA_RATA_ORDINAL', 'DOWN'))).toMatchObject({
      predikat: 'BAIK',
    });
    expect(aggregateAnnual(ps, rs('RATA_RATA_ORDINAL', 'HALF_EVEN'))).toMatchObject({
      predikat: 'BAIK',
    });
    const out = aggregateAnnual(ps, rs('RATA_RATA_ORDINAL'));
    expect(out.ok && out.trace[0]?.inputs.rataRata).toBe('4.5');
    expect(out.ok && out.trace[0]?.explanation?.id).toContain('18/4 = 4.5');
  });

  it('defaults to the national ruleset (PERIODE_TERAKHIR) and sorts by date', () => {
    const ps = quarters('BAIK', 'BAIK', 'BAIK', 'SANGAT_BAIK').reverse();
    expect(aggregateAnnual(ps)).toMatchObject({ ok: true, predikat: 'SANGAT_BAIK' });
  });

  it('works with monthly periods', () => {
    const months: PeriodicPredikat[] = Array.from({ length: 12 }, (_, i) => ({
      periode: periode.bulanan(2023, i + 1),
      predikat: i === 11 ? 'SANGAT_BAIK' : 'BAIK',
    }));
    expect(aggregateAnnual(months)).toMatchObject({
      ok: true,
      predikat: 'SANGAT_BAIK',
      tahun: 2023,
      warnings: [{ code: 'READING_USED' }],
    });
    expect(aggregateAnnual(months, rs('MODUS'))).toMatchObject({ predikat: 'BAIK' });
  });
});

const permenpanrbLabel = (p: PredikatPegawai) =>
  ({
    SANGAT_BAIK: { id: 'Sangat Baik', en: 'Outstanding' },
    BAIK: { id: 'Baik', en: 'Good' },
    BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
    KURANG: { id: 'Kurang/Misconduct', en: 'Poor/Misconduct' },
    SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },
  })[p];

describe('aggregateAnnual — invalid and imperfect input', () => {
  it('empty input → ANNUAL_EMPTY', () => {
    expect(aggregateAnnual([])).toMatchObject({ ok: false, issues: [{ code: 'ANNUAL_EMPTY' }] });
    expect(aggregateAnnual(null as never)).toMatchObject({
      ok: false,
      issues: [{ code: 'ANNUAL_EMPTY' }],
    });
  });

  it('overlapping periods → ANNUAL_OVERLAP with the index of each', () => {
    const out = aggregateAnnual([
      { periode: periode.triwulan(2024, 1), predikat: 'BAIK' },
      { periode: periode.semester(2024, 1), predikat: 'BAIK' },
    ]);
    expect(out).toMatchObject({
      ok: false,
      issues: [{ code: 'ANNUAL_OVERLAP', path: [1, 'periode'], params: { other: 0 } }],
    });
    const dup = aggregateAnnual(quarters('BAIK', 'BAIK').concat(quarters('BAIK')));
    expect(dup).toMatchObject({ ok: false, issues: [{ code: 'ANNUAL_OVERLAP' }] });
  });

  it('periods of two years → ANNUAL_MIXED_YEARS', () => {
    const out = aggregateAnnual([
      { periode: periode.triwulan(2023, 4), predikat: 'BAIK' },
      { periode: periode.triwulan(2024, 1), predikat: 'BAIK' },
    ]);
    expect(out).toMatchObject({
      ok: false,
      issues: [{ code: 'ANNUAL_MIXED_YEARS', params: { tahun: '2023, 2024' } }],
    });
  });

  it('invalid entries → issues with their index paths', () => {
    const out = aggregateAnnual([
      { periode: periode.triwulan(2024, 1), predikat: 'CUKUP' as never },
      {
        periode: { jenis: 'TRIWULAN', mulai: '2024-13-01', selesai: '2024-06-30' },
        predikat: 'BAIK',
      },
    ]);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues.map((i) => i.path)).toEqual([
      [0, 'predikat'],
      [1, 'periode', 'mulai'],
    ]);
  });

  it('a gap and a partial year are warnings, not errors', () => {
    const out = aggregateAnnual([
      { periode: periode.triwulan(2024, 1), predikat: 'BAIK' },
      { periode: periode.triwulan(2024, 3), predikat: 'SANGAT_BAIK' },
    ]);
    expect(out).toMatchObject({ ok: true, predikat: 'SANGAT_BAIK' });
    expect(out.ok && out.warnings.map((w) => w.code)).toEqual([
      'ANNUAL_GAP',
      'ANNUAL_PARTIAL_YEAR',
      'READING_USED',
    ]);
  });

  it('a predikat that disagrees with the matrix for its recorded ratings is a warning', () => {
    const out = aggregateAnnual([
      {
        periode: periode.tahunan(2024),
        ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
        ratingPerilaku: 'DI_BAWAH_EKSPEKTASI',
        predikat: 'BUTUH_PERBAIKAN',
      },
    ]);
    expect(out).toMatchObject({ ok: true, predikat: 'BUTUH_PERBAIKAN' });
    expect(out.ok && out.warnings[0]).toMatchObject({
      code: 'ANNUAL_PREDIKAT_MISMATCH',
      path: [0, 'predikat'],
    });
  });

  it('an unknown aggregation mode from a JSON ruleset is an issue', () => {
    expect(aggregateAnnual(quarters('BAIK'), rs('MEDIAN' as never))).toMatchObject({
      ok: false,
      issues: [{ code: 'UNKNOWN_AGGREGATION' }],
    });
  });
});

describe('aggregateAnnual — properties', () => {
  const predikat = fc.constantFrom(...PREDIKAT_PEGAWAI);
  // A year cut into consecutive monthly, quarterly or semester periods.
  const year = fc.oneof(
    fc
      .array(predikat, { minLength: 12, maxLength: 12 })
      .map((ps) => ps.map((p, i) => ({ periode: periode.bulanan(2024, i + 1), predikat: p }))),
    fc.array(predikat, { minLength: 4, maxLength: 4 }).map((ps) => quarters(...ps)),
    fc
      .array(predikat, { minLength: 2, maxLength: 2 })
      .map((ps) =>
        ps.map((p, i) => ({ periode: periode.semester(2024, (i + 1) as 1 | 2), predikat: p })),
      ),
  );
  const subsetShuffled = (xs: PeriodicPredikat[]) =>
    fc
      .shuffledSubarray(xs, { minLength: 1 })
      .chain((sub) =>
        fc
          .shuffledSubarray(sub, { minLength: sub.length, maxLength: sub.length })
          .map((perm) => [sub, perm] as const),
      );

  it('the result does not depend on input order, for every reading', () => {
    fc.assert(
      fc.property(year.chain(subsetShuffled), fc.constantFrom(...MODES), ([sub, perm], mode) => {
        const a = aggregateAnnual(sub, rs(mode));
        const b = aggregateAnnual(perm, rs(mode));
        expect(b.ok).toBe(a.ok);
        if (a.ok && b.ok) {
          expect(b.predikat).toBe(a.predikat);
          expect(b.trace).toEqual(a.trace);
          expect(b.warnings.map((w) => w.code)).toEqual(a.warnings.map((w) => w.code));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the annual predikat is always one of the periodic ones (except the ordinal mean) and never worse than the worst', () => {
    const idx = (p: PredikatPegawai) => PREDIKAT_PEGAWAI.indexOf(p);
    fc.assert(
      fc.property(year, fc.constantFrom(...MODES), (ps, mode) => {
        const out = aggregateAnnual(ps, rs(mode));
        if (!out.ok) throw new Error('expected ok');
        const worst = Math.max(...ps.map((p) => idx(p.predikat)));
        const best = Math.min(...ps.map((p) => idx(p.predikat)));
        expect(idx(out.predikat)).toBeLessThanOrEqual(worst);
        expect(idx(out.predikat)).toBeGreaterThanOrEqual(best);
        if (mode !== 'RATA_RATA_ORDINAL') expect(ps.map((p) => p.predikat)).toContain(out.predikat);
        if (mode === 'TERBURUK') expect(idx(out.predikat)).toBe(worst);
      }),
      { numRuns: 300 },
    );
  });
});
