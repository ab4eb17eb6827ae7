/**
 * Plaju example: read the sub-district's information-system log at a moment, turn it into each
 * employee's indicator data, appraise the team with the Plaju ruleset, and print the predikat
 * (mid-year monitoring and year end) and the full explanation for one employee.
 *
 * Run: `pnpm --filter @kinerja/example-plaju start`
 */
import { evaluate, formatTrace, LABELS } from '@kinerja/core';
import { bacaContohData, type Laporan, nilaiTim, PER_AKHIR_TAHUN } from './laporan.js';
import { RULESET_PLAJU } from './ruleset.js';

const SINGKAT = {
  DI_ATAS_EKSPEKTASI: 'Di Atas',
  SESUAI_EKSPEKTASI: 'Sesuai',
  DI_BAWAH_EKSPEKTASI: 'Di Bawah',
};
const sumber = (s: string) => (s === 'PENILAI' ? 'penilai' : 'saran');
const pct = (x: string | undefined) => (x === undefined ? '-' : `${x}%`).padStart(11);

function cetak(judul: string, laporan: Laporan): void {
  console.log(`${judul}\n`);
  console.log(
    `${'Nama'.padEnd(18)}${'Selesai'.padStart(11)}${'Respons'.padStart(11)}${'Proyek'.padStart(11)}${'Laporan'.padStart(11)}   ${'Hasil kerja / Perilaku (sumber)'.padEnd(37)}Predikat`,
  );
  for (const p of laporan.pegawai) {
    const rating = `${SINGKAT[p.rating.hasilKerja]} (${sumber(p.sumber.hasilKerja)}) / ${SINGKAT[p.rating.perilaku]} (${sumber(p.sumber.perilaku)})`;
    const c = p.capaian;
    console.log(
      `${p.nama.padEnd(18)}${pct(c.penyelesaian)}${pct(c.respons)}${pct(c.proyek)}${pct(c.laporan)}   ${rating.padEnd(37)}${LABELS.predikatPegawai[p.predikat].id}`,
    );
  }
  for (const d of laporan.ditolak) {
    console.log(
      `! Baris ${d.index} belum dapat dinilai: ${d.issues.map((i) => `${i.code} di ${i.path}`).join('; ')}`,
    );
  }
  console.log('');
}

console.log(
  `Ruleset ${RULESET_PLAJU.id} (${RULESET_PLAJU.agency}, turunan dari ${RULESET_PLAJU.extends})\n`,
);

// Real-time monitoring: the same log read at mid-year. Projects not yet due are not counted;
// a complaint not yet answered counts with its age at that moment.
const PER_TENGAH_TAHUN = '2025-06-30T16:00:00+07:00';
cetak(
  `Pemantauan per ${PER_TENGAH_TAHUN} (tengah tahun)`,
  nilaiTim(bacaContohData(PER_TENGAH_TAHUN)),
);

const rows = bacaContohData(PER_AKHIR_TAHUN);
cetak(`Penilaian akhir per ${PER_AKHIR_TAHUN}`, nilaiTim(rows));

// Dedi Irawan: one complaint received on 29 December is still unanswered at year end; it counts
// in the median with its age (54 hours) instead of being left out.
const dedi = rows[2];
console.log('-'.repeat(100));
console.log(formatTrace(evaluate(dedi, { ruleset: RULESET_PLAJU }), { locale: 'id' }));
