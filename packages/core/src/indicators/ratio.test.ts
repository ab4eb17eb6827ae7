import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Calculator, Undecidable } from '../arith/calculator.js';
import { decimalCalculator as dec } from '../arith/decimal.js';
import { floatCalculator } from '../arith/float.js';
import { t } from '../i18n/text.js';
import { defineMessages } from '../issues/issue.js';
import type { IkiInput } from '../model/index.js';
import { IkiSchema } from '../model/skp.js';
import { ref } from '../ruleset/legal.js';
import { createTracer, NO_TRACE } from '../trace/trace.js';
import { capaianPerIki, defineRatioIndicator, percentRealisasi } from './ratio.js';
import { standarIndicator } from './standar.js';

const M = defineMessages({
  MORE_THAN_TOTAL: { id: () => 'salah > rekaman', en: () => 'errors > records' },
});
const Schema = z.strictObject({
  rekaman: z.number().int().positive(),
  salah: z.number().int().nonnegative(),
});
const spec = {
  label: t('Akurasi', 'Accuracy'),
  ref: ref('Perbup Uji', 'UNCERTAIN', 'Pasal 5'),
  schema: Schema,
  realisasi<T>(
    c: Calculator<T>,
    d: z.infer<typeof Schema>,
    at: (...p: (string | number)[]) => readonly (string | number)[],
  ) {
    if (d.salah > d.rekaman) return M.issue('MORE_THAN_TOTAL', at('salah'), {});
    return {
      value: c.div(c.from((d.rekaman - d.salah) * 100), c.from(d.rekaman)),
      inputs: { rekaman: d.rekaman, salah: d.salah },
    };
  },
};
const naik = defineRatioIndicator({ ...spec, id: 'uji.naik' });
const turun = defineRatioIndicator({ ...spec, id: 'uji.turun', polarity: 'LOWER_IS_BETTER' });
const dibatasi = defineRatioIndicator({ ...spec, id: 'uji.batas', cap: '100' });

const PATH = ['skp', 'rencanaHasilKerja', 0, 'indikator', 2];
const iki = (target: IkiInput['target'], data?: unknown) =>
  IkiSchema.parse({
    aspek: 'KUALITAS',
    indikator: 'Uji',
    target,
    ...(data === undefined ? {} : { data }),
  });
const run = (type = naik, target: IkiInput['target'] = 98, data?: unknown) =>
  type.capaian(dec, iki(target, data), { path: PATH, tracer: NO_TRACE });
const cap2 = (o: ReturnType<typeof run>) =>
  o.ok
    ? dec.toFixed(dec.round(o.capaian, 2, 'HALF_UP'), 2)
    : o.issues.map((i) => [i.code, i.path.slice(5).join('.')]);

describe('defineRatioIndicator', () => {
  it.each<[string, ReturnType<typeof run>, unknown]>([
    ['higher is better: 99.5 / 98', run(naik, 98, { rekaman: 1200, salah: 6 }), '101.53'],
    ['lower is better: 2 − 99.5 / 98', run(turun, 98, { rekaman: 1200, salah: 6 }), '98.47'],
    ['lower is better never below 0 %', run(turun, 40, { rekaman: 100, salah: 0 }), '0.00'],
    ['cap at 100 %', run(dibatasi, 98, { rekaman: 1200, salah: 6 }), '100.00'],
    ['below the cap unchanged', run(dibatasi, 100, { rekaman: 1200, salah: 6 }), '99.50'],
    ['payload missing', run(naik, 98), [['DATA_MISSING', 'data']]],
    [
      'payload invalid',
      run(naik, 98, { rekaman: 0, salah: 1 }),
      [['INVALID_TOO_SMALL', 'data.rekaman']],
    ],
    [
      'range target',
      run(naik, { min: 90, max: 99 }, { rekaman: 10, salah: 0 }),
      [['TARGET_NOT_POSITIVE', 'target']],
    ],
    ['zero target', run(naik, 0, { rekaman: 10, salah: 0 }), [['TARGET_NOT_POSITIVE', 'target']]],
    [
      'target and realisasi issues together',
      run(naik, -5, { rekaman: 10, salah: 11 }),
      [
        ['TARGET_NOT_POSITIVE', 'target'],
        ['MORE_THAN_TOTAL', 'data.salah'],
      ],
    ],
  ])('%s', (_name, out, want) => {
    expect(cap2(out)).toEqual(want);
  });

  it('several realisasi issues are all reported', () => {
    const many = defineRatioIndicator({
      ...spec,
      id: 'uji.banyak',
      realisasi: (_c, _d, at) => [
        M.issue('MORE_THAN_TOTAL', at('a'), {}),
        M.issue('MORE_THAN_TOTAL', at('b'), {}),
      ],
    });
    expect(cap2(run(many, 98, { rekaman: 1, salah: 0 }))).toEqual([
      ['MORE_THAN_TOTAL', 'data.a'],
      ['MORE_THAN_TOTAL', 'data.b'],
    ]);
  });

  it('traces the counts, the formula with its numbers and the note', () => {
    const tracer = createTracer(true);
    const withNote = defineRatioIndicator({
      ...spec,
      id: 'uji.catatan',
      polarity: 'LOWER_IS_BETTER',
      note: t('kebijakan lokal', 'local policy'),
    });
    withNote.capaian(dec, iki(98, { rekaman: 1200, salah: 6 }), { path: PATH, tracer });
    expect(tracer.steps).toHaveLength(1);
    expect(tracer.steps[0]).toMatchObject({
      rule: 'indikator.uji.catatan.capaian',
      path: 'skp.rencanaHasilKerja[0].indikator[2]',
      kind: 'reading',
      inputs: {
        rekaman: 1200,
        salah: 6,
        realisasi: '99.5',
        target: '98',
        polaritas: 'LOWER_IS_BETTER',
      },
    });
    expect(tracer.steps[0]?.explanation?.en).toBe(
      'Realisasi = 99.50; smaller is better: capaian = (1 + (1 − 99.50 / 98)) × 100% = 98.47% (floored at 0%; local policy).',
    );
  });

  it('the float backend equals decimal or refuses', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100000 }),
        fc.nat(100000),
        fc.integer({ min: 1, max: 200 }),
        fc.boolean(),
        (n, e, target, lower) => {
          const type = lower ? turun : naik;
          const x = iki(target, { rekaman: n, salah: Math.min(e, n) });
          const d = type.capaian(dec, x, { path: [], tracer: NO_TRACE });
          let got: string | undefined;
          try {
            const f = type.capaian(floatCalculator, x, { path: [], tracer: NO_TRACE });
            got = f.ok ? floatCalculator.roundToFixed(f.capaian, 2, 'HALF_UP') : undefined;
          } catch (err) {
            expect(err).toBeInstanceOf(Undecidable);
            return;
          }
          expect(got).toBe(d.ok ? dec.roundToFixed(d.capaian, 2, 'HALF_UP') : undefined);
        },
      ),
    );
  });
});

describe('percentRealisasi', () => {
  it('part / whole × 100 with its counts and formula', () => {
    const m = percentRealisasi(dec, 1194, 1200, t('Akurasi', 'Accuracy'));
    expect(m.value.toString()).toBe('99.5');
    expect(m.inputs).toEqual({ part: 1194, whole: 1200 });
    expect(m.describe?.()).toEqual({
      id: 'Akurasi = 1194 / 1200 × 100% = 99.50%',
      en: 'Accuracy = 1194 / 1200 × 100% = 99.50%',
    });
  });
});

describe('capaianPerIki', () => {
  it('keys by IKI id or position, skips what cannot be computed, never throws', () => {
    const row = {
      pegawai: { nip: '199001012015011001', nama: 'Sari', jabatan: { jenis: 'PELAKSANA' } },
      periode: { jenis: 'TAHUNAN', mulai: '2025-01-01', selesai: '2025-12-31' },
      skp: {
        rencanaHasilKerja: [
          {
            rencanaHasilKerja: 'RHK',
            indikator: [
              {
                id: 'akurasi',
                aspek: 'KUALITAS',
                indikator: 'A',
                jenis: 'uji.naik',
                target: 98,
                data: { rekaman: 1200, salah: 6 },
              },
              { aspek: 'KUANTITAS', indikator: 'B', target: 40, realisasi: { jumlah: 38 } },
              {
                aspek: 'KUANTITAS',
                indikator: 'C',
                jenis: 'uji.naik',
                target: 98,
                data: { rekaman: 'x' },
              },
              { aspek: 'KUANTITAS', indikator: 'D', jenis: 'tidak.ada', target: 1 },
            ],
          },
        ],
      },
    };
    expect(capaianPerIki(row, [naik, standarIndicator])).toEqual({
      akurasi: '101.53',
      '0.1': '95.00',
    });
    expect(capaianPerIki(row, [naik, standarIndicator], { dp: 0 })).toEqual({
      akurasi: '102',
      '0.1': '95',
    });
    expect(capaianPerIki('bukan penilaian', [naik])).toEqual({});
  });
});
