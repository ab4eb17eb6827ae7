/**
 * One measured run of an end-to-end benchmark, in its own process (started by harness.ts).
 * Prints a JSON report `{ ms, rows, maxRssBytes, info }` as its last line.
 *
 *   child.ts tokenize <file.csv>             streamCsv over the file (tokenizer only)
 *   child.ts parse <file.csv>                readAppraisalCsvStream (what `kinerja score` reads with)
 *   child.ts parse-stream <file.csv>         streamAppraisalCsv (the same outcomes, one row at a time)
 *   child.ts score <file.csv> <dir> [opts…]  `kinerja score` in-process through main()
 *   child.ts score-pair <task> <a.csv> <b.csv> <dir> [opts…]  two processes, each running <task>
 *                                            (score, or score-dist: dist-child.mjs) on one
 *                                            file, timed together from the moment both are loaded
 *
 * The `score-dist` task (the same through the built dist/index.js) is dist-child.mjs, a plain
 * JavaScript process, so that its worker threads do not inherit `--import tsx`.
 *   child.ts calib-naive <n>                 count predikat per unit (after building n results)
 *   child.ts calib-audit <n>                 calibrateUnits + auditByUnit as calibrate/audit run them
 *   child.ts stream-tokenize <n>             generate n employees → tokenize, in memory
 *   child.ts stream-score <n> <out.csv>      generate n → streamAppraisalCsv → evaluate → results CSV
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import {
  readAppraisalCsvStream,
  streamAppraisalCsv,
  streamCsv,
  writeCsv,
} from '@kinerja/adapters/csv';
import { type AppraisalInput, evaluate } from '@kinerja/core';
import { auditByUnit } from '../src/auditing.js';
import { calibrateUnits, unitOf } from '../src/calibration.js';
import { OPD } from '../src/demo/city.js';
import { datasetChunks } from '../src/generate/dataset.js';
import { employee, instansiName, PER_INSTANSI } from '../src/generate/model.js';
import { captureStream } from '../src/io.js';
import { main } from '../src/main.js';
import type { Scored } from '../src/pipeline.js';
import { outputsDigest } from './digest.mjs';

/** The plain-JavaScript runner of the built CLI (the `score-dist` task). */
const DIST_CHILD = new URL('./dist-child.mjs', import.meta.url);

const [task, a, b, ...rest] = process.argv.slice(2);

/** Set by `score-pair` in its two processes: load, say so, and wait for "go" on stdin. */
const WAIT_FOR_GO = process.env.KINERJA_BENCH_WAIT === '1';

/** Prints "ready" and resolves when the parent writes a line to stdin. */
async function readyThenGo(): Promise<void> {
  console.log('ready');
  process.stdin.setEncoding('utf8');
  for await (const piece of process.stdin) if ((piece as string).includes('\n')) break;
  process.stdin.pause();
}

/**
 * Two processes, each scoring one file with `score-task`, started together once both have
 * loaded (module loading is outside every score timing): the wall time of two independent
 * processes on the two halves of a file, the most any split of the work into two can gain on
 * this machine for this workload, whatever the threads.
 */
async function scorePair(scoreTask: string, files: readonly string[], dir: string, opts: string[]) {
  const kids = files.map((f, i) =>
    spawn(
      process.execPath,
      scoreTask === 'score-dist'
        ? [fileURLToPath(DIST_CHILD), f, join(dir, `half${i}`), ...opts]
        : [
            ...process.execArgv,
            fileURLToPath(import.meta.url),
            scoreTask,
            f,
            join(dir, `half${i}`),
            ...opts,
          ],
      { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, KINERJA_BENCH_WAIT: '1' } },
    ),
  );
  const outputs = kids.map((k) => {
    let text = '';
    k.stdout.setEncoding('utf8');
    const ready = new Promise<void>((resolveReady) => {
      k.stdout.on('data', (d: string) => {
        text += d;
        if (text.includes('ready\n')) resolveReady();
      });
    });
    const exit = once(k, 'exit').then(([code]) => {
      if (code !== 0) throw new Error(`${scoreTask} exited ${code}`);
      return JSON.parse(text.trim().split('\n').at(-1) ?? '') as {
        ms: number;
        rows: number;
        maxRssBytes: number;
      };
    });
    return { ready, exit };
  });
  await Promise.all(outputs.map((o) => o.ready));
  const t = performance.now();
  for (const k of kids) k.stdin.end('go\n');
  const reports = await Promise.all(outputs.map((o) => o.exit));
  const ms = performance.now() - t;
  // Peak memory: the two processes' peaks together (they run at the same time).
  report(
    ms,
    reports.reduce((n, r) => n + r.rows, 0),
    { halvesMs: reports.map((r) => Math.round(r.ms)) },
    reports.reduce((n, r) => n + r.maxRssBytes, 0),
  );
}

function report(
  ms: number,
  rows: number,
  info?: Record<string, unknown>,
  maxRssBytes = process.resourceUsage().maxRSS * 1024,
): void {
  console.log(JSON.stringify({ ms, rows, maxRssBytes, ...(info ? { info } : {}) }));
}

/** n PermenPANRB 6/2022 results of the generated population, as `kinerja score` keeps them. */
function scoredPopulation(n: number): Scored[] {
  const out: Scored[] = [];
  for (let i = 0; i < n; i++) {
    const e = employee(2024, n, i);
    const appraisal: AppraisalInput = {
      pegawai: {
        nip: e.nip,
        nama: e.nama,
        jenisAsn: e.jenisAsn,
        jabatan: { jenis: e.jenis, nama: e.jabatan },
        golongan: e.golongan,
        unitKerja: { id: e.unitId, nama: e.unit },
        jenisKelamin: e.jk,
        tanggalLahir: e.lahir,
      },
      periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
      penilai: { nip: e.penilai.nip, nama: e.penilai.nama, jabatan: e.penilai.jabatan },
      ratingHasilKerja: e.hasil,
      ratingPerilaku: e.perilaku,
    };
    const result = evaluate(appraisal, { trace: false });
    if (result.ok) out.push({ item: { file: 'bench', row: i + 1, appraisal }, result });
  }
  return out;
}

/** The organisation predikat of every unit (the demo city's, per OPD), as --org-predikat file. */
function orgMap(n: number): Record<string, (typeof OPD)[number]['org']> {
  const map: Record<string, (typeof OPD)[number]['org']> = {};
  for (let k = 0; k < Math.ceil(n / PER_INSTANSI); k++) {
    for (const o of OPD) map[`${o.nama} ${instansiName(k + 1)}`] = o.org;
  }
  return map;
}

async function run(): Promise<void> {
  switch (task) {
    case 'tokenize': {
      const t = performance.now();
      let rows = 0;
      for await (const _ of streamCsv(createReadStream(a as string, 'utf8'))) rows++;
      return report(performance.now() - t, rows - 1);
    }
    case 'parse': {
      const t = performance.now();
      const r = await readAppraisalCsvStream(createReadStream(a as string, 'utf8'));
      return report(performance.now() - t, r.counts.input, { ...r.counts });
    }
    case 'parse-stream': {
      const t = performance.now();
      const it = streamAppraisalCsv(createReadStream(a as string, 'utf8'));
      for (;;) {
        const next = await it.next();
        if (next.done)
          return report(performance.now() - t, next.value.counts.input, { ...next.value.counts });
      }
    }
    case 'score': {
      const out = captureStream();
      const err = captureStream();
      if (WAIT_FOR_GO) await readyThenGo();
      const t = performance.now();
      const code = await main(
        [
          'score',
          a as string,
          '--out',
          join(b as string, 'hasil.csv'),
          '--rejections',
          join(b as string, 'ditolak.csv'),
          '--json',
          '--no-progress',
          ...rest,
        ],
        { stdout: out, stderr: err, cwd: process.cwd() },
      );
      const ms = performance.now() - t;
      const maxRssBytes = process.resourceUsage().maxRSS * 1024;
      if (code !== 0) throw new Error(`kinerja score exited ${code}: ${err.text()}`);
      const s = JSON.parse(out.text());
      const outputs = await outputsDigest([
        join(b as string, 'hasil.csv'),
        join(b as string, 'ditolak.csv'),
      ]);
      return report(
        ms,
        s.total,
        { accepted: s.accepted, rejected: s.rejected, outputs },
        maxRssBytes,
      );
    }
    case 'score-pair':
      return scorePair(
        a as string,
        [b as string, rest[0] as string],
        rest[1] as string,
        rest.slice(2),
      );
    case 'calib-naive':
    case 'calib-audit': {
      const n = Number(a);
      const scored = scoredPopulation(n);
      const t = performance.now();
      if (task === 'calib-naive') {
        const counts = new Map<string, Record<string, number>>();
        for (const s of scored) {
          const u = unitOf(s);
          const c = counts.get(u) ?? {};
          const p = s.result.predikat?.code as string;
          c[p] = (c[p] ?? 0) + 1;
          counts.set(u, c);
        }
        return report(performance.now() - t, n, { units: counts.size });
      }
      const calibration = calibrateUnits(scored, { kind: 'file', map: orgMap(n) });
      const audit = auditByUnit(scored);
      return report(performance.now() - t, n, {
        units: calibration.units.length,
        notMeeting: calibration.units.filter((u) => u.check?.verdict !== 'MEMENUHI').length,
        findings: audit.findings.length,
      });
    }
    case 'stream-tokenize': {
      const n = Number(a);
      const t = performance.now();
      let rows = 0;
      const chunks = datasetChunks({
        size: n,
        seed: 7,
        format: 'csv',
        regime: 'pmk6',
        hazards: 0.01,
      });
      for await (const _ of streamCsv(chunks)) rows++;
      return report(performance.now() - t, n, { rows: rows - 1 });
    }
    case 'stream-score': {
      const n = Number(a);
      const t = performance.now();
      const chunks = datasetChunks({
        size: n,
        seed: 7,
        format: 'csv',
        regime: 'pmk6',
        hazards: 0.01,
      });
      const ws = createWriteStream(b as string);
      const header = ['nip', 'nama', 'unit_kerja', 'ruleset', 'predikat', 'predikat_label'];
      ws.write(writeCsv([header]));
      const it = streamAppraisalCsv(chunks);
      let batch: string[][] = [];
      let rejected = 0;
      let scored = 0;
      const flush = async () => {
        if (!ws.write(writeCsv(batch))) await once(ws, 'drain');
        batch = [];
      };
      for (;;) {
        const next = await it.next();
        if (next.done) {
          await flush();
          ws.end();
          await finished(ws);
          return report(performance.now() - t, n, { ...next.value.counts, scored, rejected });
        }
        if (next.value.type === 'rejected') {
          rejected++;
          continue;
        }
        const r = evaluate(next.value.record.appraisal);
        scored++;
        batch.push([
          r.nip ?? '',
          r.nama ?? '',
          r.unitKerja ?? '',
          r.ruleset?.id ?? '',
          r.predikat?.code ?? '',
          r.predikat?.label.id ?? '',
        ]);
        if (batch.length >= 2000) await flush();
      }
    }
    default:
      throw new Error(`unknown task ${task}`);
  }
}

run().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exitCode = 1;
});
