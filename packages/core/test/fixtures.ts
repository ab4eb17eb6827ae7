import type { AppraisalInput } from '@kinerja/core';

export const pegawai = {
  nip: '198703122010011002',
  nama: 'Siti Rahmawati',
  jabatan: { jenis: 'PELAKSANA' as const },
  golongan: 'III/a',
  unitKerja: { nama: 'Dinas Kependudukan dan Pencatatan Sipil' },
};

export const pp46Appraisal: AppraisalInput = {
  id: 'a-pp46',
  pegawai,
  periode: { jenis: 'TAHUNAN', mulai: '2019-01-01', selesai: '2019-12-31' },
  skp: {
    rencanaHasilKerja: [
      {
        rencanaHasilKerja: 'Perekaman data',
        indikator: [
          {
            aspek: 'KUANTITAS',
            indikator: 'Dokumen',
            target: '1200 Dokumen',
            realisasi: '1200 Dokumen',
          },
          { aspek: 'KUALITAS', indikator: 'Mutu', target: 100, realisasi: 90 },
          { aspek: 'WAKTU', indikator: 'Waktu', target: 12, realisasi: 12 },
          { aspek: 'BIAYA', indikator: 'Biaya', target: 1000000, realisasi: 1000000 },
        ],
      },
    ],
  },
  perilaku: {
    penilaian: [
      {
        penilai: { peran: 'ATASAN' },
        nilai: {
          ORIENTASI_PELAYANAN: 80,
          INTEGRITAS: 80,
          KOMITMEN: 80,
          DISIPLIN: 80,
          KERJA_SAMA: 80,
        },
      },
    ],
  },
};

export const pmk6Appraisal: AppraisalInput = {
  id: 'a-pmk6',
  pegawai,
  periode: { jenis: 'TAHUNAN', mulai: '2023-01-01', selesai: '2023-12-31' },
  ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
  ratingPerilaku: 'DI_ATAS_EKSPEKTASI',
};

export const pp30Appraisal: AppraisalInput = {
  id: 'a-pp30',
  pegawai,
  periode: { jenis: 'SEMESTER', mulai: '2021-07-01', selesai: '2021-12-31' },
  skp: {
    rencanaHasilKerja: [
      {
        rencanaHasilKerja: 'Layanan dokumen',
        indikator: [
          { aspek: 'KUANTITAS', indikator: 'Dokumen', target: 100, realisasi: 98 },
          {
            aspek: 'WAKTU',
            indikator: 'Hari',
            target: 7,
            realisasi: 6.5,
            polaritas: 'LOWER_IS_BETTER',
          },
        ],
      },
    ],
  },
  perilaku: {
    penilaian: [
      {
        penilai: { peran: 'ATASAN' },
        nilai: { ORIENTASI_PELAYANAN: 100, KOMITMEN: 100, INISIATIF_KERJA: 100, KERJA_SAMA: 100 },
      },
    ],
  },
};
