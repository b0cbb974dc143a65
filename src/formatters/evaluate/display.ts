import type { MetricResult, Status } from '../../evaluate/result';

/** A value for people: two decimals at most, never rounded up to a round 100%. */
export function displayValue(r: Pick<MetricResult, 'value' | 'unit'>, locale: string): string {
  if (r.value === null) return '—';
  const digits = r.unit === '%' ? 2 : Number.isInteger(r.value) ? 0 : 2;
  let v = r.value;
  if (r.unit === '%' && v < 100 && v > 99.99) v = 99.99;
  const n = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
  if (r.unit === null) return n;
  return r.unit === '%' ? `${n}%` : `${n} ${r.unit}`;
}

export function displayMoney(amount: number, currency: string | null, locale: string): string {
  if (!currency) return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}

export function displayPercent(percent: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(percent)}%`;
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
  return r.partial ? `${r.period} (partial)` : r.period;
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
