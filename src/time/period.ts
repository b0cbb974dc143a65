import { DAY_MS, civilFromDays, daysFromCivil, daysInMonth, formatDate, pad2, pad4, parseDate, weekday } from './civil';
import type { PeriodKind } from '../core/model';
import type { Zone } from './zone';

export type { PeriodKind };

/** One period as a span of time: its label (2026-10, 2026-W42 ...) and UTC ms, half-open [start, end). */
export interface Period { label: string; start: number; end: number }

/** First local day of the period of `kind` holding local day n. */
function periodStartDay(kind: PeriodKind, n: number): number {
  if (kind === 'day') return n;
  if (kind === 'week') return n - weekday(n) + 1;
  const [y, m] = civilFromDays(n);
  if (kind === 'month') return daysFromCivil(y, m, 1);
  if (kind === 'quarter') return daysFromCivil(y, m - ((m - 1) % 3), 1);
  return daysFromCivil(y, 1, 1);
}

/** First local day of the next period, given the first day of one. */
function nextStartDay(kind: PeriodKind, n: number): number {
  if (kind === 'day') return n + 1;
  if (kind === 'week') return n + 7;
  const [y, m] = civilFromDays(n);
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  const next = m - 1 + months;
  return daysFromCivil(y + Math.floor(next / 12), (next % 12) + 1, 1);
}

/** ISO week-year and week of the week starting on Monday n. */
function isoWeek(monday: number): [number, number] {
  const year = civilFromDays(monday + 3)[0];
  return [year, Math.floor((monday + 3 - daysFromCivil(year, 1, 1)) / 7) + 1];
}

function labelOf(kind: PeriodKind, first: number): string {
  if (kind === 'day') return formatDate(first);
  if (kind === 'week') {
    const [y, w] = isoWeek(first);
    return `${pad4(y)}-W${pad2(w)}`;
  }
  const [y, m] = civilFromDays(first);
  if (kind === 'month') return `${pad4(y)}-${pad2(m)}`;
  if (kind === 'quarter') return `${pad4(y)}-Q${Math.floor((m - 1) / 3) + 1}`;
  return pad4(y);
}

/** Local midnight of day n as an instant (a midnight in a gap starts at the jump). */
export function midnight(zone: Zone, n: number): number {
  return zone.wallToUtc(n * DAY_MS, 'start');
}

/** The periods cut in `zone` that meet [from, to), clipped to it; the first `max` + 1 of them at most. */
export function periodsIn(kind: PeriodKind, zone: Zone, from: number, to: number, max = Infinity): Period[] {
  const out: Period[] = [];
  if (!(from < to)) return out;
  // One period back: near a midnight that repeats, the local date can trail the boundary.
  let first = periodStartDay(kind, periodStartDay(kind, zone.localDayOf(from)) - 1);
  let start = midnight(zone, first);
  while (start < to && out.length <= max) {
    const next = nextStartDay(kind, first);
    const end = midnight(zone, next);
    if (end > from) out.push({ label: labelOf(kind, first), start: Math.max(start, from), end: Math.min(end, to) });
    first = next;
    start = end;
  }
  return out;
}

/** The full period of any label ('2026-10-17', '2026-W42', '2026-10', '2026-Q4', '2026'), or null. */
export function parsePeriodLabel(label: string, zone: Zone): (Period & { kind: PeriodKind }) | null {
  const found = firstDayOfLabel(typeof label === 'string' ? label : '');
  if (!found) return null;
  const [kind, first] = found;
  return { kind, label, start: midnight(zone, first), end: midnight(zone, nextStartDay(kind, first)) };
}

function firstDayOfLabel(label: string): [PeriodKind, number] | null {
  let m: RegExpExecArray | null;
  if (/^\d{4}$/.test(label)) return ['year', daysFromCivil(Number(label), 1, 1)];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(label))) return ['quarter', daysFromCivil(Number(m[1]), Number(m[2]) * 3 - 2, 1)];
  if ((m = /^(\d{4})-(\d{2})$/.exec(label))) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? ['month', daysFromCivil(Number(m[1]), month, 1)] : null;
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(label))) {
    const year = Number(m[1]);
    const jan4 = daysFromCivil(year, 1, 4);
    const monday = jan4 - weekday(jan4) + 1 + (Number(m[2]) - 1) * 7;
    return Number(m[2]) >= 1 && isoWeek(monday)[0] === year ? ['week', monday] : null;
  }
  const day = parseDate(label);
  return day === null ? null : ['day', day];
}

/** Whether every period of kind `inner` lies within one period of kind `outer` (days in anything, months in quarters and years, quarters in years; weeks only in weeks). */
export function periodNests(inner: PeriodKind, outer: PeriodKind): boolean {
  const order: PeriodKind[] = ['day', 'month', 'quarter', 'year'];
  if (inner === outer || inner === 'day') return true;
  if (inner === 'week' || outer === 'week') return false;
  return order.indexOf(inner) < order.indexOf(outer);
}

/** A whole calendar period, with its kind. */
export interface KindPeriod extends Period {
  kind: PeriodKind;
}

function wholePeriod(kind: PeriodKind, zone: Zone, first: number): KindPeriod {
  return { kind, label: labelOf(kind, first), start: midnight(zone, first), end: midnight(zone, nextStartDay(kind, first)) };
}

/** The whole calendar period of `kind` that holds instant t, in `zone`. */
export function periodAt(kind: PeriodKind, zone: Zone, t: number): KindPeriod {
  let first = periodStartDay(kind, zone.localDayOf(t));
  // near a midnight that repeats, the local date can trail the boundary
  if (midnight(zone, first) > t) first = periodStartDay(kind, first - 1);
  else if (midnight(zone, nextStartDay(kind, first)) <= t) first = nextStartDay(kind, first);
  return wholePeriod(kind, zone, first);
}

/** The period n periods after p (before it for n < 0), of the same kind. */
export function periodAfter(p: KindPeriod, zone: Zone, n: number): KindPeriod {
  let first = firstDayOfLabel(p.label)![1];
  for (let k = 0; k < n; k++) first = nextStartDay(p.kind, first);
  for (let k = 0; k > n; k--) first = periodStartDay(p.kind, first - 1);
  return wholePeriod(p.kind, zone, first);
}

/** The instant n calendar months after t (before it for n < 0), at the same wall time, the day clamped to the month's last. */
export function addMonths(zone: Zone, t: number, n: number): number {
  const local = zone.toLocalMs(t);
  const day = Math.floor(local / DAY_MS);
  const [y, m, d] = civilFromDays(day);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const target = daysFromCivil(year, month, Math.min(d, daysInMonth(year, month)));
  return zone.wallToUtc(target * DAY_MS + (local - day * DAY_MS), 'start');
}

/** The instant n calendar days after t, at the same wall time. */
export function addDays(zone: Zone, t: number, n: number): number {
  return zone.wallToUtc(zone.toLocalMs(t) + n * DAY_MS, 'start');
}

/** term.start 00:00 local .. the day after term.end 00:00 local (the end date is inclusive). */
export function termRange(start: string, end: string, zone: Zone): { start: number; end: number } {
  const a = parseDate(String(start));
  const b = parseDate(String(end));
  if (a === null) throw new Error(`term start '${start}' is not a date: use YYYY-MM-DD`);
  if (b === null) throw new Error(`term end '${end}' is not a date: use YYYY-MM-DD`);
  return { start: midnight(zone, a), end: midnight(zone, b + 1) };
}
