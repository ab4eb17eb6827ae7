/* The PP 30/2019 + PermenPANRB 8/2021 scorer (regulations.md §2). */
import type { Calculator, RoundingMode } from '../../arith/calculator.js';
import { LABELS, type PredikatPp30 } from '../../codes.js';
import { t } from '../../i18n/text.js';
import { capaianIki } from '../../indicators/capaian.js';
import { formatPath, type Issue, type Path } from '../../issues/issue.js';
import type { Appraisal } from '../../model/appraisal.js';
import type { PeranPenilai } from '../../model/perilaku.js';
import type { Band, Param, Pp30Ruleset, Weights } from '../../ruleset/types.js';
import type { TraceValue } from '../../trace/trace.js';
import { basisPointsUsed, formatBasisPoints } from '../../weighting/basisPoints.js';
import { validateWeights, WEIGHT_MESSAGES } from '../../weighting/weights.js';
import type { RegimeModule, RegimeOutcome, ScoreContext } from '../types.js';
import { predikatPp30 } from '../values.js';
import { nilaiCapaianIkiInti } from './capaian.js';
import {
  adaMasukan360,
  bobotKinerja,
  nilaiKinerjaInti,
  predikatPp30Inti,
  punyaInovasi,
} from './kinerja.js';
import { konstantaPp30 } from './konstanta.js';
import { PP30_MESSAGES } from './messages.js';
import type { Pp30Params } from './params.js';
import { aspekPerilaku, bacaPerilaku, nilaiPerilaku } from './perilaku.js';
import { PP30_REFS } from './refs.js';
import { type IkiDinilai, kategoriRencanaInti, nilaiRencanaInti } from './rencana.js';
import { nilaiSkpJaJfInti, nilaiSkpJpt, type RencanaDinilai } from './skp.js';

/** Reported values of one IKI. */
export interface Pp30RincianIki {
  /** Capaian IKI in percent, rounded for reporting. */
  readonly capaian: string;
  readonly kategori: PredikatPp30;
  /** Nilai capaian IKI (0–120). */
  readonly nilai: string;
}

/** Reported values of one rencana hasil kerja. */
export interface Pp30RincianRencana {
  readonly jenis: 'UTAMA' | 'TAMBAHAN';
  /** Kategori capaian rencana kinerja. */
  readonly kategori: PredikatPp30;
  /** Nilai capaian rencana kinerja (0–120). */
  readonly nilai: string;
  /** JPT: nilai tertimbang (`nilai × bobot`). */
  readonly nilaiTertimbang?: string;
  /** JA/JF kinerja tambahan: the bonus added to nilai SKP. */
  readonly bonus?: string;
  readonly indikator: readonly Pp30RincianIki[];
}

/** The `rincian` of a PP 30/2019 outcome. */
export interface Pp30Rincian {
  /** `JPT`: sum of nilai tertimbang; `JA_JF`: mean of utama + tambahan bonus. */
  readonly pendekatan: 'JPT' | 'JA_JF';
  readonly rencanaHasilKerja: readonly Pp30RincianRencana[];
  /** Nilai SKP parts: JPT utama/tambahan nilai tertimbang; JA/JF utama mean and bonus sum. */
  readonly skp: {
    readonly utama: string;
    readonly tambahan: string;
    readonly sebelumBatas: string;
  };
  /** SKP/perilaku weights used (basis points) and whether they are the 360° weights. */
  readonly bobot: Weights<'SKP' | 'PERILAKU'>;
  readonly dengan360: boolean;
  /** Rater role weights actually used (basis points before re-normalisation). */
  readonly bobotPenilai: Readonly<Partial<Record<PeranPenilai, number>>>;
  readonly inovasi: boolean;
}

type ParamName = keyof Pp30Params;

/**
 * Scores a PP 30/2019 + PermenPANRB 8/2021 appraisal: capaian IKI through the indicator type
 * of each IKI, nilai capaian IKI by band, nilai rencana, nilai SKP (JA/JF or JPT), nilai
 * perilaku (multi-rater), nilai kinerja (70/30 or 60/40) and predikat (Pasal 41(5)).
 * Bad input gives `{ ok: false, issues }` with paths; nothing throws except `Undecidable`
 * on the float backend (the caller re-runs on decimal).
 *
 * @example
 * ```ts
 * const out = scorePp30(decimalCalculator, appraisal, permenpanrb_8_2021, ctx);
 * if (out.ok) out.nilai.kinerja; // e.g. '101.96'
 * ```
 */
export function scorePp30<T>(
  c: Calculator<T>,
  a: Appraisal,
  rs: Pp30Ruleset,
  ctx: ScoreContext,
): RegimeOutcome {
  const p = rs.params;
  const { dp, mode } = rs.rounding.value;
  const tracing = ctx.tracer.enabled;
  // No per-call closures here: under keepNames (tsx, vitest) each one costs a defineProperty.
  const k = konstantaPp30(c, p);
  const issues: Issue[] = [];

  const bobotIssues = bobotIssuesOf(p);
  if (bobotIssues.length > 0) issues.push(...bobotIssues);

  // ---- SKP: structure checks first (no arithmetic), so that all issues come at once.
  const skp = a.skp;
  const rhks = skp?.rencanaHasilKerja ?? [];
  const jpt = a.pegawai.jabatan.jenis === 'JPT';
  const rhkPath: Path = ['skp', 'rencanaHasilKerja'];
  if (skp === undefined) issues.push(PP30_MESSAGES.issue('SKP_MISSING', ['skp'], {}));
  else if (rhks.length === 0) issues.push(PP30_MESSAGES.issue('RHK_EMPTY', rhkPath, {}));
  else if (jpt) {
    rhks.forEach((r, i) => {
      if (r.bobot === undefined) {
        issues.push(PP30_MESSAGES.issue('RHK_BOBOT_MISSING', [...rhkPath, i, 'bobot'], {}));
      }
    });
    if (rhks.every((r) => r.bobot !== undefined)) {
      issues.push(
        ...validateWeights(
          rhks.map((r) => r.bobot ?? 0),
          'rencana hasil kerja',
          rhkPath,
        ),
      );
    }
  } else {
    const utama = rhks.filter((r) => r.jenis === 'UTAMA');
    if (utama.length === 0) issues.push(PP30_MESSAGES.issue('RHK_NO_UTAMA', rhkPath, {}));
    issues.push(...checkOptionalWeights(utama, 'rencana kinerja utama', rhkPath));
  }
  if (p.agregasiRencana.value === 'MEAN') {
    for (let i = 0; i < rhks.length; i++) {
      const r = rhks[i] as (typeof rhks)[number];
      let given = false;
      for (const x of r.indikator) if (x.bobot !== undefined) given = true;
      if (!given) continue;
      const path: Path = [...rhkPath, i, 'indikator'];
      issues.push(...checkOptionalWeights(r.indikator, 'indikator kinerja individu', path));
    }
  }

  // ---- Capaian and nilai of every IKI, then the rencana values.
  const rencana: RencanaDinilai<T>[] = [];
  const rincianIki: Pp30RincianIki[][] = [];
  for (let i = 0; i < rhks.length; i++) {
    const rhk = rhks[i] as (typeof rhks)[number];
    const dinilai: IkiDinilai<T>[] = [];
    const rincian: Pp30RincianIki[] = [];
    let complete = true;
    for (let j = 0; j < rhk.indikator.length; j++) {
      const iki = rhk.indikator[j] as (typeof rhk.indikator)[number];
      const path: Path = [...rhkPath, i, 'indikator', j];
      const jenis = iki.jenis ?? 'standar';
      const type = ctx.indicatorTypes.get(jenis);
      if (type === undefined) {
        issues.push(
          PP30_MESSAGES.issue('INDICATOR_TYPE_UNKNOWN', [...path, 'jenis'], {
            jenis,
            tersedia: [...ctx.indicatorTypes.keys()].sort().join(', '),
          }),
        );
        complete = false;
        continue;
      }
      // Payload validation and capaian in the shared place. The indicator's own readings
      // (e.g. standar.dalamRentang) are marked in its trace step, not forwarded as warnings.
      const out = capaianIki(c, type, iki, { path, tracer: ctx.tracer });
      if (!out.ok) {
        issues.push(...out.issues);
        complete = false;
        continue;
      }
      const n = nilaiCapaianIkiInti(c, out.capaian, p, iki.targetMaksimal === true, k);
      if (n === null) {
        issues.push(
          PP30_MESSAGES.issue('BAND_MISSING', path, {
            param: 'bandCapaian',
            value: `${lapor(c, dp, mode, out.capaian)}%`,
          }),
        );
        complete = false;
        continue;
      }
      if (n.celah) reading(ctx, p, 'modeCelahCapaian');
      if (n.dibatasiBawah) reading(ctx, p, 'batasBawahNilai');
      dinilai.push(
        iki.bobot !== undefined
          ? { nilai: n.nilai, kategori: n.kategori, bobot: iki.bobot }
          : { nilai: n.nilai, kategori: n.kategori },
      );
      rincian.push({
        capaian: lapor(c, dp, mode, out.capaian),
        kategori: n.kategori,
        nilai: lapor(c, dp, mode, n.nilai),
      });
      if (tracing) {
        const cap = lapor(c, dp, mode, out.capaian);
        const val = lapor(c, dp, mode, n.nilai);
        const label = LABELS.predikatPp30[n.kategori];
        const dinilaiStr = c.toString(n.capaianDinilai);
        const rounded =
          p.modeCelahCapaian.value === 'ROUND_PERCENT'
            ? t(
                `Capaian ${cap}% dibulatkan ke persen bulat: ${dinilaiStr}%. `,
                `Capaian ${cap}% is rounded to a whole percent: ${dinilaiStr}%. `,
              )
            : t('', '');
        let body: { id: string; en: string };
        if (n.band === null) {
          body = t(
            `Capaian 100% atas target yang merupakan nilai maksimal: kategori ${label.id}, nilai ${val}.`,
            `Capaian 100% of a maximum-achievable target: kategori ${label.id}, nilai ${val}.`,
          );
        } else {
          const f = n.band.nilai;
          const formula =
            f.kind === 'constant'
              ? `${f.nilai}`
              : f.kind === 'proportional'
                ? `${dinilaiStr} / ${f.capaianAt} × ${f.nilaiAt}`
                : `${f.nilaiFrom} + (${f.nilaiTo} − ${f.nilaiFrom}) / (${f.capaianTo} − ${f.capaianFrom}) × (${dinilaiStr} − ${f.capaianFrom})`;
          const gap =
            n.celah && p.modeCelahCapaian.value === 'HALF_OPEN'
              ? t(
                  ' Capaian ini berada di antara rentang bilangan bulat dalam teks; rumus terdekat diperluas (pilihan konfigurasi modeCelahCapaian = HALF_OPEN).',
                  ' This capaian lies between the integer ranges of the text; the nearest formula is extended (configured reading modeCelahCapaian = HALF_OPEN).',
                )
              : t('', '');
          const floor = n.dibatasiBawah
            ? t(
                ` Nilai negatif dinaikkan ke batas bawah ${p.batasBawahNilai.value}.`,
                ` A negative nilai is raised to the floor ${p.batasBawahNilai.value}.`,
              )
            : t('', '');
          body = t(
            `Kategori ${label.id}; nilai capaian IKI = ${formula} = ${val}.${gap.id}${floor.id}`,
            `Kategori ${label.id}; nilai capaian IKI = ${formula} = ${val}.${gap.en}${floor.en}`,
          );
        }
        const readingParam = n.celah
          ? param(p, 'modeCelahCapaian')
          : n.dibatasiBawah
            ? param(p, 'batasBawahNilai')
            : undefined;
        ctx.tracer.step({
          rule: 'pp30.nilai.iki',
          title: t('Nilai capaian IKI', 'Nilai capaian IKI (indicator score)'),
          ref: n.band === null ? p.nilaiTargetMaksimal.ref : n.band.ref,
          ...(readingParam !== undefined
            ? { kind: 'reading' as const, parameter: readingParam }
            : {}),
          path: formatPath(path),
          inputs: {
            capaian: c.toString(out.capaian),
            jenisIndikator: jenis,
            targetMaksimal: iki.targetMaksimal === true,
          },
          output: { kategori: n.kategori, nilai: c.toString(n.nilai) },
          explanation: t(rounded.id + body.id, rounded.en + body.en),
        });
      }
    }
    rincianIki.push(rincian);
    if (!complete || issues.length > 0) continue;

    const nr = nilaiRencanaInti(c, dinilai, p, k);
    reading(ctx, p, 'agregasiRencana');
    if (p.agregasiRencana.value === 'POINTS') reading(ctx, p, 'poinRencana');
    if (nr === null) {
      issues.push(
        PP30_MESSAGES.issue('BAND_MISSING', [...rhkPath, i], {
          param: 'poinRencana',
          value: 'poin',
        }),
      );
      continue;
    }
    const kategori = kategoriRencanaInti(c, nr.nilai, p, k);
    reading(ctx, p, 'kategoriRencana');
    if (kategori === undefined) {
      issues.push(
        PP30_MESSAGES.issue('BAND_MISSING', [...rhkPath, i], {
          param: 'kategoriRencana',
          value: lapor(c, dp, mode, nr.nilai),
        }),
      );
      continue;
    }
    rencana.push(
      rhk.bobot !== undefined
        ? { jenis: rhk.jenis, nilai: nr.nilai, kategori, bobot: rhk.bobot }
        : { jenis: rhk.jenis, nilai: nr.nilai, kategori },
    );
    if (tracing) {
      const vals = dinilai.map((d) => lapor(c, dp, mode, d.nilai));
      const val = lapor(c, dp, mode, nr.nilai);
      const how =
        nr.cara === 'POINTS'
          ? t(
              `jumlah poin kategori IKI = ${nr.poin}, dipetakan ke nilai ${val}`,
              `sum of IKI kategori points = ${nr.poin}, mapped to nilai ${val}`,
            )
          : nr.cara === 'MEAN_BERBOBOT'
            ? t(
                `rata-rata berbobot nilai IKI (${dinilai.map((d) => `${lapor(c, dp, mode, d.nilai)} × ${(d.bobot ?? 0) / 100}%`).join(' + ')}) = ${val}`,
                `weighted mean of the IKI values (${dinilai.map((d) => `${lapor(c, dp, mode, d.nilai)} × ${(d.bobot ?? 0) / 100}%`).join(' + ')}) = ${val}`,
              )
            : t(
                `rata-rata nilai IKI (${vals.join(' + ')}) / ${vals.length} = ${val}`,
                `mean of the IKI values (${vals.join(' + ')}) / ${vals.length} = ${val}`,
              );
      const label = LABELS.predikatPp30[kategori];
      ctx.tracer.step({
        rule: 'pp30.nilai.rencana',
        title: t(
          'Nilai capaian rencana kinerja',
          'Nilai capaian rencana kinerja (work-plan score)',
        ),
        ref: p.agregasiRencana.ref,
        parameter: param(p, 'agregasiRencana'),
        path: formatPath([...rhkPath, i]),
        inputs: {
          nilaiIki: dinilai.map((d) => c.toString(d.nilai)),
          kategoriIki: dinilai.map((d) => d.kategori),
          cara: nr.cara,
        },
        output: c.toString(nr.nilai),
        explanation: t(`Nilai rencana: ${how.id}.`, `Rencana value: ${how.en}.`),
      });
      ctx.tracer.step({
        rule: 'pp30.kategori.rencana',
        title: t('Kategori capaian rencana kinerja', 'Kategori of the rencana kinerja'),
        ref: p.kategoriRencana.ref,
        parameter: param(p, 'kategoriRencana'),
        path: formatPath([...rhkPath, i]),
        inputs: { nilai: c.toString(nr.nilai) },
        output: kategori,
        explanation: t(
          `Nilai ${val} berada pada rentang ${label.id} (${bandsText(p.kategoriRencana.value, 'id', false)}).`,
          `Nilai ${val} falls in the ${label.id} range (${bandsText(p.kategoriRencana.value, 'en', false)}).`,
        ),
      });
    }
  }

  // ---- Perilaku (validated even when the SKP has issues, so that all issues come at once).
  const perilakuIn = bacaPerilaku(c, a, p);
  if (!perilakuIn.ok) issues.push(...perilakuIn.issues);
  const perilaku =
    perilakuIn.ok && perilakuIn.penilai.length > 0
      ? nilaiPerilaku(c, perilakuIn.penilai, p.bobotPenilai.value)
      : null;
  if (perilakuIn.ok && perilaku === null) {
    const weighted = Object.entries(p.bobotPenilai.value)
      .filter(([, w]) => w > 0)
      .map(([k]) => k)
      .sort();
    issues.push(
      PP30_MESSAGES.issue('PERILAKU_NO_WEIGHTED_RATER', ['perilaku', 'penilaian'], {
        peran: weighted.join(', ') || '-',
      }),
    );
  }

  if (issues.length > 0) return { ok: false, issues };
  if (!perilakuIn.ok || perilaku === null) return { ok: false, issues };

  // ---- Nilai SKP.
  const s = jpt ? nilaiSkpJpt(c, rencana, p) : nilaiSkpJaJfInti(c, rencana, p, k);
  if (s === null) return { ok: false, issues: [PP30_MESSAGES.issue('RHK_NO_UTAMA', rhkPath, {})] };
  const adaTambahan = rencana.some((r) => r.jenis === 'TAMBAHAN');
  if (!jpt && adaTambahan) reading(ctx, p, 'bonusTambahan');
  if (tracing) {
    const val = lapor(c, dp, mode, s.sebelumBatas);
    const explanation = jpt
      ? t(
          `Nilai akhir SKP JPT = nilai tertimbang kinerja utama + nilai tertimbang kinerja tambahan = (${rencana
            .map((r, i) => (r.jenis === 'UTAMA' ? lapor(c, dp, mode, s.perRencana[i] as T) : null))
            .filter((x) => x !== null)
            .join(
              ' + ',
            )}) + ${lapor(c, dp, mode, s.tambahan)} = ${val}, dengan nilai tertimbang = nilai rencana × bobot.`,
          `JPT final SKP value = weighted utama + weighted tambahan = (${rencana
            .map((r, i) => (r.jenis === 'UTAMA' ? lapor(c, dp, mode, s.perRencana[i] as T) : null))
            .filter((x) => x !== null)
            .join(
              ' + ',
            )}) + ${lapor(c, dp, mode, s.tambahan)} = ${val}, where weighted value = rencana value × bobot.`,
        )
      : t(
          `Nilai SKP = ${s.berbobot ? 'rata-rata berbobot' : 'rata-rata'} nilai rencana kinerja utama (${lapor(c, dp, mode, s.utama)}) + jumlah tambahan nilai kinerja tambahan (${lapor(c, dp, mode, s.tambahan)}) = ${val}.`,
          `Nilai SKP = ${s.berbobot ? 'weighted mean' : 'mean'} of the utama rencana values (${lapor(c, dp, mode, s.utama)}) + sum of the tambahan bonuses (${lapor(c, dp, mode, s.tambahan)}) = ${val}.`,
        );
    ctx.tracer.step({
      rule: jpt ? 'pp30.nilai.skp.jpt' : 'pp30.nilai.skp.jajf',
      title: t('Nilai SKP', 'Nilai SKP (work-target score)'),
      ref: jpt ? PP30_REFS.nilaiSkpJpt : PP30_REFS.nilaiSkpJaJf,
      ...(!jpt && adaTambahan ? { parameter: param(p, 'bonusTambahan') } : {}),
      path: 'skp',
      inputs: {
        rencana: rencana.map((r) => ({
          jenis: r.jenis,
          nilai: c.toString(r.nilai),
          kategori: r.kategori,
          bobot: r.bobot ?? null,
        })),
      },
      output: c.toString(s.sebelumBatas),
      explanation,
    });
    if (s.dibatasi) {
      ctx.tracer.step({
        rule: 'pp30.nilai.skp.batas',
        title: t('Batas nilai SKP', 'Nilai SKP cap'),
        ref: p.batasNilai.ref,
        path: 'skp',
        inputs: { nilai: c.toString(s.sebelumBatas), batas: p.batasNilai.value },
        output: c.toString(s.nilai),
        explanation: t(
          `Nilai ${val} melebihi batas ${p.batasNilai.value}, sehingga nilai SKP = ${p.batasNilai.value}.`,
          `Nilai ${val} exceeds the cap ${p.batasNilai.value}, so nilai SKP = ${p.batasNilai.value}.`,
        ),
      });
    }
  }

  // ---- Nilai perilaku.
  const perans = Object.keys(perilaku.perPeran);
  if (perans.length > 1 || perilaku.tanpaBobot.length > 0) reading(ctx, p, 'bobotPenilai');
  for (const path of perilakuIn.kepemimpinanDiabaikan) {
    ctx.warn(PP30_MESSAGES.warning('KEPEMIMPINAN_IGNORED', {}, 'pp30.perilaku.penilai', path));
  }
  for (const peran of perilaku.tanpaBobot) {
    ctx.warn(
      PP30_MESSAGES.warning('RATER_WITHOUT_WEIGHT', { peran }, 'pp30.perilaku.gabungan', [
        'perilaku',
        'penilaian',
      ]),
    );
  }
  if (tracing) {
    const aspek = aspekPerilaku(a.pegawai.jabatan);
    for (const r of perilakuIn.penilai) {
      const vals = aspek.map((k) => lapor(c, dp, mode, r.aspek[k] as T));
      ctx.tracer.step({
        rule: 'pp30.perilaku.penilai',
        title: t('Nilai perilaku dari satu penilai', 'Perilaku value from one rater'),
        ref: PP30_REFS.nilaiPerilaku,
        path: formatPath(['perilaku', 'penilaian', r.index]),
        inputs: {
          peran: r.peran,
          aspek: Object.fromEntries(aspek.map((k) => [k, c.toString(r.aspek[k] as T)])),
        },
        output: c.toString(r.nilai),
        explanation: t(
          `Rata-rata ${aspek.length} aspek (${aspek.join(', ')}): (${vals.join(' + ')}) / ${aspek.length} = ${lapor(c, dp, mode, r.nilai)}. Konversi level perilaku ke angka tidak ditetapkan; nilai angka diterima apa adanya.`,
          `Mean of ${aspek.length} aspects (${aspek.join(', ')}): (${vals.join(' + ')}) / ${aspek.length} = ${lapor(c, dp, mode, r.nilai)}. The level-to-number conversion is not fixed; numeric scores are taken as given.`,
        ),
      });
    }
    const used = perilaku.bobot.used;
    const parts = (Object.keys(used) as PeranPenilai[])
      .sort()
      .map((k) => `${k} ${lapor(c, dp, mode, perilaku.perPeran[k] as T)} × ${used[k]}`);
    // The weights applied after re-normalisation (integer basis points), beside the configured ones.
    const applied = basisPointsUsed(perilaku.bobot);
    const excluded = perilaku.bobot.excluded;
    ctx.tracer.step({
      rule: 'pp30.perilaku.gabungan',
      title: t('Nilai perilaku kerja', 'Nilai perilaku kerja (behaviour score)'),
      ref: p.bobotPenilai.ref,
      parameter: param(p, 'bobotPenilai'),
      path: 'perilaku',
      inputs: {
        perPeran: Object.fromEntries(
          Object.entries(perilaku.perPeran).map(([k, v]) => [k, c.toString(v as T)]),
        ),
        bobotDikonfigurasi: { ...p.bobotPenilai.value },
        bobotDipakai: { ...applied },
        dikecualikan: [...excluded],
        tanpaBobot: [...perilaku.tanpaBobot],
      },
      output: c.toString(perilaku.nilai),
      explanation: t(
        `Nilai perilaku = (${parts.join(' + ')}) / ${perilaku.bobot.total} = ${lapor(c, dp, mode, perilaku.nilai)}. ${excluded.length > 0 ? `Peran tanpa masukan dikecualikan (${excluded.join(', ')}); bobot dipakai setelah dinormalkan ulang: ${formatBasisPoints(applied)}` : `Bobot dipakai: ${formatBasisPoints(applied)}`}${perilaku.tanpaBobot.length > 0 ? `; masukan ${perilaku.tanpaBobot.join(', ')} berbobot 0` : ''}.`,
        `Nilai perilaku = (${parts.join(' + ')}) / ${perilaku.bobot.total} = ${lapor(c, dp, mode, perilaku.nilai)}. ${excluded.length > 0 ? `Roles without input are excluded (${excluded.join(', ')}); weights applied after re-normalisation: ${formatBasisPoints(applied)}` : `Weights applied: ${formatBasisPoints(applied)}`}${perilaku.tanpaBobot.length > 0 ? `; input from ${perilaku.tanpaBobot.join(', ')} has weight 0` : ''}.`,
      ),
    });
  }

  // ---- Weights (Pasal 41(2)–(4)) and nilai kinerja.
  const masukan360 = adaMasukan360(a);
  const w = bobotKinerja(p, masukan360);
  reading(ctx, p, 'mode360');
  const kinerja = nilaiKinerjaInti(c, s.nilai, perilaku.nilai, w.bobot, k);
  if (tracing) {
    const why =
      p.mode360.value === 'AUTO'
        ? masukan360
          ? t(
              'penilaian perilaku memuat masukan rekan kerja dan bawahan (360°)',
              'the perilaku assessment has input from peers and subordinates (360°)',
            )
          : t(
              'penilaian perilaku tidak memuat masukan rekan kerja dan bawahan sekaligus',
              'the perilaku assessment does not have input from both peers and subordinates',
            )
        : t(`mode360 = ${p.mode360.value}`, `mode360 = ${p.mode360.value}`);
    ctx.tracer.step({
      rule: 'pp30.bobot',
      title: t('Bobot SKP dan perilaku', 'SKP and perilaku weights'),
      ref: p.mode360.ref,
      parameter: param(p, 'mode360'),
      inputs: { masukan360, mode360: p.mode360.value },
      output: { SKP: w.bobot.SKP, PERILAKU: w.bobot.PERILAKU },
      explanation: t(
        `Bobot ${w.bobot.SKP / 100}% SKP + ${w.bobot.PERILAKU / 100}% perilaku (PP 30/2019 Pasal 41 ayat (${w.dengan360 ? '4' : '3'})), karena ${why.id}.`,
        `Weights ${w.bobot.SKP / 100}% SKP + ${w.bobot.PERILAKU / 100}% perilaku (PP 30/2019 Pasal 41(${w.dengan360 ? '4' : '3'})), because ${why.en}.`,
      ),
    });
    ctx.tracer.step({
      rule: 'pp30.nilai.kinerja',
      title: t('Nilai kinerja PNS', 'Nilai kinerja PNS (performance score)'),
      ref: PP30_REFS.nilaiKinerja,
      inputs: {
        skp: c.toString(s.nilai),
        perilaku: c.toString(perilaku.nilai),
        bobot: { SKP: w.bobot.SKP, PERILAKU: w.bobot.PERILAKU },
      },
      output: c.toString(kinerja),
      explanation: t(
        `Nilai kinerja = ${w.bobot.SKP / 100}% × ${lapor(c, dp, mode, s.nilai)} + ${w.bobot.PERILAKU / 100}% × ${lapor(c, dp, mode, perilaku.nilai)} = ${lapor(c, dp, mode, kinerja)}.`,
        `Nilai kinerja = ${w.bobot.SKP / 100}% × ${lapor(c, dp, mode, s.nilai)} + ${w.bobot.PERILAKU / 100}% × ${lapor(c, dp, mode, perilaku.nilai)} = ${lapor(c, dp, mode, kinerja)}.`,
      ),
    });
  }

  // ---- Predikat (Pasal 41(5)).
  const inovasi = punyaInovasi(a);
  const pred = predikatPp30Inti(
    c,
    kinerja,
    inovasi,
    p,
    p.batasPredikat.value,
    rs.rounding.value,
    k,
  );
  if (pred === null) {
    return {
      ok: false,
      issues: [
        PP30_MESSAGES.issue('BAND_MISSING', [], {
          param: 'predikat',
          value: lapor(c, dp, mode, kinerja),
        }),
      ],
    };
  }
  const otherMode =
    p.batasPredikat.value === 'LOWER_INCLUSIVE' ? 'ROUND_THEN_COMPARE' : 'LOWER_INCLUSIVE';
  const alt = predikatPp30Inti(c, kinerja, inovasi, p, otherMode, rs.rounding.value, k);
  const boundaryDecided = alt?.code !== pred.code;
  if (boundaryDecided) reading(ctx, p, 'batasPredikat');
  if (pred.tanpaInovasi) {
    ctx.warn(
      PP30_MESSAGES.warning(
        'SANGAT_BAIK_TANPA_INOVASI',
        { nilai: lapor(c, dp, mode, kinerja) },
        'pp30.predikat',
        ['inovasi'],
      ),
    );
  }
  const label = LABELS.predikatPp30[pred.code];
  if (tracing) {
    const val = lapor(c, dp, mode, kinerja);
    const note = pred.tanpaInovasi
      ? t(
          ` Nilai ${val} ≥ 110 mencapai rentang Sangat Baik, tetapi Sangat Baik juga mensyaratkan inovasi (ide/cara baru yang meningkatkan kinerja, Pasal 41 ayat (5) huruf a) dan inovasi tidak tercatat; karena itu predikatnya Baik (90 ≤ nilai ≤ 120).`,
          ` Nilai ${val} ≥ 110 reaches the Sangat Baik range, but Sangat Baik also requires inovasi (a new idea or way that improves performance, Pasal 41(5)(a)) and none is recorded; the predikat is therefore Baik (90 ≤ nilai ≤ 120).`,
        )
      : t('', '');
    ctx.tracer.step({
      rule: 'pp30.predikat',
      title: t('Predikat kinerja', 'Predikat (performance rating)'),
      ref: pred.tanpaInovasi || pred.code === 'SANGAT_BAIK' ? PP30_REFS.inovasi : p.predikat.ref,
      ...(boundaryDecided
        ? { kind: 'reading' as const, parameter: param(p, 'batasPredikat') }
        : {}),
      inputs: {
        nilai: c.toString(kinerja),
        dibandingkan: c.toString(pred.dibandingkan),
        inovasi,
        batasPredikat: p.batasPredikat.value,
      },
      output: pred.code,
      explanation: t(
        `Nilai kinerja ${val}: predikat ${label.id} (${bandsText(p.predikat.value, 'id', true)}).${note.id}`,
        `Nilai kinerja ${val}: predikat ${label.id} (${label.en}; ${bandsText(p.predikat.value, 'en', true)}).${note.en}`,
      ),
    });
  }

  const rincian: Pp30Rincian = {
    pendekatan: jpt ? 'JPT' : 'JA_JF',
    rencanaHasilKerja: rencana.map((r, i): Pp30RincianRencana => {
      const x = s.perRencana[i];
      const indikator = rincianIki[i] ?? [];
      const nilai = lapor(c, dp, mode, r.nilai);
      if (x === undefined) return { jenis: r.jenis, kategori: r.kategori, nilai, indikator };
      return jpt
        ? {
            jenis: r.jenis,
            kategori: r.kategori,
            nilai,
            nilaiTertimbang: lapor(c, dp, mode, x),
            indikator,
          }
        : { jenis: r.jenis, kategori: r.kategori, nilai, bonus: lapor(c, dp, mode, x), indikator };
    }),
    skp: {
      utama: lapor(c, dp, mode, s.utama),
      tambahan: lapor(c, dp, mode, s.tambahan),
      sebelumBatas: lapor(c, dp, mode, s.sebelumBatas),
    },
    bobot: w.bobot,
    dengan360: w.dengan360,
    bobotPenilai: { ...perilaku.bobot.used },
    inovasi,
  };
  return {
    ok: true,
    nilai: {
      skp: lapor(c, dp, mode, s.nilai),
      perilaku: lapor(c, dp, mode, perilaku.nilai),
      kinerja: lapor(c, dp, mode, kinerja),
    },
    predikat: predikatPp30(pred.code),
    rincian,
  };
}

/** A reported value: rounded by the ruleset's policy, as a fixed-point string. */
function lapor<T>(c: Calculator<T>, dp: number, mode: RoundingMode, x: T): string {
  return c.roundToFixed(x, dp, mode);
}

/** Marks an UNCERTAIN parameter as having decided something. */
function reading(ctx: ScoreContext, p: Pp30Params, name: ParamName): void {
  if (p[name].ref.status === 'UNCERTAIN') ctx.usedReading(name);
}

/** The `parameter` of a trace step. */
function param(p: Pp30Params, name: ParamName) {
  const prm = p[name] as Param<unknown>;
  return { name, value: prm.value as TraceValue, isDefault: prm.overriddenBy === undefined };
}

/** "≥110 Sangat Baik, ≥90 Baik, …, otherwise Sangat Kurang", from the ruleset's bands. */
function bandsText(
  bands: readonly Band<PredikatPp30>[],
  lang: 'id' | 'en',
  inovasi: boolean,
): string {
  return bands
    .map((b) => {
      const name = LABELS.predikatPp30[b.code].id;
      const extra =
        inovasi && b.code === 'SANGAT_BAIK'
          ? lang === 'id'
            ? ' dengan inovasi'
            : ' with inovasi'
          : '';
      if (b.min === null) return `${lang === 'id' ? 'selain itu' : 'otherwise'} ${name}`;
      return `≥${b.min} ${name}${extra}`;
    })
    .join(', ');
}

/** Rulesets are immutable data: check the SKP/perilaku weights of each params object once. */
const BOBOT_CHECKED = new WeakMap<Pp30Params, readonly Issue[]>();

/** The issues of the SKP/perilaku weights of `p`, checked once per params object. @internal */
export function bobotIssuesOf(p: Pp30Params): readonly Issue[] {
  let issues = BOBOT_CHECKED.get(p);
  if (issues === undefined) {
    const found: Issue[] = [];
    for (const name of ['bobotTanpa360', 'bobotDengan360'] as const) {
      const w = p[name].value;
      found.push(
        ...validateWeights([w.SKP, w.PERILAKU], 'SKP/perilaku', ['ruleset', 'params', name]),
      );
    }
    issues = found;
    BOBOT_CHECKED.set(p, issues);
  }
  return issues;
}

/** All-or-none optional weights; when all are given they must sum to 10000. */
function checkOptionalWeights(
  items: readonly { readonly bobot?: number | undefined }[],
  what: string,
  path: Path,
): Issue[] {
  const given = items.filter((x) => x.bobot !== undefined).length;
  if (given === 0) return [];
  if (given < items.length) return [WEIGHT_MESSAGES.issue('WEIGHTS_PARTIAL', path, { what })];
  return validateWeights(
    items.map((x) => x.bobot ?? 0),
    what,
    path,
  );
}

/**
 * The PP 30/2019 + PermenPANRB 8/2021 regime module.
 *
 * @example
 * ```ts
 * const out = pp30Regime.score(decimalCalculator, appraisal, permenpanrb_8_2021, ctx);
 * if (out.ok) console.log(out.nilai.kinerja, out.predikat.label.id); // '101.96' 'Baik'
 * ```
 */
export const pp30Regime: RegimeModule<'PP30_2019'> = {
  regime: 'PP30_2019',
  score: scorePp30,
};
