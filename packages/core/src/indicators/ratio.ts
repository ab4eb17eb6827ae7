/* A builder for the common agency indicator: a realisasi measured from `iki.data`, against the target. */
import type { z } from 'zod';
import { type Calculator, max, min } from '../arith/calculator.js';
import { decimalCalculator } from '../arith/decimal.js';
import { type Text, t } from '../i18n/text.js';
import { defineMessages, formatPath, type Issue, type Path } from '../issues/issue.js';
import { safeParseWith } from '../issues/zod.js';
import { AppraisalSchema } from '../model/appraisal.js';
import { isRange } from '../model/quantity.js';
import type { Iki, Polaritas } from '../model/skp.js';
import type { LegalRef } from '../ruleset/legal.js';
import { NO_TRACE, type TraceValue } from '../trace/trace.js';
import { capaianIki } from './capaian.js';
import type { CapaianContext, CapaianOutcome, IndicatorType } from './types.js';

/**
 * Messages of the indicator types built with {@link defineRatioIndicator}.
 *
 * @example
 * ```ts
 * RATIO_MESSAGES.text('TARGET_NOT_POSITIVE', {}).en;
 * // 'The IKI target must be a single number greater than 0 (not a range)'
 * ```
 */
export const RATIO_MESSAGES = defineMessages({
  DATA_MISSING: {
    id: (p: { jenis: string }) => `IKI jenis "${p.jenis}" membutuhkan data pada iki.data`,
    en: (p: { jenis: string }) => `An IKI of type "${p.jenis}" needs its data in iki.data`,
  },
  TARGET_NOT_POSITIVE: {
    id: () => 'Target IKI harus berupa satu angka lebih dari 0 (bukan rentang)',
    en: () => 'The IKI target must be a single number greater than 0 (not a range)',
  },
});

/** The realisasi a ratio indicator measured from its payload. */
export interface Measured<T> {
  /** The realisasi, in the unit of the IKI target (a percentage, days, a count…). */
  readonly value: T;
  /** The counts behind it, recorded in the trace step's inputs. */
  readonly inputs?: Readonly<Record<string, TraceValue>>;
  /** The realisasi formula with the numbers filled in (called only when tracing). */
  describe?(): Text;
}

/** What {@link defineRatioIndicator} needs. */
export interface RatioIndicatorSpec<P> {
  /** Indicator type id, e.g. `jambi.akurasiData` (IKIs refer to it in `jenis`). */
  readonly id: string;
  readonly label: Text;
  /** Where the indicator comes from (an agency regulation, or `UNCERTAIN` local policy). */
  readonly ref: LegalRef;
  /** Schema of `iki.data`; the payload is required. */
  readonly schema: z.ZodType<P>;
  /**
   * `HIGHER_IS_BETTER` (default): capaian = R / T × 100 %. `LOWER_IS_BETTER` (time, cost):
   * capaian = (1 + (1 − R / T)) × 100 %, at least 0 % — the two conditions of PermenPANRB
   * 8/2021 applied to the locally measured realisasi.
   */
  readonly polarity?: Polaritas;
  /** Highest capaian counted, in percent (e.g. `'100'`); no cap by default. */
  readonly cap?: string;
  /** Appended to the trace explanation, e.g. `t('kebijakan lokal, ilustrasi', 'local policy, illustrative')`. */
  readonly note?: Text;
  /**
   * Measures the realisasi from the validated payload, or returns the issue(s) that prevent it
   * (e.g. errors > records). `at('x')` is the path of `iki.data.x`.
   */
  realisasi<T>(
    c: Calculator<T>,
    data: P,
    at: (...p: (string | number)[]) => Path,
  ): Measured<T> | Issue | readonly Issue[];
}

/**
 * A realisasi that is a share: `part / whole × 100 %` (records without errors, entries on time,
 * days present…), with its counts and formula for the trace. For {@link defineRatioIndicator}.
 *
 * @example
 * ```ts
 * const m = percentRealisasi(decimalCalculator, 1194, 1200, t('Akurasi = benar / rekaman × 100%', 'Accuracy = correct / records × 100%'));
 * m.value.toString(); // '99.5'
 * m.describe?.().en; // 'Accuracy = correct / records × 100% = 1194 / 1200 × 100% = 99.50%'
 * ```
 */
export function percentRealisasi<T>(
  c: Calculator<T>,
  part: number,
  whole: number,
  formula: Text,
): Measured<T> {
  const value = c.div(c.mul(c.from(part), c.from(100)), c.from(whole));
  const shown = () => c.toFixed(c.round(value, 2, 'HALF_UP'), 2);
  return {
    value,
    inputs: { part, whole },
    describe: () =>
      t(
        `${formula.id} = ${part} / ${whole} × 100% = ${shown()}%`,
        `${formula.en} = ${part} / ${whole} × 100% = ${shown()}%`,
      ),
  };
}

const isIssue = (x: unknown): x is Issue =>
  typeof x === 'object' && x !== null && 'code' in x && 'message' in x && 'path' in x;

/**
 * Builds an indicator type whose realisasi is measured from a validated payload (`iki.data`)
 * and compared with the IKI's single, positive target — the scaffolding every agency type
 * repeats: payload missing → `DATA_MISSING`, payload against `schema` → zod issues under
 * `…indikator[j].data`, target not a positive number → `TARGET_NOT_POSITIVE`, then capaian by
 * polarity (optionally capped) with a trace step `indikator.<id>.capaian` that shows the
 * counts, the formula and the numbers. Exact on both backends; never throws for bad data.
 *
 * @example
 * ```ts
 * const akurasi = defineRatioIndicator({
 *   id: 'contoh.akurasi',
 *   label: t('Akurasi data', 'Data accuracy'),
 *   ref: ref('Peraturan Bupati Contoh', 'UNCERTAIN', 'Pasal 5'),
 *   schema: z.strictObject({ rekaman: z.number().int().positive(), salah: z.number().int().nonnegative() }),
 *   realisasi: (c, d, at) =>
 *     d.salah > d.rekaman
 *       ? RATIO_MESSAGES.issue('TARGET_NOT_POSITIVE', at('salah'), {})
 *       : { value: c.div(c.from((d.rekaman - d.salah) * 100), c.from(d.rekaman)), inputs: { ...d } },
 * });
 * // 1200 records, 6 errors → 99.5 %; target 98 % → capaian 101.53 %
 * akurasi.capaian(decimalCalculator, {
 *   aspek: 'KUALITAS', indikator: 'Akurasi', jenis: 'contoh.akurasi', target: 98,
 *   data: { rekaman: 1200, salah: 6 },
 * }, { path: [], tracer: NO_TRACE });
 * ```
 */
export function defineRatioIndicator<P>(spec: RatioIndicatorSpec<P>): IndicatorType<P> {
  const lower = spec.polarity === 'LOWER_IS_BETTER';
  return {
    id: spec.id,
    label: spec.label,
    ref: spec.ref,
    schema: spec.schema,
    capaian<T>(c: Calculator<T>, iki: Iki, ctx: CapaianContext): CapaianOutcome<T> {
      const at = (...p: (string | number)[]): Path => [...ctx.path, 'data', ...p];
      if (iki.data === undefined) {
        return {
          ok: false,
          issues: [RATIO_MESSAGES.issue('DATA_MISSING', at(), { jenis: spec.id })],
        };
      }
      const parsed = safeParseWith(spec.schema, iki.data, at());
      if (!parsed.success) return { ok: false, issues: parsed.issues };
      const issues: Issue[] = [];
      let target: T | undefined;
      if (!isRange(iki.target) && c.cmp(c.from(iki.target.jumlah), c.from(0)) > 0) {
        target = c.from(iki.target.jumlah);
      } else {
        issues.push(RATIO_MESSAGES.issue('TARGET_NOT_POSITIVE', [...ctx.path, 'target'], {}));
      }
      const r = spec.realisasi(c, parsed.data as P, at);
      if (Array.isArray(r)) issues.push(...(r as readonly Issue[]));
      else if (isIssue(r)) issues.push(r);
      if (issues.length > 0 || target === undefined) return { ok: false, issues };
      const m = r as Measured<T>;

      const hundred = c.from(100);
      // R × 100 / T: multiplying first keeps more float results exact.
      const rasio = c.div(c.mul(m.value, hundred), target);
      let capaian = lower ? max(c, c.from(0), c.sub(c.from(200), rasio)) : rasio;
      if (spec.cap !== undefined) capaian = min(c, capaian, c.from(spec.cap));
      if (!ctx.tracer.enabled) return { ok: true, capaian };

      const f2 = (x: T) => c.toFixed(c.round(x, 2, 'HALF_UP'), 2);
      const rs = f2(m.value);
      const ts = c.toString(target);
      const out = f2(capaian);
      const u = m.describe?.() ?? t(`Realisasi = ${rs}`, `Realisasi = ${rs}`);
      const capId = spec.cap === undefined ? '' : `, paling tinggi ${spec.cap}%`;
      const capEn = spec.cap === undefined ? '' : `, capped at ${spec.cap}%`;
      const note = spec.note;
      const formula = lower
        ? t(
            `makin kecil makin baik: capaian = (1 + (1 − ${rs} / ${ts})) × 100%${capId} = ${out}% (paling rendah 0%${note ? `; ${note.id}` : ''})`,
            `smaller is better: capaian = (1 + (1 − ${rs} / ${ts})) × 100%${capEn} = ${out}% (floored at 0%${note ? `; ${note.en}` : ''})`,
          )
        : t(
            `capaian = ${rs} / ${ts} × 100%${capId} = ${out}%${note ? ` (${note.id})` : ''}`,
            `capaian = ${rs} / ${ts} × 100%${capEn} = ${out}%${note ? ` (${note.en})` : ''}`,
          );
      const explanation = t(`${u.id}; ${formula.id}.`, `${u.en}; ${formula.en}.`);
      ctx.tracer.step({
        rule: `indikator.${spec.id}.capaian`,
        title: t(`Capaian IKI ${spec.id}`, `Capaian of IKI ${spec.id}`),
        ref: spec.ref,
        path: formatPath(ctx.path),
        inputs: {
          ...(m.inputs ?? {}),
          realisasi: c.toString(m.value),
          target: ts,
          polaritas: lower ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER',
        },
        output: c.toString(capaian),
        explanation,
      });
      return { ok: true, capaian, explanation };
    },
  };
}

/**
 * The capaian of every IKI of one appraisal, computed directly with the given indicator types
 * on the exact decimal backend (what an employee's dashboard shows, whoever sets the rating):
 * percent rounded half-up to `dp` places (default 2), keyed by the IKI's `id` or by
 * `"<rhk>.<iki>"`. IKIs whose type is not given, whose payload is invalid or whose capaian
 * cannot be computed are left out; an input that is not an appraisal gives `{}`. Never throws.
 *
 * @example
 * ```ts
 * capaianPerIki(row, [akurasi, standarIndicator]); // { akurasi: '101.53', '0.1': '95.00' }
 * ```
 */
export function capaianPerIki(
  appraisal: unknown,
  types: Iterable<IndicatorType>,
  options: { readonly dp?: number } = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  const parsed = AppraisalSchema.safeParse(appraisal);
  if (!parsed.success) return out;
  const byId = new Map<string, IndicatorType>();
  for (const x of types) byId.set(x.id, x);
  const dp = options.dp ?? 2;
  const c = decimalCalculator;
  parsed.data.skp?.rencanaHasilKerja.forEach((rhk, i) => {
    rhk.indikator.forEach((iki, j) => {
      const type = byId.get(iki.jenis ?? 'standar');
      if (type === undefined) return;
      const r = capaianIki(c, type, iki, {
        path: ['skp', 'rencanaHasilKerja', i, 'indikator', j],
        tracer: NO_TRACE,
      });
      if (r.ok) out[iki.id ?? `${i}.${j}`] = c.toFixed(c.round(r.capaian, dp, 'HALF_UP'), dp);
    });
  });
  return out;
}
