import { parseCondition, parsePercent, pointsUp } from '../core/condition';
import { cmp, dec, mul, shift, sub, type Dec } from '../core/decimal';
import { ALWAYS, createCalendar, outside, type Calendar, type CalendarDef } from '../time/calendar';
import { parsePeriodLabel, periodsIn, termRange, type PeriodKind } from '../time/period';
import { getZone, isValidZone } from '../time/zone';
import { compactDuration } from './describe';
import { decText } from './normalize';
import type { Effect } from './types';

type Data = Record<string, unknown>;
const rec = (x: unknown): Data => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Data) : {});
const YEAR_MS = 366 * 86_400_000;

/** The metric's window as a calendar, in the agreement's zone; null when it cannot be built. */
export function windowCalendar(agreement: Data, window: unknown): { calendar: Calendar; name: string } | null {
  try {
    const zone = getZone(isValidZone(String(agreement.timezone)) ? String(agreement.timezone) : 'UTC');
    const name = typeof window === 'string' ? window : typeof rec(window).outside === 'string' ? String(rec(window).outside) : '24x7';
    const def = rec(agreement.calendars)[name];
    const inner = name === '24x7' ? ALWAYS : def ? createCalendar(def as CalendarDef, zone) : null;
    if (!inner) return null;
    return typeof window === 'object' && window !== null ? { calendar: outside(inner), name: `outside ${name}` } : { calendar: inner, name };
  } catch {
    return null;
  }
}

/** The first whole period of the term: the representative period effects are computed over. */
export function samplePeriod(agreement: Data, kind: PeriodKind): { label: string; start: number; end: number } | null {
  try {
    const zone = getZone(String(agreement.timezone));
    const term = rec(agreement.term);
    const { start } = termRange(String(term.start), String(term.end), zone);
    return periodsIn(kind, zone, start, start + 2 * YEAR_MS).find((p) => parsePeriodLabel(p.label, zone)?.start === p.start) ?? null;
  } catch {
    return null;
  }
}

export interface Downtime {
  ms: Dec;
  text: string;
}

/**
 * Downtime an availability metric allows in its representative period:
 * window time × (100 − target) / 100, exactly (W counts excluded time, as
 * evaluate does). Null for other metrics and targets.
 */
export function allowedDowntime(agreement: Data, metric: Data | undefined): Downtime | null {
  if (!metric || metric.kind !== 'availability') return null;
  const target = parseCondition(metric.target);
  if (!target || target.unit !== '%' || !pointsUp(target)) return null;
  const period = samplePeriod(agreement, metric.period as PeriodKind);
  const win = windowCalendar(agreement, metric.window);
  if (!period || !win) return null;
  const w = win.calendar.windowTime(period.start, period.end);
  const ms = shift(mul(dec(w), sub(dec(100), target.number)), 2);
  const hours = win.name === '24x7' ? '24x7' : `${win.name} hours`;
  return { ms, text: `in ${period.label} (${hours})` };
}

export function downtimeEffect(before: Downtime | null, after: Downtime | null): Effect[] {
  if (!before && !after) return [];
  const show = (d: Downtime | null) => (d ? compactDuration(Number(decText(d.ms))) : 'none');
  const where = after?.text ?? before?.text ?? '';
  return [{ measure: 'allowed-downtime', before: before ? decText(before.ms) : null, after: after ? decText(after.ms) : null, unit: 'ms', text: `allowed downtime ${where}: ${show(before)} → ${show(after)}` }];
}

export interface Credit {
  amount: Dec;
  currency: string;
  per: string;
}

/** The largest credit a metric can earn in one period: its largest tier, capped, × the service fee. */
export function largestCredit(agreement: Data, metric: Data | undefined): Credit | null {
  if (!metric) return null;
  const service = (Array.isArray(agreement.services) ? (agreement.services as Data[]) : []).find((s) => s.id === metric.service);
  const fee = rec(service?.fee);
  const amount = typeof fee.amount === 'number' ? dec(fee.amount) : null;
  if (!amount) return null;
  let best: Dec = dec(0);
  for (const tier of Array.isArray(metric.credits) ? (metric.credits as Data[]) : []) {
    const p = parsePercent(tier.credit);
    if (p && cmp(p, best) > 0) best = p;
  }
  const cap = parsePercent(rec(agreement.credits).cap);
  if (cap && cmp(best, cap) > 0) best = cap;
  return { amount: shift(mul(amount, best), 2), currency: String(agreement.currency ?? ''), per: String(fee.per ?? 'period') };
}

export function creditEffect(before: Credit | null, after: Credit | null): Effect[] {
  if (!before && !after) return [];
  if (before && after && cmp(before.amount, after.amount) === 0) return [];
  const currency = after?.currency ?? before?.currency ?? '';
  const show = (c: Credit | null) => (c ? `${c.currency} ${money(c.amount)}`.trim() : 'none');
  return [{ measure: 'largest-credit', before: before ? decText(before.amount) : null, after: after ? decText(after.amount) : null, unit: currency, text: `largest credit per ${after?.per ?? before?.per}: ${show(before)} → ${show(after)}` }];
}

/** 1200 -> "1,200.00"; more decimals are kept when the amount has them. */
export function money(d: Dec): string {
  const [int, frac = ''] = decText(d).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac.padEnd(2, '0')}`;
}
