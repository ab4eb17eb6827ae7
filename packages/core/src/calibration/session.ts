/*
 * Calibration sessions: an append-only event log, the state machine draft → in_progress →
 * finalized (locked), the calculated value beside the final one, the distribution check stored
 * at finalisation, and replay (methods.md §1.5).
 */
import { z } from 'zod';
import {
  PREDIKAT_PEGAWAI,
  type PredikatOrganisasi,
  type PredikatPegawai,
  RATINGS,
  type Rating,
} from '../codes.js';
import type { Issue } from '../issues/issue.js';
import { safeParseWith } from '../issues/zod.js';
import type { MatriksPredikat } from '../regimes/pmk6/params.js';
import { permenpanrb_6_2022 } from '../regimes/pmk6/ruleset.js';
import { type DistributionCheck, evaluateRules, GuidelineSchema, prepareTeam } from './check.js';
import type { DistributionGuidance } from './guidance.js';
import { countsOf, parseTeam, TeamMemberSchema } from './input.js';
import { CALIBRATION_MESSAGES as M } from './messages.js';

const Base = {
  sessionId: z.string().min(1),
  actorId: z.string().min(1),
  /** ISO 8601 timestamp with offset, given by the caller (the library never reads the clock). */
  at: z.iso.datetime({ offset: true }),
  version: z.number().int().min(1),
};

const ValueSchema = z.union([z.enum(PREDIKAT_PEGAWAI), z.enum(RATINGS)]);

/**
 * A stored summary of the distribution check made at finalisation.
 *
 * @example
 * ```ts
 * StoredCheckSchema.safeParse({}).success; // false
 * ```
 */
export const StoredCheckSchema = z.strictObject({
  verdict: z.enum(['MEMENUHI', 'TIDAK_MEMENUHI']),
  mode: z.enum(['ADVISORY', 'ENFORCED']),
  headcount: z.number().int().min(0),
  counts: z.record(z.enum(PREDIKAT_PEGAWAI), z.number().int().min(0)),
  rules: z.array(
    z.strictObject({
      id: z.string(),
      status: z.enum(['OK', 'BELOW', 'ABOVE', 'EMPTY']),
      allowed: z.strictObject({ min: z.number().int(), max: z.number().int() }),
      actual: z.number().int(),
    }),
  ),
  guidance: z.strictObject({ id: z.string(), version: z.string() }),
});
/**
 * The distribution check as stored in the FINALIZED event.
 *
 * @example
 * ```ts
 * // finalizeSession(...).session.state.finalCheck: { verdict, mode, headcount, counts, rules, guidance }
 * ```
 */
export type StoredCheck = z.infer<typeof StoredCheckSchema>;

/**
 * One event of a calibration session (JSON). `CHANGED` is the audit record of one change:
 * who changed what (`subjectId` = NIP, `element`), from → to, the justification
 * (`authorizedBy`, `reasonCode`, `comment`) and when.
 *
 * @example
 * ```ts
 * SessionEventSchema.parse({
 *   type: 'CHANGED', sessionId: 's1', version: 3, actorId: 'fasilitator', at: '2024-01-15T09:00:00Z',
 *   subjectId: '198703122010011002', element: 'predikat', from: 'BAIK', to: 'BUTUH_PERBAIKAN',
 *   reasonCode: 'KURVA_ORGANISASI',
 * });
 * ```
 */
export const SessionEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('CREATED'),
    ...Base,
    orgPredikat: z.string(),
    subjects: z.array(TeamMemberSchema),
    requireJustification: z.boolean(),
    blocking: z.boolean(),
    guidelines: z.array(GuidelineSchema).optional(),
  }),
  z.strictObject({ type: z.literal('STARTED'), ...Base }),
  z.strictObject({
    type: z.literal('CHANGED'),
    ...Base,
    subjectId: z.string().min(1),
    element: z.enum(['predikat', 'ratingHasilKerja', 'ratingPerilaku']),
    from: ValueSchema,
    to: ValueSchema,
    authorizedBy: z.string().min(1).optional(),
    reasonCode: z.string().min(1).optional(),
    comment: z.string().min(1).optional(),
  }),
  z.strictObject({ type: z.literal('FINALIZED'), ...Base, check: StoredCheckSchema }),
]);
/**
 * One event of a calibration session (JSON input).
 *
 * @example
 * ```ts
 * const e: SessionEventInput = { type: 'STARTED', sessionId: 's', actorId: 'f', at: '2024-01-15T09:00:00Z', version: 2 };
 * ```
 */
export type SessionEventInput = z.input<typeof SessionEventSchema>;
/**
 * One event of a calibration session.
 *
 * @example
 * ```ts
 * const e: SessionEvent = { type: 'STARTED', sessionId: 's', actorId: 'f', at: '2024-01-15T09:00:00Z', version: 2 };
 * ```
 */
export type SessionEvent = z.output<typeof SessionEventSchema>;

/**
 * The calculated (pre-calibration) or final values of one subject.
 *
 * @example
 * ```ts
 * const v: SubjectValues = { predikat: 'BAIK', ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI' };
 * ```
 */
export interface SubjectValues {
  readonly predikat: PredikatPegawai;
  readonly ratingHasilKerja?: Rating;
  readonly ratingPerilaku?: Rating;
}

/**
 * One subject of a session: the calculated value is kept beside the final one.
 *
 * @example
 * ```ts
 * const s: SessionSubject = { nip: 'A', calculated: { predikat: 'BAIK' }, final: { predikat: 'BUTUH_PERBAIKAN' }, changes: [3] };
 * ```
 */
export interface SessionSubject {
  readonly nip: string;
  readonly calculated: SubjectValues;
  readonly final: SubjectValues;
  /** Versions of the CHANGED events that touched this subject. */
  readonly changes: readonly number[];
}

/**
 * The state of a session, rebuilt from its log by {@link replay}.
 *
 * @example
 * ```ts
 * const r = openSession({ sessionId: 's', actorId: 'a', at: '2024-01-15T08:00:00Z', orgPredikat: 'KURANG', subjects: [] });
 * r.ok && r.session.state.status; // 'draft'
 * ```
 */
export interface SessionState {
  readonly sessionId: string;
  readonly status: 'draft' | 'in_progress' | 'finalized';
  readonly version: number;
  readonly orgPredikat: PredikatOrganisasi;
  readonly requireJustification: boolean;
  readonly blocking: boolean;
  readonly subjects: readonly SessionSubject[];
  /** Stored at finalisation. */
  readonly finalCheck?: StoredCheck;
}

/**
 * A session: its append-only log and the current state.
 *
 * @example
 * ```ts
 * const r = openSession({ sessionId: 's', actorId: 'a', at: '2024-01-15T08:00:00Z', orgPredikat: 'BAIK', subjects: [] });
 * r.ok && r.session.log.length; // 1
 * ```
 */
export interface CalibrationSession {
  readonly log: readonly SessionEvent[];
  readonly state: SessionState;
}

/**
 * Result of a session operation.
 *
 * @example
 * ```ts
 * const r: SessionResult = replay([]);
 * r.ok; // false (an empty log has no session)
 * ```
 */
export type SessionResult =
  | { readonly ok: true; readonly session: CalibrationSession; readonly check?: DistributionCheck }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly check?: DistributionCheck };

/**
 * Options shared by the session functions.
 *
 * @example
 * ```ts
 * const o: SessionOptions = { guidance: se_menpanrb_3_2023 };
 * ```
 */
export interface SessionOptions {
  readonly guidance?: DistributionGuidance;
  readonly matrix?: MatriksPredikat;
}

interface Ctx {
  readonly guidance?: DistributionGuidance;
  readonly matrix: MatriksPredikat;
  /** Guidelines of the CREATED event. */
  guidelines?: readonly unknown[];
}

function check(state: SessionState, ctx: Ctx): DistributionCheck | Issue[] {
  const team = state.subjects.map((s) => ({ nip: s.nip, ...s.final }));
  const p = prepareTeam(
    team,
    state.orgPredikat,
    {
      ...(ctx.guidance ? { guidance: ctx.guidance } : {}),
      ...(ctx.guidelines ? { guidelines: ctx.guidelines } : {}),
    },
    ctx.matrix,
  );
  if (!p.ok) return p.issues;
  return evaluateRules(p.guidance, p.org, p.rules, countsOf(p.members), state.blocking);
}

function stored(c: DistributionCheck): StoredCheck {
  return {
    verdict: c.verdict,
    mode: c.mode,
    headcount: c.headcount,
    counts: { ...c.counts },
    rules: c.rules.map((r) => ({
      id: r.id,
      status: r.status,
      allowed: { ...r.allowed },
      actual: r.actual,
    })),
    guidance: { ...c.guidance },
  };
}

/** The pure reducer: the state after one event, or the issues that reject it. */
function reduce(
  state: SessionState | undefined,
  e: SessionEvent,
  ctx: Ctx,
):
  | { state: SessionState; check?: DistributionCheck }
  | { issues: Issue[]; check?: DistributionCheck } {
  if (state === undefined) {
    if (e.type !== 'CREATED' || e.version !== 1) {
      return {
        issues: [M.issue('VERSION_CONFLICT', ['version'], { expected: 1, got: e.version })],
      };
    }
    ctx.guidelines = e.guidelines;
    const p = prepareTeam(
      e.subjects,
      e.orgPredikat,
      {
        ...(ctx.guidance ? { guidance: ctx.guidance } : {}),
        ...(e.guidelines ? { guidelines: e.guidelines } : {}),
      },
      ctx.matrix,
    );
    if (!p.ok) return { issues: p.issues };
    const subjects = p.members.map((m) => {
      const v: SubjectValues = {
        predikat: m.predikat,
        ...(m.ratingHasilKerja ? { ratingHasilKerja: m.ratingHasilKerja } : {}),
        ...(m.ratingPerilaku ? { ratingPerilaku: m.ratingPerilaku } : {}),
      };
      return { nip: m.nip, calculated: v, final: v, changes: [] };
    });
    return {
      state: {
        sessionId: e.sessionId,
        status: 'draft',
        version: 1,
        orgPredikat: p.org,
        requireJustification: e.requireJustification,
        blocking: e.blocking,
        subjects,
      },
    };
  }
  if (e.sessionId !== state.sessionId) {
    return {
      issues: [
        M.issue('WRONG_SESSION', ['sessionId'], { expected: state.sessionId, got: e.sessionId }),
      ],
    };
  }
  if (state.status === 'finalized') {
    return { issues: [M.issue('SESSION_LOCKED', [], { sessionId: state.sessionId })] };
  }
  if (e.version !== state.version + 1) {
    return {
      issues: [
        M.issue('VERSION_CONFLICT', ['version'], { expected: state.version + 1, got: e.version }),
      ],
    };
  }
  if (e.type === 'CREATED') {
    return { issues: [M.issue('SESSION_STATE', ['type'], { from: state.status, to: 'draft' })] };
  }
  if (e.type === 'STARTED') {
    if (state.status !== 'draft') {
      return {
        issues: [M.issue('SESSION_STATE', ['type'], { from: state.status, to: 'in_progress' })],
      };
    }
    return { state: { ...state, status: 'in_progress', version: e.version } };
  }
  if (e.type === 'FINALIZED') {
    if (state.status !== 'in_progress') {
      return {
        issues: [M.issue('SESSION_STATE', ['type'], { from: state.status, to: 'finalized' })],
      };
    }
    const c = check(state, ctx);
    if (Array.isArray(c)) return { issues: c };
    if (c.blocking) return { issues: [M.issue('FINALIZE_BLOCKED', [], {}), ...c.issues], check: c };
    // the stored record is the event's own check (what the signatories saw)
    return {
      state: { ...state, status: 'finalized', version: e.version, finalCheck: e.check },
      check: c,
    };
  }
  // CHANGED
  if (state.status !== 'in_progress') {
    return { issues: [M.issue('SESSION_STATE', ['type'], { from: state.status, to: 'CHANGED' })] };
  }
  if (state.requireJustification && !e.authorizedBy && !e.reasonCode && !e.comment) {
    return { issues: [M.issue('JUSTIFICATION_REQUIRED', ['comment'], {})] };
  }
  const idx = state.subjects.findIndex((s) => s.nip === e.subjectId);
  const subj = state.subjects[idx];
  if (!subj) return { issues: [M.issue('UNKNOWN_SUBJECT', ['subjectId'], { nip: e.subjectId })] };
  const cur = subj.final[e.element];
  if (cur !== e.from) {
    return {
      issues: [
        M.issue('STALE_FROM', ['from'], { nip: e.subjectId, expected: String(cur), got: e.from }),
      ],
    };
  }
  const isPred = (PREDIKAT_PEGAWAI as readonly string[]).includes(e.to);
  if ((e.element === 'predikat') !== isPred) {
    return {
      issues: [M.issue('ELEMENT_VALUE', ['to'], { element: e.element, value: e.to })],
    };
  }
  let next: SubjectValues = { ...subj.final, [e.element]: e.to };
  if (e.element !== 'predikat' && next.ratingHasilKerja && next.ratingPerilaku) {
    next = { ...next, predikat: ctx.matrix[next.ratingHasilKerja][next.ratingPerilaku] };
  }
  if (next.ratingHasilKerja && next.ratingPerilaku) {
    const cell = ctx.matrix[next.ratingHasilKerja][next.ratingPerilaku];
    if (cell !== next.predikat) {
      return {
        issues: [
          M.issue('RATING_PREDIKAT_MISMATCH', ['to'], {
            predikat: next.predikat,
            hasil: next.ratingHasilKerja,
            perilaku: next.ratingPerilaku,
            cell,
          }),
        ],
      };
    }
  }
  const subjects = [...state.subjects];
  subjects[idx] = { ...subj, final: next, changes: [...subj.changes, e.version] };
  return { state: { ...state, subjects, version: e.version } };
}

function ctxOf(opts: SessionOptions, log: readonly SessionEvent[]): Ctx {
  const first = log[0];
  return {
    ...(opts.guidance ? { guidance: opts.guidance } : {}),
    matrix: opts.matrix ?? permenpanrb_6_2022.params.matriks.value,
    ...(first?.type === 'CREATED' && first.guidelines ? { guidelines: first.guidelines } : {}),
  };
}

function append(
  session: CalibrationSession | undefined,
  input: unknown,
  opts: SessionOptions,
): SessionResult {
  const log = session?.log ?? [];
  const parsed = safeParseWith(SessionEventSchema, input);
  if (!parsed.success) return { ok: false, issues: parsed.issues };
  const r = reduce(session?.state, parsed.data, ctxOf(opts, log));
  if ('issues' in r) return { ok: false, issues: r.issues, ...(r.check ? { check: r.check } : {}) };
  return {
    ok: true,
    session: { log: [...log, parsed.data], state: r.state },
    ...(r.check ? { check: r.check } : {}),
  };
}

/**
 * Opens a session in `draft` with the pre-calibration snapshot (the calculated values).
 * `requireJustification` (default true) makes every change carry at least one of
 * `authorizedBy`, `reasonCode` or `comment` (the SAP SuccessFactors rule); `blocking` (default
 * false) makes a violated distribution guidance block finalisation.
 *
 * @example
 * ```ts
 * const r = openSession({
 *   sessionId: 's1', actorId: 'admin', at: '2024-01-15T08:00:00Z', orgPredikat: 'BAIK',
 *   subjects: [{ nip: '1', predikat: 'BAIK' }, { nip: '2', predikat: 'BUTUH_PERBAIKAN' }],
 * });
 * r.ok && r.session.state.status; // 'draft'
 * ```
 */
export function openSession(
  input: {
    readonly sessionId: string;
    readonly actorId: string;
    readonly at: string;
    readonly orgPredikat: string;
    readonly subjects: readonly unknown[];
    readonly requireJustification?: boolean;
    readonly blocking?: boolean;
    readonly guidelines?: readonly unknown[];
  },
  opts: SessionOptions = {},
): SessionResult {
  return append(
    undefined,
    {
      type: 'CREATED',
      version: 1,
      sessionId: input.sessionId,
      actorId: input.actorId,
      at: input.at,
      orgPredikat: input.orgPredikat,
      subjects: input.subjects,
      requireJustification: input.requireJustification ?? true,
      blocking: input.blocking ?? false,
      ...(input.guidelines ? { guidelines: input.guidelines } : {}),
    },
    opts,
  );
}

/**
 * Moves a session from `draft` to `in_progress`.
 *
 * @example
 * ```ts
 * startSession(session, { actorId: 'fasilitator', at: '2024-01-15T09:00:00Z' });
 * ```
 */
export function startSession(
  session: CalibrationSession,
  by: { readonly actorId: string; readonly at: string },
  opts: SessionOptions = {},
): SessionResult {
  return append(
    session,
    {
      type: 'STARTED',
      sessionId: session.state.sessionId,
      version: session.state.version + 1,
      ...by,
    },
    opts,
  );
}

/**
 * Records one change (appends a CHANGED event). Rejected with issues when the session is not in
 * progress or is finalized (locked), the subject is unknown, `from` is not the current value,
 * the justification is missing, or the result contradicts the matrix. A rating change
 * recomputes the predikat from the matrix.
 *
 * @example
 * ```ts
 * recordChange(session, {
 *   actorId: 'fasilitator', at: '2024-01-15T09:10:00Z', subjectId: '1', element: 'ratingHasilKerja',
 *   from: 'SESUAI_EKSPEKTASI', to: 'DI_BAWAH_EKSPEKTASI', reasonCode: 'KURVA_ORGANISASI',
 * });
 * ```
 */
export function recordChange(
  session: CalibrationSession,
  change: {
    readonly actorId: string;
    readonly at: string;
    readonly subjectId: string;
    readonly element: 'predikat' | 'ratingHasilKerja' | 'ratingPerilaku';
    readonly from: string;
    readonly to: string;
    readonly authorizedBy?: string;
    readonly reasonCode?: string;
    readonly comment?: string;
  },
  opts: SessionOptions = {},
): SessionResult {
  return append(
    session,
    {
      type: 'CHANGED',
      sessionId: session.state.sessionId,
      version: session.state.version + 1,
      ...change,
    },
    opts,
  );
}

/**
 * Finalizes (locks) a session and stores the distribution check in the FINALIZED event. With
 * `blocking`, a violated guidance rejects finalisation (the check is returned for the session).
 *
 * @example
 * ```ts
 * const r = finalizeSession(session, { actorId: 'pimpinan', at: '2024-01-15T11:00:00Z' });
 * r.ok && r.session.state.finalCheck?.verdict; // 'MEMENUHI' or 'TIDAK_MEMENUHI'
 * ```
 */
export function finalizeSession(
  session: CalibrationSession,
  by: { readonly actorId: string; readonly at: string },
  opts: SessionOptions = {},
): SessionResult {
  const ctx = ctxOf(opts, session.log);
  const c = check(session.state, ctx);
  if (Array.isArray(c)) return { ok: false, issues: c };
  return append(
    session,
    {
      type: 'FINALIZED',
      sessionId: session.state.sessionId,
      version: session.state.version + 1,
      ...by,
      check: stored(c),
    },
    opts,
  );
}

/**
 * Rebuilds a session's state from its log (JSON accepted): every event is validated and
 * re-applied through the same reducer as the live session, so `replay(log)` equals the live
 * state. An invalid or out-of-sequence event gives issues with its index.
 *
 * @example
 * ```ts
 * const again = replay(JSON.parse(JSON.stringify(session.log)));
 * again.ok && again.session.state; // deep-equals session.state
 * ```
 */
export function replay(log: unknown, opts: SessionOptions = {}): SessionResult {
  if (!Array.isArray(log)) return { ok: false, issues: [M.issue('NOT_A_LIST', [], {})] };
  let session: CalibrationSession | undefined;
  for (let i = 0; i < log.length; i++) {
    const r = append(session, log[i], opts);
    if (!r.ok) {
      return { ok: false, issues: r.issues.map((x) => ({ ...x, path: [i, ...x.path] })) };
    }
    session = r.session;
  }
  if (!session) return { ok: false, issues: [M.issue('EMPTY_TEAM', [], {})] };
  return { ok: true, session };
}

/**
 * The subjects whose final value differs from the calculated one (the pre/post diff).
 *
 * @example
 * ```ts
 * sessionDiff(session.state); // [{ nip: '1', calculated: { predikat: 'BAIK', … }, final: { predikat: 'BUTUH_PERBAIKAN', … } }]
 * ```
 */
export function sessionDiff(state: SessionState): SessionSubject[] {
  return state.subjects.filter(
    (s) =>
      s.calculated.predikat !== s.final.predikat ||
      s.calculated.ratingHasilKerja !== s.final.ratingHasilKerja ||
      s.calculated.ratingPerilaku !== s.final.ratingPerilaku,
  );
}

/**
 * The "rating ≠ calibrated rating" validator (the Workday pattern): every appraisal result of
 * the session's subjects must carry the final (calibrated) predikat and ratings. Results are
 * `evaluate()` results or plain `{ nip, predikat, … }` objects; a mismatch is an error at the
 * result's index, a subject without a result a warning. Use it before the results are signed.
 *
 * @example
 * ```ts
 * const r = verifyCalibrated(session.state, [{ nip: '1', predikat: 'BAIK' }]);
 * r.ok; // false when the session moved employee 1 to Butuh Perbaikan
 * ```
 */
export function verifyCalibrated(
  state: SessionState,
  results: unknown,
  opts: { readonly matrix?: MatriksPredikat } = {},
): { readonly ok: boolean; readonly issues: readonly Issue[] } {
  const parsed = parseTeam(results, {
    matrix: opts.matrix ?? permenpanrb_6_2022.params.matriks.value,
  });
  if (parsed.issues.length > 0 && parsed.members.length === 0) {
    return { ok: false, issues: parsed.issues };
  }
  const issues: Issue[] = [...parsed.issues];
  const index = new Map<string, number>();
  (Array.isArray(results) ? results : []).forEach((r, i) => {
    const nip = (r as { nip?: unknown } | null)?.nip;
    if (typeof nip === 'string' && !index.has(nip)) index.set(nip, i);
  });
  const byNip = new Map(parsed.members.map((m) => [m.nip, m]));
  for (const s of state.subjects) {
    const m = byNip.get(s.nip);
    if (!m) {
      issues.push(M.issue('MISSING_RESULT', [], { nip: s.nip }, 'warning'));
      continue;
    }
    const same =
      m.predikat === s.final.predikat &&
      (s.final.ratingHasilKerja === undefined || m.ratingHasilKerja === s.final.ratingHasilKerja) &&
      (s.final.ratingPerilaku === undefined || m.ratingPerilaku === s.final.ratingPerilaku);
    if (!same) {
      issues.push(
        M.issue('CALIBRATED_MISMATCH', [index.get(s.nip) ?? 0, 'predikat'], {
          nip: s.nip,
          got: `${m.predikat}${m.ratingHasilKerja ? ` (${m.ratingHasilKerja} × ${m.ratingPerilaku ?? '?'})` : ''}`,
          expected: `${s.final.predikat}${s.final.ratingHasilKerja ? ` (${s.final.ratingHasilKerja} × ${s.final.ratingPerilaku ?? '?'})` : ''}`,
        }),
      );
    }
  }
  return { ok: !issues.some((i) => i.severity === 'error'), issues };
}
