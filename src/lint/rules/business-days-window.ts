import { usesBusinessDays } from '../../core/limit-text';
import type { NodePath } from '../../core/diagnostic';
import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';

export const businessDaysWindow: Rule = {
  id: 'business-days-window',
  description: 'A time limit in business days is on a metric measured in a calendar of business hours (on 24x7 every day is a business day).',
  defaultSeverity: 'error',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      if (!metric || (metric.window !== undefined && metric.window !== '24x7')) continue;
      const limits: Array<[NodePath, unknown]> = [[['metrics', i, 'within'], metric.within]];
      for (const [clock, j] of entries(metric.clocks)) limits.push([['metrics', i, 'clocks', j, 'within'], clock?.within]);
      for (const [path, within] of limits) {
        if (!usesBusinessDays(within)) continue;
        context.report(
          path,
          `metric '${metric.id ?? i}' counts a time limit in business days, but it is measured around the clock (24x7), where every day is a business day: set \`window:\` to the calendar of business hours (such as office), or write the limit as a duration`,
        );
      }
    }
  },
};
