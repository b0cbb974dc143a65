import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';

export const earnBackNeedsCredits: Rule = {
  id: 'earn-back-needs-credits',
  description: '`earnBack` appears only on a metric with credit tiers.',
  defaultSeverity: 'error',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      if (!metric || metric.earnBack === undefined || (Array.isArray(metric.credits) && metric.credits.length > 0)) continue;
      context.report(['metrics', i, 'earnBack'], `metric '${metric.id ?? i}' has earnBack but no credits: there is no credit to earn back; add credit tiers or remove earnBack`, { at: 'key' });
    }
  },
};
