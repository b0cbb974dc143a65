import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';
import { parseCondition, pointsUp } from '../../core/condition';
import { comparable } from '../util/condition';
import { tiersOf } from '../util/tiers';

export const creditTierDirection: Rule = {
  id: 'credit-tier-direction',
  description: 'Credit tier conditions point the same way as the breach side of the target (a band of two conditions has no direction).',
  defaultSeverity: 'error',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      const target = metric ? parseCondition(metric.target) : null;
      if (!metric || !target) continue;
      const up = pointsUp(target);
      const side = up ? 'lower' : 'higher';
      const ops = up ? "'<' or '<='" : "'>' or '>='";
      for (const tier of tiersOf(metric, i)) {
        const when = tier.single;
        if (!when || !comparable(when, target) || pointsUp(when) !== up) continue;
        context.report(
          [...tier.path, 'when'],
          `tier ${tier.number} ('${when.text}') of metric '${metric.id ?? i}' points the wrong way: the target '${target.text}' is breached by ${side} values, so a tier starts with ${ops}`,
        );
      }
    }
  },
};
