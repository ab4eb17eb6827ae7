import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Calculator, Undecidable } from '../arith/calculator.js';
import { decimalCalculator as c } from '../arith/decimal.js';
import { t } from '../i18n/text.js';
import type { Iki } from '../model/skp.js';
import { ref } from '../ruleset/legal.js';
import { NO_TRACE } from '../trace/trace.js';
import { capaianIki } from './capaian.js';
import { createStandarIndicator, standarIndicator } from './standar.js';
import type { IndicatorType } from './types.js';

const PATH = ['skp', 'rencanaHasilKerja', 0, 'indikator', 1] as const;

/** A type whose capaian is `data.baik / data.total × 100`, with a strict schema. */
const rasio: IndicatorType<{ baik: number; total: number }> = {
  id: 'uji.rasio',
  label: t('Rasio', 'Ratio'),
  ref: ref('Uji', 'UNCERTAIN'),
  schema: z.strictObject({
    baik: z.number().int().nonnegative(),
    total: z.number().int().positive(),
  }),
  capaian<T>(k: Calculator<T>, iki: Iki) {
    const d = iki.data as { baik: number; total: number };
    return { ok: true, capaian: k.div(k.mul(k.from(d.baik), k.from(100)), k.from(d.total)) };
  },
};

const iki = (extra: Partial<Iki>): Iki => ({
  aspek: 'KUANTITAS',
  indikator: 'Uji',
  target: { jumlah: 100 },
  ...extra,
});

describe('capaianIki', () => {
  it.each<
    [
      string,
      IndicatorType,
      Partial<Iki>,
      { stage?: string; capaian?: string; codes?: string[]; paths?: string[][] },
    ]
  >([
    ['valid payload', rasio as IndicatorType, { data: { baik: 3, total: 4 } }, { capaian: '75' }],
    [
      'wrong payload type',
      rasio as IndicatorType,
      { data: { baik: 'tiga', total: 4 } },
      { stage: 'DATA', codes: ['INVALID_TYPE'], paths: [[...PATH.map(String), 'data', 'baik']] },
    ],
    [
      'unknown payload key',
      rasio as IndicatorType,
      { data: { baik: 3, total: 4, lain: 1 } },
      { stage: 'DATA', codes: ['UNKNOWN_KEY'], paths: [[...PATH.map(String), 'data']] },
    ],
    [
      'payload not an object',
      rasio as IndicatorType,
      { data: 42 },
      { stage: 'DATA', codes: ['INVALID_TYPE'], paths: [[...PATH.map(String), 'data']] },
    ],
    [
      'standar: realisasi missing',
      standarIndicator,
      {},
      {
        stage: 'CAPAIAN',
        codes: ['REALISASI_MISSING'],
        paths: [[...PATH.map(String), 'realisasi']],
      },
    ],
    [
      'standar: 11 of 10',
      standarIndicator,
      { target: { jumlah: 10 }, realisasi: { jumlah: 11 } },
      { capaian: '110' },
    ],
  ])('%s', (_name, type, extra, want) => {
    const out = capaianIki(c, type, iki(extra), { path: PATH, tracer: NO_TRACE });
    if (want.capaian !== undefined) {
      expect(out.ok && out.capaian.toString()).toBe(want.capaian);
      return;
    }
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.stage).toBe(want.stage);
    expect(out.issues.map((i) => i.code)).toEqual(want.codes);
    expect(out.issues.map((i) => i.path.map(String))).toEqual(want.paths);
    for (const i of out.issues) {
      expect(i.message.id.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
  });

  it('does not call the capaian function when the payload is invalid', () => {
    let called = 0;
    const spy: IndicatorType = {
      ...(rasio as IndicatorType),
      capaian(k, x, ctx) {
        called++;
        return rasio.capaian(k, x, ctx);
      },
    };
    capaianIki(c, spy, iki({ data: { baik: -1, total: 4 } }), { path: PATH, tracer: NO_TRACE });
    expect(called).toBe(0);
  });

  it('turns an exception of the type into CAPAIAN_FAILED, but lets Undecidable through', () => {
    const boom = (e: unknown): IndicatorType => ({
      ...(rasio as IndicatorType),
      schema: undefined,
      capaian() {
        throw e;
      },
    });
    const out = capaianIki(c, boom(new TypeError('x is undefined')), iki({}), {
      path: PATH,
      tracer: NO_TRACE,
    });
    expect(out).toMatchObject({
      ok: false,
      stage: 'CAPAIAN',
      issues: [{ code: 'CAPAIAN_FAILED', path: PATH, params: { jenis: 'uji.rasio' } }],
    });
    expect(() =>
      capaianIki(c, boom(new Undecidable('cmp')), iki({}), { path: PATH, tracer: NO_TRACE }),
    ).toThrow(Undecidable);
  });

  it('names the readings a type reports after the type', () => {
    const readings: string[] = [];
    const custom: IndicatorType = {
      ...(rasio as IndicatorType),
      capaian(k, x, ctx) {
        ctx.usedReading?.('pembulatan');
        ctx.usedReading?.('uji.rasio.batas');
        return rasio.capaian(k, x, ctx);
      },
    };
    capaianIki(c, custom, iki({ data: { baik: 1, total: 2 } }), {
      path: PATH,
      tracer: NO_TRACE,
      usedReading: (n) => readings.push(n),
    });
    const rentang = createStandarIndicator({ id: 'uji.standar' });
    capaianIki(c, rentang, iki({ target: { min: 80, max: 90 }, realisasi: { jumlah: 85 } }), {
      path: PATH,
      tracer: NO_TRACE,
      usedReading: (n) => readings.push(n),
    });
    expect(readings).toEqual([
      'uji.rasio.pembulatan',
      'uji.rasio.batas',
      'uji.standar.dalamRentang',
    ]);
  });
});
