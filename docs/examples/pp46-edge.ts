// PP 46/2011: a waktu realisasi of 9.12 months on a 12-month target is exactly the 24 %
// efficiency edge, so the waktu score is 100 (branch "≤ 24 %"), not 76.
import { evaluate, periode } from '@kinerja/core';

const appraisal = {
  pegawai: { nip: '198703122010011002', nama: 'Siti Rahmawati', jabatan: { jenis: 'PELAKSANA' } },
  periode: periode.tahunan(2019),
  skp: {
    rencanaHasilKerja: [
      {
        rencanaHasilKerja: 'Perekaman data kependudukan',
        indikator: [
          {
            aspek: 'KUANTITAS',
            indikator: 'Dokumen',
            target: '1200 Dokumen',
            realisasi: '1200 Dokumen',
          },
          { aspek: 'KUALITAS', indikator: 'Mutu', target: 100, realisasi: 90 },
          { aspek: 'WAKTU', indikator: 'Bulan', target: 12, realisasi: 9.12 },
        ],
      },
    ],
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

// Naive IEEE-754 code gets the edge wrong:
const naive = 100 - (9.12 / 12) * 100;
console.log(naive, naive <= 24); // 24.000000000000014 false → branch "> 24" → 76

const r = evaluate(appraisal);
// (100 + 90 + 100) / 3 = 96.67; 0.6 × 96.67 + 0.4 × 81.8 = 90.72 → Baik
console.log(r.nilai); // { skp: '96.67', perilaku: '81.80', prestasiKerja: '90.72', … }
console.log(r.predikat?.label.id); // 'Baik'

// Without a trace the float fast path runs first. It keeps 9.12 as the exact decimal 912/100,
// so it proves "E = 24 exactly"; whenever it cannot prove a decision it re-runs on decimal.js.
// Either way the values equal the decimal reference.
const fast = evaluate(appraisal, { trace: false });
const exact = evaluate(appraisal, { trace: false, backend: 'decimal' });
console.log(fast.backend, fast.nilai?.prestasiKerja); // 'float' '90.72'
console.log(exact.backend, exact.nilai?.prestasiKerja); // 'decimal' '90.72'

if (
  naive <= 24 ||
  r.nilai?.prestasiKerja !== '90.72' ||
  fast.nilai?.prestasiKerja !== exact.nilai?.prestasiKerja
) {
  throw new Error(`unexpected ${JSON.stringify(r.nilai)}`);
}
