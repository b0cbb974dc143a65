import { compareDecimal, parseDecimal, times, type Decimal } from './decimal';

export type Operator = '<' | '<=' | '>' | '>=';
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

const CONDITION = /^\s*(<=|>=|<|>)\s*([+-]?\d+(?:\.\d+)?)\s*(%|ms|s|m|h|d)?\s*$/;
export const TIME_UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function unitClassOf(unit: string): UnitClass {
  return unit === '%' ? 'percent' : unit === '' ? 'plain' : 'time';
}

export function parseCondition(text: unknown): Condition | null {
  if (typeof text !== 'string') return null;
  const m = CONDITION.exec(text);
  const number = m ? parseDecimal(m[2]) : null;
  if (!m || !number) return null;
  const unit = m[3] ?? '';
  const unitClass = unitClassOf(unit);
  const value = unitClass === 'time' ? times(number, TIME_UNITS[unit]) : number;
  return { text: text.trim(), op: m[1] as Operator, number, unit, unitClass, value };
}

/** `5%` (or a bare number) as an exact percentage. */
export function parsePercent(text: unknown): Decimal | null {
  if (typeof text === 'number') return parseDecimal(text);
  if (typeof text !== 'string') return null;
  const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*%\s*$/.exec(text);
  return m ? parseDecimal(m[1]) : null;
}

/** Whether values pass the condition when they are large (`>`, `>=`) or small. */
export const pointsUp = (c: Condition): boolean => c.op === '>' || c.op === '>=';
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
  const bound = { units: edge === 'max' ? 100n : 0n, scale: 0 };
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
