import {
  LABELS,
  type PredikatPegawai,
  permenpanrb_6_2022,
  RATINGS,
  type Rating,
} from '@kinerja/core';
import { BELAKANG, BINS, DEPAN_L, DEPAN_P, OPD } from '../demo/city.js';
import { Prng } from '../demo/prng.js';

/**
 * The synthetic national population behind `kinerja generate`: instansi of about 5,000 ASN,
 * each with the OPD of the demo city (Kota Contoh), teams under a pejabat penilai, and one
 * row per employee drawn from a PRNG seeded by (seed, employee index) only. Any employee can
 * be produced on its own, so a file of any size streams in constant memory and its bytes do
 * not depend on how the rows are chunked.
 */

/** The regimes the generator writes. */
export const GENERATE_REGIMES = ['pmk6', 'pp30', 'pp46'] as const;
/** A regime of {@link GENERATE_REGIMES}. */
export type GenerateRegime = (typeof GENERATE_REGIMES)[number];

/** Employees per instansi (a kabupaten/kota government, as the demo city). */
export const PER_INSTANSI = 5000;

/** Largest `--size` (the NIP bijection below has room for about 45 million people). */
export const MAX_SIZE = 40_000_000;

export type Jenis = 'PELAKSANA' | 'FUNGSIONAL' | 'PENGAWAS' | 'ADMINISTRATOR';

/** One employee of the synthetic population. */
export interface Employee {
  /** 0-based employee index. */
  readonly index: number;
  readonly nip: string;
  /** SIASN PNS id (the key of `rw-*` records into the Export Data ASN master). */
  readonly pnsId: string;
  readonly nama: string;
  readonly jk: 'L' | 'P';
  readonly lahir: string;
  readonly golongan: string;
  readonly jenisAsn: 'PNS' | 'PPPK';
  readonly jenis: Jenis;
  readonly jabatan: string;
  readonly instansi: string;
  readonly unitId: string;
  readonly unit: string;
  readonly predikat: PredikatPegawai;
  readonly hasil: Rating;
  readonly perilaku: Rating;
  readonly penilai: { readonly nip: string; readonly nama: string; readonly jabatan: string };
}

/** 32-bit mixing (murmur3 finaliser) of two integers: the per-row seed. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A PRNG for one (seed, stream, index): the same three numbers always give the same draws. */
export function rngFor(seed: number, stream: number, index: number): Prng {
  return new Prng(mix(mix(seed, stream), index));
}

// NIP bijection: person k ↦ (sequence 001–999, birth date, TMT year offset 0–3), all distinct.
const SEQ = 999;
const BIRTHS = 34 * 12 * 28; // 1966–1999, day 1–28
const TMT = 4;
/** Room for distinct NIPs (about 45.6 million). */
export const NIP_CAPACITY = SEQ * BIRTHS * TMT;
const STEP = 31_415_929; // coprime with NIP_CAPACITY (checked by the tests)

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

/**
 * The NIP of person `k` (employees first, then the pejabat penilai): an affine permutation of
 * `k` modulo {@link NIP_CAPACITY}, decoded into birth date, TMT and sequence, so two people
 * never share a NIP and the file needs no set of used NIPs.
 */
export function nipOf(seed: number, k: number, jk: 'L' | 'P', tmtMonth: number): string {
  let v = (((k * STEP) % NIP_CAPACITY) + (mix(seed, 0x4e4950) % NIP_CAPACITY)) % NIP_CAPACITY;
  const seq = (v % SEQ) + 1;
  v = Math.floor(v / SEQ);
  const b = v % BIRTHS;
  const t = Math.floor(v / BIRTHS);
  const year = 1966 + Math.floor(b / 336);
  const month = (Math.floor(b / 28) % 12) + 1;
  const day = (b % 28) + 1;
  return `${year}${pad(month, 2)}${pad(day, 2)}${year + 20 + t}${pad(tmtMonth, 2)}${jk === 'L' ? 1 : 2}${pad(seq, 3)}`;
}

/** Birth date (ISO) written in a NIP. */
export function lahirOfNip(nip: string): string {
  return `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
}

const TOTAL_WEIGHT = OPD.reduce((s, o) => s + o.weight, 0);
const OPD_CUMULATIVE = OPD.map((_, k) => OPD.slice(0, k + 1).reduce((s, o) => s + o.weight, 0));
/** Teams of about 12 under one pejabat penilai per OPD of an instansi of PER_INSTANSI. */
const TEAMS = OPD.map((o) =>
  Math.max(1, Math.round((PER_INSTANSI * o.weight) / TOTAL_WEIGHT / 12)),
);
const TEAM_OFFSET = TEAMS.map((_, k) => TEAMS.slice(0, k).reduce((s, n) => s + n, 0));
const TEAMS_PER_INSTANSI = TEAMS.reduce((s, n) => s + n, 0);
const LENIENT_OPD = OPD.findIndex((o) => o.nama === 'Dinas Kesehatan');
const LENIENT_TEAM = 3;

const CELLS: Readonly<Record<PredikatPegawai, readonly (readonly [Rating, Rating])[]>> = (() => {
  const m = permenpanrb_6_2022.params.matriks.value;
  const out = {} as Record<PredikatPegawai, [Rating, Rating][]>;
  for (const b of BINS) out[b] = [];
  for (const h of RATINGS) for (const p of RATINGS) out[m[h][p]].push([h, p]);
  return out;
})();

/** Instansi name of instansi number `n` (1-based). */
export function instansiName(n: number): string {
  return `${n % 5 === 0 ? 'Kota' : 'Kabupaten'} Contoh ${pad(n, 4)}`;
}

/** Number of pejabat penilai for `size` employees (they take the NIPs after the employees). */
export function penilaiCount(size: number): number {
  return Math.ceil(size / PER_INSTANSI) * TEAMS_PER_INSTANSI;
}

/** The unit (OPD of an instansi) name and id. */
export function unitOf(instansi: number, opd: number): { id: string; nama: string } {
  const o = OPD[opd] ?? OPD[0];
  return {
    id: `${pad(instansi + 1, 4)}.${pad(opd + 1, 2)}`,
    nama: `${o?.nama} ${instansiName(instansi + 1)}`,
  };
}

/** The pejabat penilai of a team (stable for the seed, whatever the employee). */
export function penilaiOf(
  seed: number,
  size: number,
  instansi: number,
  opd: number,
  team: number,
): Employee['penilai'] {
  const g = instansi * TEAMS_PER_INSTANSI + (TEAM_OFFSET[opd] ?? 0) + team;
  const r = rngFor(seed, 0x50454e, g);
  const jk: 'L' | 'P' = r.next() < 0.5 ? 'L' : 'P';
  const nama = `${r.pick(jk === 'L' ? DEPAN_L : DEPAN_P)} ${r.pick(BELAKANG)}`;
  return {
    nip: nipOf(seed, size + g, jk, r.pick([1, 3, 4])),
    nama,
    jabatan: team === 0 ? 'Sekretaris' : `Kepala Seksi ${team}`,
  };
}

const GOLONGAN: Readonly<Record<Jenis, readonly string[]>> = {
  ADMINISTRATOR: ['IV/a', 'IV/b'],
  PENGAWAS: ['III/c', 'III/d', 'IV/a'],
  FUNGSIONAL: ['III/a', 'III/b', 'III/c', 'III/d', 'IV/a'],
  PELAKSANA: ['II/a', 'II/b', 'II/c', 'III/a', 'III/b'],
};
const PPPK_GOLONGAN = ['V', 'VII', 'IX', 'X'];
const PELAKSANA_JABATAN = [
  'Pengadministrasi Umum',
  'Pengolah Data',
  'Pengelola Layanan Operasional',
  'Operator Layanan',
];

/** Picks an OPD index by the demo city's weights. */
function pickOpd(x: number): number {
  const t = x * TOTAL_WEIGHT;
  for (let k = 0; k < OPD_CUMULATIVE.length; k++) if (t < (OPD_CUMULATIVE[k] ?? 0)) return k;
  return OPD.length - 1;
}

/**
 * Employee `index` of a population of `size` for `seed`: depends on these three numbers only.
 *
 * @example
 * ```ts
 * employee(2024, 1000, 7).nip === employee(2024, 1000, 7).nip; // true
 * ```
 */
export function employee(seed: number, size: number, index: number): Employee {
  const r = rngFor(seed, 0x454d50, index);
  const instansi = Math.floor(index / PER_INSTANSI);
  const opd = pickOpd(r.next());
  const spec = OPD[opd] ?? (OPD[0] as (typeof OPD)[number]);
  const team = r.int(0, (TEAMS[opd] ?? 1) - 1);
  const jk: 'L' | 'P' = r.next() < 0.5 ? 'L' : 'P';
  const nip = nipOf(seed, index, jk, r.pick([1, 3, 4]));
  const jenisAsn = r.next() < 0.15 ? 'PPPK' : 'PNS';
  const fungsional = r.next() < spec.shareFungsional;
  const jenis: Jenis = fungsional ? 'FUNGSIONAL' : 'PELAKSANA';
  const jabatan = fungsional ? r.pick(spec.fungsional) : r.pick(PELAKSANA_JABATAN);
  const golongan = jenisAsn === 'PPPK' ? r.pick(PPPK_GOLONGAN) : r.pick(GOLONGAN[jenis]);
  const nama = `${r.pick(jk === 'L' ? DEPAN_L : DEPAN_P)} ${r.pick(BELAKANG)}`;
  // The planted lenient rater of every instansi gives Sangat Baik to four out of five.
  const lenient = opd === LENIENT_OPD && team === LENIENT_TEAM;
  const predikat: PredikatPegawai = lenient
    ? r.next() < 0.8
      ? 'SANGAT_BAIK'
      : 'BAIK'
    : r.weighted(BINS.map((b, i) => [b, spec.pola[i] ?? 0] as const));
  const cells = CELLS[predikat];
  const sesuai = cells.find(([h, p]) => h === 'SESUAI_EKSPEKTASI' && p === 'SESUAI_EKSPEKTASI');
  const [hasil, perilaku] = sesuai && r.next() < 0.6 ? sesuai : r.pick(cells);
  const unit = unitOf(instansi, opd);
  return {
    index,
    nip,
    pnsId: `A5EB${pad(index + 1, 9)}`,
    nama,
    jk,
    lahir: lahirOfNip(nip),
    golongan,
    jenisAsn,
    jenis,
    jabatan,
    instansi: instansiName(instansi + 1),
    unitId: unit.id,
    unit: unit.nama,
    predikat,
    hasil,
    perilaku,
    penilai: penilaiOf(seed, size, instansi, opd, team),
  };
}

/** Another unit of the same instansi (the unit before a mutasi). */
export function otherUnit(e: Employee, x: number): { id: string; nama: string } {
  const instansi = Number(e.unitId.slice(0, 4)) - 1;
  const opd = Number(e.unitId.slice(5)) - 1;
  const k = (opd + 1 + Math.floor(x * (OPD.length - 1))) % OPD.length;
  return unitOf(instansi, k);
}

/** The Indonesian label of a rating or predikat code (as exports write them). */
export const label = {
  rating: (r: Rating): string => LABELS.rating[r].id,
  predikat: (p: PredikatPegawai): string => LABELS.predikatPegawai[p].id,
};
