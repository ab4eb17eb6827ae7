import type { Issue } from '../../issues/issue.js';
import type { Pp46Ruleset } from '../../ruleset/types.js';
import { validateWeights } from '../../weighting/weights.js';
import { PP46_MESSAGES as M, type ParamReasonPp46 } from './messages.js';

const DECIMAL_RE = /^[-+]?(?:\d+\.?\d*|\.\d+)$/;
const isDec = (x: unknown): x is string => typeof x === 'string' && DECIMAL_RE.test(x);
const isBp = (x: unknown) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 10000;

/**
 * Checks the PP 46 ruleset data the scorer relies on (decimal strings, weights summing to
 * 10000 basis points, ordered bands and tables), so that a bad agency override yields issues
 * under `['ruleset', …]` instead of an exception.
 *
 * @example
 * ```ts
 * import { pp46_2011 } from '@kinerja/core';
 * validateRulesetPp46(pp46_2011); // []
 * ```
 */
export function validateRulesetPp46(rs: Pp46Ruleset): Issue[] {
  const issues: Issue[] = [];
  const p = rs.params;
  const bad = (param: string, alasan: ParamReasonPp46, path = ['ruleset', 'params', param]) =>
    issues.push(M.issue('PP46_PARAM_INVALID', path, { param, alasan }));

  const dp = rs.rounding.value.dp;
  if (!Number.isInteger(dp) || dp < 0 || dp > 8)
    bad('rounding', 'ROUNDING', ['ruleset', 'rounding']);

  for (const name of [
    'nilaiTertimbang',
    'batasEfisiensi',
    'basisCabang2',
    'batasHukdis',
  ] as const) {
    if (!isDec(p[name].value)) bad(name, 'DECIMAL');
  }
  const maks = p.nilaiPerilakuMaks.value;
  if (!isDec(maks)) bad('nilaiPerilakuMaks', 'DECIMAL');
  else if (!(Number(maks) > 0)) bad('nilaiPerilakuMaks', 'NOT_POSITIVE');
  const cap = p.batasAtasKuantitasKualitas.value;
  if (cap !== null && !isDec(cap)) bad('batasAtasKuantitasKualitas', 'DECIMAL');
  for (const v of Object.values(p.kreativitas.value)) {
    if (!isDec(v)) {
      bad('kreativitas', 'DECIMAL');
      break;
    }
  }

  const bobot = p.bobot.value;
  if (!isBp(bobot.SKP) || !isBp(bobot.PERILAKU)) bad('bobot', 'BOBOT');
  else
    issues.push(
      ...validateWeights([bobot.SKP, bobot.PERILAKU], 'SKP/perilaku', [
        'ruleset',
        'params',
        'bobot',
      ]),
    );

  const rater = Object.values(p.bobotPenilai.value);
  if (!rater.every(isBp)) bad('bobotPenilai', 'BOBOT');
  else
    issues.push(
      ...validateWeights(rater, 'penilai perilaku', ['ruleset', 'params', 'bobotPenilai']),
    );

  const rows = p.tugasTambahan.value;
  const rowsOk =
    rows.length > 0 &&
    rows[0]?.min === 0 &&
    rows.every(
      (r, i) =>
        Number.isInteger(r.min) && isDec(r.nilai) && (i === 0 || r.min > (rows[i - 1]?.min ?? 0)),
    );
  if (!rowsOk) bad('tugasTambahan', 'TUGAS_TAMBAHAN');

  const bands = p.sebutan.value;
  let bandsOk = bands.length > 0 && bands[bands.length - 1]?.min === null;
  let prev = Number.POSITIVE_INFINITY;
  bands.forEach((b, i) => {
    if (i === bands.length - 1) return;
    if (!isDec(b.min) || !(Number(b.min) < prev)) bandsOk = false;
    else prev = Number(b.min);
  });
  if (!bandsOk) bad('sebutan', 'BANDS');
  return issues;
}
