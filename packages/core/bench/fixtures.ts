/**
 * Seeded synthetic appraisals for the benchmarks (nothing is committed: data is generated
 * in memory at setup). The same seed always gives the same data.
 */
import type { AppraisalInput } from '../src/index.js';

/** mulberry32, the same seeded PRNG as the simulation tests (same seed, same data). */
export { rng as prng } from '../src/bias/test-utils.js';

function nip(rand: () => number, i: number): string {
  const y = 1965 + Math.floor(rand() * 35);
  const m = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const d = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
  const ty = 1990 + Math.floor(rand() * 30);
  const tm = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  return `${y}${m}${d}${ty}${tm}${rand() < 0.5 ? 1 : 2}${String(i % 1000).padStart(3, '0')}`;
}

/** A target or realisasi as the agency data carries it: the amount and its unit. */
const qty = (jumlah: number, satuan: string) => ({ jumlah, satuan });

/** The amount of a target or realisasi, as app code reads it (`{ jumlah }` or a bare number). */
function jumlah(x: unknown): number {
  return typeof x === 'number' ? x : Number((x as { jumlah: number | string }).jumlah);
}

/**
 * `(x, t) => realisasi`: the realisasi `x`, or the target `t` for a `diTarget` share (one draw
 * per IKI only when `diTarget` > 0).
 */
function diTargetOf(rand: () => number, diTarget: number): (x: number, t: number) => number {
  return (x, t) => (diTarget > 0 && rand() < diTarget ? t : x);
}

/**
 * A PP 46/2011 appraisal with `kegiatan` activities, realistic spreads and a few edge cases.
 * Targets and realisasi carry their units (`{ jumlah: 12, satuan: 'Bulan' }`), as the e-SKP
 * forms and the SIASN payloads do. With `diTarget` > 0, that share of the IKIs has its
 * realisasi equal to its target, as agencies often report (0 keeps the data of earlier runs:
 * no extra draws).
 */
export function pp46Appraisal(
  rand: () => number,
  i: number,
  kegiatan = 5,
  diTarget = 0,
): AppraisalInput {
  const atau = diTargetOf(rand, diTarget);
  const rhk = Array.from({ length: kegiatan }, (_, k) => {
    const to = 10 + Math.floor(rand() * 490);
    const ro = Math.max(0, Math.round(to * (0.7 + rand() * 0.5)));
    const rk = 60 + Math.floor(rand() * 41);
    // waktu in months; a share of realisasi lands on decimals, some exactly on the 24 % edge
    const tw = 12;
    const r = rand();
    const rw = r < 0.05 ? 9.12 : r < 0.5 ? 12 : Math.round((6 + rand() * 8) * 100) / 100;
    const indikator: NonNullable<AppraisalInput['skp']>['rencanaHasilKerja'][number]['indikator'] =
      [
        {
          aspek: 'KUANTITAS',
          indikator: 'Output',
          target: qty(to, 'Dokumen'),
          realisasi: qty(atau(ro, to), 'Dokumen'),
        },
        {
          aspek: 'KUALITAS',
          indikator: 'Mutu',
          target: qty(100, '%'),
          realisasi: qty(atau(rk, 100), '%'),
        },
        {
          aspek: 'WAKTU',
          indikator: 'Waktu',
          target: qty(tw, 'Bulan'),
          realisasi: qty(atau(rw, tw), 'Bulan'),
        },
      ];
    if (k === 0 && rand() < 0.3) {
      const tb = 1_000_000 * (1 + Math.floor(rand() * 50));
      indikator.push({
        aspek: 'BIAYA',
        indikator: 'Biaya',
        target: qty(tb, 'Rupiah'),
        realisasi: qty(atau(Math.round(tb * (0.7 + rand() * 0.4)), tb), 'Rupiah'),
      });
    }
    return { rencanaHasilKerja: `Kegiatan ${k + 1}`, indikator };
  });
  const p = () => 60 + Math.floor(rand() * 40);
  return {
    id: `pp46-${i}`,
    pegawai: { nip: nip(rand, i), nama: `Pegawai ${i}`, jabatan: { jenis: 'PELAKSANA' } },
    periode: { jenis: 'TAHUNAN', mulai: '2019-01-01', selesai: '2019-12-31' },
    skp: {
      rencanaHasilKerja: rhk,
      tugasTambahan: Array.from({ length: Math.floor(rand() * 4) }, (_, t) => ({
        uraian: `Tugas ${t}`,
      })),
    },
    perilaku: {
      penilaian: [
        {
          penilai: { peran: 'ATASAN' },
          nilai: {
            ORIENTASI_PELAYANAN: p(),
            INTEGRITAS: p(),
            KOMITMEN: p(),
            DISIPLIN: p(),
            KERJA_SAMA: p(),
          },
        },
      ],
    },
  };
}

/**
 * A PP 30/2019 + PermenPANRB 8/2021 appraisal (2021) of a pelaksana: `rencana` rencana hasil
 * kerja with a kuantitas, kualitas and waktu IKI each (waktu: smaller is better), one
 * pejabat penilai scoring the four non-managerial perilaku aspects, innovation sometimes.
 * With `diTarget` > 0, that share of the IKIs has its realisasi equal to its target
 * (capaian 100 %, nilai 109), as agencies often report; then nilai SKP is often a whole
 * number and nilai kinerja, with perilaku in quarters, often lies on a half cent (0 keeps the
 * data of earlier runs: no extra draws).
 */
export function pp30Appraisal(
  rand: () => number,
  i: number,
  rencana = 3,
  diTarget = 0,
): AppraisalInput {
  const rhk = Array.from({ length: rencana }, (_, k) => {
    const to = 4 + Math.floor(rand() * 200);
    const ro = Math.max(0, Math.round(to * (0.6 + rand() * 0.6)));
    const rk = 55 + Math.floor(rand() * 50);
    const r = rand();
    // months; a share lands on decimals
    const rw = r < 0.5 ? 12 : Math.round((9 + rand() * 5) * 10) / 10;
    const atau = diTargetOf(rand, diTarget);
    const indikator: NonNullable<AppraisalInput['skp']>['rencanaHasilKerja'][number]['indikator'] =
      [
        {
          aspek: 'KUANTITAS',
          indikator: 'Dokumen',
          target: qty(to, 'Dokumen'),
          realisasi: qty(atau(ro, to), 'Dokumen'),
        },
        {
          aspek: 'KUALITAS',
          indikator: 'Mutu',
          target: qty(100, '%'),
          realisasi: qty(atau(rk, 100), '%'),
        },
        {
          aspek: 'WAKTU',
          indikator: 'Waktu',
          target: qty(12, 'Bulan'),
          realisasi: qty(atau(rw, 12), 'Bulan'),
          polaritas: 'LOWER_IS_BETTER',
        },
      ];
    return { rencanaHasilKerja: `Rencana ${k + 1}`, indikator };
  });
  const p = () => 70 + Math.floor(rand() * 45);
  return {
    id: `pp30-${i}`,
    pegawai: { nip: nip(rand, i), nama: `Pegawai ${i}`, jabatan: { jenis: 'PELAKSANA' } },
    periode: { jenis: 'TAHUNAN', mulai: '2021-01-01', selesai: '2021-12-31' },
    skp: { rencanaHasilKerja: rhk },
    perilaku: {
      penilaian: [
        {
          penilai: { peran: 'ATASAN' },
          nilai: { ORIENTASI_PELAYANAN: p(), KOMITMEN: p(), INISIATIF_KERJA: p(), KERJA_SAMA: p() },
        },
      ],
    },
    ...(rand() < 0.1 ? { inovasi: true } : {}),
  };
}

const RATINGS = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;

/** A PermenPANRB 6/2022 appraisal with ratings given by the pejabat penilai. */
export function pmk6Appraisal(rand: () => number, i: number): AppraisalInput {
  const pick = () => {
    const r = rand();
    return r < 0.15 ? RATINGS[0] : r < 0.93 ? RATINGS[1] : RATINGS[2];
  };
  return {
    id: `pmk6-${i}`,
    pegawai: {
      nip: nip(rand, i),
      nama: `Pegawai ${i}`,
      jabatan: { jenis: 'PELAKSANA' },
      jenisAsn: rand() < 0.2 ? 'PPPK' : 'PNS',
    },
    periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
    ratingHasilKerja: pick(),
    ratingPerilaku: pick(),
  };
}

/** The PP 46 scoring as typically hand-coded in agency apps: floats, no validation, no trace. */
export function naivePp46(a: AppraisalInput): { prestasi: number; sebutan: string } {
  let total = 0;
  let n = 0;
  for (const k of a.skp?.rencanaHasilKerja ?? []) {
    let kuant = 0;
    let kual = 0;
    let waktu = 0;
    let biaya = 0;
    let hasBiaya = false;
    for (const iki of k.indikator) {
      const t = jumlah(iki.target);
      const r = jumlah(iki.realisasi);
      if (iki.aspek === 'KUANTITAS') kuant = (r / t) * 100;
      else if (iki.aspek === 'KUALITAS') kual = (r / t) * 100;
      else {
        const e = 100 - (r / t) * 100;
        const v = e <= 24 ? ((1.76 * t - r) / t) * 100 : 76 - (((1.76 * t - r) / t) * 100 - 100);
        if (iki.aspek === 'WAKTU') waktu = v;
        else {
          biaya = v;
          hasBiaya = true;
        }
      }
    }
    total += hasBiaya ? (kuant + kual + waktu + biaya) / 4 : (kuant + kual + waktu) / 3;
    n++;
  }
  const tt = a.skp?.tugasTambahan?.length ?? 0;
  const skp = total / n + (tt === 0 ? 0 : tt <= 3 ? 1 : tt <= 6 ? 2 : 3);
  const nilai = Object.values(a.perilaku?.penilaian[0]?.nilai ?? {}) as number[];
  const perilaku = nilai.reduce((s, x) => s + x, 0) / nilai.length;
  const prestasi = Math.round((skp * 0.6 + perilaku * 0.4) * 100) / 100;
  const sebutan =
    prestasi >= 91
      ? 'SANGAT_BAIK'
      : prestasi >= 76
        ? 'BAIK'
        : prestasi >= 61
          ? 'CUKUP'
          : prestasi >= 51
            ? 'KURANG'
            : 'BURUK';
  return { prestasi, sebutan };
}

const MATRIX: Record<string, Record<string, string>> = {
  DI_ATAS_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'KURANG',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK',
  },
  SESUAI_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'KURANG',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_ATAS_EKSPEKTASI: 'BAIK',
  },
  DI_BAWAH_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
  },
};

/** The 6/2022 matrix as a plain lookup, no validation. */
export function naivePmk6(a: AppraisalInput): string | undefined {
  return MATRIX[a.ratingHasilKerja ?? '']?.[a.ratingPerilaku ?? ''];
}

/** Nilai capaian IKI (0–120) from capaian (%), PermenPANRB 8/2021 bands, hand-coded. */
function nilaiIkiNaive(x: number): number {
  if (x > 110) return 120;
  if (x > 100) return 110 + ((120 - 110) / (110 - 101)) * (x - 101);
  if (x === 100) return 109;
  if (x >= 80) return 70 + ((89 - 70) / (99 - 80)) * (x - 80);
  if (x >= 60) return 50 + ((69 - 50) / (79 - 60)) * (x - 60);
  return Math.max(0, (x / 59) * 49);
}

/** The PP 30 scoring as typically hand-coded: floats, no validation, no trace. */
export function naivePp30(a: AppraisalInput): { nilai: number; predikat: string } {
  let total = 0;
  let n = 0;
  for (const k of a.skp?.rencanaHasilKerja ?? []) {
    let s = 0;
    for (const iki of k.indikator) {
      const t = jumlah(iki.target);
      const r = jumlah(iki.realisasi);
      const capaian = iki.polaritas === 'LOWER_IS_BETTER' ? (1 + (1 - r / t)) * 100 : (r / t) * 100;
      s += nilaiIkiNaive(capaian);
    }
    total += s / k.indikator.length;
    n++;
  }
  const skp = Math.min(120, total / n);
  const nilai = Object.values(a.perilaku?.penilaian[0]?.nilai ?? {}) as number[];
  const perilaku = nilai.reduce((x, y) => x + y, 0) / nilai.length;
  const kinerja = Math.round((skp * 0.7 + perilaku * 0.3) * 100) / 100;
  const predikat =
    kinerja >= 110 && a.inovasi
      ? 'SANGAT_BAIK'
      : kinerja >= 90
        ? 'BAIK'
        : kinerja >= 70
          ? 'CUKUP'
          : kinerja >= 50
            ? 'KURANG'
            : 'SANGAT_KURANG';
  return { nilai: kinerja, predikat };
}
