import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';
import { overlaps } from '../util/condition';
import { cmp } from '../../core/decimal';
import { boundOf, breachSide, breachTiers, describeTier } from '../util/tiers';

export const creditTierMeetsTarget: Rule = {
  id: 'credit-tier-meets-target',
  description: 'No credit tier holds for a value that meets the target.',
  defaultSeverity: 'error',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      const parsed = metric ? breachTiers(metric, i) : undefined;
      if (!parsed) continue;
      const { target, tiers } = parsed;
      for (const tier of tiers) {
        if (!overlaps(tier.when, target)) continue;
        const order = cmp(tier.when.scaled, target.scaled);
        const [low, high] = order < 0 ? [tier.when, target] : [target, tier.when];
        const where = order === 0 ? `holds at exactly ${boundOf(target)}, which meets` : `holds for values between ${boundOf(low)} and ${boundOf(high)}, which meet`;
        context.report(
          [...tier.path, 'when'],
          `${describeTier(tier)} of metric '${metric.id ?? i}' ${where} the target '${target.text}': a credit would be owed while the objective holds (the breach side is '${breachSide(target).text}')`,
        );
      }
    }
  },
};
