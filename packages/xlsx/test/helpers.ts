import type { CellValue } from 'exceljs';
import { ExcelJS } from '../src/sheet.js';

/** A sheet to build in memory: rows of raw Excel values (numbers stay numbers), merges, formats. */
export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  /** Ranges to merge, e.g. `A1:H1`. */
  readonly merges?: readonly string[];
  /** Number formats by cell address, e.g. `{ C5: 'dd/mm/yyyy' }`. */
  readonly numFmt?: Readonly<Record<string, string>>;
  /** Rows (1-based) where the data starts; default 1. */
  readonly startRow?: number;
}

/** Builds an `.xlsx` workbook in memory. */
export async function book(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const start = s.startRow ?? 1;
    s.rows.forEach((cells, i) => {
      cells.forEach((v, j) => {
        if (v !== null && v !== undefined) ws.getCell(start + i, j + 1).value = v;
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const [addr, fmt] of Object.entries(s.numFmt ?? {})) ws.getCell(addr).numFmt = fmt;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A small seeded PRNG (mulberry32), so generated workbooks are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
