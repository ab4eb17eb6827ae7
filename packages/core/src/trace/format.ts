import type { EvaluationResult } from '../evaluate/evaluate.js';
import type { Locale } from '../i18n/text.js';
import { formatPath } from '../issues/issue.js';
import type { TraceStep, TraceValue } from './trace.js';

const L = {
  id: {
    header: 'Penjelasan penilaian kinerja',
    employee: 'Pegawai',
    period: 'Periode',
    ruleset: 'Ruleset',
    steps: 'Langkah perhitungan',
    result: 'Hasil',
    predikat: 'Predikat',
    values: 'Nilai',
    rating: 'Rating',
    hasil: 'hasil kerja',
    perilaku: 'perilaku kerja',
    warnings: 'Catatan',
    issues: 'Masalah pada data',
    quotation: 'kutipan peraturan',
    reading: 'tafsiran yang dapat diatur',
    input: 'masukan',
    output: 'hasil',
    at: 'pada',
    status: 'status',
    none: 'Tidak ada hasil: data tidak valid.',
    parameter: 'parameter',
    default: 'nilai bawaan',
    agency: 'ditetapkan instansi',
  },
  en: {
    header: 'Performance appraisal explanation',
    employee: 'Employee',
    period: 'Period',
    ruleset: 'Ruleset',
    steps: 'Steps',
    result: 'Result',
    predikat: 'Predikat',
    values: 'Values',
    rating: 'Rating',
    hasil: 'work results',
    perilaku: 'work behaviour',
    warnings: 'Notes',
    issues: 'Problems in the data',
    quotation: 'quotation of the regulation',
    reading: 'configurable reading',
    input: 'inputs',
    output: 'output',
    at: 'at',
    status: 'status',
    none: 'No result: the data is invalid.',
    parameter: 'parameter',
    default: 'default',
    agency: 'set by the agency',
  },
} as const;

const LONG_DECIMAL = /^(-?\d+)\.(\d{7,})$/;

/** Shortens exact decimals with many digits (e.g. 290/3) to 6 places, marked with ≈. */
function shorten(s: string): string {
  const m = LONG_DECIMAL.exec(s);
  if (!m) return s;
  const x = Number(s);
  return Number.isFinite(x) ? `≈${x.toFixed(6).replace(/0+$/, '').replace(/\.$/, '')}` : s;
}

function fmt(v: TraceValue): string {
  if (v === null) return '-';
  if (typeof v === 'string') return shorten(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v, (_k, x) => (typeof x === 'string' ? shorten(x) : x));
}

function fmtStep(s: TraceStep, i: number, locale: Locale): string {
  const l = L[locale];
  const refText = [s.ref.regulation, s.ref.article].filter(Boolean).join(', ');
  const lines = [
    `${i + 1}. ${s.title[locale]}${s.path ? ` (${l.at} ${s.path})` : ''}`,
    `   ${refText} — ${l.status} ${s.ref.status}, ${s.kind === 'reading' ? l.reading : l.quotation}`,
  ];
  if (s.explanation) lines.push(`   ${s.explanation[locale]}`);
  const inputs = Object.entries(s.inputs);
  if (inputs.length > 0)
    lines.push(`   ${l.input}: ${inputs.map(([k, v]) => `${k} = ${fmt(v)}`).join('; ')}`);
  lines.push(`   → ${l.output}: ${fmt(s.output)}`);
  if (s.parameter) {
    lines.push(
      `   ${l.parameter} ${s.parameter.name} = ${fmt(s.parameter.value)} (${s.parameter.isDefault ? l.default : l.agency})`,
    );
  }
  return lines.join('\n');
}

/**
 * Renders a result's trace as text an employee can follow, in Bahasa Indonesia (default) or
 * English: who, which ruleset, every step with its legal reference and status, the result,
 * and any notes or problems.
 *
 * @example
 * ```ts
 * console.log(formatTrace(evaluate(appraisal), { locale: 'en' }));
 * ```
 */
export function formatTrace(result: EvaluationResult, opts: { locale?: Locale } = {}): string {
  const locale = opts.locale ?? 'id';
  const l = L[locale];
  const out: string[] = [l.header, '='.repeat(l.header.length)];
  if (result.nip)
    out.push(
      `${l.employee}: ${result.nama ?? ''} (NIP ${result.nip})${result.unitKerja ? `, ${result.unitKerja}` : ''}`,
    );
  if (result.periode)
    out.push(
      `${l.period}: ${result.periode.label ?? result.periode.jenis} (${result.periode.mulai} – ${result.periode.selesai})`,
    );
  if (result.ruleset)
    out.push(
      `${l.ruleset}: ${result.ruleset.id} v${result.ruleset.version}${result.ruleset.agency ? ` (${result.ruleset.agency})` : ''}`,
    );
  if (result.trace.length > 0) {
    out.push('', `${l.steps}:`);
    for (const [i, s] of result.trace.entries()) out.push(fmtStep(s, i, locale));
  }
  out.push('');
  if (result.ok && result.predikat) {
    out.push(`${l.result}:`);
    if (result.nilai && Object.keys(result.nilai).length > 0) {
      out.push(
        `  ${l.values}: ${Object.entries(result.nilai)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
    }
    if (result.rating) {
      out.push(
        `  ${l.rating} ${l.hasil}: ${result.rating.hasilKerja}; ${l.rating} ${l.perilaku}: ${result.rating.perilaku}`,
      );
    }
    out.push(`  ${l.predikat}: ${result.predikat.label[locale]} (${result.predikat.code})`);
  } else {
    out.push(l.none);
  }
  if (result.warnings.length > 0) {
    out.push('', `${l.warnings}:`);
    for (const w of result.warnings) out.push(`  - ${w.message[locale]}`);
  }
  if (result.issues.length > 0) {
    out.push('', `${l.issues}:`);
    for (const i of result.issues)
      out.push(`  - [${i.code}] ${formatPath(i.path) || '(root)'}: ${i.message[locale]}`);
  }
  return out.join('\n');
}
