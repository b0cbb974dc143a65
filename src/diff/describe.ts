import { parseBand, parseCondition, type Condition } from '../core/condition';
import { parseDuration } from '../time/duration';

const OP_WORDS: Record<string, string> = { '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'below' };

/** Milliseconds as "43m 12s", "3h 36m", "2d 4h", "0s"; fractions of a second as ms. */
export function compactDuration(ms: number): string {
  if (!Number.isFinite(ms)) return 'no limit';
  if (ms === 0) return '0s';
  const parts: string[] = [];
  let rest = Math.round(ms);
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000]] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  // seconds keep their milliseconds as a decimal: 44m 38.4s
  if (rest > 0) parts.push(`${String(rest / 1000)}s`);
  return parts.join(' ');
}

/** Milliseconds as whole hours and minutes: "50h", "37h 30m" (weekly hours read better so). */
export function compactHours(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h}h` : `${h}h ${m}m`;
}

/** A value in words for a one-line summary: conditions and durations read out, absent as "none". */
export function describe(type: string | undefined, value: unknown): string {
  if (value === undefined || value === null) return 'none';
  const words = (c: Condition): string => `${OP_WORDS[c.op]} ${c.numberText}${c.unit ?? ''}`;
  if ((type === 'Target' || type === 'ConditionText') && parseCondition(value)) return words(parseCondition(value)!);
  if (type === 'BandText' && parseBand(value)) return parseBand(value)!.parts.map(words).join(' and ');
  if (type === 'Hours' && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([days, hours]) => `${days} ${Array.isArray(hours) ? hours.join(', ') : String(hours)}`).join('; ');
  }
  if (type === 'Duration' && typeof value === 'string' && parseDuration(value) !== null) {
    return compactDuration(parseDuration(value) as number);
  }
  if (typeof value === 'string') {
    const text = value.replace(/\s+/g, ' ').trim();
    return text.length > 60 ? `“${text.slice(0, 59)}…”` : JSON.stringify(text) === `"${text}"` && /\s/.test(text) ? `“${text}”` : text;
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (!Array.isArray(value) && typeof v.name === 'string' && typeof v.id === 'string') return `${v.name} (${v.id})`;
    const text = Array.isArray(value)
      ? value.map((x) => describe(undefined, x)).join(', ')
      : Object.entries(v).map(([k, x]) => `${k} ${typeof x === 'object' && x !== null ? JSON.stringify(x).replace(/"/g, '') : String(x)}`).join(', ');
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  }
  return String(value);
}
