/**
 * Jambi example: appraise the civil-registry team with the Jambi ruleset (local indicators and
 * 360° input from atasan, rekan kerja and masyarakat), print every employee's predikat beside
 * the predikat the atasan alone would give, and the full explanation for one employee.
 *
 * Run: `pnpm --filter @kinerja/example-jambi start`
 */
import { evaluate, formatTrace, LABELS } from '@kinerja/core';
import { bacaContohData, nilaiTim } from './laporan.js';
import { RULESET_JAMBI } from './ruleset.js';

const rows = bacaContohData();
const laporan = nilaiTim(rows);
const SINGKAT = {
  DI_ATAS_EKSPEKTASI: 'Di Atas',
  SESUAI_EKSPEKTASI: 'Sesuai',
  DI_BAWAH_EKSPEKTASI: 'Di Bawah',
};
const sumber = (s: string) => (s === 'PENILAI' ? 'penilai' : 'saran');
const pct = (x: string | undefined) => `${x ?? '-'}%`.padStart(9);
const bobot = Object.entries(laporan.bobotPenilai)
  .filter(([, w]) => w > 0)
  .map(([peran, w]) => `${peran} ${w / 100}%`)
  .join(', ');

console.log(
  `Ruleset ${laporan.ruleset.id} (${laporan.ruleset.agency}, turunan dari ${laporan.ruleset.extends})`,
);
console.log(`Bobot penilai 360° (kebijakan lokal, ilustrasi): ${bobot}\n`);
console.log(
  `${'Nama'.padEnd(16)}${'Waktu'.padStart(9)}${'Akurasi'.padStart(9)}${'IKM'.padStart(9)}   ${'Hasil kerja / Perilaku (sumber)'.padEnd(37)}${'Predikat'.padEnd(18)}Atasan saja`,
);
for (const p of laporan.pegawai) {
  const rating = `${SINGKAT[p.rating.hasilKerja]} (${sumber(p.sumber.hasilKerja)}) / ${SINGKAT[p.rating.perilaku]} (${sumber(p.sumber.perilaku)})`;
  const atasan = p.predikatAtasanSaja ? LABELS.predikatPegawai[p.predikatAtasanSaja].id : '-';
  console.log(
    `${p.nama.padEnd(16)}${pct(p.capaian.waktu)}${pct(p.capaian.akurasi)}${pct(p.capaian.kepuasan)}   ${rating.padEnd(37)}${LABELS.predikatPegawai[p.predikat].id.padEnd(18)}${atasan}`,
  );
}
for (const d of laporan.ditolak) {
  console.log(
    `! Baris ${d.index} ditolak: ${d.issues.map((i) => `${i.code} di ${i.path}`).join('; ')}`,
  );
}

// Yusuf Maulana: the atasan alone rates 4 of 7 values Di Atas (→ Sangat Baik); the 360° input
// moderates two of them, so the suggestion becomes Sesuai and the predikat Baik.
const yusuf = rows.find((r) => JSON.stringify(r).includes('"Yusuf Maulana"'));
console.log(`\n${'-'.repeat(100)}\n`);
console.log(formatTrace(evaluate(yusuf, { ruleset: RULESET_JAMBI }), { locale: 'id' }));
