import { parseDuration } from '../../time/duration';
import type { LocaleFormat } from './locale-format';

const UNITS: ReadonlyArray<[string, string, number]> = [
  ['w', 'week', 7 * 86_400_000],
  ['d', 'day', 86_400_000],
  ['h', 'hour', 3_600_000],
  ['m', 'minute', 60_000],
  ['s', 'second', 1000],
];

function unitWords(count: number, unit: string, fmt: LocaleFormat): string {
  return `${fmt.number(count)} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * A duration in words, in the units it was written in: "30m" -> "30 minutes",
 * "150h" -> "150 hours", "1h30m" -> "1 hour 30 minutes"; ISO 8601 by its
 * largest whole units. Text that is not a duration is returned as it is.
 */
export function durationWords(text: unknown, fmt: LocaleFormat): string {
  if (typeof text !== 'string') return String(text);
  const short = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (short && text !== '') {
    const parts = ['day', 'hour', 'minute', 'second']
      .map((unit, i) => [short[i + 1], unit] as const)
      .filter(([n]) => n !== undefined && Number(n) > 0)
      .map(([n, unit]) => unitWords(Number(n), unit, fmt));
    return parts.length > 0 ? parts.join(' ') : unitWords(0, 'minute', fmt);
  }
  const ms = parseDuration(text);
  if (ms === null) return text;
  return msWords(ms, fmt);
}

/** Milliseconds by their largest whole units (from UNITS[from]): 5_400_000 -> "1 hour 30 minutes". */
export function msWords(ms: number, fmt: LocaleFormat, from = 0): string {
  if (ms === 0) return unitWords(0, 'minute', fmt);
  const parts: string[] = [];
  let rest = ms;
  for (const [, unit, size] of UNITS.slice(from)) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(unitWords(n, unit, fmt));
    rest -= n * size;
  }
  if (rest > 0) parts.push(`${fmt.number(rest)} ms`);
  return parts.join(' ');
}

/**
 * A duration of window time in hours and smaller units: "3d" -> "72 hours",
 * "1d12h" -> "36 hours", "30m" -> "30 minutes". A day of a business calendar
 * is not 24 of its hours, so time limits never say "days".
 */
export function windowTimeWords(text: unknown, fmt: LocaleFormat): string {
  if (typeof text !== 'string') return String(text);
  const ms = parseDuration(text);
  if (ms === null) return text;
  if (!/[dDW]/.test(text)) return durationWords(text, fmt);
  return msWords(ms, fmt, 2);
}

/** Whether a duration text is zero ("0m", "PT0S"). */
export function isZeroDuration(text: unknown): boolean {
  return typeof text === 'string' && parseDuration(text) === 0;
}
