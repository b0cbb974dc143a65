import { DAY_MS, MINUTE_MS, daysFromCivil, weekday } from './civil';
import type { Calendar } from './calendar-type';
import { type Interval, union } from './interval';
import type { WeeklyRange } from './hours';
import type { Zone } from './zone';

const FIRST_DAY = daysFromCivil(1000, 1, 1);
const LAST_DAY = daysFromCivil(9999, 1, 1);

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
  private readonly byDay: [number, number][][];

  constructor(
    readonly zone: Zone,
    ranges: readonly WeeklyRange[],
    private readonly holidays: ReadonlySet<number> = new Set(),
    private readonly fixed: readonly Interval[] = [],
  ) {
    this.byDay = [[], [], [], [], [], [], [], []];
    for (const r of ranges) this.byDay[r.day].push([r.start * MINUTE_MS, r.end * MINUTE_MS]);
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
    if (!(needLo >= FIRST_DAY && needHi <= LAST_DAY)) throw new RangeError(`time range out of years 1000-9998: ${start}..${end}`);
    const margin = Math.max(62, this.hi - this.lo);
    const lo = this.hi > this.lo ? Math.min(this.lo, needLo - margin) : needLo - margin;
    const hi = this.hi > this.lo ? Math.max(this.hi, needHi + margin) : needHi + margin;
    this.build(lo, hi);
  }

  private build(lo: number, hi: number): void {
    const list: Interval[] = [...this.fixed];
    for (let n = lo; n < hi; n++) {
      if (this.holidays.has(n)) continue;
      for (const [s, e] of this.byDay[weekday(n)]) {
        const a = this.zone.wallToUtc(n * DAY_MS + s, 'start');
        const b = this.zone.wallToUtc(n * DAY_MS + e, 'end');
        if (a < b) list.push([a, b]);
      }
    }
    const merged = union(list);
    this.starts = Float64Array.from(merged, (x) => x[0]);
    this.ends = Float64Array.from(merged, (x) => x[1]);
    this.prefix = new Float64Array(merged.length + 1);
    for (let i = 0; i < merged.length; i++) this.prefix[i + 1] = this.prefix[i] + merged[i][1] - merged[i][0];
    this.lo = lo;
    this.hi = hi;
  }
}
