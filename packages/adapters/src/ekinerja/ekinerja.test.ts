import { evaluate } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { reconciles } from '../shared/result.js';
import {
  penilaianToAppraisals,
  periodeOf,
  readLaporanPenilaianCsv,
  readPenilaian,
  readPeriodeReferensi,
  readRencanaAksi,
  readSkpKinerja,
  readTarget,
} from './index.js';

describe('app API SKP (RHK with indikators)', () => {
  const payload = {
    data: {
      kinerja: [
        {
          rhk_id: 11,
          bagian: 'A',
          jenis: 'utama',
          rhk: 'Tersusunnya laporan keuangan',
          indikators: [
            {
              id: 1,
              aspek: 'Kuantitas',
              indikator: 'Jumlah laporan',
              target: '12 Dokumen',
              catatan: 'x',
            },
            { id: 2, aspek: 'kualitas', indikator: 'Laporan tanpa revisi', target: '80 - 90 %' },
            { id: 3, aspek: 'WAKTU', indikator: 'Tepat waktu', target: '1,5 Bulan' },
          ],
          rencana_aksi_count: 4,
        },
        {
          rhk_id: 12,
          jenis: 'tambahan',
          rhk: 'Panitia',
          indikators: [{ id: 4, aspek: 'kuantitas', indikator: 'SK', target: 'satu dokumen' }],
        },
        {
          rhk_id: 13,
          jenis: 'utama',
          rhk: 'Lain',
          indikators: [{ id: 5, aspek: 'mutu', indikator: 'x', target: '1 Laporan' }],
        },
      ],
    },
  };

  it('targets "<number> <satuan>" (comma decimals) and ranges become core targets', () => {
    const r = readSkpKinerja(payload);
    expect(reconciles(r)).toBe(true);
    expect(r.counts).toEqual({ input: 3, accepted: 1, rejected: 2, excluded: 0 });
    expect(r.records[0]?.rhk).toEqual({
      id: '11',
      jenis: 'UTAMA',
      rencanaHasilKerja: 'Tersusunnya laporan keuangan',
      indikator: [
        {
          id: '1',
          aspek: 'KUANTITAS',
          indikator: 'Jumlah laporan',
          target: { jumlah: '12', satuan: 'Dokumen' },
        },
        {
          id: '2',
          aspek: 'KUALITAS',
          indikator: 'Laporan tanpa revisi',
          target: { min: '80', max: '90', satuan: '%' },
        },
        {
          id: '3',
          aspek: 'WAKTU',
          indikator: 'Tepat waktu',
          target: { jumlah: '1.5', satuan: 'Bulan' },
        },
      ],
    });
    expect(r.records[0]?.indikatorExtra[0]).toEqual({ catatan: 'x' });
    expect(r.records[0]?.extra).toEqual({ rencana_aksi_count: 4 });
    expect(r.rejections.map((x) => [x.row, x.path, x.code])).toEqual([
      [2, ['indikators', 0, 'target'], 'QUANTITY_FORMAT'],
      [3, ['indikators', 0, 'aspek'], 'ENUM_UNKNOWN'],
    ]);
  });

  it.each([
    ['12 Dokumen', { jumlah: '12', satuan: 'Dokumen' }],
    ['1.5 Laporan', { jumlah: '1.5', satuan: 'Laporan' }],
    ['80 s/d 90 %', { min: '80', max: '90', satuan: '%' }],
    ['100', { jumlah: '100' }],
    ['Dokumen', undefined],
  ])('readTarget(%j)', (s, t) => {
    expect(readTarget(s)).toEqual(t);
  });
});

describe('rencana aksi', () => {
  it('reads aksi per RHK; prose targets stay text; a missing description rejects the RHK', () => {
    const r = readRencanaAksi({
      data: {
        rencana_aksi: [
          {
            rhk_id: 11,
            rencana_aksi: [
              { id: 1, deskripsi: 'Menyusun draf', target: '1 Dokumen' },
              { id: 2, deskripsi: 'Rapat', target: 'sesuai jadwal' },
            ],
          },
          { rhk_id: 12, rencana_aksi: [{ id: 3, target: '2 Laporan' }] },
        ],
      },
    });
    expect(reconciles(r)).toBe(true);
    expect(r.records[0]?.aksi).toEqual([
      {
        id: '1',
        deskripsi: 'Menyusun draf',
        target: { jumlah: '1', satuan: 'Dokumen' },
        targetTeks: '1 Dokumen',
      },
      { id: '2', deskripsi: 'Rapat', targetTeks: 'sesuai jadwal' },
    ]);
    expect(r.rejections).toMatchObject([
      { row: 2, path: ['rencana_aksi', 0, 'deskripsi'], code: 'REQUIRED' },
    ]);
  });
});

describe('referensi/periode', () => {
  it('reads periods and maps them to core periods', () => {
    const r = readPeriodeReferensi({
      data: [
        {
          id: 7,
          nama: 'Triwulan I',
          tahun: 2024,
          periode_awal: '2024-01-01',
          periode_akhir: '2024-03-31',
          batas_pengisian: '05/04/2024',
          jenis_periode: 'periodik',
          tipe_periodik: 'triwulan',
          angka_periodik: 1,
        },
        {
          id: 8,
          nama: 'Tahunan',
          tahun: 2024,
          periode_awal: '2024-01-01',
          periode_akhir: '2024-12-31',
          jenis_periode: 'tahunan',
        },
        { id: 9, periode_awal: '2024-02-30', periode_akhir: '2024-03-31' },
      ],
    });
    expect(reconciles(r)).toBe(true);
    expect(r.records[0] && periodeOf(r.records[0])).toEqual({
      jenis: 'TRIWULAN',
      mulai: '2024-01-01',
      selesai: '2024-03-31',
      label: 'Triwulan I',
    });
    expect(r.records[0]?.batasPengisian).toBe('2024-04-05');
    expect(r.records[1] && periodeOf(r.records[1]).jenis).toBe('TAHUNAN');
    expect(r.rejections).toMatchObject([{ row: 3, code: 'DATE_FORMAT', path: ['periode_awal'] }]);
  });
});

describe('penilaian rules', () => {
  const row = (over: Record<string, unknown>): Record<string, unknown> => ({
    nip: '198703122010011002',
    nama: 'Siti',
    tahun_skp: 2023,
    periode_id: 9,
    periode_awal_skp: '2023-01-01',
    periode_akhir_skp: '2023-12-31',
    skp_jenis_jabatan: 'Pelaksana',
    hasil_kerja: 'DIATAS EKSPEKTASI',
    perilaku_kerja: 'SESUAI EKSPEKTASI',
    hasil_akhir: 'BAIK',
    is_skp_plt_plh_pjb: 0,
    ...over,
  });

  it('mutasi: the latest periode_akhir_skp wins wherever it is; ties keep the later row', () => {
    const r = readPenilaian([
      row({ periode_akhir_skp: '2023-12-31', skp_unor: 'Baru' }),
      row({ periode_akhir_skp: '2023-05-31', skp_unor: 'Lama' }),
      row({ nip: '198703122010011003', periode_akhir_skp: '2023-12-31' }),
      row({ nip: '198703122010011003', periode_akhir_skp: '2023-12-31' }),
    ]);
    expect(r.records.map((x) => x.row)).toEqual([1, 4]);
    expect(r.excluded).toEqual([
      { row: 2, code: 'DUPLICATE_AFTER_MUTASI' },
      { row: 3, code: 'DUPLICATE_AFTER_MUTASI' },
    ]);
    expect(r.decisions.map((d) => d.message.id)).toContain(
      'NIP 198703122010011002 muncul lebih dari sekali (mutasi): baris 1 dengan periode akhir terbaru dipakai, baris 2 dibuang',
    );
  });

  it('a key spelled twice (NIP beside nip, from a flattened export) is read from the first and reported where it differs', () => {
    const penilai = '197001011990031001';
    const r = readPenilaian([
      row({ NIP: '198703122010011002' }),
      row({ nip: '198703122010011003', NIP: penilai }),
    ]);
    expect(reconciles(r)).toBe(true);
    expect(r.records.map((x) => x.nip)).toEqual(['198703122010011002', '198703122010011003']);
    expect(r.records[1]?.extra).toMatchObject({ NIP: penilai });
    expect(r.decisions.filter((d) => d.code === 'KEY_CONFLICT')).toMatchObject([{ rows: [2] }]);
  });

  it('nip beside nip_baru: read from nip, from nip_baru where nip is blank, reported where they differ', () => {
    const baru = '199001012015011001';
    const rows = [
      row({ nip: '198703122010011002', nip_baru: '198703122010011002' }),
      row({ nip: '198703122010011003', nip_baru: baru }),
      row({ nip: '', nip_baru: baru }),
    ];
    // The same rows from the API (JSON) and from the admin's CSV export (blank cells dropped).
    for (const r of [
      readPenilaian(rows),
      readLaporanPenilaianCsv(
        [
          'nip,nip_baru,tahun_skp,periode_akhir_skp,hasil_akhir',
          ...rows.map((x) => [x.nip, x.nip_baru, '2023', '2023-12-31', 'BAIK'].join(',')),
        ].join('\n'),
      ),
    ]) {
      expect(reconciles(r)).toBe(true);
      expect(r.records.map((x) => x.nip)).toEqual([
        '198703122010011002',
        '198703122010011003',
        baru,
      ]);
      expect(r.records[1]?.extra).toMatchObject({ nip_baru: baru });
      expect(r.decisions.filter((d) => d.code === 'ALIAS_CONFLICT')).toMatchObject([{ rows: [2] }]);
      // A blank cell is a blank field, as in the JSON record.
      expect(r.decisions.filter((d) => d.code === 'ALIAS_FILLED')).toMatchObject([{ rows: [3] }]);
    }
  });

  it('PLT/PLH exclusion and the dedupe can be turned off', () => {
    const rows = [row({ is_skp_plt_plh_pjb: '1' }), row({})];
    expect(readPenilaian(rows).counts).toEqual({ input: 2, accepted: 1, rejected: 0, excluded: 1 });
    expect(readPenilaian(rows, { excludePltPlh: false, dedupeMutasi: false }).counts.accepted).toBe(
      2,
    );
  });

  it('records become 6/2022 appraisals whose predikat matches hasil_akhir', () => {
    const a = penilaianToAppraisals(
      readPenilaian([row({}), row({ nip: '198703122010011003', skp_jenis_jabatan: 'Guru' })]),
    );
    expect(reconciles(a)).toBe(true);
    expect(a.rejections).toMatchObject([{ row: 2, code: 'ENUM_UNKNOWN' }]);
    expect(evaluate(a.records[0]?.appraisal).predikat?.code).toBe('BAIK');
  });
});
