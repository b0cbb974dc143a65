import { downtimeRules } from '../downtime/rules';
import { IntervalSource } from '../downtime/interval-source';
import { availabilityRun, keptSpan } from '../downtime/run';
import type { KindContext, MetricRun } from './kind';

/**
 * `availability` over intervals: the union of matching rows' intervals (by
 * component or weight when `downtime` says so), joined with the signals,
 * clipped to each period and its window, minus excluded time. Keeps the
 * intervals of matching rows within the range (few).
 */
export function availabilityIntervals(ctx: KindContext): MetricRun {
  const rules = downtimeRules(ctx.metric, 'intervals');
  const own = new IntervalSource({
    source: ctx.source,
    match: ctx.match,
    per: rules.per,
    weight: rules.weight,
    composite: rules.composite,
    keep: keptSpan(ctx, rules),
    asOf: ctx.asOf,
    reader: `metric '${ctx.metric.id}'`,
  });
  return availabilityRun(ctx, rules, own);
}
