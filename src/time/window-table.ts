import { DAY_MS, FIRST_YEAR, LAST_YEAR, MINUTE_MS, daysFromCivil, weekday } from './civil';
import type { Calendar } from './calendar-type';
import { type Interval, union } from './interval';
import type { WeeklyRange } from './hours';
import type { Zone } from './zone';

// A week to spare either side: a term of the supported years reads a few days beyond them.
const FIRST_DAY = daysFromCivil(FIRST_YEAR, 1, 1) - 7;
const LAST_DAY = daysFromCivil(LAST_YEAR + 1, 1, 1) + 7;

/**
 * A calendar of weekly ranges (wall-clock rule), minus holiday days, plus fixed
 * intervals, kept as one sorted, merged interval list with prefix sums so that
 * windowTime is two binary searches. The list covers local days [lo, hi) and
 * grows (doubling) when a query reaches past it.
 */
export class WeeklyCalendar implements Calendar {
  private lo = 0;
  private hi = 0;
  private starts = new Float64Array(0);
  private ends = new Float64Array(0);
  private prefix = new Float64Array(1);
  private readonly byDay: Interval[][];
  private readonly fixed: Interval[];

  constructor(
    readonly zone: Zone,
    ranges: readonly WeeklyRange[],
    private readonly holidays: ReadonlySet<number> = new Set(),
    fixed: readonly Interval[] = [],
  ) {
    const byDay: Interval[][] = [[], [], [], [], [], [], [], []];
    for (const r of ranges) byDay[r.day].push([r.start * MINUTE_MS, r.end * MINUTE_MS]);
    // Touching ranges of a day become one: the same time (their wall-clock
    // edges map to the same instant, or overlap in a repeated hour), and a
    // day of 1,440 one-minute ranges is one interval a day, not 1,440.
    this.byDay = byDay.map((list) => union(list));
    this.fixed = union(fixed);
  }

  /** At most how many intervals the table holds for `days` days (after joining touching ranges). */
  intervalsOver(days: number): number {
    const perWeek = this.byDay.reduce((sum, list) => sum + list.length, 0);
    return Math.ceil(days / 7 + 1) * perWeek + this.fixed.length;
  }

  windowTime(start: number, end: number): number {
    if (!(start < end)) return 0;
    this.ensure(start, end);
    return this.cumulative(end) - this.cumulative(start);
  }

  windows(start: number, end: number): Interval[] {
    const out: Interval[] = [];
    if (!(start < end)) return out;
    this.ensure(start, end);
    const { starts, ends } = this;
    for (let j = Math.max(0, this.find(start)); j < starts.length && starts[j] < end; j++) {
      const s = Math.max(starts[j], start);
      const e = Math.min(ends[j], end);
      if (s < e) out.push([s, e]);
    }
    return out;
  }

  contains(utcMs: number): boolean {
    this.ensure(utcMs, utcMs + 1);
    const j = this.find(utcMs);
    return j >= 0 && utcMs < this.ends[j];
  }

  /** Window time before x (within the built list). */
  private cumulative(x: number): number {
    const j = this.find(x);
    if (j < 0) return 0;
    return this.prefix[j] + Math.min(x, this.ends[j]) - this.starts[j];
  }

  /** Index of the last interval starting at or before x, or -1. */
  private find(x: number): number {
    const s = this.starts;
    let a = 0;
    let b = s.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (s[mid] <= x) a = mid + 1;
      else b = mid;
    }
    return a - 1;
  }

  // A day's ranges lie within (n - 1, n + 3) days in UTC (offsets are under a
  // day, ranges under two), so days [lo, hi) give exact answers on
  // [(lo + 3) days, (hi - 1) days).
  private ensure(start: number, end: number): void {
    const needLo = Math.floor(start / DAY_MS) - 3;
    const needHi = Math.floor(end / DAY_MS) + 2;
    if (this.hi > this.lo && needLo >= this.lo && needHi <= this.hi) return;
    if (!(needLo >= FIRST_DAY && needHi <= LAST_DAY)) throw new RangeError(`time range out of years ${FIRST_YEAR}-${LAST_YEAR}: ${start}..${end}`);
    const margin = Math.max(62, this.hi - this.lo);
    const lo = this.hi > this.lo ? Math.min(this.lo, needLo - margin) : needLo - margin;
    const hi = this.hi > this.lo ? Math.max(this.hi, needHi + margin) : needHi + margin;
    this.build(lo, hi);
  }

  /**
   * The days' intervals straight into typed arrays, joined as they come: a
   * day's ranges map to instants in order (the wall-clock rule is monotonic),
   * and the days follow each other, so each start is at or after the last
   * one. Then the one-off intervals are merged in. No list of pairs is made:
   * 100 years of a calendar with a range every other minute once took
   * gigabytes that way.
   */
  private build(lo: number, hi: number): void {
    const days = new Merged(this.intervalsOver(hi - lo));
    for (let n = lo; n < hi; n++) {
      if (this.holidays.has(n)) continue;
      const ranges = this.byDay[weekday(n)];
      if (ranges.length === 0) continue;
      // Most days lie far from a change of the clocks: one offset maps all
      // their ranges (which lie within two days of local time) to instants.
      const day = n * DAY_MS;
      const off = this.zone.steadyOffsetMs(day - 2 * DAY_MS, day + 3 * DAY_MS);
      for (const [s, e] of ranges) {
        const a = off === null ? this.zone.wallToUtc(day + s, 'start') : day + s - off;
        const b = off === null ? this.zone.wallToUtc(day + e, 'end') : day + e - off;
        if (a < b) days.push(a, b);
      }
    }
    let all = days;
    if (this.fixed.length > 0) {
      all = new Merged(days.length + this.fixed.length);
      let i = 0;
      for (const [s, e] of this.fixed) {
        while (i < days.length && days.starts[i] <= s) all.push(days.starts[i], days.ends[i++]);
        all.push(s, e);
      }
      while (i < days.length) all.push(days.starts[i], days.ends[i++]);
    }
    this.starts = all.starts.slice(0, all.length);
    this.ends = all.ends.slice(0, all.length);
    this.prefix = new Float64Array(all.length + 1);
    for (let i = 0; i < all.length; i++) this.prefix[i + 1] = this.prefix[i] + this.ends[i] - this.starts[i];
    this.lo = lo;
    this.hi = hi;
  }
}

/** Intervals pushed in order of their starts, touching and overlapping ones joined. */
class Merged {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  length = 0;

  constructor(capacity: number) {
    this.starts = new Float64Array(capacity);
    this.ends = new Float64Array(capacity);
  }

  push(s: number, e: number): void {
    const n = this.length;
    if (n > 0 && s <= this.ends[n - 1]) {
      if (e > this.ends[n - 1]) this.ends[n - 1] = e;
      return;
    }
    this.starts[n] = s;
    this.ends[n] = e;
    this.length = n + 1;
  }
}
