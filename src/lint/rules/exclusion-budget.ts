import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';

export const exclusionBudget: Rule = {
  id: 'exclusion-budget',
  description: 'An excluded data source with a budget gives both `upTo` (how much) and `per` (per which calendar period).',
  defaultSeverity: 'error',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      if (!metric) continue;
      for (const key of ['exclude', 'excludeFromWindow'] as const) {
        for (const [item, j] of entries(metric[key])) {
          if (!item || typeof item !== 'object' || (item.upTo === undefined) === (item.per === undefined)) continue;
          const has = item.upTo !== undefined ? 'upTo' : 'per';
          const lacks = has === 'upTo' ? '`per` (the calendar period the budget is for, such as year)' : '`upTo` (how much time is excluded at most, such as 10h)';
          context.report(['metrics', i, key, j, has], `metric '${metric.id ?? i}' excludes data source '${item.data}' with \`${has}\` but no ${lacks}: a budget needs both`, { at: 'key' });
        }
      }
    }
  },
};
