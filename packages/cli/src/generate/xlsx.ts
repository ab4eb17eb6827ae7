import { open } from 'node:fs/promises';
import { xlsx } from '../xlsx.js';
import type { DatasetOptions, DatasetStats } from './dataset.js';
import { TABLE_HEADER, tableCells } from './formats.js';
import { hazardsFor, recordsOf } from './records.js';

/** A fixed creation date, so that the same seed gives the same workbook. */
const EPOCH = new Date(Date.UTC(2024, 0, 1));

/**
 * Writes the appraisal table as one XLSX sheet ("Penilaian") with exceljs's streaming
 * `WorkbookWriter`: each row is committed to the zip stream as it is produced (inline strings,
 * no shared-string table), and the loop yields to the event loop every few thousand rows so
 * the file stream can drain, keeping memory flat. A `nip-scientific` hazard is written as the
 * number Excel would have made of the NIP (shown `1.98703E+17`); every other cell is a string.
 */
export async function writeXlsxDataset(
  o: DatasetOptions,
  path: string,
  stats: DatasetStats,
): Promise<void> {
  const { ExcelJS } = await xlsx();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
    useStyles: false,
  });
  wb.creator = 'kinerja generate';
  wb.created = EPOCH;
  wb.modified = EPOCH;
  const ws = wb.addWorksheet('Penilaian');
  ws.addRow([...TABLE_HEADER]).commit();
  const kinds = hazardsFor(o.format, o.regime);
  for (let i = 0; i < o.size; i++) {
    for (const rec of recordsOf(o.seed, o.size, i, o.hazards, kinds)) {
      if (rec.hazard) stats.hazards[rec.hazard]++;
      const cells: (string | number)[] = tableCells(rec);
      if (rec.hazard === 'nip-scientific') cells[0] = Number(rec.e.nip);
      ws.addRow(cells).commit();
      stats.rows++;
    }
    if (i % 4096 === 4095) await new Promise<void>((r) => setImmediate(r));
  }
  ws.commit();
  await wb.commit();
  await fixZipTimes(path);
}

/** DOS time and date of 2024-01-01 00:00 (the zip timestamp format). */
const DOS_TIME_DATE = 0 | ((((2024 - 1980) << 9) | (1 << 5) | 1) << 16);

/**
 * Sets every entry's timestamp in a zip file (local headers and central directory) to
 * 2024-01-01, in place: the zip writer stamps entries with the current time, which would make
 * two runs with the same seed differ. Reads only the headers (constant memory).
 */
export async function fixZipTimes(path: string): Promise<void> {
  const fh = await open(path, 'r+');
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error(`${path}: not a zip file (no end of central directory)`);
    const entries = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff || entries === 0xffff) {
      throw new Error(`${path}: zip64 archives are not supported`);
    }
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt32LE(DOS_TIME_DATE >>> 0);
    let at = 0;
    for (let n = 0; n < entries; n++) {
      if (cd.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: bad central directory`);
      stamp.copy(cd, at + 12);
      const local = cd.readUInt32LE(at + 42);
      await fh.write(stamp, 0, 4, local + 10);
      at += 46 + cd.readUInt16LE(at + 28) + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
    }
    await fh.write(cd, 0, cdSize, cdOffset);
  } finally {
    await fh.close();
  }
}
