import { DAY_MS } from './civil';
import type { Calendar } from './calendar-type';
import { type Interval, subtract } from './interval';

/**
 * The inverse of windowTime: where a clock that runs only in a calendar's
 * windows (and not while paused) has run a given time. Written over
 * `windows()`, so it holds for every Calendar (weekly, 24x7, `outside`):
 * the windows are read in spans of twice the limit (at least an hour),
 * doubling, which for the limits of real contracts (minutes to weeks) is one
 * to four lookups of one or two windows each.
 */

/** How far ahead a clock is followed; a calendar with no time that far (an empty one) never reaches a limit. */
const HORIZON = 3660 * DAY_MS;
const FIRST_SPAN = 3_600_000;

/**
 * Walks the counted time from t (the calendar's windows minus `paused`) until
 * x of it has run. `past`: the last instant at which no more than x has run
 * (so when x runs out at a window's end, the next window's start); else the
 * first instant at which x has run. Infinity when never.
 */
function walk(cal: Calendar, t: number, x: number, paused: readonly Interval[], past: boolean): number {
  let left = x;
  let a = t;
  let span = Math.max(FIRST_SPAN, 2 * x);
  while (a - t < HORIZON) {
    const b = a + span;
    const windows = cal.windows(a, b);
    for (const [s, e] of paused.length === 0 ? windows : subtract(windows, paused)) {
      const length = e - s;
      if (length > left || (!past && length === left)) return s + left;
      left -= length;
    }
    a = b;
    span *= 2;
  }
  return Infinity;
}

/**
 * The first instant u >= t at which the calendar's time in [t, u), less the
 * `paused` intervals (sorted, merged), reaches x: `windowTime` inverted. x <= 0
 * gives t. Infinity when it never does.
 */
export function reachAt(cal: Calendar, t: number, x: number, paused: readonly Interval[] = []): number {
  return x <= 0 ? t : walk(cal, t, x, paused, false);
}

/**
 * The last instant u >= t at which the calendar's time in [t, u), less
 * `paused`, is still at most x: the instant inside a window at which x has
 * run (when x runs out at a window's end, the start of the next counted
 * time). Infinity when the calendar never has more than x.
 */
export function lastWithin(cal: Calendar, t: number, x: number, paused: readonly Interval[] = []): number {
  return walk(cal, t, Math.max(0, x), paused, true);
}
