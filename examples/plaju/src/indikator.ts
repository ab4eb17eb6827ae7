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
  defineMessages,
  defineRatioIndicator,
  type Issue,
  type LegalRef,
  type Path,
  ref,
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

/** The local note every trace explanation of these types carries. */
const CATATAN = t('kebijakan lokal Kecamatan Plaju, ilustrasi', 'Plaju local policy, illustrative');

/** Checks the order of the logged times (received ≤ responded/resolved ≤ snapshot). */
function periksaPengaduan(d: PengaduanData, at: (...p: (string | number)[]) => Path): Issue[] {
  const per = Date.parse(d.per);
  const issues: Issue[] = [];
  d.pengaduan.forEach((p, i) => {
    const diterima = Date.parse(p.diterima);
    for (const [k, w] of [
      ['diterima', p.diterima],
      ['direspons', p.direspons],
      ['diselesaikan', p.diselesaikan],
    ] as const) {
      if (w === undefined) continue;
      if (Date.parse(w) > per)
        issues.push(M.issue('AFTER_SNAPSHOT', at('pengaduan', i, k), { waktu: w, per: d.per }));
      else if (k !== 'diterima' && Date.parse(w) < diterima)
        issues.push(M.issue('BEFORE_RECEIVED', at('pengaduan', i, k), { apa: k }));
    }
  });
  if (issues.length === 0 && d.pengaduan.length === 0)
    issues.push(M.issue('NO_COMPLAINTS', at('pengaduan'), {}));
  return issues;
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
export const penyelesaianPengaduan = defineRatioIndicator<PengaduanData>({
  id: 'plaju.penyelesaianPengaduan',
  label: t('Tingkat penyelesaian pengaduan', 'Complaint resolution rate'),
  ref: PENYELESAIAN_REF,
  schema: PengaduanSchema,
  note: CATATAN,
  realisasi(c, d, at) {
    const issues = periksaPengaduan(d, at);
    if (issues.length > 0) return issues;
    const total = d.pengaduan.length;
    const selesai = d.pengaduan.filter((p) => p.diselesaikan !== undefined).length;
    const value = c.div(c.mul(c.from(selesai), c.from(100)), c.from(total));
    const f2 = () => c.toFixed(c.round(value, 2, 'HALF_UP'), 2);
    return {
      value,
      inputs: { pengaduan: total, selesai, per: d.per },
      describe: () =>
        t(
          `Pengaduan selesai = ${selesai} / ${total} × 100% = ${f2()}% (data SIM per ${d.per})`,
          `Complaints resolved = ${selesai} / ${total} × 100% = ${f2()}% (system data as of ${d.per})`,
        ),
    };
  },
});

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
export const waktuRespons = defineRatioIndicator<PengaduanData>({
  id: 'plaju.waktuRespons',
  label: t('Median waktu respons pengaduan', 'Median complaint response time'),
  ref: RESPONS_REF,
  schema: PengaduanSchema,
  polarity: 'LOWER_IS_BETTER',
  note: CATATAN,
  realisasi(c, d, at) {
    const issues = periksaPengaduan(d, at);
    if (issues.length > 0) return issues;
    const per = Date.parse(d.per);
    let belumDirespons = 0;
    // Whole milliseconds between ISO instants: integer arithmetic, exact in JS numbers.
    const durasi = d.pengaduan
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
    const value = c.div(medianMs, c.from(MS_PER_JAM));
    const f2 = () => c.toFixed(c.round(value, 2, 'HALF_UP'), 2);
    return {
      value,
      inputs: { pengaduan: n, belumDirespons, per: d.per },
      describe: () =>
        t(
          `Median waktu respons ${n} pengaduan = ${f2()} jam (${belumDirespons} belum direspons, dihitung dengan umurnya per ${d.per})`,
          `Median response time of ${n} complaints = ${f2()} h (${belumDirespons} not yet answered, counted with their age as of ${d.per})`,
        ),
    };
  },
});

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
export const proyekTepatWaktu = defineRatioIndicator<ProyekData>({
  id: 'plaju.proyekTepatWaktu',
  label: t('Proyek selesai tepat waktu', 'Projects finished on time'),
  ref: PROYEK_REF,
  schema: ProyekSchema,
  note: CATATAN,
  realisasi(c, d, at) {
    // The calendar date in the system's own offset (WIB): the first 10 characters.
    const hari = d.per.slice(0, 10);
    const issues: Issue[] = [];
    let dihitung = 0;
    let tepat = 0;
    d.proyek.forEach((p, i) => {
      if (p.selesai !== undefined && p.selesai > hari) {
        issues.push(
          M.issue('AFTER_SNAPSHOT', at('proyek', i, 'selesai'), { waktu: p.selesai, per: d.per }),
        );
        return;
      }
      if (p.selesai === undefined && p.tenggat >= hari) return; // still open, not yet due
      dihitung++;
      if (p.selesai !== undefined && p.selesai <= p.tenggat) tepat++;
    });
    if (issues.length === 0 && dihitung === 0)
      issues.push(M.issue('NO_PROJECT_DUE', at('proyek'), {}));
    if (issues.length > 0) return issues;
    const value = c.div(c.mul(c.from(tepat), c.from(100)), c.from(dihitung));
    const f2 = () => c.toFixed(c.round(value, 2, 'HALF_UP'), 2);
    const belum = d.proyek.length - dihitung;
    return {
      value,
      inputs: { proyekDihitung: dihitung, tepatWaktu: tepat, per: d.per },
      describe: () =>
        t(
          `Proyek tepat waktu = ${tepat} / ${dihitung} × 100% = ${f2()}% (${belum} proyek belum jatuh tempo per ${d.per})`,
          `Projects on time = ${tepat} / ${dihitung} × 100% = ${f2()}% (${belum} project(s) not yet due as of ${d.per})`,
        ),
    };
  },
});

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
