/**
 * Core scoring throughput against a naive float implementation measured in the same run
 * (issue: exact results at ≥ 25 % of the float throughput; a naive decimal.js
 * implementation reaches about 0.2 %).
 *
 * The baseline reads the same validated appraisal objects as the exact kernel (targets and
 * realisasi with their units, as agency data carries them), so the ratio measures the price
 * of exactness alone. (The same code on the raw input objects runs at about the same speed;
 * it is not a candidate here because sharing the function between two object layouts would
 * make the baseline's own code polymorphic.)
 *
 * Candidates:
 * - `kinerja exact (pre-validated)`: `scoreKernel`, the exact scoring kernel `evaluate` runs
 *   after validation: a fused fast path for the common case (PP 46, 6/2022), else the general
 *   scorer on the float arena, re-run on decimal.js whenever a decision is not proven; setup
 *   prints how many appraisals took each path, since the ratio depends on it;
 * - `… no rincian`: the same without the per-kegiatan breakdown (`evaluate({ rincian: false })`,
 *   what a batch job reporting only the final values runs) — the naive baseline computes only
 *   the final values too;
 * - `kinerja evaluate()`: the full public call without trace (validation + scoring);
 * - `kinerja evaluate() decimal`: the same forced onto decimal.js;
 * - `naive decimal.js`: the float code rewritten with decimal.js (the usual "make it exact" fix).
 */
import Decimal from 'decimal.js';
import { scoreKernel } from '../src/evaluate/kernel.js';
import {
  type Appraisal,
  type AppraisalInput,
  AppraisalSchema,
  evaluate,
  extendRuleset,
  permenpanrb_6_2022,
  permenpanrb_8_2021,
  pp46_2011,
  type Ruleset,
} from '../src/index.js';
import { scorePmk6Fast } from '../src/regimes/pmk6/fast.js';
import { scorePp30Fast } from '../src/regimes/pp30/fast.js';
import { scorePp46Fast } from '../src/regimes/pp46/fast.js';
import { resolveIndicatorTypes } from '../src/ruleset/registry.js';
import {
  naivePmk6,
  naivePp30,
  naivePp46,
  pmk6Appraisal,
  pp30Appraisal,
  pp46Appraisal,
  prng,
} from './fixtures.js';
import { defineSuite } from './harness.js';

const POOL = 20_000;
const TYPES = new Map<Ruleset, ReturnType<typeof resolveIndicatorTypes>['types']>();

function typesOf(rs: Ruleset) {
  let types = TYPES.get(rs);
  if (types === undefined) {
    types = resolveIndicatorTypes(rs).types;
    TYPES.set(rs, types);
  }
  return types;
}

/** The exact kernel on a validated appraisal (what `evaluate` runs after validation). */
function exact(a: Appraisal, rs: Ruleset, rincian = true) {
  return scoreKernel(a, rs, typesOf(rs), false, 'auto', rincian);
}

/**
 * Prints how many appraisals of the pool each path decided — the fused fast path, the general
 * scorer on floats, or decimal.js — and checks that every one of them scores (a fixture that
 * only yields issues would time nothing).
 */
function reportFallback(what: string, pool: readonly Appraisal[], rs: Ruleset): void {
  let fused = 0;
  let decimal = 0;
  for (const a of pool) {
    const r = exact(a, rs);
    if (!r.outcome.ok)
      throw new Error(`${what} fixture does not score: ${JSON.stringify(r.outcome)}`);
    if (r.backend === 'decimal') decimal++;
    else if (fusedPath(a, rs)) fused++;
  }
  const pct = (n: number) => ((100 * n) / pool.length).toFixed(2);
  console.log(
    `  ${what}: of ${pool.length} appraisals, ${fused} (${pct(fused)} %) on the fused fast path, ` +
      `${pool.length - fused - decimal} on the general float scorer, ${decimal} (${pct(decimal)} %) re-run on decimal.js`,
  );
}

/**
 * Prints how many PP 30 appraisals of the pool (the first 5,000) have their nilai kinerja on a
 * half cent, a rounding tie the reference's values decide: read off the general scorer
 * reporting 12 decimals, on a copy (the timed objects stay untouched). Counting the fast
 * path's own decisions would mean patching it, which changed every timing after it.
 */
function reportTies(what: string, raw: readonly AppraisalInput[], rs: Ruleset): void {
  const sample = raw.slice(0, 5000).map((r) => AppraisalSchema.parse(r));
  const wide = extendRuleset(rs, {
    id: 'bench-12dp',
    agency: 'bench',
    rounding: { value: { dp: 12, mode: 'HALF_UP' } },
  });
  let ties = 0;
  for (const a of sample) {
    const r = exact(a, wide, false).outcome;
    if (r.ok && /\.\d\d50{9}$/.test(r.nilai.kinerja ?? '')) ties++;
  }
  const pct = ((100 * ties) / sample.length).toFixed(2);
  console.log(
    `  ${what}: ${ties} of ${sample.length} (${pct} %) with nilai kinerja on a half cent`,
  );
}

/** Whether the fused fast path decides `a` alone. */
function fusedPath(a: Appraisal, rs: Ruleset): boolean {
  if (rs.regime === 'PP46_2011') return scorePp46Fast(a, rs) !== undefined;
  if (rs.regime === 'PERMENPANRB_6_2022') return scorePmk6Fast(a, rs) !== undefined;
  return scorePp30Fast(a, rs, typesOf(rs)) !== undefined;
}

function naiveDecimalPp46(a: Appraisal): string {
  let total = new Decimal(0);
  let n = 0;
  for (const k of a.skp?.rencanaHasilKerja ?? []) {
    const v: Record<string, Decimal> = {};
    for (const iki of k.indikator) {
      const t = new Decimal((iki.target as { jumlah: number | string }).jumlah);
      const r = new Decimal((iki.realisasi as { jumlah: number | string }).jumlah);
      if (iki.aspek === 'KUANTITAS' || iki.aspek === 'KUALITAS') v[iki.aspek] = r.div(t).times(100);
      else {
        const e = new Decimal(100).minus(r.div(t).times(100));
        const b1 = new Decimal(1.76).times(t).minus(r).div(t).times(100);
        v[iki.aspek] = e.lte(24) ? b1 : new Decimal(76).minus(b1.minus(100));
      }
    }
    const vals = Object.values(v);
    total = total.plus(vals.reduce((s, x) => s.plus(x), new Decimal(0)).div(vals.length));
    n++;
  }
  const tt = a.skp?.tugasTambahan?.length ?? 0;
  const skp = total.div(n).plus(tt === 0 ? 0 : tt <= 3 ? 1 : tt <= 6 ? 2 : 3);
  const nilai = Object.values(a.perilaku?.penilaian[0]?.nilai ?? {}).map(
    (x) => new Decimal(x as number),
  );
  const perilaku = nilai.reduce((s, x) => s.plus(x), new Decimal(0)).div(nilai.length);
  return skp.times(0.6).plus(perilaku.times(0.4)).toDecimalPlaces(2).toFixed(2);
}

function cycle<T>(xs: T[]): () => T {
  let i = 0;
  return () => xs[i++ % xs.length] as T;
}

/**
 * A PP 46/2011 suite over `pp46Appraisal(…, 5, diTarget)` (seed `seed`): the exact kernel with
 * and without rincian, and with `withEvaluate` the public `evaluate()` and naive decimal.js too.
 */
function pp46Suite({ what, label, seed, diTarget, withEvaluate }: SuiteSpec) {
  return defineSuite({
    name: `PP 46/2011 scoring, ${what} (1M appraisals)`,
    iterations: 1_000_000,
    baseline: {
      name: 'naive float (typical app code)',
      setup: () => {
        const rand = prng(seed);
        const raw = Array.from({ length: POOL }, (_, i) => pp46Appraisal(rand, i, 5, diTarget));
        const parsed = raw.map((r) => AppraisalSchema.parse(r));
        reportFallback(label, parsed, pp46_2011);
        return {
          parsed: cycle(parsed),
          rawB: cycle(raw),
          parsedB: cycle(parsed),
          parsedC: cycle(parsed),
        };
      },
      // The same validated objects the exact candidates read: the ratio is the price of
      // exactness, not of a different memory layout.
      fn: (s) => naivePp46(s.parsedC()),
    },
    candidates: [
      {
        name: 'kinerja exact (pre-validated)',
        fn: (s) => exact(s.parsed(), pp46_2011),
      },
      {
        name: 'kinerja exact (pre-validated), no rincian',
        fn: (s) => exact(s.parsedB(), pp46_2011, false),
      },
      ...(withEvaluate
        ? [
            {
              name: 'kinerja evaluate() no trace',
              fn: (s: Pools) => evaluate(s.rawB(), { trace: false }),
              iterations: 200_000,
            },
            {
              name: 'kinerja evaluate() no trace, no rincian',
              fn: (s: Pools) => evaluate(s.rawB(), { trace: false, rincian: false }),
              iterations: 200_000,
            },
            {
              name: 'kinerja evaluate() decimal, no trace',
              fn: (s: Pools) => evaluate(s.rawB(), { trace: false, backend: 'decimal' }),
              iterations: 20_000,
            },
            {
              name: 'kinerja evaluate() with full trace',
              fn: (s: Pools) => evaluate(s.rawB()),
              iterations: 10_000,
            },
            {
              name: 'naive decimal.js',
              fn: (s: Pools) => naiveDecimalPp46(s.parsedB()),
              iterations: 50_000,
            },
          ]
        : []),
    ],
  });
}

/**
 * A generated suite: `what` in its name, `label` in its reports, the PRNG `seed`, the share of
 * realisasi at their target, and whether `evaluate()` is timed too.
 */
interface SuiteSpec {
  readonly what: string;
  readonly label: string;
  readonly seed: number;
  readonly diTarget: number;
  readonly withEvaluate: boolean;
}

/** The cycling pools a suite's setup returns. */
interface Pools {
  readonly rawB: () => AppraisalInput;
  readonly parsedB: () => Appraisal;
}

/**
 * A PP 30/2019 suite over `pp30Appraisal(…, diTarget)` (seed `seed`): the exact kernel with and
 * without rincian, and with `withEvaluate` the public `evaluate()` too.
 */
function pp30Suite({ what, label, seed, diTarget, withEvaluate }: SuiteSpec) {
  return defineSuite({
    name: `PP 30/2019 + PermenPANRB 8/2021 scoring, ${what} (1M appraisals)`,
    iterations: 1_000_000,
    baseline: {
      name: 'naive float (typical app code)',
      setup: () => {
        const rand = prng(seed);
        const raw = Array.from({ length: POOL }, (_, i) => pp30Appraisal(rand, i, 3, diTarget));
        const parsed = raw.map((r) => AppraisalSchema.parse(r));
        reportFallback(label, parsed, permenpanrb_8_2021);
        reportTies(label, raw, permenpanrb_8_2021);
        return {
          parsed: cycle(parsed),
          parsedB: cycle(parsed),
          rawB: cycle(raw),
          parsedC: cycle(parsed),
        };
      },
      fn: (s) => naivePp30(s.parsedC()),
    },
    candidates: [
      {
        name: 'kinerja exact (pre-validated)',
        fn: (s) => exact(s.parsed(), permenpanrb_8_2021),
      },
      {
        name: 'kinerja exact (pre-validated), no rincian',
        fn: (s) => exact(s.parsedB(), permenpanrb_8_2021, false),
      },
      ...(withEvaluate
        ? [
            {
              name: 'kinerja evaluate() no trace',
              fn: (s: { rawB: () => AppraisalInput }) => evaluate(s.rawB(), { trace: false }),
              iterations: 200_000,
            },
            {
              name: 'kinerja evaluate() no trace, no rincian',
              fn: (s: { rawB: () => AppraisalInput }) =>
                evaluate(s.rawB(), { trace: false, rincian: false }),
              iterations: 200_000,
            },
            {
              name: 'kinerja evaluate() with full trace',
              fn: (s: { rawB: () => AppraisalInput }) => evaluate(s.rawB()),
              iterations: 10_000,
            },
          ]
        : []),
    ],
  });
}

export default [
  pp46Suite({
    what: '5 kegiatan per appraisal',
    label: 'PP 46/2011',
    seed: 46,
    diTarget: 0,
    withEvaluate: true,
  }),
  // Agency data: nine realisasi in ten equal their targets. A kegiatan then often scores
  // 92 ((100 + 100 + 76) / 3), and a third of another one sometimes meets 0.6 × nilai SKP on a
  // half cent of prestasi kerja (87.665): a tie the reference's rounded thirds decide.
  pp46Suite({
    what: '9 in 10 realisasi at their target',
    label: 'PP 46/2011, 9 in 10 at target',
    seed: 4690,
    diTarget: 0.9,
    withEvaluate: false,
  }),
  pp30Suite({
    what: '3 RHK x 3 IKI',
    label: 'PP 30/2019',
    seed: 30,
    diTarget: 0,
    withEvaluate: true,
  }),
  // Agency data: nine realisasi in ten equal their targets. Nilai SKP is then often a whole
  // number and nilai kinerja, with perilaku in quarters, lies on a half cent for about a
  // fifth of the appraisals: the reference's values decide those (rounding ties).
  pp30Suite({
    what: '9 in 10 realisasi at their target',
    label: 'PP 30/2019, 9 in 10 at target',
    seed: 3090,
    diTarget: 0.9,
    withEvaluate: false,
  }),
  defineSuite({
    // A call takes tens of nanoseconds: 10M calls give rounds of tens of milliseconds, long
    // enough that timer and JIT noise do not decide the ratio.
    name: 'PermenPANRB 6/2022 matrix (10M appraisals)',
    iterations: 10_000_000,
    baseline: {
      name: 'naive lookup (typical app code)',
      setup: () => {
        const rand = prng(622);
        const raw = Array.from({ length: POOL }, (_, i) => pmk6Appraisal(rand, i));
        const parsed = raw.map((r) => AppraisalSchema.parse(r));
        reportFallback('PermenPANRB 6/2022', parsed, permenpanrb_6_2022);
        return { parsed: cycle(parsed), rawB: cycle(raw), parsedC: cycle(parsed) };
      },
      // The same validated objects the exact candidate reads, as in the suites above.
      fn: (s) => naivePmk6(s.parsedC()),
    },
    candidates: [
      {
        name: 'kinerja exact (pre-validated)',
        fn: (s) => exact(s.parsed(), permenpanrb_6_2022),
      },
      {
        name: 'kinerja evaluate() no trace',
        fn: (s) => evaluate(s.rawB(), { trace: false }),
        iterations: 300_000,
      },
      {
        name: 'kinerja evaluate() with full trace',
        fn: (s) => evaluate(s.rawB()),
        iterations: 50_000,
      },
    ],
  }),
];
