import { LABELS, type Locale } from '@kinerja/core';
import type { RecheckRow, UnitFinding } from '../auditing.js';
import { type Calibration, type UnitCalibration, verdictOf } from '../calibration.js';
import { orderPredikat, PREDIKAT_ORDER, predikatLabel } from '../commands/shared.js';
import type { CliRejection, FileDecision } from '../input.js';
import { decisionRowsText } from '../output.js';
import type { RunSummary } from '../pipeline.js';
import { allowedPerBin, distributionChart } from './chart.js';
import { esc } from './escape.js';

/** Everything the HTML report shows. */
export interface ReportData {
  readonly title: string;
  readonly files: readonly string[];
  readonly rulesets: readonly string[];
  readonly summary: RunSummary;
  readonly calibration: Calibration;
  readonly findings: readonly UnitFinding[];
  readonly auditNotes: readonly string[];
  readonly recheck?: {
    readonly checked: number;
    readonly agreed: number;
    readonly disagreed: number;
    readonly notCheckable: number;
    readonly disagreements: readonly RecheckRow[];
  };
  readonly rejections: readonly CliRejection[];
  /** The reading decisions (format detected, header row, synonyms, rows excluded…). */
  readonly decisions?: readonly FileDecision[];
  readonly lang: Locale;
}

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;margin:0;background:#f7f8fa}
header{background:#123c69;color:#fff;padding:20px 32px}header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;opacity:.85}main{padding:16px 32px 48px;max-width:1200px}
h2{border-bottom:2px solid #d9e2ec;padding-bottom:4px;margin-top:32px}
table{border-collapse:collapse;margin:8px 0 16px;background:#fff;font-size:13px}
th,td{border:1px solid #d9e2ec;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eef2f7}td.n{text-align:right;font-variant-numeric:tabular-nums}
.units{display:grid;grid-template-columns:repeat(auto-fill,minmax(580px,1fr));gap:16px}
.unit{background:#fff;border:1px solid #d9e2ec;border-radius:6px;padding:12px 16px}
.unit h3{margin:0 0 4px;font-size:16px}.meta{color:#52606d;margin:0 0 8px}
.badge{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600}
.ok{background:#d3f9d8;color:#1b5e20}.bad{background:#ffe3e3;color:#a61e1e}.na{background:#e9ecef;color:#495057}
.sev-high{color:#a61e1e;font-weight:700}.sev-medium{color:#b35c00;font-weight:600}.sev-low{color:#52606d}
svg.chart{max-width:100%;height:auto}svg .grid{stroke:#e4e7eb;stroke-width:1}
svg .tick,svg .label,svg .count{font-size:11px;fill:#52606d}svg .count{fill:#1f2933;font-weight:600}
svg .band{fill:#4c6ef5;fill-opacity:.16;stroke:#4c6ef5;stroke-opacity:.5;stroke-dasharray:3 2}
svg .curve{fill:none;stroke:#364fc7;stroke-width:2;stroke-dasharray:6 4}
.legend{font-size:12px;color:#52606d}details{margin:6px 0}
footer{color:#7b8794;font-size:12px;padding:0 32px 32px}
`;

const T = {
  id: {
    summary: 'Ringkasan',
    rows: 'Baris',
    scored: 'Dinilai',
    rejected: 'Ditolak',
    excluded: 'Dikecualikan',
    unit: 'Unit kerja',
    total: 'Jumlah',
    distribution: 'Distribusi predikat per unit kerja',
    legend:
      'Batang: sebaran predikat pegawai. Pita biru: rentang yang dibolehkan pola distribusi SE MenPANRB 3/2023 untuk predikat organisasi unit; garis putus-putus: batas atasnya (kurva pedoman). Pola ini bersifat pertimbangan bagi pimpinan.',
    org: 'Predikat organisasi',
    source: { option: 'dari opsi', file: 'dari berkas', data: 'dari data' },
    noOrg: 'Predikat organisasi tidak diketahui: pola distribusi tidak diperiksa.',
    rules: 'Aturan',
    allowed: 'Boleh',
    actual: 'Aktual',
    status: 'Status',
    proposal: 'Usulan kalibrasi',
    changes: 'perubahan',
    infeasible: 'Tidak ada usulan yang memenuhi pola',
    audit: 'Temuan objektivitas penilaian',
    none: 'Tidak ada temuan.',
    severity: 'Tingkat',
    code: 'Kode',
    subject: 'Subjek',
    explanation: 'Penjelasan',
    recheck: 'Pemeriksaan ulang predikat tersimpan',
    rejections: 'Baris yang ditolak',
    file: 'Berkas',
    row: 'Baris',
    field: 'Kolom',
    message: 'Pesan',
    noRejections: 'Tidak ada baris yang ditolak.',
    decisions: 'Keputusan pembacaan data',
    rowsConcerned: 'Baris terkait',
    wholeFile: 'seluruh berkas',
    generated:
      'Dibuat oleh kinerja (Kinerja SDK). Laporan mandiri: tanpa skrip dan tanpa sumber eksternal.',
  },
  en: {
    summary: 'Summary',
    rows: 'Rows',
    scored: 'Scored',
    rejected: 'Rejected',
    excluded: 'Excluded',
    unit: 'Unit',
    total: 'Total',
    distribution: 'Distribution of predikat per unit',
    legend:
      "Bars: the employees' predikat. Blue bands: the range the SE MenPANRB 3/2023 pattern allows for the unit's organisation predikat; dashed line: its upper limits (the guidance curve). The pattern is a consideration for the leader.",
    org: 'Organisation predikat',
    source: { option: 'from the option', file: 'from the file', data: 'from the data' },
    noOrg: 'Organisation predikat unknown: the distribution pattern was not checked.',
    rules: 'Rule',
    allowed: 'Allowed',
    actual: 'Actual',
    status: 'Status',
    proposal: 'Calibration proposal',
    changes: 'change(s)',
    infeasible: 'No proposal can meet the pattern',
    audit: 'Objectivity findings',
    none: 'No findings.',
    severity: 'Severity',
    code: 'Code',
    subject: 'Subject',
    explanation: 'Explanation',
    recheck: 'Recheck of stored predikat',
    rejections: 'Rejected rows',
    file: 'File',
    row: 'Row',
    field: 'Field',
    message: 'Message',
    noRejections: 'No rejected rows.',
    decisions: 'Reading decisions',
    rowsConcerned: 'Rows concerned',
    wholeFile: 'whole file',
    generated:
      'Generated by kinerja (Kinerja SDK). Self-contained: no script and no external resource.',
  },
} as const;

function table(header: readonly string[], rows: readonly (readonly string[])[], cls = ''): string {
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.join('')}</tr>`)
    .join('')}</tbody></table>`;
}
const td = (v: unknown) => `<td>${esc(v)}</td>`;
const tn = (v: number) => `<td class="n">${v}</td>`;

function unitSection(
  unit: string,
  counts: Readonly<Record<string, number>>,
  cal: UnitCalibration | undefined,
  lang: Locale,
): string {
  const t = T[lang];
  const headcount = Object.values(counts).reduce((a, b) => a + b, 0);
  const pmk6 = Object.keys(counts).every((c) => c !== 'CUKUP' && c !== 'BURUK');
  const codes = pmk6
    ? PREDIKAT_ORDER.filter((c) => c !== 'CUKUP' && c !== 'BURUK')
    : orderPredikat(Object.keys(counts));
  const bins = codes.map((code) => ({
    code,
    label: predikatLabel(code),
    count: counts[code] ?? 0,
  }));
  const allowed = cal?.check ? allowedPerBin(cal.check.rules, headcount) : undefined;
  const verdict = cal ? verdictOf(cal) : undefined;
  const badge =
    verdict === 'MEMENUHI'
      ? `<span class="badge ok">${esc(verdict.replace(/_/g, ' '))}</span>`
      : verdict
        ? `<span class="badge bad">${esc(verdict.replace(/_/g, ' '))}</span>`
        : `<span class="badge na">—</span>`;
  const meta = cal
    ? `${t.org}: <strong>${esc(LABELS.predikatOrganisasi[cal.orgPredikat][lang])}</strong> (${esc(t.source[cal.orgPredikatSource])}) · n = ${headcount} · ${badge}`
    : `${esc(t.noOrg)} · n = ${headcount}`;
  const parts = [
    `<section class="unit" data-unit="${esc(unit)}">`,
    `<h3>${esc(unit)}</h3>`,
    `<p class="meta">${meta}</p>`,
    distributionChart(`${unit}: ${t.distribution}`, bins, headcount, allowed),
  ];
  if (cal?.check) {
    parts.push(
      table(
        [t.rules, t.allowed, t.actual, t.status],
        cal.check.rules.map((r) => [
          td(r.message[lang]),
          td(r.allowed.min > r.allowed.max ? '—' : `${r.allowed.min}–${r.allowed.max}`),
          tn(r.actual),
          td(r.status),
        ]),
        'rules',
      ),
    );
  }
  for (const i of cal?.issues ?? [])
    parts.push(`<p class="sev-medium">${esc(`[${i.code}] ${i.message[lang]}`)}</p>`);
  const p = cal?.proposal;
  if (p?.ok && p.feasible && p.changes.length > 0) {
    parts.push(
      `<details><summary>${esc(`${t.proposal}: ${p.changes.length} ${t.changes}`)}</summary>`,
      table(
        ['NIP', 'Nama', 'Dari → ke', t.explanation],
        p.changes.map((c) => [
          td(c.nip),
          td(c.nama ?? ''),
          td(`${predikatLabel(c.from)} → ${predikatLabel(c.to)}`),
          td(c.reason[lang]),
        ]),
        'changes',
      ),
      '</details>',
    );
  } else if (p?.ok && !p.feasible) {
    parts.push(`<p class="sev-medium">${esc(`${t.infeasible}: ${p.reason}`)}</p>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

/**
 * Renders the self-contained HTML report: inline CSS and inline SVG only (it reads without
 * JavaScript and without network), every data value escaped.
 */
export function renderReport(d: ReportData): string {
  const t = T[d.lang];
  const s = d.summary;
  const codes = orderPredikat(Object.keys(s.byPredikat));
  const calByUnit = new Map(d.calibration.units.map((u) => [u.unit, u]));
  const units = Object.keys(s.byUnit).sort();
  const body: string[] = [];
  body.push(
    `<h2>${t.summary}</h2>`,
    table(
      [t.rows, t.scored, t.rejected, t.excluded],
      [[tn(s.total), tn(s.accepted), tn(s.rejected), tn(s.excluded)]],
      'summary',
    ),
    table(
      [t.unit, ...codes.map((c) => esc(predikatLabel(c))), t.total],
      [
        ...units.map((u) => {
          const c = s.byUnit[u] ?? {};
          return [
            td(u),
            ...codes.map((k) => tn(c[k] ?? 0)),
            tn(Object.values(c).reduce((a, b) => a + b, 0)),
          ];
        }),
        [`<th>${t.total}</th>`, ...codes.map((k) => tn(s.byPredikat[k] ?? 0)), tn(s.accepted)],
      ],
      'units-table',
    ),
    `<h2>${t.distribution}</h2>`,
    `<p class="legend">${esc(t.legend)}</p>`,
    `<div class="units">${units.map((u) => unitSection(u, s.byUnit[u] ?? {}, calByUnit.get(u), d.lang)).join('\n')}</div>`,
    `<h2>${t.audit}</h2>`,
    d.findings.length === 0
      ? `<p>${t.none}</p>`
      : table(
          [t.severity, t.unit, t.code, t.subject, t.explanation],
          d.findings.map((f) => [
            `<td class="sev-${esc(f.severity)}">${esc(f.severity)}</td>`,
            td(f.unit),
            td(f.code),
            td(`${f.subject.kind}: ${f.subject.id}`),
            td(f.explanation[d.lang]),
          ]),
          'findings',
        ),
    ...(d.auditNotes.length > 0
      ? [`<ul class="legend">${d.auditNotes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`]
      : []),
  );
  if (d.recheck && d.recheck.checked - d.recheck.notCheckable > 0) {
    const r = d.recheck;
    body.push(
      `<h2>${t.recheck}</h2>`,
      `<p>${esc(`${r.checked} · ${r.agreed} ✓ · ${r.disagreed} ✗ · ${r.notCheckable} —`)}</p>`,
      r.disagreements.length === 0
        ? ''
        : table(
            [t.file, t.row, 'NIP', t.field, t.message],
            r.disagreements.map((x) => [
              td(x.file),
              tn(x.row),
              td(x.nip ?? ''),
              td(x.field),
              td(x.message[d.lang]),
            ]),
            'recheck',
          ),
    );
  }
  if (d.decisions && d.decisions.length > 0) {
    body.push(
      `<h2>${t.decisions}</h2>`,
      table(
        [t.file, t.code, t.message, t.rowsConcerned],
        d.decisions.map((x) => [
          td(x.file),
          td(x.status ? `${x.code} (${x.status})` : x.code),
          td(x.message[d.lang]),
          td(x.rows.length === 0 ? t.wholeFile : decisionRowsText(x.rows, d.lang)),
        ]),
        'decisions',
      ),
    );
  }
  body.push(
    `<h2>${t.rejections}</h2>`,
    d.rejections.length === 0
      ? `<p>${t.noRejections}</p>`
      : table(
          [t.file, t.row, t.field, t.code, `${t.message} (id)`, `${t.message} (en)`],
          d.rejections.map((r) => [
            td(r.file),
            tn(r.row),
            td(r.path.join('.')),
            td(r.code),
            td(r.message.id),
            td(r.message.en),
          ]),
          'rejections',
        ),
  );
  return `<!doctype html>
<html lang="${d.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(d.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${esc(d.title)}</h1><p>${esc(d.files.join(', '))}${d.rulesets.length ? ` · ${esc(d.rulesets.join(', '))}` : ''}</p></header>
<main>
${body.join('\n')}
</main>
<footer>${esc(t.generated)}</footer>
</body>
</html>
`;
}
