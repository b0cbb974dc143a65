import type { PeriodKind } from '../../core/model';

/** An OpenSLO time window as the period of an agreement, and what had to be guessed. */
export interface PeriodGuess {
  period: PeriodKind;
  guess: string | null;
}

const CALENDAR: Record<string, PeriodKind> = { '1d': 'day', '24h': 'day', '1w': 'week', '7d': 'week', '1M': 'month', '1Q': 'quarter', '3M': 'quarter', '1Y': 'year', '12M': 'year' };

/** A rolling window's nearest calendar period, by its length in days. */
function nearest(days: number): PeriodKind {
  if (days <= 1) return 'day';
  if (days <= 10) return 'week';
  if (days <= 45) return 'month';
  if (days <= 180) return 'quarter';
  return 'year';
}

const DAYS: Record<string, number> = { m: 1 / 1440, h: 1 / 24, d: 1, w: 7, M: 30, Q: 91, Y: 365 };

/**
 * The period of a time window: a calendar-aligned 1M, 1Q, 1Y, 1w or 1d is
 * that period; `1m` with a calendar is a month written in minutes (as the
 * OpenSLO examples do); a rolling window becomes the calendar period nearest
 * its length, which is said.
 */
export function periodOf(window: { duration?: unknown; isRolling?: unknown; calendar?: unknown } | undefined): PeriodGuess {
  if (!window || typeof window.duration !== 'string') return { period: 'month', guess: 'no time window: a calendar month' };
  const d = window.duration;
  const m = /^([1-9][0-9]*)([mhdwMQY])$/.exec(d);
  if (!m) return { period: 'month', guess: `time window '${d}' is not a duration such as 1M: a calendar month` };
  const rolling = window.isRolling === true || (window.isRolling === undefined && window.calendar === undefined);
  if (!rolling && CALENDAR[d]) return { period: CALENDAR[d]!, guess: null };
  if (!rolling && d === '1m') return { period: 'month', guess: "duration '1m' is one minute; with a calendar a month (1M) was probably meant" };
  const period = nearest(Number(m[1]) * DAYS[m[2]!]!);
  return { period, guess: `${rolling ? 'rolling' : 'calendar'} window of ${d}: an agreement judges calendar periods, so a ${period} (the nearest)` };
}

/** The duration shorthand of a slice (a number is minutes), or null. */
export function sliceOf(window: unknown): string | null {
  if (typeof window === 'number' && Number.isInteger(window) && window > 0) return `${window}m`;
  if (typeof window === 'string' && /^[1-9][0-9]*[mhd]$/.test(window)) return window;
  return null;
}
