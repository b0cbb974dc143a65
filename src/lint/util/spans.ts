import { inclusive, parseCondition, pointsUp, type Condition } from '../../core/condition';
import { cmp } from '../../core/decimal';

/**
 * Conditions and bands as spans of the real line, for the tier rules. A span
 * runs between two cuts; a cut lies just before or just after a value
 * (`>= 99` starts just before 99, `> 99` just after it), so a band, its
 * holes and the single values between open bounds compare exactly.
 */
export interface Cut {
  /** null: the end of the line (below every value for a start, above every value for an end). */
  readonly at: Condition | null;
  /** -1 just before the value, +1 just after it. */
  readonly side: -1 | 1;
}

export interface Span {
  readonly start: Cut;
  readonly end: Cut;
}

const BELOW: Cut = { at: null, side: -1 };
const ABOVE: Cut = { at: null, side: 1 };

/** Cuts in order along the line; `end` says how an open end (null) compares. */
export function compareCuts(a: Cut, b: Cut): number {
  if (a.at === null || b.at === null) {
    if (a.at === null && b.at === null) return a.side - b.side;
    return a.at === null ? a.side : -b.side;
  }
  return cmp(a.at.scaled, b.at.scaled) || a.side - b.side;
}

const later = (a: Cut, b: Cut): Cut => (compareCuts(a, b) >= 0 ? a : b);
const earlier = (a: Cut, b: Cut): Cut => (compareCuts(a, b) <= 0 ? a : b);

/** The span of values that satisfy one condition. */
export function conditionSpan(c: Condition): Span {
  if (pointsUp(c)) return { start: { at: c, side: inclusive(c) ? -1 : 1 }, end: ABOVE };
  return { start: BELOW, end: { at: c, side: inclusive(c) ? 1 : -1 } };
}

/** The values in both spans, or null when none is. */
export function intersect(a: Span, b: Span): Span | null {
  const span = { start: later(a.start, b.start), end: earlier(a.end, b.end) };
  return compareCuts(span.start, span.end) < 0 ? span : null;
}

/** The values that satisfy every part (a band), or null when none does. */
export function bandSpan(parts: readonly Condition[]): Span | null {
  let span: Span | null = { start: BELOW, end: ABOVE };
  for (const part of parts) span = span && intersect(span, conditionSpan(part));
  return span;
}

const PERCENTS = bandSpan([parseCondition('>= 0%')!, parseCondition('<= 100%')!])!;

/** Where a unit's values lie: percentages within 0 to 100, anything else on the whole line. */
export function domainOf(c: Condition): Span {
  return c.unitClass === 'percent' ? PERCENTS : { start: BELOW, end: ABOVE };
}

/** A cut's value as written (`99.5%`, `600ms`), or null for an end of the line. */
export const cutValue = (c: Cut): string | null => (c.at ? c.at.text.replace(/^[<>=\s]+/, '').replace(/\s+/g, '') : null);

/**
 * The values between two cuts in words: "at exactly 99%", "for values between
 * 99% and 99.5%", "for values below 95%", "for values of at least 2000ms".
 */
export function gapWords(from: Cut, to: Cut): string {
  const a = cutValue(from);
  const b = cutValue(to);
  if (a !== null && b !== null && from.at && to.at && cmp(from.at.scaled, to.at.scaled) === 0) return `at exactly ${a}`;
  if (a === null || (from.at?.unitClass === 'percent' && cmp(from.at.scaled, PERCENTS.start.at!.scaled) === 0 && from.side < 0)) {
    return `for values ${to.side < 0 ? 'below' : 'up to and including'} ${b}`;
  }
  if (b === null) return `for values ${from.side < 0 ? 'of at least' : 'above'} ${a}`;
  return `for values between ${a} and ${b}`;
}
