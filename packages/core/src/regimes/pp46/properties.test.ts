import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Calculator, Undecidable } from '../../arith/calculator.js';
import { type Dec, decimalCalculator as dc } from '../../arith/decimal.js';
import { floatCalculator as fl } from '../../arith/float.js';
import type { Appraisal } from '../../model/appraisal.js';
import type { Pp46Ruleset } from '../../ruleset/types.js';
import type { RegimeOutcome } from '../types.js';
import { capaianWaktuPp46 } from './efisiensi.js';
import { pp46Regime } from './index.js';
import { pp46_2011 } from './ruleset.js';
import { sebutanPp46 } from './sebutan.js';
import { appraisal, context, kegiatan, nilaiPerilaku } from './test-fixtures.js';

const P = pp46_2011.params;
const RTC: Pp46Ruleset = {
  ...pp46_2011,
  params: { ...P, batasSebutan: { ...P.batasSebutan, value: 'ROUND_THEN_COMPARE' } },
};
const RUNS = { numRuns: 300 };

/** A decimal string with `dp` places from an integer count of units (no float on the way). */
const dec = (units: number, dp = 2) => {
  if (dp === 0) return String(units);
  const s = String(Math.abs(units)).padStart(dp + 1, '0');
  return `${units < 0 ? '-' : ''}${s.slice(0, -dp)}.${s.slice(-dp)}`;
};
const arbDec = (min: number, max: number, dp = 2) =>
  fc.integer({ min, max }).map((n) => dec(n, dp));

/** Runs on the float backend; `undefined` when it refused to decide. */
function onFloat<R>(f: () => R): R | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof Undecidable) return undefined;
    throw e;
  }
}

function score<T>(c: Calculator<T>, a: Appraisal, rs: Pp46Ruleset): RegimeOutcome {
  return pp46Regime.score(c, a, rs, context(false));
}

/** Float equals decimal, or refuses. Returns whether it decided. */
function agree(a: Appraisal, rs: Pp46Ruleset = pp46_2011): boolean {
  const d = score(dc, a, rs);
  const f = onFloat(() => score(fl, a, rs));
  if (f !== undefined) expect(f).toEqual(d);
  return f !== undefined;
}

const waktuStr = <T>(c: Calculator<T>, tw: string, rw: string) => {
  const r = capaianWaktuPp46(c, c.from(tw), c.from(rw), P);
  return { n: c.toFixed(c.round(r.nilai, 2, 'HALF_UP'), 2), cabang: r.cabang };
};

describe('waktu/biaya formula: float equals decimal or throws Undecidable', () => {
  it('random targets and realisasi', () => {
    let decided = 0;
    fc.assert(
      fc.property(arbDec(1, 100000), arbDec(0, 300000), (tw, rw) => {
        const d = waktuStr(dc, tw, rw);
        const f = onFloat(() => waktuStr(fl, tw, rw));
        if (f) {
          decided++;
          expect(f).toEqual(d);
        }
      }),
      RUNS,
    );
    expect(decided).toBeGreaterThan(RUNS.numRuns * 0.9);
  });

  it('adversarial: R = 0.76 × T lands exactly on E = 24 → 100.00 on decimal, never 76 on float', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000000 }),
        fc.integer({ min: 0, max: 3 }),
        (units, dp) => {
          const tw = dec(units, dp);
          const rw = dc.toString(dc.mul(dc.from('0.76'), dc.from(tw)));
          const d = waktuStr(dc, tw, rw);
          expect(d).toEqual({ n: '100.00', cabang: 1 });
          const f = onFloat(() => waktuStr(fl, tw, rw));
          if (f) expect(f).toEqual(d);
        },
      ),
      RUNS,
    );
  });

  it('adversarial: one unit of the last decimal around the edge', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.constantFrom(-1, 1), (units, sign) => {
        const tw = dec(units, 2);
        // R = 0.76 T ± 10^-6 : just inside rumus 1 (−) or just inside rumus 2 (+)
        const rw = dc.toString(dc.add(dc.mul(dc.from('0.76'), dc.from(tw)), dc.from(sign * 1e-6)));
        const d = waktuStr(dc, tw, rw);
        expect(d.cabang).toBe(sign < 0 ? 2 : 1);
        const f = onFloat(() => waktuStr(fl, tw, rw));
        if (f) expect(f).toEqual(d);
      }),
      RUNS,
    );
  });
});

describe('invariants of the waktu formula', () => {
  it('rumus 1 (R ≥ 0.76 T) decreases as R grows; rumus 2 grows with R; nothing exceeds 100', () => {
    fc.assert(
      fc.property(
        arbDec(1, 10000),
        fc.integer({ min: 0, max: 30000 }),
        fc.integer({ min: 1, max: 500 }),
        (tw, a, step) => {
          const T = dc.from(tw);
          const r1 = dc.div(dc.mul(T, dc.from(a)), dc.from(10000)); // 0 … 3 T
          const r2 = dc.add(r1, dc.div(dc.mul(T, dc.from(step)), dc.from(10000)));
          const x = capaianWaktuPp46(dc, T, r1, P);
          const y = capaianWaktuPp46(dc, T, r2, P);
          if (x.cabang === 1 && y.cabang === 1)
            expect(dc.cmp(x.nilai, y.nilai)).toBeGreaterThanOrEqual(0);
          if (x.cabang === 2 && y.cabang === 2)
            expect(dc.cmp(x.nilai, y.nilai)).toBeLessThanOrEqual(0);
          expect(dc.cmp(x.nilai, dc.from(100))).toBeLessThanOrEqual(0);
          expect(dc.cmp(x.nilai, dc.from(0))).toBeGreaterThanOrEqual(0);
        },
      ),
      RUNS,
    );
  });
});

describe('sebutan at band edges: float equals decimal or throws Undecidable', () => {
  const EDGES = ['91', '76', '61', '51'];
  const DELTAS = [
    '0',
    '0.01',
    '-0.01',
    '0.005',
    '-0.005',
    '0.004999',
    '-0.004999',
    '1e-12',
    '-1e-12',
  ];
  it.each([
    ['LOWER_INCLUSIVE', pp46_2011],
    ['ROUND_THEN_COMPARE', RTC],
  ] as const)('%s', (_mode, rs) => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EDGES),
        fc.constantFrom(...DELTAS),
        fc.integer({ min: 1, max: 999 }),
        (edge, delta, k) => {
          // x = edge + delta, reached through a division so that floats carry an error bound
          const num = (c: Calculator<unknown>) =>
            c.div(c.mul(c.add(c.from(edge), c.from(Number(delta))), c.from(k)), c.from(k));
          const d = sebutanPp46(dc, num(dc as Calculator<unknown>) as Dec, rs.params, 2).code;
          const f = onFloat(
            () => sebutanPp46(fl, num(fl as Calculator<unknown>) as never, rs.params, 2).code,
          );
          if (f !== undefined) expect(f).toBe(d);
        },
      ),
      RUNS,
    );
  });
});

describe('whole appraisals: float equals decimal or throws Undecidable', () => {
  const arbKegiatan = fc.record({
    tq: fc.integer({ min: 1, max: 500 }),
    rq: fc.integer({ min: 0, max: 700 }),
    rk: fc.integer({ min: 0, max: 100 }),
    tw: arbDec(100, 1200),
    rw: arbDec(0, 2400),
    biaya: fc.option(
      fc.tuple(fc.integer({ min: 0, max: 9000000 }), fc.integer({ min: 0, max: 12000000 })),
      { nil: undefined },
    ),
  });
  const arbAppraisal = fc
    .record({
      kegiatan: fc.array(arbKegiatan, { minLength: 1, maxLength: 4 }),
      perilaku: fc.array(arbDec(0, 10000), { minLength: 6, maxLength: 6 }),
      struktural: fc.boolean(),
      tugas: fc.nat({ max: 9 }),
      kreativitas: fc.subarray(['UNIT_KERJA', 'ORGANISASI', 'NEGARA'] as const),
    })
    .map((r) =>
      appraisal({
        pegawai: {
          nip: '198703122010011002',
          nama: 'X',
          jabatan: { jenis: r.struktural ? 'PENGAWAS' : 'PELAKSANA' },
        },
        skp: {
          rencanaHasilKerja: r.kegiatan.map((k) =>
            kegiatan({
              kuantitas: [k.tq, k.rq],
              kualitas: [100, k.rk],
              waktu: [k.tw, k.rw],
              ...(k.biaya ? { biaya: k.biaya } : {}),
            }),
          ),
          tugasTambahan: Array.from({ length: r.tugas }, (_, i) => ({ uraian: `T${i}` })),
          kreativitas: r.kreativitas.map((tingkat) => ({ uraian: tingkat, tingkat })),
        },
        perilaku: {
          penilaian: [
            {
              penilai: { peran: 'ATASAN' },
              nilai: {
                ORIENTASI_PELAYANAN: r.perilaku[0] ?? '0',
                INTEGRITAS: r.perilaku[1] ?? '0',
                KOMITMEN: r.perilaku[2] ?? '0',
                DISIPLIN: r.perilaku[3] ?? '0',
                KERJA_SAMA: r.perilaku[4] ?? '0',
                ...(r.struktural ? { KEPEMIMPINAN: r.perilaku[5] ?? '0' } : {}),
              },
            },
          ],
        },
      }),
    );

  it('random appraisals (both boundary modes)', () => {
    let decided = 0;
    fc.assert(
      fc.property(arbAppraisal, fc.boolean(), (a, rtc) => {
        if (agree(a, rtc ? RTC : pp46_2011)) decided++;
      }),
      RUNS,
    );
    // the fast path must actually be fast: most random appraisals are decided on floats
    expect(decided).toBeGreaterThan(RUNS.numRuns * 0.5);
  });

  /**
   * Adversarial: SKP is an integer (100 + q + 76) / 3 plus bonuses, and the perilaku is solved
   * so that the prestasi kerja lands exactly on a band edge (± a tiny delta).
   */
  it('appraisals built to land exactly on 91 / 76 / 61 / 51', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }).map((m) => 64 + 3 * m), // q ≡ 1 (mod 3): SKP integer
        fc.nat({ max: 7 }),
        fc.constantFrom('91', '76', '61', '51'),
        fc.constantFrom('0', '0.005', '-0.005', '0.0001', '-0.0001'),
        fc.boolean(),
        (q, tugas, edge, delta, rtc) => {
          const skp = dc.add(
            dc.div(dc.from(176 + q), dc.from(3)),
            dc.from(tugas === 0 ? 0 : tugas < 4 ? 1 : tugas < 7 ? 2 : 3),
          );
          // 0.6 SKP + 0.4 P = edge + delta → P = (edge + delta − 0.6 SKP) / 0.4
          const p = dc.div(
            dc.sub(dc.add(dc.from(edge), dc.from(delta)), dc.mul(dc.from('0.6'), skp)),
            dc.from('0.4'),
          );
          fc.pre(dc.cmp(p, dc.from(0)) >= 0 && dc.cmp(p, dc.from(100)) <= 0);
          const a = appraisal({
            skp: {
              rencanaHasilKerja: [
                kegiatan({ kuantitas: [12, 12], kualitas: [100, q], waktu: [12, 12] }),
              ],
              tugasTambahan: Array.from({ length: tugas }, (_, i) => ({ uraian: `T${i}` })),
            },
            perilaku: {
              penilaian: [{ penilai: { peran: 'ATASAN' }, nilai: nilaiPerilaku(dc.toString(p)) }],
            },
          });
          const out = score(dc, a, rtc ? RTC : pp46_2011);
          if (!out.ok) throw new Error(JSON.stringify(out.issues));
          if (delta === '0') expect(out.nilai.prestasiKerja).toBe(`${edge}.00`);
          agree(a, rtc ? RTC : pp46_2011);
        },
      ),
      RUNS,
    );
  });

  it('appraisals whose nilai SKP is exactly 50 (E = 24 kegiatan + one not carried out)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 0, max: 2 }),
        (units, dp) => {
          const tw = dec(units, dp);
          const rw = dc.toString(dc.mul(dc.from('0.76'), dc.from(tw)));
          const a = appraisal({
            skp: {
              rencanaHasilKerja: [
                kegiatan({ kuantitas: [10, 0], waktu: [tw, tw] }),
                kegiatan({ kuantitas: [10, 10], kualitas: [100, 100], waktu: [tw, rw] }),
              ],
            },
          });
          const out = score(dc, a, pp46_2011);
          expect(out.ok && [out.nilai.skp, out.flags?.hukumanDisiplin]).toEqual(['50.00', false]);
          agree(a);
        },
      ),
      RUNS,
    );
  });
});

describe('monotonicity of the whole appraisal', () => {
  it('more tugas tambahan never lowers nilai SKP; a better perilaku never lowers the prestasi', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 9 }),
        fc.nat({ max: 9 }),
        arbDec(0, 10000),
        arbDec(0, 10000),
        (t1, t2, p1, p2) => {
          const mk = (tugas: number, per: string) =>
            score(
              dc,
              appraisal({
                skp: {
                  rencanaHasilKerja: [kegiatan({ kuantitas: [12, 10], waktu: [12, 11] })],
                  tugasTambahan: Array.from({ length: tugas }, (_, i) => ({ uraian: `T${i}` })),
                },
                perilaku: {
                  penilaian: [{ penilai: { peran: 'ATASAN' }, nilai: nilaiPerilaku(per) }],
                },
              }),
              pp46_2011,
            );
          const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const [plo, phi] = Number(p1) <= Number(p2) ? [p1, p2] : [p2, p1];
          const a = mk(lo, plo);
          const b = mk(hi, phi);
          if (!a.ok || !b.ok) throw new Error('not ok');
          expect(Number(a.nilai.skp)).toBeLessThanOrEqual(Number(b.nilai.skp));
          expect(Number(a.nilai.prestasiKerja)).toBeLessThanOrEqual(Number(b.nilai.prestasiKerja));
        },
      ),
      { numRuns: 200 },
    );
  });
});
