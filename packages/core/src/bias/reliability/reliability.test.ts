import { describe, expect, it } from 'vitest';
import { icc } from './icc.js';
import { cohenKappa, cohenKappaTable, fleissKappa } from './kappa.js';
import { krippendorffAlpha } from './krippendorff.js';

const _ = null;

describe('ICC — Shrout & Fleiss (1979) Table 2 (methods.md §5.3)', () => {
  const sf = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
  ];
  const r = icc(sf);
  if (!r.ok) throw new Error('expected ok');
  it('mean squares', () => {
    expect(r.bms).toBeCloseTo(11.241667, 6);
    expect(r.wms).toBeCloseTo(6.263889, 6);
    expect(r.jms).toBeCloseTo(32.486111, 6);
    expect(r.ems).toBeCloseTo(1.019444, 6);
    expect(r.satterthwaiteDf).toBeCloseTo(4.785, 3);
  });
  const want: [string, number, number, number, number, number][] = [
    // form, value, lower, upper, F, p
    ['ICC1', 0.165742, -0.1329, 0.7226, 1.7947, 0.16476880834463953],
    ['ICC2', 0.289764, 0.0188, 0.7611, 11.0272, 1.34566516484335e-4],
    ['ICC3', 0.714841, 0.3425, 0.9459, 11.0272, 1.34566516484335e-4],
    ['ICC1k', 0.442797, -0.8844, 0.9124, 1.7947, 0.16476880834463953],
    ['ICC2k', 0.620051, 0.0711, 0.9272, 11.0272, 1.34566516484335e-4],
    ['ICC3k', 0.909316, 0.6757, 0.9859, 11.0272, 1.34566516484335e-4],
  ];
  it.each(want)('%s value, 95%% CI, F and p', (form, v, lo, hi, f, p) => {
    const e = r.estimates.find((x) => x.form === form);
    expect(e).toBeDefined();
    if (!e) return;
    expect(e.value).toBeCloseTo(v, 6);
    expect(e.ciLower).toBeCloseTo(lo, 4);
    expect(e.ciUpper).toBeCloseTo(hi, 4);
    expect(e.f).toBeCloseTo(f, 4);
    expect(Math.abs(e.p - p) / p).toBeLessThan(1e-9);
  });
  it('degrees of freedom', () => {
    const e1 = r.estimates[0];
    const e3 = r.estimates[2];
    expect([e1?.df1, e1?.df2, e3?.df2]).toEqual([5, 18, 15]);
  });
});

describe('ICC — second published example: R irr::icc on the `anxiety` data', () => {
  // irr documentation / pyirr tests/test_icc.py: icc(anxiety, model="twoway", type="agreement")
  // → ICC(A,1) = 0.198, 95 % CI −0.039 < ICC < 0.494 (20 subjects, 3 raters).
  const anxiety = [
    [3, 3, 2],
    [3, 6, 1],
    [3, 4, 4],
    [4, 6, 4],
    [5, 2, 3],
    [5, 4, 2],
    [2, 2, 1],
    [3, 4, 6],
    [5, 3, 1],
    [2, 3, 1],
    [2, 2, 1],
    [6, 3, 2],
    [1, 3, 3],
    [5, 3, 3],
    [2, 2, 1],
    [2, 2, 1],
    [1, 1, 3],
    [2, 3, 3],
    [4, 3, 2],
    [3, 4, 2],
  ];
  it('ICC(A,1) and its Satterthwaite interval', () => {
    const r = icc(anxiety);
    if (!r.ok) throw new Error('expected ok');
    const e = r.estimates.find((x) => x.form === 'ICC2');
    expect(e?.value.toFixed(3)).toBe('0.198');
    expect(e?.ciLower.toFixed(3)).toBe('-0.039');
    expect(e?.ciUpper.toFixed(3)).toBe('0.494');
  });
  it('consistency vs agreement (pyirr test_intraclass_correlation_mtype): 0.695 and 0.108', () => {
    const r1 = [5, 12, 11, 10, 9, 7, 5, 12, 12, 7, 12, 17, 15, 13, 6, 13, 20, 14, 13, 11];
    const r2 = [14, 22, 21, 19, 22, 16, 13, 24, 20, 19, 26, 22, 26, 18, 10, 26, 30, 22, 23, 23];
    const r3 = [27, 31, 29, 29, 32, 23, 29, 28, 30, 28, 31, 35, 34, 32, 30, 29, 39, 37, 33, 29];
    const r = icc(r1.map((x, i) => [x, r2[i] as number, r3[i] as number]));
    if (!r.ok) throw new Error('expected ok');
    expect(r.estimates.find((x) => x.form === 'ICC3')?.value.toFixed(3)).toBe('0.695');
    expect(r.estimates.find((x) => x.form === 'ICC2')?.value.toFixed(3)).toBe('0.108');
  });
  it('perfect consistency (EMS ≈ 0) stays defined: ICC(C,1) = 1, p ≈ 0', () => {
    const r = icc([
      [1, 2],
      [3, 4],
      [6, 7],
    ]);
    if (!r.ok) throw new Error(r.reason);
    const c = r.estimates.find((e) => e.form === 'ICC3');
    expect(c?.value).toBeCloseTo(1, 12);
    expect(c?.p).toBeLessThan(1e-12);
  });
  it('unusable input gives a reason, never a throw', () => {
    expect(icc([[1, 2]])).toEqual({ ok: false, reason: 'TOO_FEW_TARGETS' });
    expect(icc([[1, 2], [3]])).toEqual({ ok: false, reason: 'NOT_RECTANGULAR' });
    expect(icc([[1], [3]])).toEqual({ ok: false, reason: 'TOO_FEW_JUDGES' });
    expect(
      icc([
        [1, Number.NaN],
        [3, 4],
      ]),
    ).toEqual({ ok: false, reason: 'NOT_FINITE' });
    expect(
      icc([
        [2, 2],
        [2, 2],
      ]),
    ).toEqual({ ok: false, reason: 'NO_VARIANCE' });
  });
});

describe("Krippendorff's α", () => {
  // methods.md §5.2 (Wikipedia example, 3 coders × 15 units).
  const wiki = [
    [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
    [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
    [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
  ];
  it('§5.2 all four levels, n and marginals', () => {
    const nom = krippendorffAlpha(wiki, 'nominal');
    expect(nom.alpha).toBeCloseTo(0.691358, 6);
    expect(nom.pairable).toBe(26);
    expect(nom.marginals).toEqual([7, 4, 10, 5]);
    expect(krippendorffAlpha(wiki, 'interval').alpha).toBeCloseTo(0.810845, 6);
    expect(krippendorffAlpha(wiki, 'ordinal').alpha).toBeCloseTo(0.806721, 6);
    expect(krippendorffAlpha(wiki, 'ratio').alpha).toBeCloseTo(0.808944, 6);
  });
  it('Krippendorff (2011) "Computing Krippendorff\'s Alpha-Reliability", 4 observers × 12 units', () => {
    // Published: nominal .743, ordinal .815, interval .849, ratio .797; nominal = 113/152 exactly.
    const k2011 = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    const nom = krippendorffAlpha(k2011, 'nominal');
    expect(nom.alpha).toBeCloseTo(113 / 152, 12);
    expect(nom.units).toBe(11);
    expect(nom.pairable).toBe(40);
    expect(krippendorffAlpha(k2011, 'ordinal').alpha.toFixed(3)).toBe('0.815');
    expect(krippendorffAlpha(k2011, 'interval').alpha.toFixed(3)).toBe('0.849');
    expect(krippendorffAlpha(k2011, 'ratio').alpha.toFixed(3)).toBe('0.797');
  });
  it('ordinal labels in a declared order give the same α as their ranks', () => {
    const labels = ['SANGAT_KURANG', 'KURANG', 'CUKUP', 'BAIK'];
    const s = wiki.map((r) => r.map((x) => (x === null ? null : (labels[x - 1] as string))));
    const a = krippendorffAlpha(s, 'ordinal', { scale: labels });
    expect(a.alpha).toBeCloseTo(0.806721, 6);
    expect(a.values).toEqual(labels);
    expect(krippendorffAlpha(s, 'ordinal', { scale: labels.slice(1) }).reason).toBe(
      'VALUE_NOT_IN_SCALE',
    );
  });
  it('string labels for nominal data', () => {
    const s = wiki.map((r) => r.map((x) => (x === null ? null : `c${x}`)));
    expect(krippendorffAlpha(s, 'nominal').alpha).toBeCloseTo(0.691358, 6);
  });
  it('undefined cases → NaN with a reason', () => {
    const none = krippendorffAlpha(
      [
        [1, _],
        [_, 2],
      ],
      'nominal',
    );
    expect(none.alpha).toBeNaN();
    expect(none.reason).toBe('NO_PAIRABLE_VALUES');
    const same = krippendorffAlpha(
      [
        [3, 3],
        [3, 3],
      ],
      'interval',
    );
    expect(same.alpha).toBeNaN();
    expect(same.reason).toBe('NO_VARIATION');
    expect(
      krippendorffAlpha(
        [
          ['a', 'b'],
          ['a', 'b'],
        ],
        'interval',
      ).reason,
    ).toBe('NON_NUMERIC_VALUE');
  });
  it('perfect agreement gives 1', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 2, 3],
          [1, 2, 3],
        ],
        'ordinal',
      ).alpha,
    ).toBe(1);
  });
});

describe("Cohen's κ", () => {
  // methods.md §5.4: SAS example via statsmodels test_inter_rater.py.
  const sas = [
    [0, 4, 1],
    [0, 8, 0],
    [0, 1, 5],
  ];
  it('unweighted: κ, ASE, CI, H0 ASE, z, p', () => {
    const r = cohenKappaTable(sas);
    if (!r.ok) throw new Error('expected ok');
    expect(r.kappa).toBeCloseTo(0.4841629, 7);
    expect(r.ase).toBeCloseTo(0.138, 4);
    expect(r.ciLower).toBeCloseTo(0.2137, 4);
    expect(r.ciUpper).toBeCloseTo(0.7547, 4);
    expect(r.ase0).toBeCloseTo(0.1484, 4);
    expect(r.z).toBeCloseTo(3.2626, 4);
    expect(r.p).toBeCloseTo(0.0011, 4);
  });
  it('linear and quadratic weights', () => {
    const lin = cohenKappaTable(sas, { weights: 'linear' });
    if (!lin.ok) throw new Error('expected ok');
    expect(lin.kappa).toBeCloseTo(0.4701195, 7);
    expect(lin.ase).toBeCloseTo(0.1457, 4);
    expect(lin.ciLower).toBeCloseTo(0.1845, 4);
    expect(lin.ciUpper).toBeCloseTo(0.7558, 4);
    const quad = cohenKappaTable(sas, { weights: 'quadratic' });
    expect(quad.ok && quad.kappa).toBeCloseTo(0.4501608, 7);
  });
  it('R irr::kappa2 examples (irr docs; pyirr tests/test_kappa2.py)', () => {
    // diagnoses raters 2 and 3, unweighted: κ = 0.631, z = 7.56.
    const r2 = [
      4, 2, 3, 5, 2, 1, 3, 1, 1, 5, 4, 2, 2, 4, 2, 3, 1, 1, 2, 3, 5, 4, 2, 1, 4, 2, 1, 2, 3, 5,
    ];
    const r3 = [
      4, 2, 3, 5, 2, 3, 3, 3, 4, 5, 4, 4, 2, 4, 4, 3, 1, 1, 4, 3, 5, 4, 4, 4, 4, 2, 1, 4, 3, 5,
    ];
    const d = cohenKappa(r2, r3, { categories: [1, 2, 3, 4, 5] });
    if (!d.ok) throw new Error('expected ok');
    expect(d.kappa.toFixed(3)).toBe('0.631');
    expect(d.z.toFixed(2)).toBe('7.56');
    // anxiety raters 1 and 2, squared weights: κ = 0.297, z = 1.34, p = 0.180.
    const a1 = [3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3];
    const a2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4];
    const q = cohenKappa(a1, a2, { categories: [1, 2, 3, 4, 5, 6], weights: 'quadratic' });
    if (!q.ok) throw new Error('expected ok');
    expect(q.kappa.toFixed(3)).toBe('0.297');
    expect(q.z.toFixed(2)).toBe('1.34');
    expect(q.p.toFixed(3)).toBe('0.180');
  });
  it('categories come from the declared scale, not the data', () => {
    // Category 4 is unused: on the declared 1–5 scale 3↔5 is two steps apart, whereas a
    // data-derived level set [1, 2, 3, 5] (as irr::kappa2 builds) would make it one step.
    const a = [1, 2, 3, 5, 1, 2, 5, 3];
    const b = [1, 3, 3, 3, 2, 2, 5, 5];
    const declared = cohenKappa(a, b, { categories: [1, 2, 3, 4, 5], weights: 'linear' });
    const observed = cohenKappa(a, b, { categories: [1, 2, 3, 5], weights: 'linear' });
    if (!declared.ok || !observed.ok) throw new Error('expected ok');
    expect(declared.kappa).not.toBeCloseTo(observed.kappa, 3);
    expect(declared.categories).toEqual([1, 2, 3, 4, 5]);
    expect(cohenKappa([1, 9], [1, 2], { categories: [1, 2, 3] })).toEqual({
      ok: false,
      reason: 'VALUE_NOT_IN_SCALE',
      index: 1,
    });
    expect(cohenKappa([1], [1, 2], { categories: [1, 2] }).ok).toBe(false);
    expect(
      cohenKappaTable([
        [3, 0],
        [0, 0],
      ]),
    ).toEqual({ ok: false, reason: 'NO_VARIATION' });
  });
});

describe("Fleiss' κ", () => {
  it('methods.md §5.5 (Wikipedia): κ = 0.2099307044', () => {
    const r = fleissKappa([
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ]);
    if (!r.ok) throw new Error('expected ok');
    expect(r.kappa).toBeCloseTo(0.2099307044, 10);
    expect(r.meanAgreement).toBeCloseTo(0.378022, 6);
    expect(r.expectedAgreement).toBeCloseTo(0.212755, 6);
    expect(r.perSubject[1]).toBeCloseTo(0.252747, 6);
  });
  it('Fleiss (1971) psychiatric diagnoses, R irr::kappam.fleiss: κ = 0.430, z = 17.652', () => {
    // irr `diagnoses` (30 patients × 6 ratings), aggregated to counts per category 1..5.
    const rows = [
      [4, 4, 4, 4, 4, 4],
      [2, 2, 2, 5, 5, 5],
      [2, 3, 3, 3, 3, 5],
      [5, 5, 5, 5, 5, 5],
      [2, 2, 2, 4, 4, 4],
      [1, 1, 3, 3, 3, 3],
      [3, 3, 3, 3, 5, 5],
      [1, 1, 3, 3, 3, 4],
      [1, 1, 4, 4, 4, 4],
      [5, 5, 5, 5, 5, 5],
      [1, 4, 4, 4, 4, 4],
      [1, 2, 4, 4, 4, 4],
      [2, 2, 2, 3, 3, 3],
      [1, 4, 4, 4, 4, 4],
      [2, 2, 4, 4, 4, 5],
      [3, 3, 3, 3, 3, 5],
      [1, 1, 1, 4, 5, 5],
      [1, 1, 1, 1, 1, 2],
      [2, 2, 4, 4, 4, 4],
      [1, 3, 3, 5, 5, 5],
      [5, 5, 5, 5, 5, 5],
      [2, 4, 4, 4, 4, 4],
      [2, 2, 4, 5, 5, 5],
      [1, 1, 4, 4, 4, 4],
      [1, 4, 4, 4, 4, 5],
      [2, 2, 2, 2, 2, 4],
      [1, 1, 1, 1, 5, 5],
      [2, 2, 4, 4, 4, 4],
      [1, 3, 3, 3, 3, 3],
      [5, 5, 5, 5, 5, 5],
    ];
    const counts = rows.map((r) => [1, 2, 3, 4, 5].map((c) => r.filter((x) => x === c).length));
    const f = fleissKappa(counts);
    if (!f.ok) throw new Error('expected ok');
    expect(f.kappa.toFixed(3)).toBe('0.430');
    expect(f.z.toFixed(3)).toBe('17.652');
    // kappam.fleiss(diagnoses, detail = TRUE)
    expect(f.perCategory.map((k) => k.toFixed(3))).toEqual([
      '0.245',
      '0.245',
      '0.520',
      '0.471',
      '0.566',
    ]);
  });
  it('unequal raters per subject is refused with a reason', () => {
    expect(
      fleissKappa([
        [1, 2],
        [2, 2],
      ]),
    ).toEqual({ ok: false, reason: 'UNEQUAL_RATERS' });
    expect(fleissKappa([])).toEqual({ ok: false, reason: 'EMPTY' });
  });
});
