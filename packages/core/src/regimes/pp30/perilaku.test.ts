import { describe, expect, it } from 'vitest';
import { decimalCalculator as dec } from '../../arith/decimal.js';
import type { RaterWeights } from '../../ruleset/types.js';
import { appraisal, rater } from './fixtures.js';
import { aspekPerilaku, bacaPerilaku, nilaiPerilaku } from './perilaku.js';
import { permenpanrb_8_2021 } from './ruleset.js';

const P = permenpanrb_8_2021.params;
const W = (w: Partial<RaterWeights>): RaterWeights => ({
  ATASAN: 0,
  REKAN_KERJA: 0,
  BAWAHAN: 0,
  MASYARAKAT: 0,
  DIRI_SENDIRI: 0,
  ...w,
});

describe('perilaku aspects', () => {
  it.each([
    ['JPT', 5],
    ['ADMINISTRATOR', 5],
    ['PENGAWAS', 5],
    ['PELAKSANA', 4],
    ['FUNGSIONAL', 4],
  ] as const)('%s → %i aspects', (jenis, count) => {
    expect(aspekPerilaku({ jenis })).toHaveLength(count);
  });

  it('jabatan.struktural overrides the default', () => {
    expect(aspekPerilaku({ jenis: 'FUNGSIONAL', struktural: true })).toContain('KEPEMIMPINAN');
    expect(aspekPerilaku({ jenis: 'PENGAWAS', struktural: false })).not.toContain('KEPEMIMPINAN');
  });
});

describe('bacaPerilaku — validation', () => {
  it('one rater: the mean of the four aspects', () => {
    const a = appraisal({
      perilaku: {
        penilaian: [
          {
            penilai: { peran: 'ATASAN' },
            nilai: {
              ORIENTASI_PELAYANAN: 110,
              KOMITMEN: '100',
              INISIATIF_KERJA: 95,
              KERJA_SAMA: 90.5,
            },
          },
        ],
      },
    });
    const r = bacaPerilaku(dec, a, P);
    expect(r.ok && r.penilai[0]?.nilai.toString()).toBe('98.875');
  });

  it('a managerial post needs Kepemimpinan; a non-managerial one ignores it', () => {
    const pengawas = appraisal({
      pegawai: { nip: '198703122010011002', nama: 'Budi', jabatan: { jenis: 'PENGAWAS' } },
      perilaku: { penilaian: [rater('ATASAN', 100)] },
    });
    const r = bacaPerilaku(dec, pengawas, P);
    expect(!r.ok && r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['PERILAKU_ASPEK_MISSING', 'perilaku.penilaian.0.nilai.KEPEMIMPINAN'],
    ]);
    const jf = appraisal({ perilaku: { penilaian: [rater('ATASAN', 100, true)] } });
    const ok = bacaPerilaku(dec, jf, P);
    expect(ok.ok && ok.kepemimpinanDiabaikan).toEqual([
      ['perilaku', 'penilaian', 0, 'nilai', 'KEPEMIMPINAN'],
    ]);
  });

  it('reports every bad score with its path', () => {
    const a = appraisal({
      perilaku: {
        penilaian: [
          rater('ATASAN', 100),
          {
            penilai: { peran: 'REKAN_KERJA' },
            nilai: {
              ORIENTASI_PELAYANAN: 'SESUAI_EKSPEKTASI',
              KOMITMEN: 121,
              INISIATIF_KERJA: -1,
              INTEGRITAS: 90,
            },
          },
        ],
      },
    });
    const r = bacaPerilaku(dec, a, P);
    expect(!r.ok && r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['PERILAKU_ASPEK_UNKNOWN', 'perilaku.penilaian.1.nilai.INTEGRITAS'],
      ['PERILAKU_SCORE_NOT_NUMBER', 'perilaku.penilaian.1.nilai.ORIENTASI_PELAYANAN'],
      ['PERILAKU_SCORE_RANGE', 'perilaku.penilaian.1.nilai.KOMITMEN'],
      ['PERILAKU_SCORE_RANGE', 'perilaku.penilaian.1.nilai.INISIATIF_KERJA'],
      ['PERILAKU_ASPEK_MISSING', 'perilaku.penilaian.1.nilai.KERJA_SAMA'],
    ]);
  });

  it('missing perilaku', () => {
    const none = bacaPerilaku(dec, appraisal({ perilaku: undefined }), P);
    expect(!none.ok && none.issues[0]?.path).toEqual(['perilaku']);
    const empty = bacaPerilaku(dec, appraisal({ perilaku: { penilaian: [] } }), P);
    expect(!empty.ok && empty.issues[0]?.path).toEqual(['perilaku', 'penilaian']);
  });

  it('0 and 120 are accepted', () => {
    const r = bacaPerilaku(
      dec,
      appraisal({ perilaku: { penilaian: [rater('ATASAN', 0), rater('ATASAN', 120)] } }),
      P,
    );
    expect(r.ok && r.penilai.map((x) => x.nilai.toString())).toEqual(['0', '120']);
  });
});

describe('nilaiPerilaku — multi-rater weights', () => {
  const v = (peran: 'ATASAN' | 'REKAN_KERJA' | 'BAWAHAN', x: number) => ({
    peran,
    nilai: dec.from(x),
  });

  it('default (ATASAN only): peers and subordinates are not counted', () => {
    const r = nilaiPerilaku(
      dec,
      [v('ATASAN', 100), v('REKAN_KERJA', 80), v('BAWAHAN', 60)],
      P.bobotPenilai.value,
    );
    expect(r?.nilai.toString()).toBe('100');
    expect(r?.bobot.used).toEqual({ ATASAN: 10000 });
    expect(r?.tanpaBobot).toEqual(['BAWAHAN', 'REKAN_KERJA']);
  });

  it('several raters of one role are averaged before the roles are weighted', () => {
    const w = W({ ATASAN: 5000, REKAN_KERJA: 2500, BAWAHAN: 2500 });
    const r = nilaiPerilaku(
      dec,
      [v('ATASAN', 100), v('REKAN_KERJA', 80), v('REKAN_KERJA', 90), v('BAWAHAN', 110)],
      w,
    );
    // (5000 × 100 + 2500 × 85 + 2500 × 110) / 10000 = 98.75
    expect(r?.perPeran.REKAN_KERJA?.toString()).toBe('85');
    expect(r?.nilai.toString()).toBe('98.75');
  });

  it('a missing role is excluded and the rest re-normalised, never counted as zero', () => {
    const w = W({ ATASAN: 5000, REKAN_KERJA: 2500, BAWAHAN: 2500 });
    const r = nilaiPerilaku(dec, [v('ATASAN', 100), v('REKAN_KERJA', 70)], w);
    // (5000 × 100 + 2500 × 70) / 7500 = 90
    expect(r?.nilai.toString()).toBe('90');
    expect(r?.bobot).toEqual({
      used: { ATASAN: 5000, REKAN_KERJA: 2500 },
      total: 7500,
      excluded: ['BAWAHAN'],
    });
  });

  it('no weighted role present gives null', () => {
    expect(nilaiPerilaku(dec, [v('REKAN_KERJA', 100)], P.bobotPenilai.value)).toBeNull();
  });
});
