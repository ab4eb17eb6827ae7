// Read a trace programmatically: which steps quote the regulation, which are configurable
// readings, and which UNCERTAIN defaults decided the result.
import { evaluate, periode } from '@kinerja/core';

const result = evaluate({
  pegawai: { nip: '198703122010011002', nama: 'Siti Rahmawati', jabatan: { jenis: 'PELAKSANA' } },
  periode: periode.semester(2021, 2), // PP 30/2019 + PermenPANRB 8/2021
  skp: {
    rencanaHasilKerja: [
      {
        rencanaHasilKerja: 'Layanan dokumen kependudukan',
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
});

for (const step of result.trace) {
  const status = `${step.ref.status}${step.kind === 'reading' ? ' (reading)' : ''}`;
  console.log(`${step.rule.padEnd(32)} ${status.padEnd(22)} → ${JSON.stringify(step.output)}`);
}

// Steps decided by a configurable reading carry the parameter and whether it is the default.
const readings = result.trace.filter((s) => s.parameter);
for (const s of readings)
  console.log(s.parameter?.name, s.parameter?.isDefault ? '(default)' : '(agency)');

// The same readings are listed as warnings, so a UI can show them without walking the trace.
console.log(result.warnings.filter((w) => w.code === 'UNCERTAIN_READING').map((w) => w.rule));

console.log(result.nilai, result.predikat?.label.id); // { skp, perilaku, kinerja } 'Baik'

if (
  !result.ok ||
  readings.length === 0 ||
  result.trace.some((s) => s.ref.status === 'UNCERTAIN' && s.kind !== 'reading')
) {
  throw new Error('trace example failed');
}
