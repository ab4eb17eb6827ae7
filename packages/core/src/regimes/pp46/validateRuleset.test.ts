import { describe, expect, it } from 'vitest';
import type { Pp46Ruleset } from '../../ruleset/types.js';
import type { Pp46Params } from './params.js';
import { pp46_2011 } from './ruleset.js';
import { validateRulesetPp46 } from './validateRuleset.js';

describe('validateRulesetPp46', () => {
  it('validates clean', () => {
    expect(validateRulesetPp46(pp46_2011)).toEqual([]);
  });

  const withParam = <K extends keyof Pp46Params>(
    k: K,
    value: Pp46Params[K]['value'],
  ): Pp46Ruleset => ({
    ...pp46_2011,
    params: { ...pp46_2011.params, [k]: { ...pp46_2011.params[k], value } },
  });

  it.each([
    ['bobot', withParam('bobot', { SKP: 6000, PERILAKU: 6000 }), 'WEIGHTS_NOT_100'],
    ['bobot', withParam('bobot', { SKP: 60.5, PERILAKU: 39.5 }), 'PP46_PARAM_INVALID'],
    [
      'bobotPenilai',
      withParam('bobotPenilai', {
        ATASAN: 5000,
        REKAN_KERJA: 0,
        BAWAHAN: 0,
        MASYARAKAT: 0,
        DIRI_SENDIRI: 0,
      }),
      'WEIGHTS_NOT_100',
    ],
    ['nilaiTertimbang', withParam('nilaiTertimbang', '1,76'), 'PP46_PARAM_INVALID'],
    [
      'batasAtasKuantitasKualitas',
      withParam('batasAtasKuantitasKualitas', 'seratus'),
      'PP46_PARAM_INVALID',
    ],
    ['nilaiPerilakuMaks', withParam('nilaiPerilakuMaks', '0'), 'PP46_PARAM_INVALID'],
    [
      'kreativitas',
      withParam('kreativitas', { UNIT_KERJA: '3', ORGANISASI: 'x', NEGARA: '12' }),
      'PP46_PARAM_INVALID',
    ],
    ['tugasTambahan', withParam('tugasTambahan', [{ min: 1, nilai: '1' }]), 'PP46_PARAM_INVALID'],
    [
      'tugasTambahan',
      withParam('tugasTambahan', [
        { min: 0, nilai: '0' },
        { min: 4, nilai: '2' },
        { min: 4, nilai: '3' },
      ]),
      'PP46_PARAM_INVALID',
    ],
    [
      'sebutan',
      withParam('sebutan', [
        { code: 'BAIK', min: '76' },
        { code: 'SANGAT_BAIK', min: '91' },
        { code: 'BURUK', min: null },
      ]),
      'PP46_PARAM_INVALID',
    ],
    ['sebutan', withParam('sebutan', [{ code: 'BAIK', min: '76' }]), 'PP46_PARAM_INVALID'],
  ] as [string, Pp46Ruleset, string][])('rejects a bad %s override (%s)', (name, rs, code) => {
    const issues = validateRulesetPp46(rs);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code, path: ['ruleset', 'params', name], severity: 'error' });
    expect(issues[0]?.message.id).not.toBe(issues[0]?.message.en);
  });

  it('rejects an invalid rounding', () => {
    const rs = {
      ...pp46_2011,
      rounding: { ...pp46_2011.rounding, value: { dp: 12, mode: 'HALF_UP' as const } },
    };
    expect(validateRulesetPp46(rs)[0]).toMatchObject({
      code: 'PP46_PARAM_INVALID',
      path: ['ruleset', 'rounding'],
    });
  });
});
