import { resolve } from 'node:path';
import { isRecord } from '@kinerja/adapters';
import { PREDIKAT_ORGANISASI, type PredikatOrganisasi } from '@kinerja/core';
import {
  calibrateTeam,
  type DistributionCheck,
  type ProposeResult,
} from '@kinerja/core/calibration';
import { fail, failFs } from './errors.js';
import type { Scored } from './pipeline.js';
import { OrgPredikatFileSchema } from './schemas.js';
import { readUtf8File } from './utf8.js';

/** Where a unit's organisation predikat came from. */
export type OrgSource = 'option' | 'file' | 'data';

/** `--org-predikat`: one value for every unit, or a map unit → predikat (`*` = the rest). */
export type OrgPredikatArg =
  | { readonly kind: 'value'; readonly value: PredikatOrganisasi }
  | { readonly kind: 'file'; readonly map: Readonly<Record<string, PredikatOrganisasi>> };

/** Reads an organisation predikat label (`Baik`, `butuh perbaikan`, `ISTIMEWA`). */
export function readOrgPredikat(v: string): PredikatOrganisasi | undefined {
  const s = v
    .trim()
    .toUpperCase()
    .replace(/[^A-Z]+/g, '_');
  const alias: Record<string, PredikatOrganisasi> = { CUKUP: 'BUTUH_PERBAIKAN' };
  const code = alias[s] ?? s;
  return (PREDIKAT_ORGANISASI as readonly string[]).includes(code)
    ? (code as PredikatOrganisasi)
    : undefined;
}

/** Parses `--org-predikat <value|file.json>`. */
export async function parseOrgPredikatArg(
  cwd: string,
  arg: string | undefined,
): Promise<OrgPredikatArg | undefined> {
  if (arg === undefined) return undefined;
  const value = readOrgPredikat(arg);
  if (value) return { kind: 'value', value };
  if (!arg.toLowerCase().endsWith('.json')) {
    fail(
      `--org-predikat: "${arg}" is neither an organisation predikat (${PREDIKAT_ORGANISASI.join(', ')}) nor a .json file`,
    );
  }
  let text: string;
  try {
    text = await readUtf8File(resolve(cwd, arg), arg);
  } catch (e) {
    failFs(arg, e, '--org-predikat ');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    fail(`${arg}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  // Labels are read leniently ("Baik", "Butuh Perbaikan") before the strict schema check.
  const normalised = isRecord(doc)
    ? Object.fromEntries(
        Object.entries(doc).map(([k, v]) => [
          k,
          typeof v === 'string' ? (readOrgPredikat(v) ?? v) : v,
        ]),
      )
    : doc;
  const r = OrgPredikatFileSchema.safeParse(normalised);
  if (!r.success) {
    const i = r.error.issues[0];
    fail(
      `${arg}: expected { "<unit kerja>": "BAIK", "*": "BAIK" } — ${i?.path.join('.') ?? ''} ${i?.message ?? ''}`.trim(),
    );
  }
  return { kind: 'file', map: r.data };
}

/** The calibration of one unit: distribution check and proposal (or why it could not run). */
export interface UnitCalibration {
  readonly unit: string;
  readonly orgPredikat: PredikatOrganisasi;
  readonly orgPredikatSource: OrgSource;
  readonly headcount: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly check?: DistributionCheck;
  readonly proposal?: ProposeResult;
  readonly issues: readonly {
    readonly code: string;
    readonly path: readonly (string | number)[];
    readonly message: { readonly id: string; readonly en: string };
  }[];
}

/** Result of {@link calibrateUnits}. */
export interface Calibration {
  readonly units: readonly UnitCalibration[];
  /** Results not on the PermenPANRB 6/2022 scale (the guidance does not apply to them). */
  readonly notPmk6: number;
  /** Units without an organisation predikat (no option, no file entry, nothing in the data). */
  readonly noOrgPredikat: readonly string[];
}

/** The unit a result is grouped under. */
export const unitOf = (s: Scored): string => s.result.unitKerja ?? '(tanpa unit kerja)';

function orgFromData(members: readonly Scored[]): PredikatOrganisasi | undefined {
  const values = new Set<string>();
  for (const m of members) {
    const v = (m.item.appraisal as { predikatOrganisasi?: unknown }).predikatOrganisasi;
    if (typeof v === 'string') values.add(v);
  }
  if (values.size !== 1) return undefined;
  return readOrgPredikat([...values][0] as string);
}

/**
 * Groups the PermenPANRB 6/2022 results by unit kerja and, for each unit with an organisation
 * predikat, runs `checkDistribution` and `proposeCalibration` (SE MenPANRB 3/2023, advisory).
 */
export function calibrateUnits(
  scored: readonly Scored[],
  org: OrgPredikatArg | undefined,
): Calibration {
  const byUnit = new Map<string, Scored[]>();
  let notPmk6 = 0;
  for (const s of scored) {
    if (s.result.predikat?.scale !== 'PMK6') {
      notPmk6++;
      continue;
    }
    const u = unitOf(s);
    const list = byUnit.get(u);
    if (list) list.push(s);
    else byUnit.set(u, [s]);
  }
  const units: UnitCalibration[] = [];
  const noOrg: string[] = [];
  for (const unit of [...byUnit.keys()].sort()) {
    const members = byUnit.get(unit) as Scored[];
    let orgPredikat: PredikatOrganisasi | undefined;
    let source: OrgSource = 'option';
    if (org?.kind === 'value') orgPredikat = org.value;
    else if (org?.kind === 'file') {
      orgPredikat = org.map[unit] ?? org.map['*'];
      source = 'file';
    }
    if (!orgPredikat) {
      orgPredikat = orgFromData(members);
      source = 'data';
    }
    if (!orgPredikat) {
      noOrg.push(unit);
      continue;
    }
    const results = members.map((m) => m.result);
    const { check, proposal } = calibrateTeam(results, orgPredikat);
    // (Counted after the calibration has read the results: they are in the cache now.)
    const counts: Record<string, number> = {};
    for (const r of results) {
      const c = r.predikat?.code as string;
      counts[c] = (counts[c] ?? 0) + 1;
    }
    const base = {
      unit,
      orgPredikat,
      orgPredikatSource: source,
      headcount: results.length,
      counts,
    };
    if (!check.check) {
      units.push({ ...base, issues: check.issues });
      continue;
    }
    const p = proposal as NonNullable<typeof proposal>;
    units.push({
      ...base,
      check: check.check,
      ...(p.ok ? { proposal: p } : {}),
      issues: p.ok ? [] : p.issues,
    });
  }
  return { units, notPmk6, noOrgPredikat: noOrg };
}

/** A unit's verdict, `TIDAK_DAPAT_DIPERIKSA` when its data could not be checked. */
export function verdictOf(
  u: UnitCalibration,
): 'MEMENUHI' | 'TIDAK_MEMENUHI' | 'TIDAK_DAPAT_DIPERIKSA' {
  return u.check?.verdict ?? 'TIDAK_DAPAT_DIPERIKSA';
}
