import { defineMessages } from '../issues/issue.js';

/**
 * Issues and warnings of calibration (distribution checks, proposals, apportionment,
 * normalisation, sessions, organisation trees), in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * CALIBRATION_MESSAGES.text('EMPTY_TEAM', {}).en; // 'The team has no employees'
 * ```
 */
export const CALIBRATION_MESSAGES = defineMessages({
  NOT_A_LIST: {
    id: () => 'Masukan harus berupa daftar (array) hasil penilaian',
    en: () => 'Input must be a list (array) of results',
  },
  EMPTY_TEAM: {
    id: () => 'Tim tidak memiliki pegawai',
    en: () => 'The team has no employees',
  },
  RESULT_NOT_OK: {
    id: (p: { nip: string }) =>
      `Hasil penilaian ${p.nip} tidak valid (ok: false) sehingga tidak dapat dikalibrasi`,
    en: (p: { nip: string }) =>
      `The result of ${p.nip} is invalid (ok: false) and cannot be calibrated`,
  },
  WRONG_SCALE: {
    id: (p: { scale: string }) =>
      `Predikat skala ${p.scale} tidak dapat dikalibrasi dengan pola distribusi SE MenPANRB 3/2023 (hanya PermenPANRB 6/2022)`,
    en: (p: { scale: string }) =>
      `A ${p.scale}-scale predikat cannot be calibrated against the SE MenPANRB 3/2023 pattern (PermenPANRB 6/2022 only)`,
  },
  DUPLICATE_NIP: {
    id: (p: { nip: string; first: number }) =>
      `NIP ${p.nip} muncul lebih dari sekali (pertama pada indeks ${p.first})`,
    en: (p: { nip: string; first: number }) =>
      `NIP ${p.nip} appears more than once (first at index ${p.first})`,
  },
  DUPLICATE_ID: {
    id: (p: { id: string; first: number }) =>
      `Id ${p.id} muncul lebih dari sekali (pertama pada indeks ${p.first})`,
    en: (p: { id: string; first: number }) =>
      `Id ${p.id} appears more than once (first at index ${p.first})`,
  },
  RATING_PREDIKAT_MISMATCH: {
    id: (p: { predikat: string; hasil: string; perilaku: string; cell: string }) =>
      `Predikat ${p.predikat} tidak sesuai matriks: rating ${p.hasil} × ${p.perilaku} menghasilkan ${p.cell}`,
    en: (p: { predikat: string; hasil: string; perilaku: string; cell: string }) =>
      `Predikat ${p.predikat} contradicts the matrix: ratings ${p.hasil} × ${p.perilaku} give ${p.cell}`,
  },
  UNKNOWN_ORG_PREDIKAT: {
    id: (p: { value: string }) =>
      `Predikat kinerja organisasi "${p.value}" tidak dikenal (ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG)`,
    en: (p: { value: string }) =>
      `Unknown organisation predikat "${p.value}" (ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG)`,
  },
  HEADCOUNT_TOO_LARGE: {
    id: (p: { h: number }) => `Jumlah pegawai ${p.h} terlalu besar untuk aritmetika bilangan bulat`,
    en: (p: { h: number }) => `Headcount ${p.h} is too large for exact integer arithmetic`,
  },
  RULE_VIOLATED: {
    id: (p: { rule: string; detailId: string; detailEn: string }) =>
      `Pola distribusi tidak terpenuhi (${p.rule}): ${p.detailId}`,
    en: (p: { rule: string; detailId: string; detailEn: string }) =>
      `Distribution guidance not met (${p.rule}): ${p.detailEn}`,
  },
  GUIDANCE_INFEASIBLE: {
    id: (p: { h: number }) =>
      `Tidak ada sebaran predikat untuk ${p.h} pegawai yang memenuhi semua aturan pola distribusi (dengan bacaan yang berlaku)`,
    en: (p: { h: number }) =>
      `No distribution of ${p.h} employees meets every guidance rule (under the readings in force)`,
  },
  MATRIX_BINDS: {
    id: (p: { rules: string }) =>
      `Pola distribusi tidak dapat dipenuhi tanpa melanggar matriks predikat (aturan: ${p.rules}); tidak ada perubahan yang dipaksakan`,
    en: (p: { rules: string }) =>
      `The guidance cannot be met without breaking the predikat matrix (rules: ${p.rules}); no change is forced`,
  },
  NOT_LAMINAR: {
    id: () =>
      'Kelompok predikat pada pedoman saling tumpang tindih sebagian; usulan kalibrasi hanya mendukung kelompok yang terpisah atau bersarang',
    en: () =>
      'Guideline groups partly overlap; calibration proposals support only disjoint or nested groups',
  },
  TOO_MANY_MODAL: {
    id: () => 'Usulan kalibrasi mendukung paling banyak satu aturan "sebagian besar" (modus)',
    en: () => 'Calibration proposals support at most one "sebagian besar" (modal) rule',
  },
  INVALID_GUIDELINE: {
    id: (p: { reason: string }) => `Pedoman distribusi tidak valid: ${p.reason}`,
    en: (p: { reason: string }) => `Invalid distribution guideline: ${p.reason}`,
  },
  INVALID_WEIGHTS: {
    id: (p: { reason: string }) => `Bobot pembagian tidak valid: ${p.reason}`,
    en: (p: { reason: string }) => `Invalid apportionment weights: ${p.reason}`,
  },
  INVALID_SEATS: {
    id: (p: { value: string }) =>
      `Jumlah kursi/pegawai harus bilangan bulat ≥ 0 (diterima ${p.value})`,
    en: (p: { value: string }) =>
      `The number of seats/employees must be an integer ≥ 0 (got ${p.value})`,
  },
  READING_USED: {
    id: (p: { name: string; value: string }) =>
      `Bacaan (bukan kutipan) dipakai: ${p.name} = ${p.value}`,
    en: (p: { name: string; value: string }) =>
      `A reading (not a quotation) was used: ${p.name} = ${p.value}`,
  },
  SMALL_TEAM: {
    id: (p: { h: number; ambang: number; perlakuan: string }) =>
      `Tim kecil (${p.h} < ${p.ambang} pegawai): perlakuan ${p.perlakuan}`,
    en: (p: { h: number; ambang: number; perlakuan: string }) =>
      `Small team (${p.h} < ${p.ambang} employees): treatment ${p.perlakuan}`,
  },
  NO_DIFFERENTIATION: {
    id: (p: { rater: string }) =>
      `Penilai ${p.rater} memberi nilai yang sama kepada semua pegawai (tidak ada pembedaan); z = 0`,
    en: (p: { rater: string }) =>
      `Rater ${p.rater} gave every ratee the same score (no differentiation); z = 0`,
  },
  NOT_CONNECTED: {
    id: (p: { components: number }) =>
      `Jejaring penilai–pegawai terpecah menjadi ${p.components} komponen; tingkat keketatan penilai hanya dapat dibandingkan di dalam satu komponen`,
    en: (p: { components: number }) =>
      `The rater–ratee network splits into ${p.components} components; rater severities are only comparable within a component`,
  },
  NOT_CONVERGED: {
    id: (p: { iterations: number }) =>
      `Backfitting belum konvergen setelah ${p.iterations} iterasi`,
    en: (p: { iterations: number }) =>
      `Backfitting did not converge after ${p.iterations} iterations`,
  },
  TOO_FEW_GROUPS: {
    id: () => 'Penyusutan memerlukan minimal dua penilai dan lebih banyak nilai daripada penilai',
    en: () => 'Shrinkage needs at least two raters and more ratings than raters',
  },
  SESSION_LOCKED: {
    id: (p: { sessionId: string }) =>
      `Sesi kalibrasi ${p.sessionId} sudah final dan terkunci; perubahan ditolak`,
    en: (p: { sessionId: string }) =>
      `Calibration session ${p.sessionId} is finalized and locked; the change is rejected`,
  },
  SESSION_STATE: {
    id: (p: { from: string; to: string }) =>
      `Perpindahan status sesi ${p.from} → ${p.to} tidak diizinkan`,
    en: (p: { from: string; to: string }) =>
      `Session transition ${p.from} → ${p.to} is not allowed`,
  },
  JUSTIFICATION_REQUIRED: {
    id: () =>
      'Perubahan predikat memerlukan alasan: isi salah satu dari authorizedBy, reasonCode, atau comment',
    en: () => 'A predikat change needs a justification: give authorizedBy, reasonCode or comment',
  },
  UNKNOWN_SUBJECT: {
    id: (p: { nip: string }) => `Pegawai ${p.nip} tidak ada dalam sesi kalibrasi`,
    en: (p: { nip: string }) => `Employee ${p.nip} is not part of the calibration session`,
  },
  STALE_FROM: {
    id: (p: { nip: string; expected: string; got: string }) =>
      `Nilai asal perubahan untuk ${p.nip} adalah ${p.got}, padahal nilai saat ini ${p.expected}`,
    en: (p: { nip: string; expected: string; got: string }) =>
      `The change for ${p.nip} starts from ${p.got}, but the current value is ${p.expected}`,
  },
  VERSION_CONFLICT: {
    id: (p: { expected: number; got: number }) =>
      `Versi peristiwa ${p.got} tidak berurutan (seharusnya ${p.expected})`,
    en: (p: { expected: number; got: number }) =>
      `Event version ${p.got} is out of sequence (expected ${p.expected})`,
  },
  WRONG_SESSION: {
    id: (p: { expected: string; got: string }) =>
      `Peristiwa milik sesi ${p.got}, bukan ${p.expected}`,
    en: (p: { expected: string; got: string }) =>
      `The event belongs to session ${p.got}, not ${p.expected}`,
  },
  FINALIZE_BLOCKED: {
    id: () => 'Finalisasi ditolak: pola distribusi wajib (blocking) tidak terpenuhi',
    en: () => 'Finalisation rejected: the blocking distribution guidance is not met',
  },
  ELEMENT_VALUE: {
    id: (p: { element: string; value: string }) =>
      `Nilai ${p.value} bukan nilai yang sah untuk ${p.element}`,
    en: (p: { element: string; value: string }) => `${p.value} is not a valid ${p.element} value`,
  },
  CALIBRATED_MISMATCH: {
    id: (p: { nip: string; got: string; expected: string }) =>
      `Predikat ${p.nip} pada hasil penilaian (${p.got}) berbeda dengan predikat hasil kalibrasi (${p.expected})`,
    en: (p: { nip: string; got: string; expected: string }) =>
      `The appraisal predikat of ${p.nip} (${p.got}) differs from the calibrated predikat (${p.expected})`,
  },
  MISSING_RESULT: {
    id: (p: { nip: string }) => `Tidak ada hasil penilaian untuk ${p.nip} yang dikalibrasi`,
    en: (p: { nip: string }) => `No appraisal result for calibrated employee ${p.nip}`,
  },
  UNKNOWN_UNIT: {
    id: (p: { unit: string }) => `Unit ${p.unit} tidak dikenal`,
    en: (p: { unit: string }) => `Unknown unit ${p.unit}`,
  },
  UNIT_CYCLE: {
    id: (p: { unit: string }) => `Struktur organisasi melingkar pada unit ${p.unit}`,
    en: (p: { unit: string }) => `The organisation tree has a cycle at unit ${p.unit}`,
  },
  DUPLICATE_UNIT: {
    id: (p: { unit: string }) => `Unit ${p.unit} didefinisikan lebih dari sekali`,
    en: (p: { unit: string }) => `Unit ${p.unit} is defined more than once`,
  },
  HEAD_RATING_MISMATCH: {
    id: (p: { nip: string; expected: string; got: string }) =>
      `Rating hasil kerja pimpinan unit ${p.nip} seharusnya ${p.expected} (dari predikat organisasi), bukan ${p.got}`,
    en: (p: { nip: string; expected: string; got: string }) =>
      `The head of unit ${p.nip} should have rating hasil kerja ${p.expected} (from the organisation predikat), not ${p.got}`,
  },
});
