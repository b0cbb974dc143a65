import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';
import { didYouMean } from '../util/suggest';

export const metricOwnerParty: Rule = {
  id: 'metric-owner-party',
  description: 'Every metric names an owner that is one of the parties.',
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    const parties = entries(agreement.parties).flatMap(([p]) => (typeof p?.id === 'string' ? [p.id] : []));
    for (const [metric, i] of entries(agreement.metrics)) {
      if (!metric) continue;
      const name = `metric '${metric.id ?? i}'`;
      if (metric.owner === undefined) {
        context.report(['metrics', i, 'id'], `${name} names no owner: add \`owner:\` with the id of the party that controls it (${parties.join(', ')})`);
      } else if (typeof metric.owner === 'string' && !parties.includes(metric.owner)) {
        context.report(['metrics', i, 'owner'], `${name} names owner '${metric.owner}', which is not a party${didYouMean(metric.owner, parties)}`);
      }
    }
  },
};
