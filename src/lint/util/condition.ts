import { parseCondition as parseComparison, pointsUp, TIME_UNITS, type Operator } from '../../core/condition';
import { cmp as compareDecimal, dec, mul, type Dec as Decimal } from '../../core/decimal';

export { parsePercent, pointsUp, TIME_UNITS, type Operator } from '../../core/condition';
export type UnitClass = 'percent' | 'time' | 'plain';

/** A target, warning, tier `when` or `downWhen`: `>= 99.5%`, `<= 600ms`, `>= 100`. */
export interface Condition {
  readonly text: string;
  readonly op: Operator;
  /** The number as written. */
  readonly number: Decimal;
  readonly unit: string;
  readonly unitClass: UnitClass;
  /** The number in a common scale for its class (time in ms), for comparisons. */
  readonly value: Decimal;
}


export function unitClassOf(unit: string): UnitClass {
  return unit === '%' ? 'percent' : unit === '' ? 'plain' : 'time';
}

/** The shared grammar (core/condition), with the unit class and a common scale for lint's comparisons. */
export function parseCondition(text: unknown): Condition | null {
  const c = parseComparison(text);
  if (!c) return null;
  const unit = c.unit ?? '';
  const unitClass = unitClassOf(unit);
  const value = unitClass === 'time' ? mul(c.number, dec(TIME_UNITS[unit])) : c.number;
  return { text: c.text, op: c.op, number: c.number, unit, unitClass, value };
}
export const inclusive = (c: Condition): boolean => c.op === '<=' || c.op === '>=';

export function comparable(a: Condition, b: Condition): boolean {
  return a.unitClass === b.unitClass;
}

/** Whether some value satisfies both conditions (the real line; percentages within 0..100). */
export function overlaps(a: Condition, b: Condition): boolean {
  if (pointsUp(a) === pointsUp(b)) {
    if (a.unitClass !== 'percent') return true;
    const edge = pointsUp(a) ? 'max' : 'min';
    return [a, b].every((c) => withinDomain(c, edge));
  }
  const [up, down] = pointsUp(a) ? [a, b] : [b, a];
  const order = compareDecimal(up.value, down.value);
  return order < 0 || (order === 0 && inclusive(up) && inclusive(down));
}

function withinDomain(c: Condition, edge: 'min' | 'max'): boolean {
  const bound = dec(edge === 'max' ? 100 : 0);
  const order = compareDecimal(c.value, bound);
  if (edge === 'max') return order < 0 || (order === 0 && inclusive(c));
  return order > 0 || (order === 0 && inclusive(c));
}

/** Whether every value that satisfies `inner` also satisfies `outer` (same direction). */
export function within(inner: Condition, outer: Condition): boolean {
  const order = compareDecimal(inner.value, outer.value);
  if (order === 0) return inclusive(outer) || !inclusive(inner);
  return pointsUp(outer) ? order > 0 : order < 0;
}
