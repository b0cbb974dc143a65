import { InputError } from '../../core/errors';
import { dec } from '../decimal';
import { exact, period, whole as rowCount } from '../aggregates/values';
import { toNumber } from '../decimal';
import { kthSmallest, ValueList } from '../value-list';
import type { KindContext, MetricRun, Outcome, RunOutcomes } from './kind';
import { noData, requireRole, whole } from './kind';

export { quickselect } from '../value-list';

/** ⌈p × n / 100⌉ computed exactly (p = 99.9, n = 1000 gives 999), at least 1. */
export function nearestRank(p: number | string, n: number): number {
  const d = dec(p);
  const num = d.m * BigInt(n);
  const den = 100n * 10n ** BigInt(d.e);
  const rank = num <= 0n ? 0n : (num + den - 1n) / den;
  return Math.max(1, Math.min(n, Number(rank)));
}

/** `percentile`: the exact nearest-rank percentile of `value` over matching events. */
export function percentile(ctx: KindContext): MetricRun {
  const { source, periods, match, metric } = ctx;
  if (!metric.value) throw new InputError(`metric '${metric.id}' names no 'value' column`);
  const p = metric.percentile ?? 50;
  const timeCol = requireRole(ctx, source, 'time');
  const valueCol = source.column(metric.value);
  const values = Array.from({ length: periods.length }, () => new ValueList());
  /** Per period, what an engine computed (--aggregates): the number of values and the one of nearest rank. */
  const computed: ({ count: number; value: number } | null)[] = new Array(periods.length).fill(null);

  let i = -1;
  let v = 0;
  source.consumers.push({
    take(cells) {
      if (match && !match(cells)) return false;
      i = periods.find(source.time(cells, timeCol));
      if (i < 0) return false;
      v = source.number(cells, valueCol);
      return true;
    },
    apply() {
      values[i]!.push(v);
    },
  });

  return {
    unit: metric.unit ?? null,
    finish(): RunOutcomes {
      return whole(values.map((v, k): Outcome => {
        const given = computed[k];
        if (given) return { value: given.value, exact: { num: given.value, den: 1, scale: 1 }, counts: { count: given.count, rank: nearestRank(p, given.count) } };
        if (v.length === 0) return noData({ count: 0 });
        const rank = nearestRank(p, v.length);
        const value = kthSmallest(v.parts(), rank - 1);
        return { value, exact: { num: value, den: 1, scale: 1 }, counts: { count: v.length, rank } };
      }));
    },
    exportState(): Float64Array[][] {
      return values.map((v) => v.snapshot());
    },
    importState(state) {
      // kept as they are: a list never writes into a block it adopted
      (state as Float64Array[][]).forEach((blocks, k) => {
        for (const b of blocks) values[k]!.adopt(b);
      });
    },
    importAggregates(list) {
      for (const row of list) {
        const k = period(row, values.length);
        const n = rowCount(row, 'row_count');
        if (computed[k] || values[k]!.length > 0) throw new InputError(`aggregates of metric '${metric.id}': period ${row.period} is given twice`);
        // the value as the row read it: the nearest double (+0 for any zero)
        if (n > 0) computed[k] = { count: n, value: toNumber(exact(row, 'value')) + 0 };
      }
    },
  };
}
