import { readFileSync } from 'node:fs';
import {
  type AppraisalInput,
  type CapaianOutcome,
  type Dec,
  decimalCalculator,
  evaluate,
  type IkiInput,
  NO_TRACE,
} from '@kinerja/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kepuasanMasyarakat, waktuPenyelesaian } from '../src/indikator.js';
import { bacaContohData, nilaiTim } from '../src/laporan.js';
import { RULESET_JAMBI } from '../src/ruleset.js';

const expected = JSON.parse(
  readFileSync(new URL('../expected-output.json', import.meta.url), 'utf8'),
) as unknown;
const rows = bacaContohData() as AppraisalInput[];
const row = (i: number): AppraisalInput => structuredClone(rows[i] as AppraisalInput);
const iki = (r: AppraisalInput, j: number): IkiInput => {
  const found = r.skp?.rencanaHasilKerja[0]?.indikator[j];
  if (found === undefined) throw new Error(`row has no IKI ${j}`);
  return found;
};
const byName = (nama: string) => nilaiTim(rows).pegawai.find((p) => p.nama === nama);
const cap = (out: CapaianOutcome<Dec>) =>
  out.ok ? decimalCalculator.toFixed(decimalCalculator.round(out.capaian, 2, 'HALF_UP'), 2) : out;

describe('Jambi example', () => {
  it('the team report equals expected-output.json (fast path and exact decimal)', () => {
    expect(nilaiTim(rows)).toEqual(expected);
    expect(nilaiTim(rows, { backend: 'decimal' })).toEqual(expected);
  });

  it('extends the current national ruleset; the 360° rater weights sum to 10000 basis points', () => {
    expect(RULESET_JAMBI.extends).toBe('permenpanrb-6-2022');
    const w = RULESET_JAMBI.params.bobotPenilai;
    expect(w.value).toEqual({
      ATASAN: 5000,
      REKAN_KERJA: 3000,
      BAWAHAN: 0,
      MASYARAKAT: 2000,
      DIRI_SENDIRI: 0,
    });
    expect(Object.values(w.value).reduce((a, b) => a + (b ?? 0), 0)).toBe(10000);
    expect(w.overriddenBy).toBe('Disdukcapil Kota Jambi');
    expect(w.ref.status).toBe('UNCERTAIN');
  });

  it('completion time is lower-is-better: 2.5 days vs 3 → 116.67 %; 4.5 → 50 %; never below 0 %', () => {
    const base = {
      aspek: 'WAKTU' as const,
      indikator: 'Waktu',
      jenis: 'jambi.waktuPenyelesaian',
      target: { jumlah: 3, satuan: 'hari kerja' },
    };
    const ctx = { path: [], tracer: NO_TRACE };
    const at = (jumlahDokumen: number, totalHariKerja: number) =>
      cap(
        waktuPenyelesaian.capaian(
          decimalCalculator,
          { ...base, data: { jumlahDokumen, totalHariKerja } },
          ctx,
        ),
      );
    expect(at(600, 1500)).toBe('116.67');
    expect(at(480, 2160)).toBe('50.00');
    expect(at(100, 300)).toBe('100.00');
    expect(at(100, 900)).toBe('0.00');
  });

  it('satisfaction: 1–4 survey index × 25 → 89.75; target 85 → 105.59 %', () => {
    const out = kepuasanMasyarakat.capaian(
      decimalCalculator,
      {
        aspek: 'KUALITAS',
        indikator: 'IKM',
        jenis: 'jambi.kepuasanMasyarakat',
        target: { jumlah: 85 },
        data: { skor1: 2, skor2: 8, skor3: 60, skor4: 130 },
      },
      { path: [], tracer: NO_TRACE },
    );
    expect(cap(out)).toBe('105.59');
  });

  it('360° input changes the suggestion: atasan-only Sangat Baik becomes Baik for Yusuf, Sangat Kurang becomes Butuh Perbaikan for Nurhayati', () => {
    expect(byName('Yusuf Maulana')).toMatchObject({
      predikat: 'BAIK',
      predikatAtasanSaja: 'SANGAT_BAIK',
      nilaiDasar360: { KOLABORATIF: 'SESUAI_EKSPEKTASI', AKUNTABEL: 'DI_ATAS_EKSPEKTASI' },
    });
    expect(byName('Nurhayati')).toMatchObject({
      predikat: 'BUTUH_PERBAIKAN',
      predikatAtasanSaja: 'SANGAT_KURANG',
    });
  });

  it('exact tie: atasan Sesuai (2) × 50 % + two rekan Di Bawah (1) × 30 % + masyarakat Di Bawah (1) × 20 % = 1.5 stays Sesuai', () => {
    expect(byName('Andi Saputra')?.nilaiDasar360?.BERORIENTASI_PELAYANAN).toBe('SESUAI_EKSPEKTASI');
    const fast = evaluate(rows[2], { ruleset: RULESET_JAMBI, trace: false });
    const exact = evaluate(rows[2], { ruleset: RULESET_JAMBI, backend: 'decimal' });
    expect(fast.predikat).toEqual(exact.predikat);
  });

  it('the pejabat penilai decides when a rating is given: the 360° input is then not used', () => {
    const fajar = byName('Fajar Kurniawan');
    expect(fajar?.sumber).toEqual({ hasilKerja: 'PENILAI', perilaku: 'PENILAI' });
    expect(fajar?.nilaiDasar360).toBeUndefined();
    expect(fajar?.predikatAtasanSaja).toBeUndefined();
  });

  it('malformed rows are reported with issues and paths, never thrown', () => {
    const noRespondents = row(0);
    iki(noRespondents, 2).data = { skor1: 0, skor2: 0, skor3: 0, skor4: 0 };
    const corrected = row(1);
    iki(corrected, 1).data = { berkasDiproses: 10, berkasDikoreksi: 11 };
    const badRater = row(2);
    const p = badRater.perilaku?.penilaian[1];
    if (p) p.nilai = { ...p.nilai, DISIPLIN: 'SESUAI_EKSPEKTASI' };
    const laporan = nilaiTim([noRespondents, corrected, badRater, rows[3]]);
    expect(laporan.pegawai.map((x) => x.nama)).toEqual(['Yusuf Maulana']);
    const ind = 'skp.rencanaHasilKerja[0].indikator';
    expect(laporan.ditolak).toEqual([
      {
        index: 0,
        nip: '199201202015031003',
        issues: [{ code: 'NO_RESPONDENTS', path: `${ind}[2].data` }],
      },
      {
        index: 1,
        nip: '198709092011012004',
        issues: [{ code: 'MORE_THAN_TOTAL', path: `${ind}[1].data.berkasDikoreksi` }],
      },
      {
        index: 2,
        nip: '199404042019031002',
        issues: [{ code: 'PERILAKU_UNKNOWN_VALUE', path: 'perilaku.penilaian[1].nilai.DISIPLIN' }],
      },
    ]);
  });

  it('property: the float fast path gives the same report as the exact decimal backend', () => {
    const R = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.constantFrom(...R), { minLength: 4, maxLength: 4 }),
        (dok, hari, skor, ratings) => {
          const r = row(3);
          iki(r, 0).data = { jumlahDokumen: dok, totalHariKerja: hari };
          const [s1 = 0, s2 = 0, s3 = 0, s4 = 1] = skor;
          iki(r, 2).data = { skor1: s1, skor2: s2, skor3: s3, skor4: s4 + 1 };
          r.perilaku?.penilaian.forEach((p, i) => {
            p.nilai = { ...p.nilai, BERORIENTASI_PELAYANAN: ratings[i] ?? 'SESUAI_EKSPEKTASI' };
          });
          expect(nilaiTim([r])).toEqual(nilaiTim([r], { backend: 'decimal' }));
        },
      ),
      { numRuns: 50 },
    );
  });
});
