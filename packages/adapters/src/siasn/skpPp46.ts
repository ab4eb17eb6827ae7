import type { AppraisalInput, EvaluationResult, Issue } from '@kinerja/core';
import { recordsOf } from '../shared/keys.js';
import { ADAPTER_MESSAGES as M } from '../shared/messages.js';
import { Ledger, type ParseResult } from '../shared/result.js';
import { RowContext } from '../shared/row.js';
import { canonicalDecimal } from '../shared/values.js';
import type { PayloadResult } from './skp22.js';

/**
 * The numeric fields of the PP 46/2011 SKP (`skp/save`, `skp/2021/save`, `rw-skp`).
 *
 * @example
 * ```ts
 * SKP_PP46_NUMBERS.includes('nilaiPrestasiKerja'); // true
 * ```
 */
export const SKP_PP46_NUMBERS = [
  'nilaiSkp',
  'orientasiPelayanan',
  'integritas',
  'komitmen',
  'disiplin',
  'kerjasama',
  'kepemimpinan',
  'inisiatifKerja',
  'jumlah',
  'nilairatarata',
  'nilaiPerilakuKerja',
  'nilaiPrestasiKerja',
  'konversiNilai',
  'nilaiIntegrasi',
] as const;
/** A numeric field of the PP 46 SKP. */
export type SkpPp46Number = (typeof SKP_PP46_NUMBERS)[number];

/**
 * The text fields of the PP 46 SKP payloads (penilai and atasan penilai, statuses, ids).
 *
 * @example
 * ```ts
 * SKP_PP46_TEXTS.includes('atasanPenilaiNipNrp'); // true
 * ```
 */
export const SKP_PP46_TEXTS = [
  'id',
  'pnsDinilaiOrang',
  'pnsUserId',
  'jenisJabatan',
  'jenisPeraturanKinerjaKd',
  'pejabatPenilai',
  'penilaiNama',
  'penilaiNipNrp',
  'penilaiGolongan',
  'penilaiJabatan',
  'penilaiUnorNama',
  'penilaiTmtGolongan',
  'statusPenilai',
  'atasanPejabatPenilai',
  'atasanPenilaiNama',
  'atasanPenilaiNipNrp',
  'atasanPenilaiGolongan',
  'atasanPenilaiJabatan',
  'atasanPenilaiUnorNama',
  'atasanPenilaiTmtGolongan',
  'statusAtasanPenilai',
] as const;
/** A text field of the PP 46 SKP. */
export type SkpPp46Text = (typeof SKP_PP46_TEXTS)[number];

/** A PP 46/2011 (or 2021 transition) SKP record: the stored values, as decimal strings. */
export interface SkpPp46Record {
  readonly row: number;
  readonly tahun: number;
  readonly nilai: Readonly<Partial<Record<SkpPp46Number, string>>>;
  readonly teks: Readonly<Partial<Record<SkpPp46Text, string>>>;
  readonly extra: Readonly<Record<string, unknown>>;
}

/** GET (`rw-skp`) spellings of some POST fields. */
const ALIASES: Partial<Record<SkpPp46Text, string[]>> = {
  pnsDinilaiOrang: ['pnsDinilaiOrang', 'pns', 'pnsDinilaiId'],
};

/**
 * Reads PP 46/2011 SKP records: `skp/save` and `skp/2021/save` bodies and the `rw-skp` response
 * (the numbers: nilai SKP, the six perilaku aspects, inisiatif kerja, jumlah, rata-rata, nilai
 * perilaku and prestasi kerja, konversi, integrasi; the penilai and atasan fields as text).
 *
 * @example
 * ```ts
 * readSkpPp46([{ tahun: 2019, nilaiSkp: 85.5, orientasiPelayanan: 80 }]).records[0].nilai.nilaiSkp; // '85.5'
 * ```
 */
export function readSkpPp46(payload: unknown): ParseResult<SkpPp46Record> {
  const list = recordsOf(payload);
  if (!list.ok) {
    const l = new Ledger<SkpPp46Record>(1);
    l.reject(1, [], 'PAYLOAD_INVALID', { reason: list.reason });
    return l.finish();
  }
  const ledger = new Ledger<SkpPp46Record>(list.items.length);
  list.items.forEach((item, i) => {
    const row = i + 1;
    const rc = RowContext.open(ledger, row, item);
    if (!rc) return;
    const tahun = rc.integer(['tahun'], true);
    const nilai: Partial<Record<SkpPp46Number, string>> = {};
    for (const k of SKP_PP46_NUMBERS) {
      const v = rc.decimal([k]);
      if (v !== undefined) nilai[k] = v;
    }
    const teks: Partial<Record<SkpPp46Text, string>> = {};
    for (const k of SKP_PP46_TEXTS) {
      const v = rc.text(ALIASES[k] ?? [k]);
      if (v !== undefined) teks[k] = v;
    }
    if (rc.rejected || tahun === undefined) return;
    ledger.accept({ row, tahun, nilai, teks, extra: rc.extra() });
  });
  return ledger.finish();
}

/**
 * Writes a PP 46 record as a `skp/save` (variant `legacy`, with `pnsUserId`) or `skp/2021/save`
 * body (variant `2021`, with `inisiatifKerja, jenisPeraturanKinerjaKd, konversiNilai,
 * nilaiIntegrasi`). Numbers are written as JSON numbers; absent ones are left out.
 *
 * @example
 * ```ts
 * skpPp46Payload(record, '2021');
 * ```
 */
export function skpPp46Payload(
  r: SkpPp46Record,
  variant: 'legacy' | '2021',
  opts: { includeExtra?: boolean } = {},
): Record<string, unknown> {
  const only2021 = new Set([
    'inisiatifKerja',
    'jenisPeraturanKinerjaKd',
    'konversiNilai',
    'nilaiIntegrasi',
  ]);
  const out: Record<string, unknown> = {
    ...(opts.includeExtra === false ? {} : r.extra),
    tahun: r.tahun,
  };
  for (const k of SKP_PP46_NUMBERS) {
    if (variant === 'legacy' && only2021.has(k)) continue;
    const v = r.nilai[k];
    if (v !== undefined) out[k] = Number(v);
  }
  for (const k of SKP_PP46_TEXTS) {
    if ((variant === 'legacy' && only2021.has(k)) || (variant === '2021' && k === 'pnsUserId'))
      continue;
    const v = r.teks[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

const ASPEK_FIELD: Readonly<Record<string, SkpPp46Number>> = {
  ORIENTASI_PELAYANAN: 'orientasiPelayanan',
  INTEGRITAS: 'integritas',
  KOMITMEN: 'komitmen',
  DISIPLIN: 'disiplin',
  KERJA_SAMA: 'kerjasama',
  KEPEMIMPINAN: 'kepemimpinan',
};

/**
 * Builds a PP 46 `skp/save` record from a PP 46 evaluation and its appraisal: nilai SKP,
 * perilaku and prestasi kerja from the result (reported strings), the aspect scores from the
 * atasan's `perilaku.penilaian`, `jumlah` and `nilairatarata` from those aspects as stored by
 * SIASN (`nilairatarata` = the result's nilai perilaku).
 *
 * @example
 * ```ts
 * const r = toSkpPp46Record(appraisal, evaluate(appraisal), { pnsDinilaiOrang: 'A8…' });
 * if (r.ok) skpPp46Payload(r.payload, 'legacy');
 * ```
 */
export function toSkpPp46Record(
  appraisal: AppraisalInput,
  result: EvaluationResult,
  teks: Partial<Record<SkpPp46Text, string>> = {},
): PayloadResult<SkpPp46Record> {
  const issues: Issue[] = [];
  if (!result.ok)
    issues.push(
      M.issue('RESULT_NOT_OK', [], { codes: result.issues.map((i) => i.code).join(', ') || '-' }),
    );
  else if (result.predikat?.scale !== 'PP46') {
    issues.push(
      M.issue('RESULT_WRONG_SCALE', ['predikat'], {
        scale: result.predikat?.scale ?? '-',
        wanted: 'PP46',
      }),
    );
  }
  if (issues.length > 0) return { ok: false, issues };
  const nilai: Partial<Record<SkpPp46Number, string>> = {};
  const rn = result.nilai ?? {};
  if (rn.skp !== undefined) nilai.nilaiSkp = rn.skp;
  if (rn.perilaku !== undefined) {
    nilai.nilaiPerilakuKerja = rn.perilaku;
    nilai.nilairatarata = rn.perilaku;
  }
  if (rn.prestasiKerja !== undefined) nilai.nilaiPrestasiKerja = rn.prestasiKerja;
  const atasan =
    appraisal.perilaku?.penilaian.find((p) => p.penilai.peran === 'ATASAN') ??
    appraisal.perilaku?.penilaian[0];
  if (atasan) {
    let jumlah = 0n;
    let scale = 0;
    const parts: string[] = [];
    for (const [aspek, field] of Object.entries(ASPEK_FIELD)) {
      const v = atasan.nilai[aspek];
      if (v === undefined || (typeof v !== 'number' && !/^\s*\d+(?:\.\d+)?\s*$/.test(String(v))))
        continue;
      const s = String(v).trim();
      nilai[field] = s;
      parts.push(s);
      scale = Math.max(scale, (s.split('.')[1] ?? '').length);
    }
    // Exact decimal sum of the aspect scores, with BigInt at a common scale.
    for (const s of parts) {
      const [int, frac = ''] = s.split('.');
      jumlah += BigInt(`${int}${frac.padEnd(scale, '0')}`);
    }
    if (parts.length > 0) {
      const t = jumlah.toString().padStart(scale + 1, '0');
      nilai.jumlah = canonicalDecimal(scale === 0 ? t : `${t.slice(0, -scale)}.${t.slice(-scale)}`);
    }
  }
  return {
    ok: true,
    payload: {
      row: 0,
      tahun: Number((result.periode?.selesai ?? '0').slice(0, 4)),
      nilai,
      teks,
      extra: {},
    },
  };
}
