import { type AppraisalInput, NipSchema, safeParseAppraisal } from '@kinerja/core';
import { Ledger, type ParseResult } from '../shared/result.js';
import { type KinerjaPeriodikRecord, periodeOfKinerjaPeriodik } from './kinerjaPeriodik.js';
import type { PegawaiIndex, PegawaiMasterRow } from './pegawai.js';
import type { Skp22Record } from './skp22.js';

/** An appraisal built from a SIASN record, with the record it came from. */
export interface SiasnAppraisal<S> {
  readonly row: number;
  readonly appraisal: AppraisalInput;
  readonly source: S;
}

function findPegawai(
  r: { readonly nip?: string; readonly pnsDinilaiId?: string },
  master: PegawaiIndex,
): PegawaiMasterRow | undefined {
  return (
    (r.nip !== undefined ? master.byNip.get(r.nip) : undefined) ??
    (r.pnsDinilaiId !== undefined ? master.byPnsId.get(r.pnsDinilaiId) : undefined)
  );
}

function join<
  S extends {
    readonly row: number;
    readonly nip?: string;
    readonly pnsDinilaiId?: string;
    readonly ratingHasilKerja?: string;
    readonly ratingPerilaku?: string;
    readonly predikat?: string;
  },
>(
  parsed: ParseResult<S>,
  master: PegawaiIndex,
  periodeOf: (s: S) => string,
  build: (s: S, p: PegawaiMasterRow) => AppraisalInput,
): ParseResult<SiasnAppraisal<S>> {
  const ledger = Ledger.continueFrom<SiasnAppraisal<S>>(parsed);
  const found: { s: S; p: PegawaiMasterRow }[] = [];
  for (const s of parsed.records) {
    if (s.nip === undefined && s.pnsDinilaiId === undefined) {
      ledger.reject(s.row, [], 'PEGAWAI_KEY_MISSING', undefined);
      continue;
    }
    const p = findPegawai(s, master);
    if (!p) {
      ledger.reject(
        s.row,
        [s.nip !== undefined ? 'nip' : 'pnsDinilaiId'],
        'PEGAWAI_NOT_IN_MASTER',
        {
          value: s.nip ?? s.pnsDinilaiId ?? '',
        },
      );
      continue;
    }
    found.push({ s, p });
  }
  // One record per employee and period: copies are excluded, conflicting records rejected
  // (nothing in a SIASN record tells which one is the latest, so none is picked).
  const groups = new Map<string, { s: S; p: PegawaiMasterRow }[]>();
  for (const f of found) {
    const key = `${f.p.nip}\u0000${periodeOf(f.s)}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  for (const g of groups.values()) {
    const [first, ...rest] = g as [
      { s: S; p: PegawaiMasterRow },
      ...{ s: S; p: PegawaiMasterRow }[],
    ];
    if (rest.length > 0) {
      const same = (a: S, b: S) =>
        a.ratingHasilKerja === b.ratingHasilKerja &&
        a.ratingPerilaku === b.ratingPerilaku &&
        a.predikat === b.predikat;
      const params = { nip: first.p.nip, periode: periodeOf(first.s) };
      if (rest.every((f) => same(f.s, first.s))) {
        const dropped = rest.map((f) => f.s.row);
        ledger.exclude(dropped, 'DUPLICATE_RECORD_EXCLUDED', {
          ...params,
          kept: first.s.row,
          dropped: dropped.join(', '),
        });
      } else {
        const rows = g.map((f) => f.s.row).join(', ');
        for (const f of g) ledger.reject(f.s.row, [], 'DUPLICATE_CONFLICT', { ...params, rows });
        continue;
      }
    }
    const appraisal = build(first.s, first.p);
    const ok = safeParseAppraisal(appraisal);
    if (!ok.success) {
      for (const i of ok.issues)
        ledger.rejectWith({
          row: first.s.row,
          path: ['appraisal', ...i.path],
          code: i.code,
          message: i.message,
        });
      continue;
    }
    ledger.accept({ row: first.s.row, appraisal, source: first.s });
  }
  return ledger.finish();
}

function penilaiOf(p: {
  nama?: string;
  nipNrp?: string;
  jabatan?: string;
  golongan?: string;
  unorNama?: string;
}) {
  if (p.nama === undefined) return {};
  const nipOk = p.nipNrp !== undefined && NipSchema.safeParse(p.nipNrp).success;
  return {
    penilai: {
      nama: p.nama,
      ...(nipOk ? { nip: p.nipNrp } : {}),
      ...(p.jabatan !== undefined ? { jabatan: p.jabatan } : {}),
      ...(p.golongan !== undefined ? { golongan: p.golongan } : {}),
      ...(p.unorNama !== undefined ? { unitKerja: p.unorNama } : {}),
    },
  };
}

/**
 * Joins SKP 2022+ records with the employee master (by NIP, else by PNS id) into annual
 * PermenPANRB 6/2022 appraisals with the stored ratings, ready for `evaluate`. A record whose
 * employee is not in the master is rejected (nothing is guessed). One record per employee and
 * year: identical copies are excluded (`DUPLICATE_RECORD_EXCLUDED`, the first row kept);
 * records that differ (e.g. one per unit after a mutasi) are all rejected
 * (`DUPLICATE_CONFLICT`), since a `rw-skp22` record carries nothing that tells which is the
 * latest. The row numbers and counts of the original parse are kept, so the result still
 * reconciles.
 *
 * @example
 * ```ts
 * const master = indexPegawai(readEksporAsn(csv).records);
 * const joined = skp22ToAppraisals(readSkp22(json, { nip }), master);
 * joined.records.map((r) => evaluate(r.appraisal));
 * ```
 */
export function skp22ToAppraisals(
  parsed: ParseResult<Skp22Record>,
  master: PegawaiIndex,
): ParseResult<SiasnAppraisal<Skp22Record>> {
  return join(
    parsed,
    master,
    (s) => String(s.tahun),
    (s, p) => ({
      ...(s.id !== undefined ? { id: s.id } : {}),
      rulesetId: 'permenpanrb-6-2022',
      pegawai: p.pegawai,
      periode: { jenis: 'TAHUNAN', mulai: `${s.tahun}-01-01`, selesai: `${s.tahun}-12-31` },
      ...penilaiOf(s.penilai),
      ...(s.ratingHasilKerja ? { ratingHasilKerja: s.ratingHasilKerja } : {}),
      ...(s.ratingPerilaku ? { ratingPerilaku: s.ratingPerilaku } : {}),
    }),
  );
}

/**
 * Joins periodic records with the employee master into periodic PermenPANRB 6/2022 appraisals
 * (period from the start/end months); several records of one employee for the same period are
 * handled as in {@link skp22ToAppraisals}.
 *
 * @example
 * ```ts
 * kinerjaPeriodikToAppraisals(readKinerjaPeriodik(json), master).records[0].appraisal.periode;
 * ```
 */
export function kinerjaPeriodikToAppraisals(
  parsed: ParseResult<KinerjaPeriodikRecord>,
  master: PegawaiIndex,
): ParseResult<SiasnAppraisal<KinerjaPeriodikRecord>> {
  return join(
    parsed,
    master,
    (s) => {
      const p = periodeOfKinerjaPeriodik(s);
      return `${p.mulai}/${p.selesai}`;
    },
    (s, p) => ({
      ...(s.id !== undefined ? { id: s.id } : {}),
      rulesetId: 'permenpanrb-6-2022',
      pegawai: p.pegawai,
      periode: periodeOfKinerjaPeriodik(s),
      ...penilaiOf(s.penilai),
      ...(s.ratingHasilKerja ? { ratingHasilKerja: s.ratingHasilKerja } : {}),
      ...(s.ratingPerilaku ? { ratingPerilaku: s.ratingPerilaku } : {}),
    }),
  );
}
