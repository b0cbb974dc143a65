import { InputError } from '../../core/errors';
import { quotientToNumber, toNumber } from '../decimal';
import { decimalCell } from '../decimal-cell';
import { ExactSums, type ExactSumsState } from '../exact-sums';
import { Extremes, type ExtremesState } from '../extremes';
import { exact, period, whole as rowCount } from '../aggregates/values';
import type { KindContext, MetricRun, Outcome } from './kind';
import { noData, whole } from './kind';

interface AggregateState {
  count: Float64Array;
  sums: ExactSumsState | null;
  extremes: ExtremesState | null;
}

/**
 * `aggregate`: count of matching rows, or sum, mean, min, max of `value`,
 * over rows whose time is in the period (items: their `from` column). Sums
 * are exact decimals, so a mean of exactly 500 meets `>= 500`.
 */
export function aggregate(ctx: KindContext): MetricRun {
  const { source, periods, match, metric } = ctx;
  const fn = metric.aggregate ?? 'count';
  const timeName = source.def.kind === 'items' ? metric.from : source.role(source.def.kind === 'intervals' ? 'start' : 'time');
  if (!timeName) throw new InputError(`metric '${metric.id}': data source '${source.name}' has no time column`);
  const timeCol = source.column(timeName);
  if (fn !== 'count' && !metric.value) throw new InputError(`metric '${metric.id}' names no 'value' column`);
  const valueCol = fn === 'count' ? -1 : source.column(metric.value!);
  const n = periods.length;
  const count = new Float64Array(n);
  const sums = fn === 'sum' || fn === 'mean' ? new ExactSums(n) : null;
  const extremes = fn === 'min' || fn === 'max' ? new Extremes(n, fn === 'min') : null;

  const cell = decimalCell();
  let text = '';
  let i = -1;
  source.consumers.push({
    take(cells) {
      if (match && !match(cells)) return false;
      i = periods.find(source.time(cells, timeCol));
      if (i < 0) return false;
      if (valueCol >= 0) {
        source.decimal(cells, valueCol, cell);
        // the text only where it is kept: the slow path of a sum, a new least or greatest
        text = (sums ? !cell.fast : extremes?.contends(i, cell.value)) ? cells.text(valueCol) : '';
      }
      return true;
    },
    apply() {
      count[i]++;
      if (sums) sums.add(i, cell, text);
      else if (extremes && text !== '') extremes.offer(i, cell.value, text);
    },
  });

  function outcome(i: number): Outcome {
    const c = count[i]!;
    const counts = { count: c };
    if (sums) {
      const sum = sums.total(i);
      if (fn === 'sum') return { value: toNumber(sum), exact: { num: toNumber(sum), den: 1, scale: 1, exactNum: sum }, counts };
      if (c === 0) return noData(counts);
      const value = quotientToNumber(sum.m, 10n ** BigInt(sum.e) * BigInt(c));
      return { value, exact: { num: toNumber(sum), den: c, scale: 1, exactNum: sum }, counts };
    }
    if (extremes) {
      if (!extremes.has(i)) return noData(counts);
      const value = extremes.value(i);
      return { value, exact: { num: value, den: 1, scale: 1, exactNum: extremes.exact(i) }, counts };
    }
    return { value: c, exact: { num: c, den: 1, scale: 1 }, counts };
  }

  return {
    unit: metric.unit ?? null,
    finish: () => whole(Array.from({ length: n }, (_, i) => outcome(i))),
    exportState(): AggregateState {
      return { count: count.slice(), sums: sums?.exportState() ?? null, extremes: extremes?.exportState() ?? null };
    },
    importState(state) {
      const s = state as AggregateState;
      for (let k = 0; k < n; k++) count[k] += s.count[k]!;
      if (sums) sums.importState(s.sums!);
      if (extremes) extremes.importState(s.extremes!);
    },
    importAggregates(list) {
      for (const row of list) {
        const k = period(row, n);
        count[k] += rowCount(row, 'row_count');
        if (sums) sums.addDec(k, exact(row, 'value'));
        else if (extremes) extremes.offer(k, toNumber(exact(row, 'value')), row.value!);
      }
    },
  };
}
