import type { AppraisalInput, PredikatPegawai } from '@kinerja/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { ParseResult, Rejection } from '../shared/result.js';
import type { AppraisalRow } from './appraisal.js';
import { readAppraisalCsv } from './appraisal.js';
import { readCsvTable } from './typed.js';

describe('public types', () => {
  it('readCsvTable infers the field names from the column config', () => {
    const r = readCsvTable('', {
      anchor: 'nip',
      columns: {
        nip: { aliases: ['nip'], type: 'nip' },
        nilai: { aliases: ['nilai'], type: 'decimal' },
      },
    });
    expectTypeOf(r.records[0]?.values).toEqualTypeOf<
      Readonly<Partial<Record<'nip' | 'nilai', string | number | boolean>>> | undefined
    >();
    // @ts-expect-error the anchor must be one of the configured columns
    readCsvTable('', { anchor: 'nama', columns: { nip: { aliases: ['nip'] } } });
  });

  it('every parser returns the shared result shape', () => {
    const r = readAppraisalCsv('');
    expectTypeOf(r).toEqualTypeOf<ParseResult<AppraisalRow>>();
    expectTypeOf(r.records[0]?.appraisal).toEqualTypeOf<AppraisalInput | undefined>();
    expectTypeOf(r.records[0]?.predikatTersimpan).toEqualTypeOf<PredikatPegawai | undefined>();
    expectTypeOf(r.rejections).toEqualTypeOf<readonly Rejection[]>();
  });
});
