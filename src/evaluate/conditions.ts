import { CELL_LIST, CELL_NEEDS_TEXT, LIST_SEPARATOR, TextCells, textEquals, type RowCells } from '../rows/cells';
import { strictNumber, type ConditionMap, type ConditionValue, type Scalar } from '../core/row-filter';
import { decimalCell, DECIMAL_OK, NOT_A_NUMBER, readDecimalBytes } from './decimal-cell';

/**
 * `where` and `good` maps compiled into row predicates. Equality and lists
 * compare as numbers when both sides are numbers, else as strings; lt, lte,
 * gt and gte hold only between numbers. Every key must hold. The maps'
 * types and the reading of numbers are core/row-filter.ts's.
 */
export type RowTest = (cells: RowCells) => boolean;

const scratch = decimalCell();

/** strictNumber of a cell, from its bytes when it is plain (readDecimal rejects exactly what strictNumber does). */
export function cellNumber(cells: RowCells, i: number): number {
  if ((cells.flags[i]! & CELL_NEEDS_TEXT) === 0) {
    const r = readDecimalBytes(cells.bytes, cells.starts[i]!, cells.ends[i]!, scratch);
    if (r === DECIMAL_OK) return scratch.value;
    if (r === NOT_A_NUMBER) return NaN;
  }
  return strictNumber(cells.text(i));
}

function asText(v: Scalar): string {
  return v === null ? '' : String(v);
}

type CellTest = (cells: RowCells, i: number) => boolean;

const one = new TextCells();

/** Whether the tests being compiled may meet list cells (compileConditions' `lists`). */
let listsAhead = true;

/**
 * A test of a value, made to hold for a list cell when it holds for one of
 * its values; `ne` and `notIn` negate these, so they hold when none does.
 * Rows that never hold list cells (CSV) keep the plain test: no extra call
 * per row on the 10 M-row path.
 */
function anyValue(test: CellTest): CellTest {
  if (!listsAhead) return test;
  return (cells, i) => {
    if ((cells.flags[i]! & CELL_LIST) === 0) return test(cells, i);
    for (const v of cells.text(i).split(LIST_SEPARATOR)) if (test(one.set([v]), 0)) return true;
    return false;
  };
}

/** Tests one cell for equality with a condition value. */
function equals(value: Scalar): CellTest {
  const text = asText(value);
  const num = typeof value === 'number' ? value : strictNumber(text);
  const same = textEquals(text);
  if (Number.isNaN(num)) return anyValue(same);
  return anyValue((cells, i) => same(cells, i) || cellNumber(cells, i) === num);
}

function oneOf(values: readonly Scalar[]): CellTest {
  const tests = values.map(equals);
  return (cells, i) => {
    for (const t of tests) if (t(cells, i)) return true;
    return false;
  };
}

function numeric(value: Scalar, test: (c: number, v: number) => boolean): CellTest {
  const v = typeof value === 'number' ? value : strictNumber(asText(value));
  if (Number.isNaN(v)) return () => false;
  return anyValue((cells, i) => {
    const c = cellNumber(cells, i);
    return !Number.isNaN(c) && test(c, v);
  });
}

function cellTest(cond: ConditionValue): CellTest {
  if (Array.isArray(cond)) return oneOf(cond);
  if (cond === null || typeof cond !== 'object') return equals(cond);
  const parts: CellTest[] = [];
  if (cond.lt !== undefined) parts.push(numeric(cond.lt, (c, v) => c < v));
  if (cond.lte !== undefined) parts.push(numeric(cond.lte, (c, v) => c <= v));
  if (cond.gt !== undefined) parts.push(numeric(cond.gt, (c, v) => c > v));
  if (cond.gte !== undefined) parts.push(numeric(cond.gte, (c, v) => c >= v));
  if (cond.ne !== undefined) {
    const eq = equals(cond.ne);
    parts.push((cells, i) => !eq(cells, i));
  }
  if (cond.in !== undefined) parts.push(oneOf(cond.in));
  if (cond.notIn !== undefined) {
    const inList = oneOf(cond.notIn);
    parts.push((cells, i) => !inList(cells, i));
  }
  if (parts.length === 1) return parts[0]!;
  return (cells, i) => {
    for (const p of parts) if (!p(cells, i)) return false;
    return true;
  };
}

/**
 * Compiles a map into a predicate over a row; `column` gives each named
 * column's index in the row (and registers it when new). `lists: false`
 * promises that no row holds a list cell.
 */
export function compileConditions(map: ConditionMap | undefined, column: (name: string) => number, options: { lists?: boolean } = {}): RowTest | null {
  if (!map) return null;
  listsAhead = options.lists ?? true;
  let tests: RowTest[];
  try {
    tests = Object.entries(map).map(([name, cond]) => {
      const index = column(name);
      const test = cellTest(cond);
      return (cells: RowCells) => test(cells, index);
    });
  } finally {
    listsAhead = true;
  }
  if (tests.length === 0) return null;
  if (tests.length === 1) return tests[0]!;
  if (tests.length === 2) {
    const [a, b] = tests as [RowTest, RowTest];
    return (cells) => a(cells) && b(cells);
  }
  return (cells) => {
    for (const t of tests) if (!t(cells)) return false;
    return true;
  };
}
