/* checkDistribution: the team's counts against the guidance, SuccessFactors style. */
import { z } from 'zod';
import {
  LABELS,
  PREDIKAT_PEGAWAI,
  type PredikatOrganisasi,
  type PredikatPegawai,
} from '../codes.js';
import { type Text, t } from '../i18n/text.js';
import type { Issue, Warning } from '../issues/issue.js';
import { safeParseWith } from '../issues/zod.js';
import type { MatriksPredikat } from '../regimes/pmk6/params.js';
import { permenpanrb_6_2022 } from '../regimes/pmk6/ruleset.js';
import { kindOf, type LegalRef, LegalRefSchema, type RuleKind, ref } from '../ruleset/legal.js';
import type { Param } from '../ruleset/types.js';
import type { TraceStep, TraceValue } from '../trace/trace.js';
import {
  binIndex,
  DISTRIBUTION_REFS,
  type DistributionGuidance,
  type GuidanceParams,
  type GuidanceRule,
  type ResolvedRule,
  resolveRules,
  se_menpanrb_3_2023,
} from './guidance.js';
import {
  countsOf,
  type PredikatCounts,
  parseCounts,
  parseOrgPredikat,
  parseTeam,
  type TeamMember,
} from './input.js';
import { CALIBRATION_MESSAGES as M } from './messages.js';
import {
  bpText,
  type CountInterval,
  countInterval,
  OPERATORS,
  type QuotaRounding,
  shareInterval,
} from './quota.js';
import { type BoundedSet, solveDistribution } from './solver.js';

const BinSchema = z.enum(PREDIKAT_PEGAWAI);
const TextSchema = z.strictObject({ id: z.string(), en: z.string() });
const Bp = z.number().int().min(0).max(10000);
const AGENCY_REF = ref('Pedoman instansi', 'CONFIRMED', undefined, {
  note: 'Agency guideline given by the caller.',
});
const between = (v: { op: string; bp?: unknown; n?: unknown }) =>
  (v.op === 'between') === Array.isArray(v.bp ?? v.n);
const ordered = (x: unknown) => !Array.isArray(x) || (x[0] as number) <= (x[1] as number);
const betweenMsg = {
  message: '"between" needs [a, b] with a ≤ b; the other operators need one number',
};

/**
 * An agency guideline as JSON: a share (basis points) or a count on any predikat or group of
 * predikat with `=`, `<`, `<=`, `>`, `>=` or `between`, or a modal rule.
 *
 * @example
 * ```ts
 * GuidelineSchema.parse({ id: 'kab.sb.max20', kind: 'SHARE', bins: ['SANGAT_BAIK'], op: '<', bp: 2000 });
 * GuidelineSchema.parse({ id: 'kab.baik', kind: 'SHARE', bins: ['BAIK', 'SANGAT_BAIK'], op: 'between', bp: [4000, 8000] });
 * ```
 */
export const GuidelineSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      id: z.string().min(1),
      kind: z.literal('SHARE'),
      bins: z.array(BinSchema).min(1),
      op: z.enum(OPERATORS),
      bp: z.union([Bp, z.tuple([Bp, Bp])]),
      ref: LegalRefSchema.optional(),
      text: TextSchema.optional(),
    })
    .refine(between, betweenMsg)
    .refine((v) => ordered(v.bp), betweenMsg),
  z
    .strictObject({
      id: z.string().min(1),
      kind: z.literal('COUNT'),
      bins: z.array(BinSchema).min(1),
      op: z.enum(OPERATORS),
      n: z.union([
        z.number().int().min(0),
        z.tuple([z.number().int().min(0), z.number().int().min(0)]),
      ]),
      ref: LegalRefSchema.optional(),
      text: TextSchema.optional(),
    })
    .refine(between, betweenMsg)
    .refine((v) => ordered(v.n), betweenMsg),
  z.strictObject({
    id: z.string().min(1),
    kind: z.literal('MODAL'),
    bin: BinSchema,
    ties: z.boolean().default(true),
    ref: LegalRefSchema.optional(),
    text: TextSchema.optional(),
  }),
]);
/**
 * An agency guideline as JSON input.
 *
 * @example
 * ```ts
 * const g: GuidelineInput = { id: 'x', kind: 'COUNT', bins: ['KURANG'], op: '<', n: 2 };
 * ```
 */
export type GuidelineInput = z.input<typeof GuidelineSchema>;

/**
 * Options of {@link checkDistribution}.
 *
 * @example
 * ```ts
 * const o: CheckDistributionOptions = {
 *   enforce: true,
 *   guidelines: [{ id: 'kab.sb', kind: 'SHARE', bins: ['SANGAT_BAIK'], op: '<=', bp: 2000 }],
 * };
 * ```
 */
export interface CheckDistributionOptions {
  /** The guidance (default SE MenPANRB 3/2023 with the spec's readings). */
  readonly guidance?: DistributionGuidance;
  /** Agency guidelines checked after the national ones (JSON, validated). */
  readonly guidelines?: readonly unknown[];
  /**
   * Turn violations into errors (`ok: false`). Default false: the SE calls the pattern a
   * consideration for the leader, so violations are warnings.
   */
  readonly enforce?: boolean;
  /** The kuadran used to validate members' ratings (default PermenPANRB 6/2022). */
  readonly matrix?: MatriksPredikat;
}

/**
 * What to do about a rule: add or remove between `min` and `max` people.
 *
 * @example
 * ```ts
 * const a: RuleAction = { type: 'REMOVE', min: 2, max: 9 }; // "remove 2–9 people"
 * ```
 */
export interface RuleAction {
  readonly type: 'ADD' | 'REMOVE';
  readonly min: number;
  readonly max: number;
}

/**
 * A reading parameter used by a rule.
 *
 * @example
 * ```ts
 * const u: UsedReading = { name: 'danAtau', value: 'GABUNGAN', isDefault: true };
 * ```
 */
export interface UsedReading {
  readonly name: string;
  readonly value: unknown;
  readonly isDefault: boolean;
}

/**
 * The outcome of one rule at the team's headcount.
 *
 * @example
 * ```ts
 * const rule = checkDistribution({ BAIK: 9, SANGAT_BAIK: 1 }, 'BAIK').check?.rules[0];
 * rule?.allowed; // { min: 0, max: 7 }
 * rule?.status; // 'ABOVE'
 * ```
 */
export interface RuleCheck {
  readonly id: string;
  readonly kind: 'SHARE' | 'COUNT' | 'MODAL';
  readonly bins: readonly PredikatPegawai[];
  readonly op?: string;
  readonly bp?: number | readonly [number, number];
  readonly n?: number | readonly [number, number];
  readonly origin: 'SE' | 'AGENCY';
  readonly ref: LegalRef;
  readonly ruleKind: RuleKind;
  readonly readings: readonly UsedReading[];
  readonly text?: Text;
  /** The limit in words, e.g. "Baik maksimal 70%". */
  readonly label: Text;
  /** Allowed count interval at this headcount (`min > max`: the rule cannot be met). */
  readonly allowed: CountInterval;
  /** MODAL only: whether the modal predikat may tie with another. */
  readonly ties?: boolean;
  readonly actual: number;
  readonly status: 'OK' | 'BELOW' | 'ABOVE' | 'EMPTY';
  /** "Add k to / remove k from" as a range. */
  readonly action?: RuleAction;
  readonly message: Text;
}

/**
 * The distribution check of a team.
 *
 * @example
 * ```ts
 * const c = checkDistribution({ BAIK: 8, BUTUH_PERBAIKAN: 2 }, 'BAIK').check;
 * c?.verdict; // 'TIDAK_MEMENUHI' (Baik 8 > 7)
 * c?.feasibleAtHeadcount; // true
 * ```
 */
export interface DistributionCheck {
  readonly orgPredikat: PredikatOrganisasi;
  readonly headcount: number;
  readonly counts: PredikatCounts;
  readonly guidance: { readonly id: string; readonly version: string };
  readonly rules: readonly RuleCheck[];
  readonly verdict: 'MEMENUHI' | 'TIDAK_MEMENUHI';
  /**
   * Whether any distribution of this many people meets every rule (`undefined` when the
   * guidelines are beyond the solver: partly overlapping groups or several modal rules).
   */
  readonly feasibleAtHeadcount: boolean | undefined;
  readonly mode: 'ADVISORY' | 'ENFORCED';
  /** Why advisory is the default: the SE calls the pattern a consideration for the leader. */
  readonly modeRef: LegalRef;
  /** Enforced and violated (finalisation must be blocked). */
  readonly blocking: boolean;
  /** One issue per violated rule (warning when advisory, error when enforced). */
  readonly issues: readonly Issue[];
  /** Readings (UNCERTAIN parameters) that decided something. */
  readonly warnings: readonly Warning[];
  /**
   * One trace step per rule (`calibration.distribution.<rule id>`): legal reference,
   * quotation or reading, inputs (headcount, predikat, operator, share), output (allowed
   * interval, actual, status) and the explanation in both languages.
   */
  readonly trace: readonly TraceStep[];
}

/**
 * Result of {@link checkDistribution}: `ok: false` for invalid input or an enforced violation.
 *
 * @example
 * ```ts
 * const r: DistributionCheckResult = checkDistribution({ BAIK: 10 }, 'BAIK', { enforce: true });
 * r.ok; // false: enforced and violated
 * ```
 */
export type DistributionCheckResult =
  | { readonly ok: true; readonly check: DistributionCheck; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly check?: DistributionCheck };

const L = LABELS.predikatPegawai;
const binsText = (bins: readonly PredikatPegawai[]) => bins.map((b) => L[b].id).join(' + ');
const OP_TEXT: Record<string, Text> = {
  '=': t('tepat', 'exactly'),
  '<': t('kurang dari', 'less than'),
  '<=': t('maksimal', 'at most'),
  '>': t('lebih dari', 'more than'),
  '>=': t('minimal', 'at least'),
  between: t('antara', 'between'),
};

function limitText(r: ResolvedRule): Text {
  if (r.kind === 'MODAL') {
    return t(
      `${L[r.bin].id} terbanyak${r.ties ? '' : ' (tanpa seri)'}`,
      `${L[r.bin].id} the most frequent${r.ties ? '' : ' (no ties)'}`,
    );
  }
  const op = OP_TEXT[r.op] as Text;
  const v =
    r.kind === 'SHARE'
      ? typeof r.bp === 'number'
        ? `${bpText(r.bp)}%`
        : `${bpText(r.bp[0])}–${bpText(r.bp[1])}%`
      : typeof r.n === 'number'
        ? `${r.n}`
        : `${r.n[0]}–${r.n[1]}`;
  const unit = r.kind === 'COUNT' ? t(' orang', ' person(s)') : t('', '');
  return t(
    `${binsText(r.bins)} ${op.id} ${v}${unit.id}`,
    `${binsText(r.bins)} ${op.en} ${v}${unit.en}`,
  );
}

/** Effective rounding and small-team treatment at headcount `h`. */
export function roundingAt(
  params: GuidanceParams,
  h: number,
): {
  rounding: { maks: QuotaRounding; min: QuotaRounding };
  small: boolean;
  advisoryOnly: boolean;
} {
  const tk = params.timKecil.value;
  const small = h < tk.ambang;
  if (small && tk.perlakuan === 'LONGGAR') {
    return { rounding: { maks: 'CEIL', min: 'FLOOR' }, small, advisoryOnly: false };
  }
  return {
    rounding: { ...params.pembulatanKuota.value },
    small,
    advisoryOnly: small && tk.perlakuan === 'NASIHAT',
  };
}

const FEASIBLE_CACHE = new Map<string, boolean | undefined>();

/**
 * Whether any distribution of `h` people meets the bounds and the modal rule. Pure, so it is
 * memoised by its inputs (teams of the same size share the answer).
 */
function feasibleAt(
  h: number,
  bounds: readonly BoundedSet[],
  modal: { bin: number; ties: boolean } | undefined,
): boolean | undefined {
  const key = `${h}|${modal ? `${modal.bin}${modal.ties ? 't' : 's'}` : '-'}|${bounds
    .map((b) => `${b.bins.join(',')}:${b.min}-${b.max}`)
    .join(';')}`;
  if (FEASIBLE_CACHE.has(key)) return FEASIBLE_CACHE.get(key);
  const s = solveDistribution(
    {
      nBins: PREDIKAT_PEGAWAI.length,
      groups: [{ from: 0, allowed: [0, 1, 2, 3, 4], count: h }],
      bounds,
      ...(modal ? { modal } : {}),
    },
    { feasibilityOnly: true },
  );
  const v = s.feasible ? true : s.reason === 'INFEASIBLE' ? false : undefined;
  if (FEASIBLE_CACHE.size >= 10_000) FEASIBLE_CACHE.clear();
  FEASIBLE_CACHE.set(key, v);
  return v;
}

/** The smallest number of people to move into `x` (from the largest other bins) to make it modal. */
function modalShortfall(counts: readonly number[], x: number, ties: boolean): number {
  const c = [...counts];
  let k = 0;
  for (;;) {
    let maxI = -1;
    for (let i = 0; i < c.length; i++) {
      if (i !== x && (maxI === -1 || (c[i] as number) > (c[maxI] as number))) maxI = i;
    }
    const ok =
      maxI === -1 ||
      (ties ? (c[x] as number) >= (c[maxI] as number) : (c[x] as number) > (c[maxI] as number));
    if (ok) return k;
    if ((c[maxI] as number) === 0) return k;
    c[maxI] = (c[maxI] as number) - 1;
    c[x] = (c[x] as number) + 1;
    k++;
  }
}

/** Allowed interval of a non-modal rule at headcount `h`. */
export function intervalOf(
  r: ResolvedRule,
  h: number,
  rounding: { maks: QuotaRounding; min: QuotaRounding },
): CountInterval {
  if (r.kind === 'SHARE') return shareInterval(h, r.op, r.bp, rounding);
  if (r.kind === 'COUNT') return countInterval(h, r.op, r.n);
  return { min: 0, max: h };
}

/** Evaluates resolved rules against counts (shared by check, propose and sessions). */
export function evaluateRules(
  g: DistributionGuidance,
  org: PredikatOrganisasi,
  rules: readonly ResolvedRule[],
  counts: PredikatCounts,
  enforce: boolean,
): DistributionCheck {
  const h = PREDIKAT_PEGAWAI.reduce((s, p) => s + counts[p], 0);
  const { rounding, small, advisoryOnly } = roundingAt(g.params, h);
  const vec = PREDIKAT_PEGAWAI.map((p) => counts[p]);
  const readingNames = new Set<string>();
  const param = (name: string): UsedReading => {
    const p = g.params[name as keyof GuidanceParams] as Param<unknown>;
    readingNames.add(name);
    return { name, value: p.value, isDefault: p.overriddenBy === undefined };
  };
  const checks: RuleCheck[] = [];
  const bounds: BoundedSet[] = [];
  let modal: { bin: number; ties: boolean } | undefined;
  let modalCount = 0;
  for (const r of rules) {
    const readings = r.readings.map(param);
    if (r.kind === 'SHARE' && r.op !== '<' && r.op !== '>') {
      const edges = typeof r.bp === 'number' ? [r.bp] : r.bp;
      if (edges.some((b) => (h * b) % 10000 !== 0)) readings.push(param('pembulatanKuota'));
    }
    if (small && r.kind === 'SHARE') readings.push(param('timKecil'));
    const bins = r.kind === 'MODAL' ? [r.bin] : r.bins;
    const actual = bins.reduce((s, b) => s + counts[b], 0);
    let allowed: CountInterval;
    let status: RuleCheck['status'];
    let action: RuleAction | undefined;
    if (r.kind === 'MODAL') {
      const x = binIndex(r.bin);
      const k = modalShortfall(vec, x, r.ties);
      let maxOther = 0;
      vec.forEach((c, i) => {
        if (i !== x) maxOther = Math.max(maxOther, c);
      });
      allowed = { min: k === 0 ? Math.min(h, maxOther + (r.ties ? 0 : 1)) : actual + k, max: h };
      status = k === 0 ? 'OK' : 'BELOW';
      if (k > 0) action = { type: 'ADD', min: k, max: h - actual };
      modal = { bin: x, ties: r.ties };
      modalCount++;
    } else {
      allowed = intervalOf(r, h, rounding);
      bounds.push({ bins: r.bins.map(binIndex), min: allowed.min, max: allowed.max });
      if (allowed.min > allowed.max) status = 'EMPTY';
      else if (actual < allowed.min) {
        status = 'BELOW';
        action = { type: 'ADD', min: allowed.min - actual, max: allowed.max - actual };
      } else if (actual > allowed.max) {
        status = 'ABOVE';
        action = { type: 'REMOVE', min: actual - allowed.max, max: actual - allowed.min };
      } else status = 'OK';
    }
    const lim = limitText(r);
    const range =
      allowed.min > allowed.max
        ? t('tidak ada', 'none')
        : t(`${allowed.min}–${allowed.max}`, `${allowed.min}–${allowed.max}`);
    const act = action
      ? action.type === 'ADD'
        ? t(
            `tambah ${action.min === action.max ? action.min : `${action.min}–${action.max}`} orang`,
            `add ${action.min === action.max ? action.min : `${action.min}–${action.max}`} people`,
          )
        : t(
            `kurangi ${action.min === action.max ? action.min : `${action.min}–${action.max}`} orang`,
            `remove ${action.min === action.max ? action.min : `${action.min}–${action.max}`} people`,
          )
      : status === 'EMPTY'
        ? t('tidak dapat dipenuhi pada jumlah pegawai ini', 'cannot be met at this headcount')
        : t('sesuai', 'met');
    const message = t(
      `${lim.id}: diizinkan ${range.id} dari ${h}, aktual ${actual} → ${act.id}`,
      `${lim.en}: allowed ${range.en} of ${h}, actual ${actual} → ${act.en}`,
    );
    checks.push({
      id: r.id,
      kind: r.kind,
      bins,
      ...(r.kind !== 'MODAL' ? { op: r.op } : {}),
      ...(r.kind === 'SHARE' ? { bp: r.bp } : {}),
      ...(r.kind === 'COUNT' ? { n: r.n } : {}),
      ...(r.kind === 'MODAL' ? { ties: r.ties } : {}),
      origin: r.origin,
      ref: r.ref,
      ruleKind: readings.length > 0 ? 'reading' : kindOf(r.ref),
      readings,
      ...(r.text !== undefined ? { text: r.text } : {}),
      label: lim,
      allowed,
      actual,
      status,
      ...(action ? { action } : {}),
      message,
    });
  }
  let feasibleAtHeadcount: boolean | undefined;
  if (h === 0) feasibleAtHeadcount = true;
  else if (modalCount <= 1) feasibleAtHeadcount = feasibleAt(h, bounds, modal);
  const violated = checks.filter((c) => c.status !== 'OK');
  const enforced = enforce && !advisoryOnly;
  const severity = enforced ? 'error' : 'warning';
  const issues: Issue[] = violated.map((c) =>
    M.issue(
      'RULE_VIOLATED',
      ['rules', c.id],
      { rule: c.id, detailId: c.message.id, detailEn: c.message.en },
      severity,
    ),
  );
  if (feasibleAtHeadcount === false) {
    issues.push(M.issue('GUIDANCE_INFEASIBLE', ['rules'], { h }, 'warning'));
  }
  const warnings: Warning[] = [...readingNames].sort().map((name) =>
    M.warning(
      'READING_USED',
      {
        name,
        value: JSON.stringify((g.params[name as keyof GuidanceParams] as Param<unknown>).value),
      },
      'calibration.distribution',
    ),
  );
  if (small) {
    const tk = g.params.timKecil.value;
    warnings.push(
      M.warning(
        'SMALL_TEAM',
        { h, ambang: tk.ambang, perlakuan: tk.perlakuan },
        'calibration.distribution',
      ),
    );
  }
  const trace: TraceStep[] = checks.map((c) => {
    const first = c.readings[0];
    return {
      rule: `calibration.distribution.${c.id}`,
      title: c.label,
      ref: c.ref,
      kind: c.ruleKind,
      inputs: {
        headcount: h,
        predikat: [...c.bins],
        ...(c.op !== undefined ? { op: c.op } : {}),
        ...(c.bp !== undefined ? { bp: typeof c.bp === 'number' ? c.bp : [...c.bp] } : {}),
        ...(c.n !== undefined ? { n: typeof c.n === 'number' ? c.n : [...c.n] } : {}),
        rounding: { maks: rounding.maks, min: rounding.min },
      },
      output: { allowed: { ...c.allowed }, actual: c.actual, status: c.status },
      explanation: c.message,
      ...(first
        ? {
            parameter: {
              name: first.name,
              value: JSON.parse(JSON.stringify(first.value)) as TraceValue,
              isDefault: first.isDefault,
            },
          }
        : {}),
    };
  });
  return {
    orgPredikat: org,
    headcount: h,
    counts,
    guidance: { id: g.id, version: g.version },
    rules: checks,
    verdict: violated.length === 0 ? 'MEMENUHI' : 'TIDAK_MEMENUHI',
    feasibleAtHeadcount,
    mode: enforced ? 'ENFORCED' : 'ADVISORY',
    modeRef: DISTRIBUTION_REFS.advisory,
    blocking: enforced && violated.length > 0,
    issues,
    warnings,
    trace,
  };
}

/** Validates agency guidelines into rules (with a default agency reference). */
export function parseGuidelines(input: readonly unknown[] | undefined): {
  rules: GuidanceRule[];
  issues: Issue[];
} {
  const rules: GuidanceRule[] = [];
  const issues: Issue[] = [];
  (input ?? []).forEach((g, i) => {
    const r = safeParseWith(GuidelineSchema, g, ['guidelines', i]);
    if (!r.success) {
      issues.push(...r.issues);
      return;
    }
    const d = r.data;
    rules.push({ ...d, ref: d.ref ?? AGENCY_REF } as GuidanceRule);
  });
  return { rules, issues };
}

/** Shared preparation: validated counts or team, org predikat, rules. */
export function prepare(
  input: unknown,
  orgPredikat: unknown,
  opts: CheckDistributionOptions,
):
  | {
      ok: true;
      org: PredikatOrganisasi;
      guidance: DistributionGuidance;
      rules: ResolvedRule[];
      counts: PredikatCounts;
    }
  | { ok: false; issues: Issue[] } {
  const g = opts.guidance ?? se_menpanrb_3_2023;
  const o = parseOrgPredikat(orgPredikat);
  const gl = parseGuidelines(opts.guidelines);
  let counts: PredikatCounts | undefined;
  const issues: Issue[] = [...o.issues, ...gl.issues];
  if (Array.isArray(input)) {
    const team = parseTeam(input, {
      matrix: opts.matrix ?? permenpanrb_6_2022.params.matriks.value,
    });
    issues.push(...team.issues);
    counts = countsOf(team.members);
  } else {
    const c = parseCounts(input);
    issues.push(...c.issues);
    counts = c.counts;
  }
  if (issues.length > 0 || !o.value || !counts) return { ok: false, issues };
  const h = PREDIKAT_PEGAWAI.reduce((s, p) => s + (counts as PredikatCounts)[p], 0);
  if (!Number.isSafeInteger(h * 10000)) {
    return { ok: false, issues: [M.issue('HEADCOUNT_TOO_LARGE', [], { h })] };
  }
  return { ok: true, org: o.value, guidance: g, rules: resolveRules(g, o.value, gl.rules), counts };
}

/** Preparation of a team (members kept) for proposals and sessions. */
export function prepareTeam(
  team: unknown,
  orgPredikat: unknown,
  opts: CheckDistributionOptions & { readonly scoreKeys?: readonly string[] },
  matrix: MatriksPredikat,
):
  | {
      ok: true;
      org: PredikatOrganisasi;
      guidance: DistributionGuidance;
      rules: ResolvedRule[];
      members: TeamMember[];
    }
  | { ok: false; issues: Issue[] } {
  const g = opts.guidance ?? se_menpanrb_3_2023;
  const o = parseOrgPredikat(orgPredikat);
  const gl = parseGuidelines(opts.guidelines);
  const t = parseTeam(team, { matrix, ...(opts.scoreKeys ? { scoreKeys: opts.scoreKeys } : {}) });
  const issues = [...o.issues, ...gl.issues, ...t.issues];
  if (issues.length > 0 || !o.value) return { ok: false, issues };
  if (!Number.isSafeInteger(t.members.length * 10000 * 2)) {
    return { ok: false, issues: [M.issue('HEADCOUNT_TOO_LARGE', [], { h: t.members.length })] };
  }
  return {
    ok: true,
    org: o.value,
    guidance: g,
    rules: resolveRules(g, o.value, gl.rules),
    members: t.members,
  };
}

/**
 * Checks a team's distribution of employee predikat against the guidance for the organisation
 * predikat (SE MenPANRB 3/2023, plus agency guidelines). For every rule it returns the allowed
 * count interval at the team's headcount (integer basis-point arithmetic), the actual count,
 * the status and the "add k / remove k" guidance as a range, as SAP SuccessFactors shows it;
 * plus whether the guidance can be met at all at this headcount. Advisory by default
 * (violations are warnings and `ok` stays true); with `enforce: true` they are errors.
 *
 * @param input - `evaluate()` results and/or `{ nip, predikat, … }` objects, or counts per predikat.
 * @param orgPredikat - ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG or SANGAT_KURANG.
 *
 * @example
 * ```ts
 * const r = checkDistribution({ SANGAT_BAIK: 1, BAIK: 9 }, 'BAIK');
 * r.ok; // true (advisory)
 * r.check?.rules.find((x) => x.id === 'se3.baik.baik.sebagianBesar.max')?.action;
 * // { type: 'REMOVE', min: 2, max: 9 }  (Baik at most 70 % of 10 = 7)
 * ```
 */
export function checkDistribution(
  input: unknown,
  orgPredikat: unknown,
  opts: CheckDistributionOptions = {},
): DistributionCheckResult {
  const p = prepare(input, orgPredikat, opts);
  if (!p.ok) return { ok: false, issues: p.issues };
  return checkResult(evaluateRules(p.guidance, p.org, p.rules, p.counts, opts.enforce === true));
}

/** The result of {@link checkDistribution} for evaluated rules: not ok when a violation blocks. */
export function checkResult(check: DistributionCheck): DistributionCheckResult {
  if (check.blocking) return { ok: false, issues: check.issues, check };
  return { ok: true, check, issues: check.issues };
}
