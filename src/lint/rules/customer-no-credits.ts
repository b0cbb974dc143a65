import type { Rule } from '../rule';
import { entries, partyRole, view } from '../util/agreement';

export const customerNoCredits: Rule = {
  id: 'customer-no-credits',
  description: 'Metrics owned by a customer party carry no credits.',
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    for (const [metric, i] of entries(agreement.metrics)) {
      if (!metric || metric.credits === undefined || partyRole(agreement, metric.owner) !== 'customer') continue;
      context.report(
        ['metrics', i, 'credits'],
        `metric '${metric.id ?? i}' is owned by the customer '${metric.owner}' and carries credits: credits are owed by the provider; a customer obligation excuses provider metrics instead (\`excuses\`)`,
        { at: 'key' },
      );
    }
  },
};
