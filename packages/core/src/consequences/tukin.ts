/* Tunjangan kinerja (tukin) by predikat: per-instansi policies (regulations.md §4.1). */
import type { DecimalInput } from '../arith/calculator.js';
import { decimalCalculator as c, type Dec } from '../arith/decimal.js';
import { LABELS, PREDIKAT_PEGAWAI, type PredikatPegawai } from '../codes.js';
import { type Text, t } from '../i18n/text.js';
import type { Issue, Warning } from '../issues/issue.js';
import { DecimalInputSchema } from '../model/primitives.js';
import { type LegalRef, ref } from '../ruleset/legal.js';
import { createTracer, type TraceStep } from '../trace/trace.js';
import { CONSEQUENCE_MESSAGES as M } from './messages.js';
import { toPredikatPegawai } from './predikat.js';

/**
 * What a predikat does to the tukin: a percent of it is paid, or a percent of it is cut.
 *
 * @example
 * ```ts
 * const r: TukinRule = { kind: 'POTONGAN', persen: '2' }; // Bakamla, Sangat Kurang
 * ```
 */
export type TukinRule =
  | { readonly kind: 'PERSEN_DIBAYAR'; readonly persen: string }
  | { readonly kind: 'POTONGAN'; readonly persen: string };

/**
 * A per-instansi tukin policy. There is no national table: each Kementerian/Lembaga sets its
 * own regulation, so the presets below are agency examples, not defaults.
 *
 * @example
 * ```ts
 * const pemda: TukinPolicy = {
 *   id: 'contoh-pemda',
 *   instansi: 'Pemerintah Kabupaten Contoh',
 *   period: 'BULANAN',
 *   appliesTo: 'BULAN_SAMA',
 *   byPredikat: {
 *     SANGAT_BAIK: { kind: 'POTONGAN', persen: '0' },
 *     BAIK: { kind: 'POTONGAN', persen: '0' },
 *     BUTUH_PERBAIKAN: { kind: 'POTONGAN', persen: '5' },
 *     KURANG: { kind: 'POTONGAN', persen: '10' },
 *     SANGAT_KURANG: { kind: 'POTONGAN', persen: '20' },
 *   },
 *   ref: ref('Perbup Contoh 1/2024', 'CONFIRMED', 'Pasal 7'),
 * };
 * applyTukin(pemda, { predikat: 'KURANG', tunjanganDasar: 4_000_000 }); // dibayar '3600000'
 * ```
 */
export interface TukinPolicy {
  readonly id: string;
  readonly instansi: string;
  /** Which predikat drives the policy: a monthly (periodic) or an annual one. */
  readonly period: 'BULANAN' | 'TAHUNAN';
  /** When the consequence is paid: in the same month, or throughout the following year. */
  readonly appliesTo: 'BULAN_SAMA' | 'TAHUN_BERIKUTNYA';
  readonly byPredikat: Readonly<Record<PredikatPegawai, TukinRule>>;
  readonly ref: LegalRef;
  /**
   * The predikat acts only on this share of the tunjangan (percent, e.g. Kementan's 60 %
   * kinerja component); the rest (e.g. kehadiran) is passed through untouched.
   */
  readonly komponenKinerja?: {
    readonly persen: string;
    readonly ref: LegalRef;
    readonly keterangan?: Text;
  };
  /** The status of the `byPredikat` table when it differs from `ref` (e.g. a placeholder). */
  readonly byPredikatRef?: LegalRef;
  /** What else the regulation says that is not computed here. */
  readonly catatan?: Text;
}

const paid = (persen: string): TukinRule => ({ kind: 'PERSEN_DIBAYAR', persen });
const cut = (persen: string): TukinRule => ({ kind: 'POTONGAN', persen });

/**
 * KLHK — PermenLHK 6/2024 Pasal 19 (CONFIRMED): when the monthly capaian misses its target,
 * the NEXT YEAR's tukin is 90 % (Cukup/Butuh Perbaikan), 85 % (Kurang) or 80 % (Sangat
 * Kurang) of the kelas jabatan amount.
 *
 * @example
 * ```ts
 * applyTukin(tukinKlhk2024, { predikat: 'KURANG', tunjanganDasar: 10_000_000 }); // dibayar '8500000'
 * ```
 */
export const tukinKlhk2024: TukinPolicy = {
  id: 'klhk-permenlhk-6-2024',
  instansi: 'Kementerian Lingkungan Hidup dan Kehutanan',
  period: 'BULANAN',
  appliesTo: 'TAHUN_BERIKUTNYA',
  byPredikat: {
    SANGAT_BAIK: paid('100'),
    BAIK: paid('100'),
    BUTUH_PERBAIKAN: paid('90'),
    KURANG: paid('85'),
    SANGAT_KURANG: paid('80'),
  },
  ref: ref('PermenLHK 6/2024', 'CONFIRMED', 'Pasal 19', {
    source: 'https://pasal.id/en/peraturan/permen/permen-lhk-no-6-tahun-2024/koreksi/6562719',
  }),
  catatan: t(
    'Berlaku bila capaian kinerja dalam 1 bulan tidak mencapai target; persentase dari tunjangan kinerja kelas jabatan pada tahun berikutnya.',
    'Applies when the capaian of a month misses its target; percent of the kelas jabatan tukin in the following year.',
  ),
};

/**
 * Bakamla — Perban 1/2023 Pasal 11 (CONFIRMED): monthly cut of 2 % (Sangat Kurang) or 1 %
 * (Kurang); no cut for Butuh Perbaikan, Baik, Sangat Baik.
 *
 * @example
 * ```ts
 * applyTukin(tukinBakamla2023, { predikat: 'SANGAT_KURANG', tunjanganDasar: '5000000' }); // dibayar '4900000'
 * ```
 */
export const tukinBakamla2023: TukinPolicy = {
  id: 'bakamla-perban-1-2023',
  instansi: 'Badan Keamanan Laut',
  period: 'BULANAN',
  appliesTo: 'BULAN_SAMA',
  byPredikat: {
    SANGAT_BAIK: cut('0'),
    BAIK: cut('0'),
    BUTUH_PERBAIKAN: cut('0'),
    KURANG: cut('1'),
    SANGAT_KURANG: cut('2'),
  },
  ref: ref('Peraturan Bakamla 1/2023', 'CONFIRMED', 'Pasal 11', {
    source:
      'https://pasal.id/en/peraturan/perban/peraturan-bakamla-no-1-tahun-2023/koreksi/8010446',
    note: 'The cut is of the tukin of the tugas/jabatan for the month the capaian is missed; which payroll month carries it is read as the same month.',
  }),
};

/**
 * KLH/BPLH — Permen 6/2025 (CONFIRMED): monthly, of the bobot capaian kinerja: 90 % (perlu
 * perbaikan), 85 % (kurang), 80 % (sangat kurang). Pass the capaian-kinerja amount as
 * `tunjanganDasar`.
 *
 * @example
 * ```ts
 * applyTukin(tukinKlhBplh2025, { predikat: 'BUTUH_PERBAIKAN', tunjanganDasar: 3_000_000 }); // dibayar '2700000'
 * ```
 */
export const tukinKlhBplh2025: TukinPolicy = {
  id: 'klh-bplh-permen-6-2025',
  instansi: 'Kementerian Lingkungan Hidup / Badan Pengendalian Lingkungan Hidup',
  period: 'BULANAN',
  appliesTo: 'BULAN_SAMA',
  byPredikat: {
    SANGAT_BAIK: paid('100'),
    BAIK: paid('100'),
    BUTUH_PERBAIKAN: paid('90'),
    KURANG: paid('85'),
    SANGAT_KURANG: paid('80'),
  },
  ref: ref('PermenLH/Kepala BPLH 6/2025', 'CONFIRMED', undefined, {
    source: 'https://pasal.id/en/peraturan/permen/permenklhbph-no-6-tahun-2025',
  }),
  catatan: t(
    'Persentase dari bobot capaian kinerja ("perlu perbaikan" = 1–5 laporan harian tidak sesuai ekspektasi, "kurang" = 6–10, "sangat kurang" = > 10). Tidak menyampaikan laporan bulanan: potongan 35 %; CPNS menerima 80 % tukin (tidak dihitung di sini).',
    'Percent of the bobot capaian kinerja ("perlu perbaikan" = 1–5 daily reports off expectation, "kurang" = 6–10, "sangat kurang" = > 10). No monthly report: 35 % cut; CPNS receive 80 % of tukin (not computed here).',
  ),
};

/**
 * Kementan — Permentan 20/2025 (CONFIRMED): tukin = 60 % kinerja component + 40 % kehadiran
 * component. The per-predikat percentages of the kinerja component were not verified: the
 * table is a 100 % placeholder and every use warns (`TUKIN_TABLE_PLACEHOLDER`); supply the
 * agency table before using it for payroll.
 *
 * @example
 * ```ts
 * const r = applyTukin(tukinKementan2025, { predikat: 'BAIK', tunjanganDasar: 10_000_000 });
 * // r.ok && r.komponen?.kinerja === '6000000' && r.komponen?.lainnya === '4000000'
 * ```
 */
export const tukinKementan2025: TukinPolicy = {
  id: 'kementan-permentan-20-2025',
  instansi: 'Kementerian Pertanian',
  period: 'BULANAN',
  appliesTo: 'BULAN_SAMA',
  byPredikat: {
    SANGAT_BAIK: paid('100'),
    BAIK: paid('100'),
    BUTUH_PERBAIKAN: paid('100'),
    KURANG: paid('100'),
    SANGAT_KURANG: paid('100'),
  },
  ref: ref('Permentan 20/2025', 'CONFIRMED', undefined, {
    source: 'https://pasal.id/en/peraturan/permen/permentan-no-20-tahun-2025',
  }),
  komponenKinerja: {
    persen: '60',
    ref: ref(
      'Permentan 20/2025',
      'CONFIRMED',
      'Komponen tunjangan kinerja: 60 % kinerja, 40 % kehadiran',
      {
        source: 'https://pasal.id/en/peraturan/permen/permentan-no-20-tahun-2025',
      },
    ),
    keterangan: t(
      '60 % aspek kinerja + 40 % aspek kehadiran',
      '60 % kinerja aspect + 40 % kehadiran (attendance)',
    ),
  },
  byPredikatRef: ref('Permentan 20/2025', 'UNCERTAIN', undefined, {
    note: 'Placeholder: the per-predikat percentages of the kinerja component were not verified.',
  }),
  catatan: t(
    'CPNS menerima 80 % tukin (tidak dihitung di sini).',
    'CPNS receive 80 % of tukin (not computed here).',
  ),
};

/**
 * The agency presets, by id. Examples of real regulations — there is no national default.
 *
 * @example
 * ```ts
 * Object.keys(TUKIN_PRESETS); // ['klhk-permenlhk-6-2024', 'bakamla-perban-1-2023', …]
 * ```
 */
export const TUKIN_PRESETS: Readonly<Record<string, TukinPolicy>> = {
  [tukinKlhk2024.id]: tukinKlhk2024,
  [tukinBakamla2023.id]: tukinBakamla2023,
  [tukinKlhBplh2025.id]: tukinKlhBplh2025,
  [tukinKementan2025.id]: tukinKementan2025,
};

/** Result of {@link applyTukin}; amounts are exact decimal strings. */
export type TukinResult =
  | {
      readonly ok: true;
      readonly predikat: PredikatPegawai;
      /** Amount paid. */
      readonly dibayar: string;
      /** Amount withheld (`tunjanganDasar − dibayar`). */
      readonly potongan: string;
      /** Paid share of the whole tunjangan, percent. */
      readonly persenDibayar: string;
      readonly appliesTo: TukinPolicy['appliesTo'];
      /** The kinerja/other split when the policy has a kinerja component. */
      readonly komponen?: {
        readonly kinerja: string;
        readonly lainnya: string;
        readonly kinerjaDibayar: string;
      };
      readonly trace: readonly TraceStep[];
      readonly warnings: readonly Warning[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

function persenOf(v: unknown, path: (string | number)[], issues: Issue[]): Dec | undefined {
  const r = DecimalInputSchema.safeParse(v);
  if (!r.success) {
    issues.push(M.issue('PERSEN_INVALID', path, { value: String(v) }));
    return undefined;
  }
  const x = c.from(r.data);
  if (c.cmp(x, c.from(0)) < 0 || c.cmp(x, c.from(100)) > 0) {
    issues.push(M.issue('PERSEN_INVALID', path, { value: String(v) }));
    return undefined;
  }
  return x;
}

/**
 * Applies a tukin policy to a predikat and the base tunjangan (exact decimal arithmetic).
 * `PERSEN_DIBAYAR p` pays `p %`; `POTONGAN p` pays `(100 − p) %`; with a kinerja component
 * only that share is affected. Accepts the PP 30/2019 code `CUKUP` (≡ Butuh Perbaikan).
 * Invalid input (unknown predikat, negative or non-numeric amount, a malformed policy) gives
 * issues, never a throw.
 *
 * @example
 * ```ts
 * const r = applyTukin(tukinKlhk2024, { predikat: 'CUKUP', tunjanganDasar: '7250000' });
 * // r.ok && r.dibayar === '6525000' && r.potongan === '725000' && r.appliesTo === 'TAHUN_BERIKUTNYA'
 * ```
 */
export function applyTukin(
  policy: TukinPolicy,
  input: { readonly predikat: PredikatPegawai | 'CUKUP'; readonly tunjanganDasar: DecimalInput },
): TukinResult {
  const issues: Issue[] = [];
  const raw = (input ?? {}) as Partial<Record<'predikat' | 'tunjanganDasar', unknown>>;
  const predikat = toPredikatPegawai(raw.predikat);
  if (predikat === undefined) {
    issues.push(
      M.issue('UNKNOWN_PREDIKAT', ['predikat'], {
        value: String(raw.predikat),
        diterima: [...PREDIKAT_PEGAWAI, 'CUKUP'].join(', '),
      }),
    );
  }
  let dasar: Dec | undefined;
  const d = DecimalInputSchema.safeParse(raw.tunjanganDasar);
  if (!d.success)
    issues.push(M.issue('NOT_A_NUMBER', ['tunjanganDasar'], { value: String(raw.tunjanganDasar) }));
  else {
    dasar = c.from(d.data);
    if (c.cmp(dasar, c.from(0)) < 0) {
      issues.push(
        M.issue('NEGATIVE_VALUE', ['tunjanganDasar'], { value: String(raw.tunjanganDasar) }),
      );
    }
  }
  if (policy === null || typeof policy !== 'object') {
    issues.push(M.issue('TUKIN_RULE_INVALID', ['policy'], { predikat: String(raw.predikat) }));
    return { ok: false, issues };
  }
  const rule =
    predikat === undefined
      ? undefined
      : (policy.byPredikat as Partial<Record<string, TukinRule>>)?.[predikat];
  let rulePersen: Dec | undefined;
  if (predikat !== undefined) {
    if (rule === undefined || (rule.kind !== 'PERSEN_DIBAYAR' && rule.kind !== 'POTONGAN')) {
      issues.push(M.issue('TUKIN_RULE_INVALID', ['policy', 'byPredikat', predikat], { predikat }));
    } else rulePersen = persenOf(rule.persen, ['policy', 'byPredikat', predikat, 'persen'], issues);
  }
  const komp = policy.komponenKinerja;
  const kompPersen =
    komp === undefined
      ? c.from(100)
      : persenOf(komp.persen, ['policy', 'komponenKinerja', 'persen'], issues);
  if (
    issues.length > 0 ||
    predikat === undefined ||
    dasar === undefined ||
    rule === undefined ||
    rulePersen === undefined ||
    kompPersen === undefined
  ) {
    return { ok: false, issues };
  }

  const hundred = c.from(100);
  const paidPct = rule.kind === 'PERSEN_DIBAYAR' ? rulePersen : c.sub(hundred, rulePersen);
  const kinerja = c.div(c.mul(dasar, kompPersen), hundred);
  const lainnya = c.sub(dasar, kinerja);
  const kinerjaDibayar = c.div(c.mul(kinerja, paidPct), hundred);
  const dibayar = c.add(lainnya, kinerjaDibayar);
  const potongan = c.sub(dasar, dibayar);
  // 100 − k × (100 − p) / 100: exact, and defined even when the tunjangan is 0.
  const persenDibayar = c.sub(hundred, c.div(c.mul(c.sub(hundred, paidPct), kompPersen), hundred));
  const s = (x: Dec) => c.toString(x);

  const warnings: Warning[] = [];
  if (policy.byPredikatRef?.status === 'UNCERTAIN') {
    warnings.push(M.warning('TUKIN_TABLE_PLACEHOLDER', { id: policy.id }, 'tukin.byPredikat'));
  }
  const pl = LABELS.predikatPegawai[predikat];
  const ruleText: Text =
    rule.kind === 'PERSEN_DIBAYAR'
      ? t(`dibayar ${rule.persen}%`, `${rule.persen}% paid`)
      : t(`dipotong ${rule.persen}%`, `${rule.persen}% cut`);
  const when: Text =
    policy.appliesTo === 'TAHUN_BERIKUTNYA'
      ? t('berlaku pada tahun berikutnya', 'applies in the following year')
      : t('berlaku pada bulan yang sama', 'applies in the same month');
  const tracer = createTracer(true);
  if (komp !== undefined) {
    tracer.step({
      rule: 'tukin.komponen',
      title: t('Komponen kinerja tunjangan', 'Kinerja component of the tunjangan'),
      ref: komp.ref,
      inputs: { tunjanganDasar: s(dasar), persenKinerja: komp.persen },
      output: { kinerja: s(kinerja), lainnya: s(lainnya) },
      explanation: t(
        `Komponen kinerja = ${s(dasar)} × ${komp.persen}% = ${s(kinerja)}; sisanya ${s(lainnya)} tidak dipengaruhi predikat.`,
        `Kinerja component = ${s(dasar)} × ${komp.persen}% = ${s(kinerja)}; the remaining ${s(lainnya)} is not affected by the predikat.`,
      ),
    });
  }
  tracer.step({
    rule: 'tukin.predikat',
    title: t(
      `Tukin menurut predikat (${policy.instansi})`,
      `Tukin by predikat (${policy.instansi})`,
    ),
    ref: policy.byPredikatRef ?? policy.ref,
    path: 'predikat',
    inputs: {
      kebijakan: policy.id,
      predikat: String(raw.predikat),
      aturan: { kind: rule.kind, persen: rule.persen },
      dasar: s(kinerja),
    },
    output: { dibayar: s(dibayar), potongan: s(potongan) },
    explanation: t(
      `${policy.instansi}: predikat "${pl.id}" → ${ruleText.id} dari ${s(kinerja)} = ${s(kinerjaDibayar)}; total dibayar ${s(dibayar)}, potongan ${s(potongan)} (${when.id}).`,
      `${policy.instansi}: predikat "${pl.en}" → ${ruleText.en} of ${s(kinerja)} = ${s(kinerjaDibayar)}; total paid ${s(dibayar)}, withheld ${s(potongan)} (${when.en}).`,
    ),
  });
  return {
    ok: true,
    predikat,
    dibayar: s(dibayar),
    potongan: s(potongan),
    persenDibayar: s(persenDibayar),
    appliesTo: policy.appliesTo,
    ...(komp !== undefined
      ? {
          komponen: { kinerja: s(kinerja), lainnya: s(lainnya), kinerjaDibayar: s(kinerjaDibayar) },
        }
      : {}),
    trace: tracer.steps,
    warnings,
  };
}
