import {
  type Dec,
  decimalCalculator,
  type MatriksPredikat,
  nilaiPrestasiKerjaPp46,
  type Pp46Ruleset,
  pp46_2011,
} from '@kinerja/core';
import { type AuditReport, auditPredikat, type Disagreement } from '../shared/audit.js';
import { ADAPTER_MESSAGES as M } from '../shared/messages.js';
import type { ParseResult } from '../shared/result.js';
import { auditReport, valueMismatch } from './common.js';
import type { KinerjaPeriodikRecord } from './kinerjaPeriodik.js';
import type { Skp22Record } from './skp22.js';
import type { SkpPp46Number, SkpPp46Record } from './skpPp46.js';

/**
 * Audit mode for SIASN: re-derives the kuadran (`kuadranKinerjaNilai`) of every SKP 2022+ or
 * periodic record from its two rating codes with the PermenPANRB 6/2022 matrix (or an agency's
 * matrix) and reports every disagreement.
 *
 * @example
 * ```ts
 * const report = recheckSiasn(readSkp22(json));
 * report.disagreements; // e.g. kuadran 3 (Butuh Perbaikan) for Di Atas × Di Bawah, where the matrix gives Kurang
 * ```
 */
export function recheckSiasn(
  parsed: ParseResult<Skp22Record> | ParseResult<KinerjaPeriodikRecord>,
  matrix?: MatriksPredikat,
): AuditReport {
  const rows = (parsed.records as readonly (Skp22Record | KinerjaPeriodikRecord)[]).map((r) => ({
    row: r.row,
    ...(r.nip !== undefined ? { nip: r.nip } : {}),
    ...(r.ratingHasilKerja ? { ratingHasilKerja: r.ratingHasilKerja } : {}),
    ...(r.ratingPerilaku ? { ratingPerilaku: r.ratingPerilaku } : {}),
    ...(r.predikat ? { predikat: r.predikat } : {}),
  }));
  return auditPredikat(rows, matrix, 'kuadranKinerjaNilai');
}

/** Options of {@link recheckSkpPp46}. */
export interface RecheckPp46Options {
  /** The PP 46 ruleset (default the national `pp46-2011`): its weights and rounding are used. */
  readonly ruleset?: Pp46Ruleset;
}

/**
 * Audit mode for stored PP 46/2011 SKP records (`rw-skp`, SAPK): recomputes, with exact decimal
 * arithmetic and the ruleset's weights and rounding, `jumlah` (sum of the aspects),
 * `nilaiPerilakuKerja` (their mean; 6 aspects with kepemimpinan, else 5 — a kepemimpinan of 0
 * is read as "not assessed", as SAPK stores it for non-structural posts) and
 * `nilaiPrestasiKerja` (`bobot SKP × nilai SKP + bobot perilaku × nilai perilaku`, 60/40), and
 * reports every value that differs from the stored one after rounding.
 *
 * @example
 * ```ts
 * recheckSkpPp46(readSkpPp46(json)).disagreements; // e.g. nilaiPrestasiKerja stored 85.00, recomputed 85.20
 * ```
 */
export function recheckSkpPp46(
  parsed: ParseResult<SkpPp46Record>,
  opts: RecheckPp46Options = {},
): AuditReport {
  const rs = opts.ruleset ?? pp46_2011;
  const c = decimalCalculator;
  const { dp, mode } = rs.rounding.value;
  const fmt = (x: Dec) => c.toFixed(c.round(x, dp, mode), dp);
  const same = (stored: string, derived: Dec) =>
    c.cmp(c.round(c.from(stored), dp, mode), c.round(derived, dp, mode)) === 0;
  const disagreements: Disagreement[] = [];
  const notCheckable: AuditReport['notCheckable'][number][] = [];
  let agreed = 0;
  for (const r of parsed.records) {
    const n = r.nilai;
    const aspekFields = [
      'orientasiPelayanan',
      'integritas',
      'komitmen',
      'disiplin',
      'kerjasama',
    ] as const;
    const aspek = aspekFields.map((k) => n[k]);
    const missing = aspekFields.find((k) => n[k] === undefined);
    if (missing !== undefined) {
      notCheckable.push({ row: r.row, message: M.text('AUDIT_NOT_CHECKABLE', { field: missing }) });
      continue;
    }
    const values = [
      ...(aspek as string[]),
      ...(n.kepemimpinan !== undefined && !c.isZero(c.from(n.kepemimpinan))
        ? [n.kepemimpinan]
        : []),
    ].map((v) => c.from(v));
    const jumlah = values.reduce((a, b) => c.add(a, b), c.from(0));
    const perilaku = c.div(jumlah, c.from(values.length));
    const found: Disagreement[] = [];
    const check = (field: SkpPp46Number, derived: Dec) => {
      const stored = n[field];
      if (stored === undefined || same(stored, derived)) return;
      found.push(valueMismatch(r.row, undefined, field, stored, fmt(derived)));
    };
    check('jumlah', jumlah);
    check('nilaiPerilakuKerja', perilaku);
    if (n.nilaiSkp !== undefined) {
      const storedPerilaku =
        n.nilaiPerilakuKerja !== undefined ? c.from(n.nilaiPerilakuKerja) : perilaku;
      check(
        'nilaiPrestasiKerja',
        nilaiPrestasiKerjaPp46(c, c.from(n.nilaiSkp), storedPerilaku, rs.params),
      );
    }
    if (found.length === 0) agreed++;
    disagreements.push(...found);
  }
  return auditReport(parsed.records.length, agreed, disagreements, notCheckable);
}
