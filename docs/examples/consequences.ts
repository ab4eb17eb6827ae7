// What a predikat leads to: angka kredit of a jabatan fungsional (Peraturan BKN 3/2023), the
// predikat condition of kenaikan pangkat, and an agency's tunjangan kinerja policy.
import {
  angkaKredit,
  applyTukin,
  promotionEligibility,
  tukinBakamla2023,
} from '@kinerja/core/consequences';

// Ahli Pertama with Sangat Baik: 150 % × 12.5 = 18.75 angka kredit for the year.
const ak = angkaKredit({ predikat: 'SANGAT_BAIK', jenjang: 'AHLI_PERTAMA' });
console.log(ak.ok && ak.nilai); // '18.75'

// Kenaikan pangkat needs predikat ≥ Baik in each of the last two years.
const kp = promotionEligibility(
  [
    { tahun: 2023, predikat: 'BAIK' },
    { tahun: 2024, predikat: 'SANGAT_BAIK' },
  ],
  { asOf: '2025-04-01' },
);
console.log(kp.ok && kp.eligible); // true

// Bakamla (Perban 1/2023 Pasal 11): Kurang cuts the month's tukin by 1 %.
const tukin = applyTukin(tukinBakamla2023, { predikat: 'KURANG', tunjanganDasar: 5_000_000 });
console.log(tukin.ok && tukin.dibayar); // '4950000'

if (
  !ak.ok ||
  ak.nilai !== '18.75' ||
  !kp.ok ||
  !kp.eligible ||
  !tukin.ok ||
  tukin.dibayar !== '4950000'
) {
  throw new Error('consequences example failed');
}
