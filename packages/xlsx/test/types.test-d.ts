import type { ParseResult, Rejection } from '@kinerja/adapters';
import type { AppraisalRow } from '@kinerja/adapters/csv';
import type { PenilaianRecord } from '@kinerja/adapters/ekinerja';
import { expectTypeOf, test } from 'vitest';
import {
  readAppraisalXlsx,
  readLaporanPenilaianXlsx,
  type XlsxParseResult,
  type XlsxRejection,
} from '../src/index.js';

test('the XLSX readers return the adapters’ ParseResult, located in the sheet', () => {
  expectTypeOf(readLaporanPenilaianXlsx).returns.resolves.toEqualTypeOf<
    XlsxParseResult<PenilaianRecord>
  >();
  expectTypeOf(readAppraisalXlsx).returns.resolves.toEqualTypeOf<XlsxParseResult<AppraisalRow>>();
  // Usable wherever an adapters ParseResult is expected (penilaianToAppraisals, reconciles…).
  expectTypeOf<XlsxParseResult<PenilaianRecord>>().toExtend<ParseResult<PenilaianRecord>>();
  expectTypeOf<XlsxRejection>().toExtend<Rejection>();
  expectTypeOf<XlsxParseResult<AppraisalRow>['records'][number]['sheetRow']>().toEqualTypeOf<
    number | undefined
  >();
  expectTypeOf<XlsxParseResult<AppraisalRow>['sheet']>().toEqualTypeOf<string>();
});
