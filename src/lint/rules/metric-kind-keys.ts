import type { ReportOptions } from '../context';
import type { Rule } from '../rule';
import { dataKind, entries, view, type MetricView } from '../util/agreement';

/** What each kind-specific key is for, in the words of the messages. */
const PURPOSE: Readonly<Record<string, string>> = {
  window: 'the calendar time is measured in',
  exclude: 'time left out of downtime',
  slice: 'the length of the slices availability is cut into',
  downWhen: 'when a slice counts as down',
  good: 'which rows are good',
  value: 'the column the number is read from',
  unit: 'the unit of the value',
  percentile: 'which percentile, such as 95',
  from: 'the column with the start time',
  to: 'the column with the end time',
  within: 'the time an item must finish within',
  pauses: 'time that does not count',
  aggregate: 'count, sum, mean, min or max',
};

interface KeyPlan {
  needs: string[];
  uses: string[];
}

/** The kind-specific keys a metric needs and may use, given its data source's kind (undefined when unknown). */
export function keyPlan(metric: MetricView, source: string | undefined): KeyPlan | undefined {
  switch (metric.kind) {
    case 'availability': {
      const sliced = source === 'events' || source === 'counts';
      const unknown = source === undefined;
      return {
        needs: sliced ? ['slice', 'downWhen'] : [],
        uses: ['window', 'exclude', ...(sliced || unknown ? ['slice', 'downWhen'] : []), ...(source === 'events' || unknown ? ['good'] : [])],
      };
    }
    case 'ratio':
      return { needs: source === 'events' ? ['good'] : [], uses: source === 'counts' ? [] : ['good'] };
    case 'percentile':
      return { needs: ['value', 'percentile'], uses: ['value', 'percentile', 'unit'] };
    case 'duration':
      return { needs: ['from', 'to', 'within'], uses: ['from', 'to', 'within', 'window', 'pauses'] };
    case 'aggregate': {
      const value = metric.aggregate === 'count' ? [] : ['value'];
      const from = source === 'items' ? ['from'] : [];
      return { needs: ['aggregate', ...value, ...from], uses: ['aggregate', 'unit', ...value, ...from] };
    }
    default:
      return undefined;
  }
}

const IGNORED: ReportOptions = { at: 'key', severity: 'warning' };

export const metricKindKeys: Rule = {
  id: 'metric-kind-keys',
  description: "A metric has the keys its kind needs (an error when missing) and none its kind ignores (a warning).",
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    for (const [metric, i] of entries(agreement.metrics)) {
      if (!metric) continue;
      const source = dataKind(agreement, metric.data);
      const plan = keyPlan(metric, source);
      if (!plan) continue;
      const keys = metric as Record<string, unknown>;
      const name = `${metric.kind} metric '${metric.id ?? i}'`;
      const over = source ? ` over ${source}` : '';
      for (const key of plan.needs) {
        if (keys[key] === undefined) context.report(['metrics', i, 'kind'], `${name}${over} needs \`${key}\` (${PURPOSE[key]})`);
      }
      for (const key of Object.keys(PURPOSE)) {
        if (keys[key] === undefined || plan.uses.includes(key)) continue;
        context.report(['metrics', i, key], `${name}${over} ignores \`${key}\` (${PURPOSE[key]}): remove it`, IGNORED);
      }
    }
  },
};
