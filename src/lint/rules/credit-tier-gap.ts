import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';
import { within } from '../util/condition';
import { cmp } from '../../core/decimal';
import { boundOf, breachSide, breachTiers, type Tier } from '../util/tiers';

export const creditTierGap: Rule = {
  id: 'credit-tier-gap',
  description: 'Every value that breaches the target matches a credit tier (no uncovered gap between target and tiers).',
  defaultSeverity: 'warning',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      const parsed = metric ? breachTiers(metric, i) : undefined;
      if (!parsed || parsed.tiers.length === 0) continue;
      const breach = breachSide(parsed.target);
      // Tiers on the breach side are half-lines, so their union is the loosest one.
      const loosest = parsed.tiers.reduce((a: Tier, b: Tier) => (within(a.when, b.when) ? b : a));
      if (within(breach, loosest.when)) continue;
      const target = parsed.target.text;
      const loose = `tier ${loosest.number}, '${loosest.when.text}'`;
      const message =
        cmp(loosest.when.scaled, breach.scaled) === 0
          ? `pays no credit at exactly ${boundOf(breach)}: that value misses the target '${target}' but matches no tier`
          : `pays no credit for values between ${boundOf(loosest.when)} and ${boundOf(breach)}: they miss the target '${target}' but match no tier`;
      context.report([...loosest.path, 'when'], `metric '${metric.id ?? i}' ${message} (the loosest is ${loose}); start the first tier at '${breach.text}'`);
    }
  },
};
