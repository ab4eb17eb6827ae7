// Bad input never throws: it gives issues with a stable code, a path and a message in
// Bahasa Indonesia and English.
import { evaluate, formatPath } from '@kinerja/core';

const result = evaluate({
  pegawai: { nip: '1.98703E+17', nama: 'Siti Rahmawati', jabatan: { jenis: 'PELAKSANA' } },
  periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
  ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
  ratingPerilaku: 'LUAR_BIASA',
});

console.log(result.ok); // false
for (const issue of result.issues) {
  console.log(`[${issue.code}] ${formatPath(issue.path)}`);
  console.log(`  id: ${issue.message.id}`);
  console.log(`  en: ${issue.message.en}`);
}

const codes = result.issues.map((i) => i.code);
if (result.ok || !codes.includes('NIP_SCIENTIFIC_NOTATION')) throw new Error(codes.join());

// Not even an object: still an issue, not an exception.
const nothing = evaluate(null);
console.log(nothing.issues[0]?.code); // 'NOT_AN_OBJECT'
if (nothing.ok) throw new Error('null accepted');
