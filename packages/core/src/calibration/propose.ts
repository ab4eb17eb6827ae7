/* proposeCalibration: the fewest predikat changes that meet the guidance, matrix-consistent. */
import { LABELS, PREDIKAT_PEGAWAI, type PredikatPegawai, RATINGS, type Rating } from '../codes.js';
import { type Text, t } from '../i18n/text.js';
import type { Issue } from '../issues/issue.js';
import type { MatriksPredikat } from '../regimes/pmk6/params.js';
import { permenpanrb_6_2022 } from '../regimes/pmk6/ruleset.js';
import type { LegalRef } from '../ruleset/legal.js';
import {
  type CheckDistributionOptions,
  checkDistribution,
  checkResult,
  type DistributionCheck,
  type DistributionCheckResult,
  evaluateRules,
  prepareTeam,
  type RuleCheck,
} from './check.js';
import { binIndex, DISTRIBUTION_REFS } from './guidance.js';
import { countsOf, type PredikatCounts, type TeamMember } from './input.js';
import { CALIBRATION_MESSAGES as M } from './messages.js';
import { type BoundedSet, type FlowGroup, solveDistribution } from './solver.js';

/**
 * Ranking keys for evidence and tie-breaking, applied in order.
 *
 * @example
 * ```ts
 * const keys: RankKey[] = ['skor', 'predikatSebelumnya', 'nip'];
 * ```
 */
export type RankKey = 'skor' | 'predikatSebelumnya' | 'nip';

/**
 * Options of {@link proposeCalibration}.
 *
 * @example
 * ```ts
 * const o: ProposeOptions = { ubah: ['hasilKerja', 'perilaku'], urutan: ['skor', 'nip'] };
 * ```
 */
export interface ProposeOptions extends CheckDistributionOptions {
  /**
   * Which ratings a proposal may change. Default `['hasilKerja']`: the distribution concerns
   * results, and the organisation's capaian is what the pejabat penilai weighs them against.
   * With `'perilaku'`, perilaku may move only between Sesuai and Di Atas: Di Bawah Ekspektasi
   * is a conduct finding, never a quota matter, so nobody is moved into or out of it.
   */
  readonly ubah?: readonly ('hasilKerja' | 'perilaku')[];
  /**
   * Among equally small sets of changes (same number of people, same total jump), prefer
   * raising predikat (`NAIK`, default: nobody gets less than calculated when the guidance can
   * be met otherwise, so fewer objections) or lowering them (`TURUN`).
   */
  readonly preferensi?: 'NAIK' | 'TURUN';
  /** Ranking keys (default `['skor', 'predikatSebelumnya', 'nip']`). */
  readonly urutan?: readonly RankKey[];
  /** Keys of `EvaluationResult.nilai` tried for the score (default rataRataCapaian, akhir, skp). */
  readonly scoreKeys?: readonly string[];
}

/**
 * A cell of the kuadran.
 *
 * @example
 * ```ts
 * const c: MatrixCell = { hasilKerja: 'DI_BAWAH_EKSPEKTASI', perilaku: 'SESUAI_EKSPEKTASI' }; // Butuh Perbaikan
 * ```
 */
export interface MatrixCell {
  readonly hasilKerja: Rating;
  readonly perilaku: Rating;
}

/**
 * One proposed change, never applied by the library.
 *
 * @example
 * ```ts
 * const r = proposeCalibration([{ nip: 'A', predikat: 'BAIK' }, { nip: 'B', predikat: 'BAIK' }], 'BAIK');
 * r.ok && r.feasible && r.changes[0]?.to; // 'BUTUH_PERBAIKAN'
 * ```
 */
export interface ProposedChange {
  readonly nip: string;
  readonly nama?: string;
  readonly from: PredikatPegawai;
  readonly to: PredikatPegawai;
  /** Rule ids this change helps satisfy. */
  readonly rules: readonly string[];
  readonly reason: Text;
  readonly evidence: {
    readonly skor?: number;
    /** 1 = first by the ranking keys. */
    readonly rank: number;
    readonly of: number;
    readonly predikatSebelumnya?: PredikatPegawai;
    /** The kuadran cell before and after (absent when the input carried no ratings). */
    readonly matrixCell?: { readonly from: MatrixCell; readonly to: MatrixCell };
  };
}

/**
 * Why a proposal is impossible.
 *
 * @example
 * ```ts
 * const why: InfeasibleReason = 'MATRIX_BINDS'; // the guidance needs a perilaku Di Bawah employee at Baik
 * ```
 */
export type InfeasibleReason =
  | 'GUIDANCE_INFEASIBLE'
  | 'MATRIX_BINDS'
  | 'NOT_LAMINAR'
  | 'TOO_MANY_MODAL';

/**
 * Result of {@link proposeCalibration}.
 *
 * @example
 * ```ts
 * const r: ProposeResult = proposeCalibration([], 'BAIK');
 * r.ok && r.feasible && r.changes.length; // 0
 * ```
 */
export type ProposeResult =
  | {
      readonly ok: true;
      readonly feasible: true;
      readonly changes: readonly ProposedChange[];
      readonly before: DistributionCheck;
      readonly after: DistributionCheck;
      /** Always false: proposals are never applied silently. */
      readonly applied: false;
      /** The guidance (SE MenPANRB 3/2023) and the matrix that binds the changes. */
      readonly legalBasis: readonly LegalRef[];
      readonly issues: readonly Issue[];
    }
  | {
      readonly ok: true;
      readonly feasible: false;
      readonly reason: InfeasibleReason;
      /** Violated rules that cannot be met (each alone would make the rest feasible, if any). */
      readonly blockingRules: readonly string[];
      readonly changes: readonly [];
      readonly before: DistributionCheck;
      readonly applied: false;
      readonly legalBasis: readonly LegalRef[];
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const ORD: Record<Rating, number> = {
  DI_ATAS_EKSPEKTASI: 0,
  SESUAI_EKSPEKTASI: 1,
  DI_BAWAH_EKSPEKTASI: 2,
};
const LP = LABELS.predikatPegawai;
const LEGAL_BASIS: readonly LegalRef[] = [DISTRIBUTION_REFS.se3, DISTRIBUTION_REFS.matrix];
const LR = LABELS.rating;

function cellsOf(m: TeamMember, matrix: MatriksPredikat): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (const h of RATINGS) {
    if (m.ratingHasilKerja && m.ratingHasilKerja !== h) continue;
    for (const p of RATINGS) {
      if (m.ratingPerilaku && m.ratingPerilaku !== p) continue;
      if (matrix[h][p] === m.predikat) cells.push({ hasilKerja: h, perilaku: p });
    }
  }
  return cells;
}

/** The predikat reachable from a cell by the allowed rating changes. */
function reachable(
  c: MatrixCell,
  matrix: MatriksPredikat,
  ubahHasil: boolean,
  ubahPerilaku: boolean,
): Set<PredikatPegawai> {
  const hs = ubahHasil ? RATINGS : [c.hasilKerja];
  const ps =
    ubahPerilaku && c.perilaku !== 'DI_BAWAH_EKSPEKTASI'
      ? (['SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'] as const)
      : [c.perilaku];
  const out = new Set<PredikatPegawai>();
  for (const h of hs) for (const p of ps) out.add(matrix[h][p]);
  if (c.perilaku === 'DI_BAWAH_EKSPEKTASI') {
    // the binding rule: perilaku Di Bawah Ekspektasi is never Baik or above
    out.delete('SANGAT_BAIK');
    out.delete('BAIK');
  }
  return out;
}

/** Predikat a member may be moved to (always including the current one). */
function allowedFor(
  m: TeamMember,
  matrix: MatriksPredikat,
  ubahHasil: boolean,
  ubahPerilaku: boolean,
): number[] {
  const cells = cellsOf(m, matrix);
  if (cells.length === 0) return [binIndex(m.predikat)];
  let acc: Set<PredikatPegawai> | undefined;
  for (const c of cells) {
    const r = reachable(c, matrix, ubahHasil && m.kepalaUnit !== true, ubahPerilaku);
    acc = acc ? new Set([...acc].filter((x) => r.has(x))) : r;
  }
  const out = new Set<number>([binIndex(m.predikat)]);
  for (const p of acc ?? []) out.add(binIndex(p));
  return [...out].sort((a, b) => a - b);
}

/** The target cell: the nearest cell of `to`, changing hasil kerja before perilaku. */
function targetCell(
  from: MatrixCell,
  to: PredikatPegawai,
  matrix: MatriksPredikat,
  ubahHasil: boolean,
  ubahPerilaku: boolean,
): MatrixCell | undefined {
  let best: { c: MatrixCell; d: number } | undefined;
  for (const h of RATINGS) {
    if (!ubahHasil && h !== from.hasilKerja) continue;
    for (const p of RATINGS) {
      if (
        p !== from.perilaku &&
        (!ubahPerilaku || from.perilaku === 'DI_BAWAH_EKSPEKTASI' || p === 'DI_BAWAH_EKSPEKTASI')
      )
        continue;
      if (matrix[h][p] !== to) continue;
      const d =
        Math.abs(ORD[h] - ORD[from.hasilKerja]) + 10 * Math.abs(ORD[p] - ORD[from.perilaku]);
      if (!best || d < best.d) best = { c: { hasilKerja: h, perilaku: p }, d };
    }
  }
  return best?.c;
}

/**
 * A total order of the team by the ranking keys (best first), independent of input order.
 *
 * @example
 * ```ts
 * rankMembers([{ nip: 'B', predikat: 'BAIK', skor: 90 }, { nip: 'A', predikat: 'BAIK', skor: 90 }]).map((m) => m.nip);
 * // ['A', 'B'] (equal scores: NIP decides)
 * ```
 */
export function rankMembers(
  members: readonly TeamMember[],
  keys: readonly RankKey[] = ['skor', 'predikatSebelumnya', 'nip'],
): TeamMember[] {
  const cmp = (a: TeamMember, b: TeamMember): number => {
    for (const k of keys) {
      if (k === 'skor') {
        if (a.skor !== b.skor) {
          if (a.skor === undefined) return 1;
          if (b.skor === undefined) return -1;
          return b.skor - a.skor;
        }
      } else if (k === 'predikatSebelumnya') {
        const x = a.predikatSebelumnya ? binIndex(a.predikatSebelumnya) : 9;
        const y = b.predikatSebelumnya ? binIndex(b.predikatSebelumnya) : 9;
        if (x !== y) return x - y;
      } else if (a.nip !== b.nip) return a.nip < b.nip ? -1 : 1;
    }
    return a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0;
  };
  return [...members].sort(cmp);
}

/** The flow problem of a check: bounds of the non-modal rules and the modal rule. */
export function boundsOf(
  check: DistributionCheck,
  skip?: string,
): {
  bounds: BoundedSet[];
  modal: { bin: number; ties: boolean }[];
} {
  const bounds: BoundedSet[] = [];
  const modal: { bin: number; ties: boolean }[] = [];
  for (const r of check.rules) {
    if (r.id === skip) continue;
    if (r.kind === 'MODAL') {
      modal.push({ bin: binIndex(r.bins[0] as PredikatPegawai), ties: r.ties !== false });
    } else bounds.push({ bins: r.bins.map(binIndex), min: r.allowed.min, max: r.allowed.max });
  }
  return { bounds, modal };
}

function fmtNum(x: number | undefined): string {
  return x === undefined ? '–' : String(x);
}

/**
 * Proposes the smallest set of predikat changes that makes a team meet the distribution
 * guidance for its organisation predikat, and explains each change (rule, score, rank, matrix
 * cell, from → to). Nothing is applied: the result is a proposal for the calibration session.
 *
 * How it reads the law:
 * - a change of predikat is a change of the **rating hasil kerja** (option `ubah`), and the
 *   new predikat is read from the PermenPANRB 6/2022 kuadran, so the matrix still binds: with
 *   perilaku Di Bawah Ekspektasi the only predikat are Kurang/Misconduct and Sangat Kurang, and
 *   nobody with perilaku Di Bawah Ekspektasi is ever moved to Baik or above;
 * - when only the predikat is known, the employee may move only to predikat reachable from
 *   every cell consistent with it (conservative);
 * - the head of a unit (`kepalaUnit`) keeps the rating hasil kerja set by the unit's predikat;
 * - the optimum has the fewest changes, then the smallest total jump in predikat, then (option
 *   `preferensi`, default `NAIK`) raises rather than lowers; people are
 *   chosen by the ranking keys (best-ranked move up, worst-ranked move down), so the result
 *   does not depend on the input order;
 * - when the guidance cannot be met without breaking the matrix, the result is
 *   `feasible: false` with the reason and the blocking rules, and no change is forced.
 *
 * @example
 * ```ts
 * const team = Array.from({ length: 10 }, (_, i) => ({
 *   nip: `P${i}`, predikat: 'BAIK', ratingHasilKerja: 'SESUAI_EKSPEKTASI',
 *   ratingPerilaku: 'SESUAI_EKSPEKTASI', skor: 80 + i,
 * }));
 * const r = proposeCalibration(team, 'BAIK');
 * // feasible: Baik at most 7 of 10 and "harus ada" Butuh Perbaikan/Kurang → 3 changes
 * // P0, P1, P2 (lowest scores): Baik → Butuh Perbaikan, hasil kerja Sesuai → Di Bawah Ekspektasi
 * ```
 */
export function proposeCalibration(
  team: unknown,
  orgPredikat: unknown,
  opts: ProposeOptions = {},
): ProposeResult {
  const matrix = opts.matrix ?? permenpanrb_6_2022.params.matriks.value;
  const p = prepareTeam(team, orgPredikat, opts, matrix);
  if (!p.ok) return { ok: false, issues: p.issues };
  return proposeFor(p, matrix, opts);
}

/**
 * {@link checkDistribution} and, when it produced a check, {@link proposeCalibration} of the
 * same team with the same options — with the team validated once instead of twice. The
 * results are those of the two calls.
 *
 * @example
 * ```ts
 * const team = Array.from({ length: 10 }, (_, i) => ({
 *   nip: `P${i}`, predikat: 'BAIK', ratingHasilKerja: 'SESUAI_EKSPEKTASI',
 *   ratingPerilaku: 'SESUAI_EKSPEKTASI', skor: 80 + i,
 * }));
 * const { check, proposal } = calibrateTeam(team, 'BAIK');
 * check.check?.verdict; // 'TIDAK_MEMENUHI'
 * proposal?.ok && proposal.changes.length; // 3
 * ```
 */
export function calibrateTeam(
  team: readonly unknown[],
  orgPredikat: unknown,
  opts: ProposeOptions = {},
): { check: DistributionCheckResult; proposal?: ProposeResult } {
  // checkDistribution reads the default ranking scores (other keys can give other issues) and
  // also takes counts instead of a team: those cases make the two calls.
  if (opts.scoreKeys !== undefined || !Array.isArray(team)) {
    const check = checkDistribution(team, orgPredikat, opts);
    return check.check
      ? { check, proposal: proposeCalibration(team, orgPredikat, opts) }
      : { check };
  }
  const matrix = opts.matrix ?? permenpanrb_6_2022.params.matriks.value;
  const p = prepareTeam(team, orgPredikat, opts, matrix);
  if (!p.ok) return { check: { ok: false, issues: p.issues } };
  const check = checkResult(
    evaluateRules(p.guidance, p.org, p.rules, countsOf(p.members), opts.enforce === true),
  );
  // (The headcount limits of both steps are far beyond any array's length.)
  return { check, proposal: proposeFor(p, matrix, opts) };
}

/** {@link proposeCalibration} of a validated team. */
function proposeFor(
  p: Extract<ReturnType<typeof prepareTeam>, { ok: true }>,
  matrix: MatriksPredikat,
  opts: ProposeOptions,
): ProposeResult {
  const { members, guidance, rules, org } = p;
  const enforce = opts.enforce === true;
  const before = evaluateRules(guidance, org, rules, countsOf(members), enforce);
  if (before.verdict === 'MEMENUHI') {
    return {
      ok: true,
      feasible: true,
      changes: [],
      before,
      after: before,
      applied: false,
      legalBasis: LEGAL_BASIS,
      issues: [],
    };
  }
  const violated = before.rules.filter((r) => r.status !== 'OK');
  const infeasible = (
    reason: InfeasibleReason,
    blocking: readonly string[],
    issue: Issue,
  ): ProposeResult => ({
    ok: true,
    feasible: false,
    reason,
    blockingRules: blocking,
    changes: [],
    before,
    applied: false,
    legalBasis: LEGAL_BASIS,
    issues: [issue],
  });
  const { bounds, modal } = boundsOf(before);
  if (modal.length > 1) {
    return infeasible('TOO_MANY_MODAL', [], M.issue('TOO_MANY_MODAL', ['rules'], {}, 'warning'));
  }
  if (before.feasibleAtHeadcount === false) {
    return infeasible(
      'GUIDANCE_INFEASIBLE',
      violated.map((r) => r.id),
      M.issue('GUIDANCE_INFEASIBLE', ['rules'], { h: before.headcount }, 'warning'),
    );
  }
  const ranked = rankMembers(members, opts.urutan);
  const ubah = opts.ubah ?? ['hasilKerja'];
  const ubahHasil = ubah.includes('hasilKerja');
  const ubahPerilaku = ubah.includes('perilaku');
  // groups in a canonical order (independent of the input order)
  const groupOf = new Map<string, { from: number; allowed: number[]; members: TeamMember[] }>();
  for (const m of ranked) {
    const allowed = allowedFor(m, matrix, ubahHasil, ubahPerilaku);
    const from = binIndex(m.predikat);
    const key = `${from}|${allowed.join(',')}`;
    let g = groupOf.get(key);
    if (!g) {
      g = { from, allowed, members: [] };
      groupOf.set(key, g);
    }
    g.members.push(m);
  }
  const keys = [...groupOf.keys()].sort();
  const groups = keys.map(
    (k) => groupOf.get(k) as { from: number; allowed: number[]; members: TeamMember[] },
  );
  const flowGroups: FlowGroup[] = groups.map((g) => ({
    from: g.from,
    allowed: g.allowed,
    count: g.members.length,
  }));
  const solve = (b: BoundedSet[], mo: { bin: number; ties: boolean }[]) =>
    solveDistribution({
      nBins: PREDIKAT_PEGAWAI.length,
      groups: flowGroups,
      bounds: b,
      ...(mo[0] ? { modal: mo[0] } : {}),
      prefer: opts.preferensi === 'TURUN' ? 'DOWN' : 'UP',
    });
  const sol = solve(bounds, modal);
  if (!sol.feasible) {
    if (sol.reason === 'NOT_LAMINAR') {
      return infeasible('NOT_LAMINAR', [], M.issue('NOT_LAMINAR', ['guidelines'], {}, 'warning'));
    }
    const blocking = violated
      .filter((r) => {
        const without = boundsOf(before, r.id);
        return solve(without.bounds, without.modal).feasible;
      })
      .map((r) => r.id);
    const list = blocking.length > 0 ? blocking : violated.map((r) => r.id);
    return infeasible(
      'MATRIX_BINDS',
      list,
      M.issue('MATRIX_BINDS', ['rules'], { rules: list.join(', ') }, 'warning'),
    );
  }
  const rankOf = new Map(ranked.map((m, i) => [m.nip, i + 1]));
  const addressedMemo = new Map<string, { ids: string[]; text: Text }>();
  const changes: ProposedChange[] = [];
  // The flow fixes how many people move from each predikat to each other one; every such
  // placement costs the same, so the people are chosen by rank across the whole predikat (not
  // per rating group): best-ranked up, worst-ranked down, within what the matrix allows. When
  // this greedy choice cannot fill the counts, the flow's own per-group choice is used.
  const fromBins = [...new Set(groups.map((g) => g.from))].sort((x, y) => x - y);
  for (const f of fromBins) {
    const gs = groups.map((g, gi) => ({ g, gi })).filter((x) => x.g.from === f);
    const totals = new Array<number>(PREDIKAT_PEGAWAI.length).fill(0);
    for (const { gi } of gs) {
      const mv = sol.moves[gi] as readonly number[];
      mv.forEach((c, b) => {
        if (b !== f) totals[b] = (totals[b] as number) + c;
      });
    }
    if (totals.every((c) => c === 0)) continue;
    const people = gs
      .flatMap(({ g }) => g.members.map((m) => ({ m, allowed: g.allowed })))
      .sort((x, y) => (rankOf.get(x.m.nip) as number) - (rankOf.get(y.m.nip) as number));
    const picked = pickByRank(people, f, totals);
    if (picked) {
      for (const [m, b] of picked) changes.push(change(m, b));
      continue;
    }
    for (const { g, gi } of gs) {
      const mv = sol.moves[gi] as readonly number[];
      const ups: number[] = [];
      const downs: number[] = [];
      for (let b = 0; b < mv.length; b++) {
        for (let k = 0; k < (mv[b] as number); k++) {
          if (b < g.from) ups.push(b);
          else if (b > g.from) downs.push(b);
        }
      }
      ups.sort((x, y) => x - y); // best target first, to the best-ranked
      downs.sort((x, y) => y - x); // worst target first, to the worst-ranked
      const n = g.members.length;
      ups.forEach((b, k) => {
        changes.push(change(g.members[k] as TeamMember, b));
      });
      downs.forEach((b, k) => {
        changes.push(change(g.members[n - 1 - k] as TeamMember, b));
      });
    }
  }
  function change(m: TeamMember, b: number): ProposedChange {
    const to = PREDIKAT_PEGAWAI[b] as PredikatPegawai;
    const moveKey = `${m.predikat}>${to}`;
    let addressed = addressedMemo.get(moveKey);
    if (!addressed) {
      const rs = violated.filter((r) => touches(r, m.predikat, to));
      addressed = {
        ids: rs.map((r) => r.id),
        text: t(
          rs
            .map(
              (r) =>
                `${r.label.id} (diizinkan ${r.allowed.min}–${r.allowed.max}, aktual ${r.actual})`,
            )
            .join('; '),
          rs
            .map(
              (r) =>
                `${r.label.en} (allowed ${r.allowed.min}–${r.allowed.max}, actual ${r.actual})`,
            )
            .join('; '),
        ),
      };
      addressedMemo.set(moveKey, addressed);
    }
    const fromCell: MatrixCell | undefined =
      m.ratingHasilKerja && m.ratingPerilaku
        ? { hasilKerja: m.ratingHasilKerja, perilaku: m.ratingPerilaku }
        : undefined;
    const toCell = fromCell
      ? targetCell(fromCell, to, matrix, ubahHasil && m.kepalaUnit !== true, ubahPerilaku)
      : undefined;
    const rank = rankOf.get(m.nip) as number;
    const dir = b < binIndex(m.predikat);
    const how =
      fromCell && toCell
        ? t(
            `; rating hasil kerja ${LR[fromCell.hasilKerja].id} → ${LR[toCell.hasilKerja].id}${toCell.perilaku !== fromCell.perilaku ? `, rating perilaku ${LR[fromCell.perilaku].id} → ${LR[toCell.perilaku].id}` : ''}`,
            `; rating hasil kerja ${LR[fromCell.hasilKerja].en} → ${LR[toCell.hasilKerja].en}${toCell.perilaku !== fromCell.perilaku ? `, rating perilaku ${LR[fromCell.perilaku].en} → ${LR[toCell.perilaku].en}` : ''}`,
          )
        : t('', '');
    const reason = t(
      `${addressed.text.id}: ${LP[m.predikat].id} → ${LP[to].id}; peringkat ${rank} dari ${ranked.length} (skor ${fmtNum(m.skor)}), ${dir ? 'peringkat tertinggi dalam kelompoknya dinaikkan' : 'peringkat terendah dalam kelompoknya diturunkan'}${how.id}`,
      `${addressed.text.en}: ${LP[m.predikat].en} → ${LP[to].en}; rank ${rank} of ${ranked.length} (score ${fmtNum(m.skor)}), ${dir ? 'the highest-ranked of their group moves up' : 'the lowest-ranked of their group moves down'}${how.en}`,
    );
    return {
      nip: m.nip,
      ...(m.nama !== undefined ? { nama: m.nama } : {}),
      from: m.predikat,
      to,
      rules: addressed.ids,
      reason,
      evidence: {
        ...(m.skor !== undefined ? { skor: m.skor } : {}),
        rank,
        of: ranked.length,
        ...(m.predikatSebelumnya !== undefined ? { predikatSebelumnya: m.predikatSebelumnya } : {}),
        ...(fromCell && toCell ? { matrixCell: { from: fromCell, to: toCell } } : {}),
      },
    };
  }
  changes.sort((a, b) => (rankOf.get(a.nip) as number) - (rankOf.get(b.nip) as number));
  const next = countsOf(members) as Record<PredikatPegawai, number>;
  for (const c of changes) {
    next[c.from]--;
    next[c.to]++;
  }
  const after = evaluateRules(guidance, org, rules, next as PredikatCounts, enforce);
  return {
    ok: true,
    feasible: true,
    changes,
    before,
    after,
    applied: false,
    legalBasis: LEGAL_BASIS,
    issues: [],
  };
}

/**
 * Chooses who moves from predikat `from` to fill `totals[b]` moves to each bin `b`: the
 * best-ranked eligible people move up (to the best target first), the worst-ranked eligible
 * people move down (to the worst target first). `undefined` when this greedy choice cannot fill
 * every count (the caller then keeps the flow's own choice).
 */
function pickByRank(
  people: readonly { m: TeamMember; allowed: readonly number[] }[],
  from: number,
  totals: readonly number[],
): [TeamMember, number][] | undefined {
  const left = [...totals];
  const out: [TeamMember, number][] = [];
  const used = new Set<number>();
  for (let k = 0; k < people.length; k++) {
    const p = people[k] as { m: TeamMember; allowed: readonly number[] };
    const b = p.allowed.find((x) => x < from && (left[x] as number) > 0);
    if (b === undefined) continue;
    left[b] = (left[b] as number) - 1;
    out.push([p.m, b]);
    used.add(k);
  }
  for (let k = people.length - 1; k >= 0; k--) {
    if (used.has(k)) continue;
    const p = people[k] as { m: TeamMember; allowed: readonly number[] };
    let b: number | undefined;
    for (const x of p.allowed) if (x > from && (left[x] as number) > 0) b = x; // worst eligible
    if (b === undefined) continue;
    left[b] = (left[b] as number) - 1;
    out.push([p.m, b]);
    used.add(k);
  }
  return left.every((c) => c === 0) ? out : undefined;
}

function touches(r: RuleCheck, from: PredikatPegawai, to: PredikatPegawai): boolean {
  if (r.kind === 'MODAL') return r.bins.includes(to) || !r.bins.includes(from);
  const inFrom = r.bins.includes(from);
  const inTo = r.bins.includes(to);
  if (inFrom === inTo) return false;
  return (r.status === 'ABOVE' && inFrom) || (r.status === 'BELOW' && inTo);
}
