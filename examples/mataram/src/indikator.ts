/**
 * Mataram's own indicator types: target achievement, discipline and competency ("metode
 * penilaian kinerja ASN biasanya melibatkan berbagai aspek, seperti pencapaian target, disiplin,
 * dan kompetensi" — seed article "Pengelolaan Sistem Penilaian Kinerja ASN Di Mataram").
 *
 * They are ILLUSTRATIVE local policy derived from that article, not a published regulation;
 * their references carry the status UNCERTAIN.
 */
import {
  type CapaianContext,
  defineMessages,
  defineRatioIndicator,
  type Iki,
  type Issue,
  type LegalRef,
  type RatioIndicatorSpec,
  ref,
  safeParseWith,
  type Text,
  t,
} from '@kinerja/core';
import { z } from 'zod';

const ARTIKEL = 'Artikel "Pengelolaan Sistem Penilaian Kinerja ASN Di Mataram" (BKN Mataram)';

function kebijakanLokal(article: string, note: string): LegalRef {
  return ref('Kebijakan lokal Kota Mataram (ilustrasi)', 'UNCERTAIN', article, {
    source: ARTIKEL,
    note: `Illustrative local policy derived from the seed article, not a published regulation. ${note}`,
  });
}

/**
 * Messages of the Mataram indicator types, in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * MATARAM_MESSAGES.issue('NO_OUTPUTS', ['data', 'keluaran'], {}).message.id;
 * // 'Daftar keluaran kosong; pencapaian target tidak dapat dihitung'
 * ```
 */
export const MATARAM_MESSAGES = defineMessages({
  DATA_MISSING: {
    id: (p: { jenis: string }) => `IKI jenis "${p.jenis}" membutuhkan data pada iki.data`,
    en: (p: { jenis: string }) => `An IKI of type "${p.jenis}" needs its data in iki.data`,
  },
  MORE_THAN_TOTAL: {
    id: (p: { bagian: string; total: string }) =>
      `Nilai ${p.bagian} tidak boleh melebihi ${p.total}`,
    en: (p: { bagian: string; total: string }) => `${p.bagian} must not exceed ${p.total}`,
  },
  NO_OUTPUTS: {
    id: () => 'Daftar keluaran kosong; pencapaian target tidak dapat dihitung',
    en: () => 'The list of outputs is empty; target achievement cannot be computed',
  },
});
const M = MATARAM_MESSAGES;

const DecimalNonNeg = z.number().nonnegative();

/**
 * `mataram.pencapaianTarget`: the planned outputs with their target and realisasi.
 *
 * @example
 * ```ts
 * PencapaianTargetSchema.safeParse({ keluaran: [{ nama: 'Laporan', target: 12, realisasi: 10 }] }).success; // true
 * ```
 */
export const PencapaianTargetSchema = z.strictObject({
  keluaran: z.array(
    z.strictObject({
      nama: z.string().min(1),
      target: z.number().int().positive(),
      realisasi: z.number().int().nonnegative(),
    }),
  ),
});
export type PencapaianTargetData = z.infer<typeof PencapaianTargetSchema>;
/**
 * `mataram.disiplin`: required working hours and the hours not fulfilled (e-absensi).
 *
 * @example
 * ```ts
 * DisiplinSchema.safeParse({ jamKerjaWajib: 1845, jamTidakTerpenuhi: 12.5 }).success; // true
 * ```
 */
export const DisiplinSchema = z.strictObject({
  jamKerjaWajib: z.number().positive(),
  /** Cumulative hours late, left early or absent without leave. */
  jamTidakTerpenuhi: DecimalNonNeg,
});
export type DisiplinData = z.infer<typeof DisiplinSchema>;
/**
 * `mataram.kompetensi`: hours (jam pelajaran, JP) of competency development this year.
 *
 * @example
 * ```ts
 * KompetensiSchema.safeParse({ jpPengembangan: 14 }).success; // true
 * ```
 */
export const KompetensiSchema = z.strictObject({ jpPengembangan: DecimalNonNeg });
export type KompetensiData = z.infer<typeof KompetensiSchema>;

type Parsed<P> = { ok: true; data: P } | { ok: false; issues: Issue[] };

/**
 * Validates `iki.data` with the type's schema (issues at `…indikator[j].data`), never throws.
 *
 * @example
 * ```ts
 * const r = bacaData('mataram.kompetensi', KompetensiSchema, iki, { path: ['skp', 'rencanaHasilKerja', 0, 'indikator', 2] });
 * if (!r.ok) r.issues[0]?.path; // […, 'data', 'jpPengembangan'] for { jpPengembangan: -4 }
 * ```
 */
export function bacaData<P>(
  jenis: string,
  schema: z.ZodType<P>,
  iki: Iki,
  ctx: Pick<CapaianContext, 'path'>,
): Parsed<P> {
  const at = [...ctx.path, 'data'];
  if (iki.data === undefined)
    return { ok: false, issues: [M.issue('DATA_MISSING', at, { jenis })] };
  const r = safeParseWith(schema, iki.data, at);
  return r.success ? { ok: true, data: r.data } : { ok: false, issues: r.issues };
}

/** The local note every trace explanation of these types carries. */
const CATATAN = t('kebijakan lokal Kota Mataram, ilustrasi', 'Mataram local policy, illustrative');

/**
 * A Mataram type: the core ratio builder (payload validated, target > 0, capaian = realisasi /
 * target × 100 %, optionally capped) with the local note.
 */
function jenis<P>(label: Text, spec: Omit<RatioIndicatorSpec<P>, 'label' | 'note'>) {
  return defineRatioIndicator<P>({ ...spec, label, note: CATATAN });
}

/**
 * `mataram.pencapaianTarget`: Σ min(realisasi, target) / Σ target × 100 % over the planned
 * outputs — an output delivered above its target does not hide one delivered below; capaian =
 * that percentage / IKI target × 100 %.
 *
 * @example
 * ```ts
 * // outputs 10/12, 4/4, 5/6 → 19 / 22 = 86.36 %; IKI target 100 % → capaian 86.36 %
 * pencapaianTarget.capaian(decimalCalculator, {
 *   aspek: 'KUANTITAS', indikator: 'Pencapaian target', jenis: 'mataram.pencapaianTarget',
 *   target: { jumlah: 100, satuan: '%' },
 *   data: { keluaran: [{ nama: 'A', target: 12, realisasi: 10 }, { nama: 'B', target: 4, realisasi: 4 }, { nama: 'C', target: 6, realisasi: 5 }] },
 * }, { path: [], tracer: NO_TRACE });
 * ```
 */
export const pencapaianTarget = jenis(
  t('Pencapaian target keluaran', 'Output target achievement'),
  {
    id: 'mataram.pencapaianTarget',
    ref: kebijakanLokal(
      'Pencapaian target',
      'Σ min(realisasi, target) / Σ target × 100 % over the planned outputs (each output capped at its own target), against the IKI target.',
    ),
    schema: PencapaianTargetSchema,
    realisasi: (c, d, at) => {
      if (d.keluaran.length === 0) return M.issue('NO_OUTPUTS', at('keluaran'), {});
      let tercapai = 0;
      let target = 0;
      for (const k of d.keluaran) {
        tercapai += Math.min(k.realisasi, k.target);
        target += k.target;
      }
      return {
        value: c.div(c.mul(c.from(tercapai), c.from(100)), c.from(target)),
        inputs: { tercapai, target },
        describe: () =>
          t(
            `Pencapaian target = Σ min(realisasi, target) / Σ target × 100% = ${tercapai} / ${target} × 100%`,
            `Target achievement = Σ min(realisasi, target) / Σ target × 100% = ${tercapai} / ${target} × 100%`,
          ),
      };
    },
  },
);

/**
 * `mataram.disiplin`: share of the required working hours fulfilled = (jamKerjaWajib −
 * jamTidakTerpenuhi) / jamKerjaWajib × 100 %; capaian = that / target × 100 %.
 *
 * @example
 * ```ts
 * // 1845 required hours, 40 not fulfilled → 97.83 %; target 98 % → capaian 99.83 %
 * disiplin.capaian(decimalCalculator, {
 *   aspek: 'KUALITAS', indikator: 'Disiplin', jenis: 'mataram.disiplin', target: 98,
 *   data: { jamKerjaWajib: 1845, jamTidakTerpenuhi: 40 },
 * }, { path: [], tracer: NO_TRACE });
 * ```
 */
export const disiplin = jenis(t('Disiplin jam kerja', 'Working-hours discipline'), {
  id: 'mataram.disiplin',
  ref: kebijakanLokal(
    'Disiplin',
    'Share of required working hours fulfilled, from the attendance system (cumulative hours as counted for PP 94/2021 discipline), against the IKI target.',
  ),
  schema: DisiplinSchema,
  realisasi: (c, d, at) => {
    const wajib = c.from(d.jamKerjaWajib);
    const kurang = c.from(d.jamTidakTerpenuhi);
    if (c.cmp(kurang, wajib) > 0)
      return M.issue('MORE_THAN_TOTAL', at('jamTidakTerpenuhi'), {
        bagian: 'jamTidakTerpenuhi',
        total: 'jamKerjaWajib',
      });
    return {
      value: c.div(c.mul(c.sub(wajib, kurang), c.from(100)), wajib),
      inputs: { jamKerjaWajib: d.jamKerjaWajib, jamTidakTerpenuhi: d.jamTidakTerpenuhi },
      describe: () =>
        t(
          `Disiplin = (${d.jamKerjaWajib} − ${d.jamTidakTerpenuhi}) jam / ${d.jamKerjaWajib} jam × 100%`,
          `Discipline = (${d.jamKerjaWajib} − ${d.jamTidakTerpenuhi}) h / ${d.jamKerjaWajib} h × 100%`,
        ),
    };
  },
});

/**
 * `mataram.kompetensi`: hours of competency development against the yearly target (e.g. 20 JP);
 * capaian = JP / target × 100 %, capped at 100 % (meeting the minimum is the expectation; more
 * hours do not compensate for other indicators).
 *
 * @example
 * ```ts
 * kompetensi.capaian(decimalCalculator, {
 *   aspek: 'KUANTITAS', indikator: 'Pengembangan kompetensi', jenis: 'mataram.kompetensi',
 *   target: { jumlah: 20, satuan: 'JP' }, data: { jpPengembangan: 14 },
 * }, { path: [], tracer: NO_TRACE }); // capaian 70 %
 * ```
 */
export const kompetensi = jenis(t('Pengembangan kompetensi', 'Competency development'), {
  id: 'mataram.kompetensi',
  ref: kebijakanLokal(
    'Kompetensi',
    'Hours (JP) of competency development against the yearly target (the national minimum is 20 JP a year for PNS), capped at 100 %.',
  ),
  schema: KompetensiSchema,
  cap: '100',
  realisasi: (c, d) => ({
    value: c.from(d.jpPengembangan),
    inputs: { jpPengembangan: d.jpPengembangan },
    describe: () =>
      t(
        `Pengembangan kompetensi = ${d.jpPengembangan} JP`,
        `Competency development = ${d.jpPengembangan} JP`,
      ),
  }),
});

/**
 * All Mataram indicator types.
 *
 * @example
 * ```ts
 * extendRuleset(rulesets['permenpanrb-6-2022'], {
 *   id: 'contoh', agency: 'Contoh', indicatorTypes: [...INDIKATOR_MATARAM],
 * });
 * ```
 */
export const INDIKATOR_MATARAM = [pencapaianTarget, disiplin, kompetensi] as const;
