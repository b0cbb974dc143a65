import type { TimestampResult } from './timestamp';

export type EpochUnit = 'epoch-s' | 'epoch-ms' | 'epoch-us' | 'epoch-ns';

/** Digits of each unit below a millisecond: seconds have none, nanoseconds six. */
const SHIFT: Record<EpochUnit, number> = { 'epoch-s': -3, 'epoch-ms': 0, 'epoch-us': 3, 'epoch-ns': 6 };

export function isEpochUnit(form: string): form is EpochUnit {
  return form in SHIFT;
}

/**
 * UTC ms of an epoch count in bytes [start, end): an optional '-', digits,
 * an optional fraction. Read digit by digit, so nanoseconds (19 digits, past
 * 2^53) lose nothing: the digits below a millisecond are dropped, flooring
 * (as ISO fractions are truncated). NaN when it is not such a number.
 */
export function readEpoch(b: ArrayLike<number>, start: number, end: number, unit: EpochUnit): number {
  const shift = SHIFT[unit];
  let i = start;
  const neg = i < end && b[i] === 45;
  if (neg) i++;
  const intFrom = i;
  while (i < end && isDigit(b[i]!)) i++;
  const intDigits = i - intFrom;
  let fracFrom = i;
  let fracDigits = 0;
  if (i < end && b[i] === 46) {
    fracFrom = ++i;
    while (i < end && isDigit(b[i]!)) i++;
    fracDigits = i - fracFrom;
    if (fracDigits === 0) return NaN;
  }
  if (i !== end || intDigits + fracDigits === 0) return NaN;
  const digit = (k: number): number => (k < intDigits ? b[intFrom + k]! - 48 : k - intDigits < fracDigits ? b[fracFrom + k - intDigits]! - 48 : 0);
  // the digits worth a millisecond or more, then those below it
  const keep = Math.max(0, intDigits - shift);
  let ms = 0;
  for (let k = 0; k < keep; k++) ms = ms * 10 + digit(k);
  let dropped = false;
  for (let k = keep; k < intDigits + fracDigits; k++) if (digit(k) !== 0) dropped = true;
  const out = neg ? -(ms + (dropped ? 1 : 0)) || 0 : ms;
  return Number.isSafeInteger(out) ? out : NaN;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The text form of readEpoch, with a message. */
export function parseEpochText(text: string, unit: EpochUnit): TimestampResult {
  const t = text.trim();
  const codes = Array.from(t, (c) => c.charCodeAt(0));
  const ms = readEpoch(codes, 0, codes.length, unit);
  if (Number.isNaN(ms)) return { error: `not a time in ${UNIT_WORDS[unit]} since 1970-01-01 UTC: ${JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}…` : t)}` };
  return ms;
}

const UNIT_WORDS: Record<EpochUnit, string> = { 'epoch-s': 'seconds', 'epoch-ms': 'milliseconds', 'epoch-us': 'microseconds', 'epoch-ns': 'nanoseconds' };
