/*
 * Multi-level organisations: units within an instansi, each with its own organisation
 * predikat; the head-of-unit rule; a roll-up of distributions up the tree.
 */
import { z } from 'zod';
import { PREDIKAT_ORGANISASI, type PredikatOrganisasi, type Rating } from '../codes.js';
import type { Issue, Warning } from '../issues/issue.js';
import { safeParseWith } from '../issues/zod.js';
import type { MatriksPredikat } from '../regimes/pmk6/params.js';
import { permenpanrb_6_2022 } from '../regimes/pmk6/ruleset.js';
import type { LegalRef } from '../ruleset/legal.js';
import type { Param } from '../ruleset/types.js';
import {
  type CheckDistributionOptions,
  type DistributionCheck,
  evaluateRules,
  parseGuidelines,
} from './check.js';
import { DISTRIBUTION_REFS, resolveRules, se_menpanrb_3_2023 } from './guidance.js';
import { countsOf, type PredikatCounts, parseTeam, type TeamMember } from './input.js';
import { CALIBRATION_MESSAGES as M } from './messages.js';

/**
 * One unit of an instansi (JSON). `parentId` absent = the root; `kepalaNip` = the head of the
 * unit, whose rating hasil kerja comes from the unit's predikat.
 *
 * @example
 * ```ts
 * OrgUnitSchema.parse({ id: 'dit-a', parentId: 'ditjen', predikat: 'BAIK', kepalaNip: '197001011995031001' });
 * ```
 */
export const OrgUnitSchema = z.strictObject({
  id: z.string().min(1),
  nama: z.string().optional(),
  parentId: z.string().min(1).optional(),
  predikat: z.enum(PREDIKAT_ORGANISASI),
  kepalaNip: z.string().min(1).optional(),
});
/**
 * One unit of an instansi.
 *
 * @example
 * ```ts
 * const u: OrgUnit = { id: 'bidang-1', parentId: 'dinas', predikat: 'BUTUH_PERBAIKAN' };
 * ```
 */
export type OrgUnit = z.infer<typeof OrgUnitSchema>;

/**
 * Options of {@link checkOrganisation}.
 *
 * @example
 * ```ts
 * const o: OrganisationOptions = { kepalaDihitungDi: 'UNIT', enforce: false };
 * ```
 */
export interface OrganisationOptions extends CheckDistributionOptions {
  /** The pmk6 parameter mapping organisation predikat → the head's rating hasil kerja. */
  readonly ratingKepalaUnit?: Param<Readonly<Record<PredikatOrganisasi, Rating>>>;
  readonly matrix?: MatriksPredikat;
  /**
   * Where the head of a unit is counted: `INDUK` (default: in the parent unit, whose leader
   * appraises them; the root's head stays in the root) or `UNIT` (in the unit they lead).
   * A reading: the SE does not say.
   */
  readonly kepalaDihitungDi?: 'INDUK' | 'UNIT';
}

/**
 * The head-of-unit rule applied to one unit.
 *
 * @example
 * ```ts
 * const h: HeadOfUnitCheck = { nip: 'K0', expectedRatingHasilKerja: 'DI_ATAS_EKSPEKTASI',
 *   actualRatingHasilKerja: 'SESUAI_EKSPEKTASI', ok: false, refs: [DISTRIBUTION_REFS.headOfUnit] };
 * ```
 */
export interface HeadOfUnitCheck {
  readonly nip: string;
  readonly expectedRatingHasilKerja: Rating;
  readonly actualRatingHasilKerja?: Rating;
  readonly ok: boolean;
  /** The rule (CONFIRMED-2) and the mapping parameter (a reading). */
  readonly refs: readonly LegalRef[];
}

/**
 * One unit's result: its own team, its subtree roll-up, and the head-of-unit rule.
 *
 * @example
 * ```ts
 * const r = checkOrganisation([{ id: 'u', predikat: 'BAIK' }], [{ nip: 'A', predikat: 'BAIK', unit: 'u' }]);
 * r.ok && r.units[0]?.subtree.counts.BAIK; // 1
 * ```
 */
export interface UnitReport {
  readonly id: string;
  readonly nama?: string;
  readonly parentId?: string;
  readonly depth: number;
  readonly predikat: PredikatOrganisasi;
  /** Employees counted directly in the unit, checked against the unit's predikat. */
  readonly own: DistributionCheck;
  /** The unit and every unit below it, summed, checked against the unit's predikat. */
  readonly subtree: DistributionCheck;
  readonly head?: HeadOfUnitCheck;
}

/**
 * Result of {@link checkOrganisation}.
 *
 * @example
 * ```ts
 * const r: OrganisationResult = checkOrganisation([{ id: 'u', predikat: 'BAIK' }], []);
 * r.ok && r.units[0]?.own.headcount; // 0
 * ```
 */
export type OrganisationResult =
  | {
      readonly ok: true;
      /** Units in tree order (parents before children, siblings by id). */
      readonly units: readonly UnitReport[];
      readonly issues: readonly Issue[];
      readonly warnings: readonly Warning[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const ZERO: PredikatCounts = {
  SANGAT_BAIK: 0,
  BAIK: 0,
  BUTUH_PERBAIKAN: 0,
  KURANG: 0,
  SANGAT_KURANG: 0,
};

/**
 * Checks every unit of an instansi against its own organisation predikat, rolls the
 * distributions up the tree (each unit's subtree against that unit's predikat), and applies the
 * head-of-unit rule: the head's rating hasil kerja is the unit's capaian (SE MenPANRB 3/2023,
 * CONFIRMED-2) mapped by the pmk6 parameter `ratingKepalaUnit` (a reading). Employees are
 * assigned to units by `unit` (plain input) or `pegawai.unitKerjaId` (evaluate() results).
 *
 * @example
 * ```ts
 * const r = checkOrganisation(
 *   [{ id: 'ditjen', predikat: 'BAIK', kepalaNip: 'K0' }, { id: 'dit-a', parentId: 'ditjen', predikat: 'ISTIMEWA' }],
 *   [{ nip: 'K0', predikat: 'BAIK', unit: 'ditjen', ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI' },
 *    { nip: 'A1', predikat: 'SANGAT_BAIK', unit: 'dit-a' }],
 * );
 * r.ok && r.units.map((u) => [u.id, u.subtree.headcount]); // [['ditjen', 2], ['dit-a', 1]]
 * ```
 */
export function checkOrganisation(
  units: unknown,
  employees: unknown,
  opts: OrganisationOptions = {},
): OrganisationResult {
  const uParsed = safeParseWith(z.array(OrgUnitSchema), units, ['units']);
  const matrix = opts.matrix ?? permenpanrb_6_2022.params.matriks.value;
  const team = parseTeam(employees, { matrix });
  const gl = parseGuidelines(opts.guidelines);
  const issues: Issue[] = [
    ...(uParsed.success ? [] : uParsed.issues),
    ...team.issues.map((i) => ({ ...i, path: ['employees', ...i.path] })),
    ...gl.issues,
  ];
  if (!uParsed.success || issues.length > 0) return { ok: false, issues };
  const list = uParsed.data;
  const byId = new Map<string, OrgUnit>();
  list.forEach((u, i) => {
    if (byId.has(u.id)) issues.push(M.issue('DUPLICATE_UNIT', ['units', i, 'id'], { unit: u.id }));
    byId.set(u.id, u);
  });
  list.forEach((u, i) => {
    if (u.parentId !== undefined && !byId.has(u.parentId)) {
      issues.push(M.issue('UNKNOWN_UNIT', ['units', i, 'parentId'], { unit: u.parentId }));
    }
  });
  // cycles
  for (const [i, u] of list.entries()) {
    const seen = new Set<string>([u.id]);
    let p = u.parentId;
    while (p !== undefined) {
      if (seen.has(p)) {
        issues.push(M.issue('UNIT_CYCLE', ['units', i, 'parentId'], { unit: u.id }));
        break;
      }
      seen.add(p);
      p = byId.get(p)?.parentId;
    }
  }
  const headOf = new Map<string, string>();
  for (const u of list) if (u.kepalaNip) headOf.set(u.kepalaNip, u.id);
  const members = team.members;
  members.forEach((m, i) => {
    if (m.unit === undefined || !byId.has(m.unit)) {
      issues.push(M.issue('UNKNOWN_UNIT', ['employees', i, 'unit'], { unit: String(m.unit) }));
    }
  });
  if (issues.length > 0) return { ok: false, issues };

  const g = opts.guidance ?? se_menpanrb_3_2023;
  const where = opts.kepalaDihitungDi ?? 'INDUK';
  const rk = opts.ratingKepalaUnit ?? permenpanrb_6_2022.params.ratingKepalaUnit;
  const warnings: Warning[] = [];
  const ownMembers = new Map<string, TeamMember[]>();
  for (const u of list) ownMembers.set(u.id, []);
  for (const m of members) {
    let unitId = m.unit as string;
    const led = headOf.get(m.nip);
    if (led !== undefined && where === 'INDUK') unitId = byId.get(led)?.parentId ?? led;
    (ownMembers.get(unitId) as TeamMember[]).push(m);
  }
  const children = new Map<string, string[]>();
  for (const u of list) {
    if (u.parentId !== undefined) {
      const c = children.get(u.parentId) ?? [];
      c.push(u.id);
      children.set(u.parentId, c);
    }
  }
  for (const c of children.values()) c.sort();
  const subtreeCounts = new Map<string, PredikatCounts>();
  const rollup = (id: string): PredikatCounts => {
    const own = countsOf(ownMembers.get(id) as TeamMember[]);
    const acc = { ...ZERO } as Record<keyof PredikatCounts, number>;
    for (const k of Object.keys(acc) as (keyof PredikatCounts)[]) acc[k] = own[k];
    for (const c of children.get(id) ?? []) {
      const sub = rollup(c);
      for (const k of Object.keys(acc) as (keyof PredikatCounts)[]) acc[k] += sub[k];
    }
    subtreeCounts.set(id, acc);
    return acc;
  };
  const roots = list
    .filter((u) => u.parentId === undefined)
    .map((u) => u.id)
    .sort();
  for (const r of roots) rollup(r);
  const reports: UnitReport[] = [];
  let headReading = false;
  const visit = (id: string, depth: number) => {
    const u = byId.get(id) as OrgUnit;
    const rules = resolveRules(g, u.predikat, gl.rules);
    const enforce = opts.enforce === true;
    const own = evaluateRules(
      g,
      u.predikat,
      rules,
      countsOf(ownMembers.get(id) as TeamMember[]),
      enforce,
    );
    const subtree = evaluateRules(
      g,
      u.predikat,
      rules,
      subtreeCounts.get(id) as PredikatCounts,
      enforce,
    );
    let head: HeadOfUnitCheck | undefined;
    if (u.kepalaNip !== undefined) {
      headReading = true;
      const expected = rk.value[u.predikat];
      const hm = members.find((m) => m.nip === u.kepalaNip);
      const actual = hm?.ratingHasilKerja;
      head = {
        nip: u.kepalaNip,
        expectedRatingHasilKerja: expected,
        ...(actual !== undefined ? { actualRatingHasilKerja: actual } : {}),
        ok: actual === undefined || actual === expected,
        refs: [DISTRIBUTION_REFS.headOfUnit, rk.ref],
      };
      if (actual !== undefined && actual !== expected) {
        issues.push(
          M.issue(
            'HEAD_RATING_MISMATCH',
            ['units', id, 'kepalaNip'],
            { nip: u.kepalaNip, expected, got: actual },
            'warning',
          ),
        );
      }
    }
    reports.push({
      id,
      ...(u.nama !== undefined ? { nama: u.nama } : {}),
      ...(u.parentId !== undefined ? { parentId: u.parentId } : {}),
      depth,
      predikat: u.predikat,
      own,
      subtree,
      ...(head ? { head } : {}),
    });
    for (const c of children.get(id) ?? []) visit(c, depth + 1);
  };
  for (const r of roots) visit(r, 0);
  if (headReading) {
    warnings.push(
      M.warning(
        'READING_USED',
        { name: 'ratingKepalaUnit', value: JSON.stringify(rk.value) },
        'calibration.headOfUnit',
      ),
    );
  }
  return { ok: true, units: reports, issues, warnings };
}
