import { describe, expect, it } from 'vitest';
import { decimalCalculator } from '../../arith/decimal.js';
import { floatCalculator } from '../../arith/float.js';
import { LABELS } from '../../codes.js';
import type { TraceStep } from '../../trace/trace.js';
import { pp46Regime } from './index.js';
import { pp46_2011 } from './ruleset.js';
import type { RincianPp46 } from './score.js';
import { appraisal, context, kegiatan, nilaiPerilaku } from './test-fixtures.js';

/**
 * A worked appraisal: a Kepala Seksi (pengawas, structural) in 2019.
 *
 * | kegiatan | kuantitas | kualitas | waktu | biaya | nilai capaian |
 * |---|---|---|---|---|---|
 * | 1 laporan bulanan | 12/12 → 100 | 90 | 12/12 → 76 | 5 jt/5 jt → 76 | 342 / 4 = 85.50 |
 * | 2 verifikasi | 50/45 → 90 | 85 | 12/9.12 → E = 24 → 100 | – | 275 / 3 = 91.67 |
 * | 3 monitoring | 4/4 → 100 | 80 | 6/7 (late) → 59.33 | – | 239.33 / 3 = 79.78 |
 * | 4 cadangan | target 0 → left out | | | | |
 *
 * average 85.648148…; + 1 (2 tugas tambahan) + 3 (kreativitas unit kerja) = SKP 89.65.
 * Perilaku (6 aspects, atasan): (80 + 85 + 80 + 90 + 75 + 82) / 6 = 82; a peer's input is
 * considered with weight 0. Prestasi = 0.6 × 89.648148… + 0.4 × 82 = 86.59 → Baik.
 */
const WORKED = appraisal({
  pegawai: {
    nip: '198001012005011001',
    nama: 'Budi Santoso',
    jabatan: { jenis: 'PENGAWAS', nama: 'Kepala Seksi Pelayanan' },
  },
  skp: {
    rencanaHasilKerja: [
      kegiatan({
        nama: 'Menyusun laporan bulanan',
        kuantitas: [12, 12],
        kualitas: [100, 90],
        waktu: [12, 12],
        biaya: [5000000, 5000000],
      }),
      kegiatan({
        nama: 'Memverifikasi dokumen',
        kuantitas: [50, 45],
        kualitas: [100, 85],
        waktu: [12, '9.12'],
      }),
      kegiatan({
        nama: 'Memantau pelayanan',
        kuantitas: [4, 4],
        kualitas: [100, 80],
        waktu: [6, 7],
      }),
      kegiatan({
        nama: 'Kegiatan cadangan',
        kuantitas: [0, 0],
        kualitas: [100, 0],
        waktu: [12, 0],
      }),
    ],
    tugasTambahan: [
      { uraian: 'Panitia pengadaan', nomorSuratPerintah: 'SP-01/2019' },
      { uraian: 'Tim SAKIP', nomorSuratPerintah: 'SP-07/2019' },
    ],
    kreativitas: [{ uraian: 'Aplikasi antrean', tingkat: 'UNIT_KERJA', nomorSurat: 'SK-3/2019' }],
  },
  perilaku: {
    penilaian: [
      {
        penilai: { peran: 'ATASAN', nama: 'Kepala Bidang' },
        nilai: {
          ORIENTASI_PELAYANAN: 80,
          INTEGRITAS: 85,
          KOMITMEN: 80,
          DISIPLIN: 90,
          KERJA_SAMA: 75,
          KEPEMIMPINAN: 82,
        },
      },
      { penilai: { peran: 'REKAN_KERJA' }, nilai: nilaiPerilaku(95, { KEPEMIMPINAN: 95 }) },
    ],
  },
});

function steps(trace: readonly TraceStep[], rule: string, path?: string) {
  return trace.filter((s) => s.rule === rule && (path === undefined || s.path === path));
}

describe('pp46Regime.score: a full worked appraisal', () => {
  const ctx = context();
  const out = pp46Regime.score(decimalCalculator, WORKED, pp46_2011, ctx);
  const trace = ctx.tracer.steps;

  it('scores SKP, perilaku and prestasi kerja', () => {
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.nilai).toEqual({
      skp: '89.65',
      perilaku: '82.00',
      prestasiKerja: '86.59',
      tugasTambahan: '1.00',
      kreativitas: '3.00',
    });
    expect(out.predikat).toEqual({ code: 'BAIK', scale: 'PP46', label: LABELS.sebutanPp46.BAIK });
    expect(out.flags).toEqual({ hukumanDisiplin: false });
  });

  it('reports the form values per kegiatan and per aspect', () => {
    if (!out.ok) throw new Error('not ok');
    const r = out.rincian as RincianPp46;
    expect(r.kegiatan).toEqual([
      {
        index: 0,
        nama: 'Menyusun laporan bulanan',
        dihitung: true,
        kuantitas: '100.00',
        kualitas: '90.00',
        waktu: '76.00',
        biaya: '76.00',
        perhitungan: '342.00',
        pembagi: 4,
        nilaiCapaian: '85.50',
      },
      {
        index: 1,
        nama: 'Memverifikasi dokumen',
        dihitung: true,
        kuantitas: '90.00',
        kualitas: '85.00',
        waktu: '100.00',
        perhitungan: '275.00',
        pembagi: 3,
        nilaiCapaian: '91.67',
      },
      {
        index: 2,
        nama: 'Memantau pelayanan',
        dihitung: true,
        kuantitas: '100.00',
        kualitas: '80.00',
        waktu: '59.33',
        perhitungan: '239.33',
        pembagi: 3,
        nilaiCapaian: '79.78',
      },
      { index: 3, nama: 'Kegiatan cadangan', dihitung: false },
    ]);
    expect(r).toMatchObject({
      rataRataCapaian: '85.65',
      jumlahKegiatanDihitung: 3,
      jumlahTugasTambahan: 2,
      skpTertimbang: '53.79',
      perilakuTertimbang: '32.80',
      sebutan: 'BAIK',
      perilaku: {
        aspek: {
          ORIENTASI_PELAYANAN: '80.00',
          INTEGRITAS: '85.00',
          KOMITMEN: '80.00',
          DISIPLIN: '90.00',
          KERJA_SAMA: '75.00',
          KEPEMIMPINAN: '82.00',
        },
        jumlah: '492.00',
        rataRata: '82.00',
        jumlahAspek: 6,
      },
    });
  });

  it('reports exactly the UNCERTAIN readings that decided something', () => {
    expect(ctx.readings).toEqual(['targetNolDikecualikan', 'kreativitas', 'rounding']);
    expect(ctx.warnings).toEqual([]);
  });

  it('traces the E = 24 edge of kegiatan 2 exactly, as a quotation', () => {
    const path = 'skp.rencanaHasilKerja[1].indikator[2]';
    const [ef] = steps(trace, 'pp46.capaian.waktu.efisiensi', path);
    expect(ef).toMatchObject({
      kind: 'quotation',
      ref: { status: 'CONFIRMED-2' },
      output: { efisiensi: '24', rumus: 1 },
    });
    expect(ef?.explanation?.id).toContain('24 ≤ 24');
    const [w] = steps(trace, 'pp46.capaian.waktu', path);
    expect(w).toMatchObject({
      kind: 'quotation',
      output: '100',
      inputs: { target: '12', realisasi: '9.12', nilaiTertimbang: '1.76', rumus: 1 },
    });
    expect(w?.explanation?.en).toBe(
      'Time = ((1.76 × TW − RW) / TW) × 100 = ((1.76 × 12 − 9.12) / 12) × 100 = 100.',
    );
  });

  it('traces the late kegiatan 3 in rumus 1 and the /3 vs /4 choice', () => {
    const [w] = steps(trace, 'pp46.capaian.waktu', 'skp.rencanaHasilKerja[2].indikator[2]');
    expect(w?.output).toBe('59.33333333333333333333333333333333333333');
    expect(steps(trace, 'pp46.capaian.waktu.clamp')).toEqual([]);
    const [k1] = steps(trace, 'pp46.kegiatan.nilaiCapaian', 'skp.rencanaHasilKerja[0]');
    expect(k1).toMatchObject({ output: { perhitungan: '342', pembagi: 4, nilaiCapaian: '85.5' } });
    expect(k1?.explanation?.id).toBe(
      'Nilai capaian "Menyusun laporan bulanan" = (100 + 90 + 76 + 76) / 4 = 342 / 4 = 85.5 (dibagi 4 karena ada target biaya).',
    );
  });

  it('marks the UNCERTAIN steps as readings with their parameter', () => {
    const [ex] = steps(trace, 'pp46.kegiatan.dikecualikan');
    expect(ex).toMatchObject({
      kind: 'reading',
      path: 'skp.rencanaHasilKerja[3]',
      ref: { status: 'UNCERTAIN' },
      parameter: { name: 'targetNolDikecualikan', value: true, isDefault: true },
    });
    const [kr] = steps(trace, 'pp46.skp.kreativitas');
    expect(kr).toMatchObject({
      kind: 'reading',
      output: '3',
      parameter: { name: 'kreativitas', isDefault: true },
    });
    const [rd] = steps(trace, 'pp46.pembulatan');
    expect(rd).toMatchObject({
      kind: 'reading',
      parameter: { name: 'rounding', value: { dp: 2, mode: 'HALF_UP' } },
    });
    for (const s of trace) {
      expect(s.kind, s.rule).toBe(s.ref.status === 'UNCERTAIN' ? 'reading' : 'quotation');
      if (s.parameter) expect(s.kind, s.rule).toBe('reading');
      if (s.kind === 'reading') expect(s.parameter, s.rule).toBeDefined();
      expect(s.explanation?.id, s.rule).toBeTruthy();
      expect(s.explanation?.en, s.rule).toBeTruthy();
      expect(s.explanation?.id, s.rule).not.toBe(s.explanation?.en);
    }
  });

  it('traces the raters: the atasan counts, the peer is considered with weight 0', () => {
    const raters = steps(trace, 'pp46.perilaku.penilai');
    expect(raters.map((s) => s.output)).toEqual([
      { rataRata: '82', bobot: 10000, dihitung: true },
      { rataRata: '95', bobot: 0, dihitung: false },
    ]);
    expect(raters[1]?.explanation?.en).toContain('weighs 0');
    const [w] = steps(trace, 'pp46.perilaku.bobotPenilai');
    expect(w).toMatchObject({
      kind: 'quotation',
      output: { dipakai: { ATASAN: 10000 }, total: 10000, bobotNol: ['REKAN_KERJA'] },
    });
    const [k] = steps(trace, 'pp46.perilaku.kepemimpinan');
    expect(k).toMatchObject({ kind: 'quotation', output: { kepemimpinan: 'DIHITUNG' } });
  });

  it('records the steps in computation order', () => {
    const order = trace.map((s) => s.rule).filter((r, i, xs) => xs.indexOf(r) === i);
    expect(order).toEqual([
      'pp46.capaian.kuantitas',
      'pp46.capaian.kualitas',
      'pp46.capaian.waktu.efisiensi',
      'pp46.capaian.waktu',
      'pp46.capaian.biaya.efisiensi',
      'pp46.capaian.biaya',
      'pp46.kegiatan.nilaiCapaian',
      'pp46.kegiatan.dikecualikan',
      'pp46.skp.tugasTambahan',
      'pp46.skp.kreativitas',
      'pp46.skp.nilai',
      'pp46.perilaku.kepemimpinan',
      'pp46.perilaku.penilai',
      'pp46.perilaku.bobotPenilai',
      'pp46.perilaku.nilai',
      'pp46.prestasiKerja',
      'pp46.sebutan',
      'pp46.hukumanDisiplin',
      'pp46.pembulatan',
    ]);
  });

  it('the float fast path decides the E = 24 edge exactly (100, never 76), as on decimal', () => {
    const f = pp46Regime.score(floatCalculator, WORKED, pp46_2011, context(false));
    expect(f).toEqual(pp46Regime.score(decimalCalculator, WORKED, pp46_2011, context(false)));
  });

  it('off the edge, the float fast path gives the same result without a trace', () => {
    const a = structuredClone(WORKED);
    const iki = a.skp?.rencanaHasilKerja[1]?.indikator[2];
    if (!iki) throw new Error('fixture');
    iki.realisasi = { jumlah: 9 };
    const d = pp46Regime.score(decimalCalculator, a, pp46_2011, context(false));
    const f = pp46Regime.score(floatCalculator, a, pp46_2011, context(false));
    expect(f).toEqual(d);
    expect(d.ok && d.nilai.skp).toBe('86.87'); // kegiatan 2: E = 25 → waktu 75
  });

  it('is deterministic', () => {
    const again = context();
    expect(pp46Regime.score(decimalCalculator, WORKED, pp46_2011, again)).toEqual(out);
    expect(again.tracer.steps).toEqual(trace);
  });
});

describe('pp46Regime.score: readings and consequences', () => {
  const c = decimalCalculator;

  it('a non-structural post: 5 aspects; a kepemimpinan score is ignored with a warning', () => {
    const a = appraisal({
      perilaku: {
        penilaian: [
          { penilai: { peran: 'ATASAN' }, nilai: nilaiPerilaku(80, { KEPEMIMPINAN: 0 }) },
        ],
      },
    });
    const ctx = context();
    const out = pp46Regime.score(c, a, pp46_2011, ctx);
    expect(out.ok && out.nilai.perilaku).toBe('80.00');
    expect(ctx.warnings).toEqual([
      expect.objectContaining({
        code: 'PP46_KEPEMIMPINAN_IGNORED',
        rule: 'pp46.perilaku.kepemimpinan',
        path: ['perilaku', 'penilaian', 0, 'nilai', 'KEPEMIMPINAN'],
      }),
    ]);
    expect(ctx.readings).toContain('kepemimpinanHanyaStruktural');
    const [k] = steps(ctx.tracer.steps, 'pp46.perilaku.kepemimpinan');
    expect(k).toMatchObject({
      kind: 'reading',
      parameter: { name: 'kepemimpinanHanyaStruktural' },
      output: { kepemimpinan: 'DIABAIKAN' },
    });
  });

  it('regression (formats.md §3.5): prestasi of a non-structural post weighs perilaku 40 %, not 60 %', () => {
    const a = appraisal(); // SKP: 100 + 90 + 76 = 266 / 3 = 88.67; perilaku 80
    const out = pp46Regime.score(c, a, pp46_2011, context(false));
    if (!out.ok) throw new Error('not ok');
    expect(out.nilai.skp).toBe('88.67');
    // 0.6 × 88.666… + 0.4 × 80 = 85.20 (the buggy 0.6 × 80 would give 101.20)
    expect(out.nilai.prestasiKerja).toBe('85.20');
  });

  it('late beyond 1.76 × target: clamped at 0 (reading) with its trace step', () => {
    const a = appraisal({
      skp: { rencanaHasilKerja: [kegiatan({ kuantitas: [12, 12], waktu: [12, 22] })] },
    });
    const ctx = context();
    const out = pp46Regime.score(c, a, pp46_2011, ctx);
    if (!out.ok) throw new Error('not ok');
    expect((out.rincian as RincianPp46).kegiatan[0]?.waktu).toBe('0.00');
    expect(ctx.readings).toContain('clampNegatif');
    const [s] = steps(ctx.tracer.steps, 'pp46.capaian.waktu.clamp');
    expect(s).toMatchObject({
      kind: 'reading',
      output: '0',
      parameter: { name: 'clampNegatif', value: true, isDefault: true },
    });
  });

  it('over-achievement above 100 % meets the (absent) cap reading', () => {
    const a = appraisal({
      skp: { rencanaHasilKerja: [kegiatan({ kuantitas: [10, 12], waktu: [12, 12] })] },
    });
    const ctx = context();
    const out = pp46Regime.score(c, a, pp46_2011, ctx);
    expect(out.ok && (out.rincian as RincianPp46).kegiatan[0]?.kuantitas).toBe('120.00');
    expect(ctx.readings).toContain('batasAtasKuantitasKualitas');
    expect(steps(ctx.tracer.steps, 'pp46.capaian.kuantitas.batasAtas')[0]).toMatchObject({
      kind: 'reading',
      output: '120',
    });
  });

  it('an agency override is traced as not the default', () => {
    const rs = {
      ...pp46_2011,
      params: {
        ...pp46_2011.params,
        batasAtasKuantitasKualitas: {
          ...pp46_2011.params.batasAtasKuantitasKualitas,
          value: '100',
          overriddenBy: 'Pemkab Contoh',
        },
      },
    };
    const a = appraisal({
      skp: { rencanaHasilKerja: [kegiatan({ kuantitas: [10, 12], waktu: [12, 12] })] },
    });
    const ctx = context();
    const out = pp46Regime.score(c, a, rs, ctx);
    expect(out.ok && (out.rincian as RincianPp46).kegiatan[0]?.kuantitas).toBe('100.00');
    expect(steps(ctx.tracer.steps, 'pp46.capaian.kuantitas.batasAtas')[0]?.parameter).toEqual({
      name: 'batasAtasKuantitasKualitas',
      value: '100',
      isDefault: false,
    });
  });

  it('a kegiatan not carried out scores 0 and can flag hukuman disiplin', () => {
    const a = appraisal({
      skp: {
        rencanaHasilKerja: [
          kegiatan({ nama: 'A', kuantitas: [12, 0], kualitas: [100, null], waktu: [12, null] }),
          kegiatan({ nama: 'B', kuantitas: [12, 12], waktu: [12, 12] }),
        ],
      },
    });
    const ctx = context();
    const out = pp46Regime.score(c, a, pp46_2011, ctx);
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    // (0 + 88.67) / 2 = 44.33 < 50
    expect(out.nilai.skp).toBe('44.33');
    expect(out.flags).toEqual({ hukumanDisiplin: true });
    expect((out.rincian as RincianPp46).kegiatan[0]).toMatchObject({
      tidakTerlaksana: true,
      nilaiCapaian: '0.00',
      pembagi: 3,
    });
    expect(steps(ctx.tracer.steps, 'pp46.kegiatan.tidakTerlaksana')).toHaveLength(1);
    expect(steps(ctx.tracer.steps, 'pp46.hukumanDisiplin')[0]).toMatchObject({
      output: true,
      kind: 'quotation',
    });
  });

  it('a value between band edges: the boundary mode decides and is reported', () => {
    // SKP 100 + 100 + 76 = 276 / 3 = 92; perilaku x so that 0.6 × 92 + 0.4 × x = 90.995 → x = 89.4875
    const a = appraisal({
      skp: {
        rencanaHasilKerja: [
          kegiatan({ kuantitas: [12, 12], kualitas: [100, 100], waktu: [12, 12] }),
        ],
      },
      perilaku: { penilaian: [{ penilai: { peran: 'ATASAN' }, nilai: nilaiPerilaku('89.4875') }] },
    });
    const exact = context();
    const o1 = pp46Regime.score(c, a, pp46_2011, exact);
    expect(o1.ok && [o1.nilai.prestasiKerja, o1.predikat.code]).toEqual(['91.00', 'BAIK']);
    expect(exact.readings).toContain('batasSebutan');
    expect(steps(exact.tracer.steps, 'pp46.sebutan')[0]).toMatchObject({
      kind: 'reading',
      parameter: { name: 'batasSebutan', value: 'LOWER_INCLUSIVE' },
    });
    const rs = {
      ...pp46_2011,
      params: {
        ...pp46_2011.params,
        batasSebutan: { ...pp46_2011.params.batasSebutan, value: 'ROUND_THEN_COMPARE' as const },
      },
    };
    const o2 = pp46Regime.score(c, a, rs, context());
    expect(o2.ok && o2.predikat.code).toBe('SANGAT_BAIK');
  });

  it('several kreativitas claims use the aggregation reading', () => {
    const a = appraisal({
      skp: {
        rencanaHasilKerja: [kegiatan({ kuantitas: [12, 12], waktu: [12, 12] })],
        kreativitas: [
          { uraian: 'x', tingkat: 'UNIT_KERJA' },
          { uraian: 'y', tingkat: 'ORGANISASI' },
        ],
      },
    });
    const ctx = context();
    const out = pp46Regime.score(c, a, pp46_2011, ctx);
    expect(out.ok && out.nilai.kreativitas).toBe('6.00');
    expect(ctx.readings).toEqual(expect.arrayContaining(['kreativitas', 'kreativitasAgregasi']));
    expect(steps(ctx.tracer.steps, 'pp46.skp.kreativitas.agregasi')[0]).toMatchObject({
      kind: 'reading',
    });
  });

  it('agency rater weights combine the atasan with peers', () => {
    const rs = {
      ...pp46_2011,
      params: {
        ...pp46_2011.params,
        bobotPenilai: {
          ...pp46_2011.params.bobotPenilai,
          value: { ATASAN: 7500, REKAN_KERJA: 2500, BAWAHAN: 0, MASYARAKAT: 0, DIRI_SENDIRI: 0 },
        },
      },
    };
    const a = appraisal({
      perilaku: {
        penilaian: [
          { penilai: { peran: 'ATASAN' }, nilai: nilaiPerilaku(80) },
          { penilai: { peran: 'REKAN_KERJA' }, nilai: nilaiPerilaku(90) },
        ],
      },
    });
    const out = pp46Regime.score(c, a, rs, context(false));
    expect(out.ok && out.nilai.perilaku).toBe('82.50');
  });

  it('tracing off records nothing but gives the same outcome', () => {
    const on = context(true);
    const off = context(false);
    const a = appraisal();
    expect(pp46Regime.score(c, a, pp46_2011, off)).toEqual(pp46Regime.score(c, a, pp46_2011, on));
    expect(off.tracer.steps).toEqual([]);
    expect(off.readings).toEqual(on.readings);
  });
});

describe('perilaku rater weights in the trace', () => {
  it('shows the configured weights and those applied after re-normalisation when a role is missing', async () => {
    const { extendRuleset } = await import('../../ruleset/extend.js');
    const rs = extendRuleset(pp46_2011, {
      id: 'pp46-uji-bobot',
      agency: 'Uji',
      params: {
        bobotPenilai: {
          value: { ATASAN: 6000, REKAN_KERJA: 3000, BAWAHAN: 1000, MASYARAKAT: 0, DIRI_SENDIRI: 0 },
        },
      },
    });
    const a = appraisal({
      perilaku: {
        penilaian: [
          { penilai: { peran: 'ATASAN' }, nilai: nilaiPerilaku(80) },
          { penilai: { peran: 'BAWAHAN' }, nilai: nilaiPerilaku(70) },
        ],
      },
    });
    const ctx = context(true);
    const out = pp46Regime.score(decimalCalculator, a, rs, ctx);
    expect(out.ok).toBe(true);
    const step = ctx.tracer.steps.find((x) => x.rule === 'pp46.perilaku.bobotPenilai');
    if (step === undefined) throw new Error('no pp46.perilaku.bobotPenilai step');
    expect(step.inputs.dikonfigurasi).toEqual({ ATASAN: 6000, BAWAHAN: 1000 });
    expect((step.output as { bobotDipakai: unknown }).bobotDipakai).toEqual({
      ATASAN: 8571,
      BAWAHAN: 1429,
    });
    expect((step.output as { tidakAda: unknown }).tidakAda).toEqual(['REKAN_KERJA']);
    expect(step.explanation?.id).toContain('dikecualikan (REKAN_KERJA)');
    expect(step.explanation?.en).toContain('ATASAN 85.71%, BAWAHAN 14.29%');
  });
});
