/**
 * The conditions of `where` and `good` maps, as the agreement writes them:
 * `sla evaluate` compiles them into row tests (evaluate/conditions.ts) and
 * `sla export sql` into SQL (export/sql/conditions.ts), with one reading of
 * their values.
 */
export type Scalar = string | number | boolean | null;
export interface Operators {
  lt?: Scalar;
  lte?: Scalar;
  gt?: Scalar;
  gte?: Scalar;
  ne?: Scalar;
  in?: Scalar[];
  notIn?: Scalar[];
}
export type ConditionValue = Scalar | Scalar[] | Operators;
export type ConditionMap = Record<string, ConditionValue>;


/** Decimal number text (no hex, no blanks, no Infinity), else NaN. */
export function strictNumber(text: string): number {
  const n = text.length;
  if (n === 0) return NaN;
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === 43 || c === 45) i++;
  let digits = 0;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 46 && c !== 101 && c !== 69 && c !== 43 && c !== 45) return NaN;
  }
  if (digits === 0) return NaN;
  return Number(text);
}
