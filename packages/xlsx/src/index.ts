/**
 * `@kinerja/xlsx`: read and write Excel workbooks (`.xlsx`) for ASN performance appraisal —
 * the BKN e-Kinerja "Laporan SKP" and "Laporan Penilaian SKP" exports, appraisal sheets with
 * the CSV reader's column mapping (also streamed), results tables with formula injection
 * neutralised, and the PermenPANRB 6/2022 "EVALUASI KINERJA PEGAWAI" and "DOKUMEN EVALUASI
 * KINERJA PEGAWAI" layouts. Node only (built on exceljs).
 *
 * @packageDocumentation
 */
export { type CellNote, cellText, dateText, numberText } from './cells.js';
export {
  addDokumenEvaluasiSheet,
  addEvaluasiKinerjaSheet,
  type EvaluasiInput,
  PANDUAN_PERILAKU,
  type PejabatBlock,
  periodeLine,
  tanggalIndonesia,
  writeEvaluasiXlsx,
} from './layout.js';
export { XLSX_MESSAGES, type XlsxCode } from './messages.js';
export {
  type AppraisalXlsxOptions,
  detectXlsxLayout,
  type LaporanXlsxOptions,
  readAppraisalXlsx,
  readAppraisalXlsxStream,
  readLaporanPenilaianXlsx,
  readLaporanSkpXlsx,
  type SheetOption,
  type XlsxLayout,
  type XlsxSource,
} from './read.js';
export type { SheetLocation, XlsxParseResult, XlsxRejection } from './result.js';
export {
  ExcelJS,
  type OpenWorkbookOptions,
  openWorkbook,
  type SheetRows,
  type StreamRowsOptions,
  sheetRows,
  streamXlsxRows,
  type WorkbookSize,
  type WorkbookTooLarge,
  workbookSize,
  XLSX_HEAP_PER_SHEET_BYTE,
  type XlsxData,
  XlsxReadError,
} from './sheet.js';
export {
  addTableSheet,
  putText,
  SheetTooLargeError,
  safeSheetName,
  type TableXlsxOptions,
  workbookBytes,
  writeAppraisalXlsx,
  writeResultsXlsx,
  writeTableXlsx,
  XLSX_MAX_ROWS,
  xlsxText,
} from './write.js';
export { type ZipEntry, zipEntries } from './zip.js';
