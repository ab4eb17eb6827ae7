import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconciles } from '../shared/result.js';
import { DP3_UNSUR, readDp3, recheckDp3 } from './index.js';

const NIP = '196805121990031004';

/** A `GET /pns/rw-dp3/{nip}` record as SIASN returns it: every value a string. */
const rwDp3 = (over: Record<string, unknown> = {}) => ({
  id: 'c2b6f0d4-5b1e-4c0e-9a57-2f0b3d7e8a11',
  pnsId: 'A8ACA7B2E1C23912E040640A040269BB',
  tahun: '2009',
  kesetiaan: '91',
  prestasiKerja: '82',
  tanggungJawab: '85',
  ketaatan: '84',
  kejujuran: '86',
  kerjasama: '80',
  prakarsa: '78',
  kepemimpinan: '',
  jumlah: '586',
  nilairatarata: '83.71',
  jenisJabatan: '4',
  pejabatPenilaiId: 'A8ACA7B2E1C13912E040640A040269BB',
  penilaiNama: 'Drs. Bambang Sutrisno',
  penilaiNipNrp: '196201011985031012',
  penilaiGolongan: 'IV/a',
  penilaiJabatan: 'Kepala Bagian Umum',
  penilaiUnorNama: 'Sekretariat Daerah',
  penilaiTmtGolongan: '01-04-2005',
  statusPenilai: 'PNS',
  atasanPenilaiNama: 'Ir. Hadi Prasetyo, M.Si',
  atasanPenilaiNipNrp: '195907171983031004',
  statusAtasanPenilai: 'PNS',
  path: [],
  ...over,
});

describe('readDp3', () => {
  it('reads a rw-dp3 response: unsur, jumlah, mean and the penilai/atasan fields', () => {
    const r = readDp3({ code: 1, data: [rwDp3()] }, { nip: NIP });
    expect(reconciles(r)).toBe(true);
    const x = r.records[0];
    expect(x).toMatchObject({
      row: 1,
      tahun: 2009,
      nip: NIP,
      jumlah: '586',
      nilairatarata: '83.71',
      unsur: {
        kesetiaan: '91',
        prestasiKerja: '82',
        tanggungJawab: '85',
        ketaatan: '84',
        kejujuran: '86',
        kerjasama: '80',
        prakarsa: '78',
      },
      teks: {
        pnsId: 'A8ACA7B2E1C23912E040640A040269BB',
        penilaiNama: 'Drs. Bambang Sutrisno',
        atasanPenilaiNipNrp: '195907171983031004',
        jenisJabatan: '4',
      },
    });
    expect(x?.unsur.kepemimpinan).toBeUndefined();
    expect(x?.extra).toEqual({});
  });

  it('matches keys case-insensitively and keeps unknown fields', () => {
    const r = readDp3([{ TAHUN: 2008, Kesetiaan: 90, PRESTASIKERJA: '80', catatanLama: 'x' }]);
    expect(r.records[0]?.unsur).toEqual({ kesetiaan: '90', prestasiKerja: '80' });
    expect(r.records[0]?.extra).toEqual({ catatanLama: 'x' });
  });

  it('reads a decimal comma and reports the reading once per field', () => {
    const r = readDp3([rwDp3({ nilairatarata: '83,71' }), rwDp3({ nilairatarata: '83,7' })]);
    expect(r.records.map((x) => x.nilairatarata)).toEqual(['83.71', '83.7']);
    expect(r.decisions).toEqual([expect.objectContaining({ code: 'DECIMAL_COMMA', rows: [1, 2] })]);
  });

  it.each([
    ['unsur above 100', { kesetiaan: '101' }, 'NUMBER_OUT_OF_RANGE', ['kesetiaan']],
    ['negative unsur', { prakarsa: -1 }, 'NUMBER_OUT_OF_RANGE', ['prakarsa']],
    ['unreadable number', { ketaatan: 'delapan puluh' }, 'NUMBER_FORMAT', ['ketaatan']],
    ['two commas', { kejujuran: '8,5,1' }, 'NUMBER_FORMAT', ['kejujuran']],
    ['missing tahun', { tahun: '' }, 'REQUIRED', ['tahun']],
    ['tahun not an integer', { tahun: '2009a' }, 'INTEGER_FORMAT', ['tahun']],
    ['NIP stored as a number', { nip: 196805121990031000 }, 'NIP_NUMBER', ['nip']],
  ])('rejects %s', (_name, over, code, path) => {
    const r = readDp3([rwDp3(over)]);
    expect(reconciles(r)).toBe(true);
    expect(r.counts).toMatchObject({ input: 1, accepted: 0, rejected: 1 });
    expect(r.rejections[0]).toMatchObject({ row: 1, code, path });
    expect(r.rejections[0]?.message.id).not.toBe(r.rejections[0]?.message.en);
  });

  it('rejects prototype-polluting keys, whatever their case', () => {
    const r = readDp3(
      JSON.parse('[{"tahun":2009,"__proto__":{"x":1}},{"tahun":2009,"Constructor":1}]'),
    );
    expect(r.rejections.map((x) => x.code)).toEqual(['FORBIDDEN_KEY', 'FORBIDDEN_KEY']);
    expect(r.counts).toEqual({ input: 2, accepted: 0, rejected: 2, excluded: 0 });
  });

  it('rejects a payload that is not JSON', () => {
    const r = readDp3('{"data": [');
    expect(r.rejections[0]?.code).toBe('PAYLOAD_INVALID');
    expect(reconciles(r)).toBe(true);
  });
});

describe('recheckDp3', () => {
  it.each([
    ['7 unsur, mean to 2 dp', {}, []],
    [
      '8 unsur with kepemimpinan',
      { kepemimpinan: '80', jumlah: '666', nilairatarata: '83.25' },
      [],
    ],
    ['kepemimpinan 0 = not assessed', { kepemimpinan: '0' }, []],
    ['mean stored with 6 decimals', { nilairatarata: '83.714286' }, []],
    [
      'mean stored as an integer is compared at 2 dp',
      { nilairatarata: '84' },
      [['nilairatarata', '84', '83.71']],
    ],
    ['jumlah off by one', { jumlah: '587' }, [['jumlah', '587', '586']]],
    [
      'mean truncated instead of rounded',
      { nilairatarata: '83.7' },
      [['nilairatarata', '83.7', '83.71']],
    ],
    [
      'mean over 8 unsur where kepemimpinan is empty',
      { nilairatarata: '73.25' },
      [['nilairatarata', '73.25', '83.71']],
    ],
    ['decimal comma agrees', { nilairatarata: '83,71' }, []],
  ])('%s', (_name, over, expected) => {
    const report = recheckDp3(readDp3([rwDp3(over)]));
    expect(report.disagreements.map((d) => [d.field, d.stored, d.derived])).toEqual(expected);
    expect(report.checked).toBe(report.agreed + report.disagreed + report.notCheckable.length);
  });

  it('reports the message in both languages', () => {
    const d = recheckDp3(readDp3([rwDp3({ jumlah: '590' })])).disagreements[0];
    expect(d?.message).toEqual({
      id: 'jumlah tersimpan 590, hasil hitung ulang 586',
      en: 'jumlah stored as 590, recomputed as 586',
    });
  });

  it('cannot check a record with a missing unsur', () => {
    const report = recheckDp3(readDp3([rwDp3({ prakarsa: null })]));
    expect(report.notCheckable).toHaveLength(1);
    expect(report.notCheckable[0]?.message.en).toContain('prakarsa');
    expect(report.agreed).toBe(0);
  });

  it('agrees with exact sums and means on any scores, and catches any change of jumlah', () => {
    const unsur = fc.integer({ min: 0, max: 10000 }).map((n) => (n / 100).toFixed(2));
    fc.assert(
      fc.property(
        fc.array(unsur, { minLength: 7, maxLength: 7 }),
        fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
        fc.integer({ min: 1, max: 500 }),
        (seven, lead, delta) => {
          const scores = lead === undefined ? seven : [...seven, String(lead)];
          const cents = scores.map((s) => Math.round(Number(s) * 100));
          const sumCents = cents.reduce((a, b) => a + b, 0);
          const jumlah = (sumCents / 100).toFixed(2);
          // mean to 2 dp, half up, in integer arithmetic (cents / n)
          const q = Math.floor((sumCents * 2 + scores.length) / (2 * scores.length));
          const mean = (q / 100).toFixed(2);
          const rec: Record<string, unknown> = { tahun: 2005, jumlah, nilairatarata: mean };
          DP3_UNSUR.forEach((k, i) => {
            if (scores[i] !== undefined) rec[k] = scores[i];
          });
          const ok = recheckDp3(readDp3([rec]));
          expect(ok.agreed).toBe(1);
          const off = recheckDp3(
            readDp3([{ ...rec, jumlah: ((sumCents + delta) / 100).toFixed(2) }]),
          );
          expect(off.disagreements.map((d) => d.field)).toEqual(['jumlah']);
        },
      ),
    );
  });
});

describe('readDp3 fuzzing', () => {
  const KEYS = [
    ...DP3_UNSUR,
    'tahun',
    'Tahun',
    'jumlah',
    'nilairatarata',
    'nip',
    'path',
    '__proto__',
  ];
  const value = fc.oneof(
    fc.constantFrom('', '-', '85', '85,5', '1.98703E+17', '101', '-3', 'NaN', '0'),
    fc.integer({ min: -5, max: 3000 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.string(),
  );
  const row = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), value, {
    maxKeys: 12,
  });
  it('never throws, accounts for every row, and the audit counts add up', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(fc.oneof(row, fc.anything())), fc.anything(), fc.string()),
        (payload) => {
          const r = readDp3(payload);
          expect(reconciles(r)).toBe(true);
          const a = recheckDp3(r);
          expect(a.checked).toBe(r.records.length);
          expect(a.checked).toBe(a.agreed + a.disagreed + a.notCheckable.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
