/**
 * Mulyorejo's own indicator types: accuracy and timeliness of population-data entry.
 *
 * Both are ILLUSTRATIVE local policy derived from the seed article "Penerapan Sistem Penilaian
 * Kinerja ASN yang Berbasis Objektivitas di Mulyorejo" ("… penilaian akan melihat seberapa
 * akurat dan tepat waktu data yang diinput"); no published regulation of Mulyorejo defines
 * them, so their references carry the status UNCERTAIN.
 */
import {
  defineMessages,
  defineRatioIndicator,
  type LegalRef,
  percentRealisasi,
  ref,
  t,
} from '@kinerja/core';
import { z } from 'zod';

const ARTIKEL =
  'Artikel "Penerapan Sistem Penilaian Kinerja ASN yang Berbasis Objektivitas di Mulyorejo"';

function kebijakanLokal(article: string, note: string): LegalRef {
  return ref('Kebijakan lokal Mulyorejo (ilustrasi)', 'UNCERTAIN', article, {
    source: ARTIKEL,
    note: `Illustrative local policy derived from the seed article, not a published regulation. ${note}`,
  });
}

/**
 * Messages of the Mulyorejo indicator types, in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * MULYOREJO_MESSAGES.issue('MORE_THAN_TOTAL', ['data'], { bagian: 'tepatWaktu', total: 'jumlahEntri' }).message.en;
 * // 'tepatWaktu must not exceed jumlahEntri'
 * ```
 */
export const MULYOREJO_MESSAGES = defineMessages({
  MORE_THAN_TOTAL: {
    id: (p: { bagian: string; total: string }) =>
      `Nilai ${p.bagian} tidak boleh melebihi ${p.total}`,
    en: (p: { bagian: string; total: string }) => `${p.bagian} must not exceed ${p.total}`,
  },
});
const M = MULYOREJO_MESSAGES;

/**
 * Payload of `mulyorejo.akurasiData`: records entered and the errors found by verification.
 *
 * @example
 * ```ts
 * AkurasiDataSchema.safeParse({ jumlahRekaman: 1200, jumlahKesalahan: 6 }).success; // true
 * ```
 */
export const AkurasiDataSchema = z.strictObject({
  /** Records entered in SIAK during the period. */
  jumlahRekaman: z.number().int().positive(),
  /** Records the verifier sent back for correction. */
  jumlahKesalahan: z.number().int().nonnegative(),
});
export type AkurasiData = z.infer<typeof AkurasiDataSchema>;

/**
 * Payload of `mulyorejo.ketepatanWaktu`: entries and those entered within the service standard.
 *
 * @example
 * ```ts
 * KetepatanWaktuSchema.safeParse({ jumlahEntri: 950, tepatWaktu: 931 }).success; // true
 * ```
 */
export const KetepatanWaktuSchema = z.strictObject({
  jumlahEntri: z.number().int().positive(),
  /** Entries completed within the local service standard (e.g. the same working day). */
  tepatWaktu: z.number().int().nonnegative(),
});
export type KetepatanWaktuData = z.infer<typeof KetepatanWaktuSchema>;

/** The local note every trace explanation of these types carries. */
const CATATAN = t('kebijakan lokal Mulyorejo, ilustrasi', 'Mulyorejo local policy, illustrative');

const AKURASI_REF = kebijakanLokal(
  'Akurasi input data kependudukan',
  'Accuracy = (records − records returned for correction) / records × 100 %; capaian = accuracy / target × 100 %.',
);

/**
 * `mulyorejo.akurasiData`: accuracy of population-data entry, from the verifier's error count.
 * Realisasi = (jumlahRekaman − jumlahKesalahan) / jumlahRekaman × 100 %; capaian = realisasi /
 * target × 100 %.
 *
 * @example
 * ```ts
 * // 1200 records, 6 returned → accuracy 99.5 %; target 98 % → capaian 101.53 %
 * akurasiData.capaian(decimalCalculator, {
 *   aspek: 'KUALITAS', indikator: 'Akurasi data', jenis: 'mulyorejo.akurasiData',
 *   target: { jumlah: 98, satuan: '%' }, data: { jumlahRekaman: 1200, jumlahKesalahan: 6 },
 * }, { path: [], tracer: NO_TRACE });
 * ```
 */
export const akurasiData = defineRatioIndicator<AkurasiData>({
  id: 'mulyorejo.akurasiData',
  label: t('Akurasi input data kependudukan', 'Accuracy of population-data entry'),
  ref: AKURASI_REF,
  schema: AkurasiDataSchema,
  note: CATATAN,
  realisasi: (c, d, at) =>
    d.jumlahKesalahan > d.jumlahRekaman
      ? M.issue('MORE_THAN_TOTAL', at('jumlahKesalahan'), {
          bagian: 'jumlahKesalahan',
          total: 'jumlahRekaman',
        })
      : percentRealisasi(
          c,
          d.jumlahRekaman - d.jumlahKesalahan,
          d.jumlahRekaman,
          t(
            'Akurasi = (rekaman − kesalahan) / rekaman × 100%',
            'Accuracy = (records − errors) / records × 100%',
          ),
        ),
});

const WAKTU_REF = kebijakanLokal(
  'Ketepatan waktu input data kependudukan',
  'Timeliness = entries within the local service standard / entries × 100 %; capaian = timeliness / target × 100 %.',
);

/**
 * `mulyorejo.ketepatanWaktu`: share of entries completed within the local service standard.
 * Realisasi = tepatWaktu / jumlahEntri × 100 %; capaian = realisasi / target × 100 %.
 *
 * @example
 * ```ts
 * // 950 entries, 912 on time → 96 %; target 95 % → capaian 101.05 %
 * ketepatanWaktu.capaian(decimalCalculator, {
 *   aspek: 'WAKTU', indikator: 'Ketepatan waktu', jenis: 'mulyorejo.ketepatanWaktu',
 *   target: 95, data: { jumlahEntri: 950, tepatWaktu: 912 },
 * }, { path: [], tracer: NO_TRACE });
 * ```
 */
export const ketepatanWaktu = defineRatioIndicator<KetepatanWaktuData>({
  id: 'mulyorejo.ketepatanWaktu',
  label: t('Ketepatan waktu input data kependudukan', 'Timeliness of population-data entry'),
  ref: WAKTU_REF,
  schema: KetepatanWaktuSchema,
  note: CATATAN,
  realisasi: (c, d, at) =>
    d.tepatWaktu > d.jumlahEntri
      ? M.issue('MORE_THAN_TOTAL', at('tepatWaktu'), {
          bagian: 'tepatWaktu',
          total: 'jumlahEntri',
        })
      : percentRealisasi(
          c,
          d.tepatWaktu,
          d.jumlahEntri,
          t(
            'Ketepatan waktu = entri tepat waktu / jumlah entri × 100%',
            'Timeliness = entries on time / entries × 100%',
          ),
        ),
});

/**
 * All Mulyorejo indicator types.
 *
 * @example
 * ```ts
 * extendRuleset(rulesets['permenpanrb-6-2022'], {
 *   id: 'contoh', agency: 'Contoh', indicatorTypes: [...INDIKATOR_MULYOREJO],
 * });
 * ```
 */
export const INDIKATOR_MULYOREJO = [akurasiData, ketepatanWaktu] as const;
