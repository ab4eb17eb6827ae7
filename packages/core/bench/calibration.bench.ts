/**
 * Calibration throughput over an instansi of 5,000 units holding 1M employees (at
 * BENCH_SCALE=1; the data and the iteration count both scale with BENCH_SCALE). One timed call
 * handles the next unit, and the iteration count is one pass over all units, so ops/s reads as
 * units per second.
 *
 * - baseline `naive count-and-compare`: counts predikat and compares float shares with the SE
 *   percentages (what a spreadsheet does; wrong at quota edges, no guidance ranges, no readings);
 * - `checkDistribution (members)`: the public call on the unit's JSON members (validation,
 *   integer intervals, add/remove ranges, feasibility at the headcount);
 * - `checkDistribution (counts)`: the same on pre-counted predikat;
 * - `proposeCalibration`: the fewest matrix-consistent changes with reasons and evidence.
 */

import { checkDistribution, proposeCalibration } from '../src/calibration/index.js';
import type { PredikatOrganisasi, PredikatPegawai, Rating } from '../src/codes.js';
import { permenpanrb_6_2022 } from '../src/regimes/pmk6/ruleset.js';
import { prng } from './fixtures.js';
import { defineSuite } from './harness.js';

const UNITS = 5_000;
const EMPLOYEES = 1_000_000;
const scale = (() => {
  const s = Number(process.env.BENCH_SCALE ?? '1');
  return Number.isFinite(s) && s > 0 ? s : 1;
})();

interface Member {
  nip: string;
  predikat: PredikatPegawai;
  ratingHasilKerja: Rating;
  ratingPerilaku: Rating;
  skor: number;
}
interface Unit {
  org: PredikatOrganisasi;
  members: Member[];
  counts: Record<PredikatPegawai, number>;
}
interface Input {
  units: Unit[];
  next: number;
}

const MX = permenpanrb_6_2022.params.matriks.value;
const ORGS: PredikatOrganisasi[] = [
  'ISTIMEWA',
  'BAIK',
  'BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
];

function pick<T>(rand: () => number, xs: readonly [T, number][]): T {
  let r = rand();
  for (const [x, w] of xs) {
    if (r < w) return x;
    r -= w;
  }
  return (xs[xs.length - 1] as [T, number])[0];
}

function makeInput(): Input {
  const rand = prng(20240131);
  const nUnits = Math.max(10, Math.round(UNITS * scale));
  const perUnit = EMPLOYEES / UNITS;
  const units: Unit[] = [];
  let id = 0;
  for (let u = 0; u < nUnits; u++) {
    const size = Math.max(1, Math.round(perUnit * (0.1 + 1.8 * rand())));
    const org = ORGS[Math.floor(rand() * ORGS.length)] as PredikatOrganisasi;
    const members: Member[] = [];
    const counts = { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 };
    for (let k = 0; k < size; k++) {
      const h = pick<Rating>(rand, [
        ['DI_ATAS_EKSPEKTASI', 0.3],
        ['SESUAI_EKSPEKTASI', 0.6],
        ['DI_BAWAH_EKSPEKTASI', 0.1],
      ]);
      const p = pick<Rating>(rand, [
        ['DI_ATAS_EKSPEKTASI', 0.35],
        ['SESUAI_EKSPEKTASI', 0.6],
        ['DI_BAWAH_EKSPEKTASI', 0.05],
      ]);
      const predikat = MX[h][p];
      counts[predikat]++;
      members.push({
        nip: `19800101200501${String(1000000 + id++).slice(1)}`,
        predikat,
        ratingHasilKerja: h,
        ratingPerilaku: p,
        skor: Math.round((60 + rand() * 60) * 100) / 100,
      });
    }
    units.push({ org, members, counts });
  }
  return { units, next: 0 };
}

function nextUnit(s: Input): Unit {
  const u = s.units[s.next] as Unit;
  s.next = (s.next + 1) % s.units.length;
  return u;
}

/** The usual hand-rolled check: float shares against the SE percentages. */
function naiveCheck(u: Unit): boolean {
  const c: Record<string, number> = {};
  for (const m of u.members) c[m.predikat] = (c[m.predikat] ?? 0) + 1;
  const n = u.members.length;
  const share = (k: string) => (c[k] ?? 0) / n;
  switch (u.org) {
    case 'ISTIMEWA':
      return share('SANGAT_BAIK') <= 0.7;
    case 'BAIK':
      return share('BAIK') <= 0.7 && (c.BUTUH_PERBAIKAN ?? 0) + (c.KURANG ?? 0) >= 1;
    case 'BUTUH_PERBAIKAN':
      return share('BUTUH_PERBAIKAN') >= 0.6 && share('SANGAT_BAIK') <= 0.1;
    case 'KURANG':
      return (
        share('KURANG') >= 0.6 && share('BUTUH_PERBAIKAN') >= 0.1 && share('SANGAT_BAIK') <= 0.1
      );
    case 'SANGAT_KURANG':
      return (
        share('SANGAT_KURANG') >= 0.6 &&
        share('KURANG') + share('BUTUH_PERBAIKAN') >= 0.1 &&
        (c.SANGAT_BAIK ?? 0) === 0
      );
  }
}

export default [
  defineSuite<Input>({
    name: `calibration: 5,000 units / 1M employees (× BENCH_SCALE), one unit per call`,
    iterations: UNITS,
    baseline: {
      name: 'naive count-and-compare',
      setup: makeInput,
      fn: (s) => naiveCheck(nextUnit(s)),
    },
    candidates: [
      {
        name: 'checkDistribution (members)',
        fn: (s) => {
          const u = nextUnit(s);
          return checkDistribution(u.members, u.org);
        },
      },
      {
        name: 'checkDistribution (counts)',
        fn: (s) => {
          const u = nextUnit(s);
          return checkDistribution(u.counts, u.org);
        },
      },
      {
        name: 'proposeCalibration',
        fn: (s) => {
          const u = nextUnit(s);
          return proposeCalibration(u.members, u.org);
        },
      },
    ],
  }),
];
