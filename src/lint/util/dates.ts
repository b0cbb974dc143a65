const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `text` is not a real YYYY-MM-DD date ('2026-02 has 28 days'), or undefined when it is one. */
export function dateProblem(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return 'write dates as YYYY-MM-DD';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `there is no month ${m[2]}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days ? undefined : `${m[1]}-${m[2]} has ${days} days`;
}

export const isRealDate = (text: string): boolean => dateProblem(text) === undefined;

/** YYYY-MM-DD strings order as dates. */
export const compareDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The term's dates, when both are real dates in order. */
export function termDates(term: { start?: unknown; end?: unknown } | undefined): { start: string; end: string } | undefined {
  const { start, end } = term ?? {};
  if (typeof start !== 'string' || typeof end !== 'string' || !isRealDate(start) || !isRealDate(end)) return undefined;
  return compareDates(start, end) <= 0 ? { start, end } : undefined;
}
