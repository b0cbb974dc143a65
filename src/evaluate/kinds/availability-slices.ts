import { InputError } from '../../core/errors';
import { parseDuration } from '../../time';
import { parseCondition } from '../../core/condition';
import { downtimeRules } from '../downtime/rules';
import { availabilityRun } from '../downtime/run';
import { SliceSource } from '../downtime/slice-source';
import type { KindContext, MetricRun } from './kind';

/**
 * `availability` with `slice` and `downWhen` over events or counts: each
 * period is cut into slices from its start; a slice is down when its share of
 * good rows satisfies `downWhen` (with `sliceMeasure: mean`, down by its share
 * of rows that are not good); a slice without rows or with Σtotal 0 is as
 * `emptySlices` says (up by default). Two counters per slice, so memory does
 * not grow with rows.
 */
export function availabilitySlices(ctx: KindContext): MetricRun {
  const { source, metric } = ctx;
  const slice = parseDuration(metric.slice ?? '');
  if (slice === null || slice <= 0) throw new InputError(`metric '${metric.id}': slice '${metric.slice}' is not a duration`);
  const mean = metric.sliceMeasure === 'mean';
  const downWhen = mean ? null : parseCondition(metric.downWhen ?? '');
  if (!mean && !downWhen) throw new InputError(`metric '${metric.id}': downWhen '${metric.downWhen ?? ''}' is not a condition like "< 95%"`);
  const rules = downtimeRules(metric, source.def.kind);
  const own = new SliceSource({
    source,
    match: ctx.match,
    good: source.def.kind === 'counts' ? null : ctx.good,
    per: rules.per,
    periods: ctx.periods,
    slice,
    downWhen,
    empty: metric.emptySlices ?? 'up',
    reader: `metric '${metric.id}'`,
  });
  return availabilityRun(ctx, rules, own);
}
