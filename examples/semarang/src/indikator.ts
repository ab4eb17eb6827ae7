/**
 * Semarang's own indicator types: attendance, quality of work and contribution to the
 * organisation's goals (the three indicators named in the seed article "Penyusunan Sistem
 * Penilaian ASN Berbasis Capaian di Semarang").
 *
 * They are ILLUSTRATIVE local policy derived from that article, not a published regulation of
 * the city; their references carry the status UNCERTAIN.
 */
import {
  defineMessages,
  defineRatioIndicator,
  type LegalRef,
  percentRealisasi,
  type RatioIndicatorSpec,
  ref,
  type Text,
  t,
} from '@kinerja/core';
import { z } from 'zod';

const ARTIKEL = 'Artikel "Penyusunan Sistem Penilaian ASN Berbasis Capaian di Semarang"';

function kebijakanLokal(article: string, note: string): LegalRef {
  return ref('Kebijakan lokal Kota Semarang (ilustrasi)', 'UNCERTAIN', article, {
    source: ARTIKEL,
    note: `Illustrative local policy derived from the seed article, not a published regulation. ${note}`,
  });
}

/**
 * Messages of the Semarang indicator types, in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * SEMARANG_MESSAGES.issue('NO_WORKING_DAYS', ['data', 'cutiResmi'], {}).message.id;
 * // 'Hari kerja dikurangi cuti resmi harus lebih dari 0'
 * ```
 */
export const SEMARANG_MESSAGES = defineMessages({
  MORE_THAN_TOTAL: {
    id: (p: { bagian: string; total: string }) =>
      `Nilai ${p.bagian} tidak boleh melebihi ${p.total}`,
    en: (p: { bagian: string; total: string }) => `${p.bagian} must not exceed ${p.total}`,
  },
  NO_WORKING_DAYS: {
    id: () => 'Hari kerja dikurangi cuti resmi harus lebih dari 0',
    en: () => 'Working days minus authorised leave must be greater than 0',
  },
});
const M = SEMARANG_MESSAGES;

const int0 = z.number().int().nonnegative();

/**
 * `semarang.kehadiran`: attendance from the e-presensi system.
 *
 * @example
 * ```ts
 * KehadiranSchema.safeParse({ hariKerja: 246, hadir: 236, cutiResmi: 6 }).success; // true
 * ```
 */
export const KehadiranSchema = z.strictObject({
  hariKerja: z.number().int().positive(),
  hadir: int0,
  /** Authorised leave (cuti, dinas luar): excluded from the working days. */
  cutiResmi: int0.optional(),
});
/**
 * `semarang.kualitasHasil`: work products and those accepted without revision.
 *
 * @example
 * ```ts
 * KualitasHasilSchema.safeParse({ produk: 50, diterimaTanpaRevisi: 48 }).success; // true
 * ```
 */
export const KualitasHasilSchema = z.strictObject({
  produk: z.number().int().positive(),
  diterimaTanpaRevisi: int0,
});
/**
 * `semarang.kontribusiTujuan`: activities that serve an organisational goal (sasaran).
 *
 * @example
 * ```ts
 * KontribusiTujuanSchema.safeParse({
 *   kegiatan: [{ nama: 'Portal data', sasaranOrganisasi: 'Indeks SPBE', tepatWaktu: true, memuaskan: true }],
 * }).success; // true
 * ```
 */
export const KontribusiTujuanSchema = z.strictObject({
  kegiatan: z.array(
    z.strictObject({
      nama: z.string().min(1),
      /** The organisational goal (sasaran strategis) the activity serves. */
      sasaranOrganisasi: z.string().min(1),
      tepatWaktu: z.boolean(),
      memuaskan: z.boolean(),
    }),
  ),
});

/** The local note every trace explanation of these types carries. */
const CATATAN = t(
  'kebijakan lokal Kota Semarang, ilustrasi',
  'Semarang local policy, illustrative',
);

/**
 * A Semarang type: the core ratio builder (payload validated, target > 0, capaian = realisasi /
 * target × 100 %, the normal condition of PermenPANRB 8/2021) with the local note.
 */
function jenis<P>(label: Text, spec: Omit<RatioIndicatorSpec<P>, 'label' | 'note'>) {
  return defineRatioIndicator<P>({ ...spec, label, note: CATATAN });
}

const KEHADIRAN_REF = kebijakanLokal(
  'Indikator kehadiran',
  'Attendance = days present / (working days − authorised leave) × 100 %; capaian = attendance / target × 100 %.',
);

/**
 * `semarang.kehadiran`: attendance = hadir / (hariKerja − cutiResmi) × 100 %; capaian =
 * attendance / target × 100 %.
 *
 * @example
 * ```ts
 * // 236 days present of 246 working days with 6 days of leave → 98.33 %; target 95 % → 103.51 %
 * kehadiran.capaian(decimalCalculator, {
 *   aspek: 'KUANTITAS', indikator: 'Kehadiran', jenis: 'semarang.kehadiran', target: 95,
 *   data: { hariKerja: 246, hadir: 236, cutiResmi: 6 },
 * }, { path: [], tracer: NO_TRACE });
 * ```
 */
export const kehadiran = jenis(t('Kehadiran', 'Attendance'), {
  id: 'semarang.kehadiran',
  ref: KEHADIRAN_REF,
  schema: KehadiranSchema,
  realisasi(c, d, at) {
    const efektif = d.hariKerja - (d.cutiResmi ?? 0);
    if (efektif <= 0) return M.issue('NO_WORKING_DAYS', at('cutiResmi'), {});
    if (d.hadir > efektif)
      return M.issue('MORE_THAN_TOTAL', at('hadir'), {
        bagian: 'hadir',
        total: 'hariKerja − cutiResmi',
      });
    return percentRealisasi(
      c,
      d.hadir,
      efektif,
      t(
        'Kehadiran = hadir / (hari kerja − cuti resmi) × 100%',
        'Attendance = present / (working days − authorised leave) × 100%',
      ),
    );
  },
});

const KUALITAS_REF = kebijakanLokal(
  'Indikator kualitas hasil kerja',
  'Quality = products accepted without revision / products × 100 %; capaian = quality / target × 100 %.',
);

/**
 * `semarang.kualitasHasil`: quality = products accepted without revision / products × 100 %;
 * capaian = quality / target × 100 %.
 *
 * @example
 * ```ts
 * // 48 of 50 accepted → 96 %; target 90 % → 106.67 %
 * kualitasHasil.capaian(decimalCalculator, {
 *   aspek: 'KUALITAS', indikator: 'Kualitas', jenis: 'semarang.kualitasHasil', target: 90,
 *   data: { produk: 50, diterimaTanpaRevisi: 48 },
 * }, { path: [], tracer: NO_TRACE });
 * ```
 */
export const kualitasHasil = jenis(t('Kualitas hasil kerja', 'Quality of work'), {
  id: 'semarang.kualitasHasil',
  ref: KUALITAS_REF,
  schema: KualitasHasilSchema,
  realisasi: (c, d, at) =>
    d.diterimaTanpaRevisi > d.produk
      ? M.issue('MORE_THAN_TOTAL', at('diterimaTanpaRevisi'), {
          bagian: 'diterimaTanpaRevisi',
          total: 'produk',
        })
      : percentRealisasi(
          c,
          d.diterimaTanpaRevisi,
          d.produk,
          t(
            'Kualitas = produk diterima tanpa revisi / produk × 100%',
            'Quality = products accepted without revision / products × 100%',
          ),
        ),
});

const KONTRIBUSI_REF = kebijakanLokal(
  'Indikator kontribusi terhadap tujuan organisasi',
  'An activity counts when it serves an organisational goal and was finished on time with a satisfactory result ("menyelesaikan proyek tepat waktu dan dengan hasil yang memuaskan"); capaian = activities counted / activities planned (target) × 100 %.',
);

/**
 * `semarang.kontribusiTujuan`: activities serving an organisational goal that were finished on
 * time AND with a satisfactory result, against the number planned (the IKI target).
 *
 * @example
 * ```ts
 * // 3 of the 4 planned activities on time and satisfactory → capaian 75 %
 * kontribusiTujuan.capaian(decimalCalculator, {
 *   aspek: 'KUANTITAS', indikator: 'Kontribusi', jenis: 'semarang.kontribusiTujuan',
 *   target: '4 kegiatan', data: { kegiatan: [...] },
 * }, { path: [], tracer: NO_TRACE });
 * ```
 */
export const kontribusiTujuan = jenis(
  t('Kontribusi terhadap tujuan organisasi', 'Contribution to organisational goals'),
  {
    id: 'semarang.kontribusiTujuan',
    ref: KONTRIBUSI_REF,
    schema: KontribusiTujuanSchema,
    realisasi: (c, d) => {
      const jumlah = d.kegiatan.filter((k) => k.tepatWaktu && k.memuaskan).length;
      return {
        value: c.from(jumlah),
        inputs: { jumlah },
        describe: () =>
          t(
            `Kegiatan untuk sasaran organisasi yang tepat waktu dan memuaskan = ${jumlah}`,
            `Activities for an organisational goal finished on time and satisfactorily = ${jumlah}`,
          ),
      };
    },
  },
);

/**
 * All Semarang indicator types.
 *
 * @example
 * ```ts
 * extendRuleset(rulesets['permenpanrb-6-2022'], {
 *   id: 'contoh', agency: 'Contoh', indicatorTypes: [...INDIKATOR_SEMARANG],
 * });
 * ```
 */
export const INDIKATOR_SEMARANG = [kehadiran, kualitasHasil, kontribusiTujuan] as const;
