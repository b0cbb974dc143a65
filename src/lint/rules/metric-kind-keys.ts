import { KIND_KEYS, metricKind, type KindKey } from '../../core/metric-kinds';
import type { DataKind } from '../../core/model';
import type { ReportOptions } from '../context';
import type { Rule } from '../rule';
import { dataKind, entries, view } from '../util/agreement';

const IGNORED: ReportOptions = { at: 'key', severity: 'warning' };

export const metricKindKeys: Rule = {
  id: 'metric-kind-keys',
  description: "A metric has the keys its kind needs (an error when missing) and none its kind ignores (a warning).",
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    for (const [metric, i] of entries(agreement.metrics)) {
      const kind = metricKind(metric?.kind);
      if (!metric || !kind) continue;
      const source = dataKind(agreement, metric.data) as DataKind | undefined;
      const plan = kind.keys(metric, source);
      const keys = metric as Record<string, unknown>;
      const name = `${metric.kind} metric '${metric.id ?? i}'`;
      const over = source ? ` over ${source}` : '';
      for (const key of plan.needs) {
        if (keys[key] === undefined) context.report(['metrics', i, 'kind'], `${name}${over} needs \`${key}\` (${KIND_KEYS[key]})`);
      }
      for (const key of Object.keys(KIND_KEYS) as KindKey[]) {
        if (keys[key] === undefined || plan.uses.includes(key)) continue;
        context.report(['metrics', i, key], `${name}${over} ignores \`${key}\` (${KIND_KEYS[key]}): remove it`, IGNORED);
      }
    }
  },
};
