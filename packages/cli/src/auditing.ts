import { isRecord } from '@kinerja/adapters';
import type { Text } from '@kinerja/core';
import { AUDIT_ATTRIBUTES, type AuditReport, audit, type Finding } from '@kinerja/core/bias';
import { type LoadedFile, recheck } from './input.js';
import type { Scored } from './pipeline.js';

const RATING_VALUE: Readonly<Record<string, number>> = {
  DI_BAWAH_EKSPEKTASI: 1,
  SESUAI_EKSPEKTASI: 2,
  DI_ATAS_EKSPEKTASI: 3,
};

/**
 * Per-dimension ratings (BerAKHLAK values or aspects) from the 360° input of the appraisals
 * (`perilaku.penilaian[]`), for the halo and reliability checks. Rating codes count 1–3;
 * numbers are taken as they are. A rater is identified by `penilai.id`, else `penilai.nama`;
 * anonymous inputs are left out (they cannot be grouped by rater).
 */
export function dimensionRatingsOf(
  scored: readonly Scored[],
): { rater: string; ratee: string; dimension: string; value: number }[] {
  const out: { rater: string; ratee: string; dimension: string; value: number }[] = [];
  for (const s of scored) {
    const ratee = s.result.nip;
    const pen = (s.item.appraisal as { perilaku?: { penilaian?: unknown } }).perilaku?.penilaian;
    if (!ratee || !Array.isArray(pen)) continue;
    for (const p of pen) {
      if (!isRecord(p)) continue;
      const who = (p as { penilai?: { id?: unknown; nama?: unknown } }).penilai;
      const rater =
        typeof who?.id === 'string' ? who.id : typeof who?.nama === 'string' ? who.nama : undefined;
      const nilai = (p as { nilai?: unknown }).nilai;
      if (!rater || !isRecord(nilai)) continue;
      for (const [dimension, v] of Object.entries(nilai)) {
        const value = typeof v === 'string' ? (RATING_VALUE[v] ?? Number(v)) : Number(v);
        if (Number.isFinite(value)) out.push({ rater, ratee, dimension, value });
      }
    }
  }
  return out;
}

/** A finding of the audit, with the unit whose results it comes from. */
export type UnitFinding = Finding & { readonly unit: string };

/** The objectivity audit of a whole run, unit by unit. */
export interface UnitAudit {
  readonly findings: readonly UnitFinding[];
  /** Per unit: the audit summary, or the issues when the unit could not be audited. */
  readonly units: readonly {
    readonly unit: string;
    readonly summary?: Extract<AuditReport, { ok: true }>['summary'];
    readonly issues?: Extract<AuditReport, { ok: false }>['issues'];
  }[];
  /** Why checks did not run, with the units concerned (deduplicated over units). */
  readonly notes: readonly Text[];
}

const RANK = { high: 0, medium: 1, low: 2 } as const;

/**
 * Runs the objectivity audit of `@kinerja/core/bias` over the scored results, one unit kerja
 * at a time. Units are audited separately because SE MenPANRB 3/2023 ties each unit's
 * distribution to its own organisation predikat: pooling units would flag every rater of an
 * Istimewa unit as lenient and every rater of a Butuh Perbaikan unit as severe.
 */
export function auditByUnit(scored: readonly Scored[], opts: { alpha?: number } = {}): UnitAudit {
  const byUnit = new Map<string, Scored[]>();
  for (const s of scored) {
    const u = s.result.unitKerja ?? '(tanpa unit kerja)';
    const list = byUnit.get(u);
    if (list) list.push(s);
    else byUnit.set(u, [s]);
  }
  const findings: UnitFinding[] = [];
  const units: UnitAudit['units'][number][] = [];
  const notes = new Map<string, { reason: Text; units: string[] }>();
  for (const unit of [...byUnit.keys()].sort()) {
    const members = byUnit.get(unit) as Scored[];
    const dims = dimensionRatingsOf(members);
    const r = audit(
      members.map((s) => s.result),
      {
        attributes: AUDIT_ATTRIBUTES.filter((a) => a !== 'unitKerja'),
        // Only the findings and the summary are kept.
        statistics: false,
        ...(dims.length > 0 ? { dimensionRatings: dims } : {}),
        ...(opts.alpha !== undefined ? { alpha: opts.alpha } : {}),
      },
    );
    if (!r.ok) {
      units.push({ unit, issues: r.issues });
      continue;
    }
    units.push({ unit, summary: r.summary });
    for (const f of r.findings) findings.push({ ...f, unit });
    for (const n of r.summary.checksNotRun) {
      const k = notes.get(n.reason.en) ?? { reason: n.reason, units: [] };
      k.units.push(unit);
      notes.set(n.reason.en, k);
    }
  }
  findings.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
  );
  const scope = (list: string[], lang: 'id' | 'en') =>
    list.length === byUnit.size
      ? lang === 'id'
        ? 'semua unit'
        : 'all units'
      : list.length <= 3
        ? list.join(', ')
        : `${list.length} ${lang === 'id' ? 'dari' : 'of'} ${byUnit.size} unit`;
  return {
    findings,
    units,
    notes: [...notes.values()].map((n) => ({
      id: `${n.reason.id} (${scope(n.units, 'id')})`,
      en: `${n.reason.en} (${scope(n.units, 'en')})`,
    })),
  };
}

/** A stored-predikat disagreement, with its file. */
export interface RecheckRow {
  readonly file: string;
  readonly row: number;
  readonly nip?: string;
  readonly field: string;
  readonly stored: string;
  readonly derived: string;
  readonly message: { readonly id: string; readonly en: string };
}

/** Re-derives every stored predikat of every file (`audit --recheck`). */
export function recheckFiles(files: readonly LoadedFile[]) {
  let checked = 0;
  let agreed = 0;
  let disagreed = 0;
  let notCheckable = 0;
  const disagreements: RecheckRow[] = [];
  for (const f of files) {
    const r = recheck(f);
    checked += r.checked;
    agreed += r.agreed;
    disagreed += r.disagreed;
    notCheckable += r.notCheckable.length;
    for (const d of r.disagreements) {
      disagreements.push({
        file: f.file,
        row: d.row,
        ...(d.nip !== undefined ? { nip: d.nip } : {}),
        field: d.field,
        stored: d.stored,
        derived: d.derived,
        message: d.message,
      });
    }
  }
  return { checked, agreed, disagreed, disagreements, notCheckable };
}
