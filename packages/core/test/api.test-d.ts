import {
  type AppraisalInput,
  type BatchResult,
  type EvaluationResult,
  evaluate,
  evaluateMany,
  type IndicatorType,
  type PredikatPegawai,
  predikatFromRatings,
  type Rating,
  type Ruleset,
  rulesetFor,
  rulesets,
} from '@kinerja/core';
import { angkaKredit } from '@kinerja/core/consequences';
import { describe, expectTypeOf, it } from 'vitest';

describe('public API types', () => {
  it('evaluate accepts unknown input and returns an EvaluationResult', () => {
    expectTypeOf(evaluate).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(evaluate({})).toEqualTypeOf<EvaluationResult>();
    expectTypeOf<EvaluationResult['predikat']>().toMatchTypeOf<{ code: string } | undefined>();
  });

  it('evaluateMany is sync for iterables and async for async iterables', () => {
    expectTypeOf(evaluateMany([] as unknown[])).toEqualTypeOf<Generator<BatchResult>>();
    async function* rows() {
      yield {} as unknown;
    }
    expectTypeOf(evaluateMany(rows())).toEqualTypeOf<AsyncGenerator<BatchResult>>();
  });

  it('predikatFromRatings maps ratings to the 6/2022 predikat codes', () => {
    expectTypeOf(predikatFromRatings).parameter(0).toEqualTypeOf<Rating>();
    expectTypeOf(
      predikatFromRatings('SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'),
    ).toEqualTypeOf<PredikatPegawai>();
    // @ts-expect-error not a rating code
    predikatFromRatings('BAIK', 'SESUAI_EKSPEKTASI');
  });

  it('rulesets are typed by regime', () => {
    expectTypeOf(rulesets['pp46-2011'].regime).toEqualTypeOf<'PP46_2011'>();
    expectTypeOf(rulesetFor('2023-01-01')).toEqualTypeOf<Ruleset | undefined>();
  });

  it('AppraisalInput requires pegawai and periode and types rating codes', () => {
    expectTypeOf<AppraisalInput>().toHaveProperty('pegawai');
    const a: AppraisalInput = {
      pegawai: { nip: '198703122010011002', nama: 'x', jabatan: { jenis: 'PELAKSANA' } },
      periode: { jenis: 'TAHUNAN', mulai: '2023-01-01', selesai: '2023-12-31' },
      // @ts-expect-error not a rating code
      ratingHasilKerja: 'BAGUS',
    };
    expectTypeOf(a).toMatchTypeOf<AppraisalInput>();
  });

  it('an indicator type is a plain object with a generic capaian function', () => {
    expectTypeOf<IndicatorType['capaian']>().toBeFunction();
  });

  it('consequences subpath exports angkaKredit', () => {
    expectTypeOf(angkaKredit).toBeFunction();
  });
});
