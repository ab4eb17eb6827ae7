import type { Text } from '../i18n/text.js';
import { defineMessages } from '../issues/issue.js';

/**
 * Where the value of a configurable reading comes from:
 * - `KINERJA`: a parameter of a national ruleset, the value Kinerja ships;
 * - `AGENCY`: a parameter an agency ruleset overrides (`overriddenBy`);
 * - `TYPE_DEFAULT`: the default reading of one of Kinerja's built-in indicator types;
 * - `TYPE`: the reading of an indicator type an agency (or the caller) registered;
 * - `UNKNOWN`: a name that is neither (an indicator type reporting under another id).
 */
export type ReadingSource = { readonly name: string; readonly value: string } & (
  | { readonly kind: 'KINERJA' }
  | { readonly kind: 'AGENCY'; readonly agency: string; readonly ruleset: string }
  | { readonly kind: 'TYPE_DEFAULT'; readonly typeId: string; readonly label: Text }
  | {
      readonly kind: 'TYPE';
      readonly typeId: string;
      readonly label: Text;
      /** The agency ruleset that registered the type (absent: passed to `evaluate` directly). */
      readonly agency?: { readonly name: string; readonly ruleset: string };
    }
  | { readonly kind: 'UNKNOWN' }
);

function sumber(p: ReadingSource, l: 'id' | 'en'): string {
  const id = l === 'id';
  switch (p.kind) {
    case 'KINERJA':
      return id ? 'nilai bawaan Kinerja dipakai' : 'the Kinerja default was used';
    case 'AGENCY':
      return id
        ? `nilai ditetapkan oleh ${p.agency} dalam ruleset ${p.ruleset}`
        : `the value was set by ${p.agency} in ruleset ${p.ruleset}`;
    case 'TYPE_DEFAULT':
      return id
        ? `nilai bawaan Kinerja untuk jenis indikator bawaan "${p.label.id}" (${p.typeId}) dipakai`
        : `the Kinerja default of the built-in indicator type "${p.label.en}" (${p.typeId}) was used`;
    case 'TYPE': {
      const a = p.agency;
      return id
        ? `nilai ditetapkan oleh jenis indikator "${p.label.id}" (${p.typeId})${a ? ` dari ${a.name} (ruleset ${a.ruleset})` : ''}`
        : `the value was set by the indicator type "${p.label.en}" (${p.typeId})${a ? ` of ${a.name} (ruleset ${a.ruleset})` : ''}`;
    }
    case 'UNKNOWN':
      return id
        ? 'sumbernya bukan parameter ruleset maupun jenis indikator yang terdaftar (lihat jejak)'
        : 'its source is neither a ruleset parameter nor a registered indicator type (see the trace)';
  }
}

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
    id: (p: ReadingSource) =>
      `Parameter "${p.name}" = ${p.value} adalah tafsiran (status UNCERTAIN), bukan kutipan peraturan; ${sumber(p, 'id')}`,
    en: (p: ReadingSource) =>
      `Parameter "${p.name}" = ${p.value} is a reading (status UNCERTAIN), not a quotation of the regulation; ${sumber(p, 'en')}`,
  },
});
