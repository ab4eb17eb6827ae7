import type { EvaluationResult, Issue, PredikatPegawai, Rating } from '@kinerja/core';
import { recordsOf } from '../shared/keys.js';
import { siasnKuadranCode, siasnRatingCode } from '../shared/labels.js';
import { ADAPTER_MESSAGES as M } from '../shared/messages.js';
import { Ledger, type ParseResult } from '../shared/result.js';
import { RowContext } from '../shared/row.js';
import { codeAndLabel, invalidPayload, readPenilai, type SiasnPenilai } from './common.js';

/** A document attached to a SIASN record (`path[]`). */
export interface SiasnDokumen {
  readonly dok_id?: string;
  readonly dok_nama?: string;
  readonly dok_uri?: string;
  readonly object?: string;
  readonly slug?: string;
}

/** An annual SKP 2022+ record read from `POST /skp22/save` or `GET /pns/rw-skp22/{nip}`. */
export interface Skp22Record {
  readonly row: number;
  readonly id?: string;
  readonly tahun: number;
  /** `pnsDinilaiOrang` (POST) or `pnsDinilaiId` (GET): the SIASN PNS id, not the NIP. */
  readonly pnsDinilaiId?: string;
  /** The NIP, when known (from the request, `readSkp22(json, { nip })`). */
  readonly nip?: string;
  readonly ratingHasilKerja?: Rating;
  readonly ratingPerilaku?: Rating;
  /** `kuadranKinerjaNilai`: the stored predikat kinerja pegawai. */
  readonly predikat?: PredikatPegawai;
  readonly penilai: SiasnPenilai;
  /** `"ASN"` or `"NON ASN"`. */
  readonly statusPenilai?: string;
  /** Documents (`path[]`); empty when absent. */
  readonly path: readonly unknown[];
  /** Fields this adapter does not map, kept as they came. */
  readonly extra: Readonly<Record<string, unknown>>;
}

/** Options of the SIASN readers. */
export interface SiasnReadOptions {
  /** The NIP the records belong to (the `{nipBaru}` of a `rw-*` request). */
  readonly nip?: string;
}

/**
 * Reads SKP 2022+ records: the `rw-skp22` GET response (with its capitalised
 * `KuadranKinerjaNilai`/`PerilakuKerjaNilai` and label fields) or `skp22/save` POST bodies. Keys
 * match case-insensitively; codes 1–3/1–5 are read with the SIASN tables (UNCERTAIN, reported);
 * a label that contradicts its code is reported; unknown fields are kept in `extra`.
 *
 * @example
 * ```ts
 * const r = readSkp22({ data: [{ tahun: 2023, hasilKinerjaNilai: 1, PerilakuKerjaNilai: 2, KuadranKinerjaNilai: 2 }] });
 * r.records[0].predikat; // 'BAIK'
 * ```
 */
export function readSkp22(payload: unknown, opts: SiasnReadOptions = {}): ParseResult<Skp22Record> {
  const list = recordsOf(payload);
  if (!list.ok) return invalidPayload(list.reason);
  const ledger = new Ledger<Skp22Record>(list.items.length);
  list.items.forEach((item, i) => {
    const row = i + 1;
    const rc = RowContext.open(ledger, row, item);
    if (!rc) return;
    const id = rc.text(['id']);
    const tahun = rc.integer(['tahun'], true);
    const pnsDinilaiId = rc.text(['pnsDinilaiOrang', 'pnsDinilaiId']);
    const ratingHasilKerja = codeAndLabel<Rating>(
      rc,
      'rating',
      ['hasilKinerjaNilai'],
      ['hasilKinerja'],
    );
    const ratingPerilaku = codeAndLabel<Rating>(
      rc,
      'rating',
      ['perilakuKerjaNilai'],
      ['perilakuKerja'],
    );
    const predikat = codeAndLabel<PredikatPegawai>(
      rc,
      'predikat',
      ['kuadranKinerjaNilai'],
      ['kuadranKinerja'],
    );
    const penilai = readPenilai(rc);
    const statusPenilai = rc.text(['statusPenilai']);
    // A `path` that is not a list is not a SIASN document list: it stays in extra.
    const path = Array.isArray(rc.f.peek('path')) ? (rc.f.get('path') as unknown[]) : undefined;
    if (rc.rejected || tahun === undefined) return;
    ledger.accept({
      row,
      ...(id !== undefined ? { id } : {}),
      tahun,
      ...(pnsDinilaiId !== undefined ? { pnsDinilaiId } : {}),
      ...(opts.nip !== undefined ? { nip: opts.nip } : {}),
      ...(ratingHasilKerja ? { ratingHasilKerja } : {}),
      ...(ratingPerilaku ? { ratingPerilaku } : {}),
      ...(predikat ? { predikat } : {}),
      penilai,
      ...(statusPenilai !== undefined ? { statusPenilai } : {}),
      path: path ?? [],
      extra: rc.extra(),
    });
  });
  return ledger.finish();
}

/** The body of `POST /skp22/save`, field for field as SIASN expects it. */
export interface Skp22Payload {
  hasilKinerjaNilai: number;
  id?: string;
  kuadranKinerjaNilai: number;
  path: unknown[];
  penilaiGolongan: string;
  penilaiJabatan: string;
  penilaiNama: string;
  penilaiNipNrp: string;
  penilaiUnorNama: string;
  perilakuKerjaNilai: number;
  pnsDinilaiOrang: string;
  statusPenilai: string;
  tahun: number;
  [extra: string]: unknown;
}

/**
 * Writes a record back as a `skp22/save` body. The `extra` fields are included unless
 * `includeExtra` is false (so a record read from a POST body round-trips; use false for a clean
 * body when the record came from a GET response). Missing codes are written as 0, as the API's
 * own template does.
 *
 * @example
 * ```ts
 * const body = skp22Payload(readSkp22(json).records[0]);
 * ```
 */
export function skp22Payload(r: Skp22Record, opts: { includeExtra?: boolean } = {}): Skp22Payload {
  return {
    ...(opts.includeExtra === false ? {} : r.extra),
    hasilKinerjaNilai: r.ratingHasilKerja ? siasnRatingCode(r.ratingHasilKerja) : 0,
    ...(r.id !== undefined ? { id: r.id } : {}),
    kuadranKinerjaNilai: r.predikat ? siasnKuadranCode(r.predikat) : 0,
    path: [...r.path],
    penilaiGolongan: r.penilai.golongan ?? '',
    penilaiJabatan: r.penilai.jabatan ?? '',
    penilaiNama: r.penilai.nama ?? '',
    penilaiNipNrp: r.penilai.nipNrp ?? '',
    penilaiUnorNama: r.penilai.unorNama ?? '',
    perilakuKerjaNilai: r.ratingPerilaku ? siasnRatingCode(r.ratingPerilaku) : 0,
    pnsDinilaiOrang: r.pnsDinilaiId ?? '',
    statusPenilai: r.statusPenilai ?? '',
    tahun: r.tahun,
  };
}

/** What a payload needs besides the evaluation result. */
export interface SiasnWriteOptions {
  /** The SIASN PNS id of the employee (`pnsDinilaiOrang` / `pnsDinilaiId`). */
  readonly pnsDinilaiId: string;
  /** The record id when updating an existing SIASN record. */
  readonly id?: string;
  /** Penilai fields; default: the result's penilai (nama, NIP). */
  readonly penilai?: SiasnPenilai;
  /** Default `"ASN"`. */
  readonly statusPenilai?: string;
  /** Uploaded documents (`path[]`). */
  readonly path?: readonly SiasnDokumen[];
}

/** A payload, or the issues that prevent writing it. */
export type PayloadResult<P> =
  | { readonly ok: true; readonly payload: P }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Checks that a result is a valid PermenPANRB 6/2022 outcome with both ratings.
 *
 * @example
 * ```ts
 * pmk6Parts(evaluate(appraisal)); // { ok: true, hasil: 'DI_ATAS_EKSPEKTASI', perilaku: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' }
 * ```
 */
export function pmk6Parts(
  result: EvaluationResult,
):
  | { ok: true; hasil: Rating; perilaku: Rating; predikat: PredikatPegawai }
  | { ok: false; issues: Issue[] } {
  if (!result.ok) {
    return {
      ok: false,
      issues: [
        M.issue('RESULT_NOT_OK', [], { codes: result.issues.map((i) => i.code).join(', ') || '-' }),
      ],
    };
  }
  if (result.predikat?.scale !== 'PMK6' || !result.rating) {
    return {
      ok: false,
      issues: [
        M.issue('RESULT_WRONG_SCALE', ['predikat'], {
          scale: result.predikat?.scale ?? '-',
          wanted: 'PMK6 (PermenPANRB 6/2022)',
        }),
      ],
    };
  }
  return {
    ok: true,
    hasil: result.rating.hasilKerja,
    perilaku: result.rating.perilaku,
    predikat: result.predikat.code as PredikatPegawai,
  };
}

/**
 * Builds the `skp22/save` body from an annual PermenPANRB 6/2022 evaluation: the two rating
 * codes and the kuadran from the predikat (SIASN codes, 1 = best), `tahun` from the period end.
 * Never throws: an invalid result or another regime's result gives issues.
 *
 * @example
 * ```ts
 * const r = toSkp22Payload(evaluate(appraisal), { pnsDinilaiId: 'A8ACA7…' });
 * if (r.ok) await siasn.post('/skp22/save', r.payload);
 * ```
 */
export function toSkp22Payload(
  result: EvaluationResult,
  opts: SiasnWriteOptions,
): PayloadResult<Skp22Payload> {
  const p = pmk6Parts(result);
  if (!p.ok) return p;
  const penilai = opts.penilai ?? {
    ...(result.penilai?.nama !== undefined ? { nama: result.penilai.nama } : {}),
    ...(result.penilai?.nip !== undefined ? { nipNrp: result.penilai.nip } : {}),
  };
  return {
    ok: true,
    payload: skp22Payload({
      row: 0,
      ...(opts.id !== undefined ? { id: opts.id } : {}),
      tahun: Number((result.periode?.selesai ?? '0').slice(0, 4)),
      pnsDinilaiId: opts.pnsDinilaiId,
      ratingHasilKerja: p.hasil,
      ratingPerilaku: p.perilaku,
      predikat: p.predikat,
      penilai,
      statusPenilai: opts.statusPenilai ?? 'ASN',
      path: opts.path ?? [],
      extra: {},
    }),
  };
}
