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
import { pencapaianTarget } from '../src/indikator.js';
import { tindakLanjutKarier } from '../src/karier.js';
import { bacaContohData, nilaiTim } from '../src/laporan.js';
import { rapor } from '../src/rapor.js';
import { RULESET_MATARAM } from '../src/ruleset.js';

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

describe('Mataram example', () => {
  it('the team report equals expected-output.json (fast path and exact decimal)', () => {
    expect(nilaiTim(rows)).toEqual(expected);
    expect(nilaiTim(rows, { backend: 'decimal' })).toEqual(expected);
  });

  it('extends the current national ruleset with the three local indicator types', () => {
    expect(RULESET_MATARAM.extends).toBe('permenpanrb-6-2022');
    expect(RULESET_MATARAM.indicatorTypes.slice(1)).toEqual([
      'mataram.pencapaianTarget',
      'mataram.disiplin',
      'mataram.kompetensi',
    ]);
  });

  it('target achievement caps each output at its own target: 14/12 does not hide 2/4', () => {
    const out = pencapaianTarget.capaian(
      decimalCalculator,
      {
        aspek: 'KUANTITAS',
        indikator: 'Pencapaian',
        jenis: 'mataram.pencapaianTarget',
        target: { jumlah: 100, satuan: '%' },
        data: {
          keluaran: [
            { nama: 'A', target: 12, realisasi: 14 },
            { nama: 'B', target: 4, realisasi: 2 },
          ],
        },
      },
      { path: [], tracer: NO_TRACE },
    );
    // (12 + 2) / (12 + 4) = 87.5 %, not (14 + 2) / 16 = 100 %
    expect(out.ok && out.capaian.toFixed(2)).toBe('87.50');
  });

  it('the employee sees each capaian and exactly what to improve', () => {
    const kartu = rapor(rows[1]);
    expect(kartu.map((b) => [b.iki, b.capaian, b.tercapai])).toEqual([
      ['pencapaian', '86.36', false],
      ['disiplin', '99.83', false],
      ['kompetensi', '70.00', false],
    ]);
    expect(kartu.flatMap((b) => b.perbaikan.map((p) => p.id))).toEqual([
      'Dokumen analisis jabatan: 10 dari 12 (kurang 2)',
      'Rekomendasi penghargaan pegawai: 5 dari 6 (kurang 1)',
      // 1845 × (100 − 98) / 100 = 36.9 hours may be missed
      'Jam kerja tidak terpenuhi 40 jam; agar mencapai 98% paling banyak 36.90 jam',
      'Ikuti pengembangan kompetensi 6 JP lagi (baru 14 dari 20 JP)',
    ]);
    expect(rapor(rows[0]).every((b) => b.tercapai && b.perbaikan.length === 0)).toBe(true);
    expect(rapor({ bukan: 'penilaian' })).toEqual([]);
  });

  it('career follow-up rewards consistency (local policy)', () => {
    expect(tindakLanjutKarier('BAIK', 'SANGAT_BAIK')).toBe('PENGEMBANGAN_KARIER');
    expect(tindakLanjutKarier('SANGAT_BAIK', 'BUTUH_PERBAIKAN')).toBe('PENGEMBANGAN_KOMPETENSI');
    expect(tindakLanjutKarier('SANGAT_BAIK')).toBe('PENGEMBANGAN_KOMPETENSI');
    expect(PREDIKAT_PEGAWAI.map((p) => tindakLanjutKarier(p, 'BAIK'))).toEqual([
      'PENGEMBANGAN_KARIER',
      'PENGEMBANGAN_KARIER',
      'RENCANA_PERBAIKAN',
      'PEMBINAAN',
      'PEMBINAAN',
    ]);
    const made = nilaiTim(rows).pegawai.find((p) => p.nama === 'I Made Suardana');
    expect(made).toMatchObject({
      predikat: 'KURANG',
      predikatTahunLalu: 'BAIK',
      tindakLanjutKarier: 'PEMBINAAN',
      areaPerbaikan: ['disiplin'],
    });
  });

  it('malformed rows are reported with issues and paths, never thrown', () => {
    const hours = row(0);
    iki(hours, 1).data = { jamKerjaWajib: 1845, jamTidakTerpenuhi: 2000 };
    const empty = row(1);
    iki(empty, 0).data = { keluaran: [] };
    const negative = row(3);
    iki(negative, 2).data = { jpPengembangan: -4 };
    const unknown = row(4);
    iki(unknown, 2).jenis = 'mataram.kompetensiBaru';
    const laporan = nilaiTim([hours, empty, negative, unknown, rows[5]]);
    expect(laporan.pegawai.map((p) => p.nama)).toEqual(['Sri Wahyuni']);
    const ind = 'skp.rencanaHasilKerja[0].indikator';
    expect(laporan.ditolak.map((d) => [d.index, d.issues.map((i) => i.path)])).toEqual([
      [0, [`${ind}[1].data.jamTidakTerpenuhi`]],
      [1, [`${ind}[0].data.keluaran`]],
      [2, [`${ind}[2].data.jpPengembangan`]],
      [3, [`${ind}[2].jenis`]],
    ]);
    expect(laporan.ditolak.map((d) => d.issues[0]?.code)).toEqual([
      'MORE_THAN_TOTAL',
      'NO_OUTPUTS',
      expect.stringMatching(/TOO_SMALL$/),
      'UNKNOWN_INDICATOR_TYPE',
    ]);
    expect(evaluate(hours, { ruleset: RULESET_MATARAM }).issues[0]?.message.id).toBe(
      'Nilai jamTidakTerpenuhi tidak boleh melebihi jamKerjaWajib',
    );
  });

  it('property: the float fast path gives the same report as the exact decimal backend', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 40 })), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.integer({ min: 0, max: 18450 }).map((x) => x / 10),
        fc.integer({ min: 0, max: 400 }).map((x) => x / 10),
        (keluaran, jam, jp) => {
          const r = row(1);
          iki(r, 0).data = {
            keluaran: keluaran.map(([target, realisasi], i) => ({
              nama: `K${i}`,
              target,
              realisasi,
            })),
          };
          iki(r, 1).data = { jamKerjaWajib: 1845, jamTidakTerpenuhi: jam };
          iki(r, 2).data = { jpPengembangan: jp };
          expect(nilaiTim([r])).toEqual(nilaiTim([r], { backend: 'decimal' }));
        },
      ),
      { numRuns: 60 },
    );
  });
});
