/* PermenPANRB 6/2022: every IKI is checked against its indicator type, whoever sets the rating. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Calculator } from '../../arith/calculator.js';
import { evaluate, isRegimeResult } from '../../evaluate/evaluate.js';
import { t } from '../../i18n/text.js';
import type { IndicatorType } from '../../indicators/types.js';
import type { AppraisalInput, IkiInput } from '../../model/index.js';
import type { Iki } from '../../model/skp.js';
import { extendRuleset } from '../../ruleset/extend.js';
import { ref } from '../../ruleset/legal.js';
import { permenpanrb_6_2022 } from './ruleset.js';

/** `uji.akurasi`: capaian = (rekaman − salah) / rekaman × 100 / target × 100. */
const akurasi: IndicatorType<{ rekaman: number; salah: number }> = {
  id: 'uji.akurasi',
  label: t('Akurasi', 'Accuracy'),
  ref: ref('Instansi Uji', 'UNCERTAIN', 'Akurasi'),
  schema: z.strictObject({
    rekaman: z.number().int().positive(),
    salah: z.number().int().nonnegative(),
  }),
  capaian<T>(c: Calculator<T>, iki: Iki) {
    // Trusts its payload: the engine validated it with the schema first.
    const d = iki.data as { rekaman: number; salah: number };
    const target = 'jumlah' in iki.target ? c.from(iki.target.jumlah) : c.from(100);
    const pct = c.div(c.mul(c.from(d.rekaman - d.salah), c.from(100)), c.from(d.rekaman));
    return { ok: true, capaian: c.div(c.mul(pct, c.from(100)), target) };
  },
};

const RS = extendRuleset(permenpanrb_6_2022, {
  id: 'uji-6-2022',
  agency: 'Instansi Uji',
  indicatorTypes: [akurasi as IndicatorType],
});

const IKI_PATH = ['skp', 'rencanaHasilKerja', 0, 'indikator', 0];

function appraisal(
  indikator: IkiInput[],
  extra: Partial<AppraisalInput> = {},
  pendekatan?: 'KUALITATIF',
): AppraisalInput {
  return {
    pegawai: { nip: '199001012015011001', nama: 'Sari', jabatan: { jenis: 'PELAKSANA' } },
    periode: { jenis: 'TAHUNAN', mulai: '2025-01-01', selesai: '2025-12-31' },
    skp: {
      ...(pendekatan ? { pendekatan } : {}),
      rencanaHasilKerja: [{ rencanaHasilKerja: 'Pelayanan data', indikator }],
    },
    ratingPerilaku: 'SESUAI_EKSPEKTASI',
    ...extra,
  };
}

const akurasiIki = (data: unknown, target = 98): IkiInput => ({
  aspek: 'KUALITAS',
  indikator: 'Akurasi input',
  jenis: 'uji.akurasi',
  target: { jumlah: target, satuan: '%' },
  data,
});
const PENILAI = { ratingHasilKerja: 'SESUAI_EKSPEKTASI' } as const;
const KEPALA = { kepalaUnit: true, predikatOrganisasi: 'BAIK' } as const;

describe('6/2022: iki.data is validated against the type schema, whoever gives the rating', () => {
  it.each<[string, Partial<AppraisalInput>, unknown, string, (string | number)[]]>([
    ['penilai, wrong type', PENILAI, { rekaman: '1200', salah: 6 }, 'INVALID_TYPE', ['rekaman']],
    ['penilai, negative', PENILAI, { rekaman: 1200, salah: -1 }, 'INVALID_TOO_SMALL', ['salah']],
    ['penilai, unknown key', PENILAI, { rekaman: 1200, salah: 6, x: 1 }, 'UNKNOWN_KEY', []],
    ['penilai, not an object', PENILAI, 'banyak', 'INVALID_TYPE', []],
    ['kepala unit, missing field', KEPALA, { rekaman: 1200 }, 'INVALID_TYPE', ['salah']],
    ['suggestion, wrong type', {}, { rekaman: 1200, salah: null }, 'INVALID_TYPE', ['salah']],
  ])('%s → %s', (_name, extra, data, code, at) => {
    const r = evaluate(appraisal([akurasiIki(data)], extra), { ruleset: RS });
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code, path: [...IKI_PATH, 'data', ...at] });
    expect(r.issues[0]?.message.id).not.toBe(r.issues[0]?.message.en);
  });

  it('a qualitative SKP has no capaian, but its payloads are still validated', () => {
    const bad = evaluate(appraisal([akurasiIki({ rekaman: 0, salah: 0 })], PENILAI, 'KUALITATIF'), {
      ruleset: RS,
    });
    expect(bad.issues.map((i) => [i.code, i.path])).toEqual([
      ['INVALID_TOO_SMALL', [...IKI_PATH, 'data', 'rekaman']],
    ]);
    const good = evaluate(
      appraisal([akurasiIki({ rekaman: 10, salah: 0 })], PENILAI, 'KUALITATIF'),
      {
        ruleset: RS,
      },
    );
    expect(good.ok).toBe(true);
    expect(good.rincian).toBeUndefined();
  });

  it('an IKI of a type the ruleset does not know is an issue at its jenis', () => {
    const r = evaluate(appraisal([{ ...akurasiIki({}), jenis: 'uji.lain' }], PENILAI), {
      ruleset: RS,
    });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['UNKNOWN_INDICATOR_TYPE', [...IKI_PATH, 'jenis']],
    ]);
  });
});

describe('6/2022: capaian per IKI is information when the rating is given', () => {
  const two = [
    akurasiIki({ rekaman: 1200, salah: 6 }),
    {
      aspek: 'KUANTITAS',
      indikator: 'Dokumen',
      id: 'dok',
      target: { jumlah: 40 },
      realisasi: { jumlah: 38 },
    } satisfies IkiInput,
  ];

  it.each<[string, Partial<AppraisalInput>, string, string]>([
    ['penilai', PENILAI, 'PENILAI', 'pejabat penilai'],
    ['kepala unit', KEPALA, 'KEPALA_UNIT', 'capaian kinerja organisasi'],
  ])('%s: rating kept, capaian in rincian and trace', (_name, extra, sumber, oleh) => {
    const r = evaluate(appraisal(two, extra), { ruleset: RS });
    expect(r.ok).toBe(true);
    expect(r.rating?.sumber.hasilKerja).toBe(sumber);
    expect(r.rating?.hasilKerja).toBe('SESUAI_EKSPEKTASI');
    expect(r.nilai).toEqual({});
    expect(r.rincian).toEqual({
      capaian: [
        {
          rhk: 0,
          jenis: 'UTAMA',
          rencanaHasilKerja: 'Pelayanan data',
          indikator: [
            // (1200 − 6) / 1200 = 99.5 %, / 98 % → 101.53 %; 38 / 40 → 95 %.
            { iki: 0, aspek: 'KUALITAS', indikator: 'Akurasi input', capaian: '101.53' },
            { iki: 1, id: 'dok', aspek: 'KUANTITAS', indikator: 'Dokumen', capaian: '95.00' },
          ],
        },
      ],
    });
    expect(isRegimeResult(r, 'PERMENPANRB_6_2022')).toBe(true);
    expect(isRegimeResult(r, 'PP30_2019')).toBe(false);
    const step = r.trace.find((s) => s.rule === 'pmk6.capaian.informasi');
    expect(step?.output).toEqual(['101.53', '95.00']);
    expect(step?.explanation?.id).toContain(`ditetapkan oleh ${oleh}`);
    expect(r.trace.some((s) => s.rule === 'indikator.standar.capaian')).toBe(true);
    expect(r.warnings.filter((w) => w.code === 'RATING_SUGGESTED')).toEqual([]);
    // The same values without a trace (float fast path).
    expect(evaluate(appraisal(two, extra), { ruleset: RS, trace: false }).rincian).toEqual(
      r.rincian,
    );
  });

  it('a capaian that cannot be computed is a warning, not an issue, when the penilai rates', () => {
    const r = evaluate(
      appraisal(
        [
          { aspek: 'KUANTITAS', indikator: 'Belum diukur', target: { jumlah: 10 } },
          { aspek: 'KUANTITAS', indikator: 'Target nol', target: 0, realisasi: { jumlah: 1 } },
        ],
        PENILAI,
      ),
      { ruleset: RS },
    );
    expect(r.ok).toBe(true);
    expect(r.rincian).toBeUndefined();
    expect(r.warnings.filter((w) => w.code === 'CAPAIAN_NOT_COMPUTED').map((w) => w.path)).toEqual([
      [...IKI_PATH, 'realisasi'],
      ['skp', 'rencanaHasilKerja', 0, 'indikator', 1, 'target'],
    ]);
    expect(r.warnings[0]?.message.en).toContain('realisasi is missing');
    // Without a rating the suggestion needs the capaian: the same data is an issue.
    const s = evaluate(appraisal([{ aspek: 'KUANTITAS', indikator: 'x', target: 10 }]), {
      ruleset: RS,
    });
    expect(s.issues.map((i) => i.code)).toEqual(['REALISASI_MISSING']);
  });

  it('a suggestion keeps its labelling; the rincian lists the same IKIs', () => {
    const r = evaluate(appraisal(two), { ruleset: RS });
    expect(r.rating?.sumber.hasilKerja).toBe('SARAN_HEURISTIK');
    expect(r.warnings.map((w) => w.code)).toContain('RATING_SUGGESTED');
    expect(r.nilai?.rataRataCapaian).toBe('98.27');
    expect(evaluate(appraisal(two, PENILAI), { ruleset: RS }).rincian).toEqual(r.rincian);
  });
});

describe('6/2022: evaluate never throws on random iki.data', () => {
  /** A type without a schema that reads its payload carelessly: exceptions become issues. */
  const careless: IndicatorType = {
    id: 'uji.ceroboh',
    label: t('Ceroboh', 'Careless'),
    ref: ref('Instansi Uji', 'UNCERTAIN'),
    capaian<T>(c: Calculator<T>, iki: Iki) {
      const d = iki.data as { a: { b: number } };
      return { ok: true, capaian: c.from(d.a.b) };
    },
  };
  const rs = extendRuleset(permenpanrb_6_2022, {
    id: 'uji-acak',
    agency: 'Instansi Uji',
    indicatorTypes: [akurasi as IndicatorType, careless],
  });

  it('gives a result or issues with paths for any payload and any rating source', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
        fc.constantFrom('uji.akurasi', 'uji.ceroboh', 'standar'),
        fc.constantFrom<Partial<AppraisalInput>>(PENILAI, KEPALA, {}),
        fc.boolean(),
        (data, jenis, extra, trace) => {
          const r = evaluate(appraisal([{ ...akurasiIki(data), jenis }], extra), {
            ruleset: rs,
            trace,
          });
          expect(typeof r.ok).toBe('boolean');
          if (r.ok) {
            expect(r.predikat?.scale).toBe('PMK6');
            return;
          }
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) {
            expect(Array.isArray(i.path)).toBe(true);
            expect(i.message.id).toBeTruthy();
            expect(i.message.en).toBeTruthy();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
