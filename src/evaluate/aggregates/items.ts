import { InputError } from '../../core/errors';
import { RowError } from '../../rows';
import type { ClockSpec } from '../kinds/duration-clocks';
import type { ItemLists } from '../kinds/duration-judge';
import type { AggregateInput } from '../kinds/kind';
import { aggregateWhere, instant, period, slot, whole } from './values';

export interface ItemTarget {
  items: ItemLists[];
  pauses: Map<string, number[]>;
  clocks: readonly ClockSpec[];
  /** Some clock picks its limit by a column. */
  picks: boolean;
  hasIds: boolean;
  metric: string;
}

/**
 * A duration metric's aggregate rows: one per clock of each item (`own`,
 * grouped by period and item number), and the items' pauses (`pauses`), kept
 * as the rows would have been.
 */
export function importItems(rows: readonly AggregateInput[], t: ItemTarget): void {
  const n = t.clocks.length;
  const groups = new Map<string, AggregateInput[]>();
  for (const row of rows) {
    if (row.part === 'pauses') {
      const list = t.pauses.get(row.id ?? '');
      const s = whole(row, 'start_ms');
      const e = whole(row, 'end_ms');
      if (list) list.push(s, e);
      else t.pauses.set(row.id ?? '', [s, e]);
      continue;
    }
    if (row.part !== 'own') throw new InputError(`aggregates of metric '${t.metric}': the metric has no reader '${row.part}'`);
    // one clock: each row is an item of its own
    const key = n === 1 ? String(groups.size) : `${row.index} ${whole(row, 'item')}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    const list = t.items[period(first, t.items.length)]!;
    if (group.length !== n) throw new InputError(`${aggregateWhere(first)}: item ${first.item ?? ''} has ${group.length} clocks, not ${n}`);
    const byClock = new Array<AggregateInput>(n);
    for (const row of group) byClock[slot(row, n)] = row;
    for (let k = 0; k < n; k++) {
      const row = byClock[k];
      if (!row) throw new InputError(`${aggregateWhere(first)}: item ${first.item ?? ''} lacks clock ${k}`);
      list.from.push(k === 0 ? whole(row, 'start_ms') : instant(row, 'start_ms'));
      list.to.push(instant(row, 'end_ms'));
      if (t.picks) list.limit.push(pick(t.clocks[k]!, row));
    }
    list.id.push(t.hasIds ? (first.id ?? '') : '');
  }
}

function pick(clock: ClockSpec, row: AggregateInput): number {
  try {
    return clock.limit.pickText(row.pick ?? '');
  } catch (e) {
    if (e instanceof RowError) throw new InputError(`${aggregateWhere(row)}: ${e.reason}`);
    throw e;
  }
}
