/**
 * The small values every result carries — a predikat, a 6/2022 rating, PP 46's consequence
 * flags — as one frozen object per distinct value, shared by every result that has it. A
 * result is a read-only value (its types say so); freezing the shared parts makes an attempt
 * to change one in place fail loudly (a `TypeError` in strict code) instead of changing other
 * results. Batch scoring then allocates none of them: the PermenPANRB 6/2022 fast path returns
 * one of nine outcomes per matrix without allocating.
 *
 * @internal
 */
import {
  LABELS,
  type PredikatPegawai,
  type PredikatPp30,
  type Rating,
  type SebutanPp46,
} from '../codes.js';
import type { Text } from '../i18n/text.js';
import type { PredikatScale, RatingSource } from './types.js';

/** A result's predikat: code, scale and the regulation's label. */
export interface PredikatValue<C extends string = string, S extends PredikatScale = PredikatScale> {
  readonly code: C;
  readonly scale: S;
  readonly label: Text;
}

function predikatTable<C extends string, S extends PredikatScale>(
  scale: S,
  labels: Readonly<Record<C, Text>>,
): Readonly<Record<C, PredikatValue<C, S>>> {
  const out = Object.create(null) as Record<C, PredikatValue<C, S>>;
  for (const code of Object.keys(labels) as C[]) {
    out[code] = Object.freeze({ code, scale, label: labels[code] });
  }
  return Object.freeze(out);
}

const PP46 = predikatTable('PP46', LABELS.sebutanPp46);
const PP30 = predikatTable('PP30', LABELS.predikatPp30);
const PMK6 = predikatTable('PMK6', LABELS.predikatPegawai);

/**
 * A code outside the scale (only a ruleset built around its types can carry one): the value
 * it always had, code and scale without a label, not shared.
 */
function unknownCode<C extends string, S extends PredikatScale>(
  code: C,
  scale: S,
): PredikatValue<C, S> {
  return Object.freeze({ code, scale, label: undefined as unknown as Text });
}

/** The shared PP 46/2011 sebutan value of `code`. */
export function predikatPp46(code: SebutanPp46): PredikatValue<SebutanPp46, 'PP46'> {
  return PP46[code] ?? unknownCode(code, 'PP46');
}

/** The shared PP 30/2019 predikat value of `code`. */
export function predikatPp30(code: PredikatPp30): PredikatValue<PredikatPp30, 'PP30'> {
  return PP30[code] ?? unknownCode(code, 'PP30');
}

/** The shared PermenPANRB 6/2022 predikat value of `code`. */
export function predikatPmk6(code: PredikatPegawai): PredikatValue<PredikatPegawai, 'PMK6'> {
  return PMK6[code] ?? unknownCode(code, 'PMK6');
}

/** A 6/2022 result's ratings and where each came from. */
export interface RatingValue {
  readonly hasilKerja: Rating;
  readonly perilaku: Rating;
  readonly sumber: { readonly hasilKerja: RatingSource; readonly perilaku: RatingSource };
}

const RATING_VALUES = new Map<string, RatingValue>();

/** The shared rating value of two ratings and their sources. */
export function ratingValue(
  hasilKerja: Rating,
  perilaku: Rating,
  sumberHasilKerja: RatingSource,
  sumberPerilaku: RatingSource,
): RatingValue {
  const key = `${hasilKerja}|${perilaku}|${sumberHasilKerja}|${sumberPerilaku}`;
  let v = RATING_VALUES.get(key);
  if (v === undefined) {
    v = Object.freeze({
      hasilKerja,
      perilaku,
      sumber: Object.freeze({ hasilKerja: sumberHasilKerja, perilaku: sumberPerilaku }),
    });
    RATING_VALUES.set(key, v);
  }
  return v;
}

const HUKDIS_YA = Object.freeze({ hukumanDisiplin: true });
const HUKDIS_TIDAK = Object.freeze({ hukumanDisiplin: false });

/** PP 46's consequence flags: whether the SKP score calls for a hukuman disiplin review. */
export function flagsPp46(hukumanDisiplin: boolean): { readonly hukumanDisiplin: boolean } {
  return hukumanDisiplin ? HUKDIS_YA : HUKDIS_TIDAK;
}

/** The empty `nilai` of a 6/2022 result without capaian. */
export const NO_NILAI: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Empty parts of a result shared by every result that has them (read-only): no warnings, no
 * trace steps, and no UNCERTAIN reading that decided something.
 */
export const NO_WARNINGS: readonly never[] = Object.freeze([]);
export const NO_STEPS: readonly never[] = NO_WARNINGS;
export const NO_READINGS: ReadonlySet<string> = new Set();
