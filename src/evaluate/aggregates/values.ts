import { InputError } from '../../core/errors';
import { dec, type Dec } from '../decimal';
import type { AggregateInput } from '../kinds/kind';

/** Where a bad aggregate row is, for messages. */
const where = (row: AggregateInput): string => `aggregates of metric '${row.metric}' (${row.part}${row.period !== null ? `, period ${row.period}` : ''})`;

/** A whole number of a row (a count, an instant, an index), else an error naming the row. */
export function whole(row: AggregateInput, column: 'row_count' | 'slot' | 'item' | 'start_ms' | 'end_ms'): number {
  const v = row[column];
  if (v === null || !Number.isSafeInteger(v)) throw new InputError(`${where(row)}: ${column} is ${v === null ? 'empty' : `not a whole number: ${String(v)}`}`);
  return v;
}

/** An instant, or NaN for an empty one (an open clock). */
export function instant(row: AggregateInput, column: 'start_ms' | 'end_ms'): number {
  return row[column] === null ? NaN : whole(row, column);
}

/** An exact decimal of a row (a sum, a count of good rows). */
export function exact(row: AggregateInput, column: 'good' | 'total' | 'value'): Dec {
  const v = row[column];
  if (v === null) throw new InputError(`${where(row)}: ${column} is empty`);
  try {
    return dec(v);
  } catch {
    throw new InputError(`${where(row)}: ${column} is not a decimal number: ${JSON.stringify(v.slice(0, 40))}`);
  }
}

/** The row's period index; a row of a period the metric does not have is an error (aggregates of another range). */
export function period(row: AggregateInput, length: number): number {
  if (row.index < 0 || row.index >= length) throw new InputError(`${where(row)}: the metric has no period ${JSON.stringify(row.period)} in this evaluation`);
  return row.index;
}

/** A slot (slice index, clock) below `length`. */
export function slot(row: AggregateInput, length: number): number {
  const k = whole(row, 'slot');
  if (k < 0 || k >= length) throw new InputError(`${where(row)}: slot ${k} is outside 0 to ${length - 1}`);
  return k;
}

export { where as aggregateWhere };
