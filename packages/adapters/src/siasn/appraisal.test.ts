import { describe, expect, it } from 'vitest';
import { reconciles } from '../shared/result.js';
import {
  indexPegawai,
  kinerjaPeriodikToAppraisals,
  readEksporAsn,
  readKinerjaPeriodik,
  readSkp22,
  skp22ToAppraisals,
} from './index.js';

const master = indexPegawai(
  readEksporAsn(
    'pns_id,nip_baru,nama,jenis_jabatan_nama\r\n' +
      'P1,198703122010011002,Siti Rahmawati,Pelaksana\r\n' +
      'P2,199001012019032005,Budi Santoso,Jabatan Fungsional Umum\r\n' +
      'P3,197905052006041001,Dewi Lestari,Pelaksana\r\n',
  ).records,
);

const skp = (pns: string, tahun: number, h: number, b: number, k: number, unor = 'Dinas X') => ({
  tahun,
  pnsDinilaiId: pns,
  hasilKinerjaNilai: h,
  PerilakuKerjaNilai: b,
  KuadranKinerjaNilai: k,
  penilaiUnorNm: unor,
});

describe('skp22ToAppraisals: one record per employee and year', () => {
  const rows = [
    skp('P1', 2023, 2, 2, 2),
    skp('P2', 2023, 1, 2, 2, 'Dinas Lama'),
    skp('P1', 2023, 2, 2, 2), // the same record sent twice
    skp('P2', 2023, 3, 2, 3, 'Dinas Baru'), // mutasi: a second, different record
    skp('P1', 2024, 1, 1, 1), // another year: not a duplicate
    skp('P3', 2023, 2, 2, 2),
  ];

  it('excludes identical copies and rejects conflicting records, reporting both', () => {
    const r = skp22ToAppraisals(readSkp22(rows), master);
    expect(reconciles(r)).toBe(true);
    expect(r.records.map((x) => x.row)).toEqual([1, 5, 6]);
    expect(r.excluded).toEqual([{ row: 3, code: 'DUPLICATE_RECORD_EXCLUDED' }]);
    expect(r.rejections.map((x) => [x.row, x.code])).toEqual([
      [2, 'DUPLICATE_CONFLICT'],
      [4, 'DUPLICATE_CONFLICT'],
    ]);
    expect(r.rejections[0]?.message.en).toBe(
      'Employee 199001012019032005 has several different records for period 2023 (rows 2, 4, e.g. after a mutasi); nothing in the records tells which one is the latest. Keep one record in SIASN.',
    );
    const d = r.decisions.find((x) => x.code === 'DUPLICATE_RECORD_EXCLUDED');
    expect(d?.rows).toEqual([3]);
    expect(d?.message.id).toContain('baris 1 dipakai, baris 3 (salinan) dikecualikan');
  });

  it('gives the same employees the same outcome whatever the order of the records', () => {
    const outcome = (list: typeof rows) => {
      const r = skp22ToAppraisals(readSkp22(list), master);
      const who = (row: number) => `${list[row - 1]?.pnsDinilaiId}/${list[row - 1]?.tahun}`;
      return {
        accepted: r.records.map((x) => who(x.row)).sort(),
        rejected: r.rejections.map((x) => `${who(x.row)}:${x.code}`).sort(),
        excluded: r.excluded.length,
      };
    };
    expect(outcome([...rows].reverse())).toEqual(outcome(rows));
  });

  it('treats two periodic records of the same months the same way', () => {
    const kp = (h: number) => ({
      tahun: 2024,
      pnsDinilaiId: 'P3',
      bulanMulaiPenilaian: 1,
      bulanSelesaiPenilaian: 3,
      tahunMulaiPenilaian: 2024,
      tahunSelesaiPenilaian: 2024,
      hasilKinerjaNilai: h,
      perilakuKerjaNilai: 2,
      kuadranKinerjaNilai: 2,
    });
    const r = kinerjaPeriodikToAppraisals(readKinerjaPeriodik([kp(2), kp(1)]), master);
    expect(r.rejections.map((x) => x.code)).toEqual(['DUPLICATE_CONFLICT', 'DUPLICATE_CONFLICT']);
    expect(r.rejections[0]?.message.en).toContain('period 2024-01-01/2024-03-31');
  });
});
