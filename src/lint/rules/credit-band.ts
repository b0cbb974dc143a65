import { pointsUp } from '../../core/condition';
import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';
import { comparable } from '../util/condition';
import { tiersOf } from '../util/tiers';

export const creditBand: Rule = {
  id: 'credit-band',
  description: "A credit tier's band (two conditions joined by `and`) has one lower and one upper bound and holds some value.",
  defaultSeverity: 'error',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      if (!metric) continue;
      for (const tier of tiersOf(metric, i)) {
        const [a, b] = tier.band.parts;
        // a single condition, or parts in other units (target-unit reports those)
        if (!a || !b || !comparable(a, b)) continue;
        const name = `tier ${tier.number} ('${tier.band.text}') of metric '${metric.id ?? i}'`;
        if (pointsUp(a) === pointsUp(b)) {
          context.report([...tier.path, 'when'], `${name} joins two ${pointsUp(a) ? 'lower' : 'upper'} bounds: a band is a lower and an upper bound, such as '> 99% and <= 99.9%'; keep the one that counts`);
        } else if (tier.span === null) {
          context.report([...tier.path, 'when'], `${name} holds no value: its lower bound is not below its upper bound, so the tier never applies`);
        }
      }
    }
  },
};
