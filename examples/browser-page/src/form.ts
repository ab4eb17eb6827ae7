/**
 * The page's logic without the DOM: the atasan's form values → an appraisal, and a result → what
 * the page shows. Kept apart from `main.ts` so the same code runs in the browser and in tests.
 */
import {
  type AppraisalInput,
  type EvaluationResult,
  formatPath,
  formatTrace,
  type IkiInput,
  LABELS,
  type Locale,
} from '@kinerja/core';

/**
 * One IKI row of the form. Target and realisasi are kept as typed (`"1200 Dokumen"`, `"2,5"`):
 * the core reads them exactly, with their unit.
 *
 * @example
 * ```ts no-run
 * const row: IkiRow = { aspek: 'KUANTITAS', indikator: 'Dokumen terekam', target: '1200 Dokumen', realisasi: '1260 Dokumen', lebihKecilLebihBaik: false };
 * ```
 */
export interface IkiRow {
  readonly aspek: string;
  readonly indikator: string;
  readonly target: string;
  readonly realisasi: string;
  readonly lebihKecilLebihBaik: boolean;
}

/**
 * Everything the form holds, as strings (what the inputs give).
 *
 * @example
 * ```ts no-run
 * const v: FormValues = { nip: '198703122010011002', nama: 'Siti', jabatan: 'PELAKSANA', tahun: '2024',
 *   rencanaHasilKerja: 'Perekaman data', iki: [], ratingHasilKerja: '', ratingPerilaku: 'SESUAI_EKSPEKTASI' };
 * ```
 */
export interface FormValues {
  readonly nip: string;
  readonly nama: string;
  readonly jabatan: string;
  readonly tahun: string;
  readonly rencanaHasilKerja: string;
  readonly iki: readonly IkiRow[];
  /** Empty: the atasan leaves it to the suggestion from the IKI capaian. */
  readonly ratingHasilKerja: string;
  readonly ratingPerilaku: string;
}

/**
 * The appraisal the core evaluates. Nothing is coerced: an 18-digit NIP stays a string, empty
 * rows are left out, empty optional fields are omitted, and whatever is invalid is reported by
 * the core with its path.
 *
 * @example
 * ```ts no-run
 * evaluate(toAppraisal(values)).predikat?.code; // 'BAIK'
 * ```
 */
export function toAppraisal(v: FormValues): AppraisalInput {
  const tahun = v.tahun.trim();
  const rows = v.iki.filter(
    (r) => r.indikator.trim() !== '' || r.target.trim() !== '' || r.realisasi.trim() !== '',
  );
  const indikator = rows.map((r): IkiInput => {
    const realisasi = r.realisasi.trim();
    return {
      aspek: r.aspek as IkiInput['aspek'],
      indikator: r.indikator.trim(),
      target: r.target.trim(),
      ...(realisasi !== '' ? { realisasi } : {}),
      ...(r.lebihKecilLebihBaik ? { polaritas: 'LOWER_IS_BETTER' as const } : {}),
    };
  });
  const input = {
    pegawai: {
      nip: v.nip.trim(),
      nama: v.nama.trim(),
      jabatan: { jenis: v.jabatan },
    },
    periode: { jenis: 'TAHUNAN', mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31` },
    ...(indikator.length > 0
      ? {
          skp: {
            rencanaHasilKerja: [
              { rencanaHasilKerja: v.rencanaHasilKerja.trim() || '-', indikator },
            ],
          },
        }
      : {}),
    ...(v.ratingHasilKerja !== '' ? { ratingHasilKerja: v.ratingHasilKerja } : {}),
    ...(v.ratingPerilaku !== '' ? { ratingPerilaku: v.ratingPerilaku } : {}),
  };
  return input as AppraisalInput;
}

/**
 * What the page shows for a result.
 *
 * @example
 * ```ts no-run
 * const view: ResultView = present(evaluate(toAppraisal(values)), 'id');
 * view.headline; // 'Predikat: Baik'
 * ```
 */
export interface ResultView {
  readonly ok: boolean;
  readonly headline: string;
  /** Ratings and where they come from (the penilai, or a labelled suggestion). */
  readonly ratings: readonly string[];
  /** One line per issue: field, code and message in the chosen language. */
  readonly issues: readonly string[];
  /** The full explanation (`formatTrace`). */
  readonly trace: string;
}

const T = {
  id: {
    predikat: 'Predikat',
    none: 'Tidak ada predikat: data perlu diperbaiki',
    hasil: 'Rating hasil kerja',
    perilaku: 'Rating perilaku kerja',
    PENILAI: 'ditetapkan penilai',
    SARAN_HEURISTIK: 'SARAN dari capaian, bukan keputusan penilai',
  },
  en: {
    predikat: 'Predikat',
    none: 'No predikat: the data needs fixing',
    hasil: 'Rating hasil kerja',
    perilaku: 'Rating perilaku kerja',
    PENILAI: 'set by the rater',
    SARAN_HEURISTIK: 'SUGGESTION from the capaian, not the rater’s decision',
  },
} as const;

/**
 * Turns a result into the page's text, in Bahasa Indonesia or English.
 *
 * @example
 * ```ts no-run
 * present(result, 'en').headline; // 'Predikat: Good'
 * ```
 */
export function present(r: EvaluationResult, lang: Locale): ResultView {
  const t = T[lang];
  const source = (s: string) => (s in t ? t[s as 'PENILAI'] : s);
  const ratings = r.rating
    ? [
        `${t.hasil}: ${LABELS.rating[r.rating.hasilKerja][lang]} (${source(r.rating.sumber.hasilKerja)})`,
        `${t.perilaku}: ${LABELS.rating[r.rating.perilaku][lang]} (${source(r.rating.sumber.perilaku)})`,
      ]
    : [];
  return {
    ok: r.ok,
    headline: r.ok && r.predikat ? `${t.predikat}: ${r.predikat.label[lang]}` : t.none,
    ratings,
    issues: r.issues.map((i) => `${formatPath(i.path) || '-'}: ${i.code} — ${i.message[lang]}`),
    trace: formatTrace(r, { locale: lang }),
  };
}
