import { metricKind } from '../../core/metric-kinds';
import type { Rule } from '../rule';
import { dataKind, entries, view } from '../util/agreement';

const alternatives = (kinds: readonly string[]): string =>
  kinds.length === 1 ? `'${kinds[0]}'` : `${kinds.slice(0, -1).map((k) => `'${k}'`).join(', ')} or '${kinds[kinds.length - 1]}'`;

export const metricDataKind: Rule = {
  id: 'metric-data-kind',
  description: "A metric's kind fits the kind of its data source; a pauses source holds intervals.",
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    for (const [metric, i] of entries(agreement.metrics)) {
      if (!metric) continue;
      const name = `metric '${metric.id ?? i}'`;
      const allowed: readonly string[] | undefined = metricKind(metric.kind)?.dataKinds;
      const kind = dataKind(agreement, metric.data);
      if (allowed && kind !== undefined && !allowed.includes(kind)) {
        context.report(
          ['metrics', i, 'data'],
          `${name} (${metric.kind}) reads data source '${metric.data}', which holds ${kind}: ${metric.kind} needs data of kind ${alternatives(allowed)}`,
        );
      }
      const pauses = dataKind(agreement, metric.pauses);
      if (pauses !== undefined && pauses !== 'intervals') {
        context.report(['metrics', i, 'pauses'], `${name} pauses on data source '${metric.pauses}', which holds ${pauses}: pauses are read from intervals`);
      }
    }
  },
};
