/* SE MenPANRB 3/2023 "panduan pola distribusi" as dated data with readings (regulations.md §3.6). */
import {
  LABELS,
  PREDIKAT_ORGANISASI,
  PREDIKAT_PEGAWAI,
  type PredikatOrganisasi,
  type PredikatPegawai,
} from '../codes.js';
import { type Text, t } from '../i18n/text.js';
import { type LegalRef, ref } from '../ruleset/legal.js';
import type { Param } from '../ruleset/types.js';
import { bpText, type Operator, type QuotaRounding } from './quota.js';

/**
 * A guideline on the share of one predikat or a group of predikat, in basis points
 * (10000 = 100 %). `bp` is `[a, b]` for `between`.
 *
 * @example
 * ```ts
 * const r: ShareRule = {
 *   id: 'agency.sb.max15', kind: 'SHARE', bins: ['SANGAT_BAIK'], op: '<=', bp: 1500,
 *   ref: { regulation: 'Perka Contoh 1/2024', status: 'CONFIRMED' },
 * };
 * ```
 */
export interface ShareRule {
  readonly id: string;
  readonly kind: 'SHARE';
  readonly bins: readonly PredikatPegawai[];
  readonly op: Operator;
  readonly bp: number | readonly [number, number];
  readonly ref: LegalRef;
  /** The guidance text (a quotation when the ref is not UNCERTAIN). */
  readonly text?: Text;
  /**
   * A group stated "X dan/atau Y": with the reading `MASING_MASING` it becomes one rule per
   * predikat (see {@link GuidanceParams.danAtau}).
   */
  readonly danAtau?: boolean;
}

/**
 * A guideline on a number of people (e.g. "there must be at least one").
 *
 * @example
 * ```ts
 * const r: CountRule = {
 *   id: 'x.min1', kind: 'COUNT', bins: ['BUTUH_PERBAIKAN', 'KURANG'], op: '>=', n: 1,
 *   ref: { regulation: 'SE MenPANRB 3/2023', status: 'CONFIRMED-2' },
 * };
 * ```
 */
export interface CountRule {
  readonly id: string;
  readonly kind: 'COUNT';
  readonly bins: readonly PredikatPegawai[];
  readonly op: Operator;
  readonly n: number | readonly [number, number];
  readonly ref: LegalRef;
  readonly text?: Text;
  readonly danAtau?: boolean;
  /** The count comes from a reading parameter (`harusAda`), not from the text. */
  readonly fromParam?: 'harusAda';
}

/**
 * "No other predikat has more people than `bin`" (the modal reading of "sebagian besar");
 * with `ties: false`, every other predikat must have strictly fewer.
 *
 * @example
 * ```ts
 * const r: ModalRule = { id: 'x.modus', kind: 'MODAL', bin: 'BAIK', ties: true,
 *   ref: { regulation: 'SE MenPANRB 3/2023', status: 'UNCERTAIN' } };
 * ```
 */
export interface ModalRule {
  readonly id: string;
  readonly kind: 'MODAL';
  readonly bin: PredikatPegawai;
  readonly ties: boolean;
  readonly ref: LegalRef;
  readonly text?: Text;
}

/**
 * "Sebagian besar (maksimal `maxBp`)" `bin`: expanded by the reading
 * {@link GuidanceParams.sebagianBesar} into a share maximum and, by default, a modal rule.
 *
 * @example
 * ```ts
 * const r: SebagianBesarRule = { id: 'x', kind: 'SEBAGIAN_BESAR', bin: 'BAIK', maxBp: 7000,
 *   ref: { regulation: 'SE MenPANRB 3/2023', status: 'CONFIRMED-2' } };
 * ```
 */
export interface SebagianBesarRule {
  readonly id: string;
  readonly kind: 'SEBAGIAN_BESAR';
  readonly bin: PredikatPegawai;
  readonly maxBp: number;
  readonly ref: LegalRef;
  readonly text?: Text;
}

/**
 * A guidance rule as stored in data (before the readings are applied).
 *
 * @example
 * ```ts
 * const r: GuidanceRule = { id: 'kab.sk.max5', kind: 'SHARE', bins: ['SANGAT_KURANG'], op: '<=', bp: 500,
 *   ref: { regulation: 'Perbup Contoh 2/2024', status: 'CONFIRMED' } };
 * ```
 */
export type GuidanceRule = ShareRule | CountRule | ModalRule | SebagianBesarRule;

/**
 * A rule after the readings are applied: what is actually checked.
 *
 * @example
 * ```ts
 * const [max, modal] = resolveRules(se_menpanrb_3_2023, 'ISTIMEWA');
 * max?.kind; // 'SHARE' (≤ 70 %)
 * modal?.readings; // ['sebagianBesar']
 * ```
 */
export type ResolvedRule = (ShareRule | CountRule | ModalRule) & {
  /** Reading parameters that shaped this rule (names of {@link GuidanceParams}). */
  readonly readings: readonly string[];
  /** `SE` for the national guidance, `AGENCY` for an agency guideline. */
  readonly origin: 'SE' | 'AGENCY';
};

/**
 * The readings (UNCERTAIN points) of the distribution guidance, as parameters.
 *
 * @example
 * ```ts
 * se_menpanrb_3_2023.params.sebagianBesar.value; // { cara: 'MAKS_DAN_MODUS', seriBoleh: true }
 * ```
 */
export interface GuidanceParams {
  /** Rounding of share limits to people: maxima and minima. Default floor/ceil. */
  readonly pembulatanKuota: Param<{ readonly maks: QuotaRounding; readonly min: QuotaRounding }>;
  /**
   * Teams smaller than `ambang`: `SAMA` (same rounding, the default), `LONGGAR` (maxima round
   * up and minima down, so the guidance never forces a share below one whole person), or
   * `NASIHAT` (checked as usual but never blocking, even with `enforce`).
   */
  readonly timKecil: Param<{
    readonly ambang: number;
    readonly perlakuan: 'SAMA' | 'LONGGAR' | 'NASIHAT';
  }>;
  /**
   * Reading of "sebagian besar (maksimal 70%)": `MAKS_DAN_MODUS` (≤ 70 % and no other predikat
   * has more; default), `MAKS_SAJA` (≤ 70 % only) or `MAKS_DAN_MAYORITAS` (≤ 70 % and > 50 %).
   * `seriBoleh`: whether the modal predikat may tie with another (default true).
   */
  readonly sebagianBesar: Param<{
    readonly cara: 'MAKS_DAN_MODUS' | 'MAKS_SAJA' | 'MAKS_DAN_MAYORITAS';
    readonly seriBoleh: boolean;
  }>;
  /** Reading of "X dan/atau Y": the combined share (`GABUNGAN`, default) or each (`MASING_MASING`). */
  readonly danAtau: Param<'GABUNGAN' | 'MASING_MASING'>;
  /** "There must be" (harus ada) read as at least this many people (default 1). */
  readonly harusAda: Param<number>;
}

/**
 * The pattern for one organisation predikat.
 *
 * @example
 * ```ts
 * se_menpanrb_3_2023.pola.KURANG.title.en; // 'Organisation predikat Kurang'
 * ```
 */
export interface PolaDistribusi {
  readonly title: Text;
  readonly rules: readonly GuidanceRule[];
}

/**
 * Distribution guidance: dated data with legal references, one pattern per organisation
 * predikat, and the readings as parameters. An agency can extend it with {@link extendGuidance}.
 *
 * @example
 * ```ts
 * const g: DistributionGuidance = se_menpanrb_3_2023;
 * g.pola.BAIK.rules.length; // 2
 * ```
 */
export interface DistributionGuidance {
  readonly id: string;
  readonly version: string;
  readonly title: Text;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly legalBasis: readonly LegalRef[];
  readonly extends?: string;
  readonly agency?: string;
  readonly params: GuidanceParams;
  readonly pola: Readonly<Record<PredikatOrganisasi, PolaDistribusi>>;
}

const SRC =
  'https://naikpangkat.com/se-terbaru-menpan-rb-tetapkan-3-tahap-evaluasi-kinerja-asn-harus-lebih-waspada/3; echoed by kompas, jpnn, dara, postingnews';
const SE = (note?: string): LegalRef =>
  ref('SE MenPANRB 3/2023', 'CONFIRMED-2', 'Panduan pola distribusi predikat kinerja pegawai', {
    source: SRC,
    ...(note !== undefined ? { note } : {}),
  });
const READING = (note: string): LegalRef =>
  ref('SE MenPANRB 3/2023', 'UNCERTAIN', 'Panduan pola distribusi predikat kinerja pegawai', {
    source: SRC,
    note,
  });

/**
 * Legal references of the distribution guidance.
 *
 * @example
 * ```ts
 * DISTRIBUTION_REFS.se3.status; // 'CONFIRMED-2'
 * ```
 */
export const DISTRIBUTION_REFS = {
  se3: SE(),
  advisory: SE(
    'The SE calls the pattern a consideration for the leader ("digunakan sebagai pertimbangan bagi pimpinan"): advisory by default.',
  ),
  matrix: ref('PermenPANRB 6/2022', 'CONFIRMED-2', 'Lampiran — kuadran predikat kinerja pegawai', {
    note: 'A proposed change must be a change of rating consistent with the matrix.',
  }),
  headOfUnit: ref(
    'SE MenPANRB 3/2023',
    'CONFIRMED-2',
    'Pimpinan unit kerja: capaian kinerja organisasi = rating hasil kerja',
    {
      source:
        'https://postingnews.id/amp/11905/aturan-baru-pns-tidak-bisa-lagi-kerja-santai-sudah-mulai-dalam-pengawasan-ketat/16',
    },
  ),
} as const;

const L = LABELS.predikatPegawai;

/**
 * The national distribution guidance of SE MenPANRB 3/2023 (31 January 2023), CONFIRMED-2,
 * with the spec's readings as parameters (all UNCERTAIN): floor for maxima and ceil for minima,
 * "sebagian besar" = ≤ 70 % and modal (ties allowed), "dan/atau" = combined share, "harus ada" =
 * at least one person, no special small-team treatment. Missing caps are unconstrained.
 *
 * @example
 * ```ts
 * se_menpanrb_3_2023.pola.KURANG.rules.map((r) => r.id);
 * // ['se3.kurang.kurang.min60', 'se3.kurang.bp.min10', 'se3.kurang.sb.max10']
 * se_menpanrb_3_2023.params.pembulatanKuota.value; // { maks: 'FLOOR', min: 'CEIL' }
 * ```
 */
export const se_menpanrb_3_2023: DistributionGuidance = {
  id: 'se-menpanrb-3-2023',
  version: '1.0.0',
  title: t(
    'Panduan pola distribusi predikat kinerja pegawai (SE MenPANRB 3/2023)',
    'Distribution guidance of employee predikat (SE MenPANRB 3/2023)',
  ),
  effective: { from: '2023-01-31' },
  legalBasis: [SE()],
  params: {
    pembulatanKuota: {
      value: { maks: 'FLOOR', min: 'CEIL' },
      ref: READING(
        'Rounding on small teams is not specified; the spec recommends floor(share × n) for maxima and ceil(share × n) for minima.',
      ),
      description: t(
        'Pembulatan batas persentase ke jumlah orang: maksimum dibulatkan ke bawah, minimum ke atas',
        'Rounding of share limits to people: maxima round down, minima round up',
      ),
    },
    timKecil: {
      value: { ambang: 10, perlakuan: 'SAMA' },
      ref: READING('The SE says nothing about small teams; by default they use the same rounding.'),
      description: t(
        'Perlakuan tim kecil (di bawah ambang): SAMA, LONGGAR, atau NASIHAT',
        'Treatment of small teams (below the threshold): SAMA, LONGGAR or NASIHAT',
      ),
    },
    sebagianBesar: {
      value: { cara: 'MAKS_DAN_MODUS', seriBoleh: true },
      ref: READING(
        '"Sebagian besar (maksimal 70%)" reads both as "the largest group" and as "at most 70 %"; the safest check is share ≤ 70 % and the category is the modal one.',
      ),
      description: t(
        'Bacaan "sebagian besar (maksimal 70%)": ≤ 70 % dan terbanyak',
        'Reading of "sebagian besar (maksimal 70%)": ≤ 70 % and the most frequent',
      ),
    },
    danAtau: {
      value: 'GABUNGAN',
      ref: READING('"X dan/atau Y" is read as the combined share of X and Y.'),
      description: t(
        'Bacaan "X dan/atau Y": jumlah gabungan',
        'Reading of "X dan/atau Y": the combined count',
      ),
    },
    harusAda: {
      value: 1,
      ref: READING('"Harus ada" (there must be) is read as at least one employee.'),
      description: t(
        'Bacaan "harus ada": minimal jumlah orang',
        'Reading of "harus ada": the minimum number of people',
      ),
    },
  },
  pola: {
    ISTIMEWA: {
      title: t('Capaian kinerja organisasi Istimewa', 'Organisation predikat Istimewa'),
      rules: [
        {
          id: 'se3.istimewa.sb.sebagianBesar',
          kind: 'SEBAGIAN_BESAR',
          bin: 'SANGAT_BAIK',
          maxBp: 7000,
          ref: SE(),
          text: t(
            'Sebagian besar (maksimal 70%) Sangat Baik; selebihnya Baik, Butuh Perbaikan, Kurang/Misconduct dan/atau Sangat Kurang',
            'Most (at most 70 %) Sangat Baik; the rest Baik, Butuh Perbaikan, Kurang/Misconduct and/or Sangat Kurang',
          ),
        },
      ],
    },
    BAIK: {
      title: t('Capaian kinerja organisasi Baik', 'Organisation predikat Baik'),
      rules: [
        {
          id: 'se3.baik.baik.sebagianBesar',
          kind: 'SEBAGIAN_BESAR',
          bin: 'BAIK',
          maxBp: 7000,
          ref: SE(),
          text: t('Sebagian besar (maksimal 70%) Baik', 'Most (at most 70 %) Baik'),
        },
        {
          id: 'se3.baik.bpKurang.harusAda',
          kind: 'COUNT',
          bins: ['BUTUH_PERBAIKAN', 'KURANG'],
          op: '>=',
          n: 1,
          fromParam: 'harusAda',
          danAtau: true,
          ref: SE(),
          text: t(
            'Harus ada Butuh Perbaikan dan/atau Kurang/Misconduct; selebihnya Sangat Baik dan/atau Sangat Kurang',
            'There must be Butuh Perbaikan and/or Kurang/Misconduct; the rest Sangat Baik and/or Sangat Kurang',
          ),
        },
      ],
    },
    BUTUH_PERBAIKAN: {
      title: t(
        'Capaian kinerja organisasi Butuh Perbaikan (Cukup)',
        'Organisation predikat Butuh Perbaikan (Cukup)',
      ),
      rules: [
        {
          id: 'se3.butuhPerbaikan.bp.min60',
          kind: 'SHARE',
          bins: ['BUTUH_PERBAIKAN'],
          op: '>=',
          bp: 6000,
          ref: SE(),
          text: t('Minimal 60% Butuh Perbaikan', 'At least 60 % Butuh Perbaikan'),
        },
        {
          id: 'se3.butuhPerbaikan.sb.max10',
          kind: 'SHARE',
          bins: ['SANGAT_BAIK'],
          op: '<=',
          bp: 1000,
          ref: SE(),
          text: t(
            'Selebihnya Sangat Baik (maksimal 10%), Baik, Kurang/Misconduct dan/atau Sangat Kurang',
            'The rest Sangat Baik (at most 10 %), Baik, Kurang/Misconduct and/or Sangat Kurang',
          ),
        },
      ],
    },
    KURANG: {
      title: t('Capaian kinerja organisasi Kurang', 'Organisation predikat Kurang'),
      rules: [
        {
          id: 'se3.kurang.kurang.min60',
          kind: 'SHARE',
          bins: ['KURANG'],
          op: '>=',
          bp: 6000,
          ref: SE(),
          text: t('Minimal 60% Kurang/Misconduct', 'At least 60 % Kurang/Misconduct'),
        },
        {
          id: 'se3.kurang.bp.min10',
          kind: 'SHARE',
          bins: ['BUTUH_PERBAIKAN'],
          op: '>=',
          bp: 1000,
          ref: SE(),
          text: t('Minimal 10% Butuh Perbaikan', 'At least 10 % Butuh Perbaikan'),
        },
        {
          id: 'se3.kurang.sb.max10',
          kind: 'SHARE',
          bins: ['SANGAT_BAIK'],
          op: '<=',
          bp: 1000,
          ref: SE(),
          text: t(
            'Selebihnya Sangat Baik (maksimal 10%), Baik dan/atau Sangat Kurang',
            'The rest Sangat Baik (at most 10 %), Baik and/or Sangat Kurang',
          ),
        },
      ],
    },
    SANGAT_KURANG: {
      title: t('Capaian kinerja organisasi Sangat Kurang', 'Organisation predikat Sangat Kurang'),
      rules: [
        {
          id: 'se3.sangatKurang.sk.min60',
          kind: 'SHARE',
          bins: ['SANGAT_KURANG'],
          op: '>=',
          bp: 6000,
          ref: SE(),
          text: t('Minimal 60% Sangat Kurang', 'At least 60 % Sangat Kurang'),
        },
        {
          id: 'se3.sangatKurang.kurangBp.min10',
          kind: 'SHARE',
          bins: ['KURANG', 'BUTUH_PERBAIKAN'],
          op: '>=',
          bp: 1000,
          danAtau: true,
          ref: SE(),
          text: t(
            'Minimal 10% Kurang/Misconduct dan/atau Butuh Perbaikan',
            'At least 10 % Kurang/Misconduct and/or Butuh Perbaikan',
          ),
        },
        {
          id: 'se3.sangatKurang.sb.nol',
          kind: 'SHARE',
          bins: ['SANGAT_BAIK'],
          op: '=',
          bp: 0,
          ref: SE(),
          text: t(
            'Selebihnya Baik; tidak ada Sangat Baik (0%)',
            'The rest Baik; no Sangat Baik (0 %)',
          ),
        },
      ],
    },
  },
};

/**
 * An agency variant of a guidance: overrides reading parameters (marked `overriddenBy`) and
 * adds agency rules per organisation predikat. The national rules stay.
 *
 * @example
 * ```ts
 * const g = extendGuidance(se_menpanrb_3_2023, {
 *   id: 'kab-contoh-2024', agency: 'Kabupaten Contoh',
 *   params: { sebagianBesar: { cara: 'MAKS_SAJA', seriBoleh: true } },
 * });
 * g.params.sebagianBesar.overriddenBy; // 'kab-contoh-2024'
 * ```
 */
export function extendGuidance(
  base: DistributionGuidance,
  ext: {
    readonly id: string;
    readonly agency?: string;
    readonly version?: string;
    readonly effective?: { readonly from: string; readonly to?: string };
    readonly params?: { readonly [K in keyof GuidanceParams]?: GuidanceParams[K]['value'] };
    readonly rules?: { readonly [P in PredikatOrganisasi]?: readonly GuidanceRule[] };
  },
): DistributionGuidance {
  const params = { ...base.params } as Record<string, Param<unknown>>;
  for (const [k, v] of Object.entries(ext.params ?? {})) {
    const p = params[k];
    if (p !== undefined && v !== undefined) params[k] = { ...p, value: v, overriddenBy: ext.id };
  }
  const pola = { ...base.pola } as Record<PredikatOrganisasi, PolaDistribusi>;
  for (const o of PREDIKAT_ORGANISASI) {
    const extra = ext.rules?.[o];
    if (extra && extra.length > 0) pola[o] = { ...pola[o], rules: [...pola[o].rules, ...extra] };
  }
  return {
    ...base,
    id: ext.id,
    version: ext.version ?? base.version,
    extends: base.id,
    ...(ext.agency !== undefined ? { agency: ext.agency } : {}),
    ...(ext.effective !== undefined ? { effective: ext.effective } : {}),
    params: params as unknown as GuidanceParams,
    pola,
  };
}

/** National rules carry ids `se3.*`; everything else in a pattern is an agency guideline. */
function isAgencyRule(r: GuidanceRule): boolean {
  return !r.id.startsWith('se3.');
}

/**
 * Applies the readings to the rules of one organisation predikat (plus agency guidelines) and
 * returns what is actually checked, each rule listing the reading parameters it used.
 *
 * @example
 * ```ts
 * resolveRules(se_menpanrb_3_2023, 'BAIK').map((r) => `${r.kind}:${r.id}`);
 * // ['SHARE:se3.baik.baik.sebagianBesar.max', 'MODAL:se3.baik.baik.sebagianBesar.modus',
 * //  'COUNT:se3.baik.bpKurang.harusAda']
 * ```
 */
export function resolveRules(
  g: DistributionGuidance,
  org: PredikatOrganisasi,
  extra: readonly GuidanceRule[] = [],
): ResolvedRule[] {
  const out: ResolvedRule[] = [];
  const sb = g.params.sebagianBesar.value;
  const da = g.params.danAtau.value;
  const push = (r: GuidanceRule, origin: 'SE' | 'AGENCY') => {
    if (r.kind === 'SEBAGIAN_BESAR') {
      const lbl = L[r.bin];
      out.push({
        id: `${r.id}.max`,
        kind: 'SHARE',
        bins: [r.bin],
        op: '<=',
        bp: r.maxBp,
        ref: r.ref,
        text: t(`${lbl.id} maksimal ${bpText(r.maxBp)}%`, `${lbl.id} at most ${bpText(r.maxBp)} %`),
        readings: [],
        origin,
      });
      if (sb.cara === 'MAKS_DAN_MODUS') {
        out.push({
          id: `${r.id}.modus`,
          kind: 'MODAL',
          bin: r.bin,
          ties: sb.seriBoleh,
          ref: READING(g.params.sebagianBesar.ref.note ?? ''),
          text: t(
            `"Sebagian besar" ${lbl.id}: tidak ada predikat lain yang lebih banyak${sb.seriBoleh ? '' : ' atau sama banyak'}`,
            `"Sebagian besar" ${lbl.id}: no other predikat has more people${sb.seriBoleh ? '' : ' or as many'}`,
          ),
          readings: ['sebagianBesar'],
          origin,
        });
      } else if (sb.cara === 'MAKS_DAN_MAYORITAS') {
        out.push({
          id: `${r.id}.mayoritas`,
          kind: 'SHARE',
          bins: [r.bin],
          op: '>',
          bp: 5000,
          ref: READING(g.params.sebagianBesar.ref.note ?? ''),
          text: t(`${lbl.id} lebih dari 50%`, `${lbl.id} more than 50 %`),
          readings: ['sebagianBesar'],
          origin,
        });
      }
      return;
    }
    const readings: string[] = [];
    let rule: ShareRule | CountRule | ModalRule = r;
    if (r.kind === 'COUNT' && r.fromParam === 'harusAda') {
      rule = { ...r, n: g.params.harusAda.value };
      readings.push('harusAda');
    }
    if ((rule.kind === 'SHARE' || rule.kind === 'COUNT') && rule.danAtau && rule.bins.length > 1) {
      readings.push('danAtau');
      if (da === 'MASING_MASING') {
        for (const b of rule.bins) {
          out.push({ ...rule, id: `${rule.id}.${b}`, bins: [b], readings, origin });
        }
        return;
      }
    }
    out.push({ ...rule, readings, origin });
  };
  for (const r of g.pola[org].rules) push(r, isAgencyRule(r) ? 'AGENCY' : 'SE');
  for (const r of extra) push(r, 'AGENCY');
  return out;
}

/** Bins of a resolved rule (one bin for a modal rule). */
export function ruleBins(r: ShareRule | CountRule | ModalRule): readonly PredikatPegawai[] {
  return r.kind === 'MODAL' ? [r.bin] : r.bins;
}

/** Index of a predikat in {@link PREDIKAT_PEGAWAI} (0 = Sangat Baik). */
export function binIndex(p: PredikatPegawai): number {
  return PREDIKAT_PEGAWAI.indexOf(p);
}
