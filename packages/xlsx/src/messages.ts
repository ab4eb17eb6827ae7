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
  XLSX_TOO_LARGE: {
    id: (p: { sheetMb: number; needMb: number; availableMb: number }) =>
      `Workbook terlalu besar untuk dibuka utuh di memori: ${p.sheetMb} MB data sheet memerlukan sekitar ${p.needMb} MB, tersedia ${p.availableMb} MB; simpan sheet sebagai CSV UTF-8 (dibaca bertahap) atau perbesar heap Node (--max-old-space-size)`,
    en: (p: { sheetMb: number; needMb: number; availableMb: number }) =>
      `The workbook is too large to open whole in memory: ${p.sheetMb} MB of sheet data need about ${p.needMb} MB, ${p.availableMb} MB available; save the sheet as CSV UTF-8 (read streamed) or give Node a larger heap (--max-old-space-size)`,
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
