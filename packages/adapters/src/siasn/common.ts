import type { PredikatPegawai, Rating } from '@kinerja/core';
import type { AuditReport, Disagreement } from '../shared/audit.js';
import { readPredikat, readRating } from '../shared/labels.js';
import { ADAPTER_MESSAGES as M } from '../shared/messages.js';
import { Ledger, type ParseResult } from '../shared/result.js';
import { type RowContext, SAME_PREDIKAT, SAME_RATING } from '../shared/row.js';
import { readDecimal, readText } from '../shared/values.js';

/** The pejabat penilai as SIASN records it (NIP or NRP, so not validated as a NIP). */
export interface SiasnPenilai {
  readonly nama?: string;
  readonly nipNrp?: string;
  readonly golongan?: string;
  readonly jabatan?: string;
  readonly unorNama?: string;
}

/**
 * Reads the penilai fields in their POST and GET spellings.
 *
 * @example
 * ```ts
 * readPenilai(rc); // { nama: 'Budi', nipNrp: '1970…' } from namaPenilai/nipNrpPenilai or penilaiNama/penilaiNipNrp
 * ```
 */
export function readPenilai(rc: RowContext): SiasnPenilai {
  const nama = rc.text(['penilaiNama', 'namaPenilai']);
  const nipNrp = rc.text(['penilaiNipNrp', 'nipNrpPenilai']);
  const golongan = rc.text(['penilaiGolongan', 'penilaiGolonganId']);
  const jabatan = rc.text(['penilaiJabatan', 'penilaiJabatanNama', 'penilaiJabatanNm']);
  const unorNama = rc.text(['penilaiUnorNama', 'penilaiUnorNm']);
  return {
    ...(nama !== undefined ? { nama } : {}),
    ...(nipNrp !== undefined ? { nipNrp } : {}),
    ...(golongan !== undefined ? { golongan } : {}),
    ...(jabatan !== undefined ? { jabatan } : {}),
    ...(unorNama !== undefined ? { unorNama } : {}),
  };
}

/**
 * Reads a value given as a numeric code and/or a label (GET responses carry both, e.g.
 * `hasilKinerjaNilai: 1` and `hasilKinerja: "DIATAS ESPEKTASI"`). The code wins; a label that
 * disagrees is reported.
 *
 * @example
 * ```ts
 * codeAndLabel<Rating>(rc, 'rating', ['hasilKinerjaNilai'], ['hasilKinerja']); // 'DI_ATAS_EKSPEKTASI'
 * ```
 */
export function codeAndLabel<C extends string>(
  rc: RowContext,
  kind: 'rating' | 'predikat',
  codeNames: string[],
  labelNames: string[],
): C | undefined {
  // Names of one field that hold the same label in two spellings (`BAIK`, `Baik`) agree.
  const same = kind === 'rating' ? SAME_RATING : SAME_PREDIKAT;
  const codeRaw = rc.raw(codeNames, same);
  const fromCode = codeRaw
    ? ((kind === 'rating' ? rc.rating(codeNames) : rc.predikat(codeNames)) as C | undefined)
    : undefined;
  const labelRaw = rc.raw(labelNames, same);
  if (!labelRaw) return fromCode;
  const read = kind === 'rating' ? readRating(labelRaw.value) : readPredikat(labelRaw.value);
  if (!codeRaw) {
    return (kind === 'rating' ? rc.rating(labelNames) : rc.predikat(labelNames)) as C | undefined;
  }
  if (fromCode !== undefined && (!read.ok || read.code !== fromCode)) {
    rc.ledger.decide('LABEL_CODE_MISMATCH', rc.row, {
      field: codeRaw.key,
      label: readText(labelRaw.value) ?? '',
      code: String(codeRaw.value),
    });
  }
  return fromCode;
}

export type { PredikatPegawai, Rating };

/**
 * Reads a SIASN number that may be stored as text with a decimal comma (`"85,5"`, as entered
 * in Indonesian locales) or a decimal point (`"85.5"`, `85.5`). A comma reading is reported
 * once per field as a `DECIMAL_COMMA` decision; anything else unreadable is rejected.
 *
 * @example
 * ```ts
 * siasnDecimal(rc, ['kesetiaan']); // '85.5' from "85,5" (decision DECIMAL_COMMA) or from 85.5
 * ```
 */
export function siasnDecimal(
  rc: RowContext,
  names: readonly string[],
  required = false,
): string | undefined {
  const r = rc.raw(names);
  if (r && typeof r.value === 'string' && r.value.includes(',')) {
    const x = readDecimal(r.value, { decimalComma: true });
    if (!x.ok) {
      rc.ledger.reject(rc.row, [r.key], x.code, x.params as never, r.value);
      return undefined;
    }
    rc.ledger.decide('DECIMAL_COMMA', rc.row, { field: r.key });
    return x.value;
  }
  return rc.decimal(names, required);
}

/**
 * A stored value that differs from the value recomputed by an audit (`AUDIT_VALUE_MISMATCH`,
 * with its bilingual message).
 *
 * @example
 * ```ts
 * valueMismatch(3, undefined, 'jumlah', '587', '586').message.en; // 'jumlah stored as 587, recomputed as 586'
 * ```
 */
export function valueMismatch(
  row: number,
  nip: string | undefined,
  field: string,
  stored: string,
  derived: string,
): Disagreement {
  return {
    row,
    ...(nip !== undefined ? { nip } : {}),
    code: 'AUDIT_VALUE_MISMATCH',
    field,
    stored,
    derived,
    message: M.text('AUDIT_VALUE_MISMATCH', { field, stored, derived }),
  };
}

/**
 * Assembles an audit report from its parts; `disagreed` counts rows (a row may disagree on
 * several fields), so `checked = agreed + disagreed + notCheckable.length`.
 *
 * @example
 * ```ts
 * auditReport(2, 1, [valueMismatch(2, undefined, 'jumlah', '1', '2')], []).disagreed; // 1
 * ```
 */
export function auditReport(
  checked: number,
  agreed: number,
  disagreements: readonly Disagreement[],
  notCheckable: AuditReport['notCheckable'],
): AuditReport {
  return {
    checked,
    agreed,
    disagreed: new Set(disagreements.map((d) => d.row)).size,
    disagreements,
    notCheckable,
  };
}

/**
 * The result for a payload that is not a list of records (not JSON, a bare number…): one
 * rejected row, so the counts still reconcile.
 *
 * @example
 * ```ts
 * invalidPayload('Unexpected end of JSON input').counts; // { input: 1, accepted: 0, rejected: 1, excluded: 0 }
 * ```
 */
export function invalidPayload<R extends { readonly row: number }>(reason: string): ParseResult<R> {
  const l = new Ledger<R>(1);
  l.reject(1, [], 'PAYLOAD_INVALID', { reason });
  return l.finish();
}
