import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';
import { cmp } from '../../core/decimal';
import { breachTiers, describeTier } from '../util/tiers';
import { tierVerdicts } from '../util/tier-order';

export const creditTierMonotonic: Rule = {
  id: 'credit-tier-monotonic',
  description: 'A stricter credit tier (a worse value) gives a larger credit.',
  defaultSeverity: 'error',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      const tiers = metric ? breachTiers(metric, i)?.tiers ?? [] : [];
      const verdicts = tierVerdicts(tiers);
      tiers.forEach((tier, k) => {
        const { twin, looser } = verdicts[k]!;
        if (twin) {
          context.report([...tier.path, 'when'], `tier ${tier.number} repeats the condition of tier ${twin.number} ('${twin.when.text}'): each tier needs its own bound`);
          return;
        }
        if (!tier.credit || !looser?.credit) return;
        const how = cmp(tier.credit, looser.credit) < 0 ? 'a smaller credit than' : 'the same credit as';
        context.report(
          [...tier.path, 'credit'],
          `${describeTier(tier)} gives ${how} ${describeTier(looser)}: a stricter tier must give a larger credit`,
        );
      });
    }
  },
};
