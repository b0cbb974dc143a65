import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';

export const feePeriodMatch: Rule = {
  id: 'fee-period-match',
  description: "A service fee's `per` matches the period of every metric with credits on that service.",
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    for (const [metric, i] of entries(agreement.metrics)) {
      if (!metric || !Array.isArray(metric.credits) || metric.credits.length === 0 || typeof metric.period !== 'string') continue;
      const service = agreement.services?.find((s) => s?.id === metric.service);
      const per = service?.fee?.per;
      if (typeof per !== 'string' || per === metric.period) continue;
      context.report(
        ['metrics', i, 'period'],
        `metric '${metric.id ?? i}' has credits per ${metric.period}, but service '${metric.service}' is billed per ${per}: a credit is a share of the fee for the same period, so make them match`,
      );
    }
  },
};
