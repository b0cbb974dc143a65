import { InputError, UsageError } from '../core/errors';
import { FIRST_YEAR, LAST_YEAR, parsePeriodLabel, periodsIn, termRange, type Period, type Zone } from '../time';
import type { EvaluateOptions } from './api';
import type { PeriodKind } from '../core/model';

export interface Range {
  readonly start: number;
  readonly end: number;
}

const EXAMPLES = 'a period label such as 2026-09, 2026-W36, 2026-Q3, 2026 or 2026-09-01';

function dateText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function label(flag: string, text: string, zone: Zone): Period {
  const p = parsePeriodLabel(text, zone);
  if (!p) throw new UsageError(`${flag} '${text}' is not ${EXAMPLES}`);
  return p;
}

/**
 * The evaluated range: the whole term (its end inclusive), narrowed by
 * --from/--to (the named periods included) or --period.
 */
export function evaluatedRange(term: { start: unknown; end: unknown }, options: EvaluateOptions, zone: Zone): Range {
  for (const date of [dateText(term.start), dateText(term.end)]) {
    const year = Number(date.slice(0, 4));
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InputError(`the term's date ${date} is outside the years sla reads dates in, ${FIRST_YEAR} to ${LAST_YEAR} (lint rule term-order)`);
    }
  }
  const whole = termRange(dateText(term.start), dateText(term.end), zone);
  if (options.period !== undefined && (options.from !== undefined || options.to !== undefined)) {
    throw new UsageError('--period cannot be combined with --from or --to');
  }
  const from = options.period ?? options.from;
  const to = options.period ?? options.to;
  const start = from === undefined ? whole.start : Math.max(whole.start, label(options.period ? '--period' : '--from', from, zone).start);
  const end = to === undefined ? whole.end : Math.min(whole.end, label(options.period ? '--period' : '--to', to, zone).end);
  if (start >= end) {
    const what = options.period ? `--period ${options.period}` : `--from ${from ?? '(term start)'} --to ${to ?? '(term end)'}`;
    throw new UsageError(`${what} selects no time within the agreement's term (${dateText(term.start)} to ${dateText(term.end)})`);
  }
  return { start, end };
}

/**
 * A metric's periods within the range, clipped to it. Periods that have not
 * begun by --as-of are left out: there is nothing to measure yet, and a count
 * of 0 for next month must not read as a breach. At most `max` + 1 of them:
 * enough to tell that there are more than `max`.
 */
export function metricPeriods(kind: PeriodKind, zone: Zone, range: Range, asOf: number, max = Infinity): Period[] {
  return periodsIn(kind, zone, range.start, range.end, max).filter((p) => p.start < asOf);
}
