import { decimalCalculator, type PredikatPegawai } from '@kinerja/core';
import { type AngkaKreditRuleset, angkaKredit, type JenjangJf } from '@kinerja/core/consequences';
import type { AuditReport, Disagreement } from '../shared/audit.js';
import { recordsOf } from '../shared/keys.js';
import { ADAPTER_MESSAGES as M } from '../shared/messages.js';
import { Ledger, type ParseResult } from '../shared/result.js';
import { RowContext } from '../shared/row.js';
import { auditReport, invalidPayload, siasnDecimal, valueMismatch } from './common.js';
import type { SiasnReadOptions } from './skp22.js';

/**
 * An angka kredit record: `POST /angkakredit/save` bodies or `GET /pns/rw-angkakredit/{nip}`.
 * The period fields keep SIASN's own names in the source (`bulanMulaiPenailan`, … — the
 * upstream typo); credits are the stored decimal strings, never recomputed here.
 */
export interface AngkaKreditRecord {
  readonly row: number;
  readonly id?: string;
  /** `pns` (GET) or `pnsId` (POST): the SIASN PNS id. */
  readonly pnsId?: string;
  readonly nip?: string;
  readonly nomorSk?: string;
  /** `tanggalSk` as `YYYY-MM-DD`. */
  readonly tanggalSk?: string;
  readonly bulanMulai: number;
  readonly tahunMulai: number;
  readonly bulanSelesai: number;
  readonly tahunSelesai: number;
  readonly kreditUtamaBaru?: string;
  readonly kreditPenunjangBaru?: string;
  readonly kreditBaruTotal?: string;
  /** `rwJabatan` (GET) or `rwJabatanId` (POST): the riwayat jabatan id. */
  readonly rwJabatanId?: string;
  readonly namaJabatan?: string;
  /** The flags as SIASN stores them (`"0"`/`"1"`, booleans), as text. */
  readonly isAngkaKreditPertama?: string;
  readonly isIntegrasi?: string;
  readonly isKonversi?: string;
  /** `Sumber` (GET only). */
  readonly sumber?: string;
  readonly path: readonly unknown[];
  readonly extra: Readonly<Record<string, unknown>>;
}

const PERIOD = [
  ['bulanMulai', 'bulanMulaiPenailan'],
  ['tahunMulai', 'tahunMulaiPenailan'],
  ['bulanSelesai', 'bulanSelesaiPenailan'],
  ['tahunSelesai', 'tahunSelesaiPenailan'],
] as const;

/** The upstream spelling first, then the corrected one (a client may have fixed the typo). */
const periodNames = (upstream: string) => [upstream, upstream.replace('Penailan', 'Penilaian')];

const ym = (tahun: number, bulan: number) =>
  `${String(tahun).padStart(4, '0')}-${String(bulan).padStart(2, '0')}`;

/**
 * Reads angka kredit records (`rw-angkakredit` responses, `angkakredit/save` bodies). The
 * upstream typo `…Penailan` is the expected spelling (`…Penilaian` is also accepted); keys
 * match case-insensitively (`Sumber`). Months must be 1–12 and the period must not end before
 * it starts (else the row is rejected); credits may be numbers or text with a decimal point or
 * comma. The stored sum is audited by {@link recheckAngkaKredit}, not here.
 *
 * @example
 * ```ts
 * const r = readAngkaKredit([{ id: 'ak1', bulanMulaiPenailan: '1', tahunMulaiPenailan: '2023',
 *   bulanSelesaiPenailan: '12', tahunSelesaiPenailan: '2023', kreditUtamaBaru: '18,75',
 *   kreditPenunjangBaru: '0', kreditBaruTotal: '18.75', Sumber: 'SIASN' }]);
 * r.records[0].kreditUtamaBaru; // '18.75'
 * ```
 */
export function readAngkaKredit(
  payload: unknown,
  opts: SiasnReadOptions = {},
): ParseResult<AngkaKreditRecord> {
  const list = recordsOf(payload);
  if (!list.ok) return invalidPayload(list.reason);
  const ledger = new Ledger<AngkaKreditRecord>(list.items.length);
  list.items.forEach((item, i) => {
    const row = i + 1;
    const rc = RowContext.open(ledger, row, item);
    if (!rc) return;
    const id = rc.text(['id']);
    const pnsId = rc.text(['pns', 'pnsId']);
    const nip = rc.nip(['nip', 'nipBaru']) ?? opts.nip;
    const nomorSk = rc.text(['nomorSk']);
    const tanggalSk = rc.date(['tanggalSk']);
    const period: Partial<Record<(typeof PERIOD)[number][0], number>> = {};
    for (const [k, upstream] of PERIOD) {
      const names = periodNames(upstream);
      const v = rc.integer(names, true);
      if (v === undefined) continue;
      const bad = k.startsWith('bulan') ? v < 1 || v > 12 : v < 1900 || v > 9999;
      if (bad) {
        const key = rc.f.key(...names) ?? upstream;
        ledger.reject(
          row,
          [key],
          'NUMBER_OUT_OF_RANGE',
          {
            field: key,
            value: String(v),
            min: k.startsWith('bulan') ? '1' : '1900',
            max: k.startsWith('bulan') ? '12' : '9999',
          },
          v,
        );
        continue;
      }
      period[k] = v;
    }
    const { bulanMulai, tahunMulai, bulanSelesai, tahunSelesai } = period;
    if (
      bulanMulai !== undefined &&
      tahunMulai !== undefined &&
      bulanSelesai !== undefined &&
      tahunSelesai !== undefined &&
      tahunMulai * 12 + bulanMulai > tahunSelesai * 12 + bulanSelesai
    ) {
      ledger.reject(
        row,
        [rc.f.key(...periodNames('bulanSelesaiPenailan')) ?? ''],
        'PERIOD_REVERSED',
        {
          mulai: ym(tahunMulai, bulanMulai),
          selesai: ym(tahunSelesai, bulanSelesai),
        },
      );
    }
    const kreditUtamaBaru = siasnDecimal(rc, ['kreditUtamaBaru']);
    const kreditPenunjangBaru = siasnDecimal(rc, ['kreditPenunjangBaru']);
    const kreditBaruTotal = siasnDecimal(rc, ['kreditBaruTotal']);
    const rwJabatanId = rc.text(['rwJabatan', 'rwJabatanId']);
    const namaJabatan = rc.text(['namaJabatan']);
    const isAngkaKreditPertama = rc.text(['isAngkaKreditPertama']);
    const isIntegrasi = rc.text(['isIntegrasi']);
    const isKonversi = rc.text(['isKonversi']);
    const sumber = rc.text(['Sumber']);
    const path = Array.isArray(rc.f.peek('path')) ? (rc.f.get('path') as unknown[]) : [];
    if (
      rc.rejected ||
      bulanMulai === undefined ||
      tahunMulai === undefined ||
      bulanSelesai === undefined ||
      tahunSelesai === undefined
    )
      return;
    ledger.accept({
      row,
      ...(id !== undefined ? { id } : {}),
      ...(pnsId !== undefined ? { pnsId } : {}),
      ...(nip !== undefined ? { nip } : {}),
      ...(nomorSk !== undefined ? { nomorSk } : {}),
      ...(tanggalSk !== undefined ? { tanggalSk } : {}),
      bulanMulai,
      tahunMulai,
      bulanSelesai,
      tahunSelesai,
      ...(kreditUtamaBaru !== undefined ? { kreditUtamaBaru } : {}),
      ...(kreditPenunjangBaru !== undefined ? { kreditPenunjangBaru } : {}),
      ...(kreditBaruTotal !== undefined ? { kreditBaruTotal } : {}),
      ...(rwJabatanId !== undefined ? { rwJabatanId } : {}),
      ...(namaJabatan !== undefined ? { namaJabatan } : {}),
      ...(isAngkaKreditPertama !== undefined ? { isAngkaKreditPertama } : {}),
      ...(isIntegrasi !== undefined ? { isIntegrasi } : {}),
      ...(isKonversi !== undefined ? { isKonversi } : {}),
      ...(sumber !== undefined ? { sumber } : {}),
      path,
      extra: rc.extra(),
    });
  });
  return ledger.finish();
}

/**
 * The months an angka kredit record covers, both ends included (`Jan–Dec` = 12).
 *
 * @example
 * ```ts
 * bulanAngkaKredit({ bulanMulai: 11, tahunMulai: 2023, bulanSelesai: 2, tahunSelesai: 2024 }); // 4
 * ```
 */
export function bulanAngkaKredit(
  r: Pick<AngkaKreditRecord, 'bulanMulai' | 'tahunMulai' | 'bulanSelesai' | 'tahunSelesai'>,
): number {
  return (r.tahunSelesai - r.tahunMulai) * 12 + (r.bulanSelesai - r.bulanMulai) + 1;
}

/** The body of `POST /angkakredit/save`, field for field (with the upstream `Penailan` typo). */
export interface AngkaKreditPayload {
  bulanMulaiPenailan: number;
  bulanSelesaiPenailan: number;
  tahunMulaiPenailan: number;
  tahunSelesaiPenailan: number;
  id?: string;
  isAngkaKreditPertama: string;
  isIntegrasi: string;
  isKonversi: string;
  kreditBaruTotal: number;
  kreditPenunjangBaru: number;
  kreditUtamaBaru: number;
  nomorSk: string;
  path: unknown[];
  pnsId: string;
  rwJabatanId: string;
  tanggalSk: string;
  [extra: string]: unknown;
}

/** Options of {@link angkaKreditPayload}. */
export interface AngkaKreditWriteOptions {
  /** Keep the record's unmapped fields (default true; false for a clean body from a GET record). */
  readonly includeExtra?: boolean;
  /**
   * How `tanggalSk` is written, from `YYYY-MM-DD` (default: unchanged). The format SIASN expects
   * is not documented publicly; pass e.g. `(iso) => iso.split('-').reverse().join('-')`.
   */
  readonly tanggalSk?: (iso: string) => string;
}

/**
 * Writes a record as an `angkakredit/save` body, with the upstream field names (`…Penailan`,
 * `pnsId`, `rwJabatanId`). Credits are written as JSON numbers; absent ones as 0, absent text
 * as `""` (the API template's defaults). GET-only fields (`Sumber`, `namaJabatan`) are left out.
 *
 * @example
 * ```ts
 * const body = angkaKreditPayload(readAngkaKredit(json).records[0], { includeExtra: false });
 * body.bulanMulaiPenailan; // 1
 * ```
 */
export function angkaKreditPayload(
  r: AngkaKreditRecord,
  opts: AngkaKreditWriteOptions = {},
): AngkaKreditPayload {
  const num = (s: string | undefined) => (s === undefined ? 0 : Number(s));
  return {
    ...(opts.includeExtra === false ? {} : r.extra),
    bulanMulaiPenailan: r.bulanMulai,
    bulanSelesaiPenailan: r.bulanSelesai,
    tahunMulaiPenailan: r.tahunMulai,
    tahunSelesaiPenailan: r.tahunSelesai,
    ...(r.id !== undefined ? { id: r.id } : {}),
    isAngkaKreditPertama: r.isAngkaKreditPertama ?? '',
    isIntegrasi: r.isIntegrasi ?? '',
    isKonversi: r.isKonversi ?? '',
    kreditBaruTotal: num(r.kreditBaruTotal),
    kreditPenunjangBaru: num(r.kreditPenunjangBaru),
    kreditUtamaBaru: num(r.kreditUtamaBaru),
    nomorSk: r.nomorSk ?? '',
    path: [...r.path],
    pnsId: r.pnsId ?? '',
    rwJabatanId: r.rwJabatanId ?? '',
    tanggalSk:
      r.tanggalSk === undefined ? '' : opts.tanggalSk ? opts.tanggalSk(r.tanggalSk) : r.tanggalSk,
  };
}

/** The predikat and jenjang behind a record's period, for the PerBKN 3/2023 recheck. */
export interface AngkaKreditBasis {
  readonly predikat: PredikatPegawai | 'CUKUP';
  readonly jenjang: JenjangJf;
  readonly ruleset?: AngkaKreditRuleset;
}

/** Options of {@link recheckAngkaKredit}. */
export interface RecheckAngkaKreditOptions {
  /**
   * The predikat and jenjang of a record's period, when the caller knows them (e.g. from the
   * SKP of that year): `kreditUtamaBaru` is then compared with `angkaKredit` of
   * `@kinerja/core/consequences` for the record's months. Undefined: only the sum is checked.
   */
  readonly basis?: (r: AngkaKreditRecord) => AngkaKreditBasis | undefined;
}

/**
 * Audit of stored angka kredit records, with exact decimal arithmetic: `kreditBaruTotal` =
 * `kreditUtamaBaru + kreditPenunjangBaru` (an absent part counts as 0, exactly compared); and,
 * for the records `basis` returns a predikat and jenjang for, `kreditUtamaBaru` against the
 * Peraturan BKN 3/2023 conversion `(bulan / 12) × %predikat × koefisien` (2 decimals) over the
 * record's months — a reading: the converted AK is booked as kredit utama. A record whose
 * conversion cannot be computed (more than 12 months, unknown jenjang) is not checkable, with
 * the core's message (unless its sum already disagrees: each record counts once, so
 * `checked = agreed + disagreed + notCheckable.length`).
 *
 * @example
 * ```ts
 * recheckAngkaKredit(readAngkaKredit(json), {
 *   basis: (r) => (r.tahunMulai === 2023 ? { predikat: 'BAIK', jenjang: 'AHLI_PERTAMA' } : undefined),
 * }).disagreements; // e.g. kreditUtamaBaru stored 18.75, recomputed 12.50
 * ```
 */
export function recheckAngkaKredit(
  parsed: ParseResult<AngkaKreditRecord>,
  opts: RecheckAngkaKreditOptions = {},
): AuditReport {
  const c = decimalCalculator;
  const disagreements: Disagreement[] = [];
  const notCheckable: AuditReport['notCheckable'][number][] = [];
  let agreed = 0;
  for (const r of parsed.records) {
    const nip = r.nip !== undefined ? { nip: r.nip } : {};
    const found: Disagreement[] = [];
    const push = (field: string, stored: string, derived: string) =>
      found.push(valueMismatch(r.row, r.nip, field, stored, derived));
    const basis = opts.basis?.(r);
    if (r.kreditBaruTotal === undefined && !basis) {
      notCheckable.push({
        row: r.row,
        ...nip,
        message: M.text('AUDIT_NOT_CHECKABLE', { field: 'kreditBaruTotal' }),
      });
      continue;
    }
    if (r.kreditBaruTotal !== undefined) {
      const sum = c.add(c.from(r.kreditUtamaBaru ?? '0'), c.from(r.kreditPenunjangBaru ?? '0'));
      if (c.cmp(c.from(r.kreditBaruTotal), sum) !== 0) {
        push('kreditBaruTotal', r.kreditBaruTotal, c.toString(sum));
      }
    }
    if (basis) {
      const ak = angkaKredit({
        predikat: basis.predikat,
        jenjang: basis.jenjang,
        bulan: bulanAngkaKredit(r),
        ...(basis.ruleset ? { ruleset: basis.ruleset } : {}),
      });
      if (ak.ok) {
        const stored = r.kreditUtamaBaru ?? '0';
        if (c.cmp(c.from(stored), c.from(ak.nilai)) !== 0)
          push('kreditUtamaBaru', stored, ak.nilai);
      } else if (found.length === 0) {
        // Each record lands in exactly one bucket: a sum disagreement already counts it.
        notCheckable.push({
          row: r.row,
          ...nip,
          message: ak.issues[0]?.message ?? M.text('AUDIT_NOT_CHECKABLE', { field: 'bulan' }),
        });
        continue;
      }
    }
    if (found.length === 0) agreed++;
    disagreements.push(...found);
  }
  return auditReport(parsed.records.length, agreed, disagreements, notCheckable);
}
