import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AppraisalInput, AppraisalSchema } from '../model/appraisal.js';
import { permenpanrb_6_2022 } from '../regimes/pmk6/ruleset.js';
import { permenpanrb_8_2021 } from '../regimes/pp30/ruleset.js';
import { pp46_2011 } from '../regimes/pp46/ruleset.js';
import { resolveIndicatorTypes } from '../ruleset/registry.js';
import type { Ruleset } from '../ruleset/types.js';
import { evaluate } from './evaluate.js';
import { scoreKernel } from './kernel.js';

/** A decimal with 2 places from integer hundredths (no float on the way). */
const hundredths = (n: number) => (n / 100).toFixed(2);

/** Quantities that land on band edges as well as ordinary ones. */
const jumlah = fc.oneof(
  fc.integer({ min: 1, max: 500 }),
  fc.integer({ min: 1, max: 100_000 }).map(hundredths),
  fc.constantFrom(9.12, '9.12', 12, 100, '0.76', 76, 110, 101, '99.5', '100.5'),
);

const pp46Kegiatan = fc.record({
  to: fc.integer({ min: 1, max: 500 }),
  ro: fc.integer({ min: 0, max: 700 }),
  rk: fc.integer({ min: 0, max: 100 }),
  rw: fc.oneof(jumlah, fc.constant('9.12')),
  biaya: fc.option(fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 80 })), {
    nil: undefined,
  }),
});

const pp46: fc.Arbitrary<AppraisalInput> = fc
  .record({
    kegiatan: fc.array(pp46Kegiatan, { minLength: 1, maxLength: 5 }),
    tugas: fc.integer({ min: 0, max: 8 }),
    perilaku: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }),
  })
  .map(({ kegiatan, tugas, perilaku }) => ({
    pegawai: { nip: '198703122010011002', nama: 'Uji', jabatan: { jenis: 'PELAKSANA' } },
    periode: { jenis: 'TAHUNAN', mulai: '2019-01-01', selesai: '2019-12-31' },
    skp: {
      rencanaHasilKerja: kegiatan.map((k, i) => ({
        rencanaHasilKerja: `Kegiatan ${i}`,
        indikator: [
          { aspek: 'KUANTITAS', indikator: 'o', target: k.to, realisasi: k.ro },
          { aspek: 'KUALITAS', indikator: 'm', target: 100, realisasi: k.rk },
          { aspek: 'WAKTU', indikator: 'w', target: 12, realisasi: { jumlah: k.rw } },
          ...(k.biaya
            ? [
                {
                  aspek: 'BIAYA' as const,
                  indikator: 'b',
                  target: k.biaya[0] * 1_000_000,
                  realisasi: k.biaya[0] * 1_000_000 * (0.7 + k.biaya[1] / 200),
                },
              ]
            : []),
        ],
      })),
      tugasTambahan: Array.from({ length: tugas }, (_, i) => ({ uraian: `t${i}` })),
    },
    perilaku: {
      penilaian: [
        {
          penilai: { peran: 'ATASAN' },
          nilai: {
            ORIENTASI_PELAYANAN: perilaku[0] as number,
            INTEGRITAS: perilaku[1] as number,
            KOMITMEN: perilaku[2] as number,
            DISIPLIN: perilaku[3] as number,
            KERJA_SAMA: perilaku[4] as number,
          },
        },
      ],
    },
  }));

const pp30: fc.Arbitrary<AppraisalInput> = fc
  .record({
    rencana: fc.array(
      fc.array(fc.tuple(jumlah, jumlah, fc.boolean()), { minLength: 1, maxLength: 3 }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    perilaku: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 4, maxLength: 4 }),
    inovasi: fc.boolean(),
  })
  .map(({ rencana, perilaku, inovasi }) => ({
    pegawai: { nip: '198703122010011002', nama: 'Uji', jabatan: { jenis: 'PELAKSANA' } },
    periode: { jenis: 'TAHUNAN', mulai: '2021-01-01', selesai: '2021-12-31' },
    skp: {
      rencanaHasilKerja: rencana.map((ikis, i) => ({
        rencanaHasilKerja: `Rencana ${i}`,
        indikator: ikis.map(([t, r, lower]) => ({
          aspek: 'KUANTITAS' as const,
          indikator: 'x',
          target: { jumlah: t },
          realisasi: { jumlah: r },
          ...(lower ? { polaritas: 'LOWER_IS_BETTER' as const } : {}),
        })),
      })),
    },
    perilaku: {
      penilaian: [
        {
          penilai: { peran: 'ATASAN' },
          nilai: {
            ORIENTASI_PELAYANAN: perilaku[0] as number,
            KOMITMEN: perilaku[1] as number,
            INISIATIF_KERJA: perilaku[2] as number,
            KERJA_SAMA: perilaku[3] as number,
          },
        },
      ],
    },
    inovasi,
  }));

function sameAsDecimal(rs: Ruleset) {
  const { types } = resolveIndicatorTypes(rs);
  return (input: AppraisalInput) => {
    const a = AppraisalSchema.parse(input);
    const fast = scoreKernel(a, rs, types, false, 'auto');
    const ref = scoreKernel(a, rs, types, false, 'decimal');
    expect(fast.outcome).toEqual(ref.outcome);
    expect(fast.warnings).toEqual(ref.warnings);
    expect([...fast.readings].sort()).toEqual([...ref.readings].sort());
    return { float: fast.backend === 'float', ok: fast.outcome.ok };
  };
}

describe('scoreKernel: the float arena path gives the decimal reference, byte for byte', () => {
  it('property: PP 46/2011 appraisals, edges (E = 24, 9.12) included', () => {
    let float = 0;
    let ok = 0;
    const check = sameAsDecimal(pp46_2011);
    fc.assert(
      fc.property(pp46, (a) => {
        const r = check(a);
        if (r.float) float++;
        if (r.ok) ok++;
      }),
      { numRuns: 300 },
    );
    expect(ok).toBeGreaterThan(250); // the generator builds valid appraisals
    expect(float).toBeGreaterThan(250); // fallbacks stay rare
  });

  it('property: PP 30/2019 appraisals, band edges included', () => {
    const check = sameAsDecimal(permenpanrb_8_2021);
    fc.assert(
      fc.property(pp30, (a) => void check(a)),
      { numRuns: 300 },
    );
  });

  it('PermenPANRB 6/2022 ratings', () => {
    const check = sameAsDecimal(permenpanrb_6_2022);
    check({
      pegawai: { nip: '198703122010011002', nama: 'Uji', jabatan: { jenis: 'PELAKSANA' } },
      periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
      ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
      ratingPerilaku: 'SESUAI_EKSPEKTASI',
    });
  });
});

describe('evaluate: numbers written with surrounding whitespace', () => {
  it('score the same on every backend and never throw (decimal.js rejects " 9.12 " by itself)', () => {
    const input = {
      pegawai: { nip: '198703122010011002', nama: 'Uji', jabatan: { jenis: 'PELAKSANA' } },
      periode: { jenis: 'TAHUNAN', mulai: '2019-01-01', selesai: '2019-12-31' },
      skp: {
        rencanaHasilKerja: [
          {
            rencanaHasilKerja: 'k',
            indikator: [
              { aspek: 'KUANTITAS', indikator: 'o', target: 10, realisasi: 10 },
              { aspek: 'KUALITAS', indikator: 'm', target: 100, realisasi: 90 },
              { aspek: 'WAKTU', indikator: 'w', target: 12, realisasi: { jumlah: ' 9.12 ' } },
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
              KERJA_SAMA: ' 80 ',
            },
          },
        ],
      },
    };
    const traced = evaluate(input);
    expect(traced.ok).toBe(true);
    expect(traced.nilai).toEqual(evaluate(input, { trace: false }).nilai);
    expect(traced.nilai?.prestasiKerja).toBe('90.00');
  });
});
