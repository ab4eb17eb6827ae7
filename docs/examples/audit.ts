// Read an objectivity audit of a batch: rater leniency and spread, outlying raters, and adverse
// impact by group — each finding with its evidence, severity and a bilingual explanation.
import { type EvaluationResult, evaluate, periode } from '@kinerja/core';
import { audit } from '@kinerja/core/bias';

const RATINGS = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;

// Four pejabat penilai with 15 employees each. Penilai D rates everyone Di Atas × Di Atas.
const results: EvaluationResult[] = [];
for (const [r, penilai] of ['A', 'B', 'C', 'D'].entries()) {
  for (let i = 0; i < 15; i++) {
    const n = r * 15 + i;
    const lenient = penilai === 'D';
    results.push(
      evaluate({
        pegawai: {
          nip: `19900101201501${Math.floor(i / 3) % 2 === 0 ? 1 : 2}${String(1000 + n).slice(1)}`,
          nama: `Pegawai ${n}`,
          jabatan: { jenis: 'PELAKSANA' },
          golongan: Math.floor(i / 5) % 2 === 0 ? 'III/a' : 'II/c',
          jenisKelamin: Math.floor(i / 3) % 2 === 0 ? 'L' : 'P',
          unitKerja: { nama: `Bidang ${penilai}` },
        },
        penilai: { nip: `19750101200003100${r}`, nama: `Penilai ${penilai}` },
        periode: periode.tahunan(2024),
        ratingHasilKerja: lenient ? 'DI_ATAS_EKSPEKTASI' : RATINGS[(i * 7) % 3],
        ratingPerilaku: lenient ? 'DI_ATAS_EKSPEKTASI' : RATINGS[(i * 5) % 2],
      }),
    );
  }
}

const report = audit(results, { attributes: ['jenisKelamin', 'golongan'] });
if (!report.ok) throw new Error(JSON.stringify(report.issues));

const { summary } = report;
console.log(
  `${summary.used} results, ${summary.raters} raters, ${summary.tests} tests (${summary.correction})`,
);
console.log('checks run:', summary.checksRun.join(', '));
for (const c of summary.checksNotRun) console.log(`not run: ${c.check} — ${c.reason.en}`);

for (const f of report.findings) {
  console.log(`[${f.severity}] ${f.code} ${f.subject.kind} ${f.subject.id}`);
  console.log(`  ${f.explanation.en}`);
}

// The report is plain JSON: store it beside the calibration session.
const stored = JSON.parse(JSON.stringify(report)) as typeof report;

const aboutD = report.findings.filter((f) => f.subject.id === '197501012000031003');
if (aboutD.length === 0 || !stored.ok) throw new Error('the lenient rater was not found');
