import { TIME_UNITS, type Condition } from '../core/condition';
import { compareFraction, type Fraction } from './decimal';

/**
 * Whether a measured value satisfies a condition (a target, a tier's `when`,
 * `warning`, `downWhen`: core/condition). Values are compared exactly: a time
 * unit converts to the value's unit, never through floats.
 */

/** Floats decide when far apart (the common case, and cheap); exact decimals near the bound. */
function compare(f: Fraction, cond: Condition, factor: number): -1 | 0 | 1 {
  const left = (f.scale * f.num) / f.den;
  const right = cond.approx * factor;
  const gap = left - right;
  if (Math.abs(gap) > 1e-9 * Math.max(1, Math.abs(right))) return gap < 0 ? -1 : 1;
  return compareFraction(f, cond.number, factor);
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
