import {
  type MatriksPredikat,
  type PredikatPegawai,
  permenpanrb_6_2022,
  type Rating,
  safePredikatFromRatings,
  type Text,
} from '@kinerja/core';
import { ADAPTER_MESSAGES as M } from './messages.js';

/** One disagreement between a stored value and the value re-derived with the ruleset. */
export interface Disagreement {
  readonly row: number;
  readonly nip?: string;
  readonly code: 'AUDIT_PREDIKAT_MISMATCH' | 'AUDIT_VALUE_MISMATCH';
  /** The field that disagrees (e.g. `kuadranKinerjaNilai`, `nilaiPrestasiKerja`). */
  readonly field: string;
  readonly stored: string;
  readonly derived: string;
  readonly message: Text;
}

/**
 * Result of an audit (`recheck*`): every record is agreed, disagrees, or could not be
 * checked; `checked = agreed + disagreed + notCheckable.length` where `disagreed` counts rows.
 */
export interface AuditReport {
  readonly checked: number;
  readonly agreed: number;
  readonly disagreed: number;
  readonly disagreements: readonly Disagreement[];
  readonly notCheckable: readonly {
    readonly row: number;
    readonly nip?: string;
    readonly message: Text;
  }[];
}

/** What the predikat audit needs from a stored record. */
export interface StoredPredikat {
  readonly row: number;
  readonly nip?: string;
  readonly ratingHasilKerja?: Rating;
  readonly ratingPerilaku?: Rating;
  readonly predikat?: PredikatPegawai;
}

/**
 * Re-derives the predikat of stored PermenPANRB 6/2022 records from their two ratings with
 * the ruleset's matrix (default: the national one) and reports every disagreement, e.g. a
 * SIASN kuadran that contradicts the matrix.
 *
 * @example
 * ```ts
 * auditPredikat([{ row: 1, ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_BAWAH_EKSPEKTASI', predikat: 'BUTUH_PERBAIKAN' }])
 *   .disagreements[0].derived; // 'KURANG'
 * ```
 */
export function auditPredikat(
  records: readonly StoredPredikat[],
  matrix: MatriksPredikat = permenpanrb_6_2022.params.matriks.value,
  field = 'predikat',
): AuditReport {
  const disagreements: Disagreement[] = [];
  const notCheckable: { row: number; nip?: string; message: Text }[] = [];
  let agreed = 0;
  for (const r of records) {
    const nip = r.nip !== undefined ? { nip: r.nip } : {};
    const missing =
      r.ratingHasilKerja === undefined
        ? 'ratingHasilKerja'
        : r.ratingPerilaku === undefined
          ? 'ratingPerilaku'
          : r.predikat === undefined
            ? field
            : undefined;
    if (missing !== undefined || !r.ratingHasilKerja || !r.ratingPerilaku || !r.predikat) {
      notCheckable.push({
        row: r.row,
        ...nip,
        message: M.text('AUDIT_NOT_CHECKABLE', { field: missing ?? field }),
      });
      continue;
    }
    const d = safePredikatFromRatings(r.ratingHasilKerja, r.ratingPerilaku, matrix);
    if (!d.ok) {
      notCheckable.push({
        row: r.row,
        ...nip,
        message: d.issues[0]?.message ?? M.text('AUDIT_NOT_CHECKABLE', { field }),
      });
      continue;
    }
    if (d.predikat === r.predikat) {
      agreed++;
      continue;
    }
    disagreements.push({
      row: r.row,
      ...nip,
      code: 'AUDIT_PREDIKAT_MISMATCH',
      field,
      stored: r.predikat,
      derived: d.predikat,
      message: M.text('AUDIT_PREDIKAT_MISMATCH', {
        stored: r.predikat,
        derived: d.predikat,
        hasil: r.ratingHasilKerja,
        perilaku: r.ratingPerilaku,
      }),
    });
  }
  return {
    checked: records.length,
    agreed,
    disagreed: new Set(disagreements.map((d) => d.row)).size,
    disagreements,
    notCheckable,
  };
}
