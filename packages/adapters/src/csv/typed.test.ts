import { describe, expect, it } from 'vitest';
import { reconciles } from '../shared/result.js';
import { readCsvTable } from './typed.js';

describe('readCsvTable', () => {
  const spec = {
    anchor: 'nip' as const,
    decimalComma: true,
    columns: {
      nip: { aliases: ['nip', 'no_nip', 'nomor_nip'], type: 'nip' as const, required: true },
      tanggal: { aliases: ['tanggal penilaian', 'tgl'], type: 'date' as const },
      nilai: { aliases: ['nilai skp', 'nilai'], type: 'decimal' as const },
      pkp: {
        aliases: ['pkp', 'predikat', 'predikat_kinerja', 'tw4_predikat'],
        type: 'predikat' as const,
      },
      plt: { aliases: ['is_plt_plh'], type: 'flag' as const },
    },
  };

  it('maps aliased columns with types, decimal commas and Excel serial dates', () => {
    const text =
      'REKAP TPP\r\n\r\nNomor NIP;Tgl;Nilai SKP;TW4_Predikat;is_plt_plh;Catatan\r\n' +
      '198703122010011002;45291;88,67;Cukup;0;ok\r\n' +
      '1.98703E+17;31/12/2023;1.234,5;BAIK;1;\r\n' +
      '198703122010011003;-;-;Kurang/Misconduct;0;\r\n';
    const r = readCsvTable(text, spec);
    expect(reconciles(r)).toBe(true);
    expect(r.records.map((x) => x.values)).toEqual([
      {
        nip: '198703122010011002',
        tanggal: '2023-12-31',
        nilai: '88.67',
        pkp: 'BUTUH_PERBAIKAN',
        plt: false,
      },
      { nip: '198703122010011003', pkp: 'KURANG', plt: false },
    ]);
    expect(r.records[0]?.extra).toEqual({ Catatan: 'ok' });
    expect(r.rejections).toMatchObject([
      { row: 2, path: ['nip'], code: 'NIP_SCIENTIFIC_NOTATION' },
    ]);
    expect(r.decisions.map((d) => d.code)).toEqual(
      expect.arrayContaining([
        'HEADER_ROW_DETECTED',
        'UNKNOWN_COLUMNS_KEPT',
        'CUKUP_AS_BUTUH_PERBAIKAN',
        'DASH_AS_EMPTY',
      ]),
    );
  });

  it('without the anchor column every record is reported', () => {
    const r = readCsvTable('a;b\n1;2\n', spec);
    expect(r.counts).toEqual({ input: 2, accepted: 0, rejected: 2, excluded: 0 });
  });
});
