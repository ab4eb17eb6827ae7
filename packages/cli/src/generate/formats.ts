import { quoteCell } from '@kinerja/adapters/csv';
import type { PredikatPegawai } from '@kinerja/core';
import type { Prng } from '../demo/prng.js';
import { type GenerateRegime, label, mix } from './model.js';
import { type Rec, recase, SIASN_KUADRAN, SIASN_RATING, scientificNip, YEAR } from './records.js';

/**
 * Row writers of `kinerja generate`: the appraisal table (CSV and XLSX share its cells), SIASN
 * records as JSON Lines and the SIASN "Export Data ASN" master. Each turns one record into its
 * cells or line and nothing else, so the output is the same whatever the chunking.
 */

/** Columns of the appraisal table (what `kinerja score` reads from CSV). */
export const TABLE_HEADER = [
  'nip',
  'nama',
  'jenis_asn',
  'jenis_kelamin',
  'tanggal_lahir',
  'golongan',
  'jenis_jabatan',
  'jabatan',
  'unit_kerja_id',
  'unit_kerja',
  'periode_mulai',
  'periode_selesai',
  'rating_hasil_kerja',
  'rating_perilaku',
  'predikat',
  'penilai_nip',
  'penilai_nama',
  'penilai_jabatan',
  'is_plt_plh',
] as const;

const JK_CASING = { L: ['Laki-laki', 'LAKI-LAKI', 'l'], P: ['Perempuan', 'PEREMPUAN', 'p'] };

/** The cells of one appraisal-table record (PermenPANRB 6/2022 ratings). */
export function tableCells(rec: Rec): string[] {
  const { e, r, hazard, kind } = rec;
  const y = YEAR.pmk6;
  const casing = hazard === 'casing';
  const rating = (x: Parameters<typeof label.rating>[0]) =>
    casing ? recase(r, label.rating(x)) : label.rating(x);
  const jenis = e.jenis === 'FUNGSIONAL' ? 'Fungsional' : 'Pelaksana';
  const cells = [
    hazard === 'nip-scientific' ? scientificNip(e.nip) : e.nip,
    e.nama,
    e.jenisAsn,
    casing ? (r.pick(JK_CASING[e.jk]) as string) : e.jk,
    e.lahir,
    e.golongan,
    casing ? recase(r, jenis) : jenis,
    kind === 'plt' ? `Plt. Kepala Seksi ${1 + (e.index % 7)}` : e.jabatan,
    e.unitId,
    e.unit,
    kind === 'after-mutasi' ? `${y}-07-01` : `${y}-01-01`,
    kind === 'before-mutasi' ? `${y}-06-30` : `${y}-12-31`,
    rating(e.hasil),
    rating(e.perilaku),
    casing ? recase(r, label.predikat(e.predikat)) : label.predikat(e.predikat),
    e.penilai.nip,
    e.penilai.nama,
    e.penilai.jabatan,
    kind === 'plt' ? '1' : '0',
  ];
  if (hazard === 'dash-empty') {
    // Optional cells exported as "-": tanggal lahir, golongan or the penilai's jabatan.
    cells[r.pick([4, 5, 17])] = '-';
  }
  return cells;
}

/** One CSV line of cells (`;`, CRLF, quoted where needed; `-` empties are kept as written). */
export function csvLine(cells: readonly string[]): string {
  let s = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) s += ';';
    s += quoteCell(cells[i] as string, ';');
  }
  return `${s}\r\n`;
}

function hex(seed: number, a: number, b: number): string {
  let s = '';
  let h = mix(mix(seed, a), b);
  for (let k = 0; k < 4; k++) {
    s += h.toString(16).padStart(8, '0');
    h = mix(h, k);
  }
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

/** Hundredths as a SIASN number, or `85,50` with the decimal-comma hazard. */
function num(hundredths: number, comma: boolean): number | string {
  if (!comma) return hundredths / 100;
  return `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}`;
}

/** Nilai SKP (hundredths) in the band of the employee's predikat (PP 46 sebutan bands). */
function nilaiSkp(r: Prng, p: PredikatPegawai): number {
  const [lo, hi] =
    p === 'SANGAT_BAIK'
      ? [9100, 10000]
      : p === 'BAIK'
        ? [7600, 9075]
        : p === 'BUTUH_PERBAIKAN'
          ? [6100, 7550]
          : p === 'KURANG'
            ? [5100, 6000]
            : [3500, 5000];
  return r.int(lo / 25, hi / 25) * 25;
}

/**
 * One SIASN record as a JSON line: `rw-skp22` (PermenPANRB 6/2022; GET spelling with the
 * capitalised `KuadranKinerjaNilai`/`PerilakuKerjaNilai`), `rw-skp` (PP 46/2011) or
 * `skp/2021` (PP 30/2019 transition). Employees are referenced by `pnsDinilaiId` into the
 * Export Data ASN master.
 */
export function siasnLine(seed: number, regime: GenerateRegime, rec: Rec): string {
  const { e, r, hazard, kind } = rec;
  const casing = hazard === 'casing';
  const k = (key: string) => (casing ? key.charAt(0).toLowerCase() + key.slice(1) : key);
  const txt = (s: string) => (casing ? recase(r, s) : s);
  const id = hex(seed, e.index, kind === 'before-mutasi' ? 2 : 1);
  const penilaiJabatan = hazard === 'dash-empty' ? '-' : e.penilai.jabatan;
  const penilaiUnor = e.unit;
  if (regime === 'pmk6') {
    const h = SIASN_RATING[e.hasil];
    const p = SIASN_RATING[e.perilaku];
    const q = SIASN_KUADRAN[e.predikat];
    return `${JSON.stringify({
      id,
      tahun: YEAR.pmk6,
      hasilKinerja: txt(h.label),
      hasilKinerjaNilai: h.code,
      kuadranKinerja: txt(q.label),
      [k('KuadranKinerjaNilai')]: q.code,
      namaPenilai: e.penilai.nama,
      nipNrpPenilai: e.penilai.nip,
      penilaiGolonganId: '41',
      penilaiJabatanNm: penilaiJabatan,
      penilaiUnorNm: penilaiUnor,
      perilakuKerja: txt(p.label),
      [k('PerilakuKerjaNilai')]: p.code,
      pnsDinilaiId: e.pnsId,
      statusPenilai: 'ASN',
    })}\n`;
  }
  // PP 46 / PP 30: nilai SKP and the perilaku aspects, with the stored totals consistent with
  // the regulation's formula (60/40 under PP 46, 70/30 under PP 30), in exact hundredths.
  const comma = hazard === 'decimal-comma';
  const skp = nilaiSkp(r, e.predikat);
  const aspek =
    regime === 'pp46'
      ? ['orientasiPelayanan', 'integritas', 'komitmen', 'disiplin', 'kerjasama']
      : ['orientasiPelayanan', 'komitmen', 'inisiatifKerja', 'kerjasama'];
  const base = Math.round(skp / 100);
  const scores = aspek.map(() => Math.max(50, Math.min(100, base + r.int(-8, 8))));
  const jumlah = scores.reduce((a, b) => a + b, 0);
  const perilaku = (jumlah * 100) / aspek.length; // exact: 5 or 4 aspects divide 100
  const [ws, wp] = regime === 'pp46' ? [6, 4] : [7, 3];
  const prestasi = Math.floor((ws * skp + wp * perilaku + 5) / 10);
  const out: Record<string, unknown> = {
    id,
    tahun: YEAR[regime],
    pnsDinilaiId: e.pnsId,
    [casing ? 'NilaiSkp' : 'nilaiSkp']: num(skp, comma),
  };
  aspek.forEach((a, i) => {
    out[a] = scores[i];
  });
  out.jumlah = jumlah;
  out.nilairatarata = num(perilaku, comma);
  out.nilaiPerilakuKerja = num(perilaku, comma);
  out.nilaiPrestasiKerja = num(prestasi, comma);
  out.penilaiNama = e.penilai.nama;
  out.penilaiNipNrp = e.penilai.nip;
  out.penilaiJabatan = penilaiJabatan;
  out.penilaiUnorNama = penilaiUnor;
  out.statusPenilai = 'ASN';
  return `${JSON.stringify(out)}\n`;
}

/** Columns of the SIASN "Export Data ASN" master (formats.md §2.1). */
export const MASTER_HEADER = [
  'pns_id',
  'nip_baru',
  'nama',
  'tanggal_lahir',
  'jenis_kelamin',
  'jenis_pegawai_nama',
  'jenis_jabatan_nama',
  'jabatan_nama',
  'gol_akhir_nama',
  'unor_id',
  'unor_nama',
  'instansi_induk_nama',
] as const;

/** One master row of an employee (`,`-separated, as the SIASN export). */
export function masterLine(rec: Rec): string {
  const { e, hazard } = rec;
  const cells = [
    e.pnsId,
    hazard === 'nip-scientific' ? scientificNip(e.nip) : e.nip,
    e.nama,
    e.lahir,
    e.jk === 'L' ? 'M' : 'F',
    e.jenisAsn === 'PPPK' ? 'PPPK' : 'PNS Daerah',
    e.jenis === 'FUNGSIONAL' ? 'Jabatan Fungsional' : 'Jabatan Pelaksana',
    e.jabatan,
    e.golongan,
    e.unitId,
    e.unit,
    e.instansi,
  ];
  let s = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) s += ',';
    s += quoteCell(cells[i] as string, ',');
  }
  return `${s}\r\n`;
}
