import { DAY_MS, MINUTE_MS } from './civil';
import type { Calendar } from './calendar-type';
import { reachAt } from './window-reach';
import type { Zone } from './zone';

/** How many days ahead a business day is looked for (a calendar with none that far has none). */
const HORIZON_DAYS = 3660;

/**
 * The business days of a calendar (docs/semantics.md, time limits): local
 * days of `zone` (the calendar's own, or the agreement's for 24x7) with window
 * time between their midnights. Day numbers are days since 1970-01-01.
 */
export class BusinessDays {
  /** Window time per day, as asked: items of one period share their days. */
  private readonly known = new Map<number, number>();

  constructor(
    readonly calendar: Calendar,
    readonly zone: Zone,
  ) {}

  /** The instant day d begins (local midnight, or the moment the clocks jump past it). */
  start(day: number): number {
    return this.zone.wallToUtc(day * DAY_MS, 'start');
  }

  dayOf(t: number): number {
    return this.zone.localDayOf(t);
  }

  /** Window time of day d. */
  windowOf(day: number): number {
    let w = this.known.get(day);
    if (w === undefined) {
      w = this.calendar.windowTime(this.start(day), this.start(day + 1));
      this.known.set(day, w);
    }
    return w;
  }

  /** The n-th business day after day d (n >= 1), or null when there is none within the horizon. */
  after(day: number, n: number): number | null {
    let left = n;
    for (let d = day + 1; d <= day + HORIZON_DAYS; d++) {
      if (this.windowOf(d) > 0 && --left === 0) return d;
    }
    return null;
  }

  /** Day d when it is a business day, else the next one. */
  atOrAfter(day: number): number | null {
    return this.windowOf(day) > 0 ? day : this.after(day, 1);
  }

  /**
   * `N business days` from t: the first instant at which the clock (running in
   * the window from t) has run the rest of t's day, the business days between,
   * and as much of the N-th business day after as had run of t's day at t
   * (all of it when that day is shorter). When none of t's day had run (t
   * before its window, or on a day without one), the clock starts with the
   * next business day and the limit ends with the end of the window time of
   * the N-th counting that one. N = 0 is t. Infinity when there is no such day.
   */
  due(t: number, n: number): number {
    if (n <= 0) return t;
    const day = this.dayOf(t);
    const ran = this.calendar.windowTime(this.start(day), t);
    if (ran > 0) {
      const target = this.after(day, n);
      if (target === null) return Infinity;
      return reachAt(this.calendar, this.start(target), Math.min(ran, this.windowOf(target)));
    }
    const first = this.atOrAfter(day);
    const target = first === null || n === 1 ? first : this.after(first, n - 1);
    if (target === null) return Infinity;
    return reachAt(this.calendar, this.start(target), this.windowOf(target));
  }

  /**
   * `N business days by HH:MM`: that wall time (minutes since midnight, 1440
   * for 24:00) on the N-th business day after t's day (N = 0: t's day when it
   * is a business day, else the next). A wall time in a DST gap is the moment
   * the clocks jump; an ambiguous one its later instant.
   */
  dueBy(t: number, n: number, minutes: number): number {
    const day = this.dayOf(t);
    const target = n <= 0 ? this.atOrAfter(day) : this.after(day, n);
    if (target === null) return Infinity;
    return this.zone.wallToUtc(target * DAY_MS + minutes * MINUTE_MS, 'end');
  }
}
