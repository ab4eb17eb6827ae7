import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKAT_ORGANISASI, RATINGS } from '../codes.js';
import { safeParseWith } from '../issues/zod.js';
import { AppraisalSchema, safeParseAppraisal } from './appraisal.js';
import { fastParseAppraisal } from './fastParse.js';
import { findForbiddenKeys } from './primitives.js';

/**
 * The fast path must give exactly zod's output (values, defaults, key order) or step aside.
 * Returns whether it decided.
 */
function agree(input: unknown): boolean {
  const fast = fastParseAppraisal(input);
  if (fast === undefined) return false;
  const z = AppraisalSchema.safeParse(input);
  expect(z.success).toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(z.data));
  expect(fast).toEqual(z.data);
  expect(findForbiddenKeys(input)).toEqual([]);
  return true;
}

/**
 * Appraisal input built from the schema. With `valid`, every value is one the schema accepts
 * (so zod succeeds unless a cross-field rule fails); otherwise invalid variants are mixed in.
 */
function appraisalArb(valid: boolean) {
  const mix = <T, U>(ok: fc.Arbitrary<T>, bad: fc.Arbitrary<U>): fc.Arbitrary<T | U> =>
    valid ? ok : fc.oneof(ok, bad);
  const str = fc.oneof(
    fc.constantFrom('', ' ', 'Dinas Kesehatan', 'x', '12 Dokumen', '1,5 Laporan', '__proto__'),
    fc.string({ maxLength: 6 }),
  );
  const nonEmpty = mix(fc.constantFrom('Menyusun laporan', 'a', 'Dokumen', ' '), fc.constant(''));
  const isoDate = mix(
    fc
      .date({
        min: new Date('1950-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom(
      '2024-02-29',
      '2023-02-29',
      '0099-01-01',
      '2024-13-01',
      '2024-1-1',
      '2000-02-29',
      '1900-02-29',
      '2100-02-29',
      '2024-04-31',
      '2024-00-10',
      '2024-01-00',
      '2024-01-01\n',
      '2024/01/01',
      '2024-01-0a',
      '２０２４-01-01',
      '٢٠٢٤-01-01',
    ),
  );
  const nip = mix(
    fc.stringMatching(/^\d{18}$/),
    fc.constantFrom(
      '1.98703E+17',
      '19870312201001100',
      ' 198703122010011002',
      '1987031220100110021',
      '19870312201001100a',
      '198703122010011002\n',
      '١٩٨٧٠٣١٢٢٠١٠٠١١٠٠٢',
      '１98703122010011002',
    ),
  );
  const decimal = mix(
    fc.oneof(
      fc.integer({ min: -5, max: 500 }),
      fc.double({ min: -10, max: 1000, noNaN: true }),
      fc.constantFrom('9.12', ' 12 ', '.5', '5.', '+3', '-2', '0.050'),
    ),
    fc.constantFrom('1,5', '1e3', 'abc', '', Number.POSITIVE_INFINITY, Number.NaN),
  );
  const quantity = fc.oneof(
    decimal,
    fc.constantFrom('12 Dokumen', '1,5 Laporan', '100 %', '  7  '),
    fc.record({ jumlah: decimal, satuan: nonEmpty }, { requiredKeys: ['jumlah'] }),
    ...(valid
      ? []
      : [fc.constant('Dokumen'), fc.record({ jumlah: decimal, extra: fc.constant(1) })]),
  );
  const target = fc.oneof(
    quantity,
    fc.record({ min: decimal, max: decimal, satuan: nonEmpty }, { requiredKeys: ['min', 'max'] }),
    ...(valid ? [] : [fc.record({ min: decimal })]),
  );
  const bp = mix(fc.integer({ min: 0, max: 10000 }), fc.constantFrom(-1, 10001, 0.5, '50'));
  const oneOf = <T extends string>(xs: readonly T[]) =>
    mix(fc.constantFrom(...xs), fc.constantFrom('x', '', xs[0]?.toLowerCase() ?? 'y'));
  const bukti = fc.record({ uraian: str, uri: str, tanggal: isoDate }, { requiredKeys: [] });
  const umpan = fc.record(
    { tanggal: isoDate, dari: str, isi: nonEmpty },
    { requiredKeys: ['isi'] },
  );
  const arr = <T>(a: fc.Arbitrary<T>, max = 3) => fc.array(a, { maxLength: max });
  const data = fc.oneof(
    fc.constant({ skor: 1 }),
    fc.constant([1, { a: 2 }]),
    fc.constant('x'),
    fc.constant(null),
    ...(valid ? [] : [fc.constant(JSON.parse('{"nested":{"__proto__":{"polluted":true}}}'))]),
  );

  const iki = fc.record(
    {
      id: str,
      aspek: oneOf(['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA']),
      indikator: nonEmpty,
      jenis: nonEmpty,
      target,
      realisasi: fc.oneof(quantity, fc.constant(null)),
      polaritas: oneOf(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']),
      targetMaksimal: mix(fc.boolean(), fc.constant(1)),
      bobot: bp,
      data,
      buktiDukung: arr(bukti),
      umpanBalik: arr(umpan),
    },
    { requiredKeys: ['aspek', 'indikator', 'target'] },
  );
  const rhk = fc.record(
    {
      id: str,
      jenis: oneOf(['UTAMA', 'TAMBAHAN']),
      rencanaHasilKerja: nonEmpty,
      rhkAtasanDiintervensi: str,
      perspektif: str,
      bobot: bp,
      angkaKredit: mix(fc.oneof(fc.integer(), str), fc.constant(true)),
      indikator: valid ? fc.array(iki, { minLength: 1, maxLength: 4 }) : arr(iki, 4),
      buktiDukung: arr(bukti),
      umpanBalik: arr(umpan),
    },
    { requiredKeys: ['rencanaHasilKerja', 'indikator'] },
  );
  const skp = fc.record(
    {
      pendekatan: oneOf(['KUANTITATIF', 'KUALITATIF']),
      rencanaHasilKerja: arr(rhk, 3),
      tugasTambahan: arr(
        fc.record({ uraian: nonEmpty, nomorSuratPerintah: str }, { requiredKeys: ['uraian'] }),
      ),
      kreativitas: arr(
        fc.record(
          {
            uraian: nonEmpty,
            tingkat: oneOf(['UNIT_KERJA', 'ORGANISASI', 'NEGARA']),
            nomorSurat: str,
          },
          { requiredKeys: ['uraian', 'tingkat'] },
        ),
      ),
    },
    { requiredKeys: ['rencanaHasilKerja'] },
  );
  const skor = fc.oneof(decimal, oneOf(RATINGS));
  const nilaiRecord = fc.dictionary(
    fc
      .oneof(
        fc.constantFrom('ORIENTASI_PELAYANAN', 'INTEGRITAS', 'BERORIENTASI_PELAYANAN'),
        fc.string({ maxLength: 4 }),
      )
      .filter((k) => !valid || !['__proto__', 'constructor', 'prototype'].includes(k)),
    skor,
    { maxKeys: 6 },
  );
  const perilaku = fc.record(
    {
      penilaian: arr(
        fc.record(
          {
            penilai: fc.record(
              {
                peran: oneOf(['ATASAN', 'REKAN_KERJA', 'BAWAHAN', 'MASYARAKAT', 'DIRI_SENDIRI']),
                id: str,
                nama: str,
              },
              { requiredKeys: ['peran'] },
            ),
            nilai: mix(nilaiRecord, fc.constant(JSON.parse('{"__proto__":"x"}'))),
            umpanBalik: arr(umpan),
          },
          { requiredKeys: ['penilai', 'nilai'] },
        ),
      ),
      ekspektasiKhusus: fc.dictionary(
        fc
          .string({ maxLength: 4 })
          .filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k) || !valid),
        mix(str, fc.constant(1)),
        {
          maxKeys: 3,
        },
      ),
    },
    { requiredKeys: ['penilaian'] },
  );
  const pegawai = fc.record(
    {
      nip,
      nama: nonEmpty,
      jenisAsn: oneOf(['PNS', 'PPPK']),
      jabatan: fc.record(
        {
          jenis: oneOf(['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL']),
          nama: str,
          jenjang: oneOf(['AHLI_PERTAMA', 'AHLI_MUDA', 'PENYELIA', 'JPT_PRATAMA']),
          struktural: mix(fc.boolean(), fc.constant('ya')),
        },
        { requiredKeys: ['jenis'] },
      ),
      golongan: mix(
        fc.constantFrom('III/a', 'IX', 'IV/e', 'XVII', 'I'),
        fc.constantFrom('III/f', 'iii/a', 'XVIII'),
      ),
      unitKerja: fc.record({ id: str, nama: nonEmpty, induk: str }, { requiredKeys: ['nama'] }),
      jenisKelamin: oneOf(['L', 'P']),
      tanggalLahir: isoDate,
    },
    { requiredKeys: ['nip', 'nama', 'jabatan'] },
  );
  const pejabat = fc.record(
    { nip, nama: nonEmpty, jabatan: str, golongan: str, unitKerja: str },
    { requiredKeys: ['nama'] },
  );
  const periode = fc.record(
    {
      jenis: oneOf(['BULANAN', 'TRIWULAN', 'SEMESTER', 'TAHUNAN']),
      mulai: isoDate,
      selesai: isoDate,
      label: str,
    },
    { requiredKeys: ['jenis', 'mulai', 'selesai'] },
  );
  return fc.record(
    {
      id: str,
      rulesetId: str,
      pegawai,
      periode,
      penilai: pejabat,
      atasanPenilai: pejabat,
      skp,
      perilaku,
      inovasi: fc.oneof(
        fc.boolean(),
        fc.record({ uraian: nonEmpty, bukti: str }, { requiredKeys: ['uraian'] }),
      ),
      ratingHasilKerja: oneOf(RATINGS),
      ratingPerilaku: oneOf(RATINGS),
      kepalaUnit: fc.boolean(),
      predikatOrganisasi: oneOf(PREDIKAT_ORGANISASI),
      umpanBalik: arr(umpan),
      catatan: str,
      kolomSimpeg: fc.oneof(str, fc.constant({ kode: 1 })),
    },
    { requiredKeys: ['pegawai', 'periode'] },
  );
}

const VALID = appraisalArb(true);
const ANY = appraisalArb(false);

/** Sets `value` at a random existing path (including undefined and forbidden keys). */
const mutation = fc.record({
  pick: fc.nat(),
  key: fc.constantFrom('__proto__', 'constructor', 'tambahan', 'jenis', 'nama'),
  value: fc.constantFrom(undefined, null, 1, 'x', [], {}, Number.NaN, true),
  mode: fc.constantFrom('set', 'delete', 'add'),
});

function mutate(
  input: unknown,
  m: { pick: number; key: string; value: unknown; mode: string },
): unknown {
  const copy = JSON.parse(JSON.stringify(input)) as unknown;
  const nodes: Record<string, unknown>[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      nodes.push(v as Record<string, unknown>);
      Object.values(v).forEach(walk);
    }
  };
  walk(copy);
  const node = nodes[m.pick % nodes.length];
  if (!node) return copy;
  const keys = Object.keys(node);
  const key = m.mode === 'add' ? m.key : (keys[m.pick % Math.max(1, keys.length)] ?? m.key);
  if (m.mode === 'delete') delete node[key];
  else if (key === '__proto__')
    Object.defineProperty(node, key, {
      value: m.value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  else node[key] = m.value;
  return copy;
}

describe('fastParseAppraisal equals AppraisalSchema.parse or steps aside', () => {
  it('on random input built from the schema (valid and invalid values)', () => {
    fc.assert(
      fc.property(ANY, (a) => {
        agree(a);
      }),
      { numRuns: 1500 },
    );
  });

  it('on random valid input, deciding every appraisal zod accepts', () => {
    let accepted = 0;
    let decided = 0;
    fc.assert(
      fc.property(VALID, (a) => {
        if (AppraisalSchema.safeParse(a).success) accepted++;
        if (agree(a)) decided++;
      }),
      { numRuns: 1500 },
    );
    expect(accepted).toBeGreaterThan(300);
    expect(decided).toBe(accepted);
  });

  it('on random mutations of valid appraisals', () => {
    fc.assert(
      fc.property(VALID, mutation, (a, m) => {
        agree(mutate(a, m));
      }),
      { numRuns: 2000 },
    );
  });

  it('decides typical well-formed appraisals (it must be used)', () => {
    const a = {
      id: 'a-1',
      pegawai: {
        nip: '198703122010011002',
        nama: 'Siti',
        jabatan: { jenis: 'PELAKSANA' },
        unitKerja: { nama: 'Dukcapil' },
      },
      periode: { jenis: 'TAHUNAN', mulai: '2019-01-01', selesai: '2019-12-31' },
      skp: {
        rencanaHasilKerja: [
          {
            rencanaHasilKerja: 'Menyusun laporan',
            indikator: [
              { aspek: 'KUANTITAS', indikator: 'Laporan', target: '12 Dokumen', realisasi: 12 },
              { aspek: 'KUALITAS', indikator: 'Mutu', target: { jumlah: 100 }, realisasi: '90' },
              { aspek: 'WAKTU', indikator: 'Waktu', target: 12, realisasi: 9.12 },
            ],
          },
        ],
        tugasTambahan: [{ uraian: 'Panitia' }],
      },
      perilaku: {
        penilaian: [{ penilai: { peran: 'ATASAN' }, nilai: { ORIENTASI_PELAYANAN: 80 } }],
      },
      kolomLain: 'kept',
    };
    expect(agree(a)).toBe(true);
    expect(Object.keys(fastParseAppraisal(a) ?? {})).toEqual([
      'id',
      'pegawai',
      'periode',
      'skp',
      'perilaku',
      'kolomLain',
    ]);
  });

  it('steps aside on prototype-polluting keys anywhere, even where values are kept as they are', () => {
    const base = {
      pegawai: { nip: '198703122010011002', nama: 'S', jabatan: { jenis: 'PELAKSANA' } },
      periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
    };
    expect(fastParseAppraisal(base)).toBeDefined();
    for (const json of [
      '{"__proto__":{"x":1}}',
      '{"extra":{"a":{"constructor":{"prototype":{}}}}}',
      '{"skp":{"rencanaHasilKerja":[{"rencanaHasilKerja":"r","indikator":[{"aspek":"KUANTITAS","indikator":"i","target":1,"data":{"__proto__":{}}}]}]}}',
      '{"perilaku":{"penilaian":[{"penilai":{"peran":"ATASAN"},"nilai":{"prototype":1}}]}}',
    ]) {
      expect(fastParseAppraisal({ ...base, ...JSON.parse(json) })).toBeUndefined();
    }
  });
});

/** An appraisal with every key the schema knows, in every object (each reader runs). */
function everyKey(): Record<string, unknown> {
  const umpan = { tanggal: '2024-06-01', dari: 'Atasan', isi: 'Baik' };
  const bukti = { uraian: 'Laporan', uri: 'https://x.example/1', tanggal: '2024-06-01' };
  return {
    id: 'a-1',
    rulesetId: 'permenpanrb-6-2022',
    pegawai: {
      nip: '198703122010011002',
      nama: 'Siti',
      jenisAsn: 'PNS',
      jabatan: { jenis: 'FUNGSIONAL', nama: 'Analis', jenjang: 'AHLI_MUDA', struktural: false },
      golongan: 'III/c',
      unitKerja: { id: 'u1', nama: 'Dukcapil', induk: 'Pemkab' },
      jenisKelamin: 'P',
      tanggalLahir: '1987-03-12',
    },
    periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31', label: '2024' },
    penilai: {
      nip: '197001011990031001',
      nama: 'Budi',
      jabatan: 'Kabid',
      golongan: 'IV/a',
      unitKerja: 'Dukcapil',
    },
    atasanPenilai: { nama: 'Ani' },
    skp: {
      pendekatan: 'KUANTITATIF',
      rencanaHasilKerja: [
        {
          id: 'r1',
          jenis: 'UTAMA',
          rencanaHasilKerja: 'Menyusun laporan',
          rhkAtasanDiintervensi: 'Laporan dinas',
          perspektif: 'Layanan',
          bobot: 10000,
          angkaKredit: 1.5,
          indikator: [
            {
              id: 'i1',
              aspek: 'KUANTITAS',
              indikator: 'Laporan',
              jenis: 'standar',
              target: { min: 10, max: 12, satuan: 'Dokumen' },
              realisasi: { jumlah: 12, satuan: 'Dokumen' },
              polaritas: 'HIGHER_IS_BETTER',
              targetMaksimal: false,
              bobot: 10000,
              data: { catatan: 'x' },
              buktiDukung: [bukti],
              umpanBalik: [umpan],
            },
          ],
          buktiDukung: [bukti],
          umpanBalik: [umpan],
        },
      ],
      tugasTambahan: [{ uraian: 'Panitia', nomorSuratPerintah: '1/2024' }],
      kreativitas: [{ uraian: 'Aplikasi', tingkat: 'ORGANISASI', nomorSurat: '2/2024' }],
    },
    perilaku: {
      penilaian: [
        {
          penilai: { peran: 'ATASAN', id: 'p1', nama: 'Budi' },
          nilai: { BERORIENTASI_PELAYANAN: 'SESUAI_EKSPEKTASI' },
          umpanBalik: [umpan],
        },
      ],
      ekspektasiKhusus: { BERORIENTASI_PELAYANAN: 'Ramah' },
    },
    inovasi: { uraian: 'Aplikasi antrean', bukti: 'https://x.example/2' },
    ratingHasilKerja: 'SESUAI_EKSPEKTASI',
    ratingPerilaku: 'SESUAI_EKSPEKTASI',
    kepalaUnit: false,
    predikatOrganisasi: 'BAIK',
    umpanBalik: [umpan],
    catatan: 'Tidak ada',
    kolomLain: 'kept',
  };
}

/** Every object of `v` with its path, depth first. */
function objectsOf(v: unknown, path: string[] = []): [Record<string, unknown>, string[]][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => objectsOf(x, [...path, String(i)]));
  if (v === null || typeof v !== 'object') return [];
  const o = v as Record<string, unknown>;
  return [[o, path], ...Object.entries(o).flatMap(([k, x]) => objectsOf(x, [...path, k]))];
}

describe('fastParseAppraisal: keys present with the value undefined, and the remembered key orders', () => {
  it('reads an appraisal with every key the schema knows', () => {
    expect(agree(everyKey())).toBe(true);
  });

  it('steps aside on undefined at every key of every object (zod decides), `data` included', () => {
    const paths = objectsOf(everyKey()).flatMap(([o, path]) =>
      Object.keys(o).map((k) => [...path, k]),
    );
    expect(paths.length).toBeGreaterThan(80);
    expect(paths).toContainEqual(['skp', 'rencanaHasilKerja', '0', 'indikator', '0', 'data']);
    for (const path of paths) {
      // The same object once as it is, then with the key set to undefined: the remembered key
      // order of the first must not let the second through.
      expect(agree(everyKey())).toBe(true);
      const a = everyKey();
      let node = a as Record<string, unknown>;
      for (const k of path.slice(0, -1)) node = node[k] as Record<string, unknown>;
      node[path.at(-1) as string] = undefined;
      // Inside `data` values are kept as they are, as zod keeps them.
      if (path.includes('data') && path.at(-1) !== 'data') expect(agree(a)).toBe(true);
      else expect(fastParseAppraisal(a), path.join('.')).toBeUndefined();
    }
  });

  it('checks top-level keys in a remembered order as in any other', () => {
    const known = everyKey();
    delete known.kolomLain;
    expect(agree(known)).toBe(true);
    // The same order, then one more key: kept when it has a value, aside when undefined or
    // prototype-polluting.
    expect(agree({ ...known, tambahan: 1 })).toBe(true);
    expect(fastParseAppraisal({ ...known, tambahan: 1 })?.tambahan).toBe(1);
    expect(agree(known)).toBe(true);
    expect(fastParseAppraisal({ ...known, tambahan: undefined })).toBeUndefined();
    expect(
      fastParseAppraisal({ ...known, ...JSON.parse('{"__proto__":{"x":1}}') }),
    ).toBeUndefined();
    // Fewer keys, and the known keys in another order: the same output as zod.
    expect(agree({ pegawai: known.pegawai, periode: known.periode })).toBe(true);
    const reversed = Object.fromEntries(Object.entries(known).reverse());
    expect(agree(reversed)).toBe(true);
    expect(agree({ ...reversed, lain: 'x' })).toBe(true);
    expect(agree(known)).toBe(true);
  });
});

describe('safeParseAppraisal returns what safeParseWith(AppraisalSchema) returns', () => {
  it('on random valid, invalid and mutated input: the same data or the same issues', () => {
    fc.assert(
      fc.property(fc.oneof(ANY, VALID), mutation, fc.boolean(), (a, m, mutated) => {
        const input = mutated ? mutate(a, m) : a;
        const prefix = mutated ? [3] : [];
        const mine = safeParseAppraisal(input, prefix);
        const zod = safeParseWith(AppraisalSchema, input, prefix);
        expect(mine.success).toBe(zod.success);
        expect(JSON.stringify(mine)).toBe(JSON.stringify(zod));
      }),
      { numRuns: 1500 },
    );
  });

  it('its documented example', () => {
    const r = safeParseAppraisal({
      pegawai: { nip: '198703122010011002', nama: 'Siti', jabatan: { jenis: 'PELAKSANA' } },
      periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
      ratingHasilKerja: 'SESUAI_EKSPEKTASI',
      ratingPerilaku: 'SESUAI_EKSPEKTASI',
    });
    expect(r.success && r.data.pegawai.jenisAsn).toBe('PNS');
    const bad = safeParseAppraisal({ periode: {} }, [7]);
    expect(bad.success || bad.issues[0]?.path).toEqual([7, 'pegawai']);
  });
});
