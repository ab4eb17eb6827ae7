/**
 * Jambi's own indicator types for the Dinas Kependudukan dan Pencatatan Sipil: document
 * completion time, data accuracy and citizen satisfaction ("dinilai berdasarkan waktu
 * penyelesaian dokumen, akurasi data yang dimasukkan, serta kepuasan masyarakat terhadap
 * layanan yang diberikan" — seed article "Implementasi Sistem Penilaian Kinerja ASN di Jambi").
 *
 * They are ILLUSTRATIVE local policy derived from that article, not a published regulation;
 * their references carry the status UNCERTAIN.
 */
import {
  defineMessages,
  defineRatioIndicator,
  type LegalRef,
  type RatioIndicatorSpec,
  ref,
  type Text,
  t,
} from '@kinerja/core';
import { z } from 'zod';

const ARTIKEL = 'Artikel "Implementasi Sistem Penilaian Kinerja ASN di Jambi"';

function kebijakanLokal(article: string, note: string): LegalRef {
  return ref('Kebijakan lokal Disdukcapil Jambi (ilustrasi)', 'UNCERTAIN', article, {
    source: ARTIKEL,
    note: `Illustrative local policy derived from the seed article, not a published regulation. ${note}`,
  });
}

/**
 * Messages of the Jambi indicator types, in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * JAMBI_MESSAGES.issue('NO_RESPONDENTS', ['data'], {}).message.en; // 'The satisfaction survey has no respondents'
 * ```
 */
export const JAMBI_MESSAGES = defineMessages({
  MORE_THAN_TOTAL: {
    id: (p: { bagian: string; total: string }) =>
      `Nilai ${p.bagian} tidak boleh melebihi ${p.total}`,
    en: (p: { bagian: string; total: string }) => `${p.bagian} must not exceed ${p.total}`,
  },
  NO_RESPONDENTS: {
    id: () => 'Survei kepuasan belum memiliki responden',
    en: () => 'The satisfaction survey has no respondents',
  },
});
const M = JAMBI_MESSAGES;

const int0 = z.number().int().nonnegative();

/**
 * `jambi.waktuPenyelesaian`: documents completed and the working days they took in total.
 *
 * @example
 * ```ts
 * WaktuPenyelesaianSchema.safeParse({ jumlahDokumen: 600, totalHariKerja: 1500 }).success; // true
 * ```
 */
export const WaktuPenyelesaianSchema = z.strictObject({
  jumlahDokumen: z.number().int().positive(),
  /** Sum over the documents of the working days from complete file to document issued. */
  totalHariKerja: int0,
});
/**
 * `jambi.akurasiData`: files processed and files corrected after verification.
 *
 * @example
 * ```ts
 * AkurasiDataSchema.safeParse({ berkasDiproses: 600, berkasDikoreksi: 9 }).success; // true
 * ```
 */
export const AkurasiDataSchema = z.strictObject({
  berkasDiproses: z.number().int().positive(),
  berkasDikoreksi: int0,
});
/**
 * `jambi.kepuasanMasyarakat`: survey answers per score (1 = tidak puas … 4 = sangat puas).
 *
 * @example
 * ```ts
 * KepuasanMasyarakatSchema.safeParse({ skor1: 2, skor2: 8, skor3: 60, skor4: 130 }).success; // true
 * ```
 */
export const KepuasanMasyarakatSchema = z.strictObject({
  skor1: int0,
  skor2: int0,
  skor3: int0,
  skor4: int0,
});

/** The local note every trace explanation of these types carries. */
const CATATAN = t(
  'kebijakan lokal Disdukcapil Jambi, ilustrasi',
  'Jambi local policy, illustrative',
);

/**
 * A Jambi type: the core ratio builder (payload validated, target > 0, capaian by polarity with
 * the PermenPANRB 8/2021 formulas, floored at 0 % when smaller is better) with the local note.
 */
function jenis<P>(label: Text, spec: Omit<RatioIndicatorSpec<P>, 'label' | 'note'>) {
  return defineRatioIndicator<P>({ ...spec, label, note: CATATAN });
}

/**
 * `jambi.waktuPenyelesaian`: average working days per document = totalHariKerja / jumlahDokumen;
 * smaller is better: capaian = (1 + (1 − rata-rata / target)) × 100 %, at least 0 %.
 *
 * @example
 * ```ts
 * // 600 documents in 1500 working days → 2.5 days; target 3 days → capaian 116.67 %
 * waktuPenyelesaian.capaian(decimalCalculator, {
 *   aspek: 'WAKTU', indikator: 'Waktu penyelesaian', jenis: 'jambi.waktuPenyelesaian',
 *   target: { jumlah: 3, satuan: 'hari kerja' }, data: { jumlahDokumen: 600, totalHariKerja: 1500 },
 * }, { path: [], tracer: NO_TRACE });
 * ```
 */
export const waktuPenyelesaian = jenis(
  t('Waktu penyelesaian dokumen kependudukan', 'Population-document completion time'),
  {
    id: 'jambi.waktuPenyelesaian',
    ref: kebijakanLokal(
      'Waktu penyelesaian dokumen',
      'Average working days per document; smaller is better, capaian = (2 − R / T) × 100 % floored at 0 % (the PermenPANRB 8/2021 special-condition formula applied locally).',
    ),
    schema: WaktuPenyelesaianSchema,
    polarity: 'LOWER_IS_BETTER',
    realisasi: (c, d) => ({
      value: c.div(c.from(d.totalHariKerja), c.from(d.jumlahDokumen)),
      inputs: { jumlahDokumen: d.jumlahDokumen, totalHariKerja: d.totalHariKerja },
      describe: () =>
        t(
          `Rata-rata waktu penyelesaian = ${d.totalHariKerja} hari kerja / ${d.jumlahDokumen} dokumen`,
          `Average completion time = ${d.totalHariKerja} working days / ${d.jumlahDokumen} documents`,
        ),
    }),
  },
);

/**
 * `jambi.akurasiData`: accuracy = (berkasDiproses − berkasDikoreksi) / berkasDiproses × 100 %;
 * capaian = accuracy / target × 100 %.
 *
 * @example
 * ```ts
 * // 600 files, 9 corrected → 98.5 %; target 98 % → capaian 100.51 %
 * akurasiData.capaian(decimalCalculator, {
 *   aspek: 'KUALITAS', indikator: 'Akurasi', jenis: 'jambi.akurasiData', target: 98,
 *   data: { berkasDiproses: 600, berkasDikoreksi: 9 },
 * }, { path: [], tracer: NO_TRACE });
 * ```
 */
export const akurasiData = jenis(t('Akurasi data yang dimasukkan', 'Accuracy of entered data'), {
  id: 'jambi.akurasiData',
  ref: kebijakanLokal(
    'Akurasi data',
    'Accuracy = (files processed − files corrected) / files processed × 100 %; capaian = accuracy / target × 100 %.',
  ),
  schema: AkurasiDataSchema,
  realisasi: (c, d, at) => {
    if (d.berkasDikoreksi > d.berkasDiproses)
      return M.issue('MORE_THAN_TOTAL', at('berkasDikoreksi'), {
        bagian: 'berkasDikoreksi',
        total: 'berkasDiproses',
      });
    const benar = d.berkasDiproses - d.berkasDikoreksi;
    return {
      value: c.div(c.mul(c.from(benar), c.from(100)), c.from(d.berkasDiproses)),
      inputs: { berkasDiproses: d.berkasDiproses, berkasDikoreksi: d.berkasDikoreksi },
      describe: () =>
        t(
          `Akurasi = (${d.berkasDiproses} − ${d.berkasDikoreksi}) / ${d.berkasDiproses} × 100%`,
          `Accuracy = (${d.berkasDiproses} − ${d.berkasDikoreksi}) / ${d.berkasDiproses} × 100%`,
        ),
    };
  },
});

/**
 * `jambi.kepuasanMasyarakat`: survey index on the 1–4 scale converted to percent (× 25, as in the
 * IKM conversion of PermenPANRB 14/2017): IKM = Σ(skor × jumlah) / Σ jumlah × 25; capaian =
 * IKM / target × 100 %.
 *
 * @example
 * ```ts
 * // 2×1 + 8×2 + 60×3 + 130×4 = 718 over 200 answers → 3.59 → IKM 89.75; target 85 → 105.59 %
 * kepuasanMasyarakat.capaian(decimalCalculator, {
 *   aspek: 'KUALITAS', indikator: 'IKM', jenis: 'jambi.kepuasanMasyarakat', target: 85,
 *   data: { skor1: 2, skor2: 8, skor3: 60, skor4: 130 },
 * }, { path: [], tracer: NO_TRACE });
 * ```
 */
export const kepuasanMasyarakat = jenis(
  t('Indeks kepuasan masyarakat', 'Citizen satisfaction index'),
  {
    id: 'jambi.kepuasanMasyarakat',
    ref: kebijakanLokal(
      'Kepuasan masyarakat',
      'Per-employee survey on the 1–4 scale; index × 25 gives 25–100 (the conversion used for the IKM in PermenPANRB 14/2017, applied here to one question per employee); capaian = index / target × 100 %.',
    ),
    schema: KepuasanMasyarakatSchema,
    realisasi: (c, d, at) => {
      const n = d.skor1 + d.skor2 + d.skor3 + d.skor4;
      if (n === 0) return M.issue('NO_RESPONDENTS', at(), {});
      const total = d.skor1 + 2 * d.skor2 + 3 * d.skor3 + 4 * d.skor4;
      return {
        value: c.div(c.mul(c.from(total), c.from(25)), c.from(n)),
        inputs: { responden: n, jumlahSkor: total },
        describe: () =>
          t(
            `IKM = (1×${d.skor1} + 2×${d.skor2} + 3×${d.skor3} + 4×${d.skor4}) / ${n} responden × 25 = ${total} / ${n} × 25`,
            `Index = (1×${d.skor1} + 2×${d.skor2} + 3×${d.skor3} + 4×${d.skor4}) / ${n} answers × 25 = ${total} / ${n} × 25`,
          ),
      };
    },
  },
);

/**
 * All Jambi indicator types.
 *
 * @example
 * ```ts
 * extendRuleset(rulesets['permenpanrb-6-2022'], {
 *   id: 'contoh', agency: 'Contoh', indicatorTypes: [...INDIKATOR_JAMBI],
 * });
 * ```
 */
export const INDIKATOR_JAMBI = [waktuPenyelesaian, akurasiData, kepuasanMasyarakat] as const;
