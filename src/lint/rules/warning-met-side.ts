import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';
import { parseCondition } from '../../core/condition';
import { comparable, overlaps } from '../util/condition';

export const warningMetSide: Rule = {
  id: 'warning-met-side',
  description: '`warning` can hold while the target is met (it marks met periods at risk).',
  defaultSeverity: 'error',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      const target = metric ? parseCondition(metric.target) : null;
      const warning = metric ? parseCondition(metric.warning) : null;
      if (!target || !warning || !comparable(target, warning) || overlaps(target, warning)) continue;
      context.report(
        ['metrics', i, 'warning'],
        `warning '${warning.text}' of metric '${metric.id ?? i}' never holds while the target '${target.text}' is met: a warning marks a met period at risk, so it must hold for some values that meet the target`,
      );
    }
  },
};
