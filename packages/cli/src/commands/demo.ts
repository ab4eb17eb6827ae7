import type { Locale } from '@kinerja/core';
import { int, str } from '../args.js';
import { runDemo } from '../demo/demo.js';
import { type Command, printJson } from './shared.js';

export const demo: Command = {
  spec: {
    name: 'demo',
    usage: 'demo [--out <dir>] [--size <n>] [--seed <n>] [--lang id|en]',
    summary:
      'Generates the built-in synthetic city government (Kota Contoh: Dinas Pendidikan, Dukcapil, Dinas Kesehatan, Dinas PU, kecamatan; ~5,000 employees, 2024) and runs score → calibrate → audit → report on it.',
    options: {
      out: {
        type: 'string',
        short: 'o',
        arg: '<dir>',
        help: 'Output directory (default ./kinerja-demo)',
      },
      size: { type: 'string', arg: '<n>', help: 'Number of employees (default 5000)' },
      seed: { type: 'string', arg: '<n>', help: 'PRNG seed (default 2024): same seed, same city' },
      lang: {
        type: 'string',
        arg: '<lang>',
        help: 'Language of the report',
        choices: ['id', 'en'],
      },
    },
    details:
      'Planted problems for the pipeline to find: one lenient rater (Dinas Kesehatan), one unit above its distribution curve (Kecamatan Pesisir), malformed rows (a NIP in scientific notation, an unknown rating, a missing name, an impossible date, a short NIP, a broken JSON line) and stored predikat that contradict the matrix.',
  },
  async run(p, io) {
    const out = str(p, 'out') ?? 'kinerja-demo';
    const size = int(p, 'size', 'demo');
    const seed = str(p, 'seed') === undefined ? undefined : int(p, 'seed', 'demo');
    const lang = (str(p, 'lang') ?? 'id') as Locale;
    const s = await runDemo(io, {
      out,
      lang,
      ...(size !== undefined ? { size } : {}),
      ...(seed !== undefined ? { seed } : {}),
      progress: p.values['no-progress'] !== true && p.values.json !== true,
    });
    if (p.values.json) {
      printJson(io, { command: 'demo', ...s });
      return 0;
    }
    const id = lang === 'id';
    const lines = [
      id
        ? `Kota Contoh: ${s.employees} pegawai, ${s.units} unit kerja (data sintetis, seed tetap)`
        : `Kota Contoh: ${s.employees} employees, ${s.units} units (synthetic, fixed seed)`,
      `${id ? 'Baris' : 'Rows'}: ${s.total} = ${s.accepted} ${id ? 'dinilai' : 'scored'} + ${s.rejected} ${id ? 'ditolak' : 'rejected'}`,
      `${id ? 'Unit yang tidak memenuhi pola distribusi' : 'Units not meeting the distribution pattern'}: ${s.unitsNotMeeting.join(', ') || '—'} (${s.proposedChanges} ${id ? 'usulan perubahan' : 'proposed changes'})`,
      `${id ? 'Temuan audit' : 'Audit findings'}: ${(['high', 'medium', 'low'] as const).map((v) => `${s.findings.filter((f) => f.severity === v).length} ${v}`).join(', ')}${s.findings[0] ? ` (${id ? 'teratas' : 'top'}: ${s.findings[0].code} ${s.findings[0].subject}, ${s.findings[0].unit})` : ''}`,
      `${id ? 'Ditanam' : 'Planted'}: ${id ? 'penilai lunak' : 'lenient rater'} ${s.planted.lenientRater.nip} (${s.planted.lenientRater.unit}); ${id ? 'unit di atas kurva' : 'unit above its curve'} ${s.planted.unitAboveCurve}; ${s.planted.malformedRows} ${id ? 'baris rusak' : 'malformed rows'}; ${s.planted.storedPredikatMismatches} ${id ? 'predikat tersimpan yang bertentangan dengan matriks (kinerja audit --recheck)' : 'stored predikat contradicting the matrix (kinerja audit --recheck)'}`,
      `${id ? 'Berkas' : 'Files'}: ${s.out}/ (pegawai.csv, dukcapil-360.jsonl, org-predikat.json, hasil.csv, ditolak.csv, kalibrasi.json, audit.json)`,
      `${id ? 'Laporan' : 'Report'}: ${s.files.report}`,
      `${id ? 'Waktu' : 'Time'}: ${(s.ms / 1000).toFixed(1)} s`,
    ];
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
