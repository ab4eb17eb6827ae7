import { readFileSync } from 'node:fs';
import {
  type AppraisalInput,
  decimalCalculator,
  evaluate,
  type IkiInput,
  NO_TRACE,
  PREDIKAT_PEGAWAI,
} from '@kinerja/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kehadiran, kontribusiTujuan } from '../src/indikator.js';
import { pengakuanInovasi, reviuObjektivitas } from '../src/kebijakanLokal.js';
import { bacaContohData, nilaiTim } from '../src/laporan.js';
import { RULESET_SEMARANG } from '../src/ruleset.js';

const expected = JSON.parse(
  readFileSync(new URL('../expected-output.json', import.meta.url), 'utf8'),
) as unknown;
const rows = bacaContohData() as AppraisalInput[];
const clone = <T>(x: T): T => structuredClone(x);
const row = (i: number): AppraisalInput => clone(rows[i] as AppraisalInput);
const iki = (r: AppraisalInput, rhk: number, j: number): IkiInput => {
  const found = r.skp?.rencanaHasilKerja[rhk]?.indikator[j];
  if (found === undefined) throw new Error(`row has no IKI ${rhk}.${j}`);
  return found;
};
const byName = (nama: string) => nilaiTim(rows).pegawai.find((p) => p.nama === nama);

describe('Semarang example', () => {
  it('the team report equals expected-output.json (fast path and exact decimal)', () => {
    expect(nilaiTim(rows)).toEqual(expected);
    expect(nilaiTim(rows, { backend: 'decimal' })).toEqual(expected);
  });

  it('extends the current national ruleset with the three local indicator types only', () => {
    expect(RULESET_SEMARANG.extends).toBe('permenpanrb-6-2022');
    expect(RULESET_SEMARANG.indicatorTypes).toEqual([
      'standar',
      'semarang.kehadiran',
      'semarang.kualitasHasil',
      'semarang.kontribusiTujuan',
    ]);
    const overridden = Object.values(RULESET_SEMARANG.params).filter(
      (p) => p.overriddenBy !== undefined,
    );
    expect(overridden).toEqual([]);
  });

  it('worked example: 236 present of 246 days with 6 days of leave → 98.33 %; target 95 % → 103.51 %', () => {
    const out = kehadiran.capaian(
      decimalCalculator,
      {
        aspek: 'KUANTITAS',
        indikator: 'Kehadiran',
        jenis: 'semarang.kehadiran',
        target: { jumlah: 95 },
        data: { hariKerja: 246, hadir: 236, cutiResmi: 6 },
      },
      { path: [], tracer: NO_TRACE },
    );
    // 236 / 240 × 100 = 98.333…; / 95 × 100 = 103.508…
    expect(out.ok && out.capaian.toFixed(3)).toBe('103.509');
  });

  it('contribution counts only activities both on time and satisfactory', () => {
    const k = (tepatWaktu: boolean, memuaskan: boolean) => ({
      nama: 'x',
      sasaranOrganisasi: 'y',
      tepatWaktu,
      memuaskan,
    });
    const out = kontribusiTujuan.capaian(
      decimalCalculator,
      {
        aspek: 'KUANTITAS',
        indikator: 'Kontribusi',
        jenis: 'semarang.kontribusiTujuan',
        target: { jumlah: 4, satuan: 'kegiatan' },
        data: { kegiatan: [k(true, true), k(true, false), k(false, true), k(true, true)] },
      },
      { path: [], tracer: NO_TRACE },
    );
    expect(out.ok && out.capaian.toFixed(2)).toBe('50.00');
  });

  it('recognises innovation: nominated at Baik or better, only recorded below', () => {
    expect(byName('Ayu Lestari')?.inovasi?.pengakuan).toBe('DIUSULKAN_PENGHARGAAN');
    expect(byName('Taufik Hidayat')).toMatchObject({
      predikat: 'KURANG',
      inovasi: { pengakuan: 'DICATAT' },
    });
    expect(byName('Budi Santoso')?.inovasi).toBeUndefined();
    expect(PREDIKAT_PEGAWAI.map(pengakuanInovasi)).toEqual([
      'DIUSULKAN_PENGHARGAAN',
      'DIUSULKAN_PENGHARGAAN',
      'DICATAT',
      'DICATAT',
      'DICATAT',
    ]);
  });

  it('objectivity review flags penilai ratings that differ from the measured capaian, without changing them', () => {
    expect(byName('Hendra Gunawan')).toMatchObject({
      predikat: 'BAIK',
      sumber: { hasilKerja: 'PENILAI' },
      objektivitas: {
        status: 'PERLU_REVIU_LEBIH_TINGGI',
        ratingPenilai: 'SESUAI_EKSPEKTASI',
        saranDariCapaian: 'DI_BAWAH_EKSPEKTASI',
      },
    });
    expect(byName('Budi Santoso')?.objektivitas?.status).toBe('PERLU_REVIU_LEBIH_RENDAH');
    expect(byName('Ayu Lestari')?.objektivitas).toBeUndefined();
    expect(reviuObjektivitas('SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI').status).toBe('KONSISTEN');
  });

  it('malformed rows are reported with issues and paths, never thrown', () => {
    const cuti = row(0);
    iki(cuti, 1, 0).data = { hariKerja: 246, hadir: 250 };
    const kegiatan = row(2);
    iki(kegiatan, 0, 1).data = { kegiatan: [{ nama: 'x', tepatWaktu: 'ya' }] };
    const range = row(4);
    iki(range, 0, 0).target = { min: 80, max: 90 };
    const laporan = nilaiTim([cuti, kegiatan, range, rows[6]]);
    expect(laporan.pegawai.map((p) => p.nama)).toEqual(['Wahyu Nugroho']);
    expect(laporan.ditolak.map((d) => d.index)).toEqual([0, 1, 2]);
    expect(laporan.ditolak[0]?.issues).toEqual([
      { code: 'MORE_THAN_TOTAL', path: 'skp.rencanaHasilKerja[1].indikator[0].data.hadir' },
    ]);
    const paths = laporan.ditolak[1]?.issues.map((i) => i.path) ?? [];
    expect(paths).toContain(
      'skp.rencanaHasilKerja[0].indikator[1].data.kegiatan[0].sasaranOrganisasi',
    );
    expect(paths).toContain('skp.rencanaHasilKerja[0].indikator[1].data.kegiatan[0].tepatWaktu');
    expect(laporan.ditolak[2]?.issues).toEqual([
      { code: 'TARGET_NOT_POSITIVE', path: 'skp.rencanaHasilKerja[0].indikator[0].target' },
    ]);
    const r = evaluate(cuti, { ruleset: RULESET_SEMARANG });
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.message.en).toBe('hadir must not exceed hariKerja − cutiResmi');
  });

  it('property: the float fast path gives the same report as the exact decimal backend', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        (hk, hadir, cuti, produk, ok) => {
          const r = row(0);
          iki(r, 1, 0).data = {
            hariKerja: hk + cuti,
            hadir: Math.min(hadir, hk),
            cutiResmi: cuti,
          };
          iki(r, 0, 0).data = { produk, diterimaTanpaRevisi: Math.min(ok, produk) };
          expect(nilaiTim([r])).toEqual(nilaiTim([r], { backend: 'decimal' }));
        },
      ),
      { numRuns: 100 },
    );
  });
});
