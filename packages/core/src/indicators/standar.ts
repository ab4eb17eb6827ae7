/* The built-in `standar` indicator type: Capaian IKI of PermenPANRB 8/2021 (regulations.md §2.2). */
import type { Calculator, DecimalInput } from '../arith/calculator.js';
import { t } from '../i18n/text.js';
import { defineMessages, formatPath, type Issue, type Path } from '../issues/issue.js';
import { isRange } from '../model/quantity.js';
import type { Iki } from '../model/skp.js';
import { type LegalRef, ref } from '../ruleset/legal.js';
import type { CapaianContext, CapaianOutcome, IndicatorType } from './types.js';

/**
 * How a realisasi that falls inside a range target ("80–90 %") is measured. PermenPANRB
 * 8/2021 only says "above the range use the upper bound, below it use the lower bound".
 * - `SERATUS` (default): inside the range the target is met exactly, capaian = 100 %;
 * - `BATAS_ATAS`: measure against the upper bound (capaian ≤ 100 % inside the range);
 * - `BATAS_BAWAH`: measure against the lower bound (capaian ≥ 100 % inside the range).
 */
export type DalamRentang = 'SERATUS' | 'BATAS_ATAS' | 'BATAS_BAWAH';

/** Options of {@link createStandarIndicator}. */
export interface StandarOptions {
  /** Indicator type id (default `standar`); an agency variant registers under its own id. */
  readonly id?: string;
  /** Reading for a realisasi inside a range target (default `SERATUS`). */
  readonly dalamRentang?: DalamRentang;
}

/**
 * A capaian context that can also report the use of an UNCERTAIN reading. Regimes pass
 * `ctx.usedReading` through it so that the reading shows up as a warning.
 */
export interface StandarCapaianContext extends CapaianContext {
  usedReading?(paramName: string): void;
}

const PERMEN = 'PermenPANRB 8/2021';
const SOURCE_99 = 'http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page99.html';
const SOURCE_110 = 'http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page110.html';

/**
 * Legal references of the three Capaian IKI conditions and of the inside-range reading.
 *
 * @example
 * ```ts
 * STANDAR_REFS.khusus.status; // 'CONFIRMED'
 * ```
 */
export const STANDAR_REFS = {
  normal: ref(PERMEN, 'CONFIRMED', 'Lampiran hlm. 99 (kondisi normal)', { source: SOURCE_99 }),
  khusus: ref(PERMEN, 'CONFIRMED', 'Lampiran hlm. 99 dan 110 (kondisi khusus)', {
    source: SOURCE_110,
    note: 'The formula text is garbled in the flipbook; the worked examples prove it: target 7, realisasi 6.5 → 107%; target 8, realisasi 9 → 87.5%.',
  }),
  rentang: ref(PERMEN, 'CONFIRMED', 'Lampiran hlm. 110 (target berupa rentang)', {
    source: SOURCE_110,
  }),
  dalamRentang: ref(PERMEN, 'UNCERTAIN', 'Lampiran hlm. 110 (target berupa rentang)', {
    source: SOURCE_110,
    note: 'The text covers realisasi above and below the range only. Reading: inside the range the target is met, capaian = 100% (configurable with createStandarIndicator({ dalamRentang })).',
  }),
} as const satisfies Record<string, LegalRef>;

/**
 * Messages of the `standar` indicator type, in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * STANDAR_MESSAGES.issue('TARGET_ZERO', ['target'], {}).message.en;
 * // 'The IKI target is 0; capaian (realisasi / target) cannot be computed'
 * ```
 */
export const STANDAR_MESSAGES = defineMessages({
  REALISASI_MISSING: {
    id: () => 'Realisasi IKI belum diisi; capaian tidak dapat dihitung',
    en: () => 'The IKI realisasi is missing; capaian cannot be computed',
  },
  TARGET_ZERO: {
    id: () => 'Target IKI bernilai 0; capaian (realisasi / target) tidak dapat dihitung',
    en: () => 'The IKI target is 0; capaian (realisasi / target) cannot be computed',
  },
  TARGET_NEGATIVE: {
    id: (p: { value: string }) => `Target IKI tidak boleh negatif (diterima ${p.value})`,
    en: (p: { value: string }) => `The IKI target must not be negative (got ${p.value})`,
  },
  REALISASI_NEGATIVE: {
    id: (p: { value: string }) => `Realisasi IKI tidak boleh negatif (diterima ${p.value})`,
    en: (p: { value: string }) => `The IKI realisasi must not be negative (got ${p.value})`,
  },
  NUMBER_INVALID: {
    id: (p: { value: string }) => `"${p.value}" bukan angka desimal yang valid`,
    en: (p: { value: string }) => `"${p.value}" is not a valid decimal number`,
  },
  RANGE_ORDER: {
    id: () => 'Batas bawah target rentang melebihi batas atas',
    en: () => 'Range target min exceeds max',
  },
  UNIT_MISMATCH: {
    id: (p: { target: string; realisasi: string }) =>
      `Satuan realisasi "${p.realisasi}" berbeda dengan satuan target "${p.target}"`,
    en: (p: { target: string; realisasi: string }) =>
      `The realisasi unit "${p.realisasi}" differs from the target unit "${p.target}"`,
  },
});

const DECIMAL_RE = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)\s*$/;

function amount(x: unknown): DecimalInput | undefined {
  if (typeof x === 'number') return Number.isFinite(x) ? x : undefined;
  if (typeof x === 'string') return DECIMAL_RE.test(x) ? x.trim() : undefined;
  return undefined;
}

function normUnit(s: string): string {
  const u = s.trim().toLowerCase().replace(/\s+/g, ' ');
  return u === 'persen' ? '%' : u;
}

/**
 * Whether a target's and a realisasi's units differ (an `UNIT_MISMATCH` issue): both given and
 * unequal after trimming, lower-casing and folding white space, with `persen` read as `%`.
 * The same string needs no normalising (a batch repeats its units).
 *
 * @example
 * ```ts
 * satuanBerbeda(' Dokumen', 'dokumen'); // false
 * satuanBerbeda('persen', '%'); // false
 * satuanBerbeda('Dokumen', 'Bulan'); // true
 * satuanBerbeda(undefined, 'Bulan'); // false
 * ```
 */
export function satuanBerbeda(target: string | undefined, realisasi: string | undefined): boolean {
  if (target === realisasi || target === undefined || realisasi === undefined) return false;
  return normUnit(target) !== normUnit(realisasi);
}

/**
 * Creates a Capaian IKI indicator type (PermenPANRB 8/2021):
 * - normal condition (a larger realisasi is better): `R / T × 100`;
 * - special condition (`polaritas: 'LOWER_IS_BETTER'`, e.g. time or cost): `(1 + (1 − R / T)) × 100`;
 * - range target: above the range `T` = upper bound, below it `T` = lower bound, inside it
 *   the `dalamRentang` reading (default 100 %).
 *
 * A missing realisasi, a zero or negative target, a negative realisasi or mismatched units
 * are issues at the IKI's path; nothing throws.
 *
 * @example
 * ```ts
 * const batasAtas = createStandarIndicator({ id: 'contoh.standar-batas-atas', dalamRentang: 'BATAS_ATAS' });
 * batasAtas.capaian(decimalCalculator, {
 *   aspek: 'KUALITAS', indikator: 'Akurasi', target: { min: 80, max: 90 }, realisasi: { jumlah: 85 },
 * }, { path: [], tracer: NO_TRACE }); // capaian 94.44…
 * ```
 */
export function createStandarIndicator(options: StandarOptions = {}): IndicatorType {
  const dalamRentang = options.dalamRentang ?? 'SERATUS';
  const isDefaultReading = options.dalamRentang === undefined;
  const id = options.id ?? 'standar';
  // The name under which the inside-range reading is reported (trace parameter, warning).
  const readingName = `${id}.dalamRentang`;
  return {
    id,
    label: t('Indikator standar (capaian IKI)', 'Standard indicator (capaian IKI)'),
    ref: STANDAR_REFS.normal,
    readings: { [readingName]: { value: dalamRentang, isDefault: isDefaultReading } },
    capaian<T>(c: Calculator<T>, iki: Iki, ctx: StandarCapaianContext): CapaianOutcome<T> {
      const issues: Issue[] = [];
      const at = (...p: (string | number)[]): Path => [...ctx.path, ...p];
      const parse = (x: unknown, path: Path): T | undefined => {
        const a = amount(x);
        if (a === undefined) {
          issues.push(STANDAR_MESSAGES.issue('NUMBER_INVALID', path, { value: String(x) }));
          return undefined;
        }
        return c.from(a);
      };
      const zero = c.from(0);

      // Realisasi.
      let r: T | undefined;
      if (iki.realisasi === undefined || iki.realisasi === null) {
        issues.push(STANDAR_MESSAGES.issue('REALISASI_MISSING', at('realisasi'), {}));
      } else {
        r = parse(iki.realisasi.jumlah, at('realisasi'));
        if (r !== undefined && c.cmp(r, zero) < 0) {
          issues.push(
            STANDAR_MESSAGES.issue('REALISASI_NEGATIVE', at('realisasi'), {
              value: String(iki.realisasi.jumlah),
            }),
          );
        }
      }

      // Target: a quantity or a range.
      const target = iki.target;
      let lo: T | undefined;
      let hi: T | undefined;
      if (isRange(target)) {
        lo = parse(target.min, at('target', 'min'));
        hi = parse(target.max, at('target', 'max'));
        if (lo !== undefined && c.cmp(lo, zero) < 0) {
          issues.push(
            STANDAR_MESSAGES.issue('TARGET_NEGATIVE', at('target', 'min'), {
              value: String(target.min),
            }),
          );
        } else if (lo !== undefined && hi !== undefined && c.cmp(lo, hi) > 0) {
          issues.push(STANDAR_MESSAGES.issue('RANGE_ORDER', at('target'), {}));
        }
      } else {
        lo = parse(target.jumlah, at('target'));
        hi = lo;
        if (lo !== undefined) {
          const s = c.cmp(lo, zero);
          if (s === 0) issues.push(STANDAR_MESSAGES.issue('TARGET_ZERO', at('target'), {}));
          if (s < 0) {
            issues.push(
              STANDAR_MESSAGES.issue('TARGET_NEGATIVE', at('target'), {
                value: String(target.jumlah),
              }),
            );
          }
        }
      }

      if (satuanBerbeda(target.satuan, iki.realisasi?.satuan)) {
        issues.push(
          STANDAR_MESSAGES.issue('UNIT_MISMATCH', at('realisasi'), {
            target: target.satuan ?? '',
            realisasi: iki.realisasi?.satuan ?? '',
          }),
        );
      }
      if (issues.length > 0 || r === undefined || lo === undefined || hi === undefined) {
        return { ok: false, issues };
      }

      // Which value plays the role of the target T.
      let tt: T | undefined;
      let bound: 'min' | 'max' = 'max';
      let case_: 'TUNGGAL' | 'DI_ATAS' | 'DI_BAWAH' | 'DALAM' = 'TUNGGAL';
      if (isRange(target)) {
        if (c.cmp(r, hi) > 0) {
          tt = hi;
          case_ = 'DI_ATAS';
        } else if (c.cmp(r, lo) < 0) {
          tt = lo;
          bound = 'min';
          case_ = 'DI_BAWAH';
        } else {
          case_ = 'DALAM';
          ctx.usedReading?.(readingName);
          if (dalamRentang === 'BATAS_ATAS') tt = hi;
          if (dalamRentang === 'BATAS_BAWAH') {
            tt = lo;
            bound = 'min';
          }
        }
        if (tt !== undefined && c.isZero(tt)) {
          return {
            ok: false,
            issues: [STANDAR_MESSAGES.issue('TARGET_ZERO', at('target', bound), {})],
          };
        }
      } else {
        tt = lo;
      }

      const lower = iki.polaritas === 'LOWER_IS_BETTER';
      const hundred = c.from(100);
      let capaian: T;
      if (tt === undefined) {
        capaian = hundred;
      } else {
        // R × 100 / T: multiplying first keeps more float results exact (11 × 100 / 10 = 110).
        const pct = c.div(c.mul(r, hundred), tt);
        capaian = lower ? c.sub(c.from(200), pct) : pct;
      }

      if (!ctx.tracer.enabled) return { ok: true, capaian };

      const s = (x: T) => c.toString(x);
      const f2 = (x: T) => c.toFixed(c.round(x, 2, 'HALF_UP'), 2);
      const rs = s(r);
      const ts = tt === undefined ? '' : s(tt);
      const out = f2(capaian);
      const formula =
        tt === undefined
          ? t(
              `Realisasi ${rs} berada di dalam rentang target ${s(lo)}–${s(hi)}: target tercapai, capaian = 100%`,
              `Realisasi ${rs} lies inside the target range ${s(lo)}–${s(hi)}: the target is met, capaian = 100%`,
            )
          : lower
            ? t(
                `Kondisi khusus (makin kecil makin baik): capaian = (1 + (1 − ${rs} / ${ts})) × 100% = ${out}%`,
                `Special condition (smaller is better): capaian = (1 + (1 − ${rs} / ${ts})) × 100% = ${out}%`,
              )
            : t(
                `Kondisi normal: capaian = ${rs} / ${ts} × 100% = ${out}%`,
                `Normal condition: capaian = ${rs} / ${ts} × 100% = ${out}%`,
              );
      const rangeNote =
        case_ === 'DI_ATAS'
          ? t(
              `Realisasi di atas rentang ${s(lo)}–${s(hi)}, dipakai batas atas ${ts}. `,
              `Realisasi above the range ${s(lo)}–${s(hi)}, the upper bound ${ts} is used. `,
            )
          : case_ === 'DI_BAWAH'
            ? t(
                `Realisasi di bawah rentang ${s(lo)}–${s(hi)}, dipakai batas bawah ${ts}. `,
                `Realisasi below the range ${s(lo)}–${s(hi)}, the lower bound ${ts} is used. `,
              )
            : case_ === 'DALAM' && tt !== undefined
              ? t(
                  `Realisasi di dalam rentang ${s(lo)}–${s(hi)}, dipakai ${dalamRentang === 'BATAS_ATAS' ? 'batas atas' : 'batas bawah'} ${ts} (pilihan konfigurasi). `,
                  `Realisasi inside the range ${s(lo)}–${s(hi)}, the ${dalamRentang === 'BATAS_ATAS' ? 'upper' : 'lower'} bound ${ts} is used (a configured reading). `,
                )
              : t('', '');
      const explanation = t(rangeNote.id + formula.id, rangeNote.en + formula.en);
      const stepRef =
        case_ === 'DALAM'
          ? STANDAR_REFS.dalamRentang
          : lower
            ? STANDAR_REFS.khusus
            : case_ === 'TUNGGAL'
              ? STANDAR_REFS.normal
              : STANDAR_REFS.rentang;
      ctx.tracer.step({
        rule: `indikator.${id}.capaian`,
        title: t('Capaian IKI', 'Capaian IKI (achievement of the indicator)'),
        ref: stepRef,
        path: formatPath(ctx.path),
        inputs: {
          realisasi: rs,
          target: isRange(target) ? { min: s(lo), max: s(hi) } : s(lo),
          polaritas: lower ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER',
          ...(tt !== undefined && isRange(target) ? { targetDipakai: ts } : {}),
        },
        output: s(capaian),
        explanation,
        ...(case_ === 'DALAM'
          ? { parameter: { name: readingName, value: dalamRentang, isDefault: isDefaultReading } }
          : {}),
      });
      return { ok: true, capaian, explanation };
    },
  };
}

/**
 * The built-in `standar` indicator type (PermenPANRB 8/2021 Capaian IKI), with the default
 * inside-range reading (capaian 100 %).
 *
 * @example
 * ```ts
 * const out = standarIndicator.capaian(decimalCalculator, {
 *   aspek: 'WAKTU', indikator: 'Waktu penyelesaian', polaritas: 'LOWER_IS_BETTER',
 *   target: { jumlah: 7, satuan: 'bulan' }, realisasi: { jumlah: '6.5', satuan: 'bulan' },
 * }, { path: [], tracer: NO_TRACE });
 * // out.ok && out.capaian.toFixed(2) === '107.14'
 * ```
 */
export const standarIndicator: IndicatorType = createStandarIndicator();
