import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';

export const creditNeedsBase: Rule = {
  id: 'credit-needs-base',
  description: 'A multiple credit (N times what the customer paid for the downtime) is on a service with a fee or a `base` of charges to take it from.',
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    for (const [metric, i] of entries(agreement.metrics)) {
      if (!metric || typeof metric.service !== 'string') continue;
      const service = agreement.services?.find((s) => s?.id === metric.service);
      if (!service || service.fee !== undefined || service.base !== undefined) continue;
      for (const [tier, j] of entries(metric.credits)) {
        const credit = tier?.credit;
        if (!credit || typeof credit !== 'object' || !('times' in credit)) continue;
        context.report(
          ['metrics', i, 'credits', j, 'credit'],
          `tier ${j + 1} of metric '${metric.id ?? i}' credits ${String(credit.times)} times what the customer paid for the downtime, but service '${metric.service}' has no \`fee\` and no \`base\`: there is nothing to multiply; give the service a fee or \`base: { charges: SOURCE }\``,
        );
      }
    }
  },
};
