import { describe, expect, it, vi } from 'vitest';
import { pmk6Appraisal, pp30Appraisal, pp46Appraisal, prng } from '../../bench/fixtures.js';

type Core = typeof import('../index.js');

/** A fresh copy of the library: every module-level cache empty. */
async function freshCore(): Promise<Core> {
  vi.resetModules();
  return import('../index.js');
}

/**
 * Appraisals of the three regimes, each under the national ruleset and under an agency ruleset
 * that settles one UNCERTAIN reading (so the same appraisal has different reading warnings),
 * with and without trace and rincian.
 */
function runs(core: Core) {
  const rand = prng(909);
  const pp30Agency = core.extendRuleset(core.rulesets['permenpanrb-8-2021'], {
    id: 'pemkab-contoh-pp30',
    agency: 'Pemkab Contoh',
    params: { modeCelahCapaian: { value: 'HALF_OPEN' } },
  });
  const pp46Agency = core.extendRuleset(core.rulesets['pp46-2011'], {
    id: 'pemkab-contoh-pp46',
    agency: 'Pemkab Contoh',
    params: { clampNegatif: { value: false } },
  });
  const out: { input: unknown; opts: Parameters<Core['evaluate']>[1] }[] = [];
  for (let i = 0; i < 120; i++) {
    const pick = i % 3;
    const input =
      pick === 0
        ? pp30Appraisal(rand, i)
        : pick === 1
          ? pp46Appraisal(rand, i)
          : pmk6Appraisal(rand, i);
    const agency = pick === 0 ? pp30Agency : pick === 1 ? pp46Agency : undefined;
    for (const ruleset of agency === undefined ? [undefined] : [undefined, agency]) {
      out.push({ input, opts: { trace: i % 7 === 0, rincian: i % 2 === 0, ruleset } });
    }
  }
  return out;
}

describe("evaluate's caches never change a result", () => {
  it('the same JSON in any order as from a fresh copy of the library, warnings included', async () => {
    const cold = await freshCore();
    const coldRuns = runs(cold);
    // In input order on one copy ...
    const expected = coldRuns.map((r) => JSON.stringify(cold.evaluate(r.input, r.opts)));
    expect(expected.some((j) => j.includes('UNCERTAIN_READING'))).toBe(true);

    const warm = await freshCore();
    const warmRuns = runs(warm);
    const order = warmRuns.map((_, i) => i);
    // ... and on another reversed, then interleaved from both ends: every cache sees other
    // neighbours.
    for (const indices of [
      [...order].reverse(),
      order.flatMap((i) => (i < order.length / 2 ? [i, order.length - 1 - i] : [])),
    ]) {
      for (const i of indices) {
        const r = warmRuns[i] as (typeof warmRuns)[number];
        expect(JSON.stringify(warm.evaluate(r.input, r.opts)), `run ${i}`).toBe(expected[i]);
      }
    }
  });
});
