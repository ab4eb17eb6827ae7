/**
 * `@kinerja/xlsx` (and exceljs under it), loaded on first use: most runs read and write CSV and
 * JSON, and loading the workbook code took about a fifth of a second of every command's start.
 */
let loading: Promise<typeof import('@kinerja/xlsx')> | undefined;

/** The `@kinerja/xlsx` module, imported once, when a command first reads or writes a workbook. */
export function xlsx(): Promise<typeof import('@kinerja/xlsx')> {
  loading ??= import('@kinerja/xlsx');
  return loading;
}
