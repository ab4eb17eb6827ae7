/**
 * Kinerja quick start: one employee appraised under each of the three regimes, with the
 * explanation an employee would read. Run with `pnpm quickstart`.
 */
import { type AppraisalInput, evaluate, formatTrace, periode } from '@kinerja/core';

const pegawai = {
  nip: '198703122010011002',
  nama: 'Siti Rahmawati',
  jabatan: { jenis: 'PELAKSANA' as const, nama: 'Pengelola Data Kependudukan' },
  golongan: 'III/a',
  unitKerja: { nama: 'Dinas Kependudukan dan Pencatatan Sipil' },
};

// PP 46/2011 (appraisal year 2019): one kegiatan whose waktu realisasi is 9.12 of 12 months,
// exactly the 24 % efficiency edge where naive float code drops the score from 100 to 76.
const pp46: AppraisalInput = {
  id: 'contoh-pp46',
  pegawai,
  periode: periode.tahunan(2019),
  skp: {
    rencanaHasilKerja: [
      {
        rencanaHasilKerja: 'Perekaman data kependudukan',
        indikator: [
          {
            aspek: 'KUANTITAS',
            indikator: 'Dokumen terekam',
            target: '1200 Dokumen',
            realisasi: '1200 Dokumen',
          },
          { aspek: 'KUALITAS', indikator: 'Mutu', target: 100, realisasi: 90 },
          { aspek: 'WAKTU', indikator: 'Waktu', target: '12 Bulan', realisasi: '9.12 Bulan' },
        ],
      },
    ],
    tugasTambahan: [{ uraian: 'Panitia pelayanan jemput bola', nomorSuratPerintah: '800/12/2019' }],
  },
  perilaku: {
    penilaian: [
      {
        penilai: { peran: 'ATASAN' },
        nilai: {
          ORIENTASI_PELAYANAN: 85,
          INTEGRITAS: 80,
          KOMITMEN: 82,
          DISIPLIN: 78,
          KERJA_SAMA: 84,
        },
      },
    ],
  },
};

// PermenPANRB 6/2022 (2024): ratings by the pejabat penilai, matrix to predikat.
const pmk6: AppraisalInput = {
  id: 'contoh-6-2022',
  pegawai,
  periode: periode.tahunan(2024),
  ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
  ratingPerilaku: 'SESUAI_EKSPEKTASI',
};

for (const a of [pp46, pmk6]) {
  const r = evaluate(a);
  console.log(formatTrace(r, { locale: 'id' }));
  console.log(`\n${'-'.repeat(72)}\n`);
}

// Invalid input never throws: it yields issues with paths and bilingual messages.
const bad = evaluate({ ...pmk6, pegawai: { ...pegawai, nip: '1.98703E+17' } });
for (const i of bad.issues) console.log(`[${i.code}] ${i.path.join('.')}: ${i.message.en}`);
