import { parseDate } from './civil';
import type { Calendar } from './calendar-type';
import { parseHours, type WeeklyRange } from './hours';
import { type Interval, subtract } from './interval';
import { WeeklyCalendar } from './window-table';
import { UTC_ZONE, type Zone, getZone } from './zone';

export type { Calendar } from './calendar-type';
export { maintenanceCalendar } from './maintenance';

export interface CalendarDef {
  hours?: Record<string, string | string[]> | null;
  holidays?: { date: string; name?: string }[] | null;
  timezone?: string | null;
}

/** All the time there is. */
class Always implements Calendar {
  constructor(readonly zone: Zone) {}
  windowTime(start: number, end: number): number {
    return start < end ? end - start : 0;
  }
  windows(start: number, end: number): Interval[] {
    return start < end ? [[start, end]] : [];
  }
  contains(): boolean {
    return true;
  }
  intervalsOver(): number {
    return 0;
  }
}

export const ALWAYS: Calendar = new Always(UTC_ZONE);

const ALL_DAY: WeeklyRange[] = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: 0, end: 1440 }));

/**
 * A calendar from weekly hours and holidays, read in its own timezone, else
 * `defaultZone`. No hours means 24x7 minus the holidays. A holiday removes the
 * ranges that belong to that date, including the part of a past-midnight range
 * that runs into the next day; a range from the day before that runs into the
 * holiday is kept (an instant is inside when it is in a range of a non-holiday day).
 * An empty hours map is a calendar with no time in it.
 */
export function createCalendar(def: CalendarDef, defaultZone: Zone): Calendar {
  const zone = def.timezone ? getZone(def.timezone) : defaultZone;
  const holidays = new Set<number>();
  for (const h of def.holidays ?? []) {
    const day = parseDate(String(h?.date));
    if (day === null) throw new Error(`holiday '${String(h?.date)}' is not a date: use YYYY-MM-DD`);
    holidays.add(day);
  }
  if (def.hours == null) return holidays.size === 0 ? new Always(zone) : new WeeklyCalendar(zone, ALL_DAY, holidays);
  const { ranges, problems } = parseHours(def.hours);
  if (problems.length > 0) {
    throw new Error(`bad calendar hours: ${problems.map((p) => `${p.key}: ${p.message}`).join('; ')}`);
  }
  return new WeeklyCalendar(zone, ranges, holidays);
}

class Outside implements Calendar {
  constructor(readonly inner: Calendar) {}
  get zone(): Zone {
    return this.inner.zone;
  }
  windowTime(start: number, end: number): number {
    return start < end ? end - start - this.inner.windowTime(start, end) : 0;
  }
  windows(start: number, end: number): Interval[] {
    return start < end ? subtract([[start, end]], this.inner.windows(start, end)) : [];
  }
  contains(utcMs: number): boolean {
    return !this.inner.contains(utcMs);
  }
  intervalsOver(days: number): number {
    return this.inner.intervalsOver(days);
  }
}

/** Complement of cal ({ outside: NAME }): all time not in cal. */
export function outside(cal: Calendar): Calendar {
  return cal instanceof Outside ? cal.inner : new Outside(cal);
}
