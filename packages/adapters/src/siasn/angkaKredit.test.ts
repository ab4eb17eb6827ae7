import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconciles } from '../shared/result.js';
import {
  type AngkaKreditRecord,
  angkaKreditPayload,
  bulanAngkaKredit,
  readAngkaKredit,
  recheckAngkaKredit,
} from './index.js';

const NIP = '199003152015032001';

/** A `GET /pns/rw-angkakredit/{nip}` record: strings, the upstream `Penailan` typo, `Sumber`. */
const rwAk = (over: Record<string, unknown> = {}) => ({
  id: '4f0e2a9c-6d1b-11ee-8c2a-0242ac120002',
  pns: 'A8ACA7B2E1C23912E040640A040269BB',
  nomorSk: '800.1.13.2/0123/BKPSDM/2024',
  tanggalSk: '15-01-2024',
  bulanMulaiPenailan: '1',
  tahunMulaiPenailan: '2023',
  bulanSelesaiPenailan: '12',
  tahunSelesaiPenailan: '2023',
  kreditUtamaBaru: '18.75',
  kreditPenunjangBaru: '0',
  kreditBaruTotal: '18.75',
  rwJabatan: '8ae48296-8bbd-4a2f-9a0c-5d1f2b7c3e44',
  namaJabatan: 'Pranata Komputer Ahli Pertama',
  isAngkaKreditPertama: '0',
  isIntegrasi: '0',
  isKonversi: '1',
  path: [],
  Sumber: 'SIASN',
  ...over,
});

describe('readAngkaKredit', () => {
  it('reads a rw-angkakredit response with the Penailan typo and Sumber', () => {
    const r = readAngkaKredit({ code: 1, data: [rwAk()] }, { nip: NIP });
    expect(reconciles(r)).toBe(true);
    expect(r.records[0]).toEqual({
      row: 1,
      id: '4f0e2a9c-6d1b-11ee-8c2a-0242ac120002',
      pnsId: 'A8ACA7B2E1C23912E040640A040269BB',
      nip: NIP,
      nomorSk: '800.1.13.2/0123/BKPSDM/2024',
      tanggalSk: '2024-01-15',
      bulanMulai: 1,
      tahunMulai: 2023,
      bulanSelesai: 12,
      tahunSelesai: 2023,
      kreditUtamaBaru: '18.75',
      kreditPenunjangBaru: '0',
      kreditBaruTotal: '18.75',
      rwJabatanId: '8ae48296-8bbd-4a2f-9a0c-5d1f2b7c3e44',
      namaJabatan: 'Pranata Komputer Ahli Pertama',
      isAngkaKreditPertama: '0',
      isIntegrasi: '0',
      isKonversi: '1',
      sumber: 'SIASN',
      path: [],
      extra: {},
    } satisfies AngkaKreditRecord);
  });

  it('matches keys case-insensitively, accepts a corrected "Penilaian" spelling and decimal commas', () => {
    const r = readAngkaKredit([
      {
        BULANMULAIPENAILAN: 7,
        tahunmulaipenailan: 2023,
        bulanSelesaiPenilaian: 12,
        tahunSelesaiPenilaian: 2023,
        KreditUtamaBaru: '6,25',
        sumber: 'konversi',
      },
    ]);
    expect(r.records[0]).toMatchObject({
      bulanMulai: 7,
      bulanSelesai: 12,
      kreditUtamaBaru: '6.25',
      sumber: 'konversi',
    });
    expect(r.decisions.map((d) => d.code)).toEqual(['DECIMAL_COMMA']);
  });

  it.each([
    ['month 13', { bulanSelesaiPenailan: '13' }, 'NUMBER_OUT_OF_RANGE', ['bulanSelesaiPenailan']],
    ['month 0', { bulanMulaiPenailan: 0 }, 'NUMBER_OUT_OF_RANGE', ['bulanMulaiPenailan']],
    ['two-digit year', { tahunMulaiPenailan: '23' }, 'NUMBER_OUT_OF_RANGE', ['tahunMulaiPenailan']],
    [
      'period ending before it starts',
      { bulanMulaiPenailan: '7', tahunMulaiPenailan: '2024', tahunSelesaiPenailan: '2023' },
      'PERIOD_REVERSED',
      ['bulanSelesaiPenailan'],
    ],
    ['missing start month', { bulanMulaiPenailan: '' }, 'REQUIRED', ['bulanMulaiPenailan']],
    ['unreadable credit', { kreditUtamaBaru: 'delapan' }, 'NUMBER_FORMAT', ['kreditUtamaBaru']],
    ['credit in exponent form', { kreditBaruTotal: 1e21 }, 'NUMBER_FORMAT', ['kreditBaruTotal']],
    ['unreadable SK date', { tanggalSk: '31/02/2024' }, 'DATE_FORMAT', ['tanggalSk']],
    ['Excel-mangled NIP', { nip: '1.99003E+17' }, 'NIP_SCIENTIFIC_NOTATION', ['nip']],
  ])('rejects %s', (_name, over, code, path) => {
    const r = readAngkaKredit([rwAk(over)]);
    expect(reconciles(r)).toBe(true);
    expect(r.counts).toMatchObject({ input: 1, accepted: 0, rejected: 1 });
    expect(r.rejections[0]).toMatchObject({ row: 1, code, path });
  });

  it('reports a reversed period in both languages', () => {
    const r = readAngkaKredit([rwAk({ bulanMulaiPenailan: '7', tahunMulaiPenailan: '2024' })]);
    expect(r.rejections[0]?.message).toEqual({
      id: 'Periode penilaian mulai 2024-07 sesudah periode selesai 2023-12',
      en: 'The appraisal period starts (2024-07) after it ends (2023-12)',
    });
  });

  it('rejects prototype-polluting keys', () => {
    const r = readAngkaKredit(JSON.parse('[{"__proto__": {"admin": true}}]'));
    expect(r.rejections.map((x) => x.code)).toEqual(['FORBIDDEN_KEY']);
  });

  it('counts the months of a period across a year end', () => {
    expect(
      bulanAngkaKredit({ bulanMulai: 11, tahunMulai: 2023, bulanSelesai: 2, tahunSelesai: 2024 }),
    ).toBe(4);
    expect(
      bulanAngkaKredit({ bulanMulai: 1, tahunMulai: 2023, bulanSelesai: 12, tahunSelesai: 2023 }),
    ).toBe(12);
  });
});

describe('angkaKreditPayload', () => {
  it('writes an angkakredit/save body with the upstream names', () => {
    const rec = readAngkaKredit([rwAk()]).records[0] as AngkaKreditRecord;
    expect(
      angkaKreditPayload(rec, { tanggalSk: (iso) => iso.split('-').reverse().join('-') }),
    ).toEqual({
      bulanMulaiPenailan: 1,
      bulanSelesaiPenailan: 12,
      tahunMulaiPenailan: 2023,
      tahunSelesaiPenailan: 2023,
      id: '4f0e2a9c-6d1b-11ee-8c2a-0242ac120002',
      isAngkaKreditPertama: '0',
      isIntegrasi: '0',
      isKonversi: '1',
      kreditBaruTotal: 18.75,
      kreditPenunjangBaru: 0,
      kreditUtamaBaru: 18.75,
      nomorSk: '800.1.13.2/0123/BKPSDM/2024',
      path: [],
      pnsId: 'A8ACA7B2E1C23912E040640A040269BB',
      rwJabatanId: '8ae48296-8bbd-4a2f-9a0c-5d1f2b7c3e44',
      tanggalSk: '15-01-2024',
    });
  });

  it('round-trips: reading the body it wrote gives the same record (GET-only fields aside)', () => {
    const credit = fc.integer({ min: 0, max: 100000 }).map((n) => (n / 100).toString());
    fc.assert(
      fc.property(
        fc.integer({ min: 2019, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 23 }),
        credit,
        credit,
        fc.option(
          fc.string({ minLength: 1 }).filter((s) => s.trim() === s),
          { nil: undefined },
        ),
        (tahun, bulan, span, utama, penunjang, nomorSk) => {
          const end = tahun * 12 + (bulan - 1) + span;
          const rec = readAngkaKredit([
            rwAk({
              tahunMulaiPenailan: tahun,
              bulanMulaiPenailan: bulan,
              tahunSelesaiPenailan: Math.floor(end / 12),
              bulanSelesaiPenailan: (end % 12) + 1,
              kreditUtamaBaru: utama,
              kreditPenunjangBaru: penunjang,
              nomorSk,
            }),
          ]).records[0] as AngkaKreditRecord;
          const back = readAngkaKredit([angkaKreditPayload(rec)]).records[0];
          const { sumber: _s, namaJabatan: _n, ...kept } = rec;
          expect(back).toEqual(kept);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('recheckAngkaKredit', () => {
  const AP = { jenjang: 'AHLI_PERTAMA' as const };
  it.each([
    ['a consistent conversion record', {}, { predikat: 'SANGAT_BAIK', ...AP }, []],
    [
      'sum checked without a basis',
      { kreditBaruTotal: '20' },
      undefined,
      [['kreditBaruTotal', '20', '18.75']],
    ],
    [
      'penunjang left out of the total',
      { kreditPenunjangBaru: '1.5' },
      undefined,
      [['kreditBaruTotal', '18.75', '20.25']],
    ],
    [
      'credit booked for Sangat Baik where the SKP says Baik',
      {},
      { predikat: 'BAIK', ...AP },
      [['kreditUtamaBaru', '18.75', '12.50']],
    ],
    [
      'two months, rounded to 2 decimals (PerBKN 3/2023 example)',
      { bulanMulaiPenailan: '11', kreditUtamaBaru: '2.08', kreditBaruTotal: '2.08' },
      { predikat: 'BAIK', ...AP },
      [],
    ],
    [
      'CUKUP read as Butuh Perbaikan (75 %)',
      { kreditUtamaBaru: '9.375', kreditBaruTotal: '9.375' },
      { predikat: 'CUKUP', ...AP },
      [['kreditUtamaBaru', '9.375', '9.38']],
    ],
    ['decimal comma agrees', { kreditUtamaBaru: '18,75' }, { predikat: 'SANGAT_BAIK', ...AP }, []],
  ] as const)('%s', (_name, over, basis, expected) => {
    const report = recheckAngkaKredit(readAngkaKredit([rwAk(over)]), {
      ...(basis ? { basis: () => basis } : {}),
    });
    expect(report.disagreements.map((d) => [d.field, d.stored, d.derived])).toEqual(expected);
    expect(report.checked).toBe(report.agreed + report.disagreed + report.notCheckable.length);
  });

  it('cannot check a conversion over more than 12 months, with the core message', () => {
    const report = recheckAngkaKredit(readAngkaKredit([rwAk({ tahunSelesaiPenailan: '2024' })]), {
      basis: () => ({ predikat: 'BAIK', jenjang: 'AHLI_MUDA' }),
    });
    expect(report.notCheckable).toHaveLength(1);
    expect(report.notCheckable[0]?.message.en).toMatch(/24/);
    expect(report.agreed + report.disagreed).toBe(0);
  });

  it('counts each record once when the sum disagrees and the conversion is not computable', () => {
    const report = recheckAngkaKredit(
      readAngkaKredit([rwAk({ tahunSelesaiPenailan: '2024', kreditBaruTotal: '1' })]),
      { basis: () => ({ predikat: 'BAIK', jenjang: 'AHLI_MUDA' }) },
    );
    expect(report).toMatchObject({ checked: 1, agreed: 0, disagreed: 1 });
    expect(report.notCheckable).toEqual([]);
  });

  it('cannot check a record without a total and without a basis', () => {
    const report = recheckAngkaKredit(readAngkaKredit([rwAk({ kreditBaruTotal: null })]));
    expect(report.notCheckable[0]?.message.en).toContain('kreditBaruTotal');
  });

  it('the stored total agrees exactly whenever it is the exact sum of its parts', () => {
    const credit = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((n) => {
      const s = n.toString().padStart(4, '0');
      return `${s.slice(0, -3)}.${s.slice(-3)}`;
    });
    fc.assert(
      fc.property(credit, credit, (u, p) => {
        const [ui, uf] = u.split('.') as [string, string];
        const [pi, pf] = p.split('.') as [string, string];
        const total = BigInt(ui + uf) + BigInt(pi + pf);
        const ts = total.toString().padStart(4, '0');
        const t = `${ts.slice(0, -3)}.${ts.slice(-3)}`;
        const rec = rwAk({ kreditUtamaBaru: u, kreditPenunjangBaru: p, kreditBaruTotal: t });
        expect(recheckAngkaKredit(readAngkaKredit([rec])).agreed).toBe(1);
        const off = rwAk({ kreditUtamaBaru: u, kreditPenunjangBaru: p, kreditBaruTotal: `${t}1` });
        // Appending a non-zero digit always changes the value.
        expect(recheckAngkaKredit(readAngkaKredit([off])).disagreed).toBe(1);
      }),
    );
  });
});

describe('readAngkaKredit fuzzing', () => {
  const KEYS = [
    'bulanMulaiPenailan',
    'tahunMulaiPenailan',
    'bulanSelesaiPenailan',
    'tahunSelesaiPenailan',
    'kreditUtamaBaru',
    'kreditPenunjangBaru',
    'kreditBaruTotal',
    'Sumber',
    'tanggalSk',
    'nip',
    'path',
    'constructor',
  ];
  const value = fc.oneof(
    fc.constantFrom('', '-', '1', '12', '13', '2023', '18,75', '1.234,5', '1.99E+17', '0'),
    fc.integer({ min: -5, max: 3000 }),
    fc.double(),
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
        fc.constantFrom('BAIK', 'SANGAT_KURANG', 'CUKUP', 'X'),
        (payload, predikat) => {
          const r = readAngkaKredit(payload);
          expect(reconciles(r)).toBe(true);
          const a = recheckAngkaKredit(r, {
            basis: () => ({ predikat: predikat as 'BAIK', jenjang: 'TERAMPIL' }),
          });
          expect(a.checked).toBe(r.records.length);
          expect(a.checked).toBe(a.agreed + a.disagreed + a.notCheckable.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
