import { InputError, UsageError } from '../core/errors';
import type { PeriodKind } from '../core/model';
import { MAX_SLICES_PER_PERIOD, MIN_SLICE } from '../core/slice-limits';
import { parseDuration, type Calendar, type Period } from '../time';
import type { MetricShape } from './model';

/**
 * The most metric periods (each metric's periods, added up) one run
 * evaluates. Every one becomes a result that every output format shows, at
 * about 15 µs and 2.5 KB each: 200,000 (say 100 daily metrics over five and a
 * half years, or 10,000 monthly metrics over a year and a half) took 2.6 to
 * 4.2 s and 420 to 550 MB in each format (10 daily metrics over 54 years).
 * More is refused before anything is read.
 */
export const MAX_METRIC_PERIODS = 200_000;

const UNITS: Record<PeriodKind, string> = { day: 'days', week: 'weeks', month: 'months', quarter: 'quarters', year: 'years' };
const count = (n: number): string => n.toLocaleString('en-US');

/**
 * Refuses a run of more than MAX_METRIC_PERIODS metric periods, naming the
 * limit and how to narrow the run. `periods(kind)` is the number of periods of
 * that kind in the evaluated range (more than the limit when it exceeds it).
 */
export function checkRunSize(metrics: readonly MetricShape[], periods: (kind: PeriodKind) => number): void {
  const byKind = new Map<PeriodKind, number>();
  for (const m of metrics) byKind.set(m.period, (byKind.get(m.period) ?? 0) + 1);
  let total = 0;
  for (const [kind, n] of byKind) total += n * periods(kind);
  if (total <= MAX_METRIC_PERIODS) return;
  const parts = [...byKind].map(([kind, n]) => {
    const p = periods(kind);
    const each = p > MAX_METRIC_PERIODS ? `more than ${count(MAX_METRIC_PERIODS)} ${UNITS[kind]}` : `${count(p)} ${UNITS[kind]}`;
    return `${count(n)} metric${n === 1 ? '' : 's'} × ${each}`;
  });
  const size = [...byKind].some(([kind]) => periods(kind) > MAX_METRIC_PERIODS) ? `more than ${count(MAX_METRIC_PERIODS)}` : count(total);
  throw new UsageError(
    `this run has ${size} metric periods (${parts.join(' + ')}); sla evaluate takes at most ${count(MAX_METRIC_PERIODS)} per run: ` +
      'evaluate part of the term with --from and --to, or some metrics with --metric',
  );
}

/**
 * The most intervals a calendar (service hours, or maintenance windows) may
 * need over the evaluated range. A calendar is kept as its intervals over the
 * range (ranges that touch joined), so that window time is two binary
 * searches; each takes 24 bytes, and the table grows to at most about twice
 * the range: 2,000,000 intervals stay under 100 MB. Office hours (5 ranges a
 * week) reach it after 7,600 years, a range every other minute after 8 years.
 */
export const MAX_CALENDAR_INTERVALS = 2_000_000;

/** Refuses a calendar that needs more than MAX_CALENDAR_INTERVALS over `days` days; else returns it. */
export function checkCalendarSize(calendar: Calendar, name: string, days: number): Calendar {
  const n = calendar.intervalsOver(days);
  if (n <= MAX_CALENDAR_INTERVALS) return calendar;
  throw new UsageError(
    `${name} would keep up to ${count(n)} intervals over the ${count(Math.ceil(days))} days evaluated; sla evaluate keeps at most ` +
      `${count(MAX_CALENDAR_INTERVALS)} per calendar: join ranges that are close, or evaluate part of the term with --from and --to`,
  );
}

/**
 * The most slices (of availability over events or counts) one run judges,
 * over all its sliced metrics and periods: each takes two counters (16 bytes,
 * more for exact counts) once a row falls into its period, and every one is
 * judged. 20,000,000 is a 1-minute slice over 38 years.
 */
export const MAX_SLICES_PER_RUN = 20_000_000;

/**
 * Refuses sliced metrics whose slices would not fit: more than
 * MAX_SLICES_PER_PERIOD in a period (the slice-length lint rule says so
 * first, with the line), or more than MAX_SLICES_PER_RUN in the run.
 */
export function checkSlices(sliced: readonly { metric: MetricShape; periods: readonly Period[] }[]): void {
  let total = 0;
  const parts: string[] = [];
  for (const { metric, periods } of sliced) {
    const ms = parseDuration(metric.slice ?? '');
    if (ms === null || ms <= 0) continue;
    let slices = 0;
    for (const p of periods) {
      const k = Math.ceil((p.end - p.start) / ms);
      if (k > MAX_SLICES_PER_PERIOD) {
        throw new InputError(
          `metric '${metric.id}': slice '${metric.slice}' cuts period ${p.label} into ${count(k)} slices; sla evaluate takes at most ` +
            `${count(MAX_SLICES_PER_PERIOD)} slices a period: a ${metric.period} takes a slice of at least ${MIN_SLICE[metric.period].text} (lint rule slice-length)`,
        );
      }
      slices += k;
    }
    total += slices;
    parts.push(`${count(slices)} for '${metric.id}'`);
  }
  if (total <= MAX_SLICES_PER_RUN) return;
  throw new UsageError(
    `this run has ${count(total)} slices (${parts.slice(0, 3).join(', ')}${parts.length > 3 ? ', ...' : ''}); sla evaluate takes at most ` +
      `${count(MAX_SLICES_PER_RUN)} per run: evaluate part of the term with --from and --to, or some metrics with --metric`,
  );
}
