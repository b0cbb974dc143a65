import type { Interval } from './interval';
import type { Zone } from './zone';

export interface Calendar {
  readonly zone: Zone;
  /** Real elapsed ms inside the calendar within [start, end). */
  windowTime(start: number, end: number): number;
  /** The calendar's intervals within [start, end), merged, sorted. */
  windows(start: number, end: number): Interval[];
  contains(utcMs: number): boolean;
  /** At most how many intervals the calendar keeps in memory to answer for `days` days. */
  intervalsOver(days: number): number;
}
