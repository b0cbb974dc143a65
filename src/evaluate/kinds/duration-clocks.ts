import { InputError } from '../../core/errors';
import type { MetricShape } from '../model';
import type { SourceFrame } from '../source';
import { chooseLimit, LimitTable, type LimitChoice } from './time-limits';

/** One limit an item must meet: from one column's time to another's. */
export interface ClockSpec {
  /** null for the metric's own `from`, `to` and `within`. */
  readonly name: string | null;
  readonly fromName: string;
  readonly toName: string;
  readonly from: number;
  readonly to: number;
  readonly limit: LimitChoice;
}

/** A duration metric's clocks (`clocks`, else one from `from`, `to`, `within`) and their limits, read once at plan time. */
export function durationClocks(metric: MetricShape, source: SourceFrame): { clocks: ClockSpec[]; table: LimitTable } {
  const table = new LimitTable(`metric '${metric.id}'`);
  const column = (name: string) => source.column(name);
  const spec = (name: string | null, from: string, to: string, within: MetricShape['within']): ClockSpec => ({
    name,
    fromName: from,
    toName: to,
    from: column(from),
    to: column(to),
    limit: chooseLimit(within, table, column),
  });
  if (metric.clocks && metric.clocks.length > 0) {
    const names = new Set<string>();
    const clocks = metric.clocks.map((c) => {
      if (names.has(c.name)) throw new InputError(`metric '${metric.id}': two clocks are named '${c.name}'`);
      names.add(c.name);
      return spec(c.name, c.from, c.to, c.within);
    });
    return { clocks, table };
  }
  if (!metric.from || !metric.to) throw new InputError(`metric '${metric.id}' needs 'from' and 'to' columns (or 'clocks')`);
  if (metric.within === undefined) throw new InputError(`metric '${metric.id}' needs 'within' (or 'clocks')`);
  return { clocks: [spec(null, metric.from, metric.to, metric.within)], table };
}
