/**
 * Plaju's own indicator types, computed from the events logged by the sub-district's management
 * information system ("setiap respon dan penyelesaian masalah dapat dicatat dan dianalisis";
 * "menyelesaikan proyek pembangunan infrastruktur tepat waktu" — seed article "Implementasi
 * Sistem Penilaian Kinerja ASN di Plaju untuk Meningkatkan Akuntabilitas").
 *
 * They are ILLUSTRATIVE local policy derived from that article, not a published regulation;
 * their references carry the status UNCERTAIN. Every payload carries `per`, the moment the
 * information system was read: the same log read at another moment gives the real-time picture
 * at that moment.
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
  ref,
  safeParseWith,
  type Text,
  t,
} from '@kinerja/core';
import { z } from 'zod';

const ARTIKEL =
  'Artikel "Implementasi Sistem Penilaian Kinerja ASN di Plaju untuk Meningkatkan Akuntabilitas" (BKN Sako)';

function kebijakanLokal(article: string, note: string): LegalRef {
  return ref('Kebijakan lokal Kecamatan Plaju (ilustrasi)', 'UNCERTAIN', article, {
    source: ARTIKEL,
    note: `Illustrative local policy derived from the seed article, not a published regulation. ${note}`,
  });
}

/**
 * Messages of the Plaju indicator types, in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * PLAJU_MESSAGES.issue('NO_COMPLAINTS', ['data', 'pengaduan'], {}).code; // 'NO_COMPLAINTS'
 * ```
 */
export const PLAJU_MESSAGES = defineMessages({
  DATA_MISSING: {
    id: (p: { jenis: string }) =>
      `IKI jenis "${p.jenis}" membutuhkan data dari sistem informasi pada iki.data`,
    en: (p: { jenis: string }) =>
      `An IKI of type "${p.jenis}" needs the information-system data in iki.data`,
  },
  TARGET_NOT_POSITIVE: {
    id: () => 'Target IKI harus berupa satu angka lebih dari 0 (bukan rentang)',
    en: () => 'The IKI target must be a single number greater than 0 (not a range)',
  },
  AFTER_SNAPSHOT: {
    id: (p: { waktu: string; per: string }) =>
      `Waktu ${p.waktu} setelah saat data dibaca (${p.per}); data dari masa depan tidak dapat dinilai`,
    en: (p: { waktu: string; per: string }) =>
      `Time ${p.waktu} is after the moment the data was read (${p.per}); future data cannot be appraised`,
  },
  BEFORE_RECEIVED: {
    id: (p: { apa: string }) => `Waktu ${p.apa} lebih awal daripada waktu pengaduan diterima`,
    en: (p: { apa: string }) =>
      `The ${p.apa} time is earlier than the time the complaint was received`,
  },
  NO_COMPLAINTS: {
    id: () => 'Belum ada pengaduan yang tercatat; indikator pengaduan tidak dapat dihitung',
    en: () => 'No complaint has been logged; the complaint indicator cannot be computed',
  },
  NO_PROJECT_DUE: {
    id: () =>
      'Belum ada proyek yang selesai atau lewat tenggat; ketepatan waktu belum dapat dihitung',
    en: () => 'No project is finished or past its deadline; timeliness cannot be computed yet',
  },
});
const M = PLAJU_MESSAGES;

const Waktu = z.iso.datetime({ offset: true });
const Tanggal = z.iso.date();

/**
 * Payload of the two complaint indicators: the complaints logged for the employee.
 *
 * @example
 * ```ts
 * PengaduanSchema.safeParse({
 *   per: '2025-12-31T16:00:00+07:00',
 *   pengaduan: [{ id: 'ADU-1', diterima: '2025-12-01T08:00:00+07:00', direspons: '2025-12-01T10:00:00+07:00' }],
 * }).success; // true
 * ```
 */
export const PengaduanSchema = z.strictObject({
  /** When the information system was read (ISO date-time with offset, e.g. `+07:00`). */
  per: Waktu,
  pengaduan: z.array(
    z.strictObject({
      id: z.string().min(1),
      diterima: Waktu,
      direspons: Waktu.optional(),
      diselesaikan: Waktu.optional(),
    }),
  ),
});
export type PengaduanData = z.infer<typeof PengaduanSchema>;

/**
 * Payload of `plaju.proyekTepatWaktu`: the projects assigned to the employee.
 *
 * @example
 * ```ts
 * ProyekSchema.safeParse({
 *   per: '2025-12-31T16:00:00+07:00',
 *   proyek: [{ id: 'PRJ-1', nama: 'Drainase', tenggat: '2025-06-30', selesai: '2025-06-30' }],
 * }).success; // true
 * ```
 */
export const ProyekSchema = z.strictObject({
  per: Waktu,
  proyek: z.array(
    z.strictObject({
      id: z.string().min(1),
      nama: z.string().min(1),
      tenggat: Tanggal,
      selesai: Tanggal.optional(),
    }),
  ),
});
export type ProyekData = z.infer<typeof ProyekSchema>;

type Parsed<P> = { ok: true; data: P } | { ok: false; issues: Issue[] };

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

/** Checks the order of the logged times (received ≤ responded/resolved ≤ snapshot). */
function periksaPengaduan(d: PengaduanData, ctx: CapaianContext): Issue[] {
  const per = Date.parse(d.per);
  const issues: Issue[] = [];
  d.pengaduan.forEach((p, i) => {
    const at = (k: string) => [...ctx.path, 'data', 'pengaduan', i, k];
    const diterima = Date.parse(p.diterima);
    for (const [k, w] of [
      ['diterima', p.diterima],
      ['direspons', p.direspons],
      ['diselesaikan', p.diselesaikan],
    ] as const) {
      if (w === undefined) continue;
      if (Date.parse(w) > per)
        issues.push(M.issue('AFTER_SNAPSHOT', at(k), { waktu: w, per: d.per }));
      else if (k !== 'diterima' && Date.parse(w) < diterima)
        issues.push(M.issue('BEFORE_RECEIVED', at(k), { apa: k }));
    }
  });
  if (issues.length === 0 && d.pengaduan.length === 0)
    issues.push(M.issue('NO_COMPLAINTS', [...ctx.path, 'data', 'pengaduan'], {}));
  return issues;
}

function bacaTarget<T>(c: Calculator<T>, iki: Iki, ctx: CapaianContext): T | Issue {
  if (!isRange(iki.target) && c.cmp(c.from(iki.target.jumlah), c.from(0)) > 0)
    return c.from(iki.target.jumlah);
  return M.issue('TARGET_NOT_POSITIVE', [...ctx.path, 'target'], {});
}

const isIssue = (x: unknown): x is Issue =>
  typeof x === 'object' && x !== null && 'code' in x && 'message' in x;

function langkah<T>(
  c: Calculator<T>,
  ctx: CapaianContext,
  id: string,
  legal: LegalRef,
  inputs: Record<string, string | number>,
  capaian: T,
  explanation: Text,
): void {
  ctx.tracer.step({
    rule: `indikator.${id}.capaian`,
    title: t(`Capaian IKI ${id}`, `Capaian of IKI ${id}`),
    ref: legal,
    path: formatPath(ctx.path),
    inputs,
    output: c.toString(capaian),
    explanation,
  });
}

const PENYELESAIAN_REF = kebijakanLokal(
  'Penanganan keluhan masyarakat — penyelesaian',
  'Resolution rate = complaints with a logged resolution / complaints logged (up to the moment the system was read) × 100 %; capaian = rate / target × 100 %.',
);

/**
 * `plaju.penyelesaianPengaduan`: share of the logged complaints with a logged resolution;
 * capaian = share / target × 100 %.
 *
 * @example
 * ```ts
 * // 19 of 20 complaints resolved → 95 %; target 90 % → capaian 105.56 %
 * penyelesaianPengaduan.capaian(decimalCalculator, iki, { path: [], tracer: NO_TRACE });
 * ```
 */
export const penyelesaianPengaduan: IndicatorType<PengaduanData> = {
  id: 'plaju.penyelesaianPengaduan',
  label: t('Tingkat penyelesaian pengaduan', 'Complaint resolution rate'),
  ref: PENYELESAIAN_REF,
  schema: PengaduanSchema,
  capaian<T>(c: Calculator<T>, iki: Iki, ctx: CapaianContext): CapaianOutcome<T> {
    const parsed = bacaData('plaju.penyelesaianPengaduan', PengaduanSchema, iki, ctx);
    if (!parsed.ok) return parsed;
    const target = bacaTarget(c, iki, ctx);
    const issues = [...periksaPengaduan(parsed.data, ctx), ...(isIssue(target) ? [target] : [])];
    if (issues.length > 0 || isIssue(target)) return { ok: false, issues };

    const total = parsed.data.pengaduan.length;
    const selesai = parsed.data.pengaduan.filter((p) => p.diselesaikan !== undefined).length;
    const hundred = c.from(100);
    const rate = c.div(c.mul(c.from(selesai), hundred), c.from(total));
    const capaian = c.div(c.mul(rate, hundred), target);
    if (!ctx.tracer.enabled) return { ok: true, capaian };
    const f2 = (x: T) => c.toFixed(c.round(x, 2, 'HALF_UP'), 2);
    const explanation = t(
      `Pengaduan selesai = ${selesai} / ${total} × 100% = ${f2(rate)}% (data SIM per ${parsed.data.per}); capaian = ${f2(rate)} / ${c.toString(target)} × 100% = ${f2(capaian)}% (kebijakan lokal Kecamatan Plaju, ilustrasi).`,
      `Complaints resolved = ${selesai} / ${total} × 100% = ${f2(rate)}% (system data as of ${parsed.data.per}); capaian = ${f2(rate)} / ${c.toString(target)} × 100% = ${f2(capaian)}% (Plaju local policy, illustrative).`,
    );
    langkah(
      c,
      ctx,
      'plaju.penyelesaianPengaduan',
      PENYELESAIAN_REF,
      { pengaduan: total, selesai, per: parsed.data.per, target: c.toString(target) },
      capaian,
      explanation,
    );
    return { ok: true, capaian, explanation };
  },
};

const RESPONS_REF = kebijakanLokal(
  'Penanganan keluhan masyarakat — waktu respons',
  'Median hours from a complaint being logged to its first logged response (a resolution without a separate response counts as the response; a complaint not yet answered counts with its age when the system was read, so leaving complaints unanswered cannot improve the median). Smaller is better: capaian = (1 + (1 − median / target)) × 100 %, floored at 0 %.',
);

const MS_PER_JAM = 3_600_000;

/**
 * `plaju.waktuRespons`: median response time in hours from the logged events, smaller is
 * better: capaian = (1 + (1 − median / target)) × 100 %, at least 0 %. A complaint not yet
 * answered counts with its age at the moment the system was read.
 *
 * @example
 * ```ts
 * // median 20 hours; target 24 hours → capaian 116.67 %
 * waktuRespons.capaian(decimalCalculator, iki, { path: [], tracer: NO_TRACE });
 * ```
 */
export const waktuRespons: IndicatorType<PengaduanData> = {
  id: 'plaju.waktuRespons',
  label: t('Median waktu respons pengaduan', 'Median complaint response time'),
  ref: RESPONS_REF,
  schema: PengaduanSchema,
  capaian<T>(c: Calculator<T>, iki: Iki, ctx: CapaianContext): CapaianOutcome<T> {
    const parsed = bacaData('plaju.waktuRespons', PengaduanSchema, iki, ctx);
    if (!parsed.ok) return parsed;
    const target = bacaTarget(c, iki, ctx);
    const issues = [...periksaPengaduan(parsed.data, ctx), ...(isIssue(target) ? [target] : [])];
    if (issues.length > 0 || isIssue(target)) return { ok: false, issues };

    const per = Date.parse(parsed.data.per);
    let belumDirespons = 0;
    // Whole milliseconds between ISO instants: integer arithmetic, exact in JS numbers.
    const durasi = parsed.data.pengaduan
      .map((p) => {
        const jawab = p.direspons ?? p.diselesaikan;
        if (jawab === undefined) belumDirespons++;
        return (jawab === undefined ? per : Date.parse(jawab)) - Date.parse(p.diterima);
      })
      .sort((a, b) => a - b);
    const n = durasi.length;
    const tengah = Math.floor(n / 2);
    const medianMs =
      n % 2 === 1
        ? c.from(durasi[tengah] as number)
        : c.div(
            c.add(c.from(durasi[tengah - 1] as number), c.from(durasi[tengah] as number)),
            c.from(2),
          );
    const median = c.div(medianMs, c.from(MS_PER_JAM));
    const rasio = c.div(c.mul(median, c.from(100)), target);
    const capaian = max(c, c.from(0), c.sub(c.from(200), rasio));
    if (!ctx.tracer.enabled) return { ok: true, capaian };
    const f2 = (x: T) => c.toFixed(c.round(x, 2, 'HALF_UP'), 2);
    const ts = c.toString(target);
    const explanation = t(
      `Median waktu respons ${n} pengaduan = ${f2(median)} jam (${belumDirespons} belum direspons, dihitung dengan umurnya per ${parsed.data.per}); makin kecil makin baik: capaian = (1 + (1 − ${f2(median)} / ${ts})) × 100% = ${f2(capaian)}% (paling rendah 0%; kebijakan lokal Kecamatan Plaju, ilustrasi).`,
      `Median response time of ${n} complaints = ${f2(median)} h (${belumDirespons} not yet answered, counted with their age as of ${parsed.data.per}); smaller is better: capaian = (1 + (1 − ${f2(median)} / ${ts})) × 100% = ${f2(capaian)}% (floored at 0%; Plaju local policy, illustrative).`,
    );
    langkah(
      c,
      ctx,
      'plaju.waktuRespons',
      RESPONS_REF,
      { pengaduan: n, belumDirespons, medianJam: c.toString(median), target: ts },
      capaian,
      explanation,
    );
    return { ok: true, capaian, explanation };
  },
};

const PROYEK_REF = kebijakanLokal(
  'Proyek selesai tepat waktu',
  'Projects finished on or before their deadline / projects finished or past their deadline (as of the moment the system was read) × 100 %; a project still open before its deadline is not counted yet; capaian = share / target × 100 %.',
);

/**
 * `plaju.proyekTepatWaktu`: projects finished on or before their deadline, out of the projects
 * that are finished or past their deadline when the system is read; capaian = share / target ×
 * 100 %.
 *
 * @example
 * ```ts
 * // 3 of 5 due projects on time → 60 %; target 100 % → capaian 60 %
 * proyekTepatWaktu.capaian(decimalCalculator, iki, { path: [], tracer: NO_TRACE });
 * ```
 */
export const proyekTepatWaktu: IndicatorType<ProyekData> = {
  id: 'plaju.proyekTepatWaktu',
  label: t('Proyek selesai tepat waktu', 'Projects finished on time'),
  ref: PROYEK_REF,
  schema: ProyekSchema,
  capaian<T>(c: Calculator<T>, iki: Iki, ctx: CapaianContext): CapaianOutcome<T> {
    const parsed = bacaData('plaju.proyekTepatWaktu', ProyekSchema, iki, ctx);
    if (!parsed.ok) return parsed;
    const target = bacaTarget(c, iki, ctx);
    const d = parsed.data;
    // The calendar date in the system's own offset (WIB): the first 10 characters.
    const hari = d.per.slice(0, 10);
    const issues: Issue[] = isIssue(target) ? [target] : [];
    let dihitung = 0;
    let tepat = 0;
    d.proyek.forEach((p, i) => {
      if (p.selesai !== undefined && p.selesai > hari) {
        issues.push(
          M.issue('AFTER_SNAPSHOT', [...ctx.path, 'data', 'proyek', i, 'selesai'], {
            waktu: p.selesai,
            per: d.per,
          }),
        );
        return;
      }
      if (p.selesai === undefined && p.tenggat >= hari) return; // still open, not yet due
      dihitung++;
      if (p.selesai !== undefined && p.selesai <= p.tenggat) tepat++;
    });
    if (issues.length === 0 && dihitung === 0)
      issues.push(M.issue('NO_PROJECT_DUE', [...ctx.path, 'data', 'proyek'], {}));
    if (issues.length > 0 || isIssue(target)) return { ok: false, issues };

    const hundred = c.from(100);
    const share = c.div(c.mul(c.from(tepat), hundred), c.from(dihitung));
    const capaian = c.div(c.mul(share, hundred), target);
    if (!ctx.tracer.enabled) return { ok: true, capaian };
    const f2 = (x: T) => c.toFixed(c.round(x, 2, 'HALF_UP'), 2);
    const belum = d.proyek.length - dihitung;
    const explanation = t(
      `Proyek tepat waktu = ${tepat} / ${dihitung} × 100% = ${f2(share)}% (${belum} proyek belum jatuh tempo per ${d.per}); capaian = ${f2(share)} / ${c.toString(target)} × 100% = ${f2(capaian)}% (kebijakan lokal Kecamatan Plaju, ilustrasi).`,
      `Projects on time = ${tepat} / ${dihitung} × 100% = ${f2(share)}% (${belum} project(s) not yet due as of ${d.per}); capaian = ${f2(share)} / ${c.toString(target)} × 100% = ${f2(capaian)}% (Plaju local policy, illustrative).`,
    );
    langkah(
      c,
      ctx,
      'plaju.proyekTepatWaktu',
      PROYEK_REF,
      { proyekDihitung: dihitung, tepatWaktu: tepat, per: d.per, target: c.toString(target) },
      capaian,
      explanation,
    );
    return { ok: true, capaian, explanation };
  },
};

/**
 * All Plaju indicator types.
 *
 * @example
 * ```ts
 * extendRuleset(rulesets['permenpanrb-6-2022'], {
 *   id: 'contoh', agency: 'Contoh', indicatorTypes: [...INDIKATOR_PLAJU],
 * });
 * ```
 */
export const INDIKATOR_PLAJU = [penyelesaianPengaduan, waktuRespons, proyekTepatWaktu] as const;
