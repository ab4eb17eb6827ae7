import {
  type AppliedRuleset,
  type BatchResult,
  type EvaluationResult,
  evaluate,
  evaluateMany,
  isRegimeResult,
  type Pmk6Rincian,
  type Pp30Rincian,
  type Regime,
  type RegimeOutcome,
  type RincianOf,
  type RincianPp46,
} from '@kinerja/core';
import { describe, expectTypeOf, it } from 'vitest';

describe('rincian is typed per regime', () => {
  it('RincianOf maps each regime to its breakdown, and the default to the union', () => {
    expectTypeOf<RincianOf<'PP46_2011'>>().toEqualTypeOf<RincianPp46>();
    expectTypeOf<RincianOf<'PP30_2019'>>().toEqualTypeOf<Pp30Rincian>();
    expectTypeOf<RincianOf<'PERMENPANRB_6_2022'>>().toEqualTypeOf<Pmk6Rincian>();
    expectTypeOf<RincianOf<Regime>>().toEqualTypeOf<RincianPp46 | Pp30Rincian | Pmk6Rincian>();
  });

  it('a plain EvaluationResult keeps its shape; rincian is the union instead of unknown', () => {
    const r = evaluate({});
    expectTypeOf(r).toEqualTypeOf<EvaluationResult>();
    expectTypeOf(r).toEqualTypeOf<EvaluationResult<Regime>>();
    expectTypeOf(r.rincian).toEqualTypeOf<RincianPp46 | Pp30Rincian | Pmk6Rincian | undefined>();
    expectTypeOf(r.ruleset).toEqualTypeOf<AppliedRuleset | undefined>();
    // A result of one regime is still an EvaluationResult.
    expectTypeOf<EvaluationResult<'PP30_2019'>>().toExtend<EvaluationResult>();
    // Casting rincian as consumers did when it was unknown still compiles.
    const nilaiDasar = (r.rincian as { nilaiDasar?: Record<string, string> } | undefined)
      ?.nilaiDasar;
    expectTypeOf(nilaiDasar).toEqualTypeOf<Record<string, string> | undefined>();
  });

  it('isRegimeResult narrows rincian and ruleset.regime', () => {
    const r = evaluate({});
    if (isRegimeResult(r, 'PP30_2019')) {
      expectTypeOf(r.rincian).toEqualTypeOf<Pp30Rincian | undefined>();
      expectTypeOf(r.ruleset?.regime).toEqualTypeOf<'PP30_2019' | undefined>();
      expectTypeOf(r.rincian?.skp.utama).toEqualTypeOf<string | undefined>();
    }
    if (isRegimeResult(r, 'PERMENPANRB_6_2022')) {
      expectTypeOf(r.rincian?.capaian?.[0]?.indikator[0]?.capaian).toEqualTypeOf<
        string | undefined
      >();
      // @ts-expect-error a 6/2022 breakdown has no PP 46 kegiatan
      r.rincian?.kegiatan;
    }
    if (isRegimeResult(r, 'PP46_2011')) {
      expectTypeOf(r.rincian).toEqualTypeOf<RincianPp46 | undefined>();
    }
  });

  it('narrowing on ruleset.regime still compiles and narrows the regime itself', () => {
    const r = evaluate({});
    if (r.ruleset?.regime === 'PP46_2011') {
      expectTypeOf(r.ruleset.regime).toEqualTypeOf<'PP46_2011'>();
    }
  });

  it('batch results keep their index when narrowed', () => {
    for (const b of evaluateMany([] as unknown[])) {
      expectTypeOf(b).toEqualTypeOf<BatchResult>();
      if (isRegimeResult(b, 'PERMENPANRB_6_2022')) {
        expectTypeOf(b.index).toEqualTypeOf<number>();
        expectTypeOf(b.rincian).toExtend<Pmk6Rincian | undefined>();
        expectTypeOf(b.rincian?.capaian).toEqualTypeOf<Pmk6Rincian['capaian']>();
      }
    }
  });

  it('RegimeOutcome takes the regime too', () => {
    type Ok<R extends Regime> = Extract<RegimeOutcome<R>, { ok: true }>;
    expectTypeOf<Ok<'PERMENPANRB_6_2022'>['rincian']>().toEqualTypeOf<Pmk6Rincian | undefined>();
    expectTypeOf<Ok<Regime>['rincian']>().toEqualTypeOf<
      RincianPp46 | Pp30Rincian | Pmk6Rincian | undefined
    >();
  });
});
