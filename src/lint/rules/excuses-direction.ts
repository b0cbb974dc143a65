import type { Rule } from '../rule';
import { entries, metricById, partyRole, view } from '../util/agreement';

export const excusesDirection: Rule = {
  id: 'excuses-direction',
  description: '`excuses` appears only on customer-owned metrics and names only provider-owned metrics.',
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    for (const [metric, i] of entries(agreement.metrics)) {
      if (!metric || metric.excuses === undefined) continue;
      const role = partyRole(agreement, metric.owner);
      if (role === undefined) continue;
      if (role !== 'customer') {
        context.report(
          ['metrics', i, 'excuses'],
          `metric '${metric.id ?? i}' is owned by ${role} '${metric.owner}' but excuses other metrics: only a customer obligation, when missed, excuses the provider's metrics`,
          { at: 'key' },
        );
        continue;
      }
      for (const [name, j] of entries(metric.excuses)) {
        const excused = metricById(agreement, name);
        const excusedRole = partyRole(agreement, excused?.owner);
        if (!excused || excusedRole === undefined || excusedRole === 'provider') continue;
        context.report(
          ['metrics', i, 'excuses', j],
          `metric '${metric.id ?? i}' excuses metric '${name}', which is owned by ${excusedRole} '${excused.owner}': only provider metrics can be excused`,
        );
      }
    }
  },
};
