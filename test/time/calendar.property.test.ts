import fc from 'fast-check';
import { DateTime } from 'luxon';
import { createCalendar, outside, type Calendar } from '../../src/time/calendar';
import { getZone } from '../../src/time/zone';

/*
 * windowTime against a brute force twin: every whole minute of the interval is
 * checked with a slow, independent wall-clock test whose offsets come from
 * luxon (not from the zone's transition table).
 */

const MIN = 60_000;
const DAY = 86_400_000;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Etc/UTC'];
// 2026 DST changes (Lord Howe: April 5 and October 4); Kolkata and UTC have none, any date serves.
const CHANGES = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25', '2026-11-01'];
const NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const offsetAt = (zone: string, t: number) => DateTime.fromMillis(t, { zone }).offset * MIN;

/** Wall time (local ms) -> instant by the wall-clock rule, from luxon offsets. */
function wall(zone: string, local: number, side: 'start' | 'end'): number {
  const found = [offsetAt(zone, local - DAY), offsetAt(zone, local + DAY)]
    .map((o) => local - o)
    .filter((u) => offsetAt(zone, u) === local - u)
    .sort((a, b) => a - b);
  if (found.length > 0) return side === 'start' ? found[0] : found[found.length - 1];
  // In a gap: the instant the clocks jump.
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

/** Day ranges [day][k] = [start, end] in minutes; end may pass 1440 up to the next day's first start. */
const specArb = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    days: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { maxLength: 4 }), { minLength: 7, maxLength: 7 }),
    spill: fc.array(fc.integer({ min: 0, max: 1440 }), { minLength: 7, maxLength: 7 }),
    holidays: fc.uniqueArray(fc.integer({ min: -4, max: 8 }), { maxLength: 3 }),
    cut: fc.boolean(),
  })
  .map(({ zone, days, spill, holidays, cut }) => {
    const hours = days.map((points) => {
      const p = [...points].sort((a, b) => a - b).slice(0, points.length - (points.length % 2));
      const ranges: [number, number][] = [];
      for (let i = 0; i < p.length; i += 2) if (p[i] < 1440) ranges.push([p[i], p[i + 1]]);
      return ranges;
    });
    for (let d = 0; d < 7; d++) {
      const today = hours[d];
      const next = hours[(d + 1) % 7];
      const last = today[today.length - 1];
      // Turn the last range into one that runs past midnight, as far as the next day allows;
      // written as 'HH:MM-HH:MM' its end must be at or before its start.
      const room = Math.min(spill[d], next.length > 0 ? next[0][0] : 1440, last ? last[0] : 0);
      if (last && last[1] === 1440 && room > 0) last[1] = 1440 + room;
    }
    // Ranges cut in two that touch (08:00-12:00, 12:00-18:00) are the same hours as one.
    if (cut) hours.forEach((ranges, d) => (hours[d] = ranges.flatMap(([s, e]): [number, number][] => (e - s > 1 && (s + e) >> 1 < 1440 ? [[s, (s + e) >> 1], [(s + e) >> 1, e]] : [[s, e]]))));
    return { zone, hours, holidays } as Spec;
  });

const clock = (m: number) => `${String(Math.floor((m % 1440 === 0 && m > 0 ? 1440 : m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function build(spec: Spec, anchor: number): Calendar {
  const hours: Record<string, string> = {};
  spec.hours.forEach((ranges, d) => {
    if (ranges.length > 0) hours[NAMES[d]] = ranges.map(([s, e]) => `${clock(s)}-${e > 1440 ? clock(e - 1440) : clock(e)}`).join(', ');
  });
  const holidays = spec.holidays.map((k) => ({ date: DateTime.fromMillis(anchor + k * DAY, { zone: 'UTC' }).toISODate()! }));
  return createCalendar({ hours, holidays, timezone: spec.zone }, getZone('Etc/UTC'));
}

/** The slow twin: intervals of every day that could reach [a, b). */
function bruteIntervals(spec: Spec, anchor: number, a: number, b: number): [number, number][] {
  const holidays = new Set(spec.holidays.map((k) => Math.floor(anchor / DAY) + k));
  const out: [number, number][] = [];
  for (let n = Math.floor(a / DAY) - 3; n <= Math.floor(b / DAY) + 2; n++) {
    if (holidays.has(n)) continue;
    const weekday = (((n + 3) % 7) + 7) % 7; // 0 = Monday
    for (const [s, e] of spec.hours[weekday]) out.push([wall(spec.zone, n * DAY + s * MIN, 'start'), wall(spec.zone, n * DAY + e * MIN, 'end')]);
  }
  return out;
}

const caseArb = fc.record({
  spec: specArb,
  change: fc.constantFrom(...CHANGES),
  shift: fc.integer({ min: -3 * 1440, max: 2 * 1440 }),
  length: fc.integer({ min: 0, max: 3 * 1440 }),
  split: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('calendar windowTime (property)', () => {
  it('equals a minute-by-minute brute force near DST changes', () => {
    fc.assert(
      fc.property(caseArb, ({ spec, change, shift, length }) => {
        const anchor = Date.parse(`${change}T00:00:00Z`);
        const a = anchor + shift * MIN;
        const b = a + length * MIN;
        const cal = build(spec, anchor);
        const brute = bruteIntervals(spec, anchor, a, b);
        let inside = 0;
        let disagree = 0;
        for (let t = a; t < b; t += MIN) {
          const expected = brute.some(([s, e]) => s <= t && t < e);
          if (expected) inside++;
          if (cal.contains(t) !== expected) disagree++;
        }
        expect(disagree).toBe(0);
        expect(cal.windowTime(a, b)).toBe(inside * MIN);
        expect(cal.windows(a, b).reduce((sum, [s, e]) => sum + e - s, 0)).toBe(inside * MIN);
      }),
      { numRuns: 1500 },
    );
  });

  it('is additive, monotonic and complementary', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 1440 }), ({ spec, change, shift, length, split }, more) => {
        const anchor = Date.parse(`${change}T00:00:00Z`);
        const a = anchor + shift * MIN + 17;
        const b = a + length * MIN + 1234;
        const m = a + Math.floor((b - a) * split);
        const cal = build(spec, anchor);
        const whole = cal.windowTime(a, b);
        expect(cal.windowTime(a, m) + cal.windowTime(m, b)).toBe(whole);
        expect(cal.windowTime(a, b + more * MIN)).toBeGreaterThanOrEqual(whole);
        expect(cal.windowTime(a - more * MIN, b)).toBeGreaterThanOrEqual(whole);
        expect(whole).toBeLessThanOrEqual(b - a);
        expect(whole + outside(cal).windowTime(a, b)).toBe(b - a);
        expect(cal.windowTime(b, a)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });
});
