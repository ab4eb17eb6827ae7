import { writeCsv } from '@kinerja/adapters/csv';
import {
  type AppraisalInput,
  BERAKHLAK,
  LABELS,
  type PredikatOrganisasi,
  type PredikatPegawai,
  permenpanrb_6_2022,
  RATINGS,
  type Rating,
} from '@kinerja/core';
import { Prng } from './prng.js';

type Jenis = 'PELAKSANA' | 'FUNGSIONAL' | 'PENGAWAS' | 'ADMINISTRATOR';

/** One OPD of the synthetic city: its share of staff, organisation predikat and pattern. */
interface OpdSpec {
  readonly nama: string;
  readonly weight: number;
  readonly org: PredikatOrganisasi;
  /** Target shares of SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG (sum 100). */
  readonly pola: readonly [number, number, number, number, number];
  readonly fungsional: readonly string[];
  readonly shareFungsional: number;
}

const POLA_BAIK = [16, 64, 14, 5, 1] as const;

/**
 * The OPD of Kota Contoh. "Kecamatan Pesisir" is planted above its curve: its organisation
 * predikat is Butuh Perbaikan, yet its employees are rated as in a Baik unit.
 */
export const OPD: readonly OpdSpec[] = [
  {
    nama: 'Dinas Pendidikan',
    weight: 1500,
    org: 'BAIK',
    pola: [15, 65, 15, 4, 1],
    fungsional: [
      'Guru Ahli Pertama',
      'Guru Ahli Muda',
      'Guru Ahli Madya',
      'Pengawas Sekolah Ahli Muda',
    ],
    shareFungsional: 0.8,
  },
  {
    nama: 'Dinas Kependudukan dan Pencatatan Sipil',
    weight: 260,
    org: 'ISTIMEWA',
    pola: [52, 40, 6, 2, 0],
    fungsional: [
      'Administrator Database Kependudukan Ahli Pertama',
      'Pranata Komputer Ahli Pertama',
    ],
    shareFungsional: 0.2,
  },
  {
    nama: 'Dinas Kesehatan',
    weight: 1100,
    org: 'BAIK',
    pola: POLA_BAIK,
    fungsional: [
      'Perawat Ahli Pertama',
      'Bidan Terampil',
      'Dokter Ahli Pertama',
      'Apoteker Ahli Pertama',
      'Sanitarian Terampil',
    ],
    shareFungsional: 0.7,
  },
  {
    nama: 'Dinas Pekerjaan Umum',
    weight: 420,
    org: 'BUTUH_PERBAIKAN',
    pola: [5, 25, 62, 7, 1],
    fungsional: ['Teknik Jalan dan Jembatan Ahli Pertama', 'Pengawas Jalan dan Jembatan Terampil'],
    shareFungsional: 0.3,
  },
  {
    nama: 'Sekretariat Daerah',
    weight: 380,
    org: 'BAIK',
    pola: POLA_BAIK,
    fungsional: ['Analis Kebijakan Ahli Muda', 'Perencana Ahli Pertama'],
    shareFungsional: 0.2,
  },
  {
    nama: 'Badan Pengelolaan Keuangan dan Aset Daerah',
    weight: 260,
    org: 'BAIK',
    pola: POLA_BAIK,
    fungsional: ['Analis Keuangan Pusat dan Daerah Ahli Pertama'],
    shareFungsional: 0.25,
  },
  ...['Kota Utara', 'Kota Selatan', 'Kota Timur', 'Kota Barat', 'Tengah'].map(
    (k): OpdSpec => ({
      nama: `Kecamatan ${k}`,
      weight: 180,
      org: 'BAIK',
      pola: POLA_BAIK,
      fungsional: ['Penyuluh Sosial Ahli Pertama'],
      shareFungsional: 0.1,
    }),
  ),
  {
    nama: 'Kecamatan Pesisir',
    weight: 180,
    org: 'BUTUH_PERBAIKAN',
    pola: [20, 72, 6, 2, 0],
    fungsional: ['Penyuluh Sosial Ahli Pertama'],
    shareFungsional: 0.1,
  },
];

export const BINS: readonly PredikatPegawai[] = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
];

export const DEPAN_L = [
  'Agus',
  'Budi',
  'Dedi',
  'Eko',
  'Fajar',
  'Hendra',
  'Irfan',
  'Joko',
  'Rizki',
  'Slamet',
  'Teguh',
  'Wahyu',
  'Yusuf',
  'Ahmad',
  'Bambang',
  'Dimas',
  'Gilang',
  'Hadi',
  'Imam',
  'Kurniawan',
];
export const DEPAN_P = [
  'Ani',
  'Dewi',
  'Fitri',
  'Indah',
  'Lestari',
  'Nur',
  'Putri',
  'Ratna',
  'Sari',
  'Siti',
  'Wulan',
  'Yuni',
  'Ayu',
  'Diah',
  'Endang',
  'Kartika',
  'Maya',
  'Novi',
  'Rina',
  'Tri',
];
export const BELAKANG = [
  'Pratama',
  'Saputra',
  'Wibowo',
  'Hidayat',
  'Nugroho',
  'Santoso',
  'Rahmawati',
  'Lestari',
  'Kusuma',
  'Setiawan',
  'Purnomo',
  'Siregar',
  'Nasution',
  'Harahap',
  'Simanjuntak',
  'Wijaya',
  'Susanti',
  'Handayani',
  'Gunawan',
  'Permana',
];

const RATING_LABEL = (r: Rating) => LABELS.rating[r].id;

/** A 6/2022 kuadran cell for a predikat, drawn from the national matrix. */
function cellFor(rng: Prng, predikat: PredikatPegawai): [Rating, Rating] {
  const m = permenpanrb_6_2022.params.matriks.value;
  const cells: [Rating, Rating][] = [];
  for (const h of RATINGS) for (const p of RATINGS) if (m[h][p] === predikat) cells.push([h, p]);
  // Baik: most often Sesuai × Sesuai, as in practice.
  const sesuai = cells.find(([h, p]) => h === 'SESUAI_EKSPEKTASI' && p === 'SESUAI_EKSPEKTASI');
  if (sesuai && rng.next() < 0.6) return sesuai;
  return rng.pick(cells);
}

/** Largest-remainder counts of `n` people for shares in percent. */
function apportion(n: number, shares: readonly number[]): number[] {
  const raw = shares.map((s) => (n * s) / 100);
  const out = raw.map(Math.floor);
  const order = raw
    .map((r, i) => [r - Math.floor(r), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = n - out.reduce((a, b) => a + b, 0);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i] = (out[i] as number) + 1;
    left--;
  }
  return out;
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

/** Options of {@link generateDemo}. */
export interface DemoOptions {
  /** Number of employees (default 5000). */
  readonly size?: number;
  /** PRNG seed (default 2024). */
  readonly seed?: number;
}

/** The generated files of the demo city, and what was planted in them. */
export interface DemoCity {
  /** `pegawai.csv`: every OPD except Dukcapil, with a few malformed rows. */
  readonly csv: string;
  /** `dukcapil-360.jsonl`: Dukcapil appraisals with 360° BerAKHLAK input (and one broken line). */
  readonly jsonl: string;
  /** `org-predikat.json`: organisation predikat per unit. */
  readonly orgPredikat: Readonly<Record<string, PredikatOrganisasi>>;
  readonly planted: {
    readonly lenientRater: { readonly nip: string; readonly nama: string; readonly unit: string };
    readonly unitAboveCurve: string;
    readonly malformedRows: number;
    readonly storedPredikatMismatches: number;
  };
  readonly employees: number;
}

interface Person {
  nip: string;
  nama: string;
  jk: 'L' | 'P';
  lahir: string;
  golongan: string;
  jenis: Jenis;
  jabatan: string;
  unit: string;
  predikat: PredikatPegawai;
  hasil: Rating;
  perilaku: Rating;
  penilai: { nip: string; nama: string; jabatan: string };
}

/**
 * Generates the built-in synthetic city government "Kota Contoh" for 2024 (PermenPANRB
 * 6/2022) with a seeded PRNG: several OPD and kecamatan, teams with their pejabat penilai,
 * gender, golongan and jabatan, 360° input for Dukcapil, and planted problems — one lenient
 * rater, one unit above its distribution curve, malformed rows (a NIP in scientific notation
 * among them) and stored predikat that contradict the matrix.
 *
 * @example
 * ```ts
 * const city = generateDemo({ size: 500 });
 * city.planted.unitAboveCurve; // 'Kecamatan Pesisir'
 * ```
 */
export function generateDemo(opts: DemoOptions = {}): DemoCity {
  const size = Math.max(OPD.length * 12, opts.size ?? 5000);
  const rng = new Prng(opts.seed ?? 2024);
  const totalWeight = OPD.reduce((s, o) => s + o.weight, 0);
  const sizes = apportion(
    size,
    OPD.map((o) => (100 * o.weight) / totalWeight),
  );
  const usedNip = new Set<string>();
  const nipFor = (lahir: string, jk: 'L' | 'P'): string => {
    for (;;) {
      const tmt = `${rng.int(Number(lahir.slice(0, 4)) + 22, 2021)}${pad(rng.pick([1, 3, 4]), 2)}`;
      const nip = `${lahir.replace(/-/g, '')}${tmt}${jk === 'L' ? 1 : 2}${pad(rng.int(1, 999), 3)}`;
      if (!usedNip.has(nip)) {
        usedNip.add(nip);
        return nip;
      }
    }
  };
  const person = (unit: string, jenis: Jenis, jabatan: string) => {
    const jk: 'L' | 'P' = rng.next() < 0.5 ? 'L' : 'P';
    const lahir = `${rng.int(1966, 1999)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
    const nama = `${rng.pick(jk === 'L' ? DEPAN_L : DEPAN_P)} ${rng.pick(BELAKANG)}`;
    const golongan =
      jenis === 'ADMINISTRATOR'
        ? rng.pick(['IV/a', 'IV/b'])
        : jenis === 'PENGAWAS'
          ? rng.pick(['III/c', 'III/d', 'IV/a'])
          : jenis === 'FUNGSIONAL'
            ? rng.pick(['III/a', 'III/b', 'III/c', 'III/d', 'IV/a'])
            : rng.pick(['II/a', 'II/b', 'II/c', 'III/a', 'III/b']);
    return { nip: nipFor(lahir, jk), nama, jk, lahir, golongan, jenis, jabatan, unit };
  };

  const people: Person[] = [];
  let lenient: DemoCity['planted']['lenientRater'] | undefined;
  OPD.forEach((opd, k) => {
    const n = sizes[k] as number;
    const counts = apportion(n, opd.pola);
    const predikat = rng.shuffle(
      BINS.flatMap((b, i) => Array.from({ length: counts[i] as number }, () => b)),
    );
    // Teams of 8–16 under one pejabat penilai (a pengawas or administrator of the unit).
    let i = 0;
    let team = 0;
    while (i < n) {
      const isLenientTeam = opd.nama === 'Dinas Kesehatan' && team === 3;
      const teamSize = Math.min(n - i, isLenientTeam ? 30 : rng.int(8, 16));
      const lead = person(
        opd.nama,
        team === 0 ? 'ADMINISTRATOR' : 'PENGAWAS',
        team === 0 ? 'Sekretaris' : `Kepala Seksi ${team}`,
      );
      const penilai = { nip: lead.nip, nama: lead.nama, jabatan: lead.jabatan };
      if (isLenientTeam) lenient = { nip: lead.nip, nama: lead.nama, unit: opd.nama };
      for (let j = 0; j < teamSize; j++, i++) {
        const fungsional = rng.next() < opd.shareFungsional;
        const p = person(
          opd.nama,
          fungsional ? 'FUNGSIONAL' : 'PELAKSANA',
          fungsional
            ? rng.pick(opd.fungsional)
            : rng.pick([
                'Pengadministrasi Umum',
                'Pengolah Data',
                'Pengelola Layanan Operasional',
                'Operator Layanan',
              ]),
        );
        // The lenient rater gives Sangat Baik to four out of five of the team.
        let pk = predikat[i] as PredikatPegawai;
        if (isLenientTeam) pk = j % 5 === 4 ? 'BAIK' : 'SANGAT_BAIK';
        const [hasil, perilaku] = cellFor(rng, pk);
        people.push({ ...p, predikat: pk, hasil, perilaku, penilai });
      }
      team++;
    }
  });

  const DUKCAPIL = 'Dinas Kependudukan dan Pencatatan Sipil';
  const header = [
    'nip',
    'nama',
    'jenis_kelamin',
    'tanggal_lahir',
    'golongan',
    'jenis_jabatan',
    'jabatan',
    'unit_kerja',
    'tahun',
    'rating_hasil_kerja',
    'rating_perilaku',
    'predikat',
    'penilai_nip',
    'penilai_nama',
    'penilai_jabatan',
  ];
  const csvRows: string[][] = [];
  let mismatches = 0;
  const csvPeople = people.filter((p) => p.unit !== DUKCAPIL);
  // Planted: four stored predikat that the matrix contradicts (found by audit --recheck): the
  // first Baik employee at or after each fifth of the file is stored as Sangat Baik.
  const wrong = new Set<number>();
  for (let k = 1; k <= 4; k++) {
    const from = Math.floor((k * csvPeople.length) / 5);
    const i = csvPeople.findIndex((p, j) => j >= from && p.predikat === 'BAIK' && !wrong.has(j));
    if (i >= 0) wrong.add(i);
  }
  csvPeople.forEach((p, idx) => {
    let stored = LABELS.predikatPegawai[p.predikat].id;
    if (wrong.has(idx)) {
      stored = LABELS.predikatPegawai.SANGAT_BAIK.id;
      mismatches++;
    }
    csvRows.push([
      p.nip,
      p.nama,
      p.jk,
      p.lahir,
      p.golongan,
      p.jenis,
      p.jabatan,
      p.unit,
      '2024',
      RATING_LABEL(p.hasil),
      RATING_LABEL(p.perilaku),
      stored,
      p.penilai.nip,
      p.penilai.nama,
      p.penilai.jabatan,
    ]);
  });
  // Planted malformed rows: Excel's scientific-notation NIP, an unknown rating, a missing
  // name, an impossible birth date, a 17-digit NIP.
  const base = csvRows[0] as string[];
  const malformed: string[][] = [
    ['1.98703E+17', ...base.slice(1)],
    [...base.slice(0, 9), 'Luar Biasa', ...base.slice(10)],
    [base[0] as string, '', ...base.slice(2)],
    [...base.slice(0, 3), '1985-02-30', ...base.slice(4)],
    ['19870312201001100', ...base.slice(1)],
  ].map((r, k) =>
    k === 0 || k === 4 ? r : [`19900101201501${k}00${k}`.padEnd(18, '0'), ...r.slice(1)],
  );
  const at = [17, 400, 1200, 2600, 3900].map((x) =>
    Math.min(csvRows.length, Math.floor((x * csvRows.length) / 5000)),
  );
  for (const [k, r] of malformed.entries()) csvRows.splice((at[k] as number) + k, 0, r);
  const csv = writeCsv([header, ...csvRows], { delimiter: ';' });

  // Dukcapil in JSON Lines with 360° input: the atasan and two rekan kerja rate the seven
  // BerAKHLAK values; the pejabat penilai's rating perilaku stays the decision.
  const lines: string[] = [];
  const dukcapil = people.filter((p) => p.unit === DUKCAPIL);
  dukcapil.forEach((p, idx) => {
    const peers = [
      dukcapil[(idx + 1) % dukcapil.length],
      dukcapil[(idx + 2) % dukcapil.length],
    ] as Person[];
    const around = (r: Rating): Rating => {
      const k = RATINGS.indexOf(r);
      const x = rng.next();
      const j = x < 0.75 ? k : x < 0.875 ? Math.max(0, k - 1) : Math.min(RATINGS.length - 1, k + 1);
      return RATINGS[j] as Rating;
    };
    const nilai = () => Object.fromEntries(BERAKHLAK.map((v) => [v, around(p.perilaku)]));
    const a: AppraisalInput = {
      id: `dukcapil-2024-${pad(idx + 1, 4)}`,
      pegawai: {
        nip: p.nip,
        nama: p.nama,
        jabatan: { jenis: p.jenis, nama: p.jabatan },
        golongan: p.golongan,
        unitKerja: { nama: p.unit },
        jenisKelamin: p.jk,
        tanggalLahir: p.lahir,
      },
      periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
      penilai: { nip: p.penilai.nip, nama: p.penilai.nama, jabatan: p.penilai.jabatan },
      ratingHasilKerja: p.hasil,
      ratingPerilaku: p.perilaku,
      perilaku: {
        penilaian: [
          { penilai: { peran: 'ATASAN', id: p.penilai.nip }, nilai: nilai() },
          ...peers.map((q) => ({
            penilai: { peran: 'REKAN_KERJA' as const, id: q.nip },
            nilai: nilai(),
          })),
        ],
      },
    };
    lines.push(JSON.stringify(a));
  });
  // A line cut off by a failed export.
  lines.splice(Math.min(lines.length, 7), 0, (lines[0] ?? '{}').slice(0, 60));
  const jsonl = `${lines.join('\n')}\n`;

  return {
    csv,
    jsonl,
    orgPredikat: Object.fromEntries(OPD.map((o) => [o.nama, o.org])),
    planted: {
      lenientRater: lenient ?? { nip: '', nama: '', unit: '' },
      unitAboveCurve: 'Kecamatan Pesisir',
      malformedRows: malformed.length + 1,
      storedPredikatMismatches: mismatches,
    },
    employees: people.length,
  };
}
