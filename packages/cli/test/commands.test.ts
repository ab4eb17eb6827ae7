import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AuditOutputSchema,
  CalibrateOutputSchema,
  ExplainOutputSchema,
  SCHEMAS,
} from '../src/schemas.js';
import { cli, smallCity } from './helpers.js';

let dir: string;
let lenient: string;
beforeAll(() => {
  const c = smallCity();
  dir = c.dir;
  lenient = c.city.planted.lenientRater.nip;
});

describe('kinerja calibrate', () => {
  it('checks every unit against the guidance of its organisation predikat and proposes changes', async () => {
    const r = await cli(
      dir,
      'calibrate',
      'pegawai.csv',
      'dukcapil-360.jsonl',
      '--org-predikat',
      'org-predikat.json',
      '--json',
    );
    expect(r.code).toBe(0);
    const out = CalibrateOutputSchema.parse(JSON.parse(r.stdout));
    const byUnit = new Map(out.units.map((u) => [u.unit, u]));
    expect(out.units).toHaveLength(12);
    const pesisir = byUnit.get('Kecamatan Pesisir');
    expect(pesisir).toMatchObject({
      orgPredikat: 'BUTUH_PERBAIKAN',
      orgPredikatSource: 'file',
      verdict: 'TIDAK_MEMENUHI',
    });
    expect(pesisir?.proposal?.feasible).toBe(true);
    // The proposal brings Butuh Perbaikan to at least 60 % of the unit.
    const n = pesisir?.headcount as number;
    const changes = (pesisir?.proposal?.changes ?? []) as { to: string }[];
    const bp =
      (pesisir?.counts.BUTUH_PERBAIKAN ?? 0) +
      changes.filter((c) => c.to === 'BUTUH_PERBAIKAN').length;
    expect(bp).toBeGreaterThanOrEqual(Math.ceil(0.6 * n));
    expect(byUnit.get('Dinas Kependudukan dan Pencatatan Sipil')).toMatchObject({
      orgPredikat: 'ISTIMEWA',
      verdict: 'MEMENUHI',
    });
    expect(out.units.filter((u) => u.verdict !== 'MEMENUHI').map((u) => u.unit)).toEqual([
      'Kecamatan Pesisir',
    ]);
  });

  it('prints the per-unit table and the proposal in the chosen language; --fail-on warning exits 1', async () => {
    const r = await cli(
      dir,
      'calibrate',
      'pegawai.csv',
      '--org-predikat',
      'org-predikat.json',
      '--lang',
      'en',
      '--fail-on',
      'warning',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('== Kecamatan Pesisir (Needs Improvement');
    expect(r.stdout).toContain('Calibration proposal:');
    expect(r.stdout).toContain('advisory');
  });

  it('one organisation predikat for every unit, given as a label', async () => {
    const r = await cli(
      dir,
      'calibrate',
      'pegawai.csv',
      '--org-predikat',
      'Butuh Perbaikan',
      '--json',
    );
    const out = CalibrateOutputSchema.parse(JSON.parse(r.stdout));
    expect(new Set(out.units.map((u) => u.orgPredikat))).toEqual(new Set(['BUTUH_PERBAIKAN']));
    expect(out.units.every((u) => u.orgPredikatSource === 'option')).toBe(true);
  });

  it('without an organisation predikat anywhere it is a usage error', async () => {
    const r = await cli(dir, 'calibrate', 'pegawai.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--org-predikat');
    expect((await cli(dir, 'calibrate', 'pegawai.csv', '--org-predikat', 'LUAR_BIASA')).code).toBe(
      2,
    );
    writeFileSync(join(dir, 'bad-org.json'), JSON.stringify({ 'Dinas X': 'HEBAT' }));
    const b = await cli(dir, 'calibrate', 'pegawai.csv', '--org-predikat', 'bad-org.json');
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('bad-org.json');
  });
});

describe('kinerja audit', () => {
  it('finds the planted lenient rater (high) and re-derives the stored predikat', async () => {
    const r = await cli(dir, 'audit', 'pegawai.csv', 'dukcapil-360.jsonl', '--recheck', '--json');
    expect(r.code).toBe(0);
    const out = AuditOutputSchema.parse(JSON.parse(r.stdout));
    const high = out.findings.filter((f) => f.severity === 'high');
    expect(high).toContainEqual(
      expect.objectContaining({
        code: 'RATER_LENIENT',
        unit: 'Dinas Kesehatan',
        subject: { kind: 'rater', id: lenient },
      }),
    );
    // 360° input reaches the halo and reliability checks of Dukcapil.
    const dukcapil = JSON.parse(r.stdout).units.find((u: { unit: string }) =>
      u.unit.startsWith('Dinas Kependudukan'),
    );
    expect(dukcapil.summary.checksRun).toEqual(expect.arrayContaining(['halo', 'reliability']));
    expect(out.recheck).toMatchObject({ disagreed: 4 });
    expect(
      out.recheck?.disagreements.every((d) => d.stored === 'SANGAT_BAIK' && d.derived === 'BAIK'),
    ).toBe(true);
  });

  it('text report, and --fail-on high exits 1', async () => {
    const r = await cli(dir, 'audit', 'pegawai.csv', '--fail-on', 'high', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/high\s+Dinas Kesehatan\s+RATER_LENIENT/);
    expect((await cli(dir, 'audit', 'pegawai.csv', '--alpha', '2')).code).toBe(2);
  });
});

describe('kinerja explain', () => {
  it("shows one employee's trace in Bahasa Indonesia by default and in English on request", async () => {
    const first = (await import('node:fs')).readFileSync(join(dir, 'dukcapil-360.jsonl'), 'utf8');
    const nip = (JSON.parse(first.split('\n')[0] as string) as { pegawai: { nip: string } }).pegawai
      .nip;
    const id = await cli(dir, 'explain', 'dukcapil-360.jsonl', '--nip', nip);
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('Penjelasan penilaian kinerja');
    expect(id.stdout).toContain(`NIP ${nip}`);
    expect(id.stdout).toContain('PermenPANRB 6/2022');
    const en = await cli(dir, 'explain', 'dukcapil-360.jsonl', '--nip', nip, '--lang', 'en');
    expect(en.stdout).not.toContain('Penjelasan penilaian kinerja');
    const js = ExplainOutputSchema.parse(
      JSON.parse((await cli(dir, 'explain', 'dukcapil-360.jsonl', '--nip', nip, '--json')).stdout),
    );
    expect((js.results[0] as { trace: unknown[] }).trace.length).toBeGreaterThan(2);
  });

  it('an unknown NIP or a missing --nip is exit 2', async () => {
    expect((await cli(dir, 'explain', 'pegawai.csv', '--nip', '199999999999999999')).code).toBe(2);
    expect((await cli(dir, 'explain', 'pegawai.csv')).code).toBe(2);
  });
});

describe('kinerja schema', () => {
  it('prints a JSON Schema for every input and output format', async () => {
    const r = await cli(dir, 'schema');
    expect(r.code).toBe(0);
    const all = JSON.parse(r.stdout) as Record<string, { $schema: string; type?: string }>;
    expect(Object.keys(all).sort()).toEqual(Object.keys(SCHEMAS).sort());
    for (const s of Object.values(all)) expect(s.$schema).toContain('json-schema.org');
    const one = JSON.parse((await cli(dir, 'schema', 'appraisal')).stdout);
    expect(one.properties.pegawai.properties).toHaveProperty('nip');
    // A real result carries every property the score-result schema requires, and no other.
    const sr = JSON.parse((await cli(dir, 'schema', 'score-result')).stdout) as {
      required: string[];
      properties: Record<string, unknown>;
    };
    await cli(dir, 'score', 'pegawai.csv', '--out', 'sr.json');
    const res = JSON.parse(readFileSync(join(dir, 'sr.json'), 'utf8'))[0] as Record<
      string,
      unknown
    >;
    for (const k of sr.required) expect(res).toHaveProperty(k);
    for (const k of Object.keys(res)) expect(sr.properties).toHaveProperty(k);
    expect((await cli(dir, 'schema', 'nope')).code).toBe(2);
  });
});

describe('help and usage', () => {
  it('every command has --help; bad usage is exit 2 with one line', async () => {
    for (const c of ['score', 'calibrate', 'audit', 'explain', 'report', 'demo', 'schema']) {
      const r = await cli(dir, c, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: kinerja ${c}`);
      expect(r.stdout).toContain('--json');
    }
    expect((await cli(dir, '--help')).stdout).toContain('Commands:');
    expect((await cli(dir)).code).toBe(2);
    for (const argv of [
      ['frobnicate'],
      ['score', 'pegawai.csv', '--bogus'],
      ['score', 'pegawai.csv', '--format', 'xml'],
      ['score'],
    ]) {
      const r = await cli(dir, ...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
