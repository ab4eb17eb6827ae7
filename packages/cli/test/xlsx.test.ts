import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '@kinerja/adapters/csv';
import { ExcelJS, openWorkbook, sheetRows } from '@kinerja/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFile } from '../src/input.js';
import { RejectionSchema, ScoreSummarySchema } from '../src/schemas.js';
import { cli, oneLine, tmp } from './helpers.js';

/** A raw Excel cell value (string, number, Date, rich text…), as exceljs takes it. */
type CellValue = unknown;

/** mulberry32: the same workbook on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function save(
  path: string,
  sheets: { name: string; rows: CellValue[][]; merges?: string[] }[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((cells, i) => {
      cells.forEach((v, j) => {
        if (v !== null && v !== undefined) ws.getCell(i + 1, j + 1).value = v as never;
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

const RATING = ['DI ATAS EKSPEKTASI', 'SESUAI EKSPEKTASI', 'DI BAWAH EKSPEKTASI'];
const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** What the generated Laporan Penilaian SKP holds, row kind by row kind (the ground truth). */
interface Truth {
  ok: number;
  numericNip: number;
  scientificNip: number;
  pltPlh: number;
  mutasiPairs: number;
  dash: number;
}

/**
 * An e-Kinerja "Laporan Penilaian SKP" workbook: monthly sheets and `tahunan`, a merged title
 * and instansi line above the header, CUKUP as hasil_akhir, "-" for empty ratings, NIPs typed
 * as numbers or mangled to 1.98703E+17, PLT/PLH rows and duplicate SKPs after mutasi.
 */
async function laporanPenilaian(path: string, seed: number, n: number): Promise<Truth> {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const truth: Truth = {
    ok: 0,
    numericNip: 0,
    scientificNip: 0,
    pltPlh: 0,
    mutasiPairs: 0,
    dash: 0,
  };
  const header = [
    'id',
    'nip',
    'nama',
    'tahun_skp',
    'periode_awal_skp',
    'periode_akhir_skp',
    'skp_unor',
    'skp_jenis_jabatan',
    'is_skp_plt_plh_pjb',
    'hasil_kerja',
    'perilaku_kerja',
    'hasil_akhir',
  ];
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const p2 = (x: number) => String(x).padStart(2, '0');
    // Born 19yymmdd, appointed 20yymm, gender digit, serial: 18 digits, unique per row.
    const nip = `19${70 + (i % 25)}${p2(1 + (i % 12))}${p2(1 + (i % 28))}20${10 + (i % 10)}${p2(1 + (i % 12))}${1 + (i % 2)}${String(i).padStart(3, '0')}`;
    const unit = pick(['Dinas Pendidikan', 'Dinas Kesehatan', 'Bappeda']);
    const base = (
      id: string,
      nipCell: CellValue,
      awal: Date,
      akhir: Date,
      plt: number,
      h: string,
      p: string,
      akhirLabel: string,
    ): CellValue[] => [
      id,
      nipCell,
      `Pegawai ${i}`,
      2023,
      awal,
      akhir,
      unit,
      'Pelaksana',
      plt,
      h,
      p,
      akhirLabel,
    ];
    const kind = rnd();
    const h = pick(RATING);
    const p = pick(RATING.slice(0, 2));
    if (kind < 0.06) {
      truth.numericNip++;
      rows.push(base(`r${i}`, Number(nip), D(2023, 1, 1), D(2023, 12, 31), 0, h, p, 'BAIK'));
    } else if (kind < 0.1) {
      truth.scientificNip++;
      rows.push(base(`r${i}`, '1.98703E+17', D(2023, 1, 1), D(2023, 12, 31), 0, h, p, 'BAIK'));
    } else if (kind < 0.16) {
      truth.pltPlh++;
      rows.push(base(`r${i}`, nip, D(2023, 1, 1), D(2023, 12, 31), 1, h, p, 'BAIK'));
    } else if (kind < 0.22) {
      truth.mutasiPairs++;
      rows.push(base(`r${i}a`, nip, D(2023, 1, 1), D(2023, 6, 30), 0, h, p, 'CUKUP'));
      rows.push(base(`r${i}b`, nip, D(2023, 7, 1), D(2023, 12, 31), 0, h, p, '-'));
    } else if (kind < 0.27) {
      truth.dash++;
      rows.push(base(`r${i}`, nip, D(2023, 1, 1), D(2023, 12, 31), 0, '-', '-', '-'));
    } else {
      truth.ok++;
      rows.push(
        base(
          `r${i}`,
          nip,
          D(2023, 1, 1),
          D(2023, 12, 31),
          0,
          h,
          p,
          pick(['SANGAT BAIK', 'BAIK', 'CUKUP', '-']),
        ),
      );
    }
  }
  const title = (t: string) => [[t], ['Instansi: Pemerintah Kota Contoh'], [], header];
  await save(path, [
    {
      name: 'jan',
      rows: [...title('Laporan Penilaian SKP Januari 2023'), ...rows.slice(0, 3)],
      merges: ['A1:L1'],
    },
    {
      name: 'tahunan',
      rows: [...title('Laporan Penilaian SKP Tahun 2023'), ...rows],
      merges: ['A1:L1', 'A2:L2'],
    },
  ]);
  return truth;
}

async function tableOf(path: string): Promise<string[][]> {
  const wb = await openWorkbook(readFileSync(path));
  if (!wb.ok) throw new Error(wb.reason);
  return sheetRows(wb.workbook.worksheets[0] as never).rows.map((r) => [...r.cells]);
}

let dir: string;
let truth: Truth;
beforeAll(async () => {
  dir = tmp();
  truth = await laporanPenilaian(join(dir, 'laporan-penilaian.xlsx'), 20231231, 120);
  await save(join(dir, 'pegawai.xlsx'), [
    {
      name: 'Rekap',
      rows: [
        ['Rekap Penilaian Kinerja Pegawai 2023'],
        [],
        [
          'nip',
          'nama',
          'jenis_jabatan',
          'periode_mulai',
          'periode_selesai',
          'hasil_kerja',
          'perilaku_kerja',
          'unit_kerja',
          'catatan',
        ],
        [
          '198703122010011002',
          'Siti',
          'Pelaksana',
          D(2023, 1, 1),
          D(2023, 12, 31),
          'Di Atas Ekspektasi',
          'Di Atas Ekspektasi',
          'Dinas A',
          "=cmd|' /C calc'!A0",
        ],
        [
          '199001012015022001',
          { richText: [{ text: 'Budi ' }, { text: 'Santoso' }] },
          'Fungsional',
          44927,
          45291,
          'Sesuai Ekspektasi',
          'Sesuai Ekspektasi',
          'Dinas A',
          '@SUM(A1)',
        ],
        [
          Number('198512122009021003'),
          'Angka',
          'Pelaksana',
          D(2023, 1, 1),
          D(2023, 12, 31),
          'Sesuai Ekspektasi',
          'Sesuai Ekspektasi',
          'Dinas B',
          '',
        ],
        [
          '199205052019031004',
          '+Rina',
          'Pelaksana',
          D(2023, 1, 1),
          D(2023, 12, 31),
          'Di Bawah Ekspektasi',
          'Sesuai Ekspektasi',
          'Dinas B',
          '-1',
        ],
      ],
      merges: ['A1:I1'],
    },
  ]);
});

describe('kinerja score on .xlsx', () => {
  it('auto-detects an e-Kinerja Laporan Penilaian SKP, reads the tahunan sheet and accounts for every row', async () => {
    const r = await cli(
      dir,
      'score',
      'laporan-penilaian.xlsx',
      '--rejections',
      'ditolak.json',
      '--json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = ScoreSummarySchema.parse(JSON.parse(r.stdout));
    const rows =
      truth.ok +
      truth.numericNip +
      truth.scientificNip +
      truth.pltPlh +
      2 * truth.mutasiPairs +
      truth.dash;
    expect(s.byFile).toEqual([
      expect.objectContaining({
        file: 'laporan-penilaian.xlsx',
        format: 'ekinerja-laporan-xlsx',
        total: rows,
      }),
    ]);
    expect(s.total).toBe(rows);
    expect(s.total).toBe(s.accepted + s.rejected + s.excluded);
    expect(s.excluded).toBe(truth.pltPlh + truth.mutasiPairs);
    expect(s.accepted).toBe(truth.ok + truth.mutasiPairs);
    expect(s.rejected).toBe(truth.numericNip + truth.scientificNip + truth.dash);
    const rejections = RejectionSchema.array().parse(
      JSON.parse(readFileSync(join(dir, 'ditolak.json'), 'utf8')),
    );
    const nip = rejections.filter((x) => x.code === 'NIP_SCIENTIFIC_NOTATION');
    expect(nip).toHaveLength(truth.numericNip + truth.scientificNip);
    // Each parse rejection names its sheet and Excel row (header on row 4, data from row 5).
    const raw = JSON.parse(readFileSync(join(dir, 'ditolak.json'), 'utf8')) as {
      row: number;
      code: string;
      sheet?: string;
      sheetRow?: number;
    }[];
    for (const x of raw.filter((y) => y.code === 'NIP_SCIENTIFIC_NOTATION')) {
      expect(x.sheet).toBe('tahunan');
      expect(x.sheetRow).toBe(x.row + 4);
    }
  });

  it('reads a generic appraisal sheet and writes results and rejections as .xlsx, equal to the CSV outputs', async () => {
    const x = await cli(
      dir,
      'score',
      'pegawai.xlsx',
      '--out',
      'hasil.xlsx',
      '--rejections',
      'ditolak.xlsx',
      '--json',
    );
    expect(x.stderr).toBe('');
    expect(x.code).toBe(0);
    expect(ScoreSummarySchema.parse(JSON.parse(x.stdout))).toMatchObject({
      total: 4,
      accepted: 3,
      rejected: 1,
      excluded: 0,
    });
    const c = await cli(
      dir,
      'score',
      'pegawai.xlsx',
      '--out',
      'hasil.csv',
      '--rejections',
      'ditolak.csv',
      '--json',
    );
    expect(c.code).toBe(0);
    const csvTable = (f: string) =>
      parseCsv(readFileSync(join(dir, f), 'utf8')).rows.map((r) => [...r.cells]);
    const pad = (t: string[][]) => {
      const w = t[0]?.length ?? 0;
      return t.map((r) => [...r, ...Array<string>(Math.max(0, w - r.length)).fill('')]);
    };
    // Same cells: the CSV's neutralised text is exactly what the workbook stores.
    expect(pad(await tableOf(join(dir, 'hasil.xlsx')))).toEqual(pad(csvTable('hasil.csv')));
    expect(pad(await tableOf(join(dir, 'ditolak.xlsx')))).toEqual(pad(csvTable('ditolak.csv')));
    const results = await tableOf(join(dir, 'hasil.xlsx'));
    expect(results[0]?.slice(0, 3)).toEqual(['nip', 'nama', 'unit_kerja']);
    expect(results.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['198703122010011002', 'Siti'],
      ['199001012015022001', 'Budi Santoso'],
      ['199205052019031004', "'+Rina"],
    ]);
    const rejected = await tableOf(join(dir, 'ditolak.xlsx'));
    expect(rejected[0]).toEqual([
      'file',
      'row',
      'sheet',
      'sheet_row',
      'path',
      'code',
      'message_id',
      'message_en',
    ]);
    expect(rejected[1]?.slice(0, 6)).toEqual([
      'pegawai.xlsx',
      '3',
      'Rekap',
      '6',
      'nip',
      'NIP_SCIENTIFIC_NOTATION',
    ]);
  });

  it('loadFile locates every item and parse rejection of a workbook (sheet, Excel row)', async () => {
    const f = await loadFile(dir, 'pegawai.xlsx');
    expect(f.format).toBe('xlsx');
    expect(f.items.map((i) => [i.row, i.sheet, i.sheetRow])).toEqual([
      [1, 'Rekap', 4],
      [2, 'Rekap', 5],
      [4, 'Rekap', 7],
    ]);
    expect(f.rejections.map((r) => [r.row, r.sheet, r.sheetRow, r.code])).toEqual([
      [3, 'Rekap', 6, 'NIP_SCIENTIFIC_NOTATION'],
    ]);
  });

  it('--format xlsx writes a workbook whatever the extension', async () => {
    const r = await cli(dir, 'score', 'pegawai.xlsx', '--out', 'hasil.dat', '--format', 'xlsx');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'hasil.dat')).subarray(0, 2).toString()).toBe('PK');
  });

  it('a corrupt .xlsx, an .xls and an .ods stop with one line (exit 2)', async () => {
    writeFileSync(join(dir, 'rusak.xlsx'), 'nip,nama\n198703122010011002,Siti\n');
    writeFileSync(join(dir, 'lama.xls'), 'x');
    writeFileSync(join(dir, 'calc.ods'), 'x');
    const corrupt = await cli(dir, 'score', 'rusak.xlsx');
    expect(corrupt.code).toBe(2);
    expect(oneLine(corrupt.stderr)).toBe(true);
    expect(corrupt.stderr).toMatch(/rusak\.xlsx: not a readable Excel workbook \(\.xlsx\)/);
    for (const f of ['lama.xls', 'calc.ods']) {
      const r = await cli(dir, 'score', f);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toBe(true);
      expect(r.stderr).toMatch(/save the sheet as Excel Workbook \(\.xlsx\) or CSV/);
    }
    const wrong = await cli(dir, 'score', 'pegawai.xlsx', '--from', 'csv');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/use --from xlsx or ekinerja-laporan-xlsx/);
  });

  it('a workbook whose sheets would not fit in the heap stops with one line (exit 2), not a crash', async () => {
    // pegawai.xlsx with its zip directory declaring a sheet of 4 GB, as a zip bomb would: the
    // CLI refuses it from the directory, before exceljs inflates anything.
    const bytes = readFileSync(join(dir, 'pegawai.xlsx'));
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    let patched = false;
    for (let p = 0; p + 46 <= bytes.length && !patched; p++) {
      if (bytes.readUInt32LE(p) !== 0x02014b50) continue;
      const n = bytes.readUInt16LE(p + 28);
      if (!bytes.subarray(p + 46, p + 46 + n).equals(name)) continue;
      bytes.writeUInt32LE(0xfffffffe, p + 24);
      patched = true;
    }
    expect(patched).toBe(true);
    writeFileSync(join(dir, 'bom.xlsx'), bytes);
    for (const command of ['score', 'calibrate']) {
      const r = await cli(
        dir,
        command,
        'bom.xlsx',
        ...(command === 'calibrate' ? ['--org-predikat', 'BAIK'] : []),
      );
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toBe(true);
      expect(r.stderr).toMatch(
        /bom\.xlsx: too large to read whole: 4\d{3} MB of sheet data need about \d+ MB of memory, \d+ MB available; save the sheet as CSV UTF-8 .* — workbook terlalu besar/,
      );
    }
  });
});
