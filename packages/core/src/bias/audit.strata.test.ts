/* audit({ stratifyBy }): raters compared within their unit, privacy per stratum. */
import { describe, expect, it } from 'vitest';
import { audit, type Finding } from './audit.js';
import { normal, rng } from './test-utils.js';

interface Unit {
  readonly name: string;
  readonly raters: number;
  readonly team: number;
  /** Shift of every rating in the unit (SD units): a lenient unit. */
  readonly shift?: number;
  /** Shift of rater 0 only: a lenient rater. */
  readonly lenientRater?: number;
}

/** Results shaped like evaluate() output (6/2022), with a continuous `nilai.akhir`. */
function simulate(seed: number, units: readonly Unit[]): unknown[] {
  const u = rng(seed);
  const out: unknown[] = [];
  for (const unit of units) {
    for (let j = 0; j < unit.raters; j++) {
      for (let i = 0; i < unit.team; i++) {
        const s = normal(u) + (unit.shift ?? 0) + (j === 0 ? (unit.lenientRater ?? 0) : 0);
        out.push({
          ok: true,
          nip: `${unit.name}-${j}-${i}`,
          unitKerja: unit.name,
          pegawai: { jenisAsn: 'PNS', jenisJabatan: 'PELAKSANA' },
          penilai: { nip: `${unit.name}/penilai-${j}` },
          periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
          predikat: { code: 'BAIK', scale: 'PMK6' },
          nilai: { akhir: (80 + 6 * s).toFixed(2) },
        });
      }
    }
  }
  return out;
}

const ORG: readonly Unit[] = [
  { name: 'Dinas A', raters: 4, team: 15, shift: 1.5 },
  { name: 'Dinas B', raters: 4, team: 15, lenientRater: 1.5 },
  { name: 'Dinas C', raters: 4, team: 15 },
  { name: 'Dinas D', raters: 4, team: 15 },
];
const lenient = (fs: readonly Finding[]) =>
  fs
    .filter((f) => f.code === 'RATER_LENIENT' && f.severity !== 'low')
    .map((f) => f.subject.id)
    .sort();
const opts = { score: { nilai: 'akhir' }, checks: ['leniency', 'spread', 'outliers'] } as const;

describe('audit stratifyBy: a lenient unit does not mask another unit’s lenient rater', () => {
  it.each([11, 12, 13, 14, 15])('seed %i', (seed) => {
    const data = simulate(seed, ORG);
    const pooled = audit(data, opts);
    const strat = audit(data, { ...opts, stratifyBy: 'unit' });
    if (!pooled.ok || !strat.ok) throw new Error('expected ok');
    // Pooled: the lenient unit's raters all look lenient; the planted rater is drowned.
    expect(
      lenient(pooled.findings).filter((id) => id.startsWith('Dinas A/')).length,
    ).toBeGreaterThan(1);
    // Within units: exactly the planted rater, and nobody from the lenient unit.
    expect(lenient(strat.findings)).toEqual(['Dinas B/penilai-0']);
    const f = strat.findings.find((x) => x.code === 'RATER_LENIENT');
    expect(f?.evidence.stratum).toBe('Dinas B');
    expect(f?.explanation.en).toContain('(stratum: Dinas B)');
    expect(strat.summary.checksRun).toEqual(['leniency', 'spread', 'outliers']);
    expect(strat.statistics.leniency).toMatchObject({ stratifiedBy: 'unit', unstratified: 0 });
    expect(
      Object.keys((strat.statistics.leniency as { strata: Record<string, unknown> }).strata),
    ).toEqual(['Dinas A', 'Dinas B', 'Dinas C', 'Dinas D']);
  });

  it('suppresses a stratum below minGroupSize whole, and leaves out rows without a key', () => {
    const data = simulate(21, [
      ...ORG,
      { name: 'Seksi Kecil', raters: 2, team: 2, lenientRater: 3 },
    ]).concat(
      simulate(22, [{ name: '', raters: 2, team: 3 }]), // no unit: left out
    );
    const r = audit(data, { ...opts, stratifyBy: 'unit', minGroupSize: 5 });
    if (!r.ok) throw new Error('expected ok');
    expect(r.summary.strata?.unstratified).toBe(6);
    expect(r.summary.strata?.strata['Seksi Kecil']).toMatchObject({ suppressed: true });
    expect(r.summary.strata?.strata['Dinas C']).toEqual({ ratees: 60, raters: 4 });
    expect(r.findings.some((f) => f.evidence.stratum === 'Seksi Kecil')).toBe(false);
    expect(JSON.stringify(r)).not.toContain('Seksi Kecil/penilai');
  });

  it('takes a function key, pooling only what it groups together', () => {
    const data = simulate(31, ORG);
    const byPair = audit(data, {
      ...opts,
      stratifyBy: (x: unknown) => {
        const unit = (x as { unitKerja?: string }).unitKerja;
        return unit === 'Dinas A' ? 'A' : 'BCD';
      },
    });
    if (!byPair.ok) throw new Error('expected ok');
    expect(byPair.summary.strata?.stratifiedBy).toBe('function');
    expect(lenient(byPair.findings)).toContain('Dinas B/penilai-0');
    expect(lenient(byPair.findings).some((id) => id.startsWith('Dinas A/'))).toBe(false);
  });

  it('refuses a stratifyBy that is neither "unit" nor a function', () => {
    const r = audit(simulate(41, ORG), { stratifyBy: 'golongan' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toEqual(['options', 'stratifyBy']);
  });
});
