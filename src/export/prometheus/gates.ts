import { InputError } from '../../core/errors';
import type { Agreement, Metric } from '../../core/model';
import { ALWAYS, createCalendar, maintenanceCalendar, outside, subtract, type Calendar, type Interval, type Zone } from '../../time';

/** A metric's calendar (`window`, default 24x7), built as the evaluation builds it. */
export function windowOf(a: Agreement, metric: Metric, zone: Zone): Calendar {
  const named = (name: string): Calendar => {
    const def = a.calendars?.[name];
    if (def) return createCalendar(def, zone);
    if (name === '24x7') return ALWAYS;
    throw new InputError(`unknown calendar '${name}'`);
  };
  const w = metric.window ?? '24x7';
  return typeof w === 'string' ? named(w) : outside(named(w.outside));
}

/** The maintenance windows a list names (`maintenance`: all of them), or null. */
export function maintenanceOf(a: Agreement, metric: Metric, key: 'exclude' | 'excludeFromWindow', zone: Zone): Calendar | null {
  const names = (metric[key] ?? []).filter((n): n is string => typeof n === 'string');
  if (names.length === 0) return null;
  const all = a.maintenance?.windows ?? [];
  const picked = names.includes('maintenance') ? all : all.filter((w) => names.includes(w.id));
  return picked.length === 0 ? null : maintenanceCalendar(picked, zone);
}

/**
 * The time a metric measures over a range (its window less time taken out of
 * the window) and the time it counts downtime in (less `exclude` too), as UTC
 * intervals from `sla`'s calendars: business hours and maintenance in the
 * agreement's zone, across DST changes. Null when it is all the time there is.
 */
export function gateIntervals(a: Agreement, metric: Metric, zone: Zone, range: { start: number; end: number }): { measured: Interval[]; counted: Interval[] } | null {
  const window = windowOf(a, metric, zone);
  const fromWindow = maintenanceOf(a, metric, 'excludeFromWindow', zone);
  const excluded = maintenanceOf(a, metric, 'exclude', zone);
  if (window === ALWAYS && !fromWindow && !excluded) return null;
  let measured = window.windows(range.start, range.end);
  if (fromWindow) measured = subtract(measured, fromWindow.windows(range.start, range.end));
  const counted = excluded ? subtract(measured, excluded.windows(range.start, range.end)) : measured;
  return { measured, counted };
}

/**
 * PromQL that is 1 while time() lies in one of the intervals, and empty
 * otherwise (so nothing is recorded while the window is closed). Each
 * interval is a filter on time() (seconds): the expression holds the
 * calendar's arithmetic already done, as Prometheus knows no time zones.
 */
export function gateExpr(intervals: readonly Interval[]): string {
  if (intervals.length === 0) return 'vector(1) and on() vector(0) < 0';
  const seconds = (ms: number) => String(ms / 1000);
  const terms = intervals.map(([s, e]) => `vector(time()) >= ${seconds(s)} < ${seconds(e)}`);
  return `vector(1) and on() (\n    ${terms.join('\n  or\n    ')}\n)`;
}
