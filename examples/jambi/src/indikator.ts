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
  type Calculator,
  type CapaianContext,
  type CapaianOutcome,
  defineMessages,
  formatPath,
  type Iki,
  type IndicatorType,
  type Issue,
  isRange,
  type LegalRef,
  max,
  type Path,
  ref,
  safeParseWith,
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
  DATA_MISSING: {
    id: (p: { jenis: string }) => `IKI jenis "${p.jenis}" membutuhkan data pada iki.data`,
    en: (p: { jenis: string }) => `An IKI of type "${p.jenis}" needs its data in iki.data`,
  },
  TARGET_NOT_POSITIVE: {
    id: () => 'Target IKI harus berupa satu angka lebih dari 0 (bukan rentang)',
    en: () => 'The IKI target must be a single number greater than 0 (not a range)',
  },
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

type Parsed<P> = { ok: true; data: P } | { ok: false; issues: Issue[] };

/** Validates `iki.data` with the type's schema (issues at `…indikator[j].data`), never throws. */
function bacaData<P>(
  jenis: string,
  schema: z.ZodType<P>,
  iki: Iki,
  ctx: CapaianContext,
): Parsed<P> {
  const at = [...ctx.path, 'data'];
  if (iki.data === undefined)
    return { ok: false, issues: [M.issue('DATA_MISSING', at, { jenis })] };
  const r = safeParseWith(schema, iki.data, at);
  return r.success ? { ok: true, data: r.data } : { ok: false, issues: r.issues };
}

/** The realisasi a type measured from its payload. */
interface Terukur<T> {
  readonly nilai: T;
  readonly inputs: Readonly<Record<string, number>>;
  /** The realisasi formula with the numbers filled in (called only when tracing). */
  uraian(): Text;
}

interface Spesifikasi<P> {
  readonly id: string;
  readonly ref: LegalRef;
  readonly schema: z.ZodType<P>;
  /** `NAIK`: larger is better; `TURUN`: smaller is better (time). */
  readonly arah: 'NAIK' | 'TURUN';
  realisasi<T>(c: Calculator<T>, d: P, at: (...p: (string | number)[]) => Path): Terukur<T> | Issue;
}

/**
 * Capaian against the IKI target with the two conditions of PermenPANRB 8/2021, applied to the
 * locally measured realisasi: larger is better → R / T × 100 %; smaller is better →
 * (1 + (1 − R / T)) × 100 %, floored at 0 % (local reading: a capaian cannot be negative).
 */
function capaianLokal<T, P>(
  c: Calculator<T>,
  iki: Iki,
  ctx: CapaianContext,
  spec: Spesifikasi<P>,
): CapaianOutcome<T> {
  const parsed = bacaData(spec.id, spec.schema, iki, ctx);
  if (!parsed.ok) return parsed;
  const issues: Issue[] = [];
  let target: T | undefined;
  if (!isRange(iki.target) && c.cmp(c.from(iki.target.jumlah), c.from(0)) > 0) {
    target = c.from(iki.target.jumlah);
  } else {
    issues.push(M.issue('TARGET_NOT_POSITIVE', [...ctx.path, 'target'], {}));
  }
  const r = spec.realisasi(c, parsed.data, (...p) => [...ctx.path, 'data', ...p]);
  if ('code' in r) issues.push(r);
  if (issues.length > 0 || target === undefined || 'code' in r) return { ok: false, issues };

  const hundred = c.from(100);
  const rasio = c.div(c.mul(r.nilai, hundred), target);
  const capaian = spec.arah === 'NAIK' ? rasio : max(c, c.from(0), c.sub(c.from(200), rasio));
  if (!ctx.tracer.enabled) return { ok: true, capaian };

  const f2 = (x: T) => c.toFixed(c.round(x, 2, 'HALF_UP'), 2);
  const u = r.uraian();
  const rs = f2(r.nilai);
  const ts = c.toString(target);
  const explanation =
    spec.arah === 'NAIK'
      ? t(
          `${u.id}; capaian = ${rs} / ${ts} × 100% = ${f2(capaian)}% (kebijakan lokal Disdukcapil Jambi, ilustrasi).`,
          `${u.en}; capaian = ${rs} / ${ts} × 100% = ${f2(capaian)}% (Jambi local policy, illustrative).`,
        )
      : t(
          `${u.id}; makin kecil makin baik: capaian = (1 + (1 − ${rs} / ${ts})) × 100% = ${f2(capaian)}% (paling rendah 0%; kebijakan lokal Disdukcapil Jambi, ilustrasi).`,
          `${u.en}; smaller is better: capaian = (1 + (1 − ${rs} / ${ts})) × 100% = ${f2(capaian)}% (floored at 0%; Jambi local policy, illustrative).`,
        );
  ctx.tracer.step({
    rule: `indikator.${spec.id}.capaian`,
    title: t(`Capaian IKI ${spec.id}`, `Capaian of IKI ${spec.id}`),
    ref: spec.ref,
    path: formatPath(ctx.path),
    inputs: { ...r.inputs, realisasi: c.toString(r.nilai), target: ts },
    output: c.toString(capaian),
    explanation,
  });
  return { ok: true, capaian, explanation };
}

function jenis<P>(label: Text, spec: Spesifikasi<P>): IndicatorType<P> {
  return {
    id: spec.id,
    label,
    ref: spec.ref,
    schema: spec.schema,
    capaian: (c, iki, ctx) => capaianLokal(c, iki, ctx, spec),
  };
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
    arah: 'TURUN',
    realisasi: (c, d) => ({
      nilai: c.div(c.from(d.totalHariKerja), c.from(d.jumlahDokumen)),
      inputs: { jumlahDokumen: d.jumlahDokumen, totalHariKerja: d.totalHariKerja },
      uraian: () =>
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
  arah: 'NAIK',
  realisasi: (c, d, at) => {
    if (d.berkasDikoreksi > d.berkasDiproses)
      return M.issue('MORE_THAN_TOTAL', at('berkasDikoreksi'), {
        bagian: 'berkasDikoreksi',
        total: 'berkasDiproses',
      });
    const benar = d.berkasDiproses - d.berkasDikoreksi;
    return {
      nilai: c.div(c.mul(c.from(benar), c.from(100)), c.from(d.berkasDiproses)),
      inputs: { berkasDiproses: d.berkasDiproses, berkasDikoreksi: d.berkasDikoreksi },
      uraian: () =>
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
    arah: 'NAIK',
    realisasi: (c, d, at) => {
      const n = d.skor1 + d.skor2 + d.skor3 + d.skor4;
      if (n === 0) return M.issue('NO_RESPONDENTS', at(), {});
      const total = d.skor1 + 2 * d.skor2 + 3 * d.skor3 + 4 * d.skor4;
      return {
        nilai: c.div(c.mul(c.from(total), c.from(25)), c.from(n)),
        inputs: { responden: n, jumlahSkor: total },
        uraian: () =>
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
