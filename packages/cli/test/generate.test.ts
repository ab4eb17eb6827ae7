import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  indexPegawai,
  readEksporAsn,
  readSkp22,
  readSkpPp46,
  recheckSiasn,
  recheckSkpPp46,
  skp22ToAppraisals,
} from '@kinerja/adapters/siasn';
import { evaluate } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import {
  type DatasetOptions,
  datasetChunks,
  emptyStats,
  masterChunks,
} from '../src/generate/dataset.js';
import { employee, NIP_CAPACITY, nipOf, penilaiCount, penilaiOf } from '../src/generate/model.js';
import { cli, oneLine, tmp } from './helpers.js';

const csv = (o: Partial<DatasetOptions> = {}): DatasetOptions => ({
  size: 1500,
  seed: 11,
  format: 'csv',
  regime: 'pmk6',
  hazards: 0.05,
  ...o,
});

const text = (o: DatasetOptions) => [...datasetChunks(o)].join('');

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

describe('kinerja generate: determinism', { timeout: 30_000 }, () => {
  it('gives byte-identical output for a seed, whatever the chunking', () => {
    const a = text(csv({ chunkRows: 2000 }));
    expect(text(csv({ chunkRows: 1 }))).toBe(a);
    expect(text(csv({ chunkRows: 7 }))).toBe(a);
    expect(text(csv())).toBe(a);
    expect(text(csv({ seed: 12 }))).not.toBe(a);
  });

  it('writes the same file through the command twice, and the prefix of a larger file', async () => {
    const dir = tmp();
    for (const f of ['a.jsonl', 'b.jsonl']) {
      const r = await cli(
        dir,
        'generate',
        '--size',
        '800',
        '--seed',
        '5',
        '--format',
        'siasn-jsonl',
        '--regime',
        'pp46',
        '--out',
        f,
      );
      expect(r.code).toBe(0);
    }
    const a = readFileSync(join(dir, 'a.jsonl'), 'utf8');
    expect(readFileSync(join(dir, 'b.jsonl'), 'utf8')).toBe(a);
  });
});

describe('kinerja generate: realistic population', { timeout: 30_000 }, () => {
  it('gives every employee and every pejabat penilai a distinct, well-formed NIP', () => {
    expect(gcd(31_415_929, NIP_CAPACITY)).toBe(1);
    const size = 20_000;
    const seen = new Set<string>();
    const NIP = /^(19[6-9]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d)(19|20)\d{2}(0[1-9]|1[0-2])[12]\d{3}$/;
    const bad: string[] = [];
    for (let i = 0; i < size; i++) {
      const e = employee(3, size, i);
      const lahir = `${e.nip.slice(0, 4)}-${e.nip.slice(4, 6)}-${e.nip.slice(6, 8)}`;
      if (!NIP.test(e.nip) || e.lahir !== lahir) bad.push(e.nip);
      seen.add(e.nip);
    }
    expect(bad).toEqual([]);
    for (let g = 0; g < penilaiCount(size); g++) seen.add(nipOf(3, size + g, 'L', 1));
    expect(seen.size).toBe(size + penilaiCount(size));
    expect(penilaiOf(3, size, 0, 0, 0)).toEqual(penilaiOf(3, size, 0, 0, 0));
  });

  it('follows the units’ distribution patterns and plants a lenient rater per instansi', () => {
    const size = 10_000;
    const byUnit = new Map<string, Map<string, number>>();
    const byPenilai = new Map<string, { n: number; sb: number }>();
    for (let i = 0; i < size; i++) {
      const e = employee(9, size, i);
      const u = byUnit.get(e.unit) ?? new Map<string, number>();
      u.set(e.predikat, (u.get(e.predikat) ?? 0) + 1);
      byUnit.set(e.unit, u);
      const p = byPenilai.get(e.penilai.nip) ?? { n: 0, sb: 0 };
      p.n++;
      if (e.predikat === 'SANGAT_BAIK') p.sb++;
      byPenilai.set(e.penilai.nip, p);
      // The 6/2022 matrix gives the stored predikat from the two ratings.
      if (i % 10 !== 0) continue;
      expect(
        evaluate({
          pegawai: { nip: e.nip, nama: e.nama, jabatan: { jenis: e.jenis } },
          periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
          ratingHasilKerja: e.hasil,
          ratingPerilaku: e.perilaku,
        }).predikat?.code,
      ).toBe(e.predikat);
    }
    expect(byUnit.size).toBe(2 * 12); // two instansi of 12 OPD
    const dukcapil = byUnit.get('Dinas Kependudukan dan Pencatatan Sipil Kabupaten Contoh 0001');
    const pu = byUnit.get('Dinas Pekerjaan Umum Kabupaten Contoh 0001');
    const share = (m: Map<string, number> | undefined, k: string) =>
      (m?.get(k) ?? 0) / [...(m?.values() ?? [])].reduce((a, b) => a + b, 0);
    expect(share(dukcapil, 'SANGAT_BAIK')).toBeGreaterThan(0.4); // Istimewa unit
    expect(share(pu, 'BUTUH_PERBAIKAN')).toBeGreaterThan(0.5); // Butuh Perbaikan unit
    const lenient = [...byPenilai.values()].filter((p) => p.n >= 5 && p.sb / p.n >= 0.7);
    expect(lenient.length).toBeGreaterThanOrEqual(2);
  });
});

describe('kinerja generate: hazards, read back by the adapters and the CLI', {
  timeout: 30_000,
}, () => {
  it('accounts for every CSV row in kinerja score: only scientific-notation NIPs are rejected', async () => {
    const dir = tmp();
    const g = await cli(
      dir,
      'generate',
      '--size',
      '3000',
      '--seed',
      '21',
      '--hazards',
      '0.08',
      '--out',
      'pegawai.csv',
      '--json',
    );
    expect(g.code).toBe(0);
    const stats = JSON.parse(g.stdout);
    for (const h of ['nip-scientific', 'casing', 'mutasi-duplicate', 'plt-plh', 'dash-empty'])
      expect(stats.hazards[h]).toBeGreaterThan(0);
    expect(stats.hazards['decimal-comma']).toBe(0);
    expect(stats.rows).toBe(3000 + stats.hazards['mutasi-duplicate'] + stats.hazards['plt-plh']);
    const s = await cli(dir, 'score', 'pegawai.csv', '--json', '--rejections', 'ditolak.csv');
    const r = JSON.parse(s.stdout);
    expect(r.total).toBe(stats.rows);
    expect(r.rejected).toBe(stats.hazards['nip-scientific']);
    expect(r.accepted).toBe(stats.rows - stats.hazards['nip-scientific']);
    const codes = readFileSync(join(dir, 'ditolak.csv'), 'utf8').split('\r\n').slice(1, -1);
    expect(codes.every((l) => l.includes('NIP_SCIENTIFIC_NOTATION'))).toBe(true);
  });

  it('writes XLSX (one sheet, byte-identical per seed) that kinerja score reads the same way', async () => {
    const dir = tmp();
    const runs = [];
    for (const f of ['a.xlsx', 'b.xlsx']) {
      runs.push(
        await cli(
          dir,
          'generate',
          '--size',
          '1200',
          '--seed',
          '4',
          '--hazards',
          '0.05',
          '--out',
          f,
          '--json',
        ),
      );
    }
    expect(readFileSync(join(dir, 'b.xlsx')).equals(readFileSync(join(dir, 'a.xlsx')))).toBe(true);
    const stats = JSON.parse(runs[0]?.stdout ?? '');
    const r = JSON.parse((await cli(dir, 'score', 'a.xlsx', '--json')).stdout);
    expect([r.total, r.rejected]).toEqual([stats.rows, stats.hazards['nip-scientific']]);
    const big = await cli(dir, 'generate', '--size', '1048576', '--out', 'c.xlsx');
    expect(big.code).toBe(2);
  });

  it('writes clean data with --hazards 0', async () => {
    const dir = tmp();
    await cli(dir, 'generate', '--size', '1000', '--hazards', '0', '--out', 'bersih.csv');
    const r = JSON.parse((await cli(dir, 'score', 'bersih.csv', '--json')).stdout);
    expect([r.total, r.accepted, r.rejected]).toEqual([1000, 1000, 0]);
  });

  it('writes SIASN rw-skp22 lines that join the Export Data ASN master and agree with the matrix', () => {
    const o = csv({ format: 'siasn-jsonl', size: 2000, hazards: 0.1 });
    const stats = emptyStats(o.size);
    const lines = [...datasetChunks(o, stats)].join('').trimEnd().split('\n');
    expect(lines.length).toBe(stats.rows);
    const parsed = readSkp22(lines.map((l) => JSON.parse(l)));
    expect(parsed.counts.accepted).toBe(stats.rows); // casing and "-" are read
    expect(recheckSiasn(parsed).disagreed).toBe(0);
    const master = readEksporAsn([...masterChunks(o)].join(''));
    expect(master.counts.input).toBe(o.size);
    expect(master.counts.rejected).toBe(stats.hazards['nip-scientific']);
    const joined = skp22ToAppraisals(parsed, indexPegawai(master.records));
    expect(joined.counts.rejected).toBeGreaterThanOrEqual(stats.hazards['nip-scientific']);
    expect(joined.rejections.every((x) => x.code === 'PEGAWAI_NOT_IN_MASTER')).toBe(true);
    for (const a of joined.records.slice(0, 300)) {
      expect(evaluate(a.appraisal).predikat?.code).toBe(a.source.predikat);
    }
  });

  it.each(['pp46', 'pp30'] as const)(
    'writes %s SIASN records whose stored totals follow the regulation (decimal commas rejected)',
    (regime) => {
      const o = csv({ format: 'siasn-jsonl', regime, size: 1500, hazards: 0.1 });
      const stats = emptyStats(o.size);
      const lines = [...datasetChunks(o, stats)].join('').trimEnd().split('\n');
      const parsed = readSkpPp46(lines.map((l) => JSON.parse(l)));
      expect(parsed.counts.input).toBe(stats.rows);
      expect(parsed.counts.rejected).toBe(stats.hazards['decimal-comma']);
      expect(stats.hazards['decimal-comma']).toBeGreaterThan(0);
      expect(parsed.rejections.every((x) => x.code === 'NUMBER_FORMAT')).toBe(true);
      const audit = recheckSkpPp46(parsed);
      if (regime === 'pp46') {
        expect(audit.checked).toBe(parsed.counts.accepted);
        expect(audit.disagreed).toBe(0);
      } else {
        // PP 30 records carry inisiatif kerja instead of integritas and disiplin: the PP 46
        // audit cannot check them, and says so for each.
        expect(audit.notCheckable.length).toBe(parsed.counts.accepted);
      }
    },
  );

  it('writes SIASN rw-skp22 lines that kinerja score reads with the master, detected or with --from', async () => {
    const dir = tmp();
    await cli(
      dir,
      'generate',
      '--size',
      '1200',
      '--format',
      'siasn-jsonl',
      '--hazards',
      '0.1',
      '--out',
      'rw-skp22.jsonl',
      '--master',
      'master.csv',
    );
    const lines = readFileSync(join(dir, 'rw-skp22.jsonl'), 'utf8').trimEnd().split('\n');
    // What the adapters make of the same lines and master.
    const parsed = readSkp22(lines.map((l) => JSON.parse(l)));
    const joined = skp22ToAppraisals(
      parsed,
      indexPegawai(readEksporAsn(readFileSync(join(dir, 'master.csv'), 'utf8')).records),
    );
    const detected = await cli(dir, 'score', 'rw-skp22.jsonl', '--master', 'master.csv', '--json');
    expect(detected.code).toBe(0);
    const r = JSON.parse(detected.stdout);
    expect(r.total).toBe(lines.length);
    expect(r.accepted).toBe(joined.records.length);
    expect(r.total).toBe(r.accepted + r.rejected + r.excluded);
    expect(r.decisions[0]).toMatchObject({ code: 'FORMAT_DETECTED' });
    expect(r.decisions[0].message.en).toMatch(/rw-skp22.*first record's keys/);
    const forced = await cli(
      dir,
      'score',
      'rw-skp22.jsonl',
      '--from',
      'siasn-skp22',
      '--master',
      'master.csv',
      '--json',
    );
    const f = JSON.parse(forced.stdout);
    expect([f.total, f.accepted, f.rejected, f.excluded]).toEqual([
      r.total,
      r.accepted,
      r.rejected,
      r.excluded,
    ]);
    // Without the master: one line, exit code 2 (the records carry no employee data).
    const bare = await cli(dir, 'score', 'rw-skp22.jsonl');
    expect(bare.code).toBe(2);
    expect(oneLine(bare.stderr)).toBe(true);
    expect(bare.stderr).toMatch(/--master/);
  });

  it('numbers SIASN rw-skp22 lines as the JSON Lines reader does, a broken line rejected in its place', async () => {
    const dir = tmp();
    await cli(
      dir,
      'generate',
      '--size',
      '50',
      '--format',
      'siasn-jsonl',
      '--hazards',
      '0',
      '--out',
      'a.jsonl',
      '--master',
      'master.csv',
    );
    const lines = readFileSync(join(dir, 'a.jsonl'), 'utf8').trimEnd().split('\n');
    // Line 3 broken, a blank line after it (not numbered), CRLF endings.
    const edited = [...lines.slice(0, 2), '{"id": "rusak"', '', ...lines.slice(2)];
    writeFileSync(join(dir, 'b.jsonl'), `${edited.join('\r\n')}\r\n`);
    const r = await cli(
      dir,
      'score',
      'b.jsonl',
      '--master',
      'master.csv',
      '--json',
      '--rejections',
      'ditolak.csv',
    );
    const out = JSON.parse(r.stdout);
    expect(out.total).toBe(lines.length + 1);
    expect(out.total).toBe(out.accepted + out.rejected + out.excluded);
    const rejected = readFileSync(join(dir, 'ditolak.csv'), 'utf8').split('\r\n').slice(1, -1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatch(/^b\.jsonl,3,,INVALID_JSON_LINE,/);
  });

  it('stops with one line on SIASN rw-skp records of PP 46/2011 and PP 30/2019 (stored totals, nothing to score)', async () => {
    const dir = tmp();
    await cli(
      dir,
      'generate',
      '--size',
      '30',
      '--format',
      'siasn-jsonl',
      '--regime',
      'pp46',
      '--out',
      'rw-skp.jsonl',
    );
    const r = await cli(dir, 'score', 'rw-skp.jsonl', '--workers', '2');
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(/rw-skp\.jsonl: these are SIASN rw-skp records .* nothing to score/);
  });

  it('writes both files whole or neither: a master it cannot write leaves no dataset and no part file', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'master.csv'));
    const gen = (master: string) =>
      cli(dir, ...'generate --size 500 --out pegawai.csv --master'.split(' '), master);
    const r = await gen('master.csv');
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(true);
    expect(readdirSync(dir)).toEqual(['master.csv']);
    const ok = await gen('m.csv');
    expect(ok.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['m.csv', 'master.csv', 'pegawai.csv']);
  });

  it('reports bad options on one line with exit code 2', async () => {
    const dir = tmp();
    for (const argv of [
      ['generate', '--size', '10'],
      ['generate', '--out', 'x.csv', '--regime', 'pp46'],
      ['generate', '--out', 'x.csv', '--hazards', '2'],
      ['generate', '--out', 'x.csv', '--seed', '-1'],
      ['generate', '--out', 'x.csv', '--size', '0'],
    ]) {
      const r = await cli(dir, ...argv);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toBe(true);
    }
  });
});
