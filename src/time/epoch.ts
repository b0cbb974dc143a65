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
  return readEpochShifted(b, start, end, SHIFT[unit]);
}

/** readEpoch for a unit given as its digits below a millisecond (-3 for seconds), with no lookup per cell. */
export function epochShift(unit: EpochUnit): number {
  return SHIFT[unit];
}

export function readEpochShifted(b: ArrayLike<number>, start: number, end: number, shift: number): number {
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
  // the digits worth a millisecond or more, then those below it (dropped, flooring)
  const keep = intDigits - shift > 0 ? intDigits - shift : 0;
  let ms = 0;
  let dropped = false;
  for (let k = 0; k < intDigits; k++) {
    const d = b[intFrom + k]! - 48;
    if (k < keep) ms = ms * 10 + d;
    else if (d !== 0) dropped = true;
  }
  for (let k = 0; k < fracDigits; k++) {
    const d = b[fracFrom + k]! - 48;
    if (intDigits + k < keep) ms = ms * 10 + d;
    else if (d !== 0) dropped = true;
  }
  for (let k = intDigits + fracDigits; k < keep; k++) ms *= 10;
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
