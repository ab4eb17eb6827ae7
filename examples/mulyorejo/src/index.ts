/**
 * Mulyorejo example: appraise the population-data team with the Mulyorejo ruleset, print every
 * employee's predikat and the local follow-up, and the full explanation for one employee.
 *
 * Run: `pnpm --filter @kinerja/example-mulyorejo start`
 */
import { evaluate, formatTrace, LABELS } from '@kinerja/core';
import { bacaContohData, nilaiTim } from './laporan.js';
import { RULESET_MULYOREJO } from './ruleset.js';
import { tindakLanjut } from './tindakLanjut.js';

const rows = bacaContohData();
const laporan = nilaiTim(rows);

const SINGKAT = {
  DI_ATAS_EKSPEKTASI: 'Di Atas',
  SESUAI_EKSPEKTASI: 'Sesuai',
  DI_BAWAH_EKSPEKTASI: 'Di Bawah',
};
const sumber = (s: string) => (s === 'PENILAI' ? 'penilai' : 'saran');
console.log(
  `Ruleset ${laporan.ruleset.id} (${laporan.ruleset.agency}, turunan dari ${laporan.ruleset.extends})\n`,
);
console.log(
  'NIP                 Nama                    Akurasi  Waktu    Hasil kerja / Perilaku (sumber)     Predikat',
);
for (const p of laporan.pegawai) {
  const rating = `${SINGKAT[p.rating.hasilKerja]} (${sumber(p.sumber.hasilKerja)}) / ${SINGKAT[p.rating.perilaku]} (${sumber(p.sumber.perilaku)})`;
  console.log(
    `${p.nip}  ${p.nama.padEnd(22)}  ${(p.capaian.akurasi ?? '-').padStart(6)}%  ${(p.capaian.waktu ?? '-').padStart(6)}%  ${rating.padEnd(33)}  ${LABELS.predikatPegawai[p.predikat].id}`,
  );
}

console.log('\nTindak lanjut (KEBIJAKAN LOKAL Mulyorejo, ilustrasi — bukan ketentuan nasional):');
for (const p of laporan.pegawai) {
  console.log(`- ${p.nama}: ${tindakLanjut(p.predikat).uraian.id}`);
}
for (const d of laporan.ditolak) {
  console.log(
    `! Baris ${d.index} ditolak: ${d.issues.map((i) => `${i.code} di ${i.path}`).join('; ')}`,
  );
}

// The full explanation an employee reads, for the first employee (rating suggested from capaian).
const first = rows[0];
console.log(`\n${'-'.repeat(100)}\n`);
console.log(formatTrace(evaluate(first, { ruleset: RULESET_MULYOREJO }), { locale: 'id' }));
