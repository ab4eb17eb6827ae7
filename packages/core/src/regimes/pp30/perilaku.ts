/* Nilai perilaku kerja: PP 30/2019 + PermenPANRB 8/2021 (regulations.md §2.5). */
import { type Calculator, sum } from '../../arith/calculator.js';
import type { Issue, Path } from '../../issues/issue.js';
import type { Appraisal } from '../../model/appraisal.js';
import { isStruktural, type Jabatan } from '../../model/pegawai.js';
import { ASPEK_PP30, type PeranPenilai } from '../../model/perilaku.js';
import type { RaterWeights } from '../../ruleset/types.js';
import { renormalize, type UsedWeights, weightedMean } from '../../weighting/weights.js';
import { PP30_MESSAGES } from './messages.js';
import type { Pp30Params } from './params.js';

/** A PP 30/2019 perilaku aspect. */
export type AspekPp30 = (typeof ASPEK_PP30)[number];

/**
 * The perilaku aspects assessed for a post: Orientasi Pelayanan, Komitmen, Inisiatif Kerja and
 * Kerja Sama for everyone, plus Kepemimpinan for managerial posts (JPT, administrator,
 * pengawas, or any post with `jabatan.struktural: true`).
 *
 * @example
 * ```ts
 * aspekPerilaku({ jenis: 'FUNGSIONAL' }); // ['ORIENTASI_PELAYANAN', 'KOMITMEN', 'INISIATIF_KERJA', 'KERJA_SAMA']
 * aspekPerilaku({ jenis: 'PENGAWAS' }).length; // 5
 * ```
 */
export function aspekPerilaku(jabatan: Jabatan): readonly AspekPp30[] {
  return isStruktural(jabatan) ? ASPEK_PP30 : ASPEK_PP30.filter((a) => a !== 'KEPEMIMPINAN');
}

/** One rater's perilaku: the aspect scores and their mean. */
export interface PenilaiPerilaku<T> {
  /** Index in `perilaku.penilaian`. */
  readonly index: number;
  readonly peran: PeranPenilai;
  readonly aspek: Readonly<Partial<Record<AspekPp30, T>>>;
  /** Mean of the aspects. */
  readonly nilai: T;
}

/** Result of {@link bacaPerilaku}. */
export type BacaPerilaku<T> =
  | {
      readonly ok: true;
      readonly penilai: readonly PenilaiPerilaku<T>[];
      /** Paths of Kepemimpinan scores given for a non-managerial post (ignored). */
      readonly kepemimpinanDiabaikan: readonly Path[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const DECIMAL_RE = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)\s*$/;
const ASPEK_SET = new Set<string>(ASPEK_PP30);

/**
 * Reads and validates the perilaku input of a PP 30/2019 appraisal: every rater must score
 * every aspect of the post with a number 0–`nilaiMaks` (the conversion of behaviour levels
 * 1–7 into numbers is not confirmed, so the library does not guess it); unknown aspect codes
 * are errors; a Kepemimpinan score for a non-managerial post is ignored.
 *
 * @example
 * ```ts
 * const r = bacaPerilaku(decimalCalculator, appraisal, permenpanrb_8_2021.params);
 * if (r.ok) r.penilai[0].nilai; // mean of the atasan's aspect scores
 * ```
 */
export function bacaPerilaku<T>(
  c: Calculator<T>,
  a: Appraisal,
  params: Pp30Params,
): BacaPerilaku<T> {
  const penilaian = a.perilaku?.penilaian ?? [];
  if (penilaian.length === 0) {
    const path: Path = a.perilaku === undefined ? ['perilaku'] : ['perilaku', 'penilaian'];
    return { ok: false, issues: [PP30_MESSAGES.issue('PERILAKU_MISSING', path, {})] };
  }
  const required = aspekPerilaku(a.pegawai.jabatan);
  const requiredSet = new Set<string>(required);
  const max = c.from(params.nilaiMaks.value);
  const zero = c.from(0);
  const issues: Issue[] = [];
  const ignored: Path[] = [];
  const penilai: PenilaiPerilaku<T>[] = [];

  penilaian.forEach((p, i) => {
    const base: Path = ['perilaku', 'penilaian', i, 'nilai'];
    for (const key of Object.keys(p.nilai)) {
      if (!ASPEK_SET.has(key)) {
        issues.push(PP30_MESSAGES.issue('PERILAKU_ASPEK_UNKNOWN', [...base, key], { aspek: key }));
      } else if (!requiredSet.has(key)) {
        ignored.push([...base, key]);
      }
    }
    const aspek: Partial<Record<AspekPp30, T>> = {};
    let complete = true;
    for (const k of required) {
      const v = p.nilai[k];
      const path: Path = [...base, k];
      if (v === undefined) {
        issues.push(PP30_MESSAGES.issue('PERILAKU_ASPEK_MISSING', path, { aspek: k }));
        complete = false;
        continue;
      }
      if (typeof v === 'string' && !DECIMAL_RE.test(v)) {
        issues.push(PP30_MESSAGES.issue('PERILAKU_SCORE_NOT_NUMBER', path, { value: v }));
        complete = false;
        continue;
      }
      const x = c.from(typeof v === 'string' ? v.trim() : v);
      if (c.cmp(x, zero) < 0 || c.cmp(x, max) > 0) {
        issues.push(
          PP30_MESSAGES.issue('PERILAKU_SCORE_RANGE', path, {
            value: String(v),
            max: params.nilaiMaks.value,
          }),
        );
        complete = false;
        continue;
      }
      aspek[k] = x;
    }
    if (!complete) return;
    const values = required.map((k) => aspek[k] as T);
    penilai.push({
      index: i,
      peran: p.penilai.peran,
      aspek,
      nilai: c.div(sum(c, values), c.from(values.length)),
    });
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, penilai, kepemimpinanDiabaikan: ignored };
}

/** Result of {@link nilaiPerilaku}. */
export interface NilaiPerilaku<T> {
  readonly nilai: T;
  /** Mean per role (several raters of one role are averaged first). */
  readonly perPeran: Readonly<Partial<Record<PeranPenilai, T>>>;
  /** The role weights actually used (present roles with weight > 0, re-normalised). */
  readonly bobot: UsedWeights<PeranPenilai>;
  /** Present roles whose weight is 0 (not counted). */
  readonly tanpaBobot: readonly PeranPenilai[];
}

/**
 * Combines the raters' perilaku values: raters of one role are averaged, then the roles are
 * weighted by `bobotPenilai` re-normalised over the roles present (a missing role is
 * excluded, never counted as zero). Returns `null` when no present role has a weight.
 *
 * @example
 * ```ts
 * const c = decimalCalculator;
 * nilaiPerilaku(c, [
 *   { peran: 'ATASAN', nilai: c.from(100) },
 *   { peran: 'REKAN_KERJA', nilai: c.from(90) },
 * ], { ATASAN: 6000, REKAN_KERJA: 2000, BAWAHAN: 2000, MASYARAKAT: 0, DIRI_SENDIRI: 0 });
 * // nilai = (6000 × 100 + 2000 × 90) / 8000 = 97.5 (BAWAHAN is missing: re-normalised)
 * ```
 */
export function nilaiPerilaku<T>(
  c: Calculator<T>,
  penilai: readonly { readonly peran: PeranPenilai; readonly nilai: T }[],
  bobot: RaterWeights,
): NilaiPerilaku<T> | null {
  const groups = new Map<PeranPenilai, T[]>();
  for (const p of penilai) {
    const g = groups.get(p.peran);
    if (g) g.push(p.nilai);
    else groups.set(p.peran, [p.nilai]);
  }
  const perPeran: Partial<Record<PeranPenilai, T>> = {};
  for (const [peran, xs] of groups) perPeran[peran] = c.div(sum(c, xs), c.from(xs.length));
  const present = [...groups.keys()].sort();
  const used = renormalize<PeranPenilai>(bobot, present);
  const tanpaBobot = present.filter((p) => used.used[p] === undefined);
  if (used.total <= 0) return null;
  return {
    nilai: weightedMean<T, PeranPenilai>(c, perPeran, used),
    perPeran,
    bobot: used,
    tanpaBobot,
  };
}
