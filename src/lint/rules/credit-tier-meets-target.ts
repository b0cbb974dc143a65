import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';
import { conditionSpan, domainOf, gapWords, intersect } from '../util/spans';
import { breachSide, breachTiers, describeTier } from '../util/tiers';

export const creditTierMeetsTarget: Rule = {
  id: 'credit-tier-meets-target',
  description: 'No credit tier (condition or band) holds for a value that meets the target.',
  defaultSeverity: 'error',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      const parsed = metric ? breachTiers(metric, i) : undefined;
      if (!parsed) continue;
      const { target, tiers } = parsed;
      const met = intersect(conditionSpan(target), domainOf(target));
      for (const tier of tiers) {
        const overlap = met && tier.span && intersect(tier.span, met);
        if (!overlap) continue;
        const where = gapWords(overlap.start, overlap.end);
        const meet = where.startsWith('at exactly') ? 'which meets' : 'which meet';
        context.report(
          [...tier.path, 'when'],
          `${describeTier(tier)} of metric '${metric.id ?? i}' holds ${where}, ${meet} the target '${target.text}': a credit would be owed while the objective holds (the breach side is '${breachSide(target).text}')`,
        );
      }
    }
  },
};
