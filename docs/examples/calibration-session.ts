// A calibration session for one unit whose organisation predikat is Baik: check the team's
// predikat against the SE MenPANRB 3/2023 curve, get a minimal, explained proposal, record the
// agreed changes with their justification, finalise, and replay the audit log.
import { type EvaluationResult, evaluate, periode } from '@kinerja/core';
import {
  checkDistribution,
  finalizeSession,
  openSession,
  proposeCalibration,
  recordChange,
  replay,
  sessionDiff,
  startSession,
} from '@kinerja/core/calibration';

// Ten employees rated by their pejabat penilai: one Sangat Baik, nine Baik.
const results: EvaluationResult[] = Array.from({ length: 10 }, (_, i) =>
  evaluate({
    pegawai: {
      nip: `19900101201501100${i}`,
      nama: `Pegawai ${i}`,
      jabatan: { jenis: 'PELAKSANA' },
      unitKerja: { nama: 'Bidang Pelayanan' },
    },
    periode: periode.tahunan(2024),
    ratingHasilKerja: i === 9 ? 'DI_ATAS_EKSPEKTASI' : 'SESUAI_EKSPEKTASI',
    ratingPerilaku: i === 9 ? 'DI_ATAS_EKSPEKTASI' : 'SESUAI_EKSPEKTASI',
  }),
);

// 1. Check: Baik is at most 70 % of 10 = 7, and a Baik unit must have some Butuh Perbaikan
//    and/or Kurang/Misconduct. Advisory by default: violations are warnings.
const check = checkDistribution(results, 'BAIK');
if (!check.ok) throw new Error(JSON.stringify(check.issues));
console.log(check.check.verdict); // 'TIDAK_MEMENUHI'
for (const rule of check.check.rules.filter((r) => r.status !== 'OK')) {
  console.log(rule.label.id, rule.action); // e.g. 'Baik maksimal 70%' { type: 'REMOVE', min: 2, … }
}

// 2. Propose: the fewest changes, each a change of the rating hasil kerja read through the
//    matrix, with the rule it serves and the evidence (here: ranked by a score per employee).
const team = results.map((r, i) => ({
  nip: r.nip as string,
  predikat: r.predikat?.code as 'BAIK' | 'SANGAT_BAIK',
  ratingHasilKerja: r.rating?.hasilKerja,
  ratingPerilaku: r.rating?.perilaku,
  skor: 80 + i, // e.g. rata-rata capaian from the SKP
}));
const proposal = proposeCalibration(team, 'BAIK');
if (!proposal.ok || !proposal.feasible) throw new Error('no feasible proposal');
for (const c of proposal.changes) console.log(c.nip, c.from, '→', c.to, '|', c.reason.en);

// 3. Session: an append-only log; every change says who, what, from → to and why.
let s = openSession({
  sessionId: 'kalibrasi-2024-pelayanan',
  actorId: 'admin.bkpsdm',
  at: '2025-01-15T08:00:00Z',
  orgPredikat: 'BAIK',
  subjects: team,
});
if (!s.ok) throw new Error(JSON.stringify(s.issues));
s = startSession(s.session, { actorId: 'fasilitator', at: '2025-01-15T09:00:00Z' });
for (const [k, c] of proposal.changes.entries()) {
  if (!s.ok) break;
  const cell = c.evidence.matrixCell;
  s = recordChange(s.session, {
    actorId: 'fasilitator',
    at: `2025-01-15T09:1${k}:00Z`,
    subjectId: c.nip,
    element: 'ratingHasilKerja',
    from: cell?.from.hasilKerja ?? 'SESUAI_EKSPEKTASI',
    to: cell?.to.hasilKerja ?? 'DI_BAWAH_EKSPEKTASI',
    authorizedBy: 'Kepala Dinas',
    reasonCode: 'KURVA_ORGANISASI',
  });
}
if (!s.ok) throw new Error(JSON.stringify(s.issues));
const done = finalizeSession(s.session, { actorId: 'kepala.dinas', at: '2025-01-15T11:00:00Z' });
if (!done.ok) throw new Error(JSON.stringify(done.issues));
console.log(done.session.state.status, done.session.state.finalCheck?.verdict); // 'finalized' 'MEMENUHI'

// 4. Audit: the log alone rebuilds the same state; the diff lists calculated vs final values.
const again = replay(JSON.parse(JSON.stringify(done.session.log)));
for (const subject of sessionDiff(done.session.state)) {
  console.log(
    subject.nip,
    subject.calculated.predikat,
    '→',
    subject.final.predikat,
    'events',
    subject.changes,
  );
}

if (
  check.check.verdict !== 'TIDAK_MEMENUHI' ||
  done.session.state.finalCheck?.verdict !== 'MEMENUHI' ||
  !again.ok ||
  JSON.stringify(again.session.state) !== JSON.stringify(done.session.state)
) {
  throw new Error('calibration example failed');
}
