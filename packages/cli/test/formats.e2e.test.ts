/*
 * End-to-end runs of the CLI on two real-world formats, generated here by a seeded script (no
 * fixture files committed): a SIASN `rw-skp22` response joined with an "Export Data ASN"
 * master, and an e-Kinerja "Laporan Penilaian SKP" export saved as CSV. Each generator plants
 * the hazards of formats.md §6 and returns the facts the assertions check.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '@kinerja/adapters/csv';
import { readEksporAsn } from '@kinerja/adapters/siasn';
import { beforeAll, describe, expect, it } from 'vitest';
import { Prng } from '../src/demo/prng.js';
import { loadFile } from '../src/input.js';
import { AuditOutputSchema, ScoreResultSchema, ScoreSummarySchema } from '../src/schemas.js';
import { cli, tmp } from './helpers.js';

const RATING = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
type RatingCode = (typeof RATING)[number];
/** PermenPANRB 6/2022 matrix (hasil kerja × perilaku), written out as the regulation's table. */
const MATRIX: Record<RatingCode, Record<RatingCode, string>> = {
  DI_ATAS_EKSPEKTASI: {
    DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_BAWAH_EKSPEKTASI: 'KURANG',
  },
  SESUAI_EKSPEKTASI: {
    DI_ATAS_EKSPEKTASI: 'BAIK',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_BAWAH_EKSPEKTASI: 'KURANG',
  },
  DI_BAWAH_EKSPEKTASI: {
    DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
  },
};
/** SIASN kuadran codes (1 = best) and labels. */
const KUADRAN = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];
const KUADRAN_LABEL = ['SANGAT BAIK', 'BAIK', 'BUTUH PERBAIKAN', 'KURANG', 'SANGAT KURANG'];
/** e-Kinerja Excel spells Butuh Perbaikan "CUKUP". */
const HASIL_AKHIR = ['SANGAT BAIK', 'BAIK', 'CUKUP', 'KURANG', 'SANGAT KURANG'];
/** SIASN labels, with the upstream typo. */
const SIASN_RATING = ['DIATAS ESPEKTASI', 'SESUAI ESPEKTASI', 'DIBAWAH ESPEKTASI'];
const EKIN_RATING = ['DIATAS EKSPEKTASI', 'SESUAI EKSPEKTASI', 'DIBAWAH EKSPEKTASI'];
const UNITS = ['Bidang Anggaran', 'Bidang Aset', 'Sekretariat'];
const JABATAN = [
  ['Jabatan Fungsional Tertentu', 'Analis Keuangan Ahli Muda'],
  ['Jabatan Fungsional Umum', 'Pengadministrasi Keuangan'],
  ['Pelaksana', 'Pengolah Data Aset'],
] as const;

interface Employee {
  readonly i: number;
  readonly pnsId: string;
  readonly nip: string;
  readonly nama: string;
  readonly unit: string;
  readonly jenisJabatan: string;
  readonly jabatan: string;
  /** Rating codes 1–3 (1 = Di Atas). */
  readonly h: number;
  readonly b: number;
}

const N = 24;

function employees(seed: number): Employee[] {
  const r = new Prng(seed);
  return Array.from({ length: N }, (_, i) => {
    const [jenisJabatan, jabatan] = JABATAN[i % JABATAN.length] as readonly [string, string];
    const nip = `19${70 + (i % 25)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}20${10 + (i % 10)}0${1 + (i % 9)}${1 + (i % 2)}${String(i).padStart(3, '0')}`;
    return {
      i,
      pnsId: `A8ACA7B2E1C2${String(3900 + i).padStart(6, '0')}`,
      nip,
      nama: `Pegawai ${String.fromCharCode(65 + i)}`,
      unit: UNITS[i % UNITS.length] as string,
      jenisJabatan,
      jabatan,
      h: r.int(1, 3),
      b: r.int(1, 3),
    };
  });
}

const predikatOf = (e: Pick<Employee, 'h' | 'b'>) =>
  MATRIX[RATING[e.h - 1] as RatingCode][RATING[e.b - 1] as RatingCode];
const kuadranOf = (e: Pick<Employee, 'h' | 'b'>) => KUADRAN.indexOf(predikatOf(e)) + 1;

/** How Excel shows an 18-digit number in a General cell. */
const scientific = (nip: string) => `${nip[0]}.${nip.slice(1, 6)}E+17`;

// ------------------------------------------------------------------ SIASN skp22 + master

interface SiasnFixture {
  readonly total: number;
  /** Rows (1-based) → expected rejection code. */
  readonly rejected: Readonly<Record<number, string>>;
  readonly excluded: readonly number[];
  /** Accepted rows → expected predikat. */
  readonly accepted: ReadonlyMap<number, string>;
  /** Rows whose stored kuadran contradicts the matrix. */
  readonly contradictions: readonly number[];
  readonly labelMismatch: number;
  readonly mangledNip: string;
}

function writeSiasn(dir: string, list: readonly Employee[]): SiasnFixture {
  const mangled = list[5] as Employee;
  const conflict = list[9] as Employee;
  const copied = list[14] as Employee;
  const master = [
    'DATA ASN PEMERINTAH KABUPATEN CONTOH',
    '',
    'pns_id,nip_baru,nip_lama,nama,gelar_depan,gelar_belakang,jenis_kelamin,jenis_pegawai_nama,jenis_jabatan_nama,jabatan_nama,gol_akhir_nama,unor_id,unor_nama,instansi_induk_nama,tanggal_lahir',
    ...list.map((e) =>
      [
        e.pnsId,
        e === mangled ? scientific(e.nip) : e.nip,
        `0${100000000 + e.i}`,
        e.nama,
        '',
        'S.E.',
        e.i % 2 ? 'F' : 'M',
        'PNS Daerah',
        e.jenisJabatan,
        `"${e.jabatan}"`,
        'Penata Muda (III/a)',
        `U${UNITS.indexOf(e.unit)}`,
        `"${e.unit}, Badan Keuangan"`,
        'Pemerintah Kab. Contoh',
        '12-03-1987',
      ].join(','),
    ),
  ];
  writeFileSync(join(dir, 'ekspor-asn.csv'), `${master.join('\r\n')}\r\n`);

  const data: unknown[] = [];
  const rejected: Record<number, string> = {};
  const excluded: number[] = [];
  const accepted = new Map<number, string>();
  const contradictions: number[] = [];
  const record = (e: Employee, h: number, b: number, k: number, unor: string) => {
    const capital = e.i % 3 !== 0; // GET casing drift: most capitalised, some not
    return {
      id: `skp22-${e.i}-${unor.length}`,
      tahun: e.i % 4 === 0 ? '2023' : 2023,
      hasilKinerja: SIASN_RATING[h - 1],
      hasilKinerjaNilai: e.i % 2 ? String(h) : h,
      perilakuKerja: SIASN_RATING[b - 1],
      [capital ? 'PerilakuKerjaNilai' : 'perilakuKerjaNilai']: b,
      kuadranKinerja: KUADRAN_LABEL[k - 1],
      [capital ? 'KuadranKinerjaNilai' : 'kuadranKinerjaNilai']: k,
      namaPenilai: 'Drs. Kepala Badan',
      nipNrpPenilai: '196805121990031004',
      penilaiGolonganId: '41',
      penilaiJabatanNm: 'Kepala Badan Keuangan',
      penilaiUnorNm: unor,
      pnsDinilaiId: e.pnsId,
      statusPenilai: 'ASN',
      path: [{ dok_id: '891', dok_nama: 'SKP', dok_uri: `peremajaan/skp/${e.i}.pdf` }],
    };
  };
  for (const e of list) {
    let k = kuadranOf(e);
    if (e.i % 7 === 2) {
      // Planted: a stored kuadran the matrix does not give.
      k = k === 3 ? 2 : 3;
      contradictions.push(data.length + 1);
    }
    data.push(record(e, e.h, e.b, k, 'Badan Keuangan'));
    const row = data.length;
    if (e === mangled) rejected[row] = 'PEGAWAI_NOT_IN_MASTER';
    else if (e === conflict) rejected[row] = 'DUPLICATE_CONFLICT';
    else accepted.set(row, predikatOf(e));
    if (e === conflict) {
      // Mutasi: a second, different SKP 2023 from the previous unit.
      const h = e.h === 1 ? 2 : 1;
      data.push(record(e, h, e.b, kuadranOf({ h, b: e.b }), 'Dinas Lama'));
      rejected[data.length] = 'DUPLICATE_CONFLICT';
    }
    if (e === copied) {
      data.push(record(e, e.h, e.b, k, 'Badan Keuangan'));
      excluded.push(data.length);
    }
  }
  // A label that contradicts its code: the code is used, the mismatch reported.
  const mismatch = list[1] as Employee;
  const mismatchRow = list.indexOf(mismatch) + 1;
  (data[mismatchRow - 1] as Record<string, unknown>).hasilKinerja =
    SIASN_RATING[mismatch.h === 1 ? 1 : 0];
  data.push({ id: 'x1', tahun: 'dua ribu', hasilKinerjaNilai: 1, perilakuKerjaNilai: 1 });
  rejected[data.length] = 'INTEGER_FORMAT';
  data.push(JSON.parse('{"tahun":2023,"__proto__":{"isAdmin":true}}'));
  rejected[data.length] = 'FORBIDDEN_KEY';
  data.push({ id: 'x2', tahun: 2023, hasilKinerjaNilai: 7, perilakuKerjaNilai: 1 });
  rejected[data.length] = 'RATING_UNKNOWN';
  data.push(null);
  rejected[data.length] = 'ROW_NOT_OBJECT';
  writeFileSync(join(dir, 'rw-skp22.json'), JSON.stringify({ code: 1, data }));
  return {
    total: data.length,
    rejected,
    excluded,
    accepted,
    contradictions,
    labelMismatch: mismatchRow,
    mangledNip: scientific(mangled.nip),
  };
}

// ------------------------------------------------------------------ e-Kinerja laporan CSV

interface EkinerjaFixture {
  readonly total: number;
  readonly rejected: Readonly<Record<number, string>>;
  readonly plt: readonly number[];
  readonly mutasi: readonly number[];
  readonly accepted: ReadonlyMap<number, string>;
  readonly cukup: readonly number[];
  readonly dash: readonly number[];
  readonly contradictions: readonly number[];
  readonly noStored: readonly number[];
}

function writeLaporan(dir: string, list: readonly Employee[]): EkinerjaFixture {
  const cols = [
    'id',
    'nip',
    'nama',
    'tahun_skp',
    'periode_id',
    'periode_awal_skp',
    'periode_akhir_skp',
    'skp_penilaian_id',
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
  const rejected: Record<number, string> = {};
  const plt: number[] = [];
  const mutasi: number[] = [];
  const accepted = new Map<number, string>();
  const cukup: number[] = [];
  const dash: number[] = [];
  const contradictions: number[] = [];
  const noStored: number[] = [];
  const row = (
    e: Employee,
    o: { akhir?: string; unit?: string; plt?: boolean; hasil?: string; h?: string; b?: string },
  ) => [
    String(5000 + rows.length),
    e.nip,
    e.nama,
    '2023',
    '9',
    '2023-01-01',
    o.akhir ?? '2023-12-31',
    `pen-${rows.length}`,
    o.unit ?? e.unit,
    e.jabatan,
    e.jenisJabatan,
    o.plt ? '1' : '0',
    o.h ?? (EKIN_RATING[e.h - 1] as string),
    o.b ?? (EKIN_RATING[e.b - 1] as string),
    o.hasil ?? (HASIL_AKHIR[kuadranOf(e) - 1] as string),
    'III/a',
    'pns',
  ];
  for (const e of list) {
    if (e.i % 8 === 3) {
      // Mutasi: the earlier SKP (old unit, earlier period end) listed before the later one.
      rows.push(row(e, { akhir: '2023-06-30', unit: 'Dinas Lama' }));
      mutasi.push(rows.length);
    }
    if (e.i === 4) {
      rows.push(row(e, { h: '-', b: '-', hasil: '-' }));
      rejected[rows.length] = 'RATING_HASIL_KERJA_MISSING';
      dash.push(rows.length);
    } else if (e.i === 11) {
      rows.push(row(e, { hasil: '-' }));
      dash.push(rows.length);
      noStored.push(rows.length);
      accepted.set(rows.length, predikatOf(e));
    } else if (e.i % 6 === 1) {
      const k = kuadranOf(e);
      rows.push(row(e, { hasil: HASIL_AKHIR[k === 2 ? 0 : 1] as string }));
      contradictions.push(rows.length);
      accepted.set(rows.length, predikatOf(e));
    } else {
      rows.push(row(e, {}));
      accepted.set(rows.length, predikatOf(e));
    }
    if (e.i % 10 === 7) {
      rows.push(row(e, { plt: true, unit: 'Bidang Aset (PLT)' }));
      plt.push(rows.length);
    }
  }
  rows.push(row({ ...(list[0] as Employee), nip: scientific((list[0] as Employee).nip) }, {}));
  rejected[rows.length] = 'NIP_SCIENTIFIC_NOTATION';
  rows.forEach((r, i) => {
    if (r[14] === 'CUKUP') cukup.push(i + 1);
  });
  const lines = [
    'LAPORAN PENILAIAN SKP TAHUN 2023',
    'Instansi: Pemerintah Kabupaten Contoh',
    '',
    'Periode: Tahunan',
    '',
    'Diunduh: 10/01/2024 08:00',
    cols.join(';'),
    ...rows.map((r) => r.join(';')),
  ];
  writeFileSync(join(dir, 'laporan-penilaian.csv'), `\uFEFF${lines.join('\r\n')}\r\n`);
  return {
    total: rows.length,
    rejected,
    plt,
    mutasi,
    accepted,
    cukup,
    dash,
    contradictions,
    noStored,
  };
}

let dir: string;
let siasn: SiasnFixture;
let ekin: EkinerjaFixture;
beforeAll(() => {
  dir = tmp();
  const list = employees(20231231);
  siasn = writeSiasn(dir, list);
  ekin = writeLaporan(dir, list);
});

const csvRows = (file: string) =>
  parseCsv(readFileSync(join(dir, file), 'utf8')).rows.map((r) => r.cells);

describe('kinerja score: SIASN rw-skp22 with the Export Data ASN master', () => {
  it('accounts for every row, gives the matrix predikat, and writes the rejections with both languages', async () => {
    const r = await cli(
      dir,
      'score',
      'rw-skp22.json',
      '--master',
      'ekspor-asn.csv',
      '--out',
      'out/siasn.json',
      '--rejections',
      'out/siasn-ditolak.csv',
      '--json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = ScoreSummarySchema.parse(JSON.parse(r.stdout));
    const rejectedRows = Object.keys(siasn.rejected).length;
    expect(s).toMatchObject({
      total: siasn.total,
      accepted: siasn.accepted.size,
      rejected: rejectedRows,
      excluded: siasn.excluded.length,
    });
    expect(s.accepted + s.rejected + s.excluded).toBe(siasn.total);
    expect(s.byFile).toEqual([
      {
        file: 'rw-skp22.json',
        format: 'siasn-skp22',
        total: siasn.total,
        accepted: siasn.accepted.size,
        rejected: rejectedRows,
        excluded: siasn.excluded.length,
      },
    ]);

    const results = (
      JSON.parse(readFileSync(join(dir, 'out/siasn.json'), 'utf8')) as unknown[]
    ).map((x) => ScoreResultSchema.parse(x));
    expect(new Map(results.map((x) => [x.row, x.predikat.code]))).toEqual(siasn.accepted);
    expect(
      results.every((x) => x.predikat.scale === 'PMK6' && x.ruleset === 'permenpanrb-6-2022'),
    ).toBe(true);
    // Units come from the master (the skp22 records carry none).
    expect(new Set(results.map((x) => x.unitKerja))).toEqual(
      new Set(UNITS.map((u) => `${u}, Badan Keuangan`)),
    );

    const all = csvRows('out/siasn-ditolak.csv');
    expect(all[0]).toEqual(['file', 'row', 'path', 'code', 'message_id', 'message_en', 'source']);
    // The master's own rejected row (the mangled NIP) is listed apart, with its file name.
    expect(all.filter((x) => x[6] === 'master').map((x) => [x[0], x[3]])).toEqual([
      ['ekspor-asn.csv', 'NIP_SCIENTIFIC_NOTATION'],
    ]);
    expect(s.master).toEqual({
      file: 'ekspor-asn.csv',
      rows: N,
      accepted: N - 1,
      rejected: 1,
      excluded: 0,
    });
    const rej = [all[0] as string[], ...all.slice(1).filter((x) => x[6] === 'input')];
    const byRow = new Map<number, readonly string[]>();
    for (const x of rej.slice(1)) byRow.set(Number(x[1]), x);
    expect(Object.fromEntries([...byRow].map(([row, x]) => [row, x[3]]))).toEqual(siasn.rejected);
    for (const x of rej.slice(1)) {
      expect(x[0]).toBe('rw-skp22.json');
      expect(x[4]).not.toBe('');
      expect(x[5]).not.toBe('');
      expect(x[4]).not.toBe(x[5]);
    }
    const notInMaster = rej.find((x) => x[3] === 'PEGAWAI_NOT_IN_MASTER') as string[];
    expect(notInMaster[2]).toBe('pnsDinilaiId');
    expect(notInMaster[4]).toMatch(/^Pegawai A8ACA7B2E1C2\d{6} tidak ada pada data induk pegawai/);
    expect(notInMaster[5]).toContain('is not in the employee master (Export Data ASN)');
    const conflict = rej.filter((x) => x[3] === 'DUPLICATE_CONFLICT');
    expect(conflict).toHaveLength(2);
    expect(conflict[0]?.[5]).toMatch(/several different records for period 2023 \(rows \d+, \d+/);
    expect(rej.find((x) => x[3] === 'FORBIDDEN_KEY')?.[5]).toContain('"__proto__"');
  });

  it('reports the decisions of the SIASN reading and of the join, with their rows', async () => {
    const f = await loadFile(dir, 'rw-skp22.json', { master: 'ekspor-asn.csv' });
    const decisions = new Map(f.decisions.map((d) => [d.code, d.rows]));
    expect(decisions.get('LABEL_CODE_MISMATCH')).toEqual([siasn.labelMismatch]);
    expect(decisions.get('DUPLICATE_RECORD_EXCLUDED')).toEqual(siasn.excluded);
    expect(decisions.get('NUMERIC_RATING_CODE')?.length).toBeGreaterThan(N - 3);
  });

  it('generates the master and payload with every planted hazard', () => {
    // The master: a title row above the header, one NIP shown by Excel in scientific notation.
    const m = readEksporAsn(readFileSync(join(dir, 'ekspor-asn.csv'), 'utf8'));
    expect(m.counts).toEqual({ input: N, accepted: N - 1, rejected: 1, excluded: 0 });
    expect(m.rejections.map((x) => [x.code, x.raw])).toEqual([
      ['NIP_SCIENTIFIC_NOTATION', siasn.mangledNip],
    ]);
    expect(m.decisions.map((d) => d.code)).toContain('HEADER_ROW_DETECTED');
    // The payload: GET and POST casings mixed, codes as numbers and strings, the ESPEKTASI typo.
    const text = readFileSync(join(dir, 'rw-skp22.json'), 'utf8');
    for (const k of ['"KuadranKinerjaNilai"', '"kuadranKinerjaNilai"', '"PerilakuKerjaNilai"']) {
      expect(text).toContain(k);
    }
    expect(text).toContain('DIATAS ESPEKTASI');
    expect(siasn.contradictions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(siasn.accepted.values()).size).toBeGreaterThanOrEqual(3);
    expect(ekin.cukup.length).toBeGreaterThan(0);
    expect(ekin.contradictions.length).toBeGreaterThanOrEqual(3);
    expect(ekin.plt.length).toBeGreaterThan(0);
    expect(ekin.mutasi.length).toBeGreaterThan(0);
  });

  it('prints the summary table with the accounting line', async () => {
    const r = await cli(dir, 'score', 'rw-skp22.json', '--master', 'ekspor-asn.csv');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Bidang Anggaran, Badan Keuangan');
    expect(r.stdout).toContain(
      `Baris / rows: ${siasn.total} = ${siasn.accepted.size} dinilai / scored + ${Object.keys(siasn.rejected).length} ditolak / rejected + ${siasn.excluded.length} dikecualikan / excluded`,
    );
  });

  it('stops with one line when the master is missing', async () => {
    const r = await cli(dir, 'score', 'rw-skp22.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--master');
  });

  it('audit --recheck finds exactly the planted kuadran contradictions', async () => {
    const r = await cli(
      dir,
      'audit',
      'rw-skp22.json',
      '--master',
      'ekspor-asn.csv',
      '--recheck',
      '--json',
      '--fail-on',
      'high',
    );
    expect(r.code).toBe(1);
    const out = AuditOutputSchema.parse(JSON.parse(r.stdout));
    const re = out.recheck as NonNullable<typeof out.recheck>;
    expect(re.disagreements.map((d) => d.row).sort((a, b) => a - b)).toEqual(siasn.contradictions);
    expect(re.disagreements.every((d) => d.field === 'kuadranKinerjaNilai')).toBe(true);
    expect(re.disagreed).toBe(siasn.contradictions.length);
    expect(re.checked).toBe(re.agreed + re.disagreed + re.notCheckable);
    const d = re.disagreements[0];
    expect(d?.message.en).toMatch(/^Stored predikat \w+ contradicts the matrix/);
    expect(d?.message.id).toMatch(/^Predikat tersimpan \w+ bertentangan dengan matriks/);
  });
});

describe('kinerja score: e-Kinerja "Laporan Penilaian SKP" saved as CSV', () => {
  it('skips the title rows, excludes PLT/PLH and superseded rows, reads CUKUP and "-", and reconciles', async () => {
    const r = await cli(
      dir,
      'score',
      'laporan-penilaian.csv',
      '--from',
      'ekinerja-laporan-csv',
      '--out',
      'out/ekin.json',
      '--rejections',
      'out/ekin-ditolak.json',
      '--json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = ScoreSummarySchema.parse(JSON.parse(r.stdout));
    const excluded = ekin.plt.length + ekin.mutasi.length;
    expect(s).toMatchObject({
      total: ekin.total,
      accepted: ekin.accepted.size,
      rejected: Object.keys(ekin.rejected).length,
      excluded,
    });
    expect(s.byFile[0]?.format).toBe('ekinerja-laporan-csv');
    const results = (JSON.parse(readFileSync(join(dir, 'out/ekin.json'), 'utf8')) as unknown[]).map(
      (x) => ScoreResultSchema.parse(x),
    );
    expect(new Map(results.map((x) => [x.row, x.predikat.code]))).toEqual(ekin.accepted);
    // The units of the superseded (mutasi) and PLT rows never appear.
    expect(results.some((x) => x.unitKerja === 'Dinas Lama' || x.unitKerja?.includes('PLT'))).toBe(
      false,
    );
    const rej = JSON.parse(readFileSync(join(dir, 'out/ekin-ditolak.json'), 'utf8')) as {
      row: number;
      code: string;
      message: { id: string; en: string };
    }[];
    expect(new Set(rej.map((x) => x.row))).toEqual(new Set(Object.keys(ekin.rejected).map(Number)));
    const sci = rej.find((x) => x.code === 'NIP_SCIENTIFIC_NOTATION');
    expect(sci?.message.id).toContain('notasi ilmiah');
    expect(sci?.message.en).toContain('its digits are lost and are not guessed');
    const dashRow = ekin.dash[0] as number;
    // Both ratings "-": the row is read, then the evaluation rejects it for each missing rating.
    expect(rej.filter((x) => x.row === dashRow).map((x) => x.code)).toEqual([
      'RATING_HASIL_KERJA_MISSING',
      'RATING_PERILAKU_MISSING',
    ]);
  });

  it('reports every reading it took, with the rows', async () => {
    const f = await loadFile(dir, 'laporan-penilaian.csv', { from: 'ekinerja-laporan-csv' });
    const decisions = new Map(f.decisions.map((d) => [d.code, d]));
    expect(decisions.get('HEADER_ROW_DETECTED')?.message.en).toBe(
      'Header row found on line 7; the lines above it (report title) skipped',
    );
    expect(decisions.get('PLT_PLH_EXCLUDED')?.rows).toEqual(ekin.plt);
    expect(decisions.get('CUKUP_AS_BUTUH_PERBAIKAN')?.rows).toEqual(ekin.cukup);
    const dashRows = f.decisions.filter((d) => d.code === 'DASH_AS_EMPTY').flatMap((d) => d.rows);
    expect([...new Set(dashRows)].sort((a, b) => a - b)).toEqual(ekin.dash);
    const mutasi = f.decisions.filter((d) => d.code === 'DUPLICATE_AFTER_MUTASI');
    expect(mutasi.flatMap((d) => d.rows).sort((a, b) => a - b)).toEqual(ekin.mutasi);
    expect(mutasi[0]?.message.id).toMatch(/muncul lebih dari sekali \(mutasi\)/);
    expect(f.counts).toEqual({
      input: ekin.total,
      rejected: 1,
      excluded: ekin.plt.length + ekin.mutasi.length,
    });
  });

  it('audit --recheck finds exactly the planted hasil_akhir contradictions', async () => {
    const r = await cli(
      dir,
      'audit',
      'laporan-penilaian.csv',
      '--from',
      'ekinerja-laporan-csv',
      '--recheck',
      '--json',
    );
    expect(r.code).toBe(0);
    const out = AuditOutputSchema.parse(JSON.parse(r.stdout));
    const re = out.recheck as NonNullable<typeof out.recheck>;
    expect(re.disagreements.map((d) => d.row).sort((a, b) => a - b)).toEqual(ekin.contradictions);
    expect(re.disagreements.every((d) => d.field === 'hasil_akhir')).toBe(true);
    expect(re.checked).toBe(re.agreed + re.disagreed + re.notCheckable);
    // The "-" rows carry no stored hasil_akhir: counted as not checkable, not as agreeing.
    expect(re.notCheckable).toBe(ekin.dash.length);
  });

  it('prints the recheck in Bahasa Indonesia by default', async () => {
    const r = await cli(
      dir,
      'audit',
      'laporan-penilaian.csv',
      '--from',
      'ekinerja-laporan-csv',
      '--recheck',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `Recheck: \\d+ diperiksa, \\d+ sesuai, ${ekin.contradictions.length} tidak sesuai`,
      ),
    );
    expect(r.stdout).toContain(`laporan-penilaian.csv row ${ekin.contradictions[0]}`);
  });
});
