// An agency indicator type: the share of Dukcapil documents finished within the service
// standard (SLA), computed from the completion times the system logged, against a target
// share. Registered through extendRuleset; no fork of the library.
import {
  type Calculator,
  type CapaianContext,
  type CapaianOutcome,
  evaluate,
  extendRuleset,
  formatPath,
  type Iki,
  type IndicatorType,
  isRange,
  periode,
  ref,
  rulesets,
  t,
} from '@kinerja/core';

/** `iki.data`: completion times in days, and the service standard in days. */
interface SlaData {
  readonly selesaiHari: readonly number[];
  readonly batasHari: number;
}

function isSlaData(x: unknown): x is SlaData {
  const d = x as SlaData;
  return (
    typeof x === 'object' &&
    x !== null &&
    Array.isArray(d.selesaiHari) &&
    d.selesaiHari.length > 0 &&
    d.selesaiHari.every((n) => typeof n === 'number' && n >= 0) &&
    typeof d.batasHari === 'number'
  );
}

export const slaDokumen: IndicatorType = {
  id: 'contoh.sla-dokumen',
  label: t('Dokumen selesai sesuai standar pelayanan', 'Documents finished within the SLA'),
  ref: ref('Perwali Kota Contoh 12/2024', 'CONFIRMED', 'Lampiran II'),
  capaian<T>(c: Calculator<T>, iki: Iki, ctx: CapaianContext): CapaianOutcome<T> {
    // Bad data is an issue at the IKI's path, never an exception.
    if (!isSlaData(iki.data) || isRange(iki.target)) {
      return {
        ok: false,
        issues: [
          {
            code: 'SLA_DATA_INVALID',
            path: [...ctx.path, 'data'],
            severity: 'error',
            message: {
              id: 'Data SLA harus berisi selesaiHari (daftar angka) dan batasHari',
              en: 'SLA data needs selesaiHari (a list of numbers) and batasHari',
            },
          },
        ],
      };
    }
    const { selesaiHari, batasHari } = iki.data;
    const tepat = selesaiHari.filter((d) => d <= batasHari).length;
    const hundred = c.from(100);
    // realisasi % = tepat / n × 100; capaian = realisasi / target × 100 (PermenPANRB 8/2021 normal condition)
    const realisasi = c.div(c.mul(c.from(tepat), hundred), c.from(selesaiHari.length));
    const capaian = c.div(c.mul(realisasi, hundred), c.from(iki.target.jumlah));
    if (ctx.tracer.enabled) {
      const r = c.toFixed(c.round(realisasi, 2, 'HALF_UP'), 2);
      const out = c.toFixed(c.round(capaian, 2, 'HALF_UP'), 2);
      ctx.tracer.step({
        rule: 'contoh.sla-dokumen.capaian',
        title: t('Capaian dokumen tepat waktu', 'Capaian of on-time documents'),
        ref: slaDokumen.ref,
        path: formatPath(ctx.path),
        inputs: {
          dokumen: selesaiHari.length,
          tepatWaktu: tepat,
          batasHari,
          target: String(iki.target.jumlah),
        },
        output: c.toString(capaian),
        explanation: t(
          `${tepat} dari ${selesaiHari.length} dokumen selesai ≤ ${batasHari} hari = ${r}%; capaian = ${r} / ${iki.target.jumlah} × 100% = ${out}%`,
          `${tepat} of ${selesaiHari.length} documents finished in ≤ ${batasHari} days = ${r}%; capaian = ${r} / ${iki.target.jumlah} × 100% = ${out}%`,
        ),
      });
    }
    return { ok: true, capaian };
  },
};

const pemkot = extendRuleset(rulesets['permenpanrb-6-2022'], {
  id: 'pemkot-contoh-2024',
  agency: 'Pemerintah Kota Contoh',
  indicatorTypes: [slaDokumen],
});

const result = evaluate(
  {
    pegawai: { nip: '199001012015011001', nama: 'Andi Pratama', jabatan: { jenis: 'PELAKSANA' } },
    periode: periode.tahunan(2024),
    skp: {
      rencanaHasilKerja: [
        {
          rencanaHasilKerja: 'Penerbitan KTP-el tepat waktu',
          indikator: [
            {
              aspek: 'WAKTU',
              indikator: 'Persentase KTP-el selesai ≤ 3 hari',
              jenis: 'contoh.sla-dokumen',
              target: '90 %',
              data: { selesaiHari: [1, 2, 3, 3, 2, 5, 1, 2, 3, 2], batasHari: 3 },
            },
          ],
        },
      ],
    },
    // No ratingHasilKerja: the engine SUGGESTS one from the capaian (labelled as a suggestion).
    ratingPerilaku: 'SESUAI_EKSPEKTASI',
  },
  { ruleset: pemkot },
);

const step = result.trace.find((s) => s.rule === 'contoh.sla-dokumen.capaian');
console.log(step?.explanation?.en); // 9 of 10 documents finished in ≤ 3 days = 90.00%; capaian = … = 100.00%
console.log(result.rating?.hasilKerja, result.rating?.sumber.hasilKerja); // 'DI_ATAS_EKSPEKTASI' 'SARAN_HEURISTIK'
console.log(result.predikat?.code); // 'BAIK'

if (step?.output !== '100' || result.predikat?.code !== 'BAIK')
  throw new Error(JSON.stringify(result.issues));
