// Evaluate one appraisal under PermenPANRB 6/2022 and print the explanation.
import { evaluate, formatTrace, periode } from '@kinerja/core';

const result = evaluate({
  pegawai: {
    nip: '198703122010011002', // always an 18-digit string
    nama: 'Siti Rahmawati',
    jabatan: { jenis: 'PELAKSANA' },
    unitKerja: { nama: 'Dinas Kependudukan dan Pencatatan Sipil' },
  },
  periode: periode.tahunan(2024), // the ruleset is chosen from the period
  ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
  ratingPerilaku: 'SESUAI_EKSPEKTASI',
});

console.log(result.ruleset?.id); // 'permenpanrb-6-2022'
console.log(result.predikat?.code, result.predikat?.label.id); // 'BAIK' 'Baik'
console.log(formatTrace(result, { locale: 'en' }));

if (result.predikat?.code !== 'BAIK') throw new Error('expected Baik');
