import type { MetricKind } from '../../core/model';
import type { Metric } from '../agreement';
import { negatedWords } from '../words/condition';
import { durationWords } from '../words/duration';
import { filterWords } from '../words/filters';
import { hoursWords } from '../words/hours';
import { perPeriod } from '../words/period';
import { humanize, type ViewContext } from './context';

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

interface Window {
  /** "Office hours (…)" or "the time outside Office hours (…)"; null around the clock. */
  noun: string | null;
}

function windowOf(ctx: ViewContext, window: Metric['window']): Window {
  if (window === undefined || window === '24x7') return { noun: null };
  if (typeof window === 'object' && window !== null && 'outside' in window) {
    return { noun: `the time outside ${calendarWords(ctx, window.outside)}` };
  }
  return { noun: calendarWords(ctx, String(window)) };
}

/** "web-requests" -> "web requests", "sync" -> "sync records". */
export function dataNoun(id: string | undefined): string {
  const words = humanize(id ?? 'record').toLowerCase();
  return words.endsWith('s') ? words : `${words} records`;
}

const quote = (id: string | undefined): string => `“${id ?? ''}”`;

function where(m: Metric, ctx: ViewContext): string {
  const w = filterWords(m.where, ctx.fmt);
  return w === '' ? '' : ` where ${w}`;
}

function excluded(m: Metric, ctx: ViewContext): string {
  if (!m.exclude?.length) return '';
  const ref = ctx.ref('maintenance');
  const names = m.exclude.map((x) => (x === 'maintenance' ? `maintenance windows${ref ? ` (${ref})` : ''}` : `the ${x} maintenance window`));
  return `; downtime in ${ctx.fmt.list(names)} is not counted`;
}

function sliceNoun(slice: string, ctx: ViewContext): string {
  const words: Record<string, string> = { '1m': 'minutes', '1h': 'hours', '1d': 'days', '1s': 'seconds' };
  return words[slice] ?? `slices of ${durationWords(slice, ctx.fmt)}`;
}

function availability(m: Metric, ctx: ViewContext): string {
  const w = windowOf(ctx, m.window);
  const period = perPeriod(m.period);
  if (m.slice) {
    const noun = dataNoun(m.data);
    const kind = ctx.dataSource(m.data)?.kind;
    const good = filterWords(m.good, ctx.fmt);
    const succeed = kind === 'counts' ? 'succeed' : good ? `are good (${good})` : 'are recorded';
    const inWindow = w.noun ? ` of ${w.noun}` : '';
    return (
      `the share of ${sliceNoun(m.slice, ctx)}${inWindow} in which ${negatedWords(m.downWhen, ctx.fmt)} of ${noun}${where(m, ctx)} ${succeed}, ` +
      `measured ${period} from the ${quote(m.data)} data; a slice without requests counts as up${excluded(m, ctx)}`
    );
  }
  const service = ctx.service(m.service)?.name ?? 'the service';
  const span = w.noun ?? 'time, around the clock,';
  return `the share of ${span} in which ${service} is not down, measured ${period} from the downtime recorded in the ${quote(m.data)} data${where(m, ctx)}${excluded(m, ctx)}`;
}

function ratio(m: Metric, ctx: ViewContext): string {
  const source = ctx.dataSource(m.data);
  const period = perPeriod(m.period);
  if (source?.kind === 'counts') {
    const c = source.columns ?? {};
    return `the share of successful ${dataNoun(m.data)}: the sum of ${c.good ?? 'good'} over the sum of ${c.total ?? 'total'} in the ${quote(m.data)} data${where(m, ctx)}, measured ${period}`;
  }
  const good = filterWords(m.good, ctx.fmt);
  return `the share of ${dataNoun(m.data)}${where(m, ctx)} in which ${good || 'the row is good'}, measured ${period} from the ${quote(m.data)} data`;
}

function ordinal(n: number | undefined, ctx: ViewContext): string {
  if (n === undefined) return '';
  const suffix = Number.isInteger(n) && Math.floor(n / 10) % 10 !== 1 ? ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th' : 'th';
  return `${ctx.fmt.number(n)}${suffix}`;
}

function percentile(m: Metric, ctx: ViewContext): string {
  const unit = m.unit ? `, in ${m.unit}` : '';
  return `the ${ordinal(m.percentile, ctx)} percentile (nearest rank) of ${m.value ?? 'the value'}${unit}, over ${dataNoun(m.data)}${where(m, ctx)}, measured ${perPeriod(m.period)} from the ${quote(m.data)} data`;
}

function duration(m: Metric, ctx: ViewContext): string {
  const w = windowOf(ctx, m.window);
  const within = durationWords(m.within, ctx.fmt);
  const limit = w.noun ? `${within} of ${w.noun}` : `${within}, around the clock,`;
  const pauses = typeof m.pauses === 'string' ? `; time recorded in the ${quote(m.pauses)} data (such as waiting on the customer) is not counted` : '';
  return (
    `the share of ${dataNoun(m.data)}${where(m, ctx)} that take at most ${limit} from ${m.from ?? 'start'} to ${m.to ?? 'end'}, ` +
    `measured ${perPeriod(m.period)}; each counts in the period in which its ${m.from ?? 'start'} falls${pauses}`
  );
}

const AGGREGATES: Record<string, string> = { sum: 'the sum', mean: 'the mean', min: 'the smallest value', max: 'the largest value' };

function aggregate(m: Metric, ctx: ViewContext): string {
  const period = perPeriod(m.period);
  if (m.aggregate === 'count' || m.aggregate === undefined) {
    return `the number of ${dataNoun(m.data)}${where(m, ctx)}, counted ${period} from the ${quote(m.data)} data`;
  }
  const what = AGGREGATES[m.aggregate] ?? `the ${m.aggregate}`;
  return `${what} of ${m.value ?? 'the value'} over ${dataNoun(m.data)}${where(m, ctx)}, measured ${period} from the ${quote(m.data)} data`;
}

/** The sentence of each metric kind (core/metric-kinds). */
const KINDS = { availability, ratio, percentile, duration, aggregate } satisfies Record<MetricKind, (m: Metric, ctx: ViewContext) => string>;

/** How a metric is measured, in one sentence generated from its definition. */
export function measurementWords(m: Metric, ctx: ViewContext): string {
  const words = (Object.hasOwn(KINDS, m.kind ?? '') ? KINDS[m.kind as MetricKind](m, ctx) : undefined) ?? `measured ${perPeriod(m.period)} from the ${quote(m.data)} data`;
  return words.charAt(0).toUpperCase() + words.slice(1) + '.';
}
