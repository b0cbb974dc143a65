import type { Metric } from '../agreement';
import { durationWords, windowTimeWords } from '../words/duration';
import { filterWords } from '../words/filters';
import { hoursWords } from '../words/hours';
import { perPeriod } from '../words/period';
import { humanize, type ViewContext } from './context';

/** The pieces the sentences of measurement.ts, availability.ts and durations.ts are made of. */

/** "office" -> "Office hours", "workdays" -> "Workdays". */
export function calendarLabel(id: string): string {
  const label = humanize(id);
  return /(hours|days|time)$/i.test(label) ? label : `${label} hours`;
}

/** A calendar with its hours: "Office hours (Mon–Fri 08:00–18:00, Europe/Berlin, excluding holidays)". */
export function calendarWords(ctx: ViewContext, id: string): string {
  const cal = ctx.calendar(id);
  if (!cal) return calendarLabel(id);
  const zone = cal.timezone ?? ctx.agreement.timezone;
  const listed = ctx.ref('calendars');
  const holidays = cal.holidays?.length ? `excluding the holidays listed${listed ? ` in ${listed}` : ''}` : '';
  const parts = [hoursWords(cal.hours), zone, holidays].filter((p) => p);
  return `${calendarLabel(id)} (${parts.join(', ')})`;
}

export interface Window {
  /** "Office hours (…)" or "the time outside Office hours (…)"; null around the clock. */
  noun: string | null;
  /** The calendar's label ("Office hours"), for a second mention; null around the clock. */
  label: string | null;
}

export function windowOf(ctx: ViewContext, window: Metric['window']): Window {
  if (window === undefined || window === '24x7') return { noun: null, label: null };
  if (typeof window === 'object' && window !== null && 'outside' in window) {
    return { noun: `the time outside ${calendarWords(ctx, window.outside)}`, label: `the time outside ${calendarLabel(window.outside)}` };
  }
  return { noun: calendarWords(ctx, String(window)), label: calendarLabel(String(window)) };
}

/** "web-requests" -> "web requests", "sync" -> "sync records". */
export function dataNoun(id: string | undefined): string {
  const words = humanize(id ?? 'record').toLowerCase();
  return words.endsWith('s') ? words : `${words} records`;
}

export const quote = (id: string | undefined): string => `“${id ?? ''}”`;

/** " where route is /checkout", or "". */
export function whereWords(filter: unknown, ctx: ViewContext): string {
  const w = filterWords(filter, ctx.fmt);
  return w === '' ? '' : ` where ${w}`;
}

/** "planned by the customer" for a window whose owner is not the provider, else null. */
export function windowOwner(ctx: ViewContext, ownerId: unknown): string | null {
  if (typeof ownerId !== 'string') return null;
  const owner = ctx.party(ownerId);
  if (!owner || owner.role === 'provider') return null;
  return owner.role === 'customer' ? 'planned by the customer' : `planned by ${owner.name ?? ownerId}`;
}

type Excluded = NonNullable<Metric['exclude']>[number];

/** One item of `exclude` or `excludeFromWindow` as a noun phrase. */
function excludedNoun(x: Excluded, ctx: ViewContext, budgetNote: string): string {
  if (x === 'maintenance') {
    const ref = ctx.ref('maintenance');
    return `maintenance windows${ref ? ` (${ref})` : ''}`;
  }
  if (typeof x === 'string') {
    const w = (ctx.agreement.maintenance?.windows ?? []).find((win) => win.id === x);
    const owner = w ? windowOwner(ctx, w.owner) : null;
    return `the ${x} maintenance window${owner ? ` (${owner})` : ''}`;
  }
  const budget = x.upTo ? ` (up to ${windowTimeWords(x.upTo, ctx.fmt)}${x.per ? ` ${perPeriod(x.per)}` : ''}, taken in time order; ${budgetNote})` : '';
  return `the times recorded in the ${quote(x.data)} data${whereWords(x.where, ctx)}${budget}`;
}

/** "; downtime in maintenance windows (section 5) is not counted", or "". */
export function excludedWords(m: Metric, ctx: ViewContext): string {
  if (!m.exclude?.length) return '';
  const names = m.exclude.map((x) => excludedNoun(x, ctx, 'beyond that, downtime counts'));
  return `; downtime in ${ctx.fmt.list(names)} is not counted`;
}

/** "The time of … is left out of the measured time altogether", or null. */
export function excludedFromWindowWords(m: Metric, ctx: ViewContext): string | null {
  if (!m.excludeFromWindow?.length) return null;
  const names = m.excludeFromWindow.map((x) => excludedNoun(x, ctx, 'beyond that, the time is measured'));
  return `The time of ${ctx.fmt.list(names)} is left out of the measured time and of the downtime altogether`;
}

const SLICES: Record<string, [string, string]> = { '1m': ['minute', 'minutes'], '1h': ['hour', 'hours'], '1d': ['day', 'days'], '1s': ['second', 'seconds'] };

/** A slice length as a noun: "1m" -> "minute"/"minutes", "5m" -> "slice"/"slices of 5 minutes". */
export function sliceNoun(slice: string, ctx: ViewContext, plural: boolean): string {
  const named = SLICES[slice];
  if (named) return named[plural ? 1 : 0];
  return plural ? `slices of ${durationWords(slice, ctx.fmt)}` : 'slice';
}
