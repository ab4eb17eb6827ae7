import { decimalCalculator as c, type EvaluationResult, type Text } from '@kinerja/core';
import type { AuditReport, Disagreement } from '../shared/audit.js';
import { recordsOf } from '../shared/keys.js';
import { ADAPTER_MESSAGES as M } from '../shared/messages.js';
import { Ledger, type ParseResult } from '../shared/result.js';
import { RowContext } from '../shared/row.js';
import type { NumberOptions } from '../shared/values.js';
import type { SkpPp46Number, SkpPp46Text } from '../siasn/skpPp46.js';

/**
 * A row of the SAPK export of the legacy e-SKP (`PNSDINILAI_ORANG_ID, TAHUN, NILAI_SKP,
 * ORIENTASI_PELAYANAN, …`), in the same shape as a SIASN `rw-skp` record so that
 * `recheckSkpPp46` applies to it too.
 */
export interface SapkRecord {
  readonly row: number;
  readonly tahun: number;
  /** `PNSDINILAI_ORANG_ID`. */
  readonly orangId?: string;
  /** `PNS_NIPBARU` / `NIP` when the export carries it. */
  readonly nip?: string;
  readonly nilai: Readonly<Partial<Record<SkpPp46Number, string>>>;
  readonly teks: Readonly<Partial<Record<SkpPp46Text, string>>>;
  /** `JENIS_JABATAN`: 1 JST, 2 JFT, 3 other, 4 JFU. */
  readonly jenisJabatan?: string;
  readonly extra: Readonly<Record<string, unknown>>;
}

const NUMBERS: readonly [SkpPp46Number, string][] = [
  ['nilaiSkp', 'NILAI_SKP'],
  ['orientasiPelayanan', 'ORIENTASI_PELAYANAN'],
  ['integritas', 'INTEGRITAS'],
  ['komitmen', 'KOMITMEN'],
  ['disiplin', 'DISIPLIN'],
  ['kerjasama', 'KERJASAMA'],
  ['kepemimpinan', 'KEPEMIMPINAN'],
];

const TEXTS: readonly [SkpPp46Text, string][] = [
  ['pejabatPenilai', 'PEJABATPENILAI_ORANG_ID'],
  ['atasanPejabatPenilai', 'ATASANPEJABATPENILAI_ORANG_ID'],
  ['penilaiNama', 'PENILAI_NAMA'],
  ['penilaiNipNrp', 'PENILAI_NIP_NRP'],
  ['penilaiGolongan', 'PENILAI_GOLONGAN'],
  ['penilaiJabatan', 'PENILAI_JABATAN'],
  ['penilaiUnorNama', 'PENILAI_UNOR_NAMA'],
  ['penilaiTmtGolongan', 'PENILAI_TMT_GOLONGAN'],
  ['statusPenilai', 'STATUS_PENILAI'],
  ['atasanPenilaiNama', 'ATASAN_PENILAI_NAMA'],
  ['atasanPenilaiNipNrp', 'ATASAN_PENILAI_NIP_NRP'],
  ['atasanPenilaiGolongan', 'ATASAN_PENILAI_GOLONGAN'],
  ['atasanPenilaiJabatan', 'ATASAN_PENILAI_JABATAN'],
  ['atasanPenilaiUnorNama', 'ATASAN_PENILAI_UNOR_NAMA'],
  ['atasanPenilaiTmtGolongan', 'ATASAN_PENILAI_TMT_GOLONGAN'],
  ['statusAtasanPenilai', 'STATUS_ATASAN_PENILAI'],
];

/**
 * Reads SAPK export rows (objects keyed by the export's column names, any casing — e.g. from
 * `csvObjects` — or a JSON array).
 *
 * @example
 * ```ts
 * readSapk([{ PNSDINILAI_ORANG_ID: 'A1', TAHUN: 2019, NILAI_SKP: '88.67', ORIENTASI_PELAYANAN: 80 }]).records[0].nilai.nilaiSkp; // '88.67'
 * ```
 */
export function readSapk(payload: unknown, opts: NumberOptions = {}): ParseResult<SapkRecord> {
  const list = recordsOf(payload);
  if (!list.ok) {
    const l = new Ledger<SapkRecord>(1);
    l.reject(1, [], 'PAYLOAD_INVALID', { reason: list.reason });
    return l.finish();
  }
  const ledger = new Ledger<SapkRecord>(list.items.length);
  list.items.forEach((item, i) => {
    const row = i + 1;
    const rc = RowContext.open(ledger, row, item, { dashIsEmpty: true });
    if (!rc) return;
    const tahun = rc.integer(['TAHUN'], true);
    const orangId = rc.text(['PNSDINILAI_ORANG_ID']);
    const nip = rc.nip(['PNS_NIPBARU', 'NIP', 'NIP_BARU']);
    const nilai: Partial<Record<SkpPp46Number, string>> = {};
    for (const [k, col] of NUMBERS) {
      const v = rc.decimal([col], false, opts);
      if (v !== undefined) nilai[k] = v;
    }
    const teks: Partial<Record<SkpPp46Text, string>> = {};
    for (const [k, col] of TEXTS) {
      const v = rc.text([col]);
      if (v !== undefined) teks[k] = v;
    }
    const jenisJabatan = rc.text(['JENIS_JABATAN']);
    if (rc.rejected || tahun === undefined) return;
    ledger.accept({
      row,
      tahun,
      ...(orangId !== undefined ? { orangId } : {}),
      ...(nip !== undefined ? { nip } : {}),
      nilai,
      teks,
      ...(jenisJabatan !== undefined ? { jenisJabatan } : {}),
      extra: rc.extra(),
    });
  });
  return ledger.finish();
}

/** A recomputed year to compare with SAPK. */
export interface RecomputedYear {
  readonly nip: string;
  readonly tahun: number;
  readonly result: EvaluationResult;
}

/**
 * Compares recomputed PP 46 years (`evaluate` on {@link readOpmt}'s appraisals) with what SAPK
 * stored: `NILAI_SKP` against the recomputed nilai SKP (both at the result's 2 decimals). Rows are
 * matched by NIP (the row's own, or `nipByOrangId` for `PNSDINILAI_ORANG_ID`) and year; a SAPK
 * row without a recomputed year, or a recomputation that failed, is "not checkable".
 *
 * @example
 * ```ts
 * const years = readOpmt(tables).records.map((s) => ({ nip: s.appraisal.pegawai.nip, tahun: s.tahun, result: evaluate(s.appraisal) }));
 * compareWithSapk(years, readSapk(rows).records, { nipByOrangId }).disagreements;
 * ```
 */
export function compareWithSapk(
  years: readonly RecomputedYear[],
  sapk: readonly SapkRecord[],
  opts: { nipByOrangId?: ReadonlyMap<string, string> } = {},
): AuditReport {
  const byKey = new Map(years.map((y) => [`${y.nip}|${y.tahun}`, y]));
  const disagreements: Disagreement[] = [];
  const notCheckable: { row: number; nip?: string; message: Text }[] = [];
  let agreed = 0;
  for (const s of sapk) {
    const nip = s.nip ?? (s.orangId !== undefined ? opts.nipByOrangId?.get(s.orangId) : undefined);
    if (nip === undefined) {
      notCheckable.push({
        row: s.row,
        message: M.text('AUDIT_NOT_CHECKABLE', { field: 'PNS_NIPBARU' }),
      });
      continue;
    }
    const y = byKey.get(`${nip}|${s.tahun}`);
    const stored = s.nilai.nilaiSkp;
    const derived = y?.result.ok ? y.result.nilai?.skp : undefined;
    if (stored === undefined || derived === undefined) {
      notCheckable.push({
        row: s.row,
        nip,
        message: M.text('AUDIT_NOT_CHECKABLE', {
          field: stored === undefined ? 'NILAI_SKP' : 'recomputed nilai SKP',
        }),
      });
      continue;
    }
    const dp = (derived.split('.')[1] ?? '').length;
    const same = c.cmp(c.round(c.from(stored), dp, 'HALF_UP'), c.from(derived)) === 0;
    if (same) {
      agreed++;
      continue;
    }
    disagreements.push({
      row: s.row,
      nip,
      code: 'AUDIT_VALUE_MISMATCH',
      field: 'NILAI_SKP',
      stored,
      derived,
      message: M.text('AUDIT_VALUE_MISMATCH', { field: 'NILAI_SKP', stored, derived }),
    });
  }
  return {
    checked: sapk.length,
    agreed,
    disagreed: new Set(disagreements.map((d) => d.row)).size,
    disagreements,
    notCheckable,
  };
}
