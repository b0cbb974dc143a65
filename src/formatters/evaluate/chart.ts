import type { Status } from '../../evaluate/result';

export interface ChartPoint {
  label: string;
  value: number | null;
  status: Status;
}

export interface ChartSpec {
  /** Unique within the document: ids of the title and description derive from it. */
  id: string;
  title: string;
  points: ChartPoint[];
  target: number | null;
  /** The value's unit for the description ('%', 'ms', ...). */
  unit: string | null;
}

const W = 480;
const H = 160;
const PAD = { left: 56, right: 32, top: 12, bottom: 28 };
const COLOR: Record<Status, string> = { met: '#1a7f37', 'at-risk': '#9a6700', breached: '#cf222e', excused: '#0969da', 'no-data': '#6e7781' };

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fmt = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * An inline SVG line chart of one metric across its periods, with the target
 * as a dashed line. Pure: the same spec gives the same bytes. Values are
 * scaled to the range of the data and the target, so a 99.5 % target over
 * values near 99 % is readable rather than a flat line at the top.
 */
export function metricChart(spec: ChartSpec): string {
  const values = spec.points.map((p) => p.value).filter((v): v is number => v !== null);
  const all = spec.target === null ? values : [...values, spec.target];
  let lo = all.length ? Math.min(...all) : 0;
  let hi = all.length ? Math.max(...all) : 1;
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const margin = (hi - lo) * 0.1;
  lo -= margin;
  hi += margin;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const n = spec.points.length;
  const x = (i: number): number => PAD.left + (n <= 1 ? plotW / 2 : (plotW * i) / (n - 1));
  const y = (v: number): number => PAD.top + plotH * (1 - (v - lo) / (hi - lo));
  const unit = spec.unit === '%' ? '%' : spec.unit ? ` ${spec.unit}` : '';
  const desc =
    spec.points.map((p) => `${p.label}: ${p.value === null ? 'no data' : fmt(p.value) + unit} (${p.status})`).join('; ') +
    (spec.target === null ? '' : `; target ${fmt(spec.target)}${unit}`);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" aria-labelledby="${spec.id}-title ${spec.id}-desc">`,
    `<title id="${spec.id}-title">${esc(spec.title)}</title>`,
    `<desc id="${spec.id}-desc">${esc(desc)}</desc>`,
    `<rect x="${PAD.left}" y="${PAD.top}" width="${plotW}" height="${plotH}" fill="#ffffff" stroke="#d0d7de"/>`,
    `<text x="${PAD.left - 6}" y="${PAD.top + 4}" font-size="10" text-anchor="end" font-family="sans-serif">${esc(fmt(hi) + unit)}</text>`,
    `<text x="${PAD.left - 6}" y="${PAD.top + plotH}" font-size="10" text-anchor="end" font-family="sans-serif">${esc(fmt(lo) + unit)}</text>`,
  ];
  if (spec.target !== null) {
    const ty = fmt(y(spec.target));
    parts.push(`<line x1="${PAD.left}" y1="${ty}" x2="${W - PAD.right}" y2="${ty}" stroke="#57606a" stroke-dasharray="4 3"/>`);
    parts.push(`<text x="${W - PAD.right - 2}" y="${fmt(y(spec.target) - 3)}" font-size="9" text-anchor="end" fill="#57606a" font-family="sans-serif">target</text>`);
  }
  const line = spec.points
    .map((p, i) => (p.value === null ? null : `${fmt(x(i))},${fmt(y(p.value))}`))
    .filter((s): s is string => s !== null);
  if (line.length > 1) parts.push(`<polyline points="${line.join(' ')}" fill="none" stroke="#57606a" stroke-width="1.5"/>`);
  // at most about eight labels, so weekly series stay legible
  const every = Math.ceil(n / 8);
  const radius = n > 24 ? 2.5 : 4;
  spec.points.forEach((p, i) => {
    if (p.value !== null) parts.push(`<circle cx="${fmt(x(i))}" cy="${fmt(y(p.value))}" r="${radius}" fill="${COLOR[p.status]}"/>`);
    if (i % every === 0) parts.push(`<text x="${fmt(x(i))}" y="${H - 10}" font-size="10" text-anchor="middle" font-family="sans-serif">${esc(p.label)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

const TIME: Record<string, number> = { ms: 1, s: 1000, m: 60000, min: 60000, h: 3600000, d: 86400000 };

/** The number in a target such as `>= 99.5%` or `<= 1s`, in the value's unit; null when not a plain bound. */
export function targetNumber(target: string, unit: string | null): number | null {
  const m = /^\s*(?:<=|>=|<|>|==|=)?\s*(-?\d+(?:\.\d+)?)\s*([a-z%]*)\s*$/i.exec(target);
  if (!m) return null;
  const n = Number(m[1]);
  const from = m[2].toLowerCase();
  if (unit && from && from !== unit && TIME[from] && TIME[unit]) return (n * TIME[from]) / TIME[unit];
  return n;
}
