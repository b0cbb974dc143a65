import { InputError } from '../../core/errors';
import { parseCondition } from '../../core/condition';
import type { DowntimeSignal } from '../../core/model';
import { parseDuration } from '../../time';
import { compileConditions } from '../conditions';
import type { KindContext } from '../kinds/kind';
import type { Range } from '../range';
import { rowMatch } from '../row-match';
import type { DownSource } from './down';
import { IntervalSource } from './interval-source';
import { SliceSource } from './slice-source';

/**
 * The readers of a metric's `signals`: intervals, or slices of events or
 * counts (each with its own `slice`, `downWhen`, `good`, `emptySlices`),
 * filtered by the signal's `where` and the metric's service. A per-resource
 * metric's signals read the resource from the same column.
 */
export function signalSources(ctx: KindContext, per: string | null, keep: Range): DownSource[] {
  return (ctx.metric.signals ?? []).map((signal, n) => signalSource(ctx, signal, `signal ${n + 1} of metric '${ctx.metric.id}'`, per, keep));
}

function signalSource(ctx: KindContext, signal: DowntimeSignal, reader: string, per: string | null, keep: Range): DownSource {
  const source = ctx.sourceNamed(signal.data);
  const match = rowMatch(signal.where, ctx.metric.service, source);
  const kind = source.def.kind;
  if (kind === 'intervals') return new IntervalSource({ source, match, per, keep, asOf: ctx.asOf, reader });
  if (kind !== 'events' && kind !== 'counts') throw new InputError(`${reader}: data source '${signal.data}' is of kind '${kind}'; a signal reads intervals, events or counts`);
  const slice = parseDuration(signal.slice ?? '');
  if (slice === null || slice <= 0) throw new InputError(`${reader}: slice '${signal.slice ?? ''}' is not a duration such as 1m (a signal over ${kind} needs one)`);
  const downWhen = parseCondition(signal.downWhen ?? '');
  if (!downWhen) throw new InputError(`${reader}: downWhen '${signal.downWhen ?? ''}' is not a condition like "< 95%"`);
  return new SliceSource({
    source,
    match,
    good: kind === 'events' ? compileConditions(signal.good, (name) => source.column(name), { lists: source.lists }) : null,
    per,
    periods: ctx.periods,
    slice,
    downWhen,
    empty: signal.emptySlices ?? 'up',
    reader,
  });
}
