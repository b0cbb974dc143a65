const PERIODS: Record<string, { per: string; label: string; adjective: string }> = {
  day: { per: 'per day', label: 'Day', adjective: 'daily' },
  week: { per: 'per ISO week (Monday to Sunday)', label: 'ISO week', adjective: 'weekly' },
  month: { per: 'per calendar month', label: 'Calendar month', adjective: 'monthly' },
  quarter: { per: 'per calendar quarter', label: 'Calendar quarter', adjective: 'quarterly' },
  year: { per: 'per calendar year', label: 'Calendar year', adjective: 'yearly' },
};

/** "month" -> "per calendar month". */
export function perPeriod(period: unknown): string {
  return PERIODS[String(period)]?.per ?? `per ${String(period)}`;
}

/** "month" -> "Calendar month" (table cells). */
export function periodLabel(period: unknown): string {
  return PERIODS[String(period)]?.label ?? String(period ?? '');
}

/** "month" -> "monthly". */
export function periodAdjective(period: unknown): string {
  return PERIODS[String(period)]?.adjective ?? `per ${String(period)}`;
}

/** "month" -> "month", for "after the end of each month". */
export function periodNoun(period: unknown): string {
  const p = String(period ?? '');
  return p === 'week' ? 'ISO week' : p;
}
