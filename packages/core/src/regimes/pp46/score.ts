import type { Calculator, RoundingMode } from '../../arith/calculator.js';
import { LABELS, type SebutanPp46 } from '../../codes.js';
import { t } from '../../i18n/text.js';
import { formatPath, type Issue } from '../../issues/issue.js';
import { rememberPerObject } from '../../memo.js';
import type { Appraisal } from '../../model/appraisal.js';
import { isStruktural } from '../../model/pegawai.js';
import type { Aspek } from '../../model/skp.js';
import type { Param, Pp46Ruleset } from '../../ruleset/types.js';
import type { Tracer, TraceValue } from '../../trace/trace.js';
import { basisPointsUsed, formatBasisPoints } from '../../weighting/basisPoints.js';
import type { RegimeOutcome, ScoreContext } from '../types.js';
import { flagsPp46, predikatPp46 } from '../values.js';
import type { EfisiensiPp46 } from './efisiensi.js';
import { hukumanDisiplinInti } from './hukumanDisiplin.js';
import { bacaPerilakuInti, bacaSkpPp46, type KegiatanInputPp46 } from './input.js';
import { type KegiatanPp46, nilaiKegiatanInti } from './kegiatan.js';
import { bilanganPp46, konstantaPp46 } from './konstanta.js';
import { nilaiKreativitasInti, type TingkatKreativitas } from './kreativitas.js';
import { nilaiSkpInti } from './nilaiSkp.js';
import { gabungPenilaiInti } from './penilai.js';
import {
  type AspekPerilakuPp46,
  nilaiPerilakuInti,
  nilaiPerilakuPp46,
  rekamAspekPp46,
} from './perilaku.js';
import { nilaiPrestasiKerjaInti } from './prestasiKerja.js';
import { PP46_REFS } from './refs.js';
import { sebutanInti } from './sebutan.js';
import { nilaiTugasTambahanInti } from './tugasTambahan.js';
import { validateRulesetPp46 } from './validateRuleset.js';

/** Reported values of one kegiatan (strings rounded by the ruleset's rounding policy). */
export interface RincianKegiatanPp46 {
  readonly index: number;
  readonly id?: string;
  readonly nama: string;
  /** False when the kegiatan is left out of the average (target kuantitas 0). */
  readonly dihitung: boolean;
  /** Realisasi kuantitas 0: every aspect scored 0. */
  readonly tidakTerlaksana?: boolean;
  readonly kuantitas?: string;
  readonly kualitas?: string;
  readonly waktu?: string;
  readonly biaya?: string;
  readonly perhitungan?: string;
  readonly pembagi?: 3 | 4;
  readonly nilaiCapaian?: string;
}

/** The `rincian` of a PP 46 outcome: the Pengukuran SKP and PPK-PNS form values. */
export interface RincianPp46 {
  readonly kegiatan: readonly RincianKegiatanPp46[];
  /** Mean nilai capaian of the kegiatan counted (before tugas tambahan and kreativitas). */
  readonly rataRataCapaian: string;
  readonly jumlahKegiatanDihitung: number;
  readonly jumlahTugasTambahan: number;
  readonly perilaku: {
    /** Per aspect, after combining the weighted raters. */
    readonly aspek: Readonly<Partial<Record<AspekPerilakuPp46, string>>>;
    readonly jumlah: string;
    readonly rataRata: string;
    readonly jumlahAspek: number;
  };
  /** `nilai SKP × bobot SKP` and `nilai perilaku × bobot perilaku` as on the PPK-PNS form. */
  readonly skpTertimbang: string;
  readonly perilakuTertimbang: string;
  readonly sebutan: SebutanPp46;
}

/**
 * The issues of a PP 46 ruleset's parameters (empty when valid), computed once per object
 * (rulesets are immutable data; batch scoring reuses them).
 */
export const rulesetIssuesPp46: (rs: Pp46Ruleset) => readonly Issue[] = rememberPerObject(
  (rs: Pp46Ruleset): readonly Issue[] => validateRulesetPp46(rs),
);

const ASPEK_LABEL: Record<Aspek, { id: string; en: string }> = {
  KUANTITAS: { id: 'Kuantitas', en: 'Quantity' },
  KUALITAS: { id: 'Kualitas', en: 'Quality' },
  WAKTU: { id: 'Waktu', en: 'Time' },
  BIAYA: { id: 'Biaya', en: 'Cost' },
};

/**
 * Scores an appraisal under PP 46/2011 + Perka BKN 1/2013. See {@link pp46Regime}.
 *
 * UNCERTAIN readings are reported with `ctx.usedReading` exactly when they decided something
 * that the alternative reading would have decided differently (a value above 100 % meets the
 * cap reading, a negative waktu meets the clamp, a target-0 kegiatan meets the exclusion, a
 * value between two band edges meets the boundary mode, …); the rounding of reported values
 * is always a reading. The matching trace step then carries the parameter and `kind: 'reading'`.
 */
export function scorePp46<T>(
  c: Calculator<T>,
  a: Appraisal,
  rs: Pp46Ruleset,
  ctx: ScoreContext,
): RegimeOutcome {
  const params = rs.params;
  const paramIssues = rulesetIssuesPp46(rs);
  if (paramIssues.length > 0) return { ok: false, issues: paramIssues };

  const K = konstantaPp46(c, params);
  const struktural = isStruktural(a.pegawai.jabatan);
  const skpIn = bacaSkpPp46(c, a, params);
  const perIn = bacaPerilakuInti(c, a, params, struktural, K.nilaiPerilakuMaks);
  if (skpIn.issues.length > 0 || perIn.issues.length > 0) {
    return { ok: false, issues: [...skpIn.issues, ...perIn.issues] };
  }
  for (const w of perIn.warnings) ctx.warn(w);

  const tr = ctx.tracer;
  const { dp, mode } = rs.rounding.value;
  // Trace helpers: only called inside `if (tr.enabled)`, i.e. on the decimal backend.
  const { s, d } = tr.enabled ? formatters(c) : (NO_FORMAT as Formatters<T>);

  // ---------------------------------------------------------------- kegiatan
  const rincianKegiatan: RincianKegiatanPp46[] = [];
  const counted: T[] = [];
  const skpSkp = a.skp;
  for (const k of skpIn.kegiatan) {
    if (k.dikecualikan || !k.angka) {
      ctx.usedReading('targetNolDikecualikan');
      if (tr.enabled) {
        tr.step({
          rule: 'pp46.kegiatan.dikecualikan',
          title: t('Kegiatan tanpa target tidak dihitung', 'Kegiatan without a target left out'),
          ref: params.targetNolDikecualikan.ref,
          path: formatPath(k.path),
          inputs: { kegiatan: k.nama, targetKuantitas: '0' },
          output: { dihitung: false },
          explanation: t(
            `Target kuantitas kegiatan "${k.nama}" adalah 0, sehingga kegiatan ini tidak ikut dalam rata-rata nilai capaian SKP (pembacaan, dapat diubah).`,
            `The quantity target of "${k.nama}" is 0, so this kegiatan is left out of the average nilai capaian (a reading, configurable).`,
          ),
          parameter: param('targetNolDikecualikan', params.targetNolDikecualikan),
        });
      }
      rincianKegiatan.push(
        k.id !== undefined
          ? { index: k.index, id: k.id, nama: k.nama, dihitung: false }
          : { index: k.index, nama: k.nama, dihitung: false },
      );
      continue;
    }
    const r = nilaiKegiatanInti(c, k.angka, K);
    if (r.detail) {
      if (r.detail.kuantitas.batas.dipakai || r.detail.kualitas.batas.dipakai) {
        ctx.usedReading('batasAtasKuantitasKualitas');
      }
      if (r.detail.waktu.clampDipakai || r.detail.biaya?.clampDipakai) {
        ctx.usedReading('clampNegatif');
      }
    }
    if (tr.enabled) traceKegiatan(tr, k, r, rs, { s, d, param });
    counted.push(r.nilaiCapaian);
    rincianKegiatan.push(rincianDihitung(c, dp, mode, k, r));
  }

  // ---------------------------------------------------------------- nilai SKP
  const jumlahTugas = skpSkp?.tugasTambahan?.length ?? 0;
  const tugas = nilaiTugasTambahanInti(jumlahTugas, K.tugasTambahan, K.nol);
  if (tr.enabled) {
    tr.step({
      rule: 'pp46.skp.tugasTambahan',
      title: t('Nilai tugas tambahan', 'Additional-task points'),
      ref: params.tugasTambahan.ref,
      path: 'skp.tugasTambahan',
      inputs: { jumlah: jumlahTugas, tabel: params.tugasTambahan.value as unknown as TraceValue },
      output: s(tugas),
      explanation: t(
        `${jumlahTugas} tugas tambahan (dengan surat perintah) → nilai ${s(tugas)} (0 tugas → 0; 1–3 → 1; 4–6 → 2; 7 atau lebih → 3).`,
        `${jumlahTugas} additional task(s) (with a surat perintah) → ${s(tugas)} point(s) (0 → 0; 1–3 → 1; 4–6 → 2; 7 or more → 3).`,
      ),
    });
  }
  const klaimInput = skpSkp?.kreativitas ?? NO_KLAIM;
  const kreativitas = nilaiKreativitasInti(
    c,
    klaimInput,
    K.kreativitas,
    params.kreativitasAgregasi.value,
    K.nol,
  );
  if (klaimInput.length > 0) ctx.usedReading('kreativitas');
  if (klaimInput.length > 1) ctx.usedReading('kreativitasAgregasi');
  if (tr.enabled) {
    const klaim = klaimInput.map((x) => x.tingkat);
    const ket = klaim.map((x) => `${x} = ${params.kreativitas.value[x]}`).join(', ');
    tr.step({
      rule: 'pp46.skp.kreativitas',
      title: t('Nilai kreativitas', 'Creativity points'),
      ref: klaim.length > 0 ? params.kreativitas.ref : PP46_REFS.nilaiSkp,
      path: 'skp.kreativitas',
      inputs: {
        tingkat: klaim,
        ...(klaim.length > 1 ? { agregasi: params.kreativitasAgregasi.value } : {}),
      },
      output: s(kreativitas),
      explanation:
        klaim.length === 0
          ? t('Tidak ada kreativitas yang diajukan → nilai 0.', 'No creativity claim → 0 points.')
          : t(
              `Kreativitas: ${ket}${klaim.length > 1 ? ` digabung dengan ${params.kreativitasAgregasi.value}` : ''} → ${s(kreativitas)} (unit kerja 3, organisasi 6, negara 12: pembacaan, dapat diubah).`,
              `Creativity: ${ket}${klaim.length > 1 ? ` combined by ${params.kreativitasAgregasi.value}` : ''} → ${s(kreativitas)} (unit 3, organisation 6, state 12: a reading, configurable).`,
            ),
      ...(klaim.length > 0 ? { parameter: param('kreativitas', params.kreativitas) } : {}),
    });
    if (klaim.length > 1) {
      tr.step({
        rule: 'pp46.skp.kreativitas.agregasi',
        title: t('Penggabungan beberapa kreativitas', 'Combining several creativity claims'),
        ref: params.kreativitasAgregasi.ref,
        path: 'skp.kreativitas',
        inputs: { jumlah: klaim.length },
        output: s(kreativitas),
        explanation: t(
          `Ada ${klaim.length} kreativitas; digabung dengan ${params.kreativitasAgregasi.value === 'MAX' ? 'nilai tertinggi' : 'penjumlahan'} → ${s(kreativitas)}.`,
          `There are ${klaim.length} creativity claims; combined by ${params.kreativitasAgregasi.value === 'MAX' ? 'the highest value' : 'adding them'} → ${s(kreativitas)}.`,
        ),
        parameter: param('kreativitasAgregasi', params.kreativitasAgregasi),
      });
    }
  }
  const skp = nilaiSkpInti(
    c,
    counted,
    tugas,
    kreativitas,
    K.nol,
    bilanganPp46(c, K, counted.length),
  );
  if (tr.enabled) {
    tr.step({
      rule: 'pp46.skp.nilai',
      title: t('Nilai SKP', 'Nilai SKP'),
      ref: PP46_REFS.nilaiSkp,
      path: 'skp',
      inputs: {
        nilaiCapaian: counted.map(s),
        jumlahKegiatan: counted.length,
        tugasTambahan: s(tugas),
        kreativitas: s(kreativitas),
      },
      output: { rataRata: s(skp.rataRata), nilai: s(skp.nilai) },
      explanation: t(
        `Nilai SKP = (${counted.map(d).join(' + ')}) / ${counted.length} + ${s(tugas)} (tugas tambahan) + ${s(kreativitas)} (kreativitas) = ${d(skp.rataRata)} + ${s(tugas)} + ${s(kreativitas)} = ${d(skp.nilai)}.`,
        `Nilai SKP = (${counted.map(d).join(' + ')}) / ${counted.length} + ${s(tugas)} (additional tasks) + ${s(kreativitas)} (creativity) = ${d(skp.rataRata)} + ${s(tugas)} + ${s(kreativitas)} = ${d(skp.nilai)}.`,
      ),
    });
  }

  // ---------------------------------------------------------------- perilaku
  const { aturan, bobot } = perIn;
  if (aturan.readingDipakai) ctx.usedReading('kepemimpinanHanyaStruktural');
  if (tr.enabled) {
    const n = aturan.aspek.length;
    tr.step({
      rule: 'pp46.perilaku.kepemimpinan',
      title: t('Aspek perilaku yang dinilai', 'Perilaku aspects assessed'),
      ref: aturan.readingDipakai ? params.kepemimpinanHanyaStruktural.ref : PP46_REFS.perilaku,
      path: 'perilaku',
      inputs: { struktural, jabatan: a.pegawai.jabatan.jenis },
      output: { aspek: [...aturan.aspek], kepemimpinan: aturan.kepemimpinan },
      explanation: t(
        `${struktural ? 'Jabatan struktural' : 'Jabatan non-struktural'}: ${n} aspek dinilai${aturan.kepemimpinan === 'DIABAIKAN' ? '; nilai kepemimpinan diabaikan karena kepemimpinan hanya dinilai untuk jabatan struktural' : ''}.`,
        `${struktural ? 'Structural post' : 'Non-structural post'}: ${n} aspects assessed${aturan.kepemimpinan === 'DIABAIKAN' ? '; the kepemimpinan score is ignored because kepemimpinan is assessed for structural posts only' : ''}.`,
      ),
      ...(aturan.readingDipakai
        ? { parameter: param('kepemimpinanHanyaStruktural', params.kepemimpinanHanyaStruktural) }
        : {}),
    });
    for (const p of perIn.penilaian) {
      const aspek = aturan.aspek.filter((k) => p.nilai[k] !== undefined);
      const mean = aspek.length > 0 ? nilaiPerilakuPp46(c, p.nilai, aspek).rataRata : undefined;
      const w = bobot.used[p.peran] ?? 0;
      tr.step({
        rule: 'pp46.perilaku.penilai',
        title: t('Penilaian perilaku oleh seorang penilai', 'One rater’s perilaku assessment'),
        ref: PP46_REFS.perilaku,
        path: formatPath(['perilaku', 'penilaian', p.index]),
        inputs: {
          peran: p.peran,
          ...(p.nama !== undefined ? { nama: p.nama } : {}),
          nilai: Object.fromEntries(aspek.map((k) => [k, s(p.nilai[k] as T)])),
        },
        output: { rataRata: mean === undefined ? null : s(mean), bobot: w, dihitung: p.dihitung },
        explanation: p.dihitung
          ? t(
              `Penilai ${p.peran}: rata-rata ${aspek.length} aspek = ${mean === undefined ? '-' : d(mean)}; dihitung dengan bobot ${w / 100}% (sebelum normalisasi).`,
              `Rater ${p.peran}: mean of ${aspek.length} aspects = ${mean === undefined ? '-' : d(mean)}; counted with weight ${w / 100}% (before normalisation).`,
            )
          : t(
              `Penilai ${p.peran}: rata-rata ${mean === undefined ? '-' : d(mean)}; masukan ini dipertimbangkan oleh pejabat penilai tetapi berbobot 0 (PP 46 bukan penilaian 360°).`,
              `Rater ${p.peran}: mean ${mean === undefined ? '-' : d(mean)}; this input is considered by the pejabat penilai but weighs 0 (PP 46 is not a 360° appraisal).`,
            ),
      });
    }
  }
  const perAspek = gabungPenilaiInti(
    c,
    perIn.penilaian,
    aturan.aspek,
    bobot,
    K.nol,
    bilanganPp46(c, K, 1),
  );
  const perilaku = nilaiPerilakuInti(
    c,
    perAspek,
    aturan.aspek,
    K.nol,
    bilanganPp46(c, K, aturan.aspek.length),
  );
  if (tr.enabled) {
    const applied = basisPointsUsed(bobot);
    tr.step({
      rule: 'pp46.perilaku.bobotPenilai',
      title: t('Bobot penilai perilaku', 'Perilaku rater weights'),
      ref: params.bobotPenilai.ref,
      path: 'perilaku.penilaian',
      inputs: {
        bobot: params.bobotPenilai.value as unknown as TraceValue,
        dikonfigurasi: { ...bobot.used } as unknown as TraceValue,
      },
      output: {
        dipakai: { ...bobot.used } as unknown as TraceValue,
        total: bobot.total,
        // The weights applied after re-normalisation over the raters present, in integer
        // basis points summing to 10000.
        bobotDipakai: { ...applied } as unknown as TraceValue,
        bobotNol: [...bobot.bobotNol],
        tidakAda: [...bobot.excluded],
      },
      explanation: t(
        `${bobot.excluded.length > 0 ? `Peran tanpa masukan dikecualikan (${bobot.excluded.join(', ')}); bobot dipakai setelah dinormalkan ulang: ${formatBasisPoints(applied)}` : `Bobot dipakai: ${formatBasisPoints(applied)}`}${bobot.bobotNol.length > 0 ? `; dipertimbangkan dengan bobot 0: ${bobot.bobotNol.join(', ')}` : ''}.`,
        `${bobot.excluded.length > 0 ? `Roles without input are excluded (${bobot.excluded.join(', ')}); weights applied after re-normalisation: ${formatBasisPoints(applied)}` : `Weights applied: ${formatBasisPoints(applied)}`}${bobot.bobotNol.length > 0 ? `; considered with weight 0: ${bobot.bobotNol.join(', ')}` : ''}.`,
      ),
    });
    tr.step({
      rule: 'pp46.perilaku.nilai',
      title: t('Nilai perilaku kerja', 'Nilai perilaku kerja'),
      ref: PP46_REFS.perilaku,
      path: 'perilaku',
      inputs: Object.fromEntries(aturan.aspek.map((k) => [k, s(perAspek[k] as T)])),
      output: { jumlah: s(perilaku.jumlah), rataRata: s(perilaku.rataRata) },
      explanation: t(
        `Nilai perilaku = (${aturan.aspek.map((k) => d(perAspek[k] as T)).join(' + ')}) / ${aturan.aspek.length} = ${d(perilaku.jumlah)} / ${aturan.aspek.length} = ${d(perilaku.rataRata)}.`,
        `Behaviour score (nilai perilaku) = (${aturan.aspek.map((k) => d(perAspek[k] as T)).join(' + ')}) / ${aturan.aspek.length} = ${d(perilaku.jumlah)} / ${aturan.aspek.length} = ${d(perilaku.rataRata)}.`,
      ),
    });
  }

  // ---------------------------------------------------------------- prestasi kerja
  const bp = params.bobot.value;
  const prestasi = nilaiPrestasiKerjaInti(
    c,
    skp.nilai,
    perilaku.rataRata,
    bp,
    K.bobotSkp,
    K.bobotPerilaku,
    K.bobotTotal,
    K.nol,
  );
  const skpTertimbang = c.div(c.mul(skp.nilai, K.bobotSkp), K.bp100);
  const perilakuTertimbang = c.div(c.mul(perilaku.rataRata, K.bobotPerilaku), K.bp100);
  if (tr.enabled) {
    tr.step({
      rule: 'pp46.prestasiKerja',
      title: t('Nilai prestasi kerja', 'Work-performance score'),
      ref: params.bobot.ref,
      inputs: {
        nilaiSkp: s(skp.nilai),
        nilaiPerilaku: s(perilaku.rataRata),
        bobotSkp: bp.SKP,
        bobotPerilaku: bp.PERILAKU,
      },
      output: s(prestasi),
      explanation: t(
        `Nilai prestasi kerja = ${bp.SKP / 100}% × ${d(skp.nilai)} + ${bp.PERILAKU / 100}% × ${d(perilaku.rataRata)} = ${d(skpTertimbang)} + ${d(perilakuTertimbang)} = ${d(prestasi)}.`,
        `Work-performance score = ${bp.SKP / 100}% × ${d(skp.nilai)} + ${bp.PERILAKU / 100}% × ${d(perilaku.rataRata)} = ${d(skpTertimbang)} + ${d(perilakuTertimbang)} = ${d(prestasi)}.`,
      ),
    });
  }

  // ---------------------------------------------------------------- sebutan & hukdis
  const seb = sebutanInti(c, prestasi, K.sebutan, params.batasSebutan.value, dp);
  if (seb.modeMenentukan) ctx.usedReading('batasSebutan');
  const hd = hukumanDisiplinInti(c, skp.nilai, K.batasHukdis, params.batasSebutan.value, dp);
  if (hd.modeMenentukan) ctx.usedReading('batasSebutan');
  ctx.usedReading('rounding');
  if (tr.enabled) {
    const label = LABELS.sebutanPp46[seb.code];
    const lain = LABELS.sebutanPp46[seb.codeLain];
    tr.step({
      rule: 'pp46.sebutan',
      title: t('Sebutan nilai prestasi kerja', 'Work-performance category'),
      ref: seb.modeMenentukan ? params.batasSebutan.ref : params.sebutan.ref,
      inputs: {
        nilai: s(prestasi),
        batas: params.sebutan.value.map((b) => ({ code: b.code, min: b.min })),
        mode: params.batasSebutan.value,
      },
      output: seb.code,
      explanation: seb.modeMenentukan
        ? t(
            `Nilai ${d(prestasi)} terletak di antara dua batas sebutan; dengan mode ${params.batasSebutan.value} sebutannya "${label.id}" (mode lain memberi "${lain.id}"; pembacaan, dapat diubah).`,
            `The score ${d(prestasi)} lies between two category edges; under ${params.batasSebutan.value} it is "${label.en}" (the other mode gives "${lain.en}"; a reading, configurable).`,
          )
        : t(
            `Nilai ${d(prestasi)} → "${label.id}" (Sangat Baik ≥ 91; Baik 76–90; Cukup 61–75; Kurang 51–60; Buruk ≤ 50).`,
            `Score ${d(prestasi)} → "${label.en}" (Very Good ≥ 91; Good 76–90; Fair 61–75; Poor 51–60; Bad ≤ 50).`,
          ),
      ...(seb.modeMenentukan ? { parameter: param('batasSebutan', params.batasSebutan) } : {}),
    });
    tr.step({
      rule: 'pp46.hukumanDisiplin',
      title: t('Nilai SKP di bawah 50', 'Nilai SKP below 50'),
      ref: hd.modeMenentukan ? params.batasSebutan.ref : params.batasHukdis.ref,
      inputs: { nilaiSkp: s(skp.nilai), batas: params.batasHukdis.value },
      output: hd.flag,
      explanation: hd.flag
        ? t(
            `Nilai SKP ${d(skp.nilai)} tidak mencapai ${params.batasHukdis.value}: dapat dijatuhi hukuman disiplin.`,
            `Nilai SKP ${d(skp.nilai)} does not reach ${params.batasHukdis.value}: disciplinary punishment may follow.`,
          )
        : t(
            `Nilai SKP ${d(skp.nilai)} mencapai ${params.batasHukdis.value}: tidak ada konsekuensi hukuman disiplin.`,
            `Nilai SKP ${d(skp.nilai)} reaches ${params.batasHukdis.value}: no disciplinary consequence.`,
          ),
      ...(hd.modeMenentukan ? { parameter: param('batasSebutan', params.batasSebutan) } : {}),
    });
  }

  const nilai = {
    skp: lapor(c, dp, mode, skp.nilai),
    perilaku: lapor(c, dp, mode, perilaku.rataRata),
    prestasiKerja: lapor(c, dp, mode, prestasi),
    tugasTambahan: lapor(c, dp, mode, tugas),
    kreativitas: lapor(c, dp, mode, kreativitas),
  };
  const dilaporkan: string[] = [];
  for (const k of aturan.aspek) dilaporkan.push(lapor(c, dp, mode, perAspek[k] as T));
  const aspekDilaporkan = rekamAspekPp46(aturan.aspek, dilaporkan);
  const rincian: RincianPp46 = {
    kegiatan: rincianKegiatan,
    rataRataCapaian: lapor(c, dp, mode, skp.rataRata),
    jumlahKegiatanDihitung: counted.length,
    jumlahTugasTambahan: jumlahTugas,
    perilaku: {
      aspek: aspekDilaporkan,
      jumlah: lapor(c, dp, mode, perilaku.jumlah),
      rataRata: nilai.perilaku,
      jumlahAspek: aturan.aspek.length,
    },
    skpTertimbang: lapor(c, dp, mode, skpTertimbang),
    perilakuTertimbang: lapor(c, dp, mode, perilakuTertimbang),
    sebutan: seb.code,
  };
  if (tr.enabled) {
    tr.step({
      rule: 'pp46.pembulatan',
      title: t('Pembulatan nilai yang dilaporkan', 'Rounding of reported values'),
      ref: rs.rounding.ref,
      inputs: {
        skp: s(skp.nilai),
        perilaku: s(perilaku.rataRata),
        prestasiKerja: s(prestasi),
      },
      output: nilai,
      explanation: t(
        `Nilai dilaporkan dengan ${dp} desimal (${mode}); semua keputusan memakai nilai pasti sebelum pembulatan.`,
        `Values are reported with ${dp} decimals (${mode}); every decision uses the exact value before rounding.`,
      ),
      parameter: param('rounding', rs.rounding),
    });
  }
  return {
    ok: true,
    nilai,
    predikat: predikatPp46(seb.code),
    rincian,
    flags: flagsPp46(hd.flag),
  };
}

/** A reported value: rounded by the ruleset's rounding policy, as a fixed-point string. */
function lapor<T>(c: Calculator<T>, dp: number, mode: RoundingMode, x: T): string {
  return c.roundToFixed(x, dp, mode);
}

const NO_KLAIM: readonly { readonly tingkat: TingkatKreativitas }[] = [];

function param<V>(name: string, p: Param<V>) {
  return { name, value: p.value as TraceValue, isDefault: p.overriddenBy === undefined };
}

interface Formatters<T> {
  readonly s: (x: T) => string;
  readonly d: (x: T) => string;
}

const NO_FORMAT: Formatters<unknown> = {
  s: () => '',
  d: () => '',
};

/** Exact string `s` and display string `d` (≈ 4 decimals when longer) for the trace. */
function formatters<T>(c: Calculator<T>): Formatters<T> {
  return {
    s: (x) => c.toString(x),
    d: (x) => {
      const str = c.toString(x);
      const frac = str.split('.')[1];
      return frac !== undefined && frac.length > 4
        ? `≈${c.toFixed(c.round(x, 4, 'HALF_UP'), 4)}`
        : str;
    },
  };
}

/** The rincian of a counted kegiatan, keys in their documented order. */
function rincianDihitung<T>(
  c: Calculator<T>,
  dp: number,
  mode: RoundingMode,
  k: KegiatanInputPp46<T>,
  r: KegiatanPp46<T>,
): RincianKegiatanPp46 {
  const kuantitas = lapor(c, dp, mode, r.kuantitas);
  const kualitas = lapor(c, dp, mode, r.kualitas);
  const waktu = lapor(c, dp, mode, r.waktu);
  const biaya = r.biaya !== undefined ? lapor(c, dp, mode, r.biaya) : undefined;
  const perhitungan = lapor(c, dp, mode, r.perhitungan);
  const nilaiCapaian = lapor(c, dp, mode, r.nilaiCapaian);
  const pembagi = r.pembagi;
  if (k.id === undefined && !r.tidakTerlaksana) {
    return biaya === undefined
      ? {
          index: k.index,
          nama: k.nama,
          dihitung: true,
          kuantitas,
          kualitas,
          waktu,
          perhitungan,
          pembagi,
          nilaiCapaian,
        }
      : {
          index: k.index,
          nama: k.nama,
          dihitung: true,
          kuantitas,
          kualitas,
          waktu,
          biaya,
          perhitungan,
          pembagi,
          nilaiCapaian,
        };
  }
  const o: { -readonly [K in keyof RincianKegiatanPp46]: RincianKegiatanPp46[K] } = {
    index: k.index,
  } as RincianKegiatanPp46;
  if (k.id !== undefined) o.id = k.id;
  o.nama = k.nama;
  o.dihitung = true;
  if (r.tidakTerlaksana) o.tidakTerlaksana = true;
  o.kuantitas = kuantitas;
  o.kualitas = kualitas;
  o.waktu = waktu;
  if (biaya !== undefined) o.biaya = biaya;
  o.perhitungan = perhitungan;
  o.pembagi = pembagi;
  o.nilaiCapaian = nilaiCapaian;
  return o;
}

interface Fmt<T> {
  readonly s: (x: T) => string;
  readonly d: (x: T) => string;
  readonly param: <V>(
    name: string,
    p: Param<V>,
  ) => { name: string; value: TraceValue; isDefault: boolean };
}

/** Trace steps of one kegiatan (decimal backend only). */
function traceKegiatan<T>(
  tr: Tracer,
  k: KegiatanInputPp46<T>,
  r: KegiatanPp46<T>,
  rs: Pp46Ruleset,
  f: Fmt<T>,
): void {
  const { s, d, param } = f;
  const params = rs.params;
  emit();

  function emit() {
    const a = k.angka;
    if (!a) return;
    const ikiPath = (aspek: Aspek) => formatPath([...k.path, 'indikator', k.iki[aspek] ?? 0]);
    if (r.tidakTerlaksana) {
      tr.step({
        rule: 'pp46.kegiatan.tidakTerlaksana',
        title: t('Kegiatan tidak terlaksana', 'Kegiatan not carried out'),
        ref: params.realisasiNolSemuaNol.ref,
        path: formatPath(k.path),
        inputs: { kegiatan: k.nama, realisasiKuantitas: '0' },
        output: {
          kuantitas: '0',
          kualitas: '0',
          waktu: '0',
          ...(r.biaya !== undefined ? { biaya: '0' } : {}),
        },
        explanation: t(
          `Realisasi kuantitas "${k.nama}" adalah 0: kegiatan tidak terlaksana, semua aspek bernilai 0.`,
          `The quantity realisasi of "${k.nama}" is 0: the kegiatan was not carried out, every aspect scores 0.`,
        ),
      });
    } else if (r.detail) {
      const rk = a.kualitas.realisasi as T;
      const rw = a.waktu.realisasi as T;
      const step1 = (
        aspek: 'KUANTITAS' | 'KUALITAS',
        target: T,
        realisasi: T,
        det: NonNullable<KegiatanPp46<T>['detail']>['kuantitas'],
        sym: [string, string],
      ) => {
        const lbl = ASPEK_LABEL[aspek];
        tr.step({
          rule: `pp46.capaian.${aspek.toLowerCase()}`,
          title: t(`Capaian aspek ${lbl.id.toLowerCase()}`, `${lbl.en} aspect score`),
          ref: aspek === 'KUANTITAS' ? PP46_REFS.kuantitas : PP46_REFS.kualitas,
          path: ikiPath(aspek),
          inputs: { target: s(target), realisasi: s(realisasi) },
          output: s(det.mentah),
          explanation: t(
            `${lbl.id} = ${sym[1]} / ${sym[0]} × 100 = ${s(realisasi)} / ${s(target)} × 100 = ${d(det.mentah)}.`,
            `${lbl.en} = ${sym[1]} / ${sym[0]} × 100 = ${s(realisasi)} / ${s(target)} × 100 = ${d(det.mentah)}.`,
          ),
        });
        if (det.batas.dipakai) {
          const cap = params.batasAtasKuantitasKualitas.value;
          tr.step({
            rule: `pp46.capaian.${aspek.toLowerCase()}.batasAtas`,
            title: t('Batas atas capaian', 'Score cap'),
            ref: params.batasAtasKuantitasKualitas.ref,
            path: ikiPath(aspek),
            inputs: { nilai: s(det.mentah), batas: cap },
            output: s(det.batas.nilai),
            explanation:
              cap === null
                ? t(
                    `Capaian ${d(det.mentah)} melebihi 100 dan tidak dibatasi (pembacaan: Perka BKN 1/2013 tidak menyebut batas atas; dapat diubah).`,
                    `The score ${d(det.mentah)} exceeds 100 and is not capped (a reading: Perka BKN 1/2013 states no cap; configurable).`,
                  )
                : t(
                    `Capaian ${d(det.mentah)} dibatasi pada ${cap} → ${d(det.batas.nilai)} (pembacaan, dapat diubah).`,
                    `The score ${d(det.mentah)} is capped at ${cap} → ${d(det.batas.nilai)} (a reading, configurable).`,
                  ),
            parameter: param('batasAtasKuantitasKualitas', params.batasAtasKuantitasKualitas),
          });
        }
      };
      step1('KUANTITAS', a.kuantitas.target, a.kuantitas.realisasi, r.detail.kuantitas, [
        'TO',
        'RO',
      ]);
      step1('KUALITAS', a.kualitas.target, rk, r.detail.kualitas, ['TK', 'RK']);
      traceEfisiensi('WAKTU', a.waktu.target, rw, r.detail.waktu, ['TW', 'RW']);
      if (r.detail.biaya && a.biaya?.realisasi) {
        traceEfisiensi('BIAYA', a.biaya.target, a.biaya.realisasi, r.detail.biaya, ['TB', 'RB']);
      }
    }
    if (k.biayaTanpaTarget) {
      tr.step({
        rule: 'pp46.capaian.biaya.tanpaTarget',
        title: t('Biaya tanpa target', 'Cost without a target'),
        ref: PP46_REFS.nilaiCapaian,
        path: ikiPath('BIAYA'),
        inputs: { target: '0' },
        output: { dihitung: false },
        explanation: t(
          'Target biaya 0: aspek biaya tidak dihitung dan kegiatan dibagi 3.',
          'Cost target 0: the cost aspect is not counted and the kegiatan is divided by 3.',
        ),
      });
    }
    const parts = [r.kuantitas, r.kualitas, r.waktu, ...(r.biaya !== undefined ? [r.biaya] : [])];
    tr.step({
      rule: 'pp46.kegiatan.nilaiCapaian',
      title: t('Nilai capaian kegiatan', 'Kegiatan score'),
      ref: PP46_REFS.nilaiCapaian,
      path: formatPath(k.path),
      inputs: {
        kuantitas: s(r.kuantitas),
        kualitas: s(r.kualitas),
        waktu: s(r.waktu),
        ...(r.biaya !== undefined ? { biaya: s(r.biaya) } : {}),
      },
      output: {
        perhitungan: s(r.perhitungan),
        pembagi: r.pembagi,
        nilaiCapaian: s(r.nilaiCapaian),
      },
      explanation: t(
        `Nilai capaian "${k.nama}" = (${parts.map(d).join(' + ')}) / ${r.pembagi} = ${d(r.perhitungan)} / ${r.pembagi} = ${d(r.nilaiCapaian)} (dibagi ${r.pembagi} karena ${r.pembagi === 4 ? 'ada' : 'tidak ada'} target biaya).`,
        `Nilai capaian of "${k.nama}" = (${parts.map(d).join(' + ')}) / ${r.pembagi} = ${d(r.perhitungan)} / ${r.pembagi} = ${d(r.nilaiCapaian)} (divided by ${r.pembagi} because there is ${r.pembagi === 4 ? 'a' : 'no'} cost target).`,
      ),
    });
  }

  function traceEfisiensi(
    aspek: 'WAKTU' | 'BIAYA',
    target: T,
    realisasi: T,
    e: EfisiensiPp46<T>,
    sym: [string, string],
  ) {
    const lbl = ASPEK_LABEL[aspek];
    const low = aspek.toLowerCase();
    const path = formatPath([...k.path, 'indikator', k.iki[aspek] ?? 0]);
    const nt = params.nilaiTertimbang.value;
    const batas = params.batasEfisiensi.value;
    const [T_, R_] = sym;
    tr.step({
      rule: `pp46.capaian.${low}.efisiensi`,
      title: t(`Efisiensi ${lbl.id.toLowerCase()}`, `${lbl.en} efficiency`),
      ref: params.batasEfisiensi.ref,
      path,
      inputs: { target: s(target), realisasi: s(realisasi), batas },
      output: { efisiensi: s(e.efisiensi), rumus: e.cabang },
      explanation: t(
        `Efisiensi = 100 − (${R_} / ${T_} × 100) = 100 − (${s(realisasi)} / ${s(target)} × 100) = ${d(e.efisiensi)}%; karena ${d(e.efisiensi)} ${e.cabang === 1 ? '≤' : '>'} ${batas}, dipakai rumus ${e.cabang}.`,
        `Efficiency = 100 − (${R_} / ${T_} × 100) = 100 − (${s(realisasi)} / ${s(target)} × 100) = ${d(e.efisiensi)}%; since ${d(e.efisiensi)} ${e.cabang === 1 ? '≤' : '>'} ${batas}, formula ${e.cabang} applies.`,
      ),
    });
    const f1 = `((${nt} × ${s(target)} − ${s(realisasi)}) / ${s(target)}) × 100`;
    const base = params.basisCabang2.value;
    tr.step({
      rule: `pp46.capaian.${low}`,
      title: t(`Capaian aspek ${lbl.id.toLowerCase()}`, `${lbl.en} aspect score`),
      ref: e.cabang === 1 ? params.nilaiTertimbang.ref : params.basisCabang2.ref,
      path,
      inputs: {
        target: s(target),
        realisasi: s(realisasi),
        nilaiTertimbang: nt,
        rumus: e.cabang,
        ...(e.cabang === 2 ? { basis: base } : {}),
      },
      output: s(e.mentah),
      explanation:
        e.cabang === 1
          ? t(
              `${lbl.id} = ((${nt} × ${T_} − ${R_}) / ${T_}) × 100 = ${f1} = ${d(e.mentah)}.`,
              `${lbl.en} = ((${nt} × ${T_} − ${R_}) / ${T_}) × 100 = ${f1} = ${d(e.mentah)}.`,
            )
          : t(
              `${lbl.id} = ${base} − (((${nt} × ${T_} − ${R_}) / ${T_}) × 100 − 100) = ${base} − (${f1} − 100) = ${d(e.mentah)}; realisasi yang jauh lebih singkat dari target dikurangi nilainya.`,
              `${lbl.en} = ${base} − (((${nt} × ${T_} − ${R_}) / ${T_}) × 100 − 100) = ${base} − (${f1} − 100) = ${d(e.mentah)}; a realisasi far shorter than the target is penalised.`,
            ),
    });
    if (e.clampDipakai) {
      tr.step({
        rule: `pp46.capaian.${low}.clamp`,
        title: t('Nilai negatif', 'Negative score'),
        ref: params.clampNegatif.ref,
        path,
        inputs: { nilai: s(e.mentah) },
        output: s(e.nilai),
        explanation: e.dijepit
          ? t(
              `Nilai ${d(e.mentah)} di bawah 0 (realisasi lebih dari ${nt} × target) dijadikan 0 (pembacaan, dapat diubah).`,
              `The score ${d(e.mentah)} is below 0 (realisasi above ${nt} × target) and becomes 0 (a reading, configurable).`,
            )
          : t(
              `Nilai ${d(e.mentah)} di bawah 0 dibiarkan negatif (pembacaan, dapat diubah).`,
              `The score ${d(e.mentah)} below 0 is kept negative (a reading, configurable).`,
            ),
        parameter: param('clampNegatif', params.clampNegatif),
      });
    }
  }
}
