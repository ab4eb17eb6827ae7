import {
  ADAPTER_MESSAGES,
  type Decision,
  Ledger,
  type ParseResult,
  type Rejection,
} from '@kinerja/adapters';
import { XLSX_MESSAGES, type XlsxCode } from './messages.js';

type Params<K extends XlsxCode> = Parameters<(typeof XLSX_MESSAGES.table)[K]['id']>[0];

/** Where a record or a rejection sits in the workbook. */
export interface SheetLocation {
  /** The sheet it was read from. */
  readonly sheet: string;
  /**
   * The Excel row number (as shown in Excel's left margin). `row` stays the 1-based data
   * record number, as in every `ParseResult`, so the counts reconcile.
   */
  readonly sheetRow?: number;
}

/** A rejection with its sheet and Excel row. */
export type XlsxRejection = Rejection & SheetLocation;

/**
 * What the XLSX readers return: the adapters' `ParseResult` (accepted + rejected + excluded =
 * input, `row` = data record number) with the sheet read, the Excel row of the header and of
 * every record and rejection.
 */
export interface XlsxParseResult<R extends { readonly row: number }>
  extends ParseResult<R & SheetLocation> {
  readonly rejections: readonly XlsxRejection[];
  /** The sheet read (empty when the workbook could not be opened). */
  readonly sheet: string;
  /** Excel row number of the header row, when one was found. */
  readonly headerRow?: number;
}

/** A decision of this package (same shape as the adapters' decisions). */
export function xlsxDecision<K extends XlsxCode>(code: K, params: Params<K>): Decision {
  return { code, rows: [], message: XLSX_MESSAGES.text(code, params as never) };
}

/** The HEADER_ROW_DETECTED decision of the adapters, for a header below a report title. */
export function headerDecision(line: number): Decision {
  return {
    code: 'HEADER_ROW_DETECTED',
    rows: [],
    message: ADAPTER_MESSAGES.text('HEADER_ROW_DETECTED', { line }),
  };
}

/** A result with one rejected "row" standing for the whole file (unreadable, no such sheet). */
export function fileRejected<R extends { readonly row: number }, K extends XlsxCode>(
  code: K,
  params: Params<K>,
  sheet = '',
): XlsxParseResult<R> {
  const l = new Ledger<R>(1);
  l.rejectWith({ row: 1, path: [], code, message: XLSX_MESSAGES.text(code, params as never) });
  const r = l.finish();
  return {
    ...r,
    records: [],
    rejections: r.rejections.map((x) => ({ ...x, sheet })),
    sheet,
  };
}

/**
 * Adds the sheet and the Excel row (`lines[row - 1]`) to every record and rejection of a
 * result read from the sheet's data rows, and appends decisions.
 */
export function locate<R extends { readonly row: number }>(
  r: ParseResult<R>,
  sheet: string,
  lines: readonly number[],
  extra: { headerRow?: number; before?: readonly Decision[]; after?: readonly Decision[] } = {},
): XlsxParseResult<R> {
  const at = (row: number) => {
    const line = lines[row - 1];
    return line === undefined ? { sheet } : { sheet, sheetRow: line };
  };
  return {
    ...r,
    records: r.records.map((x) => ({ ...x, ...at(x.row) })),
    rejections: r.rejections.map((x) => ({ ...x, ...at(x.row) })),
    decisions: [...(extra.before ?? []), ...r.decisions, ...(extra.after ?? [])],
    sheet,
    ...(extra.headerRow !== undefined ? { headerRow: extra.headerRow } : {}),
  };
}
