import { suggest } from '../../core/suggest';
import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';

export const serviceHasMetric: Rule = {
  id: 'service-has-metric',
  description: 'Every service has at least one metric.',
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    const ids = entries(agreement.services).flatMap(([s]) => (typeof s?.id === 'string' ? [s.id] : []));
    const measured = new Set<string>();
    for (const [metric] of entries(agreement.metrics)) {
      const name = metric?.service;
      if (typeof name !== 'string') continue;
      // A misspelt service (valid-reference reports it) still counts for the service it was meant to name.
      measured.add(ids.includes(name) ? name : suggest(name, ids) ?? name);
    }
    for (const [service, i] of entries(agreement.services)) {
      if (typeof service?.id !== 'string' || measured.has(service.id)) continue;
      context.report(['services', i, 'id'], `service '${service.id}' has no metric: add a metric with \`service: ${service.id}\`, or remove the service`);
    }
  },
};
