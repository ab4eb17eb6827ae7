/**
 * `@kinerja/adapters/ekinerja`: BKN e-Kinerja — the integration API's `laporan/penilaian` and
 * `referensi/periode` records, the "Laporan Penilaian SKP" export saved as CSV, and the
 * application API's SKP (RHK with indicators and targets such as "12 Dokumen"); PLT/PLH
 * exclusion and the mutasi duplicate rule reported as decisions; audit of `hasil_akhir`.
 *
 * @packageDocumentation
 */
export {
  type EkinerjaAppraisal,
  type PenilaianToAppraisalOptions,
  penilaianToAppraisals,
} from './appraisal.js';
export {
  type PenilaianOptions,
  type PenilaianRecord,
  readLaporanPenilaianCsv,
  readPenilaian,
  recheckPenilaian,
} from './penilaian.js';
export { jenisFromDates, type PeriodeRecord, periodeOf, readPeriodeReferensi } from './periode.js';
export {
  type RencanaAksiRecord,
  type RhkRecord,
  readRencanaAksi,
  readSkpKinerja,
  readTarget,
} from './skp.js';
