import { DAY_MS, daysFromCivil, daysInMonth, weekday } from './civil';
import { isDeterministic, LinearMatcher } from './pattern-linear';
import { PatternMatcher, type Units } from './pattern-match';
import { canonicalLocale, nameTables } from './pattern-names';
import { Field, literalStep, stepOf, SUPPORTED_TOKENS, tokenize, type Step } from './pattern-tokens';
import { localTimeProblem, type TimestampResult } from './timestamp';
import type { DstPolicy, Zone } from './zone';

/** A timestamp pattern compiled once: a byte parser for plain cells and a text parser for the rest. */
export interface TimePattern {
  /** UTC ms of the ASCII bytes [start, end), or NaN when the text parser must say why not. */
  parseBytes(b: Uint8Array, start: number, end: number): number;
  parseText(text: string): TimestampResult;
}

/** A pattern sla cannot read: the message says why. */
export class PatternError extends Error {}

/**
 * The steps of a Luxon pattern (https://moment.github.io/luxon/#/parsing),
 * or a PatternError. A pattern needs a year; without a month or day those are
 * 1, as in Luxon. Letters that are not tokens must be quoted ('T').
 */
export function compileSteps(pattern: string, locale = 'en-US'): Step[] {
  if (canonicalLocale(locale) === null) throw new PatternError(`'${locale}' is not a locale (such as en-US or de-DE)`);
  const tables = nameTables(locale);
  const steps: Step[] = [];
  const seen = new Set<Field>();
  let meridiem = false;
  let hour24 = false;
  let hour12 = false;
  for (const t of tokenize(pattern)) {
    if (t.literal) {
      steps.push(literalStep(t.val));
      continue;
    }
    const s = stepOf(t.val, tables);
    if (s === null) {
      throw new PatternError(`'${t.val}' is not a token sla reads (tokens: ${SUPPORTED_TOKENS}); put literal text in single quotes, such as 'T'`);
    }
    if (seen.has(s.field)) throw new PatternError(`the pattern gives the ${FIELD_NAMES[s.field]} twice`);
    seen.add(s.field);
    if (t.val === 'a') meridiem = true;
    if (t.val[0] === 'H') hour24 = true;
    if (t.val[0] === 'h') hour12 = true;
    steps.push(s);
  }
  if (!seen.has(Field.Year)) throw new PatternError('the pattern has no year (y, yy or yyyy)');
  if (meridiem && hour24) throw new PatternError("AM/PM ('a') goes with a 12-hour clock ('h'), not 'H'");
  if (meridiem && !hour12) throw new PatternError("AM/PM ('a') needs an hour ('h')");
  return steps;
}

const FIELD_NAMES: Record<number, string> = {
  [Field.Year]: 'year',
  [Field.Month]: 'month',
  [Field.Day]: 'day',
  [Field.Hour]: 'hour',
  [Field.Minute]: 'minute',
  [Field.Second]: 'second',
  [Field.Millisecond]: 'millisecond',
  [Field.Fraction]: 'fraction of a second',
  [Field.Meridiem]: 'AM/PM',
  [Field.Weekday]: 'weekday',
  [Field.Offset]: 'UTC offset',
};

/** The problem with a pattern (for lint), or null. */
export function patternProblem(pattern: string, locale?: string): string | null {
  try {
    compileSteps(pattern, locale);
    return null;
  } catch (e) {
    if (e instanceof PatternError) return e.message;
    throw e;
  }
}

const OK = 0;
const NO_MATCH = 1;
const BAD_DATE = 2;
const BAD_WEEKDAY = 3;
const DST = 4;

/**
 * Compiles a pattern once; each cell then costs a walk over its bytes and
 * the zone's offset table, with no regex, string or Luxon call.
 */
export function compileTimePattern(pattern: string, locale: string, zone: Zone, dst: DstPolicy): TimePattern {
  const steps = compileSteps(pattern, locale);
  const matcher = isDeterministic(steps) ? new LinearMatcher(steps) : new PatternMatcher(steps);
  const v = matcher.values;
  const has = (f: Field): boolean => steps.some((s) => s.field === f);
  const hasMonth = has(Field.Month);
  const hasDay = has(Field.Day);
  const hasMeridiem = has(Field.Meridiem);
  const hasWeekday = has(Field.Weekday);
  const hasOffset = has(Field.Offset);
  const hasFraction = has(Field.Fraction);
  const hasMs = has(Field.Millisecond);
  for (const f of [Field.Hour, Field.Minute, Field.Second, Field.Millisecond, Field.Fraction]) if (!has(f)) v[f] = 0;
  if (!hasMonth) v[Field.Month] = 1;
  if (!hasDay) v[Field.Day] = 1;

  let status = OK;
  let lastYear = NaN;
  let lastMonth = NaN;
  let lastDay = NaN;
  let lastDays = 0;
  // the UTC offset of the last local day, when it holds all day and the days around (NaN: ask the zone)
  let offsetDay = NaN;
  let dayOffset = NaN;
  const steadyOffset = (wallDay: number): number => {
    if (wallDay === offsetDay) return dayOffset;
    offsetDay = wallDay;
    const start = wallDay * DAY_MS;
    const o = zone.offsetMsAt(start - 2 * DAY_MS);
    dayOffset = NaN;
    for (let k = -1; k <= 3; k++) if (zone.offsetMsAt(start + k * DAY_MS) !== o) return NaN;
    dayOffset = o;
    return o;
  };

  /** Wall ms of the matched values, or NaN with `status` saying why they are no date. */
  const wallTime = (): number => {
    const year = v[Field.Year]!;
    const month = v[Field.Month]!;
    const day = v[Field.Day]!;
    let hour = v[Field.Hour]!;
    if (hasMeridiem) {
      if (hour < 12 && v[Field.Meridiem] === 1) hour += 12;
      else if (hour === 12 && v[Field.Meridiem] === 0) hour = 0;
    }
    const minute = v[Field.Minute]!;
    const second = v[Field.Second]!;
    let ms = hasMs ? v[Field.Millisecond]! : 0;
    // as Luxon's parseMillis: floor(0.ddd × 1000), the same double
    if (hasFraction) ms = Math.floor((v[Field.Fraction]! / 10 ** v[Field.FractionDigits]!) * 1000);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59 || ms > 999) {
      status = BAD_DATE;
      return NaN;
    }
    if (year !== lastYear || month !== lastMonth || day !== lastDay) {
      lastYear = year;
      lastMonth = month;
      lastDay = day;
      lastDays = daysFromCivil(year, month, day);
    }
    const days = lastDays;
    if (hasWeekday && weekday(days) !== v[Field.Weekday]) {
      status = BAD_WEEKDAY;
      return NaN;
    }
    return days * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  };

  /** UTC ms of units[start, end), or NaN with `status` set (for a local time in a gap or fold, `gap`). */
  let local = 0;
  let problem: 'gap' | 'ambiguous' = 'gap';
  const instant = (units: Units, start: number, end: number): number => {
    status = OK;
    if (!matcher.match(units, start, end)) {
      status = NO_MATCH;
      return NaN;
    }
    const wall = wallTime();
    if (Number.isNaN(wall)) return NaN;
    if (hasOffset) return wall - v[Field.Offset]! * 60_000;
    const steady = steadyOffset(Math.floor(wall / DAY_MS));
    if (!Number.isNaN(steady)) return wall - steady;
    const r = zone.localMsToUtc(wall, dst);
    if (typeof r === 'number') return r;
    local = wall;
    problem = r;
    status = DST;
    return NaN;
  };

  const quoted = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

  return {
    parseBytes: instant,
    parseText(raw) {
      const text = raw.trim();
      const lower = text.toLowerCase();
      const units = new Uint16Array(lower.length);
      for (let i = 0; i < lower.length; i++) units[i] = lower.charCodeAt(i);
      const r = instant(units, 0, units.length);
      if (!Number.isNaN(r)) return r;
      if (status === NO_MATCH) return { error: `does not match the timestamp pattern '${pattern}': ${quoted(text)}` };
      if (status === BAD_DATE) return { error: `not a date and time that exists: ${quoted(text)}` };
      if (status === BAD_WEEKDAY) return { error: `the weekday does not fall on that date: ${quoted(text)}` };
      return { error: localTimeProblem(local, zone, problem) };
    },
  };
}
