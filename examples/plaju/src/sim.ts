/**
 * The bridge from Plaju's management information system (SIM) to appraisals: the SIM logs every
 * complaint, response, resolution and project event as it happens; reading the log at a moment
 * `per` gives each employee's indicator data as of that moment ("data kinerja ASN dapat diakses
 * secara real-time"). Pure: the same log and moment give the same appraisals.
 */
import { defineMessages, type Issue, safeParseWith } from '@kinerja/core';
import { z } from 'zod';

const Waktu = z.iso.datetime({ offset: true });

/**
 * One logged event.
 *
 * @example
 * ```ts
 * PeristiwaSchema.safeParse({
 *   waktu: '2025-03-01T10:00:00+07:00', nip: '199002142015031004', jenis: 'PENGADUAN_MASUK', ref: 'ADU-1',
 * }).success; // true
 * ```
 */
export const PeristiwaSchema = z.discriminatedUnion('jenis', [
  z.strictObject({
    waktu: Waktu,
    nip: z.string(),
    jenis: z.literal('PENGADUAN_MASUK'),
    ref: z.string().min(1),
    kanal: z.string().optional(),
  }),
  z.strictObject({
    waktu: Waktu,
    nip: z.string(),
    jenis: z.enum(['PENGADUAN_DIRESPONS', 'PENGADUAN_SELESAI', 'PROYEK_SELESAI']),
    ref: z.string().min(1),
  }),
  z.strictObject({
    waktu: Waktu,
    nip: z.string(),
    jenis: z.literal('PROYEK_DITUGASKAN'),
    ref: z.string().min(1),
    nama: z.string().min(1),
    tenggat: z.iso.date(),
  }),
]);
export type Peristiwa = z.infer<typeof PeristiwaSchema>;

/**
 * The exported log.
 *
 * @example
 * ```ts
 * LogSimSchema.safeParse({ sistem: 'SIM', peristiwa: [] }).success; // true
 * ```
 */
export const LogSimSchema = z.strictObject({
  sistem: z.string(),
  peristiwa: z.array(PeristiwaSchema),
});
export type LogSim = z.infer<typeof LogSimSchema>;

const M = defineMessages({
  UNKNOWN_REF: {
    id: (p: { ref: string }) =>
      `Peristiwa merujuk "${p.ref}" yang belum pernah dicatat masuk/ditugaskan`,
    en: (p: { ref: string }) =>
      `The event refers to "${p.ref}", which was never logged as received/assigned`,
  },
});

interface Pengaduan {
  id: string;
  diterima: string;
  direspons?: string;
  diselesaikan?: string;
}
interface Proyek {
  id: string;
  nama: string;
  tenggat: string;
  selesai?: string;
}

const JENIS_PENGADUAN = new Set(['plaju.penyelesaianPengaduan', 'plaju.waktuRespons']);

/**
 * Reads the SIM log as of `per` (events logged later are ignored) and fills the `data` of every
 * Plaju indicator in the appraisals. A malformed log gives issues (never an exception); the
 * appraisals themselves are passed through untouched otherwise, so `evaluate` reports their
 * own problems.
 *
 * @example
 * ```ts
 * const r = bacaSim(pegawai, log, '2025-12-31T16:00:00+07:00');
 * if (r.ok) nilaiTim(r.rows);
 * ```
 */
export function bacaSim(
  rows: readonly unknown[],
  log: unknown,
  per: string,
): { ok: true; rows: unknown[] } | { ok: false; issues: Issue[] } {
  const parsed = safeParseWith(LogSimSchema, log, ['log']);
  if (!parsed.success) return { ok: false, issues: parsed.issues };
  const batas = Date.parse(per);
  const pengaduan = new Map<string, Map<string, Pengaduan>>();
  const proyek = new Map<string, Map<string, Proyek>>();
  const issues: Issue[] = [];
  const milik = <V>(m: Map<string, Map<string, V>>, nip: string) => {
    let x = m.get(nip);
    if (!x) {
      x = new Map();
      m.set(nip, x);
    }
    return x;
  };
  parsed.data.peristiwa.forEach((e, i) => {
    if (Date.parse(e.waktu) > batas) return;
    const at = ['log', 'peristiwa', i, 'ref'];
    switch (e.jenis) {
      case 'PENGADUAN_MASUK':
        milik(pengaduan, e.nip).set(e.ref, { id: e.ref, diterima: e.waktu });
        return;
      case 'PROYEK_DITUGASKAN':
        milik(proyek, e.nip).set(e.ref, { id: e.ref, nama: e.nama, tenggat: e.tenggat });
        return;
      case 'PROYEK_SELESAI': {
        const p = proyek.get(e.nip)?.get(e.ref);
        if (p) p.selesai = e.waktu.slice(0, 10);
        else issues.push(M.issue('UNKNOWN_REF', at, { ref: e.ref }));
        return;
      }
      default: {
        const p = pengaduan.get(e.nip)?.get(e.ref);
        if (!p) issues.push(M.issue('UNKNOWN_REF', at, { ref: e.ref }));
        else if (e.jenis === 'PENGADUAN_DIRESPONS') p.direspons ??= e.waktu;
        else p.diselesaikan ??= e.waktu;
      }
    }
  });
  if (issues.length > 0) return { ok: false, issues };

  const out = rows.map((row) => {
    const r = row as { pegawai?: { nip?: unknown }; skp?: { rencanaHasilKerja?: unknown } };
    const nip = typeof r?.pegawai?.nip === 'string' ? r.pegawai.nip : '';
    const rhks = Array.isArray(r?.skp?.rencanaHasilKerja) ? r.skp.rencanaHasilKerja : undefined;
    if (!rhks) return row;
    const copy = structuredClone(row) as { skp: { rencanaHasilKerja: { indikator?: unknown }[] } };
    for (const rhk of copy.skp.rencanaHasilKerja) {
      if (!Array.isArray(rhk?.indikator)) continue;
      for (const iki of rhk.indikator as { jenis?: unknown; data?: unknown }[]) {
        if (typeof iki?.jenis !== 'string' || iki.data !== undefined) continue;
        if (JENIS_PENGADUAN.has(iki.jenis))
          iki.data = { per, pengaduan: [...(pengaduan.get(nip)?.values() ?? [])] };
        if (iki.jenis === 'plaju.proyekTepatWaktu')
          iki.data = { per, proyek: [...(proyek.get(nip)?.values() ?? [])] };
      }
    }
    return copy;
  });
  return { ok: true, rows: out };
}
