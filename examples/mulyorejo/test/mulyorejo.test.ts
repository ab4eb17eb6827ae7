import { readFileSync } from 'node:fs';
import {
  type AppraisalInput,
  decimalCalculator,
  evaluate,
  formatTrace,
  type IkiInput,
  NO_TRACE,
  PREDIKAT_PEGAWAI,
} from '@kinerja/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { akurasiData, ketepatanWaktu } from '../src/indikator.js';
import { bacaContohData, nilaiTim } from '../src/laporan.js';
import { RULESET_MULYOREJO } from '../src/ruleset.js';
import { tindakLanjut } from '../src/tindakLanjut.js';

const expected = JSON.parse(
  readFileSync(new URL('../expected-output.json', import.meta.url), 'utf8'),
) as unknown;
const rows = bacaContohData() as AppraisalInput[];
const clone = <T>(x: T): T => structuredClone(x);
/** The j-th IKI of the first rencana hasil kerja of a (cloned) row. */
const iki = (row: AppraisalInput, j: number): IkiInput => {
  const found = row.skp?.rencanaHasilKerja[0]?.indikator[j];
  if (found === undefined) throw new Error(`row has no IKI ${j}`);
  return found;
};
const patchData = (row: AppraisalInput, j: number, patch: Record<string, unknown>) => {
  const target = iki(row, j);
  target.data = { ...(target.data as Record<string, unknown>), ...patch };
  return row;
};

describe('Mulyorejo example', () => {
  it('the team report equals expected-output.json (fast path and exact decimal)', () => {
    expect(nilaiTim(rows)).toEqual(expected);
    expect(nilaiTim(rows, { backend: 'decimal' })).toEqual(expected);
  });

  it('the ruleset extends the current national one and carries the local indicator types', () => {
    expect(RULESET_MULYOREJO.extends).toBe('permenpanrb-6-2022');
    expect(RULESET_MULYOREJO.agency).toBe('Kecamatan Mulyorejo');
    expect(RULESET_MULYOREJO.indicatorTypes).toEqual([
      'standar',
      'mulyorejo.akurasiData',
      'mulyorejo.ketepatanWaktu',
    ]);
    expect(akurasiData.ref.status).toBe('UNCERTAIN');
    expect(ketepatanWaktu.ref.note).toMatch(/Illustrative local policy/);
  });

  it('worked example: 1200 records, 6 errors → accuracy 99.5 %; target 98 % → capaian 101.53 %', () => {
    const out = akurasiData.capaian(
      decimalCalculator,
      {
        aspek: 'KUALITAS',
        indikator: 'Akurasi',
        jenis: 'mulyorejo.akurasiData',
        target: { jumlah: 98, satuan: '%' },
        data: { jumlahRekaman: 1200, jumlahKesalahan: 6 },
      },
      { path: [], tracer: NO_TRACE },
    );
    expect(out.ok && out.capaian.toFixed(2)).toBe('101.53');
  });

  it('exact edge: capaian exactly 100 % on both IKIs is "Di Atas" (≥ 100), 99.77 % is not', () => {
    const rizal = nilaiTim(rows).pegawai.find((p) => p.nama === 'Moch. Rizal Fahmi');
    expect(rizal).toMatchObject({
      capaian: { akurasi: '100.00', waktu: '100.00' },
      rataRataCapaian: '100.00',
      rating: { hasilKerja: 'DI_ATAS_EKSPEKTASI' },
    });
    const fitri = nilaiTim(rows).pegawai.find((p) => p.nama === 'Fitri Handayani');
    expect(fitri).toMatchObject({
      rataRataCapaian: '99.77',
      rating: { hasilKerja: 'SESUAI_EKSPEKTASI' },
    });
  });

  it('the pejabat penilai decides when a rating is given (source PENILAI)', () => {
    const eko = nilaiTim(rows).pegawai.find((p) => p.nama === 'Eko Prasetyo');
    expect(eko?.sumber).toEqual({ hasilKerja: 'PENILAI', perilaku: 'PENILAI' });
    expect(eko?.rataRataCapaian).toBeUndefined();
  });

  it('malformed rows are reported with issues and paths, never thrown', () => {
    const errors = patchData(clone(rows[0] as AppraisalInput), 0, { jumlahKesalahan: 5000 });
    const noData = clone(rows[1] as AppraisalInput);
    delete iki(noData, 1).data;
    const text = patchData(clone(rows[2] as AppraisalInput), 0, { jumlahRekaman: '1.200' });
    const excel = clone(rows[3] as AppraisalInput);
    excel.pegawai.nip = '1.97808E+17';
    const laporan = nilaiTim([errors, noData, text, excel, rows[4]]);
    expect(laporan.pegawai).toHaveLength(1);
    const ind = 'skp.rencanaHasilKerja[0].indikator';
    // zod's invalid_type arrives as INVALID_TYPE; pin the path too.
    const typeIssue = laporan.ditolak[2]?.issues[0];
    expect(typeIssue?.code).toMatch(/INVALID_TYPE$/);
    expect(laporan.ditolak).toEqual([
      {
        index: 0,
        nip: '198703142010012003',
        issues: [{ code: 'MORE_THAN_TOTAL', path: `${ind}[0].data.jumlahKesalahan` }],
      },
      {
        index: 1,
        nip: '198211052006041002',
        issues: [{ code: 'DATA_MISSING', path: `${ind}[1].data` }],
      },
      {
        index: 2,
        nip: '199005222015032001',
        issues: [{ code: typeIssue?.code, path: `${ind}[0].data.jumlahRekaman` }],
      },
      {
        index: 3,
        nip: '1.97808E+17',
        issues: [{ code: 'NIP_SCIENTIFIC_NOTATION', path: 'pegawai.nip' }],
      },
    ]);
    const r = evaluate(errors, { ruleset: RULESET_MULYOREJO });
    expect(r.issues[0]?.message.id).toBe(
      'Nilai jumlahKesalahan tidak boleh melebihi jumlahRekaman',
    );
    expect(formatTrace(r)).toContain('Masalah pada data');
  });

  it('property: the float fast path gives the same report as the exact decimal backend', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        (rek, sal, ent, tw) => {
          const row = clone(rows[0] as AppraisalInput);
          patchData(row, 0, { jumlahRekaman: rek, jumlahKesalahan: Math.min(sal, rek) });
          patchData(row, 1, { jumlahEntri: ent, tepatWaktu: Math.min(tw, ent) });
          expect(nilaiTim([row])).toEqual(nilaiTim([row], { backend: 'decimal' }));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('follow-up is the local policy: award, feedback, training, coaching', () => {
    expect(PREDIKAT_PEGAWAI.map((p) => tindakLanjut(p).jenis)).toEqual([
      'PENGHARGAAN',
      'UMPAN_BALIK',
      'PELATIHAN',
      'PEMBINAAN',
      'PEMBINAAN',
    ]);
    expect(tindakLanjut('BAIK').dasar).toBe('KEBIJAKAN_LOKAL_MULYOREJO');
  });
});
