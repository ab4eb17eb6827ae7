import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { generateDemo } from '../src/demo/city.js';
import { captureStream } from '../src/io.js';
import { main } from '../src/main.js';

/** Runs the CLI in-process and captures its output. */
export async function cli(
  cwd: string,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await main(argv, { stdout, stderr, cwd });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** The directories {@link tmp} made for the test file that imports this module. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test file's tests. */
export function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-cli-'));
  made.push(dir);
  return dir;
}

/** A small demo city written to a temporary directory (pegawai.csv, dukcapil-360.jsonl, org-predikat.json). */
export function smallCity(size = 600) {
  const dir = tmp();
  const city = generateDemo({ size });
  writeFileSync(join(dir, 'pegawai.csv'), city.csv);
  writeFileSync(join(dir, 'dukcapil-360.jsonl'), city.jsonl);
  writeFileSync(join(dir, 'org-predikat.json'), JSON.stringify(city.orgPredikat));
  return { dir, city };
}

/** Asserts the shape of an error report: exactly one line, no stack frame. */
export function oneLine(stderr: string): boolean {
  const lines = stderr.split('\n').filter((l) => l !== '');
  return lines.length === 1 && !/\n\s+at /.test(stderr) && (lines[0] ?? '').startsWith('kinerja: ');
}

/** A PP 46/2011 appraisal (2019): its results carry `nilai` values, unlike the 6/2022 demo. */
export function pp46Appraisal(i: number) {
  return {
    pegawai: {
      nip: `198703122010011${String(i % 1000).padStart(3, '0')}`,
      nama: `Pegawai ${i}`,
      jabatan: { jenis: 'PELAKSANA' },
      unitKerja: { nama: 'Dinas Arsip' },
    },
    periode: { jenis: 'TAHUNAN', mulai: '2019-01-01', selesai: '2019-12-31' },
    skp: {
      rencanaHasilKerja: [
        {
          rencanaHasilKerja: 'Pengelolaan arsip',
          indikator: [
            { aspek: 'KUANTITAS', indikator: 'Berkas', target: 100, realisasi: 70 + (i % 40) },
            { aspek: 'KUALITAS', indikator: 'Mutu', target: 100, realisasi: 60 + (i % 41) },
            { aspek: 'WAKTU', indikator: 'Waktu', target: 12, realisasi: 12 },
          ],
        },
      ],
    },
    perilaku: {
      penilaian: [
        {
          penilai: { peran: 'ATASAN' },
          nilai: {
            ORIENTASI_PELAYANAN: 80,
            INTEGRITAS: 85,
            KOMITMEN: 75,
            DISIPLIN: 70 + (i % 25),
            KERJA_SAMA: 78,
          },
        },
      ],
    },
  };
}
