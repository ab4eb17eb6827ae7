/**
 * Semarang example: appraise the e-government team with the Semarang ruleset, print every
 * employee's predikat, the recognition of innovation and the objectivity review, and the full
 * explanation for one employee.
 *
 * Run: `pnpm --filter @kinerja/example-semarang start`
 */
import { evaluate, formatTrace, LABELS } from '@kinerja/core';
import { bacaContohData, nilaiTim } from './laporan.js';
import { RULESET_SEMARANG } from './ruleset.js';

const rows = bacaContohData();
const laporan = nilaiTim(rows);
const SINGKAT = {
  DI_ATAS_EKSPEKTASI: 'Di Atas',
  SESUAI_EKSPEKTASI: 'Sesuai',
  DI_BAWAH_EKSPEKTASI: 'Di Bawah',
};
const sumber = (s: string) => (s === 'PENILAI' ? 'penilai' : 'saran');
const pct = (x: string | undefined) => `${x ?? '-'}%`.padStart(10);

console.log(
  `Ruleset ${laporan.ruleset.id} (${laporan.ruleset.agency}, turunan dari ${laporan.ruleset.extends})\n`,
);
console.log(
  `${'Nama'.padEnd(17)}${'Kehadiran'.padStart(10)}${'Kualitas'.padStart(10)}${'Kontribusi'.padStart(11)}   ${'Hasil kerja / Perilaku (sumber)'.padEnd(36)}Predikat`,
);
for (const p of laporan.pegawai) {
  const rating = `${SINGKAT[p.rating.hasilKerja]} (${sumber(p.sumber.hasilKerja)}) / ${SINGKAT[p.rating.perilaku]} (${sumber(p.sumber.perilaku)})`;
  console.log(
    `${p.nama.padEnd(17)}${pct(p.capaian.kehadiran)}${pct(p.capaian.kualitas)} ${pct(p.capaian.kontribusi)}   ${rating.padEnd(36)}${LABELS.predikatPegawai[p.predikat].id}`,
  );
}

console.log(
  '\nPengakuan inovasi (KEBIJAKAN LOKAL Kota Semarang, ilustrasi — bukan ketentuan nasional):',
);
for (const p of laporan.pegawai) {
  if (p.inovasi === undefined) continue;
  const apa =
    p.inovasi.pengakuan === 'DIUSULKAN_PENGHARGAAN'
      ? 'diusulkan untuk penghargaan inovasi'
      : 'dicatat; belum diusulkan karena predikat di bawah Baik';
  console.log(`- ${p.nama}: "${p.inovasi.uraian}" — ${apa}`);
}

console.log(
  '\nPengawasan objektivitas (KEBIJAKAN LOKAL): rating penilai dibandingkan dengan capaian terukur',
);
for (const p of laporan.pegawai) {
  const o = p.objektivitas;
  if (o === undefined) continue;
  const status =
    o.status === 'KONSISTEN'
      ? 'konsisten'
      : `PERLU REVIU — penilai memberi "${SINGKAT[o.ratingPenilai]}", capaian menunjukkan "${SINGKAT[o.saranDariCapaian]}"`;
  console.log(`- ${p.nama}: ${status}`);
}
for (const d of laporan.ditolak) {
  console.log(
    `! Baris ${d.index} ditolak: ${d.issues.map((i) => `${i.code} di ${i.path}`).join('; ')}`,
  );
}

console.log(`\n${'-'.repeat(100)}\n`);
console.log(formatTrace(evaluate(rows[0], { ruleset: RULESET_SEMARANG }), { locale: 'id' }));
