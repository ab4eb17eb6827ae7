import { decimalCalculator, type RoundingMode } from '@kinerja/core';
import type { AuditReport, Disagreement } from '../shared/audit.js';
import { recordsOf } from '../shared/keys.js';
import { ADAPTER_MESSAGES as M } from '../shared/messages.js';
import { Ledger, type ParseResult } from '../shared/result.js';
import { RowContext } from '../shared/row.js';
import { auditReport, invalidPayload, siasnDecimal, valueMismatch } from './common.js';
import type { SiasnReadOptions } from './skp22.js';

/**
 * The unsur (aspects) of the PP 10/1979 DP3 as `rw-dp3` stores them, in the order of the form.
 * `kepemimpinan` is only assessed for PNS who lead; SIASN then stores it empty or 0.
 *
 * @example
 * ```ts
 * DP3_UNSUR.length; // 8
 * ```
 */
export const DP3_UNSUR = [
  'kesetiaan',
  'prestasiKerja',
  'tanggungJawab',
  'ketaatan',
  'kejujuran',
  'kerjasama',
  'prakarsa',
  'kepemimpinan',
] as const;
/** A DP3 unsur. */
export type Dp3Unsur = (typeof DP3_UNSUR)[number];

/**
 * The text fields of `rw-dp3` besides the numbers: the pejabat penilai and the atasan pejabat
 * penilai (ids, names, NIP/NRP, golongan, TMT, jabatan, unor, status, non-PNS flags).
 *
 * @example
 * ```ts
 * DP3_TEXTS.includes('atasanPenilaiNipNrp'); // true
 * ```
 */
export const DP3_TEXTS = [
  'id',
  'pnsId',
  'jenisJabatan',
  'pejabatPenilaiId',
  'penilaiNama',
  'penilaiNipNrp',
  'penilaiGolongan',
  'penilaiTmtGolongan',
  'penilaiJabatan',
  'penilaiUnorNama',
  'penilaiNonPns',
  'statusPenilai',
  'atasanPejabatPenilaiId',
  'atasanPenilaiNama',
  'atasanPenilaiNipNrp',
  'atasanPenilaiGolongan',
  'atasanPenilaiTmtGolongan',
  'atasanPenilaiJabatan',
  'atasanPenilaiUnorNama',
  'atasanNonPns',
  'statusAtasanPenilai',
] as const;
/** A text field of `rw-dp3`. */
export type Dp3Text = (typeof DP3_TEXTS)[number];

/** Other spellings SIASN uses for the same field (GET vs the PP 46 POST names). */
const TEXT_ALIASES: Partial<Record<Dp3Text, string[]>> = {
  pnsId: ['pnsId', 'pns', 'pnsDinilaiId', 'pnsDinilaiOrang'],
  pejabatPenilaiId: ['pejabatPenilaiId', 'pejabatPenilai'],
  atasanPejabatPenilaiId: ['atasanPejabatPenilaiId', 'atasanPejabatPenilai'],
};

/**
 * A PP 10/1979 DP3 record (`GET /pns/rw-dp3/{nip}`): the unsur scores, `jumlah` and
 * `nilairatarata` exactly as stored (canonical decimal strings; nothing recomputed or
 * rounded), the penilai/atasan fields as text. No sebutan (Amat Baik … Kurang) is attached:
 * the spec does not confirm the PP 10/1979 bands, so only the numbers are exposed.
 */
export interface Dp3Record {
  readonly row: number;
  readonly tahun: number;
  readonly nip?: string;
  readonly unsur: Readonly<Partial<Record<Dp3Unsur, string>>>;
  readonly jumlah?: string;
  readonly nilairatarata?: string;
  readonly teks: Readonly<Partial<Record<Dp3Text, string>>>;
  /** Documents (`path[]`); empty when absent. */
  readonly path: readonly unknown[];
  /** Fields this adapter does not map, kept as they came. */
  readonly extra: Readonly<Record<string, unknown>>;
}

/** The DP3 scale: each unsur is scored 0–100. */
const UNSUR_MAX = '100';

/**
 * Reads `rw-dp3` records (PP 10/1979 DP3): the eight unsur (`kesetiaan, prestasiKerja,
 * tanggungJawab, ketaatan, kejujuran, kerjasama, prakarsa, kepemimpinan`), `jumlah`,
 * `nilairatarata` and the penilai/atasan fields. Keys match case-insensitively; numbers may be
 * JSON numbers or text with a decimal point or comma (the comma reading is reported); an unsur
 * outside 0–100 is rejected; unknown fields are kept in `extra`. The stored arithmetic is not
 * judged here: {@link recheckDp3} audits it.
 *
 * @example
 * ```ts
 * const r = readDp3({ data: [{ tahun: '2009', kesetiaan: '91', prestasiKerja: '80,5' }] });
 * r.records[0].unsur.prestasiKerja; // '80.5'
 * ```
 */
export function readDp3(payload: unknown, opts: SiasnReadOptions = {}): ParseResult<Dp3Record> {
  const list = recordsOf(payload);
  if (!list.ok) return invalidPayload(list.reason);
  const c = decimalCalculator;
  const ledger = new Ledger<Dp3Record>(list.items.length);
  list.items.forEach((item, i) => {
    const row = i + 1;
    const rc = RowContext.open(ledger, row, item);
    if (!rc) return;
    const tahun = rc.integer(['tahun'], true);
    const unsur: Partial<Record<Dp3Unsur, string>> = {};
    for (const k of DP3_UNSUR) {
      const v = siasnDecimal(rc, [k]);
      if (v === undefined) continue;
      const x = c.from(v);
      if (c.cmp(x, c.from(0)) < 0 || c.cmp(x, c.from(UNSUR_MAX)) > 0) {
        ledger.reject(
          row,
          [rc.f.key(k) ?? k],
          'NUMBER_OUT_OF_RANGE',
          { field: k, value: v, min: '0', max: UNSUR_MAX },
          v,
        );
        continue;
      }
      unsur[k] = v;
    }
    const jumlah = siasnDecimal(rc, ['jumlah']);
    const nilairatarata = siasnDecimal(rc, ['nilairatarata']);
    const teks: Partial<Record<Dp3Text, string>> = {};
    for (const k of DP3_TEXTS) {
      const v = rc.text(TEXT_ALIASES[k] ?? [k]);
      if (v !== undefined) teks[k] = v;
    }
    const nip = rc.nip(['nip', 'nipBaru']) ?? opts.nip;
    const path = Array.isArray(rc.f.peek('path')) ? (rc.f.get('path') as unknown[]) : [];
    if (rc.rejected || tahun === undefined) return;
    ledger.accept({
      row,
      tahun,
      ...(nip !== undefined ? { nip } : {}),
      unsur,
      ...(jumlah !== undefined ? { jumlah } : {}),
      ...(nilairatarata !== undefined ? { nilairatarata } : {}),
      teks,
      path,
      extra: rc.extra(),
    });
  });
  return ledger.finish();
}

/** Options of {@link recheckDp3}. */
export interface RecheckDp3Options {
  /**
   * Fewest decimals `nilairatarata` is compared at (default 2). The recomputed mean is rounded
   * to `max(minDecimals, decimals of the stored value)` — SIASN stores the mean with varying
   * precision — and compared exactly with the stored value.
   */
  readonly minDecimals?: number;
  /** Rounding of the recomputed mean (default `HALF_UP`). */
  readonly rounding?: RoundingMode;
}

/**
 * Audit of stored DP3 arithmetic, with exact decimal arithmetic (decimal.js):
 * `jumlah` = the sum of the unsur present, compared exactly; `nilairatarata` = `jumlah` / the
 * number of unsur assessed, rounded to the stored precision (see {@link RecheckDp3Options}).
 * Reading (not a confirmed source, hence an audit and never a rejection): a `kepemimpinan` that
 * is absent or 0 is "not assessed" (7 unsur), as SAPK stores it for PNS without subordinates.
 * A record without the seven other unsur is not checkable.
 *
 * @example
 * ```ts
 * recheckDp3(readDp3(json)).disagreements; // e.g. jumlah stored 600, recomputed 601
 * ```
 */
export function recheckDp3(
  parsed: ParseResult<Dp3Record>,
  opts: RecheckDp3Options = {},
): AuditReport {
  const c = decimalCalculator;
  const minDp = opts.minDecimals ?? 2;
  const mode = opts.rounding ?? 'HALF_UP';
  const disagreements: Disagreement[] = [];
  const notCheckable: AuditReport['notCheckable'][number][] = [];
  let agreed = 0;
  for (const r of parsed.records) {
    const nip = r.nip !== undefined ? { nip: r.nip } : {};
    const missing = DP3_UNSUR.find((k) => k !== 'kepemimpinan' && r.unsur[k] === undefined);
    if (missing !== undefined) {
      notCheckable.push({
        row: r.row,
        ...nip,
        message: M.text('AUDIT_NOT_CHECKABLE', { field: missing }),
      });
      continue;
    }
    const values = DP3_UNSUR.flatMap((k) => {
      const v = r.unsur[k];
      if (v === undefined) return [];
      if (k === 'kepemimpinan' && c.isZero(c.from(v))) return [];
      return [c.from(v)];
    });
    const jumlah = values.reduce((a, b) => c.add(a, b), c.from(0));
    const mean = c.div(jumlah, c.from(values.length));
    const found: Disagreement[] = [];
    const push = (field: string, stored: string, derived: string) =>
      found.push(valueMismatch(r.row, r.nip, field, stored, derived));
    if (r.jumlah !== undefined && c.cmp(c.from(r.jumlah), jumlah) !== 0) {
      push('jumlah', r.jumlah, c.toString(jumlah));
    }
    if (r.nilairatarata !== undefined) {
      const dp = Math.max(minDp, (r.nilairatarata.split('.')[1] ?? '').length);
      const derived = c.round(mean, dp, mode);
      if (c.cmp(c.from(r.nilairatarata), derived) !== 0) {
        push('nilairatarata', r.nilairatarata, c.toFixed(derived, dp));
      }
    }
    if (found.length === 0) agreed++;
    disagreements.push(...found);
  }
  return auditReport(parsed.records.length, agreed, disagreements, notCheckable);
}
