import { defineMessages } from '@kinerja/core';

/**
 * Messages of the rejections and decisions the XLSX readers add to those of
 * `@kinerja/adapters`, in Bahasa Indonesia and English. Codes are stable.
 *
 * @example
 * ```ts
 * XLSX_MESSAGES.text('XLSX_UNREADABLE', { reason: 'not a zip file' }).en;
 * ```
 */
export const XLSX_MESSAGES = defineMessages({
  XLSX_UNREADABLE: {
    id: (p: { reason: string }) =>
      `Berkas bukan workbook Excel (.xlsx) yang dapat dibaca: ${p.reason}`,
    en: (p: { reason: string }) => `The file is not a readable Excel workbook (.xlsx): ${p.reason}`,
  },
  XLSX_SHEET_NOT_FOUND: {
    id: (p: { sheet: string; sheets: string }) =>
      `Sheet "${p.sheet}" tidak ada di workbook (sheet yang ada: ${p.sheets})`,
    en: (p: { sheet: string; sheets: string }) =>
      `The workbook has no sheet "${p.sheet}" (sheets: ${p.sheets})`,
  },
  XLSX_NO_SHEET: {
    id: () => 'Workbook tidak memiliki sheet',
    en: () => 'The workbook has no sheet',
  },
  XLSX_SHEET_CHOSEN: {
    id: (p: { sheet: string; why: string; sheets: string }) =>
      `Sheet "${p.sheet}" dibaca (${p.why}); sheet yang ada: ${p.sheets}`,
    en: (p: { sheet: string; why: string; sheets: string }) =>
      `Read sheet "${p.sheet}" (${p.why}); sheets: ${p.sheets}`,
  },
  XLSX_FORMULA_NO_RESULT: {
    id: (p: { cells: string }) =>
      `Rumus tanpa hasil tersimpan dibaca sebagai sel kosong (${p.cells}); buka dan simpan ulang berkas di Excel agar hasilnya tersimpan`,
    en: (p: { cells: string }) =>
      `Formulas without a cached result read as empty cells (${p.cells}); open and save the file in Excel so the results are stored`,
  },
});

/** A code of {@link XLSX_MESSAGES}. */
export type XlsxCode = keyof typeof XLSX_MESSAGES.table;
