// An agency extends the national PermenPANRB 6/2022 ruleset: it sets two readings the
// regulation leaves open, and every overridden parameter records who set it and why.
import {
  aggregateAnnual,
  evaluate,
  extendRuleset,
  loadRuleset,
  periode,
  ref,
  rulesets,
  safeExtendRuleset,
  serializeRuleset,
} from '@kinerja/core';

const national = rulesets['permenpanrb-6-2022'];

const pemprov = extendRuleset(national, {
  id: 'pemprov-contoh-2024',
  agency: 'Pemerintah Provinsi Contoh',
  effective: { from: '2024-01-01' },
  legalBasis: [ref('Pergub Contoh 7/2024', 'CONFIRMED', 'Pasal 9')],
  params: {
    // The annual predikat is the worst periodic one (the national default is the last period).
    agregasiTahunan: {
      value: 'TERBURUK',
      ref: ref('Pergub Contoh 7/2024', 'CONFIRMED', 'Pasal 9 ayat (2)'),
    },
    // A stricter suggestion heuristic for rating hasil kerja.
    saranHasilKerja: {
      value: {
        aktif: true,
        diAtasRataRataMin: '100',
        minSetiapIki: '80',
        sesuaiRataRataMin: '80',
        hanyaUtama: true,
      },
    },
  },
});

console.log(pemprov.extends, pemprov.params.agregasiTahunan.overriddenBy);
// 'permenpanrb-6-2022' 'Pemerintah Provinsi Contoh'

// The annual predikat under the agency's reading.
const annual = aggregateAnnual(
  [
    { periode: periode.triwulan(2024, 1), predikat: 'SANGAT_BAIK' },
    { periode: periode.triwulan(2024, 2), predikat: 'BUTUH_PERBAIKAN' },
    { periode: periode.triwulan(2024, 3), predikat: 'BAIK' },
    { periode: periode.triwulan(2024, 4), predikat: 'BAIK' },
  ],
  pemprov,
);
console.log(annual.ok && annual.predikat); // 'BUTUH_PERBAIKAN' (national default: 'BAIK')

// Appraisals name the agency ruleset explicitly, or pass it as a candidate for the period.
const r = evaluate(
  {
    pegawai: { nip: '198703122010011002', nama: 'Siti Rahmawati', jabatan: { jenis: 'PELAKSANA' } },
    periode: periode.tahunan(2024),
    ratingHasilKerja: 'SESUAI_EKSPEKTASI',
    ratingPerilaku: 'SESUAI_EKSPEKTASI',
  },
  { rulesets: [pemprov] },
);
console.log(r.ruleset); // { id: 'pemprov-contoh-2024', extends: 'permenpanrb-6-2022', agency: … }

// A mistaken extension is reported as issues, not a half-valid ruleset.
const typo = safeExtendRuleset(national, {
  id: 'salah',
  agency: 'Contoh',
  params: { agregasiTahunann: { value: 'TERBURUK' } },
});
if (!typo.ok) console.log(typo.issues.map((i) => `${i.code} ${i.message.en}`));
// [ 'UNKNOWN_PARAM Unknown parameter "agregasiTahunann" in ruleset permenpanrb-6-2022' ]

// Rulesets are plain data: they serialise to JSON and load back, validated.
const json = serializeRuleset(pemprov);
const back = loadRuleset(json);
const agregasi =
  back.regime === 'PERMENPANRB_6_2022' ? back.params.agregasiTahunan.value : undefined;
console.log(back.id, agregasi); // 'pemprov-contoh-2024' 'TERBURUK'

if (
  !annual.ok ||
  annual.predikat !== 'BUTUH_PERBAIKAN' ||
  r.ruleset?.id !== 'pemprov-contoh-2024' ||
  typo.ok ||
  agregasi !== 'TERBURUK'
) {
  throw new Error('extension example failed');
}
