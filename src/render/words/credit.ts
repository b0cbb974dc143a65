import { percentNumberText } from './condition';
import type { LocaleFormat } from './locale-format';

const FIXED_PER: Record<string, string> = {
  period: 'for the period',
  item: 'per item that missed its time limit',
  incident: 'per incident',
  'day-late': 'per started day by which an item missed its time limit',
};

/**
 * What a tier credits, in words: "10%", "10 times what the customer paid for
 * the downtime", "€50.00 per incident" (docs/semantics.md, Credit forms).
 */
export function creditWords(credit: unknown, fmt: LocaleFormat, currency: string): string {
  const percent = percentNumberText(credit);
  if (percent !== null) return fmt.percent(percent);
  if (!credit || typeof credit !== 'object') return String(credit ?? '');
  const c = credit as { times?: unknown; of?: unknown; amount?: unknown; per?: unknown };
  if (c.times !== undefined) {
    const beyond = c.of === 'downtime-beyond-target' ? ' beyond what the target allows' : '';
    return `${fmt.number(c.times as number)} times what the customer paid for the downtime${beyond}`;
  }
  if (typeof c.amount === 'number') return `${fmt.money(c.amount, currency)} ${FIXED_PER[String(c.per)] ?? `per ${String(c.per)}`}`;
  return '';
}

const SPANS: Record<string, string> = {
  period: 'in each credited period',
  month: 'in each calendar month',
  quarter: 'in each calendar quarter',
  year: 'in each calendar year',
  term: 'over the whole term',
  'rolling-12-months': 'over any twelve months in a row (the twelve months that end with the credited period)',
};

const SPAN_NOUNS: Record<string, string> = {
  period: 'the credited period',
  month: 'the month',
  quarter: 'the quarter',
  year: 'the year',
  term: 'the term',
  'rolling-12-months': 'the twelve months',
};

/** A cap over a span: "at 50% of its credit base in each calendar year", "at €5,000.00 over the whole term". */
export function capWords(cap: { max?: unknown; per?: unknown }, fmt: LocaleFormat, currency: string): string {
  const span = SPANS[String(cap.per)] ?? `per ${String(cap.per)}`;
  const noun = SPAN_NOUNS[String(cap.per)] ?? 'the span';
  const percent = typeof cap.max === 'string' && cap.max.endsWith('%') ? percentNumberText(cap.max) : null;
  if (percent !== null) return `at ${fmt.percent(percent)} of the sum of its credit bases ${span}`;
  if (typeof cap.max === 'number') return `at ${fmt.money(cap.max, currency)} ${span}`;
  const days = /^(\d+) days?$/.exec(String(cap.max ?? ''));
  if (days) {
    const n = Number(days[1]);
    const service = `${fmt.number(n)} day${n === 1 ? '' : 's'} of service`;
    return `at the price of ${service} ${span}: the credit base over ${noun} × ${fmt.number(n)} ÷ the number of days in ${noun}`;
  }
  return `at ${String(cap.max)} ${span}`;
}
