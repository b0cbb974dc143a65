import { InputError } from '../../core/errors';
import type { KindContext, MetricRun, Outcome } from './kind';
import { noData } from './kind';

/**
 * `aggregate`: count of matching rows, or sum, mean, min, max of `value`,
 * over rows whose time is in the period (items: their `from` column).
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
  const sum = new Float64Array(n);
  const min = new Float64Array(n).fill(Infinity);
  const max = new Float64Array(n).fill(-Infinity);

  let i = -1;
  let v = 0;
  source.consumers.push({
    take(fields) {
      if (match && !match(fields)) return false;
      i = periods.find(source.time(fields, timeCol));
      if (i < 0) return false;
      if (valueCol >= 0) v = source.number(fields, valueCol);
      return true;
    },
    apply() {
      count[i]++;
      if (valueCol < 0) return;
      sum[i] += v;
      if (v < min[i]!) min[i] = v;
      if (v > max[i]!) max[i] = v;
    },
  });

  const plain = (value: number, c: number): Outcome => ({ value, exact: { num: value, den: 1, scale: 1 }, counts: { count: c } });

  return {
    unit: metric.unit ?? null,
    finish(): Outcome[] {
      const out: Outcome[] = [];
      for (let i = 0; i < n; i++) {
        const c = count[i]!;
        if (fn === 'count') out.push(plain(c, c));
        else if (fn === 'sum') out.push(plain(sum[i]!, c));
        else if (c === 0) out.push(noData({ count: 0 }));
        else if (fn === 'mean') out.push({ value: sum[i]! / c, exact: { num: sum[i]!, den: c, scale: 1 }, counts: { count: c } });
        else out.push(plain(fn === 'min' ? min[i]! : max[i]!, c));
      }
      return out;
    },
  };
}
