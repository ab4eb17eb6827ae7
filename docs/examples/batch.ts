// Evaluate a batch (an array, a generator or an async stream of parsed rows) in constant
// memory, and keep running counts that always reconcile.
import { addToSummary, createBatchSummary, evaluateMany, periode } from '@kinerja/core';

const units = ['Bidang Pelayanan', 'Bidang Pendaftaran'] as const;
const ratings = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;

/** Rows as they might come out of a database cursor; the last one is broken on purpose. */
async function* rows() {
  for (let i = 0; i < 9; i++) {
    yield {
      id: `row-${i}`,
      pegawai: {
        nip: `19900101201501100${i}`,
        nama: `Pegawai ${i}`,
        jabatan: { jenis: 'PELAKSANA' },
        unitKerja: { nama: units[i % 2] },
      },
      periode: periode.tahunan(2024),
      ratingHasilKerja: ratings[i % 3],
      ratingPerilaku: ratings[Math.floor(i / 3)],
    };
  }
  yield { id: 'row-broken', pegawai: { nip: '123' } };
}

const summary = createBatchSummary();
for await (const r of evaluateMany(rows())) {
  addToSummary(summary, r);
  if (!r.ok) console.log(`row ${r.index} rejected:`, r.issues.map((i) => i.code).join(', '));
}

console.log(summary.total, summary.accepted, summary.rejected); // 10 9 1
console.log(summary.byPredikat); // { SANGAT_BAIK: 1, BAIK: 3, BUTUH_PERBAIKAN: 2, KURANG: 2, SANGAT_KURANG: 1 }
console.log(summary.byBackend); // batches skip the trace, so the float fast path is used

if (summary.total !== summary.accepted + summary.rejected || summary.rejected !== 1) {
  throw new Error(JSON.stringify(summary));
}
