import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';

export const DEFAULT_MAX_METRICS = 7;

export const serviceMetricCount: Rule = {
  id: 'service-metric-count',
  description: 'A service has few metrics (at most 7 by default, option `max`).',
  defaultSeverity: 'warning',
  options: { max: { type: 'integer', minimum: 0 } },
  check(context) {
    const option = context.options.max;
    const max = typeof option === 'number' && Number.isInteger(option) && option >= 0 ? option : DEFAULT_MAX_METRICS;
    const agreement = view(context.agreement);
    for (const [service, i] of entries(agreement.services)) {
      if (typeof service?.id !== 'string') continue;
      const count = entries(agreement.metrics).filter(([m]) => m?.service === service.id).length;
      if (count <= max) continue;
      context.report(
        ['services', i, 'id'],
        `service '${service.id}' has ${count} metrics (more than ${max}): a few metrics that motivate the right behaviour serve better than many; keep the ones that matter`,
      );
    }
  },
};
