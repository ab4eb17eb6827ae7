import { evaluate } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { reconciles } from '../shared/result.js';
import {
  kinerjaPeriodikPayload,
  periodeOfKinerjaPeriodik,
  readKinerjaPeriodik,
  readReference,
  readSkp22,
  readSkpPp46,
  recheckSkpPp46,
  SIASN_REFERENCE,
  skpPp46Payload,
  toKinerjaPeriodikPayload,
  toSkp22Payload,
  toSkpPp46Record,
} from './index.js';

const NIP = '198703122010011002';
const pegawai = {
  nip: NIP,
  nama: 'Siti',
  jabatan: { jenis: 'FUNGSIONAL' as const, jenjang: 'AHLI_MUDA' as const },
};

describe('rw-kinerjaperiodik and kinerjaperiodik/save', () => {
  const rw = {
    data: [
      {
        id: 'kp1',
        tahun: 2024,
        nip: NIP,
        nama: 'Siti',
        bulanMulaiPenilaian: 4,
        bulanSelesaiPenilaian: 6,
        tahunMulaiPenilaian: 2024,
        tahunSelesaiPenilaian: 2024,
        koefisenId: '22',
        periodikId: '2',
        periodikNama: 'triwulan',
        hasilKinerja: 'SESUAI ESPEKTASI',
        hasilKinerjaNilai: 2,
        perilakuKerjaNilai: 1,
        kuadranKinerjaNilai: 2,
        kuadranNilai: 'BAIK',
        kriteria: 'Baik',
        persentase: 100,
        instansiNama: 'Pemkab',
        penilaiJabatanNama: 'Kepala Bidang',
        path: [],
      },
    ],
  };

  it('reads the koefisenId typo and keeps the GET-only fields', () => {
    const r = readKinerjaPeriodik(rw);
    expect(reconciles(r)).toBe(true);
    const x = r.records[0];
    expect(x).toMatchObject({
      koefisienId: '22',
      periodikId: '2',
      nip: NIP,
      predikat: 'BAIK',
      ratingHasilKerja: 'SESUAI_EKSPEKTASI',
      ratingPerilaku: 'DI_ATAS_EKSPEKTASI',
    });
    expect(x?.penilai.jabatan).toBe('Kepala Bidang');
    expect(x?.extra).toEqual({
      periodikNama: 'triwulan',
      kriteria: 'Baik',
      persentase: 100,
      instansiNama: 'Pemkab',
    });
    expect(x && periodeOfKinerjaPeriodik(x)).toEqual({
      jenis: 'TRIWULAN',
      mulai: '2024-04-01',
      selesai: '2024-06-30',
    });
  });

  it('reads the kuadran label under its two names as one when they spell one predikat', () => {
    const base = rw.data[0] as Record<string, unknown>;
    const { kuadranKinerjaNilai: _code, ...noCode } = base;
    const r = readKinerjaPeriodik([
      { ...noCode, kuadranNilai: 'BAIK', kuadranKinerja: 'Baik' }, // the same predikat
      { ...noCode, kuadranNilai: 'BAIK', kuadranKinerja: 'Sangat Baik' }, // another one
      { ...base, kuadranNilai: 'BAIK', kuadranKinerja: 'baik' }, // beside the code: the same
    ]);
    expect(reconciles(r)).toBe(true);
    expect(r.records.map((x) => x.predikat)).toEqual(['BAIK', 'BAIK', 'BAIK']);
    const alias = r.decisions.filter((d) => d.code === 'ALIAS_CONFLICT');
    expect(alias.map((d) => d.rows)).toEqual([[2]]);
    expect(r.decisions.some((d) => d.code === 'LABEL_CODE_MISMATCH')).toBe(false);
  });

  it('writes the POST spelling koefisienId; POST bodies round-trip', () => {
    const rec = readKinerjaPeriodik(rw).records[0];
    if (!rec) throw new Error('no record');
    const body = kinerjaPeriodikPayload(rec, { includeExtra: false });
    expect(body.koefisienId).toBe('22');
    expect('koefisenId' in body).toBe(false);
    expect(body).not.toHaveProperty('instansiNama');
    const again = readKinerjaPeriodik([body]).records[0];
    expect(again && kinerjaPeriodikPayload(again)).toEqual(body);
  });

  it('toKinerjaPeriodikPayload from a quarterly 6/2022 evaluation', () => {
    const res = evaluate({
      pegawai,
      periode: { jenis: 'TRIWULAN', mulai: '2024-04-01', selesai: '2024-06-30' },
      ratingHasilKerja: 'SESUAI_EKSPEKTASI',
      ratingPerilaku: 'DI_ATAS_EKSPEKTASI',
      penilai: { nama: 'Budi', nip: '197001011990031001' },
    });
    const out = toKinerjaPeriodikPayload(res, { pnsDinilaiId: 'P1', koefisienId: '22' });
    expect(out.ok && out.payload).toMatchObject({
      bulanMulaiPenilaian: 4,
      bulanSelesaiPenilaian: 6,
      tahunMulaiPenilaian: 2024,
      tahun: 2024,
      periodikId: '2',
      hasilKinerjaNilai: 2,
      perilakuKerjaNilai: 1,
      kuadranKinerjaNilai: 2,
      penilaiNama: 'Budi',
      penilaiNipNrp: '197001011990031001',
      statusPenilai: 'ASN',
    });
  });
});

describe('skp22 payloads', () => {
  it('a failed or non-6/2022 result gives issues, never a payload', () => {
    const bad = evaluate({ pegawai: { nip: 'x' } });
    const r1 = toSkp22Payload(bad, { pnsDinilaiId: 'P1' });
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.issues[0]?.code).toBe('RESULT_NOT_OK');
    const pp46 = evaluate({
      rulesetId: 'pp46-2011',
      pegawai: { ...pegawai, jabatan: { jenis: 'PELAKSANA' } },
      periode: { jenis: 'TAHUNAN', mulai: '2019-01-01', selesai: '2019-12-31' },
      skp: {
        rencanaHasilKerja: [
          {
            rencanaHasilKerja: 'Laporan',
            indikator: [
              {
                aspek: 'KUANTITAS',
                indikator: 'a',
                target: { jumlah: 12 },
                realisasi: { jumlah: 12 },
              },
              {
                aspek: 'KUALITAS',
                indikator: 'b',
                target: { jumlah: 100 },
                realisasi: { jumlah: 90 },
              },
              { aspek: 'WAKTU', indikator: 'c', target: { jumlah: 12 }, realisasi: { jumlah: 12 } },
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
              INTEGRITAS: 80,
              KOMITMEN: 80,
              DISIPLIN: 80,
              KERJA_SAMA: 80,
            },
          },
        ],
      },
    });
    const r2 = toSkp22Payload(pp46, { pnsDinilaiId: 'P1' });
    expect(!r2.ok && r2.issues[0]?.code).toBe('RESULT_WRONG_SCALE');
  });

  it('a label that contradicts its code is reported; the code is used', () => {
    const r = readSkp22([
      {
        tahun: 2023,
        hasilKinerja: 'DIBAWAH ESPEKTASI',
        hasilKinerjaNilai: 1,
        perilakuKerjaNilai: 2,
        kuadranKinerjaNilai: 2,
      },
    ]);
    expect(r.records[0]?.ratingHasilKerja).toBe('DI_ATAS_EKSPEKTASI');
    expect(r.decisions.find((d) => d.code === 'LABEL_CODE_MISMATCH')?.rows).toEqual([1]);
  });
});

describe('reference tables', () => {
  it('the snapshot tables read back as they are spelled (ESPEKTASI sic)', () => {
    const r = readReference(JSON.stringify(SIASN_REFERENCE.perilakuDanKinerja));
    expect(r.records.map((x) => x.nama)).toEqual([
      'DIATAS ESPEKTASI',
      'SESUAI ESPEKTASI',
      'DIBAWAH ESPEKTASI',
    ]);
    const k = readReference(SIASN_REFERENCE.koefisien);
    expect(k.records[1]).toMatchObject({
      id: '22',
      extra: { jabatan: 'Ahli Muda', persentase: '100', keterangan: '25' },
    });
    expect(readReference('{not json').rejections[0]?.code).toBe('PAYLOAD_INVALID');
  });
});

describe('PP 46 skp / skp 2021', () => {
  const stored = {
    tahun: 2019,
    nilaiSkp: 88.67,
    orientasiPelayanan: 80,
    integritas: 80,
    komitmen: 80,
    disiplin: 80,
    kerjasama: 80,
    kepemimpinan: 0,
    jumlah: 400,
    nilairatarata: 80,
    nilaiPerilakuKerja: 80,
    nilaiPrestasiKerja: 85.2,
    pns: 'P1',
    penilaiNama: 'Budi',
    atasanPenilaiNama: 'Kepala',
    jenisPeraturanKinerjaKd: 'PP46',
  };

  it('reads rw-skp, writes skp/save and skp/2021/save field sets', () => {
    const r = readSkpPp46([stored]);
    const rec = r.records[0];
    if (!rec) throw new Error('no record');
    expect(rec.teks.pnsDinilaiOrang).toBe('P1');
    expect(rec.nilai.nilaiPrestasiKerja).toBe('85.2');
    const legacy = skpPp46Payload(rec, 'legacy');
    expect(legacy).not.toHaveProperty('jenisPeraturanKinerjaKd');
    expect(legacy).toMatchObject({ nilaiSkp: 88.67, pnsDinilaiOrang: 'P1', tahun: 2019 });
    expect(skpPp46Payload(rec, '2021')).toMatchObject({ jenisPeraturanKinerjaKd: 'PP46' });
    expect(readSkpPp46([skpPp46Payload(rec, '2021')]).records[0]?.nilai).toEqual(rec.nilai);
  });

  it('recheck: consistent stored values agree; a wrong prestasi kerja is reported', () => {
    expect(recheckSkpPp46(readSkpPp46([stored])).agreed).toBe(1);
    const wrong = recheckSkpPp46(
      readSkpPp46([
        { ...stored, nilaiPrestasiKerja: 85 },
        { ...stored, jumlah: 390 },
      ]),
    );
    expect(wrong.disagreements.map((d) => [d.row, d.field, d.stored, d.derived])).toEqual([
      [1, 'nilaiPrestasiKerja', '85', '85.20'],
      [2, 'jumlah', '390', '400.00'],
    ]);
  });

  it('toSkpPp46Record from a PP 46 evaluation', () => {
    const a = {
      rulesetId: 'pp46-2011',
      pegawai: { ...pegawai, jabatan: { jenis: 'PELAKSANA' as const } },
      periode: { jenis: 'TAHUNAN' as const, mulai: '2019-01-01', selesai: '2019-12-31' },
      skp: {
        rencanaHasilKerja: [
          {
            rencanaHasilKerja: 'Laporan',
            indikator: [
              {
                aspek: 'KUANTITAS' as const,
                indikator: 'a',
                target: { jumlah: 12 },
                realisasi: { jumlah: 12 },
              },
              {
                aspek: 'KUALITAS' as const,
                indikator: 'b',
                target: { jumlah: 100 },
                realisasi: { jumlah: 90 },
              },
              {
                aspek: 'WAKTU' as const,
                indikator: 'c',
                target: { jumlah: 12 },
                realisasi: { jumlah: 12 },
              },
            ],
          },
        ],
      },
      perilaku: {
        penilaian: [
          {
            penilai: { peran: 'ATASAN' as const },
            nilai: {
              ORIENTASI_PELAYANAN: 80,
              INTEGRITAS: '80.5',
              KOMITMEN: 80,
              DISIPLIN: 80,
              KERJA_SAMA: 80,
            },
          },
        ],
      },
    };
    const out = toSkpPp46Record(a, evaluate(a), { pnsDinilaiOrang: 'P1' });
    expect(out.ok && out.payload.nilai).toMatchObject({
      nilaiSkp: '88.67',
      jumlah: '400.5',
      integritas: '80.5',
    });
    expect(
      out.ok &&
        recheckSkpPp46({
          ...readSkpPp46([]),
          records: [{ ...out.payload, row: 1 }],
          counts: { input: 1, accepted: 1, rejected: 0, excluded: 0 },
        }).agreed,
    ).toBe(1);
  });
});
