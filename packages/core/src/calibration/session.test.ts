import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKAT_PEGAWAI, RATINGS } from '../codes.js';
import {
  type CalibrationSession,
  finalizeSession,
  openSession,
  recordChange,
  replay,
  type SessionResult,
  sessionDiff,
  startSession,
  verifyCalibrated,
} from './session.js';

const AT = '2024-01-15T08:00:00Z';
const subjects = [
  {
    nip: 'A',
    predikat: 'BAIK',
    ratingHasilKerja: 'SESUAI_EKSPEKTASI',
    ratingPerilaku: 'SESUAI_EKSPEKTASI',
  },
  {
    nip: 'B',
    predikat: 'BAIK',
    ratingHasilKerja: 'SESUAI_EKSPEKTASI',
    ratingPerilaku: 'SESUAI_EKSPEKTASI',
  },
  {
    nip: 'C',
    predikat: 'BAIK',
    ratingHasilKerja: 'SESUAI_EKSPEKTASI',
    ratingPerilaku: 'SESUAI_EKSPEKTASI',
  },
  { nip: 'D', predikat: 'SANGAT_BAIK' },
];

const ok = (r: SessionResult): CalibrationSession => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.session;
};

function started(extra: { blocking?: boolean } = {}) {
  const s = ok(
    openSession({
      sessionId: 's1',
      actorId: 'admin',
      at: AT,
      orgPredikat: 'BAIK',
      subjects,
      ...extra,
    }),
  );
  return ok(startSession(s, { actorId: 'fasilitator', at: AT }));
}

describe('calibration sessions', () => {
  it('draft → in_progress → finalized, keeping the calculated value beside the final one', () => {
    let s = ok(
      openSession({ sessionId: 's1', actorId: 'admin', at: AT, orgPredikat: 'BAIK', subjects }),
    );
    expect(s.state.status).toBe('draft');
    s = ok(startSession(s, { actorId: 'fasilitator', at: AT }));
    expect(s.state.status).toBe('in_progress');
    s = ok(
      recordChange(s, {
        actorId: 'fasilitator',
        at: AT,
        subjectId: 'C',
        element: 'ratingHasilKerja',
        from: 'SESUAI_EKSPEKTASI',
        to: 'DI_BAWAH_EKSPEKTASI',
        reasonCode: 'KURVA_ORGANISASI',
      }),
    );
    const c = s.state.subjects.find((x) => x.nip === 'C');
    expect(c?.calculated.predikat).toBe('BAIK');
    expect(c?.final).toEqual({
      predikat: 'BUTUH_PERBAIKAN',
      ratingHasilKerja: 'DI_BAWAH_EKSPEKTASI',
      ratingPerilaku: 'SESUAI_EKSPEKTASI',
    });
    expect(c?.changes).toEqual([3]);
    expect(sessionDiff(s.state).map((x) => x.nip)).toEqual(['C']);
    const f = finalizeSession(s, { actorId: 'pimpinan', at: AT });
    s = ok(f);
    expect(s.state.status).toBe('finalized');
    expect(s.state.finalCheck?.verdict).toBe('MEMENUHI');
    expect(s.state.finalCheck?.counts).toEqual({
      SANGAT_BAIK: 1,
      BAIK: 2,
      BUTUH_PERBAIKAN: 1,
      KURANG: 0,
      SANGAT_KURANG: 0,
    });
    expect(s.log.map((e) => [e.type, e.version])).toEqual([
      ['CREATED', 1],
      ['STARTED', 2],
      ['CHANGED', 3],
      ['FINALIZED', 4],
    ]);
    // locked
    const late = recordChange(s, {
      actorId: 'x',
      at: AT,
      subjectId: 'A',
      element: 'predikat',
      from: 'BAIK',
      to: 'BUTUH_PERBAIKAN',
      comment: 'terlambat',
    });
    expect(late.ok ? '' : late.issues[0]?.code).toBe('SESSION_LOCKED');
  });

  it('verifyCalibrated: the appraisal results must carry the calibrated values (Workday pattern)', () => {
    let s = started();
    s = ok(
      recordChange(s, {
        actorId: 'f',
        at: AT,
        subjectId: 'C',
        element: 'ratingHasilKerja',
        from: 'SESUAI_EKSPEKTASI',
        to: 'DI_BAWAH_EKSPEKTASI',
        comment: 'kurva',
      }),
    );
    const before = verifyCalibrated(s.state, subjects);
    expect(before.ok).toBe(false);
    expect(before.issues.map((i) => [i.code, i.path])).toEqual([
      ['CALIBRATED_MISMATCH', [2, 'predikat']],
    ]);
    const updated = subjects.map((x) =>
      x.nip === 'C'
        ? { ...x, predikat: 'BUTUH_PERBAIKAN', ratingHasilKerja: 'DI_BAWAH_EKSPEKTASI' }
        : x,
    );
    expect(verifyCalibrated(s.state, updated)).toEqual({ ok: true, issues: [] });
    const missing = verifyCalibrated(s.state, updated.slice(0, 3));
    expect(missing.ok).toBe(true);
    expect(missing.issues.map((i) => [i.code, i.severity])).toEqual([
      ['MISSING_RESULT', 'warning'],
    ]);
  });

  it('requireJustification accepts any of authorizedBy, reasonCode or comment', () => {
    const s = started();
    // D has no ratings, so its predikat may be changed directly
    const base = {
      actorId: 'f',
      at: AT,
      subjectId: 'D',
      element: 'predikat',
      from: 'SANGAT_BAIK',
      to: 'BAIK',
    } as const;
    const none = recordChange(s, base);
    expect(none.ok ? '' : none.issues[0]?.code).toBe('JUSTIFICATION_REQUIRED');
    for (const j of [
      { authorizedBy: 'kepala' },
      { reasonCode: 'R1' },
      { comment: 'bukti dukung' },
    ]) {
      expect(recordChange(s, { ...base, ...j }).ok).toBe(true);
    }
  });

  it('rejects stale from-values, unknown subjects, matrix contradictions and changes in draft', () => {
    const s = started();
    const r1 = recordChange(s, {
      actorId: 'f',
      at: AT,
      subjectId: 'A',
      element: 'predikat',
      from: 'SANGAT_BAIK',
      to: 'BAIK',
      comment: 'x',
    });
    expect(r1.ok ? '' : r1.issues[0]?.code).toBe('STALE_FROM');
    const r2 = recordChange(s, {
      actorId: 'f',
      at: AT,
      subjectId: 'Z',
      element: 'predikat',
      from: 'BAIK',
      to: 'BAIK',
      comment: 'x',
    });
    expect(r2.ok ? '' : r2.issues[0]?.code).toBe('UNKNOWN_SUBJECT');
    // A has ratings Sesuai × Sesuai: Sangat Baik contradicts the matrix
    const r3 = recordChange(s, {
      actorId: 'f',
      at: AT,
      subjectId: 'A',
      element: 'predikat',
      from: 'BAIK',
      to: 'SANGAT_BAIK',
      comment: 'x',
    });
    expect(r3.ok ? '' : r3.issues[0]?.code).toBe('RATING_PREDIKAT_MISMATCH');
    const draft = ok(
      openSession({ sessionId: 's2', actorId: 'a', at: AT, orgPredikat: 'BAIK', subjects }),
    );
    const r4 = recordChange(draft, {
      actorId: 'f',
      at: AT,
      subjectId: 'A',
      element: 'predikat',
      from: 'BAIK',
      to: 'BUTUH_PERBAIKAN',
      comment: 'x',
    });
    expect(r4.ok ? '' : r4.issues[0]?.code).toBe('SESSION_STATE');
    expect(finalizeSession(draft, { actorId: 'p', at: AT }).ok).toBe(false);
  });

  it('blocking guidance refuses finalisation and returns the check', () => {
    const s = started({ blocking: true });
    const r = finalizeSession(s, { actorId: 'p', at: AT });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toContain('FINALIZE_BLOCKED');
    expect(r.check?.rules.find((x) => x.id === 'se3.baik.bpKurang.harusAda')?.status).toBe('BELOW');
    // advisory (default): finalises and stores the violation
    const adv = ok(finalizeSession(started(), { actorId: 'p', at: AT }));
    expect(adv.state.finalCheck?.verdict).toBe('TIDAK_MEMENUHI');
    expect(adv.state.finalCheck?.mode).toBe('ADVISORY');
  });

  it('replay rejects a tampered log with the index of the bad event', () => {
    const s = started();
    const log = JSON.parse(JSON.stringify(s.log));
    log[1].version = 5;
    const r = replay(log);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path[0]])).toEqual([['VERSION_CONFLICT', 1]]);
    expect(replay('nope').ok).toBe(false);
    expect(replay([{ type: 'STARTED' }]).ok).toBe(false);
  });

  it('invalid subjects → issues', () => {
    const r = openSession({
      sessionId: 's',
      actorId: 'a',
      at: AT,
      orgPredikat: 'BAIK',
      subjects: [{ nip: 'A' }],
    });
    expect(r.ok).toBe(false);
  });

  it('property: replaying the (JSON) log equals the live state', () => {
    const op = fc.record({
      subject: fc.constantFrom('A', 'B', 'C', 'D'),
      element: fc.constantFrom('predikat', 'ratingHasilKerja', 'ratingPerilaku'),
      to: fc.constantFrom(...PREDIKAT_PEGAWAI, ...RATINGS),
      just: fc.constantFrom({}, { comment: 'c' }, { reasonCode: 'R' }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let s = started();
        for (const o of ops) {
          const subj = s.state.subjects.find((x) => x.nip === o.subject);
          const from = String(subj?.final[o.element as 'predikat'] ?? 'BAIK');
          const r = recordChange(s, {
            actorId: 'f',
            at: AT,
            subjectId: o.subject,
            element: o.element as 'predikat',
            from,
            to: o.to,
            ...o.just,
          });
          if (r.ok) s = r.session;
        }
        const fin = finalizeSession(s, { actorId: 'p', at: AT });
        if (fin.ok) s = fin.session;
        const again = replay(JSON.parse(JSON.stringify(s.log)));
        if (!again.ok) throw new Error(JSON.stringify(again.issues));
        expect(again.session.state).toEqual(s.state);
        expect(again.session.log).toEqual(s.log);
      }),
      { numRuns: 100 },
    );
  });
});
