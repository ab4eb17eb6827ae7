/**
 * Semarang's own indicator types: attendance, quality of work and contribution to the
 * organisation's goals (the three indicators named in the seed article "Penyusunan Sistem
 * Penilaian ASN Berbasis Capaian di Semarang").
 *
 * They are ILLUSTRATIVE local policy derived from that article, not a published regulation of
 * the city; their references carry the status UNCERTAIN.
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
  type Path,
  ref,
  safeParseWith,
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

/** A realisasi as a fraction `pembilang / penyebut × 100 %`, or a plain count. */
type Realisasi =
  | { readonly pembilang: number; readonly penyebut: number }
  | { readonly jumlah: number };

/**
 * Capaian = realisasi / target × 100 % (the normal condition of PermenPANRB 8/2021 applied to
 * the locally measured realisasi), with a trace step when tracing.
 */
function capaianTerhadapTarget<T, P>(
  c: Calculator<T>,
  iki: Iki,
  ctx: CapaianContext,
  type: {
    readonly id: string;
    readonly ref: LegalRef;
    readonly schema: z.ZodType<P>;
    realisasi(d: P, at: (...p: (string | number)[]) => Path): Realisasi | Issue;
    readonly rumus: { readonly id: string; readonly en: string };
  },
): CapaianOutcome<T> {
  const parsed = bacaData(type.id, type.schema, iki, ctx);
  if (!parsed.ok) return parsed;
  const issues: Issue[] = [];
  let target: T | undefined;
  if (!isRange(iki.target) && c.cmp(c.from(iki.target.jumlah), c.from(0)) > 0) {
    target = c.from(iki.target.jumlah);
  } else {
    issues.push(M.issue('TARGET_NOT_POSITIVE', [...ctx.path, 'target'], {}));
  }
  const r = type.realisasi(parsed.data, (...p) => [...ctx.path, 'data', ...p]);
  if ('code' in r) issues.push(r);
  if (issues.length > 0 || target === undefined || 'code' in r) return { ok: false, issues };

  const hundred = c.from(100);
  const realisasi =
    'jumlah' in r
      ? c.from(r.jumlah)
      : c.div(c.mul(c.from(r.pembilang), hundred), c.from(r.penyebut));
  const capaian = c.div(c.mul(realisasi, hundred), target);
  if (!ctx.tracer.enabled) return { ok: true, capaian };

  const f2 = (x: T) => c.toFixed(c.round(x, 2, 'HALF_UP'), 2);
  const hitung =
    'jumlah' in r ? `${r.jumlah}` : `${r.pembilang} / ${r.penyebut} × 100% = ${f2(realisasi)}%`;
  const explanation = t(
    `${type.rumus.id} = ${hitung}; capaian = ${'jumlah' in r ? r.jumlah : f2(realisasi)} / ${c.toString(target)} × 100% = ${f2(capaian)}% (kebijakan lokal Kota Semarang, ilustrasi).`,
    `${type.rumus.en} = ${hitung}; capaian = ${'jumlah' in r ? r.jumlah : f2(realisasi)} / ${c.toString(target)} × 100% = ${f2(capaian)}% (Semarang local policy, illustrative).`,
  );
  ctx.tracer.step({
    rule: `indikator.${type.id}.capaian`,
    title: t(`Capaian IKI ${type.id}`, `Capaian of IKI ${type.id}`),
    ref: type.ref,
    path: formatPath(ctx.path),
    inputs: { ...r, target: c.toString(target) },
    output: c.toString(capaian),
    explanation,
  });
  return { ok: true, capaian, explanation };
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
export const kehadiran: IndicatorType<z.infer<typeof KehadiranSchema>> = {
  id: 'semarang.kehadiran',
  label: t('Kehadiran', 'Attendance'),
  ref: KEHADIRAN_REF,
  schema: KehadiranSchema,
  capaian(c, iki, ctx) {
    return capaianTerhadapTarget(c, iki, ctx, {
      id: 'semarang.kehadiran',
      ref: KEHADIRAN_REF,
      schema: KehadiranSchema,
      realisasi(d, at) {
        const efektif = d.hariKerja - (d.cutiResmi ?? 0);
        if (efektif <= 0) return M.issue('NO_WORKING_DAYS', at('cutiResmi'), {});
        if (d.hadir > efektif)
          return M.issue('MORE_THAN_TOTAL', at('hadir'), {
            bagian: 'hadir',
            total: 'hariKerja − cutiResmi',
          });
        return { pembilang: d.hadir, penyebut: efektif };
      },
      rumus: {
        id: 'Kehadiran = hadir / (hari kerja − cuti resmi) × 100%',
        en: 'Attendance = present / (working days − authorised leave) × 100%',
      },
    });
  },
};

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
export const kualitasHasil: IndicatorType<z.infer<typeof KualitasHasilSchema>> = {
  id: 'semarang.kualitasHasil',
  label: t('Kualitas hasil kerja', 'Quality of work'),
  ref: KUALITAS_REF,
  schema: KualitasHasilSchema,
  capaian(c, iki, ctx) {
    return capaianTerhadapTarget(c, iki, ctx, {
      id: 'semarang.kualitasHasil',
      ref: KUALITAS_REF,
      schema: KualitasHasilSchema,
      realisasi: (d, at) =>
        d.diterimaTanpaRevisi > d.produk
          ? M.issue('MORE_THAN_TOTAL', at('diterimaTanpaRevisi'), {
              bagian: 'diterimaTanpaRevisi',
              total: 'produk',
            })
          : { pembilang: d.diterimaTanpaRevisi, penyebut: d.produk },
      rumus: {
        id: 'Kualitas = produk diterima tanpa revisi / produk × 100%',
        en: 'Quality = products accepted without revision / products × 100%',
      },
    });
  },
};

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
export const kontribusiTujuan: IndicatorType<z.infer<typeof KontribusiTujuanSchema>> = {
  id: 'semarang.kontribusiTujuan',
  label: t('Kontribusi terhadap tujuan organisasi', 'Contribution to organisational goals'),
  ref: KONTRIBUSI_REF,
  schema: KontribusiTujuanSchema,
  capaian(c, iki, ctx) {
    return capaianTerhadapTarget(c, iki, ctx, {
      id: 'semarang.kontribusiTujuan',
      ref: KONTRIBUSI_REF,
      schema: KontribusiTujuanSchema,
      realisasi: (d) => ({ jumlah: d.kegiatan.filter((k) => k.tepatWaktu && k.memuaskan).length }),
      rumus: {
        id: 'Kegiatan untuk sasaran organisasi yang tepat waktu dan memuaskan',
        en: 'Activities for an organisational goal finished on time and satisfactorily',
      },
    });
  },
};

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
