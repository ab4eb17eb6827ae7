import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { reconciles } from '@kinerja/adapters';
import { readAppraisalCsv } from '@kinerja/adapters/csv';
import { readLaporanPenilaianCsv } from '@kinerja/adapters/ekinerja';
import { evaluate } from '@kinerja/core';
import type { CellValue } from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  detectXlsxLayout,
  openWorkbook,
  readAppraisalXlsx,
  readAppraisalXlsxStream,
  readLaporanPenilaianXlsx,
  readLaporanSkpXlsx,
  streamXlsxRows,
} from '../src/index.js';
import { book } from './helpers.js';

const PENILAIAN_HEADER = [
  'id',
  'nip',
  'nama',
  'tahun_skp',
  'periode_awal_skp',
  'periode_akhir_skp',
  'skp_jenis_jabatan',
  'is_skp_plt_plh_pjb',
  'hasil_kerja',
  'perilaku_kerja',
  'hasil_akhir',
];
/** An 18-digit NIP typed into Excel as a number: a double, its last digits already lost. */
const NIP_AS_NUMBER = Number(198703122010011002n);
const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Laporan Penilaian SKP rows: Excel rows 5–12 under a merged title and an instansi line. */
const PENILAIAN_ROWS: CellValue[][] = [
  [
    'p1',
    '198703122010011002',
    'Siti',
    2023,
    D(2023, 1, 1),
    D(2023, 12, 31),
    'Pelaksana',
    0,
    'DI ATAS EKSPEKTASI',
    'DI ATAS EKSPEKTASI',
    'SANGAT BAIK',
  ],
  [
    'p2',
    '199001012015022001',
    'Budi',
    2023,
    D(2023, 1, 1),
    D(2023, 12, 31),
    'Pelaksana',
    0,
    'DI BAWAH EKSPEKTASI',
    'SESUAI EKSPEKTASI',
    'CUKUP',
  ],
  [
    'p3',
    NIP_AS_NUMBER,
    'Angka',
    2023,
    D(2023, 1, 1),
    D(2023, 12, 31),
    'Pelaksana',
    0,
    'SESUAI EKSPEKTASI',
    'SESUAI EKSPEKTASI',
    'BAIK',
  ],
  [
    'p4',
    '1.98703E+17',
    'Ilmiah',
    2023,
    D(2023, 1, 1),
    D(2023, 12, 31),
    'Pelaksana',
    0,
    'SESUAI EKSPEKTASI',
    'SESUAI EKSPEKTASI',
    'BAIK',
  ],
  [
    'p5',
    '198512122009021003',
    'Plt Kepala',
    2023,
    D(2023, 1, 1),
    D(2023, 12, 31),
    'Struktural',
    1,
    'SESUAI EKSPEKTASI',
    'SESUAI EKSPEKTASI',
    'BAIK',
  ],
  [
    'p6',
    '199205052019031004',
    'Mutasi (lama)',
    2023,
    D(2023, 1, 1),
    D(2023, 6, 30),
    'Pelaksana',
    0,
    'SESUAI EKSPEKTASI',
    'SESUAI EKSPEKTASI',
    'BAIK',
  ],
  [
    'p7',
    '199205052019031004',
    'Mutasi (baru)',
    2023,
    D(2023, 7, 1),
    D(2023, 12, 31),
    'Pelaksana',
    0,
    'DI ATAS EKSPEKTASI',
    'SESUAI EKSPEKTASI',
    '-',
  ],
  [
    'p8',
    '199307072020122005',
    'Kosong',
    2023,
    D(2023, 1, 1),
    D(2023, 12, 31),
    'Pelaksana',
    0,
    '-',
    '-',
    '-',
  ],
];

async function laporanPenilaian(): Promise<Uint8Array> {
  const monthly = ['jan', 'feb', 'mar'].map((name, i) => ({
    name,
    rows: [
      [`Laporan Penilaian SKP Bulan ${name}`],
      ['Instansi Pemerintah Kota Contoh'],
      [],
      PENILAIAN_HEADER,
      ...PENILAIAN_ROWS.slice(0, i + 1),
    ],
    merges: ['A1:K1'],
  }));
  return book([
    ...monthly,
    {
      name: 'tahunan',
      rows: [
        ['Laporan Penilaian SKP Tahun 2023'],
        ['Instansi Pemerintah Kota Contoh'],
        [],
        PENILAIAN_HEADER,
        ...PENILAIAN_ROWS,
      ],
      merges: ['A1:K1', 'A2:K2'],
    },
  ]);
}

describe('readLaporanPenilaianXlsx', () => {
  it('reads the tahunan sheet below the merged title with the e-Kinerja rules, Excel rows kept', async () => {
    const r = await readLaporanPenilaianXlsx(await laporanPenilaian());
    expect(reconciles(r)).toBe(true);
    expect(r.sheet).toBe('tahunan');
    expect(r.headerRow).toBe(4);
    expect(r.counts).toEqual({ input: 8, accepted: 4, rejected: 2, excluded: 2 });
    expect(r.records.map((x) => [x.nip, x.predikat ?? null, x.sheetRow])).toEqual([
      ['198703122010011002', 'SANGAT_BAIK', 5],
      ['199001012015022001', 'BUTUH_PERBAIKAN', 6],
      ['199205052019031004', null, 11],
      ['199307072020122005', null, 12],
    ]);
    // The mutasi row kept has ratings; "-" reads as empty.
    expect(r.records[2]?.ratingHasilKerja).toBe('DI_ATAS_EKSPEKTASI');
    expect(r.records[3]?.ratingHasilKerja).toBeUndefined();
    expect(r.records[0]?.periodeAkhir).toBe('2023-12-31');
    expect(r.rejections.map((x) => [x.code, x.path, x.sheetRow, x.row])).toEqual([
      ['NIP_SCIENTIFIC_NOTATION', ['nip'], 7, 3],
      ['NIP_SCIENTIFIC_NOTATION', ['nip'], 8, 4],
    ]);
    expect(r.rejections[0]?.message.id).toMatch(/notasi ilmiah/);
    expect(r.excluded).toEqual([
      { row: 5, code: 'PLT_PLH_EXCLUDED' },
      { row: 6, code: 'DUPLICATE_AFTER_MUTASI' },
    ]);
    expect(r.decisions.map((d) => d.code)).toEqual(
      expect.arrayContaining([
        'XLSX_SHEET_CHOSEN',
        'HEADER_ROW_DETECTED',
        'CUKUP_AS_BUTUH_PERBAIKAN',
        'PLT_PLH_EXCLUDED',
        'DUPLICATE_AFTER_MUTASI',
      ]),
    );
  });

  /** The same `;`-separated table read as a one-sheet workbook (`x`) and as a CSV (`c`). */
  const readBoth = async (csv: string) => {
    const rows = csv.split('\n').map((l) => l.split(';'));
    const x = await readLaporanPenilaianXlsx(await book([{ name: 'tahunan', rows }]));
    return { x, c: readLaporanPenilaianCsv(csv) };
  };

  it('reads the same records as the CSV reader on the same table', async () => {
    const csv = [
      'Laporan Penilaian SKP Tahun 2023',
      PENILAIAN_HEADER.join(';'),
      '1;198703122010011002;Siti;2023;2023-01-01;2023-12-31;Pelaksana;0;DI ATAS EKSPEKTASI;SESUAI EKSPEKTASI;BAIK',
      '2;199001012015022001;Budi;2023;2023-01-01;2023-12-31;Pelaksana;1;SESUAI EKSPEKTASI;SESUAI EKSPEKTASI;-',
    ].join('\n');
    const { x, c } = await readBoth(csv);
    const strip = <T extends object>(r: T) => {
      const { sheet: _s, sheetRow: _r, ...rest } = r as T & { sheet?: string; sheetRow?: number };
      return rest;
    };
    expect(x.records.map(strip)).toEqual(c.records);
    expect(x.counts).toEqual(c.counts);
    expect(x.excluded).toEqual(c.excluded);
  });

  it('keeps the first of two columns under one name, as the CSV reader does, and says where they differ', async () => {
    // The pejabat penilai's NIP after the employee's, both headed "nip" (it used to win).
    const csv = [
      [...PENILAIAN_HEADER, 'nip'].join(';'),
      '1;198703122010011002;Siti;2023;2023-01-01;2023-12-31;Pelaksana;0;DI ATAS EKSPEKTASI;SESUAI EKSPEKTASI;BAIK;196901011990031001',
      '2;199001012015022001;Budi;2023;2023-01-01;2023-12-31;Pelaksana;0;SESUAI EKSPEKTASI;SESUAI EKSPEKTASI;BAIK;199001012015022001',
    ].join('\n');
    const { x, c } = await readBoth(csv);
    expect(c.records.map((r) => r.nip)).toEqual(['198703122010011002', '199001012015022001']);
    expect(x.records.map((r) => r.nip)).toEqual(c.records.map((r) => r.nip));
    const col = PENILAIAN_HEADER.indexOf('nip') + 1;
    const last = PENILAIAN_HEADER.length + 1;
    for (const r of [c, x]) {
      const d = r.decisions.filter(
        (x) => x.code === 'DUPLICATE_COLUMNS' || x.code === 'COLUMN_CONFLICT',
      );
      expect(d.map((x) => x.code)).toEqual(['DUPLICATE_COLUMNS', 'COLUMN_CONFLICT']);
      expect(d[0]?.message.en).toContain(`nip (kolom ${last}) = nip (kolom ${col})`);
      expect(d[1]?.rows).toEqual([1]);
    }
  });

  it('reads a monthly sheet on request and reports a missing one', async () => {
    const data = await laporanPenilaian();
    const mar = await readLaporanPenilaianXlsx(data, { sheet: 'MAR' });
    expect(mar.sheet).toBe('mar');
    expect(mar.counts.input).toBe(3);
    expect(mar.decisions[0]?.message.en).toMatch(/Read sheet "mar" \(diminta \/ requested\)/);
    const none = await readLaporanPenilaianXlsx(data, { sheet: 'apr' });
    expect(none.counts).toEqual({ input: 1, accepted: 0, rejected: 1, excluded: 0 });
    expect(none.rejections[0]?.code).toBe('XLSX_SHEET_NOT_FOUND');
    expect(none.rejections[0]?.message.en).toMatch(/sheets: jan, feb, mar, tahunan/);
  });

  it('reports every row when no header is found, and a corrupt file as one rejection', async () => {
    const noHeader = await readLaporanPenilaianXlsx(
      await book([{ name: 'tahunan', rows: [['judul'], ['a', 'b'], ['c', 'd']] }]),
    );
    expect(reconciles(noHeader)).toBe(true);
    expect(noHeader.rejections.map((x) => [x.code, x.sheetRow])).toEqual([
      ['CSV_HEADER_NOT_FOUND', 1],
      ['CSV_HEADER_NOT_FOUND', 2],
      ['CSV_HEADER_NOT_FOUND', 3],
    ]);
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode('PK\u0003\u0004garbage')]) {
      const r = await readLaporanPenilaianXlsx(bytes);
      expect(r.counts).toEqual({ input: 1, accepted: 0, rejected: 1, excluded: 0 });
      expect(r.rejections[0]?.code).toBe('XLSX_UNREADABLE');
      expect(r.rejections[0]?.message.id).toMatch(/bukan workbook Excel/);
    }
  });
});

describe('prototype-polluting headers', () => {
  it('a __proto__ or constructor column rejects the rows (FORBIDDEN_KEY), in both readers', async () => {
    const data = await book([
      {
        name: 'tahunan',
        rows: [
          ['id', 'nip', 'hasil_akhir', '__proto__'],
          ['p1', '198703122010011002', 'BAIK', 'x'],
        ],
      },
    ]);
    const l = await readLaporanPenilaianXlsx(data);
    expect(l.counts).toEqual({ input: 1, accepted: 0, rejected: 1, excluded: 0 });
    expect(l.rejections[0]?.code).toBe('FORBIDDEN_KEY');
    const g = await readAppraisalXlsx(
      await book([
        {
          name: 'Rekap',
          rows: [
            ['nip', 'nama', 'constructor'],
            ['198703122010011002', 'Siti', 'x'],
          ],
        },
      ]),
    );
    expect(g.counts.accepted).toBe(0);
    expect(g.rejections[0]?.code).toBe('FORBIDDEN_KEY');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('readLaporanSkpXlsx', () => {
  it('finds the nip header within the first 20 rows of "Laporan SKP", excludes PLT/PLH, keeps the latest SKP after mutasi', async () => {
    const data = await book([
      { name: 'Info', rows: [['Diunduh dari e-Kinerja']] },
      {
        name: 'Laporan SKP',
        rows: [
          ['Laporan SKP Tahun 2024'],
          ['Instansi Pemerintah Kota Contoh'],
          [],
          [],
          [],
          ['Dicetak 2024-12-31 10:00'],
          [],
          [
            'nip',
            'nip_baru',
            'nama',
            'is_plt_plh',
            'periode_akhir',
            'skp_unor_induk',
            'skp_status',
            'jenis_pegawai',
          ],
          ['198703122010011002', '', 'Siti', 0, D(2024, 12, 31), 'Dinas A', 'persetujuan', 'pns'],
          ['199001012015022001', '', 'Budi', 1, D(2024, 12, 31), 'Dinas A', 'pengajuan', 'pns'],
          ['199205052019031004', '', 'Rina', 0, D(2024, 3, 31), 'Dinas A', 'persetujuan', 'pppk'],
          ['199205052019031004', '', 'Rina', 0, D(2024, 12, 31), 'Dinas B', 'draft', 'pppk'],
        ],
        merges: ['A1:H1'],
      },
    ]);
    const r = await readLaporanSkpXlsx(data);
    expect(reconciles(r)).toBe(true);
    expect([r.sheet, r.headerRow]).toEqual(['Laporan SKP', 8]);
    expect(r.records.map((x) => [x.nip, x.unor.induk, x.extra.skp_status, x.sheetRow])).toEqual([
      ['198703122010011002', 'Dinas A', 'persetujuan', 9],
      ['199205052019031004', 'Dinas B', 'draft', 12],
    ]);
    expect(r.excluded.map((x) => x.code)).toEqual(['PLT_PLH_EXCLUDED', 'DUPLICATE_AFTER_MUTASI']);
    const wb = await openWorkbook(data);
    expect(wb.ok && detectXlsxLayout(wb.workbook)).toBe('laporan-skp');
  });
});

const APPRAISAL_ROWS: CellValue[][] = [
  ['Rekap Penilaian Kinerja 2023'],
  [],
  [
    'NIP Pegawai',
    'Nama',
    'Jenis Jabatan',
    'Periode Mulai',
    'Periode Selesai',
    'Hasil Kerja',
    'Perilaku Kerja',
    'Unit Kerja',
    'Nilai Lain',
  ],
  [
    '198703122010011002',
    { richText: [{ text: 'Siti ' }, { text: 'Aminah' }] },
    'Pelaksana',
    D(2023, 1, 1),
    D(2023, 12, 31),
    'Di Atas Ekspektasi',
    'Di Atas Ekspektasi',
    'Dinas A',
    0.1,
  ],
  [
    '199001012015022001',
    'Budi',
    'Fungsional',
    44927,
    45291,
    'Sesuai Ekspektasi',
    'Di Bawah Ekspektasi',
    'Dinas A',
    { formula: 'I4*2', result: 0.2 },
  ],
  [
    NIP_AS_NUMBER,
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
    '\'=HYPERLINK("x")',
    'Pelaksana',
    D(2023, 1, 1),
    D(2023, 12, 31),
    'Luar Biasa',
    'Sesuai Ekspektasi',
    'Dinas B',
    '',
  ],
];

describe('readAppraisalXlsx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-xlsx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('maps columns by alias (and the caller’s aliases), reads dates and rich text, rejects mangled NIPs', async () => {
    const data = await book([{ name: 'Rekap', rows: APPRAISAL_ROWS, merges: ['A1:I1'] }]);
    const r = await readAppraisalXlsx(data, { columns: { nip: ['NIP Pegawai'] } });
    expect(reconciles(r)).toBe(true);
    expect(r.headerRow).toBe(3);
    expect(r.counts).toEqual({ input: 4, accepted: 2, rejected: 2, excluded: 0 });
    const [siti, budi] = r.records;
    expect(siti?.appraisal.pegawai.nama).toBe('Siti Aminah');
    expect(siti?.appraisal.periode).toEqual({
      jenis: 'TAHUNAN',
      mulai: '2023-01-01',
      selesai: '2023-12-31',
    });
    expect(siti?.extra).toEqual({ 'Nilai Lain': '0.1' });
    expect(budi?.appraisal.periode.mulai).toBe('2023-01-01');
    expect(budi?.extra).toEqual({ 'Nilai Lain': '0.2' });
    expect(r.records.map((x) => [x.line, x.sheetRow, x.row])).toEqual([
      [4, 4, 1],
      [5, 5, 2],
    ]);
    expect(evaluate(siti?.appraisal).predikat?.code).toBe('SANGAT_BAIK');
    expect(evaluate(budi?.appraisal).predikat?.code).toBe('KURANG');
    expect(r.rejections.map((x) => [x.code, x.sheetRow])).toEqual([
      ['NIP_SCIENTIFIC_NOTATION', 6],
      ['RATING_UNKNOWN', 7],
    ]);
  });

  it('gives the CSV reader’s result for the same table', async () => {
    const csv =
      'nip;nama;jenis_jabatan;tahun;hasil_kerja;perilaku_kerja;predikat\r\n' +
      '198703122010011002;Siti;Pelaksana;2023;Di Atas Ekspektasi;Sesuai Ekspektasi;Baik\r\n' +
      '199001012015022001;;Pelaksana;2023;Sesuai Ekspektasi;Sesuai Ekspektasi;Baik\r\n';
    const rows = csv
      .trim()
      .split('\r\n')
      .map((l) => l.split(';'));
    const x = await readAppraisalXlsx(await book([{ name: 'Sheet1', rows }]));
    const c = readAppraisalCsv(csv);
    expect(x.records.map(({ sheet: _s, sheetRow: _r, ...rest }) => rest)).toEqual(c.records);
    expect(x.rejections.map(({ sheet: _s, sheetRow: _r, ...rest }) => rest)).toEqual(c.rejections);
    expect(x.counts).toEqual(c.counts);
  });

  it('the streaming reader gives the same result from a file and from a stream', async () => {
    const data = await book([
      { name: 'Catatan', rows: [['bukan data']] },
      { name: 'Rekap', rows: APPRAISAL_ROWS },
    ]);
    const path = join(dir, 'rekap.xlsx');
    writeFileSync(path, data);
    const whole = await readAppraisalXlsx(data, {
      sheet: 'Rekap',
      columns: { nip: ['NIP Pegawai'] },
    });
    const streamed = await readAppraisalXlsxStream(path, {
      sheet: 'Rekap',
      columns: { nip: ['NIP Pegawai'] },
    });
    expect(streamed.sheet).toBe('Rekap');
    expect(streamed.records).toEqual(whole.records);
    expect(streamed.rejections).toEqual(whole.rejections);
    expect(streamed.counts).toEqual(whole.counts);
    expect(streamed.headerRow).toBe(3);
    const fromStream = await readAppraisalXlsxStream(Readable.from([Buffer.from(data)]), {
      sheet: 2,
      columns: { nip: ['NIP Pegawai'] },
    });
    expect(fromStream.records).toEqual(whole.records);
    const rows: number[] = [];
    for await (const row of streamXlsxRows(path, { sheet: 'rekap' })) rows.push(row.line);
    expect(rows).toEqual([1, 3, 4, 5, 6, 7]);
  });

  it('a corrupt file streamed is one XLSX_UNREADABLE rejection', async () => {
    const path = join(dir, 'rusak.xlsx');
    writeFileSync(path, 'nip,nama\n198703122010011002,Siti\n');
    const r = await readAppraisalXlsxStream(path);
    expect(r.counts).toEqual({ input: 1, accepted: 0, rejected: 1, excluded: 0 });
    expect(r.rejections[0]?.code).toBe('XLSX_UNREADABLE');
    const corrupt = await readAppraisalXlsx(new TextEncoder().encode('not a workbook'));
    expect(corrupt.rejections[0]?.code).toBe('XLSX_UNREADABLE');
  });

  it('reports formulas without a cached result (read as empty), never their formula text', async () => {
    const data = await book([
      {
        name: 'Rekap',
        rows: [
          ['nip', 'nama', 'jenis_jabatan', 'tahun', 'hasil_kerja', 'perilaku_kerja', 'catatan'],
          [
            '198703122010011002',
            'Siti',
            'Pelaksana',
            2023,
            'Di Atas Ekspektasi',
            'Sesuai Ekspektasi',
            { formula: 'CONCAT("a","b")' },
          ],
        ],
      },
    ]);
    const r = await readAppraisalXlsx(data);
    expect(r.counts.accepted).toBe(1);
    expect(r.records[0]?.appraisal.catatan).toBeUndefined();
    const d = r.decisions.find((x) => x.code === 'XLSX_FORMULA_NO_RESULT');
    expect(d?.message.en).toMatch(/Rekap!G2/);
    expect(d?.message.id).toMatch(/Rumus tanpa hasil tersimpan/);
  });

  it('detects the layout of a workbook', async () => {
    const kinds = await Promise.all(
      [
        await laporanPenilaian(),
        await book([{ name: 'Rekap', rows: [['Rekap'], ['nip', 'nama', 'hasil_kerja']] }]),
        await book([{ name: 'Kosong', rows: [['apa saja']] }]),
      ].map(async (d) => {
        const wb = await openWorkbook(d);
        return wb.ok ? detectXlsxLayout(wb.workbook) : 'unreadable';
      }),
    );
    expect(kinds).toEqual(['laporan-penilaian-skp', 'appraisal', undefined]);
  });
});
