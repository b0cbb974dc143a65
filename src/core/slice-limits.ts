import type { PeriodKind } from './model';

/**
 * Availability over events or counts keeps two counters per slice of a
 * period, and judges every slice: at most this many slices in one period.
 */
export const MAX_SLICES_PER_PERIOD = 1_000_000;

/**
 * The shortest slice for each period: the longest such period (a day of 26
 * hours at a clock change, a 31-day month, a 92-day quarter, a leap year,
 * each with two hours to spare) cut into at most MAX_SLICES_PER_PERIOD
 * slices, rounded to a length one writes.
 */
export const MIN_SLICE: Readonly<Record<PeriodKind, { ms: number; text: string }>> = {
  day: { ms: 100, text: '100ms (PT0.1S)' },
  week: { ms: 1000, text: '1s' },
  month: { ms: 3000, text: '3s' },
  quarter: { ms: 8000, text: '8s' },
  year: { ms: 32_000, text: '32s' },
};
