/**
 * `where` and `good` maps compiled into row predicates. Equality and lists
 * compare as numbers when both sides are numbers, else as strings; lt, lte,
 * gt and gte hold only between numbers. Every key must hold.
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

export type RowTest = (fields: readonly string[]) => boolean;

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

function asText(v: Scalar): string {
  return v === null ? '' : String(v);
}

/** Tests one cell for equality with a condition value. */
function equals(value: Scalar): (cell: string) => boolean {
  const text = asText(value);
  const num = typeof value === 'number' ? value : strictNumber(text);
  if (Number.isNaN(num)) return (cell) => cell === text;
  return (cell) => {
    if (cell === text) return true;
    const c = strictNumber(cell);
    return c === num;
  };
}

function oneOf(values: readonly Scalar[]): (cell: string) => boolean {
  const tests = values.map(equals);
  return (cell) => tests.some((t) => t(cell));
}

function numeric(value: Scalar, test: (c: number, v: number) => boolean): (cell: string) => boolean {
  const v = typeof value === 'number' ? value : strictNumber(asText(value));
  if (Number.isNaN(v)) return () => false;
  return (cell) => {
    const c = strictNumber(cell);
    return !Number.isNaN(c) && test(c, v);
  };
}

function cellTest(cond: ConditionValue): (cell: string) => boolean {
  if (Array.isArray(cond)) return oneOf(cond);
  if (cond === null || typeof cond !== 'object') return equals(cond);
  const parts: ((cell: string) => boolean)[] = [];
  if (cond.lt !== undefined) parts.push(numeric(cond.lt, (c, v) => c < v));
  if (cond.lte !== undefined) parts.push(numeric(cond.lte, (c, v) => c <= v));
  if (cond.gt !== undefined) parts.push(numeric(cond.gt, (c, v) => c > v));
  if (cond.gte !== undefined) parts.push(numeric(cond.gte, (c, v) => c >= v));
  if (cond.ne !== undefined) {
    const eq = equals(cond.ne);
    parts.push((cell) => !eq(cell));
  }
  if (cond.in !== undefined) parts.push(oneOf(cond.in));
  if (cond.notIn !== undefined) {
    const inList = oneOf(cond.notIn);
    parts.push((cell) => !inList(cell));
  }
  if (parts.length === 1) return parts[0]!;
  return (cell) => parts.every((p) => p(cell));
}

/**
 * Compiles a map into a predicate over a row; `column` gives each named
 * column's index in the row (and registers it when new).
 */
export function compileConditions(map: ConditionMap | undefined, column: (name: string) => number): RowTest | null {
  if (!map) return null;
  const tests = Object.entries(map).map(([name, cond]) => {
    const index = column(name);
    const test = cellTest(cond);
    return (fields: readonly string[]) => test(fields[index] ?? '');
  });
  if (tests.length === 0) return null;
  if (tests.length === 1) return tests[0]!;
  return (fields) => {
    for (const t of tests) if (!t(fields)) return false;
    return true;
  };
}

/** The columns a map reads. */
export function conditionColumns(map: ConditionMap | undefined): string[] {
  return map ? Object.keys(map) : [];
}
