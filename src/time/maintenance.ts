import type { Calendar } from './calendar-type';
import { type WeeklyRange, parseEvery } from './hours';
import type { Interval } from './interval';
import { parseFields } from './timestamp';
import { WeeklyCalendar } from './window-table';
import type { Zone } from './zone';

export interface MaintenanceDef { id: string; every?: string | null; from?: string | null; to?: string | null }

/**
 * Maintenance as a calendar: the union of recurring `every` windows (wall-clock
 * rule in `zone`) and one-off from/to times ('YYYY-MM-DDTHH:MM[:SS]', local to
 * `zone` by the same rule, or absolute when written with an offset). Throws
 * Error on a window it cannot read.
 */
export function maintenanceCalendar(windows: readonly MaintenanceDef[], zone: Zone): Calendar {
  const ranges: WeeklyRange[] = [];
  const fixed: Interval[] = [];
  for (const w of windows) {
    if (w.every != null) {
      const parsed = parseEvery(w.every);
      if ('problem' in parsed) throw new Error(`maintenance window '${w.id}': ${parsed.problem}`);
      ranges.push(...parsed.ranges);
    }
    if (w.from != null || w.to != null) {
      const from = instant(w, 'from', zone);
      const to = instant(w, 'to', zone);
      if (!(from < to)) throw new Error(`maintenance window '${w.id}': 'to' must be after 'from'`);
      fixed.push([from, to]);
    }
  }
  return new WeeklyCalendar(zone, ranges, new Set(), fixed);
}

function instant(w: MaintenanceDef, key: 'from' | 'to', zone: Zone): number {
  const text = w[key];
  const f = text == null ? null : parseFields(String(text).trim());
  if (f === null) throw new Error(`maintenance window '${w.id}': '${key}' must be a local time such as 2026-10-17T22:00`);
  if (f.offset !== null) return f.local - f.offset;
  return zone.wallToUtc(f.local, key === 'from' ? 'start' : 'end');
}
