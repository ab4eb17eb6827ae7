/* Test fixtures of the PP 30/2019 regime (used by the *.test.ts files beside it; not exported). */
import { type Calculator, Undecidable } from '../../arith/calculator.js';
import { decimalCalculator } from '../../arith/decimal.js';
import { floatCalculator } from '../../arith/float.js';
import { standarIndicator } from '../../indicators/standar.js';
import type { IndicatorType } from '../../indicators/types.js';
import type { Warning } from '../../issues/issue.js';
import { type Appraisal, type AppraisalInput, AppraisalSchema } from '../../model/appraisal.js';
import type { IkiInput } from '../../model/skp.js';
import type { Pp30Ruleset } from '../../ruleset/types.js';
import { createTracer, NO_TRACE, type Tracer } from '../../trace/trace.js';
import type { RegimeOutcome, ScoreContext } from '../types.js';
import type { Pp30Params } from './params.js';
import { scorePp30 } from './regime.js';
import { permenpanrb_8_2021 } from './ruleset.js';

/** A ScoreContext that records warnings and readings. */
export function testContext(tracing = false, types: readonly IndicatorType[] = [standarIndicator]) {
  const tracer: Tracer = tracing ? createTracer(true) : NO_TRACE;
  const warnings: Warning[] = [];
  const readings = new Set<string>();
  const ctx: ScoreContext = {
    tracer,
    indicatorTypes: new Map(types.map((x) => [x.id, x])),
    warn: (w) => warnings.push(w),
    usedReading: (name) => readings.add(name),
  };
  return { ctx, tracer, warnings, readings };
}

/** A ruleset with some parameter values replaced (as an agency override would). */
export function withParams(
  overrides: {
    [K in keyof Pp30Params]?: Pp30Params[K]['value'];
  },
): Pp30Ruleset {
  const params = { ...permenpanrb_8_2021.params } as Record<string, unknown>;
  for (const [k, v] of Object.entries(overrides)) {
    const base = params[k] as { value: unknown };
    params[k] = { ...base, value: v, overriddenBy: 'test' };
  }
  return { ...permenpanrb_8_2021, params: params as unknown as Pp30Params };
}

/** An IKI with a plain target. */
export function iki(
  target: IkiInput['target'],
  realisasi: IkiInput['realisasi'],
  extra: Partial<IkiInput> = {},
): IkiInput {
  return { aspek: 'KUANTITAS', indikator: 'Jumlah dokumen', target, realisasi, ...extra };
}

/** An IKI whose capaian is exactly `pct` percent (target 100). */
export function ikiPct(pct: string | number, extra: Partial<IkiInput> = {}): IkiInput {
  return iki(100, { jumlah: pct }, extra);
}

type PenilaianInput = NonNullable<AppraisalInput['perilaku']>['penilaian'][number];

/**
 * One rater scoring every PP 30 aspect with the same value, or with its own value per aspect
 * (`[orientasi pelayanan, komitmen, inisiatif kerja, kerja sama]`, in that order).
 */
export function rater(
  peran: PenilaianInput['penilai']['peran'],
  nilai: number | string | readonly number[],
  kepemimpinan = false,
): PenilaianInput {
  const v = (i: number) => (typeof nilai === 'object' ? (nilai[i] as number) : nilai);
  const aspek: Record<string, number | string> = {
    ORIENTASI_PELAYANAN: v(0),
    KOMITMEN: v(1),
    INISIATIF_KERJA: v(2),
    KERJA_SAMA: v(3),
  };
  if (kepemimpinan) aspek.KEPEMIMPINAN = v(4);
  return { penilai: { peran }, nilai: aspek };
}

/** A valid appraisal (semester 2 of 2021) with the given pieces. */
export function appraisal(input: Partial<AppraisalInput> = {}): Appraisal {
  return AppraisalSchema.parse({
    pegawai: {
      nip: '198703122010011002',
      nama: 'Siti Rahma',
      jabatan: { jenis: 'FUNGSIONAL', jenjang: 'AHLI_PERTAMA' },
    },
    periode: { jenis: 'SEMESTER', mulai: '2021-07-01', selesai: '2021-12-31' },
    skp: {
      rencanaHasilKerja: [{ rencanaHasilKerja: 'Menyusun laporan', indikator: [ikiPct(100)] }],
    },
    perilaku: { penilaian: [rater('ATASAN', 100)] },
    ...input,
  });
}

/** Scores on a backend; the float backend may return `'UNDECIDABLE'`. */
export function scoreOn<T>(
  c: Calculator<T>,
  a: Appraisal,
  rs: Pp30Ruleset = permenpanrb_8_2021,
): RegimeOutcome | 'UNDECIDABLE' {
  try {
    return scorePp30(c, a, rs, testContext().ctx);
  } catch (e) {
    if (e instanceof Undecidable) return 'UNDECIDABLE';
    throw e;
  }
}

/** Scores on decimal (with trace) and on float; returns both. */
export function scoreBoth(a: Appraisal, rs: Pp30Ruleset = permenpanrb_8_2021) {
  const t = testContext(true);
  const decimal = scorePp30(decimalCalculator, a, rs, t.ctx);
  const float = scoreOn(floatCalculator, a, rs);
  return { decimal, float, ...t };
}
