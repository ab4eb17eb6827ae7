/* Nilai perilaku kerja: PP 30/2019 + PermenPANRB 8/2021 (regulations.md §2.5). */
import type { Calculator } from '../../arith/calculator.js';
import type { Issue, Path } from '../../issues/issue.js';
import type { Appraisal } from '../../model/appraisal.js';
import { isStruktural, type Jabatan } from '../../model/pegawai.js';
import { ASPEK_PP30, type PeranPenilai } from '../../model/perilaku.js';
import type { RaterWeights } from '../../ruleset/types.js';
import { renormalize, type UsedWeights } from '../../weighting/weights.js';
import { konstantaPp30 } from './konstanta.js';
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
  return isStruktural(jabatan) ? ASPEK_PP30 : ASPEK_NON_MANAJERIAL;
}

const ASPEK_NON_MANAJERIAL: readonly AspekPp30[] = Object.freeze(
  ASPEK_PP30.filter((a) => a !== 'KEPEMIMPINAN'),
);

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

function base(i: number): Path {
  return ['perilaku', 'penilaian', i, 'nilai'];
}

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
  const k = konstantaPp30(c, params);
  const max = k.angka('nilaiMaks') as T;
  const zero = k.bilangan(0);
  const issues: Issue[] = [];
  const ignored: Path[] = [];
  const penilai: PenilaiPerilaku<T>[] = [];

  for (let i = 0; i < penilaian.length; i++) {
    const p = penilaian[i] as (typeof penilaian)[number];
    for (const key in p.nilai) {
      if (!Object.hasOwn(p.nilai, key)) continue;
      if (!ASPEK_SET.has(key)) {
        issues.push(
          PP30_MESSAGES.issue('PERILAKU_ASPEK_UNKNOWN', [...base(i), key], { aspek: key }),
        );
      } else if (!required.includes(key as AspekPp30)) {
        ignored.push([...base(i), key]);
      }
    }
    const values: T[] = [];
    let complete = true;
    for (const key of required) {
      const v = p.nilai[key];
      if (v === undefined) {
        issues.push(
          PP30_MESSAGES.issue('PERILAKU_ASPEK_MISSING', [...base(i), key], { aspek: key }),
        );
        complete = false;
        continue;
      }
      if (typeof v === 'string' && !DECIMAL_RE.test(v)) {
        issues.push(
          PP30_MESSAGES.issue('PERILAKU_SCORE_NOT_NUMBER', [...base(i), key], { value: v }),
        );
        complete = false;
        continue;
      }
      const x = c.from(typeof v === 'string' ? v.trim() : v);
      if (c.cmp(x, zero) < 0 || c.cmp(x, max) > 0) {
        issues.push(
          PP30_MESSAGES.issue('PERILAKU_SCORE_RANGE', [...base(i), key], {
            value: String(v),
            max: params.nilaiMaks.value,
          }),
        );
        complete = false;
        continue;
      }
      values.push(x);
    }
    if (!complete) continue;
    let acc = zero;
    for (const x of values) acc = c.add(acc, x);
    penilai.push({
      index: i,
      peran: p.penilai.peran,
      aspek: rekamAspekPp30(required, values),
      nilai: c.div(acc, k.bilangan(values.length)),
    });
  }
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
  // Raters grouped by role in order of first appearance (a role's mean adds its raters in
  // input order), roles then weighted in sorted order as `weightedMean` does.
  const roles: PeranPenilai[] = [];
  for (const p of penilai) if (!roles.includes(p.peran)) roles.push(p.peran);
  const perPeran: Partial<Record<PeranPenilai, T>> = {};
  const zero = c.from(0);
  for (const peran of roles) {
    let acc = zero;
    let n = 0;
    for (const p of penilai) {
      if (p.peran !== peran) continue;
      acc = c.add(acc, p.nilai);
      n++;
    }
    perPeran[peran] = c.div(acc, c.from(n));
  }
  const { used, tanpaBobot } = bobotDipakai(bobot, roles);
  if (used.total <= 0) return null;
  let acc = zero;
  for (const peran of used.sorted) {
    const x = perPeran[peran];
    if (x === undefined) continue;
    acc = c.add(acc, c.mul(x, c.from(used.used[peran] as number)));
  }
  return {
    nilai: c.div(acc, c.from(used.total)),
    perPeran,
    bobot: used.weights,
    tanpaBobot,
  };
}

/** Renormalised rater weights, cached per weights object and set of roles present. */
const BOBOT = new WeakMap<
  RaterWeights,
  Map<
    string,
    {
      used: {
        weights: UsedWeights<PeranPenilai>;
        used: UsedWeights<PeranPenilai>['used'];
        total: number;
        sorted: readonly PeranPenilai[];
      };
      tanpaBobot: readonly PeranPenilai[];
    }
  >
>();

/**
 * The rater weights used for the roles present, cached per weights object and set of roles;
 * fresh copies of what an outcome exposes. @internal
 */
export function bobotDipakai(bobot: RaterWeights, roles: readonly PeranPenilai[]) {
  const present = roles.length === 1 ? roles : [...roles].sort();
  const key = present.join(',');
  let byKey = BOBOT.get(bobot);
  if (byKey === undefined) {
    byKey = new Map();
    BOBOT.set(bobot, byKey);
  }
  let hit = byKey.get(key);
  if (hit === undefined) {
    const w = renormalize<PeranPenilai>(bobot, present);
    hit = {
      used: {
        weights: w,
        used: w.used,
        total: w.total,
        sorted: (Object.keys(w.used) as PeranPenilai[]).sort(),
      },
      tanpaBobot: present.filter((p) => w.used[p] === undefined),
    };
    if (byKey.size < 64) byKey.set(key, hit);
  }
  // Fresh copies of what the outcome exposes, so that no caller can alter the cache.
  return {
    used: hit.used,
    tanpaBobot: [...hit.tanpaBobot],
    weights: {
      used: { ...hit.used.weights.used },
      total: hit.used.weights.total,
      excluded: [...hit.used.weights.excluded],
    },
  };
}

/**
 * A record of values by aspect, keys in the order of `aspek` (`values[i]` belongs to
 * `aspek[i]`): a literal for the two aspect lists of {@link aspekPerilaku}.
 */
function rekamAspekPp30<V>(
  aspek: readonly AspekPp30[],
  values: readonly V[],
): Partial<Record<AspekPp30, V>> {
  const v = values as V[];
  if (aspek === ASPEK_NON_MANAJERIAL) {
    return {
      ORIENTASI_PELAYANAN: v[0],
      KOMITMEN: v[1],
      INISIATIF_KERJA: v[2],
      KERJA_SAMA: v[3],
    } as Partial<Record<AspekPp30, V>>;
  }
  if (aspek === ASPEK_PP30) {
    return {
      ORIENTASI_PELAYANAN: v[0],
      KOMITMEN: v[1],
      INISIATIF_KERJA: v[2],
      KERJA_SAMA: v[3],
      KEPEMIMPINAN: v[4],
    } as Partial<Record<AspekPp30, V>>;
  }
  const out: Partial<Record<AspekPp30, V>> = {};
  for (let i = 0; i < aspek.length; i++) out[aspek[i] as AspekPp30] = v[i];
  return out;
}
