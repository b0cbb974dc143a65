import type { MetricResult, Status } from '../../evaluate/result';
import { numberFormat } from './number-format';

const THRESHOLD = /(-?\d+(?:\.\d+)?)/;

/**
 * How many decimals a value needs so that, rounded, it still sits on the
 * same side of its target as the exact value: 99.8992% against `>= 99.9%`
 * shows as 99.899%, never as a "99.90%" next to the word breached.
 */
export function faithfulDigits(value: number, target: string | undefined, digits: number): number {
  const m = target ? THRESHOLD.exec(target) : null;
  if (!m) return digits;
  const threshold = Number(m[1]);
  const side = Math.sign(value - threshold);
  let d = digits;
  while (d < 10 && Math.sign(Number(value.toFixed(d)) - threshold) !== side) d++;
  return d;
}

/** A value for people: two decimals (more only where needed to stay faithful to the target), never rounded up to 100%. */
export function displayValue(r: Pick<MetricResult, 'value' | 'unit'> & { target?: string }, locale: string): string {
  if (r.value === null) return '—';
  let v = r.value;
  let digits = r.unit === '%' ? 2 : Number.isInteger(v) ? 0 : 2;
  if (r.unit === '%' && v < 100 && v > 99.99) v = 99.99;
  else digits = faithfulDigits(v, r.target, digits);
  const n = numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
  if (r.unit === null) return n;
  return r.unit === '%' ? `${n}%` : `${n} ${r.unit}`;
}

export function displayMoney(amount: number, currency: string | null, locale: string): string {
  if (!currency) return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
  return numberFormat(locale, { style: 'currency', currency }).format(amount);
}

export function displayPercent(percent: number, locale: string): string {
  return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(percent)}%`;
}

export const STATUS_LABEL: Record<Status, string> = {
  met: 'met',
  'at-risk': 'at risk',
  breached: 'breached',
  excused: 'excused',
  'no-data': 'no data',
};

/** The credit cell: the tier's percent and what earn-back did to it. */
export function displayCredit(r: MetricResult, locale: string): string {
  if (r.credit === 0) return '';
  const base = displayPercent(r.credit, locale);
  return r.earnBack ? `${base} (${r.earnBack})` : base;
}

export function periodLabel(r: MetricResult): string {
  const period = r.partial ? `${r.period} (partial)` : r.period;
  return r.resource === undefined ? period : `${period} · ${r.resource}`;
}

/** `3 breached · 1 at risk · 12 met`, leaving out zero counts except met. */
export function countsLine(totals: { breached: number; atRisk: number; met: number; excused: number; noData: number }): string {
  const parts: string[] = [];
  if (totals.breached) parts.push(`${totals.breached} breached`);
  if (totals.atRisk) parts.push(`${totals.atRisk} at risk`);
  parts.push(`${totals.met} met`);
  if (totals.excused) parts.push(`${totals.excused} excused`);
  if (totals.noData) parts.push(`${totals.noData} no data`);
  return parts.join(' · ');
}
