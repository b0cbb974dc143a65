import { InputError } from '../../core/errors';
import { addDays, addMonths, formatDate, parseDuration, periodAfter, type Calendar, type KindPeriod, type Zone } from '../../time';
import { DAY_MS } from '../../time/civil';

/** `credits.claim`: how long a credit can be claimed, and from when. */
export interface ClaimRule {
  within?: string;
  after?: 'period' | 'incident';
  calendar?: string;
}

const FORM = /^(\d+) (calendar days?|days?|business days?|months?|periods?)$/;

/** The instant by which a claim must be received, counted from `from` (the end of the period or of its first incident). */
function deadline(rule: ClaimRule, period: KindPeriod, from: number, zone: Zone, calendar: (name: string) => Calendar): number {
  const within = rule.within!;
  const m = FORM.exec(within);
  if (!m) {
    const ms = parseDuration(within);
    if (ms === null) throw new InputError(`credits.claim.within '${within}' is not a claim deadline`);
    return from + ms;
  }
  const n = Number(m[1]);
  const unit = m[2]!;
  if (unit.startsWith('month')) return addMonths(zone, from, n);
  if (unit.startsWith('period')) return periodAfter(period, zone, n).end;
  if (unit.startsWith('business')) {
    if (!rule.calendar) throw new InputError('credits.claim.within counts business days: name their calendar in credits.claim.calendar');
    return endOfBusinessDay(calendar(rule.calendar), from, n);
  }
  return addDays(zone, from, n);
}

/**
 * The end of the window time of the n-th business day (a day of the
 * calendar's zone with window time) after the day that holds t.
 */
function endOfBusinessDay(cal: Calendar, t: number, n: number): number {
  const zone = cal.zone;
  let day = zone.localDayOf(t);
  let found = 0;
  // a year of days without one business day means the calendar has none
  for (let guard = 0; guard < 366 + 7 * n; guard++) {
    day++;
    const start = zone.wallToUtc(day * DAY_MS, 'start');
    const end = zone.wallToUtc((day + 1) * DAY_MS, 'start');
    const windows = cal.windows(start, end);
    if (windows.length === 0) continue;
    if (++found === n) return windows[windows.length - 1]![1];
  }
  throw new InputError('credits.claim.calendar has no business days to count');
}

/**
 * The claim-by date of a credit (docs/semantics.md, claims): the last day,
 * in the agreement's zone, before the deadline instant; null without a rule.
 */
export function claimBy(rule: ClaimRule | undefined, period: KindPeriod, firstIncidentEnd: number | undefined, zone: Zone, calendar: (name: string) => Calendar): string | null {
  if (!rule?.within) return null;
  const from = rule.after === 'incident' && firstIncidentEnd !== undefined ? firstIncidentEnd : period.end;
  return formatDate(zone.localDayOf(deadline(rule, period, from, zone, calendar) - 1));
}
