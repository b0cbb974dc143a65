import { aggregateDigest, metricSources, type AggregatePlan, type AggregateRow } from '../../core/aggregates';
import { InputError, UsageError } from '../../core/errors';
import type { PlannedMetric } from '../assemble';
import type { AggregateInput } from '../kinds/kind';
import type { AgreementShape } from '../model';
import type { Range } from '../range';

export interface FeedContext {
  agreement: AgreementShape;
  metrics: readonly PlannedMetric[];
  /** The metrics the evaluation reads from aggregates (EvaluateOptions.aggregated). */
  aggregated: ReadonlySet<string>;
  range: Range;
  asOf: number;
}

/** What a `bad` row means, by the reader it comes from. */
function badRows(row: AggregateRow): string {
  const n = row.bad!;
  const rows = `${n} row${n === 1 ? '' : 's'}`;
  const period = row.period === null ? '' : ` in period ${row.period}`;
  return `metric '${row.metric}' (${row.part}): ${rows}${period} that \`sla evaluate\` stops at (an empty or negative count, more good than total, an empty value or resource, an end before its start); evaluate the rows themselves to see each one`;
}

/** The plan row of each metric, checked against this evaluation: same metric, sources, periods, range and --as-of. */
function checkPlans(rows: readonly AggregateRow[], c: FeedContext): Set<string> {
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.part !== 'plan') continue;
    const m = c.metrics.find((x) => x.metric.id === row.metric);
    if (!m || !c.aggregated.has(row.metric)) continue;
    let plan: AggregatePlan;
    try {
      plan = JSON.parse(row.value ?? '') as AggregatePlan;
    } catch {
      throw new InputError(`aggregates of metric '${row.metric}': the plan row is not what \`sla export sql\` writes`);
    }
    const sources: Record<string, unknown> = {};
    for (const name of metricSources(m.metric)) sources[name] = c.agreement.data?.[name];
    const periods = m.periods.periods.map((p, i) => ({ label: p.label, start: p.start, end: m.periods.ends[i]! }));
    const digest = aggregateDigest({ metric: m.metric, sources, periods, asOf: c.asOf, range: c.range });
    if (plan.digest !== digest) {
      const run = [plan.from && `--from ${plan.from}`, plan.to && `--to ${plan.to}`, `--as-of ${plan.asOf}`].filter(Boolean).join(' ');
      throw new UsageError(`aggregates of metric '${row.metric}' were computed for another version of the metric, its data sources or the range (they were exported with ${run}): export them again`);
    }
    seen.add(row.metric);
  }
  return seen;
}

/**
 * Feeds aggregate rows (`sla evaluate --aggregates`) into the runs of the
 * metrics read from them: checked against the plan each was exported for,
 * refused when the engine found rows `sla` would stop at.
 */
export function feedAggregates(rows: readonly AggregateRow[], c: FeedContext): void {
  const planned = checkPlans(rows, c);
  for (const id of c.aggregated) {
    if (!planned.has(id) && c.metrics.some((m) => m.metric.id === id)) throw new UsageError(`aggregates of metric '${id}' have no plan row: they were not written by the query \`sla export sql\` makes`);
  }
  const byMetric = new Map<string, AggregateInput[]>();
  const labels = new Map(c.metrics.map((m) => [m.metric.id, new Map(m.periods.periods.map((p, i) => [p.label, i]))]));
  for (const row of rows) {
    if (row.part === 'plan' || !c.aggregated.has(row.metric)) continue;
    if (row.bad !== null && row.bad > 0) throw new InputError(badRows(row));
    const m = c.metrics.find((x) => x.metric.id === row.metric);
    if (!m) continue;
    const input = row as AggregateInput;
    input.index = row.period === null ? -1 : (labels.get(m.metric.id)!.get(row.period) ?? -1);
    const list = byMetric.get(row.metric);
    if (list) list.push(input);
    else byMetric.set(row.metric, [input]);
  }
  for (const m of c.metrics) {
    if (c.aggregated.has(m.metric.id)) m.run.importAggregates(byMetric.get(m.metric.id) ?? []);
  }
}
