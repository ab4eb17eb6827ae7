/**
 * Mataram example: appraise the BKPSDM team with the Mataram ruleset; print every employee's
 * predikat and career follow-up, the report card ONE employee sees (capaian per indicator and
 * what to improve), and that employee's full explanation.
 *
 * Run: `pnpm --filter @kinerja/example-mataram start`
 */
import { evaluate, formatTrace, LABELS } from '@kinerja/core';
import { URAIAN_KARIER } from './karier.js';
import { bacaContohData, nilaiTim } from './laporan.js';
import { rapor } from './rapor.js';
import { RULESET_MATARAM } from './ruleset.js';

const rows = bacaContohData();
const laporan = nilaiTim(rows);
const SINGKAT = {
  DI_ATAS_EKSPEKTASI: 'Di Atas',
  SESUAI_EKSPEKTASI: 'Sesuai',
  DI_BAWAH_EKSPEKTASI: 'Di Bawah',
};
const sumber = (s: string) => (s === 'PENILAI' ? 'penilai' : 'saran');
const pct = (x: string | undefined) => `${x ?? '-'}%`.padStart(11);

console.log(
  `Ruleset ${laporan.ruleset.id} (${laporan.ruleset.agency}, turunan dari ${laporan.ruleset.extends})\n`,
);
console.log(
  `${'Nama'.padEnd(26)}${'Target'.padStart(11)}${'Disiplin'.padStart(11)}${'Kompetensi'.padStart(11)}   ${'Hasil kerja / Perilaku (sumber)'.padEnd(37)}Predikat`,
);
for (const p of laporan.pegawai) {
  const rating = `${SINGKAT[p.rating.hasilKerja]} (${sumber(p.sumber.hasilKerja)}) / ${SINGKAT[p.rating.perilaku]} (${sumber(p.sumber.perilaku)})`;
  console.log(
    `${p.nama.padEnd(26)}${pct(p.capaian.pencapaian)}${pct(p.capaian.disiplin)}${pct(p.capaian.kompetensi)}   ${rating.padEnd(37)}${LABELS.predikatPegawai[p.predikat].id}`,
  );
}

console.log(
  '\nTindak lanjut karier (KEBIJAKAN LOKAL Kota Mataram, ilustrasi — bukan ketentuan nasional):',
);
for (const p of laporan.pegawai) {
  const lalu = p.predikatTahunLalu ? LABELS.predikatPegawai[p.predikatTahunLalu].id : 'belum ada';
  console.log(`- ${p.nama} (tahun lalu: ${lalu}): ${URAIAN_KARIER[p.tindakLanjutKarier].id}`);
}
for (const d of laporan.ditolak) {
  console.log(
    `! Baris ${d.index} ditolak: ${d.issues.map((i) => `${i.code} di ${i.path}`).join('; ')}`,
  );
}

// What one employee sees on her own dashboard.
const baiq = rows[1];
const hasil = laporan.pegawai[1];
console.log(`\n${'-'.repeat(100)}\n`);
console.log(`RAPOR KINERJA SAYA — ${hasil?.nama} (NIP ${hasil?.nip})`);
console.log(
  `Predikat: ${hasil ? LABELS.predikatPegawai[hasil.predikat].id : '-'} (rata-rata capaian ${hasil?.rataRataCapaian ?? '-'}%)\n`,
);
for (const b of rapor(baiq)) {
  console.log(`${b.tercapai ? '✓' : '✗'} ${b.indikator}: ${b.capaian}%`);
  for (const p of b.perbaikan) console.log(`    perlu ditingkatkan: ${p.id}`);
}
console.log(`\n${'-'.repeat(100)}\n`);
console.log(formatTrace(evaluate(baiq, { ruleset: RULESET_MATARAM }), { locale: 'id' }));
