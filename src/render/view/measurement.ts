import type { MetricKind } from '../../core/model';
import type { Metric } from '../agreement';
import { filterWords } from '../words/filters';
import { ordinal } from '../words/limit';
import { perPeriod } from '../words/period';
import type { ViewContext } from './context';
import { availability } from './availability';
import { duration } from './durations';
import { dataNoun, quote, whereWords } from './measure-parts';

function ratio(m: Metric, ctx: ViewContext): string {
  const source = ctx.dataSource(m.data);
  const period = perPeriod(m.period);
  if (source?.kind === 'counts') {
    const c = source.columns ?? {};
    return `the share of successful ${dataNoun(m.data)}: the sum of ${c.good ?? 'good'} over the sum of ${c.total ?? 'total'} in the ${quote(m.data)} data${whereWords(m.where, ctx)}, measured ${period}`;
  }
  const good = filterWords(m.good, ctx.fmt);
  return `the share of ${dataNoun(m.data)}${whereWords(m.where, ctx)} in which ${good || 'the row is good'}, measured ${period} from the ${quote(m.data)} data`;
}

function percentile(m: Metric, ctx: ViewContext): string {
  const unit = m.unit ? `, in ${m.unit}` : '';
  const rank = m.percentile === undefined ? '' : ordinal(m.percentile, ctx.fmt);
  return `the ${rank} percentile (nearest rank) of ${m.value ?? 'the value'}${unit}, over ${dataNoun(m.data)}${whereWords(m.where, ctx)}, measured ${perPeriod(m.period)} from the ${quote(m.data)} data`;
}

const AGGREGATES: Record<string, string> = { sum: 'the sum', mean: 'the mean', min: 'the smallest value', max: 'the largest value' };

function aggregate(m: Metric, ctx: ViewContext): string {
  const period = perPeriod(m.period);
  if (m.aggregate === 'count' || m.aggregate === undefined) {
    return `the number of ${dataNoun(m.data)}${whereWords(m.where, ctx)}, counted ${period} from the ${quote(m.data)} data`;
  }
  const what = AGGREGATES[m.aggregate] ?? `the ${m.aggregate}`;
  return `${what} of ${m.value ?? 'the value'} over ${dataNoun(m.data)}${whereWords(m.where, ctx)}, measured ${period} from the ${quote(m.data)} data`;
}

/** The sentence of each metric kind (core/metric-kinds). */
const KINDS = { availability, ratio, percentile, duration, aggregate } satisfies Record<MetricKind, (m: Metric, ctx: ViewContext) => string>;

/** How a metric is measured, in sentences generated from its definition. */
export function measurementWords(m: Metric, ctx: ViewContext): string {
  const words = (Object.hasOwn(KINDS, m.kind ?? '') ? KINDS[m.kind as MetricKind](m, ctx) : undefined) ?? `measured ${perPeriod(m.period)} from the ${quote(m.data)} data`;
  return words.charAt(0).toUpperCase() + words.slice(1) + '.';
}
