import { parseTimeLimit } from '../../core/limit-text';
import { isZeroDuration, windowTimeWords } from './duration';
import type { LocaleFormat } from './locale-format';

/** 1 -> "1st", 22 -> "22nd", 13 -> "13th". */
export function ordinal(n: number, fmt: LocaleFormat): string {
  const suffix = Number.isInteger(n) && Math.floor(n / 10) % 10 !== 1 ? ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th' : 'th';
  return `${fmt.number(n)}${suffix}`;
}

const count = (n: number, noun: string, fmt: LocaleFormat): string => `${fmt.number(n)} ${noun}${n === 1 ? '' : 's'}`;

/**
 * A time limit in words, as evaluate computes it: a duration of window time
 * in hours ("3d" -> "72 hours"), "3 business days", or "by 17:00 on the 2nd
 * business day after" ("by 17:00, 2nd business day after" in a table cell).
 * Text of another form is returned as written.
 */
export function limitWords(limit: unknown, fmt: LocaleFormat, cell = false): string {
  const parsed = parseTimeLimit(limit);
  if (!parsed) return String(limit ?? '');
  if (parsed.kind === 'duration') return isZeroDuration(parsed.text) ? 'no time at all' : windowTimeWords(parsed.text, fmt);
  if (parsed.by === null) return count(parsed.days, 'business day', fmt);
  if (parsed.days === 0) return cell ? `by ${parsed.by}, same day` : `by ${parsed.by} on the day it starts`;
  const day = `${ordinal(parsed.days, fmt)} business day`;
  // a table cell says it briefly; the table's caption says from when
  return cell ? `by ${parsed.by}, ${day} after` : `by ${parsed.by} on the ${day} after the day it starts`;
}

/** Whether a limit is a clock time on a business day ("2 business days by 17:00"). */
export function isDeadlineLimit(limit: unknown): boolean {
  const parsed = parseTimeLimit(limit);
  return parsed?.kind === 'business-days' && parsed.by !== null;
}

/**
 * How N business days are counted (docs/semantics.md, Time limits), said once
 * per metric that uses them; `hours` names the calendar ("Office hours").
 */
export function businessDayRule(hours: string | null, paused: boolean): string {
  const days = hours ? `a day with ${hours}` : 'a day with window time (around the clock, every day)';
  const within = hours ? `within ${hours}` : 'within the window';
  return (
    `A business day is ${days}. N business days from a time once a day's hours have begun (${within}, or after they end) end on the N-th business day after, ` +
    `once as much of that day's hours has passed as had passed of the first day at that time (at most all of them); ` +
    `from a time before a day's hours begin, or on a day without them, at the end of the N-th business day, counting the first business day from then as the first` +
    (paused ? '. Paused time moves the end later by its time within the hours' : '')
  );
}
