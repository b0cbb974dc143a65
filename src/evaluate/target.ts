import { parseAmount as parseAmountText, parseCondition as parseComparison, TIME_UNITS, type Operator } from '../core/condition';
import { compareFraction, toNumber, type Dec, type Fraction } from './decimal';

/**
 * Targets (`>= 99.5%`, `<= 600ms`, `>= 100`) and the conditions of tiers,
 * `warning` and `downWhen`, which share their shape. Values are compared
 * exactly: a time unit converts to the value's unit, never through floats.
 */
export type Op = Operator;

export interface Condition {
  readonly text: string;
  readonly op: Op;
  readonly threshold: Dec;
  /** The threshold as a float, for the quick check. */
  readonly approx: number;
  /** As written: '%', 'ms', 's', 'm', 'h', 'd', or null. */
  readonly unit: string | null;
}

export { TIME_UNITS };

export function parseCondition(text: string): Condition | null {
  const c = parseComparison(text);
  return c && { text: c.text, op: c.op, threshold: c.number, approx: toNumber(c.number), unit: c.unit };
}

/** Floats decide when far apart (the common case, and cheap); exact decimals near the bound. */
function compare(f: Fraction, cond: Condition, factor: number): -1 | 0 | 1 {
  const left = (f.scale * f.num) / f.den;
  const right = cond.approx * factor;
  const gap = left - right;
  if (Math.abs(gap) > 1e-9 * Math.max(1, Math.abs(right))) return gap < 0 ? -1 : 1;
  return compareFraction(f, cond.threshold, factor);
}

/** Whether a value, scale × num / den in `valueUnit`, satisfies the condition. */
export function holds(cond: Condition, value: Fraction, valueUnit: string | null): boolean {
  let f = value;
  let factor = 1;
  const from = valueUnit ? TIME_UNITS[valueUnit] : undefined;
  const to = cond.unit ? TIME_UNITS[cond.unit] : undefined;
  if (from !== undefined && to !== undefined) {
    f = { ...value, scale: value.scale * from };
    factor = to;
  }
  const c = compare(f, cond, factor);
  switch (cond.op) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
  }
}

/** The number a percentage or plain number text shows ('5%' -> 5), exactly as written. */
export const parseAmount: (text: string | number) => Dec | null = parseAmountText;
