/*
 * Seeded generator of realistic adapter fixtures (nothing large is committed): SIASN responses
 * with casing drift and the upstream typos, an "Export Data ASN" master with Excel-mangled NIPs,
 * e-Kinerja penilaian with PLT/PLH rows, duplicates after mutasi, CUKUP and "-", a report CSV with
 * title rows, appraisal CSVs with BOM/CRLF/`;`, legacy opmt_* tables and SAPK rows. Each fixture
 * comes with the facts the tests assert (expected rejections, exclusions, disagreements).
 */
import { PREDIKAT_PEGAWAI, predikatFromRatings, RATINGS, type Rating } from '@kinerja/core';

/** mulberry32: a small deterministic PRNG. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
    chance: (p: number) => next() < p,
  };
}

const NAMES = [
  'Siti Rahmawati',
  'Budi Santoso',
  'Dewi Lestari',
  'Agus Salim',
  'Rina Marlina',
  'Andi Wijaya',
  'Sri Wahyuni',
  'Joko Susilo',
];
const JABATAN = [
  ['Jabatan Fungsional Tertentu', 'Analis Kebijakan Ahli Muda'],
  ['Jabatan Fungsional Umum', 'Pengadministrasi Umum'],
  ['Pelaksana', 'Pengolah Data'],
  ['Jabatan Struktural', 'Kepala Subbagian Umum'],
] as const;

/** An 18-digit NIP: birth date, CPNS TMT, sex, sequence. */
export function nipOf(i: number): string {
  const y = 1965 + (i % 30);
  const m = String(1 + (i % 12)).padStart(2, '0');
  const d = String(1 + (i % 28)).padStart(2, '0');
  const ty = 1990 + (i % 30);
  const tm = String(1 + ((i * 7) % 12)).padStart(2, '0');
  return `${y}${m}${d}${ty}${tm}${1 + (i % 2)}${String(i % 1000).padStart(3, '0')}`;
}

/** How Excel shows an 18-digit number in a General cell: `1.98703E+17`. */
export function scientific(nip: string): string {
  return `${nip[0]}.${nip.slice(1, 6)}E+17`;
}

export interface Pegawai {
  readonly pnsId: string;
  readonly nip: string;
  readonly nama: string;
  readonly jenisJabatan: string;
  readonly jabatan: string;
}

/** The employees of a generated agency. */
export function pegawaiList(n: number, seed = 1): Pegawai[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const [jenisJabatan, jabatan] = r.pick(JABATAN);
    return {
      pnsId: `A8ACA7${String(i).padStart(4, '0')}`,
      nip: nipOf(i + 1),
      nama: r.pick(NAMES),
      jenisJabatan,
      jabatan,
    };
  });
}

/** "Export Data ASN" CSV; `mangled` rows have their NIP as Excel scientific notation. */
export function eksporAsnCsv(
  list: readonly Pegawai[],
  mangled: ReadonlySet<number> = new Set(),
): string {
  const head =
    'pns_id,nip_baru,nip_lama,nama,gelar_depan,gelar_belakang,jenis_kelamin,jenis_pegawai_nama,jenis_jabatan_nama,jabatan_nama,gol_akhir_nama,unor_id,unor_nama,instansi_induk_nama,tanggal_lahir';
  const rows = list.map((p, i) =>
    [
      p.pnsId,
      mangled.has(i) ? scientific(p.nip) : p.nip,
      `0${String(100000000 + i)}`,
      p.nama,
      '',
      'S.E.',
      i % 2 ? 'F' : 'M',
      i % 5 === 4 ? 'PPPK' : 'PNS Daerah',
      p.jenisJabatan,
      `"${p.jabatan}"`,
      i % 3 === 0 ? 'Penata Muda (III/a)' : 'III/b',
      `U${i % 4}`,
      `"Bidang ${i % 4}, Dinas X"`,
      'Pemerintah Kab. Contoh',
      `${String(1 + (i % 28)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-19${70 + (i % 25)}`,
    ].join(','),
  );
  return `${[head, ...rows].join('\r\n')}\r\n`;
}

export interface Skp22Fixture {
  readonly json: unknown;
  /** Rows (1-based) whose stored kuadran contradicts the matrix. */
  readonly contradictions: number[];
  /** Rows that must be rejected, by code. */
  readonly rejected: Record<number, string>;
  readonly total: number;
}

/** An `rw-skp22` response with casing drift (GET capitals, some POST spellings), typos and bad rows. */
export function rwSkp22(list: readonly Pegawai[], seed = 2): Skp22Fixture {
  const r = rng(seed);
  const data: unknown[] = [];
  const contradictions: number[] = [];
  const rejected: Record<number, string> = {};
  const labels = ['DIATAS ESPEKTASI', 'SESUAI ESPEKTASI', 'DIBAWAH ESPEKTASI'];
  const kuadran = ['SANGAT BAIK', 'BAIK', 'BUTUH PERBAIKAN', 'KURANG', 'SANGAT KURANG'];
  list.forEach((p, i) => {
    const h = r.int(1, 3);
    const b = r.int(1, 3);
    const derived =
      PREDIKAT_PEGAWAI.indexOf(
        predikatFromRatings(RATINGS[h - 1] as Rating, RATINGS[b - 1] as Rating),
      ) + 1;
    let k = derived;
    if (r.chance(0.15)) {
      k = derived === 3 ? 2 : 3;
      contradictions.push(data.length + 1);
    }
    const capital = r.chance(0.7);
    data.push({
      id: `skp22-${i}`,
      tahun: r.pick([2022, 2023, '2024']),
      hasilKinerja: labels[h - 1],
      hasilKinerjaNilai: r.chance(0.5) ? h : String(h),
      perilakuKerja: labels[b - 1],
      [capital ? 'PerilakuKerjaNilai' : 'perilakuKerjaNilai']: b,
      kuadranKinerja: kuadran[k - 1],
      [capital ? 'KuadranKinerjaNilai' : 'kuadranKinerjaNilai']: k,
      namaPenilai: 'Drs. Kepala Dinas',
      nipNrpPenilai: nipOf(900 + (i % 3)),
      penilaiGolonganId: '41',
      penilaiJabatanNm: 'Kepala Dinas',
      penilaiUnorNm: 'Dinas X',
      pnsDinilaiId: p.pnsId,
      statusPenilai: 'ASN',
      path: [
        {
          dok_id: '891',
          dok_nama: 'SKP',
          dok_uri: `peremajaan/skp/${i}.pdf`,
          object: 'x',
          slug: '891',
        },
      ],
      created_at: '2024-01-05 10:00:00',
    });
  });
  data.push({
    id: 'bad-1',
    tahun: 'dua ribu',
    hasilKinerjaNilai: 1,
    perilakuKerjaNilai: 1,
    kuadranKinerjaNilai: 1,
  });
  rejected[data.length] = 'INTEGER_FORMAT';
  data.push({
    id: 'bad-2',
    tahun: 2023,
    hasilKinerjaNilai: 7,
    perilakuKerjaNilai: 1,
    kuadranKinerjaNilai: 1,
  });
  rejected[data.length] = 'RATING_UNKNOWN';
  data.push(null);
  rejected[data.length] = 'ROW_NOT_OBJECT';
  data.push(JSON.parse('{"tahun":2023,"__proto__":{"polluted":true}}'));
  rejected[data.length] = 'FORBIDDEN_KEY';
  return { json: { code: 1, data }, contradictions, rejected, total: data.length };
}

export interface PenilaianFixture {
  readonly json: { data: unknown[] };
  readonly total: number;
  readonly plt: number[];
  readonly duplicatesDropped: number[];
  readonly rejected: Record<number, string>;
  readonly cukup: number[];
}

/** e-Kinerja `laporan/penilaian` with PLT/PLH rows, duplicates after mutasi, CUKUP, "-" and mangled NIPs. */
export function laporanPenilaian(list: readonly Pegawai[], seed = 3): PenilaianFixture {
  const r = rng(seed);
  const data: Record<string, unknown>[] = [];
  const plt: number[] = [];
  const duplicatesDropped: number[] = [];
  const rejected: Record<number, string> = {};
  const cukup: number[] = [];
  const rating = ['DIATAS EKSPEKTASI', 'SESUAI EKSPEKTASI', 'DIBAWAH EKSPEKTASI'];
  const hasil = ['SANGAT BAIK', 'BAIK', 'CUKUP', 'KURANG', 'SANGAT KURANG'];
  const base = (p: Pegawai, i: number, akhir: string) => {
    const h = r.int(0, 2);
    const b = r.int(0, 2);
    const pred = predikatFromRatings(RATINGS[h] as Rating, RATINGS[b] as Rating);
    const label = hasil[PREDIKAT_PEGAWAI.indexOf(pred)] as string;
    return {
      id: 1000 + i,
      jenis: 'tahunan',
      nip: p.nip,
      nama: p.nama,
      tahun_skp: 2023,
      periode_id: 9,
      periode_awal_skp: '2023-01-01',
      periode_akhir_skp: akhir,
      skp_id: `skp-${i}`,
      skp_penilaian_id: `pen-${i}`,
      skp_unor_id: 'U1',
      skp_unor: 'Bidang 1',
      skp_unor_induk: 'Dinas X',
      skp_jabatan: p.jabatan,
      skp_jenis_jabatan: p.jenisJabatan,
      is_skp_plt_plh_pjb: 0,
      HASIL_KERJA: r.chance(0.3) ? rating[h]?.toLowerCase().replace(' ', '_') : rating[h],
      Perilaku_Kerja: rating[b],
      hasil_akhir: label,
      pegawai_atasan_nip: nipOf(900),
      pegawai_atasan_nama: 'Drs. Kepala',
      waktu_dinilai: '2024-01-10 08:00:00',
      golru: 'III/b',
      jenis_pegawai: 'pns',
      f_arsip_1: null,
    };
  };
  list.forEach((p, i) => {
    data.push(base(p, i, '2023-12-31'));
    if (i % 7 === 3) {
      // Mutasi: an earlier SKP for the same NIP and period, listed after the later one.
      data.push({ ...base(p, i + 500, '2023-06-30'), skp_unor: 'Bidang Lama' });
      duplicatesDropped.push(data.length);
    }
    if (i % 9 === 5) {
      data.push({
        ...base(p, i + 800, '2023-12-31'),
        periode_id: 10,
        is_skp_plt_plh_pjb: 1,
        jenis: 'plt',
      });
      plt.push(data.length);
    }
  });
  data.push({
    ...base(list[0] as Pegawai, 9000, '2023-12-31'),
    nip: scientific(nipOf(77)),
    periode_id: 11,
  });
  rejected[data.length] = 'NIP_SCIENTIFIC_NOTATION';
  data.push({
    ...base(list[0] as Pegawai, 9001, '2023-12-31'),
    nip: 198703122010011000,
    periode_id: 12,
  });
  rejected[data.length] = 'NIP_NUMBER';
  data.push({
    ...base(list[1] as Pegawai, 9002, '2023-12-31'),
    periode_id: 13,
    hasil_akhir: '-',
    HASIL_KERJA: '-',
  });
  // Decisions are reported for every row read, rejected rows included.
  data.forEach((o, i) => {
    if (o.hasil_akhir === 'CUKUP') cukup.push(i + 1);
  });
  return {
    json: { data },
    total: data.length,
    plt,
    duplicatesDropped,
    rejected,
    cukup: [...new Set(cukup)].sort((a, b) => a - b),
  };
}

/** The "Laporan Penilaian SKP" admin export saved as CSV: title rows, `;`, BOM, CRLF. */
export function laporanPenilaianCsv(f: PenilaianFixture): string {
  const rows = f.json.data as Record<string, unknown>[];
  const cols = [
    'nip',
    'nama',
    'tahun_skp',
    'periode_id',
    'periode_akhir_skp',
    'is_plt_plh',
    'HASIL_KERJA',
    'Perilaku_Kerja',
    'hasil_akhir',
    'skp_status',
  ];
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [
    'LAPORAN PENILAIAN SKP TAHUN 2023',
    'Instansi Pemerintah Kabupaten Contoh',
    '',
    '',
    '',
    'Diunduh: 10/01/2024 08:00',
    cols.join(';'),
    ...rows.map((o) =>
      // A NIP stored as a number is shown by Excel in scientific notation.
      [
        typeof o.nip === 'number' ? scientific(String(o.nip)) : o.nip,
        o.nama,
        o.tahun_skp,
        o.periode_id,
        o.periode_akhir_skp,
        o.is_skp_plt_plh_pjb,
        o.HASIL_KERJA,
        o.Perilaku_Kerja,
        o.hasil_akhir,
        'persetujuan',
      ]
        .map(cell)
        .join(';'),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A generic appraisal spreadsheet (CSV) with awkward cells: quotes, delimiters, newlines, formulas. */
export function appraisalCsv(list: readonly Pegawai[], seed = 4): string {
  const r = rng(seed);
  const head =
    'No;NIP;Nama Pegawai;Jenis Jabatan;Pangkat/Golongan;Unit Kerja;Periode Awal;Periode Akhir;Rating Hasil Kerja;Rating Perilaku;Predikat;Keterangan';
  const rows = list.map((p, i) => {
    const h = r.pick(['Di Atas Ekspektasi', 'SESUAI EKSPEKTASI', 'dibawah', '2']);
    const b = r.pick(['Diatas Ekspektasi', 'Sesuai', 'DI BAWAH EKSPEKTASI', '1']);
    const nama =
      i % 6 === 2
        ? `"=HYPERLINK(""http://x"";""${p.nama}"")"`
        : i % 6 === 4
          ? `"${p.nama}; S.Kom"`
          : p.nama;
    const ket = i % 5 === 1 ? '"baris 1\r\nbaris 2"' : i % 5 === 3 ? '@SUM(1+1)' : '';
    return [
      i + 1,
      `'${p.nip}`,
      nama,
      p.jenisJabatan,
      'III/b',
      `Bidang ${i % 4}`,
      r.pick(['01/01/2023', '2023-01-01', '44927']),
      r.pick(['31/12/2023', '31-12-2023', '45291']),
      h,
      b,
      r.pick(['BAIK', 'Butuh Perbaikan', 'Kurang / Misconduct', '-']),
      ket,
    ].join(';');
  });
  return `\uFEFFREKAP PENILAIAN KINERJA 2023\r\n\r\n${[head, ...rows].join('\r\n')}\r\n`;
}

/** Legacy e-SKP tables for `count` employees in 2019 plus orphans; and SAPK rows (some wrong). */
export function opmtTables(list: readonly Pegawai[]) {
  const users = list.map((p, i) => ({
    id_dd_user: String(i + 1),
    nip: p.nip,
    nama: p.nama,
    jabatan: p.jabatan,
    gol_ruang: 'III/b',
    unit_kerja: 'Dinas X',
  }));
  const tahunan = list.map((_, i) => ({
    id_opmt_tahunan_skp: `T${i + 1}`,
    id_dd_user: String(i + 1),
    awal_periode_skp: '2019-01-02',
    akhir_periode_skp: '2019-12-31',
  }));
  const target: Record<string, unknown>[] = [];
  const realisasi: Record<string, unknown>[] = [];
  const realisasiHarian: Record<string, unknown>[] = [];
  list.forEach((_, i) => {
    for (let k = 0; k < 2; k++) {
      const id = `G${i + 1}-${k}`;
      target.push({
        id_opmt_target_skp: id,
        kegiatan_tahunan: `Menyusun laporan ${k + 1}`,
        target_kuantitas: 12,
        satuan_kuantitas: 'Laporan',
        target_waktu: 12,
        biaya: 0,
        id_opmt_tahunan_skp: `T${i + 1}`,
        id_dd_user: String(i + 1),
      });
      realisasi.push({ id_opmt_target_skp: id, kualitas: 90, waktu: 12, biaya: 0 });
      for (let m = 0; m < 12; m++)
        realisasiHarian.push({ id_opmt_target_skp: id, kuantitas: 1, proses: 1 });
    }
  });
  const perilaku = list.flatMap((_, i) => [
    {
      id_dd_user: String(i + 1),
      tahun: 2019,
      bulan: 6,
      orientasi_pelayanan: 70,
      integritas: 70,
      komitmen: 70,
      disiplin: 70,
      kerjasama: 70,
      kepemimpinan: 0,
    },
    {
      id_dd_user: String(i + 1),
      tahun: 2019,
      bulan: 12,
      orientasi_pelayanan: 80,
      integritas: 80,
      komitmen: 80,
      disiplin: 80,
      kerjasama: 80,
      kepemimpinan: 0,
    },
  ]);
  // Orphans: a target of an unknown SKP, a realisasi of an unknown target.
  target.push({
    id_opmt_target_skp: 'GX',
    kegiatan_tahunan: 'Yatim',
    target_kuantitas: 1,
    target_waktu: 1,
    id_opmt_tahunan_skp: 'T999',
  });
  realisasi.push({ id_opmt_target_skp: 'GY', kualitas: 1, waktu: 1 });
  const sapk = list.map((p, i) => ({
    PNSDINILAI_ORANG_ID: p.pnsId,
    PNS_NIPBARU: p.nip,
    TAHUN: 2019,
    NILAI_SKP: i === 1 ? '85,00' : '88,67',
    ORIENTASI_PELAYANAN: 80,
    INTEGRITAS: 80,
    KOMITMEN: 80,
    DISIPLIN: 80,
    KERJASAMA: 80,
    KEPEMIMPINAN: 0,
    JENIS_JABATAN: 4,
  }));
  return { tables: { users, tahunan, target, realisasi, realisasiHarian, perilaku }, sapk };
}
