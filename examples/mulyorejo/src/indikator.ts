/**
 * Mulyorejo's own indicator types: accuracy and timeliness of population-data entry.
 *
 * Both are ILLUSTRATIVE local policy derived from the seed article "Penerapan Sistem Penilaian
 * Kinerja ASN yang Berbasis Objektivitas di Mulyorejo" ("… penilaian akan melihat seberapa
 * akurat dan tepat waktu data yang diinput"); no published regulation of Mulyorejo defines
 * them, so their references carry the status UNCERTAIN.
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
  ref,
  safeParseWith,
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
 * MULYOREJO_MESSAGES.issue('DATA_MISSING', ['data'], { jenis: 'mulyorejo.akurasiData' }).message.en;
 * // 'An IKI of type "mulyorejo.akurasiData" needs its records in iki.data'
 * ```
 */
export const MULYOREJO_MESSAGES = defineMessages({
  DATA_MISSING: {
    id: (p: { jenis: string }) => `IKI jenis "${p.jenis}" membutuhkan data rekaman pada iki.data`,
    en: (p: { jenis: string }) => `An IKI of type "${p.jenis}" needs its records in iki.data`,
  },
  TARGET_NOT_POSITIVE: {
    id: () => 'Target IKI harus berupa satu angka persen lebih dari 0 (bukan rentang)',
    en: () => 'The IKI target must be a single percentage greater than 0 (not a range)',
  },
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

/** The percent target of the IKI (`98` or `{ jumlah: 98, satuan: '%' }`), > 0. */
function bacaTarget<T>(c: Calculator<T>, iki: Iki, ctx: CapaianContext): T | Issue {
  const bad = M.issue('TARGET_NOT_POSITIVE', [...ctx.path, 'target'], {});
  if (isRange(iki.target)) return bad;
  const v = c.from(iki.target.jumlah);
  return c.cmp(v, c.from(0)) > 0 ? v : bad;
}

const isIssue = (x: unknown): x is Issue =>
  typeof x === 'object' && x !== null && 'code' in x && 'message' in x;

/**
 * A "percent of records that are good" indicator: realisasi = baik / total × 100 %, and
 * capaian = realisasi / target × 100 % (the normal condition of PermenPANRB 8/2021 applied to
 * the locally measured realisasi).
 */
function persenTerhadapTarget<T, P>(
  c: Calculator<T>,
  iki: Iki,
  ctx: CapaianContext,
  type: {
    id: string;
    ref: LegalRef;
    schema: z.ZodType<P>;
    /** `baik` and `total` from the payload, or an issue (e.g. errors > records). */
    hitung(d: P): { baik: number; total: number } | Issue;
    rumus: { id: string; en: string };
  },
): CapaianOutcome<T> {
  const parsed = bacaData(type.id, type.schema, iki, ctx);
  if (!parsed.ok) return parsed;
  const target = bacaTarget(c, iki, ctx);
  const counts = type.hitung(parsed.data);
  const issues = [target, counts].filter(isIssue);
  if (issues.length > 0 || isIssue(target) || isIssue(counts)) return { ok: false, issues };

  const hundred = c.from(100);
  const realisasi = c.div(c.mul(c.from(counts.baik), hundred), c.from(counts.total));
  const capaian = c.div(c.mul(realisasi, hundred), target);
  if (!ctx.tracer.enabled) return { ok: true, capaian };

  const f2 = (x: T) => c.toFixed(c.round(x, 2, 'HALF_UP'), 2);
  const explanation = t(
    `${type.rumus.id} = ${counts.baik} / ${counts.total} × 100% = ${f2(realisasi)}%; capaian = ${f2(realisasi)} / ${c.toString(target)} × 100% = ${f2(capaian)}% (kebijakan lokal Mulyorejo, ilustrasi).`,
    `${type.rumus.en} = ${counts.baik} / ${counts.total} × 100% = ${f2(realisasi)}%; capaian = ${f2(realisasi)} / ${c.toString(target)} × 100% = ${f2(capaian)}% (Mulyorejo local policy, illustrative).`,
  );
  ctx.tracer.step({
    rule: `indikator.${type.id}.capaian`,
    title: t(`Capaian IKI ${type.id}`, `Capaian of IKI ${type.id}`),
    ref: type.ref,
    path: formatPath(ctx.path),
    inputs: { baik: counts.baik, total: counts.total, target: c.toString(target) },
    output: c.toString(capaian),
    explanation,
  });
  return { ok: true, capaian, explanation };
}

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
export const akurasiData: IndicatorType<AkurasiData> = {
  id: 'mulyorejo.akurasiData',
  label: t('Akurasi input data kependudukan', 'Accuracy of population-data entry'),
  ref: AKURASI_REF,
  schema: AkurasiDataSchema,
  capaian(c, iki, ctx) {
    return persenTerhadapTarget(c, iki, ctx, {
      id: 'mulyorejo.akurasiData',
      ref: AKURASI_REF,
      schema: AkurasiDataSchema,
      hitung: (d) =>
        d.jumlahKesalahan > d.jumlahRekaman
          ? M.issue('MORE_THAN_TOTAL', [...ctx.path, 'data', 'jumlahKesalahan'], {
              bagian: 'jumlahKesalahan',
              total: 'jumlahRekaman',
            })
          : { baik: d.jumlahRekaman - d.jumlahKesalahan, total: d.jumlahRekaman },
      rumus: {
        id: 'Akurasi = (rekaman − kesalahan) / rekaman × 100%',
        en: 'Accuracy = (records − errors) / records × 100%',
      },
    });
  },
};

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
export const ketepatanWaktu: IndicatorType<KetepatanWaktuData> = {
  id: 'mulyorejo.ketepatanWaktu',
  label: t('Ketepatan waktu input data kependudukan', 'Timeliness of population-data entry'),
  ref: WAKTU_REF,
  schema: KetepatanWaktuSchema,
  capaian(c, iki, ctx) {
    return persenTerhadapTarget(c, iki, ctx, {
      id: 'mulyorejo.ketepatanWaktu',
      ref: WAKTU_REF,
      schema: KetepatanWaktuSchema,
      hitung: (d) =>
        d.tepatWaktu > d.jumlahEntri
          ? M.issue('MORE_THAN_TOTAL', [...ctx.path, 'data', 'tepatWaktu'], {
              bagian: 'tepatWaktu',
              total: 'jumlahEntri',
            })
          : { baik: d.tepatWaktu, total: d.jumlahEntri },
      rumus: {
        id: 'Ketepatan waktu = entri tepat waktu / jumlah entri × 100%',
        en: 'Timeliness = entries on time / entries × 100%',
      },
    });
  },
};

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
