import type { RowFilter } from '../../core/model';
import { strictNumber, type ConditionValue, type Scalar } from '../../core/row-filter';
import { numberLiteral, toText, type Dialect } from './dialects';

const asText = (v: Scalar): string => (v === null ? '' : String(v));

/**
 * `where` and `good` as SQL, with the rules of `sla evaluate` (docs/semantics.md,
 * rows): equality and lists compare as numbers when both sides are numbers,
 * else as text; lt, lte, gt and gte hold only between numbers. A cell is read
 * as text (an empty cell is ''), so a column may be typed or text. Never NULL:
 * `ne` and `notIn` stay true of a row whose cell is empty.
 */
export class SqlConditions {
  constructor(
    private readonly d: Dialect,
    /** The SQL of a column of the source's row. */
    private readonly column: (name: string) => string,
  ) {}

  /** The cell as text, '' when NULL. */
  text(name: string): string {
    return `COALESCE(${toText(this.d, this.column(name))}, '')`;
  }

  /** The cell as a double when it holds a decimal number, else NULL. */
  private number(name: string): string {
    const t = this.text(name);
    return `CASE WHEN ${this.d.isNumber(t)} THEN ${this.d.toDouble(t)} END`;
  }

  private equals(name: string, value: Scalar): string {
    const text = asText(value);
    const num = typeof value === 'number' ? value : strictNumber(text);
    const same = `${this.text(name)} = ${this.d.literal(text)}`;
    if (Number.isNaN(num)) return same;
    return `(${same} OR COALESCE(${this.number(name)} = ${numberLiteral(this.d, num)}, FALSE))`;
  }

  private oneOf(name: string, values: readonly Scalar[]): string {
    return values.length === 0 ? 'FALSE' : `(${values.map((v) => this.equals(name, v)).join(' OR ')})`;
  }

  private numeric(name: string, value: Scalar, op: string): string {
    const v = typeof value === 'number' ? value : strictNumber(asText(value));
    if (Number.isNaN(v)) return 'FALSE';
    return `COALESCE(${this.number(name)} ${op} ${numberLiteral(this.d, v)}, FALSE)`;
  }

  private cell(name: string, cond: ConditionValue): string {
    if (Array.isArray(cond)) return this.oneOf(name, cond);
    if (cond === null || typeof cond !== 'object') return this.equals(name, cond);
    const parts: string[] = [];
    if (cond.lt !== undefined) parts.push(this.numeric(name, cond.lt, '<'));
    if (cond.lte !== undefined) parts.push(this.numeric(name, cond.lte, '<='));
    if (cond.gt !== undefined) parts.push(this.numeric(name, cond.gt, '>'));
    if (cond.gte !== undefined) parts.push(this.numeric(name, cond.gte, '>='));
    if (cond.ne !== undefined) parts.push(`NOT ${this.equals(name, cond.ne)}`);
    if (cond.in !== undefined) parts.push(this.oneOf(name, cond.in));
    if (cond.notIn !== undefined) parts.push(`NOT ${this.oneOf(name, cond.notIn)}`);
    return parts.length === 0 ? 'TRUE' : parts.join(' AND ');
  }

  /** A map of conditions (every key must hold), or null when there is none. */
  map(filter: RowFilter | undefined): string | null {
    const entries = Object.entries((filter ?? {}) as Record<string, ConditionValue>);
    if (entries.length === 0) return null;
    return entries.map(([name, cond]) => `(${this.cell(name, cond)})`).join(' AND ');
  }

  /** A reader's `service` (when its source maps a service column) and `where`. */
  match(filter: RowFilter | undefined, service: string | undefined, serviceColumn: string | undefined): string | null {
    const parts: string[] = [];
    if (service !== undefined && serviceColumn) parts.push(`${this.text(serviceColumn)} = ${this.d.literal(service)}`);
    const where = this.map(filter);
    if (where) parts.push(where);
    return parts.length === 0 ? null : parts.join(' AND ');
  }
}
