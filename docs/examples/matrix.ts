// The PermenPANRB 6/2022 kuadran: rating hasil kerja (rows) × rating perilaku (columns).
import { LABELS, predikatFromRatings, RATINGS } from '@kinerja/core';

const rows = RATINGS.map((hasil) => ({
  'hasil kerja': LABELS.rating[hasil].id,
  ...Object.fromEntries(
    RATINGS.map((perilaku) => [
      LABELS.rating[perilaku].id,
      LABELS.predikatPegawai[predikatFromRatings(hasil, perilaku)].id,
    ]),
  ),
}));
console.table(rows);

// Perilaku "Di Bawah Ekspektasi" always gives Kurang/Misconduct or Sangat Kurang.
for (const hasil of RATINGS) {
  const p = predikatFromRatings(hasil, 'DI_BAWAH_EKSPEKTASI');
  if (p !== 'KURANG' && p !== 'SANGAT_KURANG') throw new Error(`${hasil}: ${p}`);
}
if (predikatFromRatings('DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI') !== 'SANGAT_BAIK') {
  throw new Error('top-right cell');
}
