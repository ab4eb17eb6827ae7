import { defineMessages } from '../issues/issue.js';

export const EVAL_MESSAGES = defineMessages({
  NO_RULESET: {
    id: (p: { date: string }) =>
      `Tidak ada ruleset yang berlaku pada ${p.date}; berikan ruleset secara eksplisit`,
    en: (p: { date: string }) => `No ruleset is in force on ${p.date}; pass a ruleset explicitly`,
  },
  UNKNOWN_RULESET: {
    id: (p: { id: string }) => `Ruleset "${p.id}" tidak dikenal`,
    en: (p: { id: string }) => `Unknown ruleset "${p.id}"`,
  },
  RULESET_NOT_IN_FORCE: {
    id: (p: { id: string; date: string }) =>
      `Ruleset ${p.id} tidak berlaku pada ${p.date}, tetapi dipilih secara eksplisit`,
    en: (p: { id: string; date: string }) =>
      `Ruleset ${p.id} is not in force on ${p.date} but was chosen explicitly`,
  },
  PPPK_NOT_COVERED: {
    id: (p: { id: string }) =>
      `Ruleset ${p.id} hanya berlaku untuk PNS; PPPK dinilai dengan PermenPANRB 6/2022`,
    en: (p: { id: string }) =>
      `Ruleset ${p.id} applies to PNS only; PPPK are appraised under PermenPANRB 6/2022`,
  },
  INDICATOR_TYPE_UNAVAILABLE: {
    id: (p: { id: string }) => `Implementasi jenis indikator "${p.id}" tidak tersedia`,
    en: (p: { id: string }) => `Indicator type "${p.id}" has no implementation`,
  },
  FORBIDDEN_KEY: {
    id: (p: { key: string }) => `Kunci "${p.key}" tidak diizinkan (pencemaran prototipe)`,
    en: (p: { key: string }) => `Key "${p.key}" is not allowed (prototype pollution)`,
  },
  NOT_AN_OBJECT: {
    id: () => 'Data penilaian harus berupa objek JSON',
    en: () => 'An appraisal must be a JSON object',
  },
  UNCERTAIN_READING: {
    id: (p: { name: string; value: string; isDefault: boolean }) =>
      `Parameter "${p.name}" = ${p.value} adalah tafsiran (status UNCERTAIN), bukan kutipan peraturan${p.isDefault ? '; nilai bawaan Kinerja dipakai' : '; nilai ditetapkan instansi'}`,
    en: (p: { name: string; value: string; isDefault: boolean }) =>
      `Parameter "${p.name}" = ${p.value} is a reading (status UNCERTAIN), not a quotation of the regulation${p.isDefault ? '; the Kinerja default was used' : '; the value was set by the agency'}`,
  },
});
