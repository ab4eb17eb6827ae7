import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pmk6Appraisal } from '../../../test/fixtures.js';
import { decimalCalculator as dc } from '../../arith/decimal.js';
import { RATINGS } from '../../codes.js';
import { scoreKernel } from '../../evaluate/kernel.js';
import { type AppraisalInput, AppraisalSchema } from '../../model/appraisal.js';
import { resolveIndicatorTypes } from '../../ruleset/registry.js';
import type { Pmk6Ruleset } from '../../ruleset/types.js';
import { createTracer } from '../../trace/trace.js';
import type { ScoreContext } from '../types.js';
import { scorePmk6Fast } from './fast.js';
import { pmk6Regime } from './index.js';
import { permenpanrb_6_2022 } from './ruleset.js';

function context(): ScoreContext & { warnings: unknown[]; readings: string[] } {
  const warnings: unknown[] = [];
  const readings: string[] = [];
  return {
    tracer: createTracer(false),
    indicatorTypes: new Map(),
    warnings,
    readings,
    warn: (w) => warnings.push(w),
    usedReading: (n) => readings.push(n),
  };
}

const P = permenpanrb_6_2022.params;
const PNS_ONLY: Pmk6Ruleset = {
  ...permenpanrb_6_2022,
  params: { ...P, berlakuUntuk: { ...P.berlakuUntuk, value: ['PNS'] } },
};
const STRICT: Pmk6Ruleset = {
  ...permenpanrb_6_2022,
  params: {
    ...P,
    matriks: {
      ...P.matriks,
      value: {
        ...P.matriks.value,
        DI_ATAS_EKSPEKTASI: {
          ...P.matriks.value.DI_ATAS_EKSPEKTASI,
          SESUAI_EKSPEKTASI: 'SANGAT_BAIK',
        },
      },
    },
  },
};
const BROKEN: Pmk6Ruleset = {
  ...permenpanrb_6_2022,
  params: { ...P, matriks: { ...P.matriks, value: {} as never } },
};

const arbInput = fc.record(
  {
    ratingHasilKerja: fc.constantFrom(...RATINGS),
    ratingPerilaku: fc.constantFrom(...RATINGS),
    jenisAsn: fc.constantFrom('PNS', 'PPPK'),
    kepalaUnit: fc.boolean(),
    predikatOrganisasi: fc.constantFrom('ISTIMEWA', 'BAIK', 'KURANG'),
    skp: fc.constantFrom(
      { rencanaHasilKerja: [] },
      {
        rencanaHasilKerja: [
          {
            rencanaHasilKerja: 'Layanan',
            indikator: [{ aspek: 'KUANTITAS', indikator: 'Dokumen', target: 10, realisasi: 9 }],
          },
        ],
      },
    ),
    perilaku: fc.constant({
      penilaian: [{ penilai: { peran: 'ATASAN' }, nilai: { AKUNTABEL: 'SESUAI_EKSPEKTASI' } }],
    }),
  },
  { requiredKeys: ['jenisAsn'] },
);

describe('PermenPANRB 6/2022 fast path equals the general scorer or steps aside', () => {
  it.each([
    ['national', permenpanrb_6_2022],
    ['PNS only', PNS_ONLY],
    ['agency matrix', STRICT],
    ['invalid matrix', BROKEN],
  ] as const)('random appraisals, ruleset %s', (_name, rs) => {
    let decided = 0;
    fc.assert(
      fc.property(arbInput, ({ jenisAsn, ...rest }) => {
        const a = AppraisalSchema.parse({
          pegawai: {
            nip: '198703122010011002',
            nama: 'S',
            jabatan: { jenis: 'PELAKSANA' },
            jenisAsn,
          },
          periode: { jenis: 'TAHUNAN', mulai: '2024-01-01', selesai: '2024-12-31' },
          ...rest,
        } as AppraisalInput);
        const fast = scorePmk6Fast(a, rs);
        if (fast === undefined) return;
        decided++;
        const ctx = context();
        const ref = pmk6Regime.score(dc, a, rs, ctx);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(ref));
        expect(ctx.warnings).toEqual([]);
        expect(ctx.readings).toEqual([]);
      }),
      { numRuns: 300 },
    );
    if (rs !== BROKEN) expect(decided).toBeGreaterThan(10);
    else expect(decided).toBe(0);
  });
});

describe('PermenPANRB 6/2022 fast path: nine outcomes per matrix', () => {
  const base = AppraisalSchema.parse(pmk6Appraisal);

  it('each cell is one frozen outcome, the same on every call; another matrix has its own', () => {
    for (const h of RATINGS) {
      for (const p of RATINGS) {
        const a = { ...base, ratingHasilKerja: h, ratingPerilaku: p };
        const x = scorePmk6Fast(a, permenpanrb_6_2022);
        const y = scorePmk6Fast({ ...a }, permenpanrb_6_2022);
        expect(x).toBe(y);
        expect(x && Object.isFrozen(x)).toBe(true);
        expect(x?.ok && x.predikat.code).toBe(P.matriks.value[h][p]);
        const z = scorePmk6Fast(a, STRICT);
        expect(z?.ok && z.predikat.code).toBe(STRICT.params.matriks.value[h][p]);
      }
    }
    const cell = {
      ...base,
      ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
      ratingPerilaku: 'SESUAI_EKSPEKTASI',
    } as const;
    const d = scorePmk6Fast(cell, permenpanrb_6_2022);
    const s = scorePmk6Fast(cell, STRICT);
    expect(d?.ok && d.predikat.code).toBe('BAIK');
    expect(s?.ok && s.predikat.code).toBe('SANGAT_BAIK');
  });

  it('the kernel returns the cell itself: built once with the outcome, frozen, nothing allocated per call', () => {
    const types = resolveIndicatorTypes(permenpanrb_6_2022).types;
    for (const h of RATINGS) {
      for (const p of RATINGS) {
        const a = { ...base, ratingHasilKerja: h, ratingPerilaku: p };
        const k = scoreKernel(a, permenpanrb_6_2022, types, false, 'auto');
        expect(scoreKernel({ ...a }, permenpanrb_6_2022, types, false, 'auto')).toBe(k);
        expect(Object.isFrozen(k)).toBe(true);
        expect(k.outcome).toBe(scorePmk6Fast(a, permenpanrb_6_2022));
        expect(k).toMatchObject({ steps: [], warnings: [], backend: 'float' });
        expect(k.readings.size).toBe(0);
        // The decimal reference, traced, decides the same outcome.
        const ref = scoreKernel(a, permenpanrb_6_2022, types, true, 'decimal');
        expect(JSON.stringify(ref.outcome)).toBe(JSON.stringify(k.outcome));
      }
    }
  });
});
