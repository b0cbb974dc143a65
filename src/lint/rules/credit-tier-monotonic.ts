import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';
import { within } from '../util/condition';
import { cmp } from '../../core/decimal';
import { breachTiers, describeTier, type Tier } from '../util/tiers';

const stricter = (a: Tier, b: Tier): boolean => within(a.when, b.when) && !within(b.when, a.when);
const same = (a: Tier, b: Tier): boolean => within(a.when, b.when) && within(b.when, a.when);

export const creditTierMonotonic: Rule = {
  id: 'credit-tier-monotonic',
  description: 'A stricter credit tier (a worse value) gives a larger credit.',
  defaultSeverity: 'error',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      const tiers = metric ? breachTiers(metric, i)?.tiers ?? [] : [];
      for (const tier of tiers) {
        const twin = tiers.find((other) => other.number < tier.number && same(tier, other));
        if (twin) {
          context.report([...tier.path, 'when'], `tier ${tier.number} repeats the condition of tier ${twin.number} ('${twin.when.text}'): each tier needs its own bound`);
          continue;
        }
        if (!tier.credit) continue;
        const credit = tier.credit;
        const looser = tiers.find((other) => other.credit && stricter(tier, other) && cmp(credit, other.credit) <= 0);
        if (!looser?.credit) continue;
        const how = cmp(credit, looser.credit) < 0 ? 'a smaller credit than' : 'the same credit as';
        context.report(
          [...tier.path, 'credit'],
          `${describeTier(tier)} gives ${how} ${describeTier(looser)}: a stricter tier must give a larger credit`,
        );
      }
    }
  },
};
