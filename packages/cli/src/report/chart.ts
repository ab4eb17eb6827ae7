import type { RuleCheck } from '@kinerja/core/calibration';
import { esc } from './escape.js';

/** One bar of a unit's chart. */
export interface Bin {
  readonly code: string;
  readonly label: string;
  readonly count: number;
}

/** The allowed count interval of each single-predikat rule of the guidance, intersected. */
export function allowedPerBin(
  rules: readonly RuleCheck[],
  headcount: number,
): Map<string, { min: number; max: number }> {
  const out = new Map<string, { min: number; max: number }>();
  for (const r of rules) {
    if (r.kind === 'MODAL' || r.bins.length !== 1) continue;
    const bin = r.bins[0] as string;
    const cur = out.get(bin) ?? { min: 0, max: headcount };
    out.set(bin, { min: Math.max(cur.min, r.allowed.min), max: Math.min(cur.max, r.allowed.max) });
  }
  return out;
}

const COLORS: Readonly<Record<string, string>> = {
  SANGAT_BAIK: '#1b7f3b',
  BAIK: '#4caf50',
  BUTUH_PERBAIKAN: '#f0b429',
  CUKUP: '#f0b429',
  KURANG: '#e8590c',
  SANGAT_KURANG: '#c92a2a',
  BURUK: '#c92a2a',
};

const pct = (n: number, d: number) => (d > 0 ? (100 * n) / d : 0);

/**
 * An inline SVG bar chart of a unit's predikat shares, with the guidance of its organisation
 * predikat drawn over it: a shaded band per predikat for the allowed share and a dashed line
 * through the upper limits (the "guidance curve"). No script, no external asset.
 */
export function distributionChart(
  title: string,
  bins: readonly Bin[],
  headcount: number,
  allowed: ReadonlyMap<string, { min: number; max: number }> | undefined,
): string {
  const W = 560;
  const H = 240;
  const left = 44;
  const top = 16;
  const bottom = 48;
  const plotH = H - top - bottom;
  const slot = (W - left - 10) / Math.max(1, bins.length);
  const y = (p: number) => top + plotH - (plotH * Math.min(100, Math.max(0, p))) / 100;
  const parts: string[] = [];
  for (const t of [0, 25, 50, 75, 100]) {
    parts.push(
      `<line class="grid" x1="${left}" x2="${W - 10}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}"/>`,
      `<text class="tick" x="${left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${t}%</text>`,
    );
  }
  const curve: string[] = [];
  bins.forEach((b, i) => {
    const cx = left + slot * i + slot / 2;
    const a = allowed?.get(b.code);
    if (a) {
      const lo = pct(a.min, headcount);
      const hi = pct(Math.max(a.min, a.max), headcount);
      parts.push(
        `<rect class="band" x="${(cx - slot * 0.4).toFixed(1)}" width="${(slot * 0.8).toFixed(1)}" y="${y(hi).toFixed(1)}" height="${Math.max(1, y(lo) - y(hi)).toFixed(1)}"><title>${esc(`${b.label}: ${a.min}–${a.max} / ${headcount}`)}</title></rect>`,
      );
      curve.push(`${cx.toFixed(1)},${y(pct(a.max, headcount)).toFixed(1)}`);
    } else if (allowed) {
      curve.push(`${cx.toFixed(1)},${y(100).toFixed(1)}`);
    }
    const share = pct(b.count, headcount);
    const bw = slot * 0.5;
    parts.push(
      `<rect class="bar" data-predikat="${esc(b.code)}" fill="${COLORS[b.code] ?? '#4c6ef5'}" x="${(cx - bw / 2).toFixed(1)}" width="${bw.toFixed(1)}" y="${y(share).toFixed(1)}" height="${(y(0) - y(share)).toFixed(1)}"><title>${esc(`${b.label}: ${b.count} (${share.toFixed(1)}%)`)}</title></rect>`,
      `<text class="count" x="${cx.toFixed(1)}" y="${(y(share) - 4).toFixed(1)}" text-anchor="middle">${b.count}</text>`,
      `<text class="label" x="${cx.toFixed(1)}" y="${H - bottom + 16}" text-anchor="middle">${esc(b.label)}</text>`,
      `<text class="label" x="${cx.toFixed(1)}" y="${H - bottom + 30}" text-anchor="middle">${share.toFixed(1)}%</text>`,
    );
  });
  if (curve.length > 1) {
    parts.push(`<polyline class="curve" points="${curve.join(' ')}"/>`);
  }
  return `<svg class="chart" role="img" aria-label="${esc(title)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg"><title>${esc(title)}</title>${parts.join('')}</svg>`;
}
