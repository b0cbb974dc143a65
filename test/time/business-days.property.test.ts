import fc from 'fast-check';
import { DateTime } from 'luxon';
import { BusinessDays } from '../../src/time/business-days';
import { createCalendar, type Calendar } from '../../src/time/calendar';
import { union, type Interval } from '../../src/time/interval';
import { lastWithin, reachAt } from '../../src/time/window-reach';
import { getZone } from '../../src/time/zone';

/*
 * The clock arithmetic of time limits against a brute force twin that walks
 * minute by minute: which minutes are inside comes from a slow wall-clock
 * test whose offsets and midnights come from luxon, not from the zone tables.
 * Calendars are random weekly hours (some running past midnight) with
 * holidays, near the DST changes of zones with 60- and 30-minute shifts.
 */

const MIN = 60_000;
const DAY = 86_400_000;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Etc/UTC'];
const CHANGES = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25', '2026-11-01'];
const NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const offsetAt = (zone: string, t: number) => DateTime.fromMillis(t, { zone }).offset * MIN;

/** Wall time (local ms) -> instant by the wall-clock rule (gap: the jump; ambiguous: first or last). */
function wall(zone: string, local: number, side: 'start' | 'end'): number {
  const found = [offsetAt(zone, local - DAY), offsetAt(zone, local + DAY)]
    .map((o) => local - o)
    .filter((u) => offsetAt(zone, u) === local - u)
    .sort((a, b) => a - b);
  if (found.length > 0) return side === 'start' ? found[0]! : found[found.length - 1]!;
  let a = local - DAY;
  let b = local + DAY;
  const before = offsetAt(zone, a);
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (offsetAt(zone, mid) === before) a = mid;
    else b = mid;
  }
  return b;
}

interface Spec { zone: string; hours: [number, number][][]; holidays: number[] }

/** Per weekday up to two ranges in minutes, the last one possibly past midnight; never an empty week. */
const specArb = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    days: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 96 }).map((q) => q * 15), { maxLength: 4 }), { minLength: 7, maxLength: 7 }),
    overnight: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    holidays: fc.uniqueArray(fc.integer({ min: -3, max: 12 }), { maxLength: 4 }),
  })
  .map(({ zone, days, overnight, holidays }) => {
    const hours = days.map((points, d) => {
      const p = [...points].sort((a, b) => a - b).slice(0, points.length - (points.length % 2));
      const ranges: [number, number][] = [];
      for (let i = 0; i < p.length; i += 2) if (p[i]! < 1440) ranges.push([p[i]!, p[i + 1]!]);
      const last = ranges[ranges.length - 1];
      if (overnight[d] && last && last[1] === 1440 && last[0] >= 120) last[1] = 1440 + 60; // runs to 01:00
      return ranges;
    });
    if (hours.every((r) => r.length === 0)) hours[2] = [[540, 1020]];
    return { zone, hours, holidays } as Spec;
  })
  // an overnight range must end before the next day's first start
  .filter((s) => s.hours.every((r, d) => (r[r.length - 1]?.[1] ?? 0) <= 1440 || (s.hours[(d + 1) % 7]![0]?.[0] ?? 1440) >= 60));

const clock = (m: number) => `${String(Math.floor((m % 1440 === 0 && m > 0 ? 1440 : m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const isoDate = (n: number) => DateTime.fromMillis(n * DAY, { zone: 'UTC' }).toISODate()!;

function build(spec: Spec, anchorDay: number): Calendar {
  const hours: Record<string, string> = {};
  spec.hours.forEach((ranges, d) => {
    if (ranges.length > 0) hours[NAMES[d]!] = ranges.map(([s, e]) => `${clock(s)}-${e > 1440 ? clock(e - 1440) : clock(e)}`).join(', ');
  });
  return createCalendar({ hours, holidays: spec.holidays.map((k) => ({ date: isoDate(anchorDay + k) })), timezone: spec.zone }, getZone('Etc/UTC'));
}

/** The slow twin of a calendar: its intervals over local days [from, to), read with luxon offsets. */
class Brute {
  private readonly list: Interval[];
  constructor(
    private readonly spec: Spec,
    anchorDay: number,
    from: number,
    to: number,
  ) {
    const holidays = new Set(spec.holidays.map((k) => anchorDay + k));
    const out: Interval[] = [];
    for (let n = from - 1; n < to; n++) {
      if (holidays.has(n)) continue;
      const weekday = (((n + 3) % 7) + 7) % 7;
      for (const [s, e] of spec.hours[weekday]!) out.push([wall(spec.zone, n * DAY + s * MIN, 'start'), wall(spec.zone, n * DAY + e * MIN, 'end')]);
    }
    this.list = union(out);
  }
  inside(t: number): boolean {
    let a = 0;
    let b = this.list.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.list[mid]![0] <= t) a = mid + 1;
      else b = mid;
    }
    return a > 0 && t < this.list[a - 1]![1];
  }
  /** Minutes inside in [a, b), both whole minutes. */
  minutes(a: number, b: number): number {
    let n = 0;
    for (let t = a; t < b; t += MIN) if (this.inside(t)) n++;
    return n;
  }
  /** Local midnight by luxon (a midnight in a gap is the moment the clocks jump). */
  dayStart(n: number): number {
    return DateTime.fromISO(isoDate(n), { zone: this.spec.zone }).startOf('day').toMillis();
  }
  dayOf(t: number): number {
    return Math.round(DateTime.fromISO(DateTime.fromMillis(t, { zone: this.spec.zone }).toISODate()!, { zone: 'UTC' }).toMillis() / DAY);
  }
  private readonly perDay = new Map<number, number>();
  dayMinutes(n: number): number {
    if (!this.perDay.has(n)) this.perDay.set(n, this.minutes(this.dayStart(n), this.dayStart(n + 1)));
    return this.perDay.get(n)!;
  }
  /** The end of the k-th inside minute from a (k >= 1), walking minute by minute, skipping paused minutes. */
  endOfMinute(a: number, k: number, paused: (t: number) => boolean = () => false): number {
    let seen = 0;
    for (let t = a; ; t += MIN) if (this.inside(t) && !paused(t) && ++seen === k) return t + MIN;
  }
  nthBusinessDayAfter(n: number, k: number): number {
    let left = k;
    for (let d = n + 1; ; d++) if (this.dayMinutes(d) > 0 && --left === 0) return d;
  }
}

const caseArb = fc.record({
  spec: specArb,
  change: fc.constantFrom(...CHANGES),
  shift: fc.integer({ min: -4 * 1440, max: 3 * 1440 }),
  limit: fc.integer({ min: 0, max: 3 * 1440 }),
  pauses: fc.array(fc.tuple(fc.integer({ min: 0, max: 4 * 1440 }), fc.integer({ min: 1, max: 1440 })), { maxLength: 3 }),
});

function setUp(c: { spec: Spec; change: string; shift: number; limit?: number }) {
  const { spec, change, shift } = c;
  const anchor = Date.parse(`${change}T00:00:00Z`);
  const anchorDay = anchor / DAY;
  const t = anchor + shift * MIN;
  const brute = new Brute(spec, anchorDay, anchorDay - 6, anchorDay + 80);
  // a limit the calendar reaches within three weeks, so that the walks stay inside the twin's days
  const limit = Math.max(0, Math.min(c.limit ?? 0, brute.minutes(t, t + 21 * DAY) - 1));
  return { t, anchorDay, cal: build(spec, anchorDay), brute, limit };
}

describe('reachAt and lastWithin (property)', () => {
  it('find the instant the window clock reaches a limit, with and without pauses, as a minute walk does', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { t, cal, brute, limit } = setUp(c);
        const x = limit * MIN;
        expect(reachAt(cal, t, x)).toBe(x === 0 ? t : brute.endOfMinute(t, limit));
        expect(lastWithin(cal, t, x)).toBe(brute.endOfMinute(t, limit + 1) - MIN);
        const paused = union(c.pauses.map(([at, length]) => [t + at * MIN, t + (at + length) * MIN] as Interval));
        const isPaused = (m: number) => paused.some(([s, e]) => s <= m && m < e);
        expect(reachAt(cal, t, x, paused)).toBe(x === 0 ? t : brute.endOfMinute(t, limit, isPaused));
        expect(lastWithin(cal, t, x, paused)).toBe(brute.endOfMinute(t, limit + 1, isPaused) - MIN);
      }),
      { numRuns: 300 },
    );
  });

  it('a limit that runs out at the end of a window: reachAt is that end, lastWithin the next window start', () => {
    fc.assert(
      fc.property(caseArb, fc.nat({ max: 6 }), (c, k) => {
        const { t, cal, brute } = setUp(c);
        const ends = cal.windows(t, t + 21 * DAY).map(([, e]) => e).filter((e) => e < t + 21 * DAY);
        fc.pre(ends.length > 0);
        const end = ends[Math.min(k, ends.length - 1)]!;
        const x = cal.windowTime(t, end);
        expect(reachAt(cal, t, x)).toBe(end);
        expect(lastWithin(cal, t, x)).toBe(brute.endOfMinute(t, x / MIN + 1) - MIN);
        expect(lastWithin(cal, t, x)).toBeGreaterThan(end);
      }),
      { numRuns: 200 },
    );
  });

  it('lastWithin is the limit of "elapsed window time <= x": done at or before it exactly when within', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 8 * 1440 * 60 }), (c, doneAfter) => {
        const { t, cal, limit } = setUp(c);
        const x = limit * MIN;
        const paused = union(c.pauses.map(([at, length]) => [t + at * MIN, t + (at + length) * MIN] as Interval));
        const done = t + doneAfter * 1000;
        const elapsed = cal.windowTime(t, done) - paused.reduce((sum, [s, e]) => sum + cal.windowTime(Math.max(s, t), Math.min(e, done)), 0);
        expect(done <= lastWithin(cal, t, x, paused)).toBe(elapsed <= x);
        expect(done >= reachAt(cal, t, x, paused)).toBe(elapsed >= x);
      }),
      { numRuns: 500 },
    );
  });
});

describe('business days (property)', () => {
  const days = fc.integer({ min: 0, max: 4 });

  it('N business days: as much of the N-th business day after as had run of the start day, else whole days from the next', () => {
    fc.assert(
      fc.property(caseArb, days, (c, n) => {
        const { t, cal, brute } = setUp(c);
        const zone = getZone(c.spec.zone);
        const got = new BusinessDays(cal, zone).due(t, n);
        let expected: number;
        const d = brute.dayOf(t);
        const ran = brute.minutes(brute.dayStart(d), t);
        if (n === 0) expected = t;
        else if (ran > 0) {
          const target = brute.nthBusinessDayAfter(d, n);
          expected = brute.endOfMinute(brute.dayStart(target), Math.min(ran, brute.dayMinutes(target)));
        } else {
          const first = brute.dayMinutes(d) > 0 ? d : brute.nthBusinessDayAfter(d, 1);
          const target = n === 1 ? first : brute.nthBusinessDayAfter(first, n - 1);
          expected = brute.endOfMinute(brute.dayStart(target), brute.dayMinutes(target));
        }
        expect(got).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('N business days by HH:MM: that wall time on the N-th business day after the start day', () => {
    fc.assert(
      fc.property(caseArb, days, fc.oneof(fc.integer({ min: 0, max: 96 }).map((q) => q * 15), fc.constantFrom(60, 90, 120, 135, 150, 165)), (c, n, minutes) => {
        const { t, cal, brute } = setUp(c);
        const got = new BusinessDays(cal, getZone(c.spec.zone)).dueBy(t, n, minutes);
        const d = brute.dayOf(t);
        const target = n === 0 ? (brute.dayMinutes(d) > 0 ? d : brute.nthBusinessDayAfter(d, 1)) : brute.nthBusinessDayAfter(d, n);
        expect(got).toBe(wall(c.spec.zone, target * DAY + minutes * MIN, 'end'));
      }),
      { numRuns: 600 },
    );
  });

  it('with days of equal length, N business days from inside the window is N days of window time', () => {
    fc.assert(
      fc.property(specArb, fc.constantFrom(...CHANGES), fc.integer({ min: 0, max: 3 * 1440 }), fc.integer({ min: 1, max: 3 }), (spec, change, shift, n) => {
        const even: Spec = { ...spec, zone: 'Etc/UTC', hours: spec.hours.map((_, d) => (d < 5 ? [[540, 1050]] : [])), holidays: spec.holidays };
        const anchorDay = Date.parse(`${change}T00:00:00Z`) / DAY;
        const cal = build(even, anchorDay);
        const t = anchorDay * DAY + shift * MIN;
        if (!cal.contains(t)) return;
        const due = new BusinessDays(cal, getZone('Etc/UTC')).due(t, n);
        expect(cal.windowTime(t, due)).toBe(n * 510 * MIN);
      }),
      { numRuns: 200 },
    );
  });
});
