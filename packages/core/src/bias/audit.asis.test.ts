import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate/evaluate.js';
import { audit, ResultSchema, resultAsIs } from './audit.js';

/**
 * `audit()` takes well-formed results as they are (no schema copy): `resultAsIs` must accept
 * only what `ResultSchema` accepts, and for those the schema's output must read the same.
 */

const str = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('2024-12-31', '1980-02-29', '1981-02-29', ''),
);
const maybe = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof(a, fc.constant(undefined), fc.constantFrom(null, 7, true, [], {}));

/** Result-like values near the schema's edges: right shapes, wrong types, missing keys. */
const resultLike = fc.record(
  {
    ok: fc.oneof(fc.boolean(), fc.constantFrom('true', 1, undefined)),
    id: maybe(str),
    nip: maybe(str),
    unitKerja: maybe(str),
    pegawai: maybe(
      fc.record(
        {
          jenisAsn: maybe(str),
          jenisJabatan: maybe(str),
          golongan: maybe(str),
          unitKerjaId: maybe(str),
          jenisKelamin: maybe(str),
          tanggalLahir: maybe(str),
          lain: fc.anything(),
        },
        { requiredKeys: [] },
      ),
    ),
    penilai: maybe(fc.record({ nip: maybe(str), nama: maybe(str) }, { requiredKeys: [] })),
    periode: maybe(fc.record({ selesai: maybe(str) }, { requiredKeys: [] })),
    predikat: maybe(fc.record({ code: maybe(str) }, { requiredKeys: [] })),
    nilai: maybe(fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(str, fc.integer()))),
    rincian: fc.anything(),
    tambahan: fc.anything(),
  },
  { requiredKeys: [] },
);

/** The fields `audit` reads, as it reads them. */
function read(r: unknown) {
  const x = r as Record<string, Record<string, unknown> | undefined>;
  return {
    ok: x.ok,
    id: x.id,
    nip: x.nip,
    unitKerja: x.unitKerja,
    pegawai: x.pegawai && {
      jenisAsn: x.pegawai.jenisAsn,
      jenisJabatan: x.pegawai.jenisJabatan,
      golongan: x.pegawai.golongan,
      unitKerjaId: x.pegawai.unitKerjaId,
      jenisKelamin: x.pegawai.jenisKelamin,
      tanggalLahir: x.pegawai.tanggalLahir,
    },
    penilai: x.penilai && { nip: x.penilai.nip, nama: x.penilai.nama },
    selesai: x.periode?.selesai,
    predikat: x.predikat?.code,
    nilai: x.nilai && { ...x.nilai },
    rincian: x.rincian,
  };
}

describe('audit takes well-formed results as they are', () => {
  it('accepts only what the schema accepts, reading the same values', () => {
    fc.assert(
      fc.property(fc.oneof(resultLike, fc.anything()), (r) => {
        const asIs = resultAsIs(r);
        if (asIs === undefined) return;
        const z = ResultSchema.safeParse(r);
        expect(z.success).toBe(true);
        expect(read(asIs)).toEqual(read(z.data));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes evaluate() results as they are, and reports bad ones as before', () => {
    const r = evaluate({
      pegawai: {
        nip: '198703122010011002',
        nama: 'Ani',
        jabatan: { jenis: 'PELAKSANA' },
        unitKerja: { nama: 'Dinas Arsip' },
        tanggalLahir: '1987-03-12',
      },
      periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
      ratingHasilKerja: 'SESUAI_EKSPEKTASI',
      ratingPerilaku: 'SESUAI_EKSPEKTASI',
    });
    expect(r.ok).toBe(true);
    expect(resultAsIs(r)).toBe(r);
    const bad = audit([r, { ok: 'ya' }, { ok: true, pegawai: { tanggalLahir: '1981-02-29' } }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues.map((i) => i.path)).toEqual([
        [1, 'ok'],
        [2, 'pegawai', 'tanggalLahir'],
      ]);
  });
});
