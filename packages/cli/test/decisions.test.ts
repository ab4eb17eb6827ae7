/*
 * Every reading decision is reported, none is silent: format auto-detection of CSV exports, the
 * master file's own rejections, and the adapters' decisions in the text summary, in `--json`
 * and in the HTML report. Files are generated here (seeded, small).
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '@kinerja/adapters/csv';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Prng } from '../src/demo/prng.js';
import { sniffCsv } from '../src/input.js';
import { captureStream } from '../src/io.js';
import { decisionRowsText } from '../src/output.js';
import { scoreFiles } from '../src/pipeline.js';
import { ScoreSummarySchema } from '../src/schemas.js';
import { splitKind } from '../src/workers/parallel.js';
import { cli, oneLine, tmp } from './helpers.js';

const N = 16;
const EKIN_RATING = ['DIATAS EKSPEKTASI', 'SESUAI EKSPEKTASI', 'DIBAWAH EKSPEKTASI'];
/** PermenPANRB 6/2022 matrix by rating index (0 = Di Atas), with e-Kinerja's "CUKUP". */
const HASIL = [
  ['SANGAT BAIK', 'BAIK', 'KURANG'],
  ['BAIK', 'BAIK', 'KURANG'],
  ['CUKUP', 'CUKUP', 'SANGAT KURANG'],
];

const nipOf = (i: number) =>
  `19${80 + (i % 15)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}2010${i % 2 ? '01' : '02'}1${String(i).padStart(3, '0')}`;

interface Laporan {
  readonly total: number;
  readonly plt: number[];
  readonly mutasi: number[];
  readonly cukup: number[];
  /** Rows read and scored (neither PLT/PLH nor superseded). */
  scored: number;
}

/** An e-Kinerja "Laporan Penilaian SKP" export saved as CSV: title rows, `;`, BOM, CRLF. */
function writeLaporan(dir: string, seed: number): Laporan {
  const r = new Prng(seed);
  const head = [
    'id',
    'nip',
    'nama',
    'tahun_skp',
    'periode_id',
    'periode_awal_skp',
    'periode_akhir_skp',
    'skp_unor',
    'skp_jabatan',
    'skp_jenis_jabatan',
    'is_skp_plt_plh_pjb',
    'hasil_kerja',
    'perilaku_kerja',
    'hasil_akhir',
    'golru',
    'jenis_pegawai',
  ];
  const rows: string[][] = [];
  const out: Laporan = { total: 0, plt: [], mutasi: [], cukup: [], scored: 0 };
  const push = (i: number, o: { akhir?: string; unit?: string; plt?: boolean } = {}) => {
    const h = r.int(0, 2);
    const b = r.int(0, 2);
    const hasil = HASIL[h]?.[b] as string;
    rows.push([
      String(7000 + rows.length),
      nipOf(i),
      `Pegawai ${i}`,
      '2023',
      '9',
      '2023-01-01',
      o.akhir ?? '2023-12-31',
      o.unit ?? (i % 2 ? 'Bidang Anggaran' : 'Sekretariat'),
      'Analis Keuangan',
      'Jabatan Fungsional Umum',
      o.plt ? '1' : '0',
      EKIN_RATING[h] as string,
      EKIN_RATING[b] as string,
      hasil,
      'III/a',
      'pns',
    ]);
    if (hasil === 'CUKUP') out.cukup.push(rows.length);
  };
  for (let i = 0; i < N; i++) {
    if (i % 5 === 2) {
      // Mutasi: the SKP of the former unit, ending earlier, listed first.
      push(i, { akhir: '2023-06-30', unit: 'Dinas Lama' });
      out.mutasi.push(rows.length);
    }
    push(i);
    out.scored++;
    if (i % 6 === 4) {
      push(i + 100, { plt: true, unit: 'Bidang Aset (PLT)' });
      out.plt.push(rows.length);
    }
  }
  if (out.cukup.length === 0) {
    // Every seed plants at least one CUKUP.
    (rows[0] as string[])[11] = EKIN_RATING[2] as string;
    (rows[0] as string[])[12] = EKIN_RATING[1] as string;
    (rows[0] as string[])[13] = 'CUKUP';
    out.cukup.push(1);
  }
  const lines = [
    'LAPORAN PENILAIAN SKP TAHUN 2023',
    'Instansi: Pemerintah Kota Contoh',
    '',
    head.join(';'),
    ...rows.map((x) => x.join(';')),
  ];
  writeFileSync(join(dir, 'laporan.csv'), `\uFEFF${lines.join('\r\n')}\r\n`);
  return { ...out, total: rows.length };
}

const MASTER_HEADER =
  'pns_id,nip_baru,nip_lama,nama,jenis_kelamin,jenis_pegawai_nama,jenis_jabatan_nama,jabatan_nama,gol_akhir_nama,unor_id,unor_nama,tanggal_lahir';

/** A SIASN "Export Data ASN" master (one NIP mangled by Excel) and rw-skp22 records. */
function writeSiasn(dir: string, mangled: number): void {
  const pnsId = (i: number) => `A8ACA7B2E1C2${String(5100 + i).padStart(6, '0')}`;
  const master = [
    'DATA ASN PEMERINTAH KOTA CONTOH',
    MASTER_HEADER,
    ...Array.from({ length: 6 }, (_, i) =>
      [
        pnsId(i),
        i === mangled ? `${nipOf(i)[0]}.${nipOf(i).slice(1, 6)}E+17` : nipOf(i),
        `0${100000000 + i}`,
        `Pegawai ${i}`,
        i % 2 ? 'F' : 'M',
        'PNS Daerah',
        'Jabatan Fungsional Umum',
        'Pengadministrasi Keuangan',
        'Penata Muda (III/a)',
        'U1',
        'Bidang Anggaran',
        '12-03-1987',
      ].join(','),
    ),
  ];
  writeFileSync(join(dir, 'ekspor-asn.csv'), `${master.join('\r\n')}\r\n`);
  const data = Array.from({ length: 6 }, (_, i) => ({
    id: `skp22-${i}`,
    tahun: 2023,
    hasilKinerjaNilai: 2,
    perilakuKerjaNilai: 2,
    kuadranKinerjaNilai: 2,
    pnsDinilaiId: pnsId(i),
  }));
  writeFileSync(join(dir, 'rw-skp22.json'), JSON.stringify({ code: 1, data }));
}

let dir: string;
let lap: Laporan;
beforeAll(() => {
  dir = tmp();
  lap = writeLaporan(dir, 20240601);
  writeSiasn(dir, 3);
});

describe('format auto-detection of CSV files', () => {
  it.each([
    ['LAPORAN\r\n\r\nid;nip;hasil_akhir\r\n1;1987;BAIK\r\n', 'ekinerja-laporan-csv', 3],
    [
      '\uFEFFnip,is_skp_plt_plh_pjb,hasil_kerja,hasil_akhir\n1,0,BAIK,BAIK\n',
      'ekinerja-laporan-csv',
      1,
    ],
    ['judul\nnip\tskp_penilaian_id\thasil_akhir\n', 'ekinerja-laporan-csv', 2],
    // A generic appraisal table: hasil_akhir without an e-Kinerja column, or a PLT flag without hasil_akhir.
    ['nip;rating_hasil_kerja;rating_perilaku;hasil_akhir\n', 'csv', 1],
    ['nip;rating_hasil_kerja;rating_perilaku;predikat;is_plt_plh\n', 'csv', 1],
    [`Judul\n${MASTER_HEADER}\n`, 'siasn-ekspor-asn', 2],
    ['pns_id,nip_baru,rating_hasil_kerja,rating_perilaku\n', 'csv', 1],
    ['no header here\n1;2;3\n', 'csv', undefined],
  ])('%j → %s (header line %s)', (head, kind, line) => {
    const s = sniffCsv(head);
    expect([s.kind, s.line]).toEqual([kind, line]);
  });

  it('leaves out a last line cut short unless the text is the whole file', () => {
    expect(sniffCsv('nip;id;hasil_ak').kind).toBe('csv');
    expect(sniffCsv('nip;id;hasil_akhir', true).kind).toBe('ekinerja-laporan-csv');
  });

  it('reads an e-Kinerja CSV export without --from: PLT/PLH excluded, latest period kept, CUKUP reported', async () => {
    const r = await cli(dir, 'score', 'laporan.csv', '--json', '--rejections', 'rej.json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const s = ScoreSummarySchema.parse(JSON.parse(r.stdout));
    expect(s.byFile).toEqual([
      {
        file: 'laporan.csv',
        format: 'ekinerja-laporan-csv',
        total: lap.total,
        accepted: lap.scored,
        rejected: 0,
        excluded: lap.plt.length + lap.mutasi.length,
      },
    ]);
    expect(s.total).toBe(s.accepted + s.rejected + s.excluded);
    const byCode = new Map(s.decisions.map((d) => [d.code, d]));
    expect(s.decisions[0]?.code).toBe('FORMAT_DETECTED');
    expect(byCode.get('FORMAT_DETECTED')?.message.en).toBe(
      'Format detected: e-Kinerja "Laporan Penilaian SKP" export (CSV) (header row on line 4: hasil_akhir, id, is_skp_plt_plh_pjb); override with --from',
    );
    expect(byCode.get('FORMAT_DETECTED')?.message.id).toMatch(
      /^Format terdeteksi: ekspor e-Kinerja/,
    );
    expect(byCode.get('PLT_PLH_EXCLUDED')?.rows).toEqual(lap.plt);
    expect(byCode.get('CUKUP_AS_BUTUH_PERBAIKAN')?.rows).toEqual(lap.cukup);
    const mutasi = s.decisions.filter((d) => d.code === 'DUPLICATE_AFTER_MUTASI');
    expect(mutasi.flatMap((d) => d.rows).sort((a, b) => a - b)).toEqual(lap.mutasi);
    expect(
      s.decisions.every((d) => d.file === 'laporan.csv' && d.message.id !== d.message.en),
    ).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'rej.json'), 'utf8'))).toEqual([]);
  });

  it('prints each decision on one line, in Bahasa Indonesia by default and in English with --lang en', async () => {
    const id = await cli(dir, 'score', 'laporan.csv');
    expect(id.code).toBe(0);
    const line = (out: string, code: string) =>
      out.split('\n').find((l) => l.includes(`[${code}]`)) ?? '';
    expect(id.stdout).toContain('Keputusan pembacaan:\n');
    expect(line(id.stdout, 'CUKUP_AS_BUTUH_PERBAIKAN')).toBe(
      `  laporan.csv [CUKUP_AS_BUTUH_PERBAIKAN] "CUKUP" (ekspor Excel e-Kinerja) dibaca sebagai BUTUH_PERBAIKAN (SIASN "BUTUH PERBAIKAN"), tingkat yang sama (baris ${lap.cukup.join(', ')})`,
    );
    expect(line(id.stdout, 'PLT_PLH_EXCLUDED')).toContain(`(baris ${lap.plt.join(', ')})`);
    expect(line(id.stdout, 'FORMAT_DETECTED')).toMatch(/; ganti dengan --from$/);
    expect(id.stdout).toContain(
      `Baris / rows: ${lap.total} = ${lap.scored} dinilai / scored + 0 ditolak / rejected + ${lap.plt.length + lap.mutasi.length} dikecualikan / excluded`,
    );
    const en = await cli(dir, 'score', 'laporan.csv', '--lang', 'en');
    expect(en.stdout).toContain('Decisions:\n');
    expect(line(en.stdout, 'PLT_PLH_EXCLUDED')).toBe(
      `  laporan.csv [PLT_PLH_EXCLUDED] PLT/PLH/Pj SKP rows (is_plt_plh ≠ 0) excluded from the employee appraisal (${lap.plt.length === 1 ? 'row' : 'rows'} ${lap.plt.join(', ')})`,
    );
  });

  it('keeps --from as the override (read as a generic CSV, nothing detected)', async () => {
    const r = await cli(dir, 'score', 'laporan.csv', '--from', 'csv', '--json');
    const s = ScoreSummarySchema.parse(JSON.parse(r.stdout));
    expect(s.byFile[0]?.format).toBe('csv');
    expect(s.excluded).toBe(0);
    expect(s.decisions.map((d) => d.code)).not.toContain('FORMAT_DETECTED');
  });

  it('stops with one line naming --master when the input is the Export Data ASN', async () => {
    const r = await cli(dir, 'score', 'ekspor-asn.csv');
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toContain('is the SIASN "Export Data ASN" (the employee master');
    expect(r.stderr).toContain('--master ekspor-asn.csv');
  });

  it('tells .tsv and .txt files (Excel "Text (Tab delimited)", "Unicode Text") as it tells a .csv', async () => {
    expect(['a.csv', 'a.tsv', 'A.TXT', 'a.json'].map((f) => splitKind(f, undefined))).toEqual([
      'csv',
      'csv',
      'csv',
      undefined,
    ]);
    // The employee master saved as text is recognised (it used to be read as appraisals).
    copyFileSync(join(dir, 'ekspor-asn.csv'), join(dir, 'ekspor-asn.txt'));
    const r = await cli(dir, 'score', 'ekspor-asn.txt');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--master ekspor-asn.txt');
    // An e-Kinerja export saved as .tsv goes to its own reader, with its decisions.
    copyFileSync(join(dir, 'laporan.csv'), join(dir, 'laporan.tsv'));
    const csv = await cli(dir, 'score', 'laporan.csv', '--json');
    const tsv = await cli(dir, 'score', 'laporan.tsv', '--json');
    expect(tsv.stdout).toBe(csv.stdout.replaceAll('laporan.csv', 'laporan.tsv'));
  });
});

describe('the master file reports its own rejected rows', () => {
  it('lists the mangled NIP of the master with the master file name, apart from the input accounting', async () => {
    const r = await cli(
      dir,
      'score',
      'rw-skp22.json',
      '--master',
      'ekspor-asn.csv',
      '--json',
      '--rejections',
      'skp22-rej.csv',
    );
    expect([r.code, r.stderr]).toEqual([0, '']);
    const s = ScoreSummarySchema.parse(JSON.parse(r.stdout));
    // The input: 6 records, the one whose employee the master could not read is rejected.
    expect(s).toMatchObject({ total: 6, accepted: 5, rejected: 1, excluded: 0 });
    // By code: the input's rejection only (the master's mangled NIP is counted apart).
    expect(s.rejectionsByCode).toEqual({ PEGAWAI_NOT_IN_MASTER: 1 });
    expect(s.master).toEqual({
      file: 'ekspor-asn.csv',
      rows: 6,
      accepted: 5,
      rejected: 1,
      excluded: 0,
    });
    expect(s.decisions.find((d) => d.file === 'ekspor-asn.csv')?.code).toBe('HEADER_ROW_DETECTED');
    const rows = parseCsv(readFileSync(join(dir, 'skp22-rej.csv'), 'utf8')).rows.map(
      (x) => x.cells,
    );
    expect(rows[0]).toEqual(['file', 'row', 'path', 'code', 'message_id', 'message_en', 'source']);
    expect(rows.slice(1).map((x) => [x[0], x[1], x[3], x[6]])).toEqual([
      ['rw-skp22.json', '4', 'PEGAWAI_NOT_IN_MASTER', 'input'],
      ['ekspor-asn.csv', '4', 'NIP_SCIENTIFIC_NOTATION', 'master'],
    ]);
    const text = await cli(dir, 'score', 'rw-skp22.json', '--master', 'ekspor-asn.csv');
    expect(text.stdout).toContain(
      'Baris / rows: 6 = 5 dinilai / scored + 1 ditolak / rejected\nDitolak menurut kode / rejections by code: PEGAWAI_NOT_IN_MASTER 1\n',
    );
    expect(text.stdout).toContain(
      'Data induk / master ekspor-asn.csv: 6 = 5 dibaca / read + 1 ditolak / rejected\n',
    );
  });
});

describe('a --master no input is joined with', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is said on stderr, whole-file and streamed alike, and changes nothing else', async () => {
    vi.stubEnv('KINERJA_WORKERS_MIN_LINES', '1');
    const body = Array.from(
      { length: 30 },
      (_, i) =>
        `${nipOf(i)};Pegawai ${i};PNS;Pelaksana;Sekretariat;2024-01-01;2024-12-31;Sesuai Ekspektasi;Sesuai Ekspektasi`,
    );
    writeFileSync(
      join(dir, 'tabel.csv'),
      `nip;nama;jenis_asn;jenis_jabatan;unit_kerja;periode_mulai;periode_selesai;rating_hasil_kerja;rating_perilaku\n${body.join('\n')}\n`,
    );
    const note =
      'kinerja: --master ekspor-asn.csv: not used — no input is SIASN skp22 records or an e-Kinerja report, the only formats joined with the employee master (an appraisal table carries its own employee columns)\n';
    const plain = await cli(dir, 'score', 'tabel.csv', '--json');
    for (const workers of ['1', '2']) {
      const r = await cli(
        dir,
        'score',
        'tabel.csv',
        '--master',
        'ekspor-asn.csv',
        '--json',
        '--workers',
        workers,
      );
      expect([r.code, r.stderr, r.stdout]).toEqual([0, note, plain.stdout]);
    }
    // calibrate, audit and report read whole files: the same line.
    const a = await cli(dir, 'audit', 'tabel.csv', '--master', 'ekspor-asn.csv', '--json');
    expect(a.stderr).toBe(note);
    // Joined: no line.
    const joined = await cli(dir, 'score', 'rw-skp22.json', '--master', 'ekspor-asn.csv', '--json');
    expect(joined.stderr).toBe('');
  });
});

describe('decisions in the HTML report', () => {
  it('lists the decisions with their rows, every value escaped', async () => {
    // A generic CSV whose unknown column name is markup: kept, reported, and escaped.
    writeFileSync(
      join(dir, 'umum.csv'),
      `nip;nama;jenis_asn;jenis_jabatan;jabatan;unit_kerja;periode_mulai;periode_selesai;rating_hasil_kerja;rating_perilaku;<img src=x>\n${nipOf(1)};Siti;PNS;Pelaksana;Pengolah Data;Sekretariat;2024-01-01;2024-12-31;Sesuai Ekspektasi;Sesuai Ekspektasi;a\n`,
    );
    const r = await cli(
      dir,
      'report',
      'laporan.csv',
      'umum.csv',
      '--out',
      'r.html',
      '--lang',
      'en',
    );
    expect([r.code, r.stderr]).toEqual([0, '']);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('<h2>Reading decisions</h2>');
    expect(html).toContain(`<td>PLT_PLH_EXCLUDED</td>`);
    expect(html).toContain(`<td>${decisionRowsText(lap.plt, 'en')}</td>`);
    expect(html).toContain('UNKNOWN_COLUMNS_KEPT');
    expect(html).toContain('&lt;img src=x&gt;');
    expect(html).not.toContain('<img');
  });

  it('caps the listed row numbers', () => {
    const rows = Array.from({ length: 15 }, (_, i) => i + 1);
    expect(decisionRowsText(rows, 'en')).toBe(
      '15 rows: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, … (+5 more)',
    );
    expect(decisionRowsText([3], 'id')).toBe('baris 3');
  });
});

describe('decisions with --workers', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('reads an e-Kinerja CSV export whole (never split as a generic CSV), decisions kept', async () => {
    vi.stubEnv('KINERJA_WORKERS_MIN_LINES', '1');
    const io = { stdout: captureStream(), stderr: captureStream(), cwd: dir };
    const run = await scoreFiles(io, ['laporan.csv'], { workers: 2, progress: false });
    expect(run.threads).toBe(0);
    expect(run.inThread).toBe(
      'laporan.csv is not a generic appraisal CSV (ekinerja-laporan-csv); it is read whole',
    );
    expect(run.summary.byFile[0]?.format).toBe('ekinerja-laporan-csv');
    expect(run.summary.excluded).toBe(lap.plt.length + lap.mutasi.length);
    expect(run.decisions.find((d) => d.code === 'PLT_PLH_EXCLUDED')?.rows).toEqual(lap.plt);
  });

  it('reports the same decisions, FORMAT_DETECTED first, when a generic CSV is split across threads', async () => {
    vi.stubEnv('KINERJA_WORKERS_MIN_LINES', '1');
    const d = tmp();
    const body = Array.from(
      { length: 40 },
      (_, i) =>
        `${nipOf(i)};Pegawai ${i};PNS;Pelaksana;Pengolah Data;Sekretariat;2024-01-01;2024-12-31;Sesuai Ekspektasi;${i % 7 === 3 ? 'Diatas Ekspektasi' : 'Sesuai Ekspektasi'};x${i}`,
    );
    writeFileSync(
      join(d, 'umum.csv'),
      `Rekap SKP 2024\nnip;nama;jenis_asn;jenis_jabatan;jabatan;unit_kerja;periode_mulai;periode_selesai;rating_hasil_kerja;rating_perilaku;catatan_lain\n${body.join('\n')}\n`,
    );
    const one = await cli(d, 'score', 'umum.csv', '--workers', '1', '--json');
    const two = await cli(d, 'score', 'umum.csv', '--workers', '2', '--json');
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const s = ScoreSummarySchema.parse(JSON.parse(two.stdout));
    expect(s.decisions.map((x) => x.code).slice(0, 2)).toEqual([
      'FORMAT_DETECTED',
      'HEADER_ROW_DETECTED',
    ]);
    expect(s.decisions[0]?.message.en).toBe(
      'Format detected: appraisal CSV (generic columns) (header row on line 2: nip); override with --from',
    );
  });

  it('lists a decision on every row of many chunks once per row, in row order, on threads too', async () => {
    vi.stubEnv('KINERJA_WORKERS_MIN_LINES', '1');
    const d = tmp();
    // 1,200 rows (several chunks per thread), "-" for an empty jenis kelamin on every row but
    // every 97th, which has none.
    const n = 1200;
    const body = Array.from(
      { length: n },
      (_, i) =>
        `${nipOf(i)};Pegawai ${i};${i % 97 === 5 ? 'P' : '-'};Pelaksana;Pengolah Data;Sekretariat;2024-01-01;2024-12-31;Sesuai Ekspektasi;Sesuai Ekspektasi`,
    );
    writeFileSync(
      join(d, 'strip.csv'),
      `nip;nama;jenis_kelamin;jenis_jabatan;jabatan;unit_kerja;periode_mulai;periode_selesai;rating_hasil_kerja;rating_perilaku\n${body.join('\n')}\n`,
    );
    const one = await cli(d, 'score', 'strip.csv', '--workers', '1', '--json');
    const two = await cli(d, 'score', 'strip.csv', '--workers', '2', '--json');
    expect(two.stdout).toBe(one.stdout);
    const s = ScoreSummarySchema.parse(JSON.parse(two.stdout));
    const dash = s.decisions.filter((x) => x.code === 'DASH_AS_EMPTY');
    expect(dash).toHaveLength(1);
    const expected = Array.from({ length: n }, (_, i) => i + 1).filter((r) => (r - 1) % 97 !== 5);
    expect(dash[0]?.rows).toEqual(expected);
  });

  it('reads twin NIP columns from the first and lists the rows where they differ, on threads too', async () => {
    vi.stubEnv('KINERJA_WORKERS_MIN_LINES', '1');
    const d = tmp();
    // A flattened two-level header: the employee's NIP, then the pejabat penilai's, both "NIP".
    const body = Array.from({ length: 40 }, (_, i) => {
      const penilai = i % 10 === 3 ? nipOf(i) : nipOf(99);
      return `${nipOf(i)};Pegawai ${i};PNS;Pelaksana;Sekretariat;2024-01-01;2024-12-31;Sesuai Ekspektasi;Sesuai Ekspektasi;${penilai}`;
    });
    writeFileSync(
      join(d, 'ganda.csv'),
      `nip;nama;jenis_asn;jenis_jabatan;unit_kerja;periode_mulai;periode_selesai;rating_hasil_kerja;rating_perilaku;NIP\n${body.join('\n')}\n`,
    );
    const one = await cli(d, 'score', 'ganda.csv', '--workers', '1', '--json', '--out', 'h1.csv');
    const two = await cli(d, 'score', 'ganda.csv', '--workers', '2', '--json', '--out', 'h2.csv');
    expect(two.stderr).toBe('');
    expect(two.stdout.replaceAll('h2.csv', 'h1.csv')).toBe(one.stdout);
    expect(readFileSync(join(d, 'h2.csv'), 'utf8')).toBe(readFileSync(join(d, 'h1.csv'), 'utf8'));
    // Every employee scored under their own NIP, never the penilai's.
    expect(readFileSync(join(d, 'h1.csv'), 'utf8')).not.toContain(nipOf(99));
    const s = ScoreSummarySchema.parse(JSON.parse(two.stdout));
    expect(s).toMatchObject({ total: 40, accepted: 40, rejected: 0 });
    expect(s.decisions.map((x) => x.code)).toEqual([
      'FORMAT_DETECTED',
      'DUPLICATE_COLUMNS',
      'COLUMN_CONFLICT',
    ]);
    expect(s.decisions[1]?.message.id).toContain('NIP (kolom 10) = nip (kolom 1)');
    // The rows where the twin differs: all but 4, 14, 24 and 34.
    expect(s.decisions[2]?.rows).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1).filter((r) => r % 10 !== 4),
    );
  });
});
