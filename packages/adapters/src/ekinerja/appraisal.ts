import {
  type AppraisalInput,
  NipSchema,
  type PegawaiInput,
  type Periode,
  safeParseAppraisal,
} from '@kinerja/core';
import { readJenisJabatan } from '../shared/jabatan.js';
import { Ledger, type ParseResult } from '../shared/result.js';
import type { PegawaiIndex } from '../siasn/pegawai.js';
import type { PenilaianRecord } from './penilaian.js';
import { jenisFromDates } from './periode.js';

/** An appraisal built from an e-Kinerja penilaian record. */
export interface EkinerjaAppraisal {
  readonly row: number;
  readonly appraisal: AppraisalInput;
  readonly source: PenilaianRecord;
}

/** Options of {@link penilaianToAppraisals}. */
export interface PenilaianToAppraisalOptions {
  /** Employee master (SIASN Export Data ASN): the pegawai is taken from it when present. */
  readonly master?: PegawaiIndex;
  /** Periods by `periode_id` (from `referensi/periode`), used when the record has no dates. */
  readonly periode?: ReadonlyMap<string, Periode>;
}

/**
 * Turns e-Kinerja penilaian records into PermenPANRB 6/2022 appraisals (the two ratings, the
 * pegawai from the master or from the record's `skp_jabatan`/`skp_jenis_jabatan`, the period from
 * `periode_awal_skp`/`periode_akhir_skp`, else `periode_id`, else the year). Records that cannot
 * make a valid appraisal are rejected with the core's issues; counts still reconcile.
 *
 * @example
 * ```ts
 * const a = penilaianToAppraisals(readPenilaian(json));
 * a.records.map((r) => evaluate(r.appraisal).predikat?.code);
 * ```
 */
export function penilaianToAppraisals(
  parsed: ParseResult<PenilaianRecord>,
  opts: PenilaianToAppraisalOptions = {},
): ParseResult<EkinerjaAppraisal> {
  const ledger = Ledger.continueFrom<EkinerjaAppraisal>(parsed);
  for (const s of parsed.records) {
    let pegawai: PegawaiInput | undefined = opts.master?.byNip.get(s.nip)?.pegawai;
    if (!pegawai) {
      const jab = readJenisJabatan(s.jenisJabatan);
      if (!jab) {
        if (opts.master) ledger.reject(s.row, ['nip'], 'PEGAWAI_NOT_IN_MASTER', { value: s.nip });
        else
          ledger.reject(
            s.row,
            ['skp_jenis_jabatan'],
            s.jenisJabatan === undefined ? 'REQUIRED' : 'ENUM_UNKNOWN',
            { field: 'skp_jenis_jabatan', value: s.jenisJabatan ?? '' },
          );
        continue;
      }
      if (jab.decision) ledger.decide(jab.decision, s.row, undefined);
      pegawai = {
        nip: s.nip,
        nama: s.nama ?? '',
        jabatan: {
          jenis: jab.jenis,
          ...(s.jabatan !== undefined ? { nama: s.jabatan } : {}),
          ...(jab.struktural !== undefined ? { struktural: jab.struktural } : {}),
        },
        ...(/pppk/i.test(s.jenisPegawai ?? '') ? { jenisAsn: 'PPPK' as const } : {}),
        ...(s.unor.nama !== undefined
          ? {
              unitKerja: {
                nama: s.unor.nama,
                ...(s.unor.id !== undefined ? { id: s.unor.id } : {}),
                ...(s.unor.induk !== undefined ? { induk: s.unor.induk } : {}),
              },
            }
          : {}),
      };
    }
    let periode: Periode | undefined;
    if (s.periodeAwal && s.periodeAkhir) {
      periode = {
        jenis: jenisFromDates(s.periodeAwal, s.periodeAkhir),
        mulai: s.periodeAwal,
        selesai: s.periodeAkhir,
      };
    } else if (s.periodeId !== undefined && opts.periode?.has(s.periodeId)) {
      periode = opts.periode.get(s.periodeId);
    } else if (s.tahun !== undefined) {
      periode = { jenis: 'TAHUNAN', mulai: `${s.tahun}-01-01`, selesai: `${s.tahun}-12-31` };
    }
    if (!periode) {
      ledger.reject(s.row, ['periode_akhir_skp'], 'REQUIRED', { field: 'periode_akhir_skp' });
      continue;
    }
    const atasanNip =
      s.atasan.nip !== undefined && NipSchema.safeParse(s.atasan.nip).success
        ? s.atasan.nip
        : undefined;
    const appraisal: AppraisalInput = {
      ...(s.id !== undefined ? { id: s.id } : {}),
      rulesetId: 'permenpanrb-6-2022',
      pegawai,
      periode,
      ...(s.atasan.nama !== undefined
        ? {
            penilai: {
              nama: s.atasan.nama,
              ...(atasanNip ? { nip: atasanNip } : {}),
              ...(s.atasan.jabatan !== undefined ? { jabatan: s.atasan.jabatan } : {}),
              ...(s.atasan.golru !== undefined ? { golongan: s.atasan.golru } : {}),
              ...(s.atasan.unor !== undefined ? { unitKerja: s.atasan.unor } : {}),
            },
          }
        : {}),
      ...(s.ratingHasilKerja ? { ratingHasilKerja: s.ratingHasilKerja } : {}),
      ...(s.ratingPerilaku ? { ratingPerilaku: s.ratingPerilaku } : {}),
    };
    const ok = safeParseAppraisal(appraisal);
    if (!ok.success) {
      for (const i of ok.issues)
        ledger.rejectWith({
          row: s.row,
          path: ['appraisal', ...i.path],
          code: i.code,
          message: i.message,
        });
      continue;
    }
    ledger.accept({ row: s.row, appraisal, source: s });
  }
  return ledger.finish();
}
