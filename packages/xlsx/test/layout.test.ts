import { type AppraisalInput, evaluate } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import {
  openWorkbook,
  periodeLine,
  sheetRows,
  tanggalIndonesia,
  writeEvaluasiXlsx,
} from '../src/index.js';

const appraisal: AppraisalInput = {
  id: 'ev-1',
  pegawai: {
    nip: '198703122010011002',
    nama: 'Siti Aminah',
    jabatan: { jenis: 'FUNGSIONAL', nama: 'Analis Kebijakan', jenjang: 'AHLI_MUDA' },
    golongan: 'III/c',
    unitKerja: { nama: 'Bagian Organisasi' },
  },
  penilai: {
    nama: 'Budi Santoso',
    nip: '197501012000031001',
    jabatan: 'Kepala Bagian Organisasi',
    golongan: 'IV/a',
    unitKerja: 'Sekretariat Daerah',
  },
  atasanPenilai: { nama: 'Rina Wati', nip: '196812121990032002', jabatan: 'Asisten Administrasi' },
  periode: { jenis: 'TRIWULAN', mulai: '2023-10-01', selesai: '2023-12-31' },
  predikatOrganisasi: 'BAIK',
  ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
  ratingPerilaku: 'DI_ATAS_EKSPEKTASI',
  skp: {
    pendekatan: 'KUANTITATIF',
    rencanaHasilKerja: [
      {
        jenis: 'UTAMA',
        rhkAtasanDiintervensi: 'Meningkatnya kualitas kelembagaan',
        rencanaHasilKerja: 'Tersusunnya rekomendasi kebijakan',
        indikator: [
          {
            aspek: 'KUANTITAS',
            indikator: 'Jumlah rekomendasi',
            target: '4 Dokumen',
            realisasi: '5 Dokumen',
            umpanBalik: [{ isi: '=HYPERLINK("http://x") melampaui target' }],
          },
          { aspek: 'WAKTU', indikator: 'Ketepatan waktu', target: '3 Bulan', realisasi: '3 Bulan' },
        ],
      },
      {
        jenis: 'TAMBAHAN',
        rencanaHasilKerja: 'Narasumber rapat koordinasi',
        indikator: [{ aspek: 'KUANTITAS', indikator: 'Jumlah kegiatan', target: 2, realisasi: 2 }],
      },
    ],
  },
  perilaku: {
    penilaian: [],
    ekspektasiKhusus: { ADAPTIF: 'Memimpin uji coba layanan daring' },
  },
};

async function sheets(bytes: Uint8Array) {
  const wb = await openWorkbook(bytes);
  if (!wb.ok) throw new Error(wb.reason);
  return wb.workbook;
}

const text = (rows: { cells: readonly string[] }[]) =>
  rows.map((r) => r.cells.filter((c) => c !== '').join(' | '));

describe('the PermenPANRB 6/2022 evaluation documents', () => {
  const result = evaluate(appraisal);

  it('the appraisal evaluates to SANGAT BAIK (Di Atas × Di Atas)', () => {
    expect(result.ok).toBe(true);
    expect(result.predikat?.code).toBe('SANGAT_BAIK');
  });

  it('EVALUASI KINERJA PEGAWAI: title lines, identity blocks, tables, ratings, predikat, signatures', async () => {
    const wb = await sheets(
      await writeEvaluasiXlsx({
        appraisal,
        result,
        instansi: 'Pemerintah Kota Contoh',
        tempat: 'Bandung',
        tanggal: '2024-01-15',
        distribusi: { SANGAT_BAIK: 2, BAIK: 10, BUTUH_PERBAIKAN: 1 },
        umpanBalikPerilaku: { AKUNTABEL: 'Laporan selalu tepat waktu' },
      }),
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(['EVALUASI', 'DOKUMEN EVALUASI']);
    const ws = wb.getWorksheet('EVALUASI');
    const lines = text(sheetRows(ws as never).rows as never);
    expect(lines.slice(0, 5)).toEqual([
      'EVALUASI KINERJA PEGAWAI',
      'PEJABAT FUNGSIONAL ANALIS KEBIJAKAN',
      'PENDEKATAN HASIL KERJA KUANTITATIF',
      'PERIODE: TRIWULAN IV-AKHIR',
      'PERIODE PENILAIAN: 1 OKTOBER SD 31 DESEMBER TAHUN 2023',
    ]);
    expect(lines).toContain('INSTANSI | Pemerintah Kota Contoh');
    expect(lines).toContain('NO | PEGAWAI YANG DINILAI | NO | PEJABAT PENILAI KINERJA');
    expect(lines).toContain('2 | NIP | 198703122010011002 | 2 | NIP | 197501012000031001');
    expect(lines).toContain('3 | PANGKAT/GOL. RUANG | III/c | 3 | PANGKAT/GOL. RUANG | IV/a');
    expect(lines).toContain('CAPAIAN KINERJA ORGANISASI | BAIK');
    expect(lines).toContain(
      'KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK',
    );
    expect(lines).toContain(
      'PREDIKAT | Sangat Kurang | Kurang/Misconduct | Butuh Perbaikan | Baik | Sangat Baik',
    );
    expect(lines).toContain('FREKUENSI PEGAWAI | 1 | 10 | 2');
    expect(lines).toContain(
      'NO | RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI | RENCANA HASIL KERJA | ASPEK | INDIKATOR KINERJA INDIVIDU | TARGET | REALISASI BERDASARKAN BUKTI DUKUNG | UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG',
    );
    const a = lines.indexOf('A. UTAMA');
    const b = lines.indexOf('B. TAMBAHAN');
    expect(lines.slice(a + 1, b)).toEqual([
      `1 | Meningkatnya kualitas kelembagaan | Tersusunnya rekomendasi kebijakan | Kuantitas | Jumlah rekomendasi | 4 Dokumen | 5 Dokumen | '=HYPERLINK("http://x") melampaui target`,
      'Waktu | Ketepatan waktu | 3 Bulan | 3 Bulan',
    ]);
    expect(lines[b + 1]).toBe(
      '1 | Narasumber rapat koordinasi | Kuantitas | Jumlah kegiatan | 2 | 2',
    );
    expect(lines).toContain('RATING HASIL KERJA | DI ATAS EKSPEKTASI');
    expect(lines).toContain(
      'NO | PERILAKU KERJA | EKSPEKTASI KHUSUS PIMPINAN | UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG',
    );
    expect(
      lines.filter((l) =>
        /^\d \| (Berorientasi Pelayanan|Akuntabel|Kompeten|Harmonis|Loyal|Adaptif|Kolaboratif)\n1\) /.test(
          l,
        ),
      ),
    ).toHaveLength(7);
    expect(lines.some((l) => l.includes('Memimpin uji coba layanan daring'))).toBe(true);
    expect(lines.some((l) => l.endsWith('Laporan selalu tepat waktu'))).toBe(true);
    expect(lines).toContain('RATING PERILAKU KERJA | DI ATAS EKSPEKTASI');
    expect(lines).toContain('PREDIKAT KINERJA PEGAWAI | SANGAT BAIK');
    expect(lines.slice(-4)).toEqual([
      'Bandung, 15 Januari 2024',
      'Pegawai yang Dinilai | Pejabat Penilai Kinerja',
      'Siti Aminah | Budi Santoso',
      'NIP. 198703122010011002 | NIP. 197501012000031001',
    ]);
    // The NIP cell is text, so Excel keeps all 18 digits.
    const nipCell = ws?.getCell(
      `C${sheetRows(ws as never).rows.find((r) => r.cells[1] === 'NIP')?.line}`,
    );
    expect(nipCell?.numFmt).toBe('@');
  });

  it('DOKUMEN EVALUASI KINERJA PEGAWAI: the numbered blocks, PPPK without NIP and pangkat', async () => {
    const pppk: AppraisalInput = {
      ...appraisal,
      pegawai: { ...appraisal.pegawai, jenisAsn: 'PPPK', golongan: 'IX' },
      catatan: 'Pertahankan kinerja',
    };
    const wb = await sheets(
      await writeEvaluasiXlsx({
        appraisal: pppk,
        result: evaluate(pppk),
        instansi: 'Pemerintah Kota Contoh',
        periodeLabel: 'SEMESTER II',
        tempat: 'Bandung',
        tanggal: '2024-01-15',
      }),
    );
    const lines = text(sheetRows(wb.getWorksheet('DOKUMEN EVALUASI') as never).rows as never);
    expect(lines).toEqual([
      'DOKUMEN EVALUASI KINERJA PEGAWAI',
      'PERIODE: SEMESTER II',
      'PEMERINTAH KOTA CONTOH',
      'PERIODE PENILAIAN: 1 OKTOBER SD 31 DESEMBER TAHUN 2023',
      '1 | PEGAWAI YANG DINILAI',
      'NAMA | Siti Aminah',
      'NIP',
      'PANGKAT/GOL. RUANG',
      'JABATAN | Analis Kebijakan',
      'UNIT KERJA | Bagian Organisasi',
      '2 | PEJABAT PENILAI KINERJA',
      'NAMA | Budi Santoso',
      'NIP | 197501012000031001',
      'PANGKAT/GOL. RUANG | IV/a',
      'JABATAN | Kepala Bagian Organisasi',
      'UNIT KERJA | Sekretariat Daerah',
      '3 | ATASAN PEJABAT PENILAI KINERJA',
      'NAMA | Rina Wati',
      'NIP | 196812121990032002',
      'PANGKAT/GOL. RUANG',
      'JABATAN | Asisten Administrasi',
      'UNIT KERJA',
      '4 | EVALUASI KINERJA',
      'CAPAIAN KINERJA ORGANISASI | BAIK',
      'PREDIKAT KINERJA PEGAWAI | SANGAT BAIK',
      '5 | CATATAN/REKOMENDASI',
      'Pertahankan kinerja',
      'Bandung, 15 Januari 2024',
      'Pegawai yang Dinilai | Pejabat Penilai Kinerja',
      'Siti Aminah | Budi Santoso',
      'NIP. 197501012000031001',
    ]);
  });

  it('refuses a result that is not a 6/2022 evaluation', async () => {
    const failed = evaluate({ ...appraisal, ratingPerilaku: undefined, perilaku: undefined });
    await expect(writeEvaluasiXlsx({ appraisal, result: failed })).rejects.toThrow(RangeError);
  });

  it.each([
    [{ jenis: 'TRIWULAN', selesai: '2023-03-31' }, 'TRIWULAN I'],
    [{ jenis: 'TRIWULAN', selesai: '2023-09-30' }, 'TRIWULAN III'],
    [{ jenis: 'TRIWULAN', selesai: '2023-12-31' }, 'TRIWULAN IV-AKHIR'],
    [{ jenis: 'SEMESTER', selesai: '2023-06-30' }, 'SEMESTER I'],
    [{ jenis: 'TAHUNAN', selesai: '2023-12-31' }, 'AKHIR'],
    [{ jenis: 'BULANAN', selesai: '2023-02-28' }, 'BULAN FEBRUARI'],
  ])('periode line %j → %s', (p, line) => {
    expect(periodeLine(p)).toBe(line);
  });

  it('writes dates the Indonesian way', () => {
    expect(tanggalIndonesia('2024-08-17')).toBe('17 Agustus 2024');
  });
});
