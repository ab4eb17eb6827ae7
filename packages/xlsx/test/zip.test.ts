import { reconciles } from '@kinerja/adapters';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  openWorkbook,
  readAppraisalXlsx,
  readLaporanPenilaianXlsx,
  workbookSize,
  XLSX_HEAP_PER_SHEET_BYTE,
  zipEntries,
} from '../src/index.js';
import { book } from './helpers.js';

/** An entry of a hand-made zip: stored bytes, and the uncompressed size its directory declares. */
interface Spec {
  readonly name: string;
  readonly data: Uint8Array;
  /** Declared size (default: the data's length); above 0xFFFFFFFE written as ZIP64. */
  readonly declared?: number;
}

/**
 * A stored (uncompressed) zip of `entries`, its directory declaring each entry's size — with a
 * ZIP64 extra field for sizes of 4 GB and more, and with `zip64` a ZIP64 end record (as writers
 * do beyond 65,535 entries). CRCs are left 0: the directory reader does not check them.
 */
function zipOf(entries: readonly Spec[], opts: { zip64?: boolean; comment?: string } = {}) {
  const enc = new TextEncoder();
  const parts: number[] = [];
  const u16 = (v: number) => parts.push(v & 0xff, (v >>> 8) & 0xff);
  const u32 = (v: number) => {
    u16(v & 0xffff);
    u16(Math.floor(v / 0x10000) & 0xffff);
  };
  const u64 = (v: number) => {
    u32(v % 2 ** 32);
    u32(Math.floor(v / 2 ** 32));
  };
  const bytes = (b: Uint8Array) => {
    for (const x of b) parts.push(x);
  };
  /**
   * The fields a local header and its central directory entry share, in the same order: version
   * needed, flags (UTF-8 names), method (stored), time, date, CRC, sizes, name and extra lengths.
   */
  const shared = (e: Spec, name: Uint8Array, size: number, extra: number) => {
    u16(20);
    u16(0x0800);
    u16(0);
    u32(0);
    u32(0);
    u32(e.data.length);
    u32(size);
    u16(name.length);
    u16(extra);
  };
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(parts.length);
    const name = enc.encode(e.name);
    u32(0x04034b50);
    shared(e, name, e.data.length, 0);
    bytes(name);
    bytes(e.data);
  }
  const cd = parts.length;
  entries.forEach((e, i) => {
    const name = enc.encode(e.name);
    const size = e.declared ?? e.data.length;
    const big = size >= 0xffffffff;
    u32(0x02014b50);
    u16(20); // version made by
    shared(e, name, big ? 0xffffffff : size, big ? 12 : 0);
    u16(0);
    u16(0);
    u16(0);
    u32(0);
    u32(offsets[i] as number);
    bytes(name);
    if (big) {
      u16(1);
      u16(8);
      u64(size);
    }
  });
  const cdSize = parts.length - cd;
  if (opts.zip64) {
    const at = parts.length;
    u32(0x06064b50);
    u64(44);
    u16(45);
    u16(45);
    u32(0);
    u32(0);
    u64(entries.length);
    u64(entries.length);
    u64(cdSize);
    u64(cd);
    u32(0x07064b50);
    u32(0);
    u64(at);
    u32(1);
  }
  const comment = enc.encode(opts.comment ?? '');
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(opts.zip64 ? 0xffff : entries.length);
  u16(opts.zip64 ? 0xffff : entries.length);
  u32(cdSize);
  u32(opts.zip64 ? 0xffffffff : cd);
  u16(comment.length);
  bytes(comment);
  return new Uint8Array(parts);
}

/** `bytes` with the directory's 32-bit uncompressed size of entry `name` set to `size`. */
function declare(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const want = new TextEncoder().encode(name);
  for (let p = 0; p + 46 <= out.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const n = view.getUint16(p + 28, true);
    if (Buffer.from(out.subarray(p + 46, p + 46 + n)).equals(Buffer.from(want))) {
      view.setUint32(p + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

const APPRAISAL = [
  ['nip', 'nama', 'rating_hasil_kerja', 'rating_perilaku'],
  ['198703122010011002', 'Siti Rahma', 'SESUAI EKSPEKTASI', 'SESUAI EKSPEKTASI'],
];

describe('zipEntries: the zip directory, nothing inflated', () => {
  it('reads names and declared sizes, a comment after the directory, ZIP64 sizes and end records', () => {
    const data = (n: number) => new Uint8Array(n).fill(65);
    const entries: Spec[] = [
      { name: '[Content_Types].xml', data: data(3) },
      { name: 'xl/worksheets/sheet1.xml', data: data(10), declared: 2 ** 40 + 5 },
      { name: 'xl/sharedStrings.xml', data: data(0) },
    ];
    const want = [
      { name: '[Content_Types].xml', size: 3 },
      { name: 'xl/worksheets/sheet1.xml', size: 2 ** 40 + 5 },
      { name: 'xl/sharedStrings.xml', size: 0 },
    ];
    expect(zipEntries(zipOf(entries))).toEqual(want);
    expect(zipEntries(zipOf(entries, { comment: 'PK\u0005\u0006 dibuat oleh SIMPEG' }))).toEqual(
      want,
    );
    expect(zipEntries(zipOf(entries, { zip64: true }))).toEqual(want);
    expect(zipEntries(zipOf([]))).toEqual([]);
  });

  it('reads the directory of a workbook exceljs wrote', async () => {
    const names = (zipEntries(await book([{ name: 'Data', rows: APPRAISAL }])) ?? []).map(
      (e) => e.name,
    );
    expect(names).toContain('xl/worksheets/sheet1.xml');
    expect(names).toContain('xl/sharedStrings.xml');
    expect(names).toContain('xl/workbook.xml');
  });

  it('gives undefined for what is not a zip or lost its end, never a throw', async () => {
    const wb = await book([{ name: 'Data', rows: APPRAISAL }]);
    expect(zipEntries(new TextEncoder().encode('nip,nama\n198703122010011002,Siti\n'))).toBe(
      undefined,
    );
    expect(zipEntries(new Uint8Array(0))).toBe(undefined);
    expect(zipEntries(wb.subarray(0, wb.length - 1))).toBe(undefined);
    expect(zipEntries(wb.subarray(0, wb.length >> 1))).toBe(undefined);
  });

  it('property: any entries read back as declared; any cut or corruption gives a list or undefined', () => {
    const spec = fc.record({
      name: fc.string({ minLength: 1, maxLength: 30 }),
      data: fc.uint8Array({ maxLength: 40 }),
      declared: fc.option(fc.integer({ min: 0, max: 2 ** 53 - 1 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(spec, { maxLength: 6 }),
        fc.boolean(),
        fc.string({ maxLength: 20 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        (entries, zip64, comment, cut, at, byte) => {
          const zip = zipOf(entries, { zip64, comment });
          expect(zipEntries(zip)).toEqual(
            entries.map((e) => ({ name: e.name, size: e.declared ?? e.data.length })),
          );
          const shorter = zip.subarray(0, cut % (zip.length + 1));
          const r1 = zipEntries(shorter);
          expect(r1 === undefined || Array.isArray(r1)).toBe(true);
          const bad = zip.slice();
          if (bad.length > 0) bad[at % bad.length] = byte;
          const r2 = zipEntries(bad);
          expect(r2 === undefined || Array.isArray(r2)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('a workbook too large to open in memory', () => {
  it('workbookSize counts the sheets and shared strings, the rest once', async () => {
    const wb = await book([{ name: 'Data', rows: APPRAISAL }]);
    const entries = zipEntries(wb) ?? [];
    const of = (name: string) => entries.find((e) => e.name === name)?.size ?? 0;
    const sheets = of('xl/worksheets/sheet1.xml') + of('xl/sharedStrings.xml');
    const all = entries.reduce((s, e) => s + e.size, 0);
    expect(workbookSize(wb)).toEqual({
      sheetBytes: sheets,
      heapEstimate: sheets * XLSX_HEAP_PER_SHEET_BYTE + (all - sheets),
    });
    expect(workbookSize(new Uint8Array(8))).toBe(undefined);
  });

  it('openWorkbook refuses it before inflating, with the figures; Infinity opens anything', async () => {
    const wb = await book([{ name: 'Data', rows: APPRAISAL }]);
    const size = workbookSize(wb);
    if (size === undefined) throw new Error('unreadable');
    const refused = await openWorkbook(wb, { heapAvailable: size.heapEstimate - 1 });
    expect(refused).toMatchObject({
      ok: false,
      tooLarge: { ...size, available: size.heapEstimate - 1 },
    });
    expect(refused.ok === false && refused.reason).toMatch(/too large to open in memory/);
    expect((await openWorkbook(wb, { heapAvailable: size.heapEstimate })).ok).toBe(true);
    expect((await openWorkbook(wb, { heapAvailable: Number.POSITIVE_INFINITY })).ok).toBe(true);
  });

  it('a workbook declaring a 4 GB sheet (a zip bomb) is one XLSX_TOO_LARGE rejection, in both languages', async () => {
    const wb = await book([{ name: 'Data', rows: APPRAISAL }]);
    const bomb = declare(wb, 'xl/worksheets/sheet1.xml', 0xfffffffe);
    const opened = await openWorkbook(bomb);
    expect(opened.ok === false && opened.tooLarge?.sheetBytes).toBeGreaterThanOrEqual(0xfffffffe);
    for (const r of [await readAppraisalXlsx(bomb), await readLaporanPenilaianXlsx(bomb)]) {
      expect(r.records).toEqual([]);
      expect(r.rejections.map((x) => x.code)).toEqual(['XLSX_TOO_LARGE']);
      expect(reconciles(r)).toBe(true);
      const m = r.rejections[0]?.message;
      expect(m?.en).toMatch(
        /^The workbook is too large to open whole in memory: 4\d{3} MB of sheet data need about \d+ MB, \d+ MB available; save the sheet as CSV UTF-8/,
      );
      expect(m?.id).toMatch(
        /^Workbook terlalu besar untuk dibuka utuh di memori: 4\d{3} MB data sheet/,
      );
    }
  });
});
