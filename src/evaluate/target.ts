import { compareFraction, dec, toNumber, type Dec, type Fraction } from './decimal';

/**
 * Targets (`>= 99.5%`, `<= 600ms`, `>= 100`) and the conditions of tiers,
 * `warning` and `downWhen`, which share their shape. Values are compared
 * exactly: a time unit converts to the value's unit, never through floats.
 */
export type Op = '>=' | '>' | '<=' | '<';

export interface Condition {
  readonly text: string;
  readonly op: Op;
  readonly threshold: Dec;
  /** The threshold as a float, for the quick check. */
  readonly approx: number;
  /** As written: '%', 'ms', 's', 'm', 'h', 'd', or null. */
  readonly unit: string | null;
}

export const TIME_UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

const SHAPE = /^\s*(>=|<=|>|<)\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(%|ms|s|m|h|d)?\s*$/;

export function parseCondition(text: string): Condition | null {
  const m = SHAPE.exec(text);
  if (!m) return null;
  const threshold = dec(m[2]!);
  return { text, op: m[1] as Op, threshold, approx: toNumber(threshold), unit: m[3] ?? null };
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
export function parseAmount(text: string | number): Dec | null {
  if (typeof text === 'number') return Number.isFinite(text) ? dec(text) : null;
  const m = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%?\s*$/.exec(text);
  return m ? dec(m[1]!) : null;
}
